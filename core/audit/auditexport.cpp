// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "auditexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "outcometext.h"
#include "quantitytext.h"
#include "terminaltext.h"

namespace Airlock::AuditExport {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::AuditExport)
};

QString csvField(const QString &s)
{
    // Quote everything; a leading formula character is neutralised so a
    // spreadsheet never runs an agent's text.
    QString v = s;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.at(0)))
        v.prepend(QLatin1Char('\''));
    return QLatin1Char('"') + v.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

// Text from a request, a run or the trail: escaped, and with control and
// invisible characters shown (they would hide or reorder text on the page).
QString e(const QString &s)
{
    return visibleText(s).toHtmlEscaped();
}

QString pre(const QString &s)
{
    return QStringLiteral("<pre>") + visibleText(s, true).toHtmlEscaped() + QStringLiteral("</pre>");
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(e(label), valueHtml);
}
} // namespace

QByteArray csv(const QList<AuditTrail::Summary> &requests)
{
    QString out = QStringLiteral("seq,at,request_id,agent_request_id,agent,reviewer,outcome,status,prompt\r\n");
    for (const auto &s : requests)
        out += QStringList{QString::number(s.seq), s.at.toUTC().toString(Qt::ISODateWithMs), csvField(s.requestId),
                   csvField(s.agentRequestId), csvField(s.agent), csvField(s.reviewer), csvField(s.outcome),
                   csvField(s.status), csvField(s.prompt)}
                   .join(QLatin1Char(','))
            + QStringLiteral("\r\n");
    return out.toUtf8();
}

Source::Source(const AuditTrail &trail)
    : story([&trail](const QString &requestId) { return trail.story(requestId); })
    , artifactContent([&trail](const QString &sha256) { return trail.artifactContent(sha256); })
    , location(trail.path())
{
}

Source::Source(std::function<QList<AuditTrail::Record>(const QString &)> story,
    std::function<std::optional<QByteArray>(const QString &)> artifactContent, const QString &location)
    : story(std::move(story))
    , artifactContent(std::move(artifactContent))
    , location(location)
{
}

QByteArray json(const Source &trail, const QList<AuditTrail::Summary> &requests)
{
    QJsonArray out;
    for (const auto &s : requests) {
        QJsonArray records;
        for (const auto &r : trail.story(s.requestId))
            records.append(r.toJson());
        QJsonObject o = s.toJson();
        o.insert(QStringLiteral("records"), records);
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

namespace {

/// The code's heading says what became of it, not what one hopes did.
QString codeHeading(const QString &outcome)
{
    if (outcome == QLatin1String("approved"))
        return Tr::tr("Code, as approved");
    if (outcome == QLatin1String("overridden"))
        return Tr::tr("Code, as approved over blocking verdicts");
    if (outcome == QLatin1String("rejected"))
        return Tr::tr("Code, as rejected");
    if (outcome == QLatin1String("blocked"))
        return Tr::tr("Code, as blocked by the policy");
    return Tr::tr("Code, as submitted (not decided)");
}

/// A measured quantity's row; none when it was not measured.
QString measured(const QString &label, const QJsonValue &value, QString (*format)(qint64))
{
    if (!value.isDouble() || value.toInteger() < 0)
        return {};
    return row(label, e(format(value.toInteger())));
}

/// The blocking verdicts an override overrode, as recorded with it.
QString overriddenRow(const QJsonArray &verdicts)
{
    if (verdicts.isEmpty())
        return {};
    QString list;
    for (const QJsonValue &v : verdicts) {
        // A code line's message names its line already.
        list += e(v[QStringLiteral("message")].toString()) + QStringLiteral("<br>");
    }
    return row(Tr::tr("Overridden verdicts"), list);
}

} // namespace

QString styleSheet()
{
    return QStringLiteral(
        "body{font-family:sans-serif;max-width:70em;margin:2em auto;color:#222}"
        "h1{font-size:1.6em}h2{font-size:1.2em;border-top:2px solid #444;padding-top:.6em;margin-top:2em}"
        "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.25em .5em;"
        "text-align:left;vertical-align:top}th{background:#f3f3f3}"
        "pre{background:#f7f7f7;border:1px solid #ddd;padding:.5em;overflow-x:auto;white-space:pre-wrap}"
        ".block{color:#a00;font-weight:bold}.warn{color:#a60}.ok{color:#070}.bad{color:#a00}"
        "img{max-width:100%;border:1px solid #ccc}.note{color:#666;font-size:.9em}");
}

QString storyHtml(const Source &trail, const AuditTrail::Summary &s, const CodeFormatter &code)
{
    QString h;
    h += QStringLiteral("<h2>%1 &mdash; %2</h2>").arg(e(s.requestId), e(s.at.toUTC().toString(Qt::ISODate)));
    if (!s.scenario.isEmpty())
        h += QStringLiteral("<p class=\"warn\">%1</p>")
                 .arg(e(Tr::tr("Training scenario \"%1\": not real work.").arg(s.scenario)));
    for (const AuditTrail::Record &r : trail.story(s.requestId)) {
        const QJsonObject b = r.body;
        if (r.kind == QLatin1String("request")) {
            h += QStringLiteral("<table>") + row(Tr::tr("Agent"), e(b.value(QStringLiteral("agent")).toString()));
            if (!s.agentRequestId.isEmpty())
                h += row(Tr::tr("Agent's reference"), e(s.agentRequestId));
            h += row(Tr::tr("Prompt"),
                visibleText(b.value(QStringLiteral("prompt")).toString(), true)
                    .toHtmlEscaped()
                    .replace(QLatin1Char('\n'), QStringLiteral("<br>")))
                + row(Tr::tr("Code SHA-256"), e(b.value(QStringLiteral("code_sha256")).toString()));
            QString inputs;
            for (const QJsonValue &v : b.value(QStringLiteral("inputs")).toArray())
                inputs += e(Tr::tr("%1 (%2, SHA-256 %3)")
                                .arg(v[QStringLiteral("name")].toString(),
                                    QuantityText::size(v[QStringLiteral("bytes")].toInteger()),
                                    v[QStringLiteral("sha256")].toString()))
                    + QStringLiteral("<br>");
            h += row(Tr::tr("Mounted files"), inputs.isEmpty() ? e(Tr::tr("none")) : inputs);
            const QJsonObject origin = b.value(QStringLiteral("origin")).toObject();
            if (!origin.isEmpty())
                h += row(Tr::tr("Handed in by"),
                    e(Tr::tr("%1 %2 over %3 (process %4, uid %5)")
                            .arg(origin.value(QStringLiteral("client")).toString(),
                                origin.value(QStringLiteral("client_version")).toString(),
                                origin.value(QStringLiteral("channel")).toString())
                            .arg(origin.value(QStringLiteral("pid")).toInteger())
                            .arg(origin.value(QStringLiteral("uid")).toInteger())));
            h += QStringLiteral("</table>");
            const QString text = b.value(QStringLiteral("code")).toString();
            h += QStringLiteral("<h3>%1</h3>").arg(e(codeHeading(s.outcome))) + (code ? code(text) : pre(text));
        } else if (r.kind == QLatin1String("malformed")) {
            h += QStringLiteral("<p class=\"bad\">%1</p>")
                     .arg(e(Tr::tr("Malformed request: %1").arg(b.value(QStringLiteral("error")).toString())));
        } else if (r.kind == QLatin1String("verdicts")) {
            const QJsonObject p = b.value(QStringLiteral("policy")).toObject();
            h += QStringLiteral("<h3>%1</h3><p class=\"note\">%2</p><table>")
                     .arg(e(Tr::tr("Verdicts")),
                         e(Tr::tr("Policy \"%1\", SHA-256 %2")
                                 .arg(p.value(QStringLiteral("name")).toString(),
                                     p.value(QStringLiteral("sha256")).toString())));
            const QJsonArray verdicts = b.value(QStringLiteral("verdicts")).toArray();
            for (const QJsonValue &v : verdicts)
                h += QStringLiteral("<tr><td class=\"%1\">%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                         .arg(e(v[QStringLiteral("severity")].toString()),
                             e(QuantityText::severity(v[QStringLiteral("severity")].toString())),
                             e(v[QStringLiteral("rule")].toString()),
                             v[QStringLiteral("line")].isUndefined()
                                 ? QString()
                                 : QString::number(v[QStringLiteral("line")].toInt()),
                             e(v[QStringLiteral("message")].toString()));
            if (verdicts.isEmpty())
                h += QStringLiteral("<tr><td>%1</td></tr>").arg(e(Tr::tr("No findings.")));
            h += QStringLiteral("</table>");
        } else if (r.kind == QLatin1String("decision")) {
            h += QStringLiteral("<h3>%1</h3><table>").arg(e(Tr::tr("Decision")))
                + row(Tr::tr("Outcome"), e(OutcomeText::decision(b.value(QStringLiteral("outcome")).toString())))
                + row(Tr::tr("Reviewer"),
                    e(b.value(QStringLiteral("reviewer")).toString()) + QStringLiteral(" (")
                        + e(b.value(QStringLiteral("account")).toString()) + QLatin1Char('@')
                        + e(b.value(QStringLiteral("host")).toString()) + QStringLiteral(", ")
                        + e(b.value(QStringLiteral("interface")).toString()) + QLatin1Char(')'))
                + row(Tr::tr("Reason"), e(b.value(QStringLiteral("reason")).toString()))
                + overriddenRow(b.value(QStringLiteral("overridden")).toArray())
                + row(Tr::tr("At"), e(b.value(QStringLiteral("at")).toString())) + QStringLiteral("</table>");
        } else if (r.kind == QLatin1String("withdrawn")) {
            h += QStringLiteral("<p class=\"warn\">%1</p>")
                     .arg(e(Tr::tr("Withdrawn by the agent while %1: %2")
                                .arg(b.value(QStringLiteral("while")).toString(),
                                    b.value(QStringLiteral("reason")).toString())));
        } else if (r.kind == QLatin1String("release")) {
            // What went back to the agent, to whom, and what the scan found.
            const bool released = b.value(QStringLiteral("outcome")).toString() == QLatin1String("released");
            const QJsonObject to = b.value(QStringLiteral("to")).toObject();
            QString what;
            const QJsonObject out = b.value(QStringLiteral("released")).toObject();
            if (released) {
                what = e(Tr::tr("stdout %1 (SHA-256 %2), stderr %3 (SHA-256 %4)")
                             .arg(QuantityText::size(out.value(QStringLiteral("stdout_bytes")).toInteger()),
                                 out.value(QStringLiteral("stdout_sha256")).toString(),
                                 QuantityText::size(out.value(QStringLiteral("stderr_bytes")).toInteger()),
                                 out.value(QStringLiteral("stderr_sha256")).toString()));
                for (const QJsonValue &v : out.value(QStringLiteral("artifacts")).toArray())
                    what += QStringLiteral("<br>")
                        + e(Tr::tr("%1 (%2, SHA-256 %3)")
                                .arg(v[QStringLiteral("name")].toString(),
                                    QuantityText::size(v[QStringLiteral("bytes")].toInteger()),
                                    v[QStringLiteral("sha256")].toString()));
            }
            QString findings;
            for (const QJsonValue &v : b.value(QStringLiteral("findings")).toArray())
                findings += e(QStringLiteral("%1 in %2, line %3: %4")
                                    .arg(v[QStringLiteral("kind")].toString(), v[QStringLiteral("source")].toString())
                                    .arg(v[QStringLiteral("line")].toInt())
                                    .arg(v[QStringLiteral("excerpt")].toString()))
                    + QStringLiteral("<br>");
            h += QStringLiteral("<h3>%1</h3><table>")
                     .arg(e(released ? Tr::tr("Results released to the agent") : Tr::tr("Results withheld")))
                + row(Tr::tr("By"), e(b.value(QStringLiteral("by")).toString()))
                + row(Tr::tr("To"),
                    e(Tr::tr("%1 (%2 over %3)")
                            .arg(to.value(QStringLiteral("agent")).toString(),
                                to.value(QStringLiteral("origin"))
                                    .toObject()
                                    .value(QStringLiteral("client"))
                                    .toString(),
                                to.value(QStringLiteral("origin"))
                                    .toObject()
                                    .value(QStringLiteral("channel"))
                                    .toString())))
                + row(Tr::tr("Reason"), e(b.value(QStringLiteral("reason")).toString()))
                + overriddenRow(b.value(QStringLiteral("overridden")).toArray())
                + (released ? row(Tr::tr("What left"), what) : QString())
                + row(Tr::tr("Scan findings"), findings.isEmpty() ? e(Tr::tr("none")) : findings)
                + row(Tr::tr("At"), e(r.at.toUTC().toString(Qt::ISODate))) + QStringLiteral("</table>");
        } else if (r.kind == QLatin1String("blocked")) {
            h += QStringLiteral("<p class=\"block\">%1</p>").arg(e(b.value(QStringLiteral("message")).toString()));
        } else if (r.kind == QLatin1String("run_started")) {
            h += QStringLiteral("<h3>%1</h3><p class=\"note\">%2</p>")
                     .arg(e(Tr::tr("Run %1").arg(r.runId)), e(b.value(QStringLiteral("enforcement")).toString()));
            const QJsonObject limits = b.value(QStringLiteral("limits")).toObject();
            QString text;
            for (auto it = limits.begin(); it != limits.end(); ++it)
                text += e(Tr::tr("%1: %2").arg(QuantityText::limitName(it.key()),
                            it.value().isDouble() ? QuantityText::limitValue(it.key(), it.value().toInteger())
                                                  : it.value().toVariant().toString()))
                    + QStringLiteral("<br>");
            if (!text.isEmpty())
                h += QStringLiteral("<table>") + row(Tr::tr("Limits"), text) + QStringLiteral("</table>");
        } else if (r.kind == QLatin1String("artifact")) {
            const QString type = b.value(QStringLiteral("media_type")).toString();
            h += QStringLiteral("<p>%1</p>")
                     .arg(e(Tr::tr("Artifact %1 (%2, %3, SHA-256 %4)")
                                .arg(b.value(QStringLiteral("name")).toString(),
                                    QuantityText::size(b.value(QStringLiteral("bytes")).toInteger()), type,
                                    b.value(QStringLiteral("sha256")).toString())));
            if (type == QLatin1String("image/png") || type == QLatin1String("image/jpeg")) {
                if (const auto content = trail.artifactContent(b.value(QStringLiteral("sha256")).toString()))
                    h += QStringLiteral("<img alt=\"%1\" src=\"data:%2;base64,%3\">")
                             .arg(e(b.value(QStringLiteral("name")).toString()), type,
                                 QString::fromLatin1(content->toBase64()));
            }
        } else if (r.kind == QLatin1String("run_finished") || r.kind == QLatin1String("interrupted")) {
            // The same words as the workbench; an interrupted run says why its end is missing.
            const bool interrupted = r.kind == QLatin1String("interrupted");
            const QString endReason = b.value(QStringLiteral("end_reason")).toString();
            h += QStringLiteral("<table>")
                + row(Tr::tr("Status"),
                    e(OutcomeText::run(interrupted ? r.kind : b.value(QStringLiteral("status")).toString(), endReason)))
                + row(Tr::tr("Ended by"),
                    e(interrupted ? b.value(QStringLiteral("reason")).toString() : OutcomeText::endReason(endReason)))
                + row(Tr::tr("Exit code"),
                    b.value(QStringLiteral("exit_code")).isNull()
                        ? QString()
                        : QString::number(b.value(QStringLiteral("exit_code")).toInt()))
                + (b.value(QStringLiteral("signal")).isDouble()
                        ? row(Tr::tr("Signal"), e(QuantityText::signal(b.value(QStringLiteral("signal")).toInt())))
                        : QString())
                + measured(Tr::tr("Duration"), b.value(QStringLiteral("duration_ms")), QuantityText::duration)
                + measured(Tr::tr("CPU time"), b.value(QStringLiteral("cpu_ms")), QuantityText::duration)
                + measured(Tr::tr("Peak memory"), b.value(QStringLiteral("peak_memory_bytes")), QuantityText::size)
                + QStringLiteral("</table>");
            if (!b.value(QStringLiteral("stdout")).toString().isEmpty())
                h += QStringLiteral("<h4>%1</h4>").arg(e(Tr::tr("Output")))
                    + pre(b.value(QStringLiteral("stdout")).toString());
            if (!b.value(QStringLiteral("stderr")).toString().isEmpty())
                h += QStringLiteral("<h4>%1</h4>").arg(e(Tr::tr("Error output")))
                    + pre(b.value(QStringLiteral("stderr")).toString());
            const QJsonObject events = b.value(QStringLiteral("events")).toObject();
            if (!events.isEmpty())
                h += QStringLiteral("<h4>%1</h4><p class=\"note\">%2</p>")
                         .arg(e(Tr::tr("Self-reported events")),
                             e(Tr::tr("Reported by the code itself, which could have altered them; shown, never "
                                      "relied on.")))
                    + pre(QString::fromUtf8(QJsonDocument(events).toJson(QJsonDocument::Indented)));
        }
    }
    return h;
}

QByteArray storyPage(const Source &trail, const AuditTrail::Summary &summary, const CodeFormatter &code)
{
    return (QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style>"
                           "</head><body>")
                .arg(e(summary.requestId), styleSheet())
        + storyHtml(trail, summary, code) + QStringLiteral("</body></html>\n"))
        .toUtf8();
}

QByteArray html(
    const Source &trail, const QList<AuditTrail::Summary> &requests, const AuditTrail::Verification &verification)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style>"
                        "</head><body>")
             .arg(e(Tr::tr("Airlock evidence report")), styleSheet());
    h += QStringLiteral("<h1>%1</h1>").arg(e(Tr::tr("Airlock evidence report")));
    h += QStringLiteral("<table>");
    h += row(Tr::tr("Audit trail"), e(trail.location));
    h += row(Tr::tr("Generated"), e(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    h += row(Tr::tr("Requests in this report"), QString::number(requests.size()));
    // How many records are bad, and the first of them.
    QString damage = Tr::tr("NOT intact: %1").arg(verification.problem);
    if (verification.firstBad > 0)
        damage = Tr::tr("NOT intact: %n bad record(s); the first is #%1: %2", nullptr,
            int(qMin<qint64>(verification.badRecords, INT_MAX)))
                     .arg(verification.firstBad)
                     .arg(verification.problem);
    h += row(Tr::tr("Integrity"),
        verification.intact ? QStringLiteral("<span class=\"ok\">%1</span>")
                                  .arg(e(Tr::tr("intact: %n record(s) verified", nullptr, int(verification.records))))
                            : QStringLiteral("<span class=\"bad\">%1</span>").arg(e(damage)));
    h += QStringLiteral("</table>");

    for (const auto &s : requests)
        h += storyHtml(trail, s, {});
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

} // namespace Airlock::AuditExport
