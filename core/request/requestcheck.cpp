// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "requestcheck.h"

#include <QCoreApplication>
#include <QSet>

#include "audittrail.h"
#include "policy.h"
#include "request.h"
#include "runlimits.h"

namespace Airlock::RequestCheck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::RequestCheck)
};
} // namespace

QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("the name is empty");
    if (name.contains(QChar(0)))
        return Tr::tr("the name contains a NUL character");
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return Tr::tr("the name contains a slash; files appear directly in /workspace");
    if (name == QLatin1String("..") || name.contains(QLatin1String("..")))
        return Tr::tr("the name contains \"..\"");
    if (name.startsWith(QLatin1Char('.')))
        return Tr::tr("the name starts with a dot (hidden files are not mounted)");
    if (name == QLatin1String("output"))
        return Tr::tr("\"output\" is reserved for the run's results");
    if (name.toUtf8().size() > 255)
        return Tr::tr("the name is longer than 255 bytes");
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return Tr::tr("the name contains a control character");
    return {};
}

QList<Verdict> check(const Request &request, const Policy &policy)
{
    using S = Verdict::Severity;
    QList<Verdict> verdicts;

    if (request.network() != QLatin1String("none"))
        verdicts.append({QStringLiteral("network.requested"), S::Block,
            Tr::tr("The request asks for network access (\"%1\"); runs never have a network.")
                .arg(request.network().left(100))});

    const QList<Request::File> files = request.files();
    if (files.size() > policy.maxFiles)
        verdicts.append({QStringLiteral("file.count"), S::Block,
            Tr::tr("The request declares %1 files; the policy allows at most %2.")
                .arg(files.size())
                .arg(policy.maxFiles)});
    QSet<QString> seen;
    for (const Request::File &f : files) {
        const QString shown = f.name.left(120);
        const QString problem = nameProblem(f.name);
        if (!problem.isEmpty()) {
            verdicts.append({QStringLiteral("file.name"), S::Block,
                Tr::tr("The file name \"%1\" cannot be used: %2.").arg(shown, problem)});
            continue;
        }
        if (seen.contains(f.name))
            verdicts.append(
                {QStringLiteral("file.name"), S::Block, Tr::tr("The file name \"%1\" is declared twice.").arg(shown)});
        seen.insert(f.name);
        const qsizetype dot = f.name.lastIndexOf(QLatin1Char('.'));
        const QString suffix = dot > 0 ? f.name.mid(dot).toLower() : QString();
        if (!policy.allowedSuffixes.contains(suffix))
            verdicts.append({QStringLiteral("file.suffix"), S::Block,
                Tr::tr("\"%1\" is not an allowed kind of file; allowed: %2.")
                    .arg(shown, policy.allowedSuffixes.join(QLatin1String(", ")))});
        if (f.path.isEmpty() || f.path.contains(QChar(0)))
            verdicts.append({QStringLiteral("file.path"), S::Block,
                Tr::tr("The path of \"%1\" is empty or contains a NUL character.").arg(shown)});
    }

    // Code over the size cap is judged by the static check, which refuses it.
    if (request.code().trimmed().isEmpty())
        verdicts.append({QStringLiteral("code.empty"), S::Warn, Tr::tr("The request carries no code.")});

    RunLimits::resolve(request, policy, &verdicts);
    return verdicts;
}

QList<Verdict> seenBefore(const Request &request, const AuditTrail &trail)
{
    QList<Verdict> verdicts;
    if (request.agentReference().isEmpty())
        return verdicts;
    // The few latest are named; the count says how many there were.
    constexpr int Named = 3;
    qint64 total = 0;
    const QList<AuditTrail::Summary> earlier
        = trail.requestsWithReference(request.agent(), request.agentReference(), Named, &total);
    if (earlier.isEmpty())
        return verdicts;
    QStringList named;
    for (const AuditTrail::Summary &s : earlier)
        named << Tr::tr("%1 at %2").arg(s.requestId, s.at.toLocalTime().toString(Qt::ISODate));
    QString message = Tr::tr("The agent %1 sent the reference \"%2\" before, in %n other request(s): %3.", nullptr,
        int(qMin<qint64>(total, INT_MAX)))
                          .arg(request.agent().isEmpty() ? Tr::tr("without a name")
                                                         : QStringLiteral("\"%1\"").arg(request.agent().left(120)),
                              request.agentReference().left(200), named.join(QLatin1String("; ")));
    if (total > earlier.size())
        message += QLatin1Char(' ') + Tr::tr("Only the latest %1 are named.").arg(earlier.size());
    message += QLatin1Char(' ')
        + Tr::tr("This is a request of its own, with its own id; check that it is not a replay of an earlier one.");
    verdicts.append({QStringLiteral("request.reference-seen"), Verdict::Severity::Warn, message});

    // What was decided on them, so that a replay after a rejection shows.
    for (const AuditTrail::Summary &s : earlier) {
        const QList<AuditTrail::Record> story = trail.story(s.requestId);
        for (const AuditTrail::Record &r : story) {
            if (r.kind != QLatin1String("decision"))
                continue;
            const QJsonObject d = r.body;
            const bool sameCode = d.value(QStringLiteral("code_sha256")).toString() == request.codeSha256();
            const QString text
                = (sameCode ? Tr::tr("This request, with this same code, was already decided: %1 by %2 at %3 "
                                     "(audit record #%4).")
                            : Tr::tr("A request with this reference but other code was already decided: %1 by %2 "
                                     "at %3 (audit record #%4)."))
                      // One pass: a reviewer's name never takes a placeholder's place.
                      .arg(d.value(QStringLiteral("outcome")).toString(),
                          d.value(QStringLiteral("reviewer")).toString(), r.at.toLocalTime().toString(Qt::ISODate),
                          QString::number(r.seq));
            verdicts.append({QStringLiteral("request.decided-before"), Verdict::Severity::Warn, text});
        }
    }
    return verdicts;
}

} // namespace Airlock::RequestCheck
