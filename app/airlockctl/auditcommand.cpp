// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
// airlockctl audit: list, show, export and verify the trail.
#include "commandline.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSysInfo>
#include <QTimeZone>

#include <unistd.h>

#include "auditexport.h"
#include "headsigner.h"
#include "audittrail.h"
#include "outcometext.h"
#include "request.h"
#include "scenario.h"
#include "settings.h"
#include "teamtrail.h"
#include "terminaltext.h"

namespace Airlock {

int CommandLine::audit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Browses, verifies and exports the audit trail."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The audit trail (default: the per-user one)."), tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption since(
        QStringLiteral("since"), tr("Only requests from this time on (ISO 8601)."), tr("time"));
    const QCommandLineOption until(
        QStringLiteral("until"), tr("Only requests before this time (ISO 8601)."), tr("time"));
    const QCommandLineOption agent(QStringLiteral("agent"), tr("Only this agent's requests."), tr("name"));
    const QCommandLineOption agentRef(QStringLiteral("agent-ref"),
        tr("Only requests that carried this reference (the agent's own request_id)."), tr("reference"));
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"), tr("Only requests this reviewer decided."), tr("name"));
    const QCommandLineOption status(
        QStringLiteral("status"), tr("Only requests with this outcome or run status."), tr("status"));
    const QCommandLineOption search(QStringLiteral("search"), tr("Full-text search over prompt and code."), tr("text"));
    const QCommandLineOption limit(
        QStringLiteral("limit"), tr("At most this many requests (list: 100; export: all)."), tr("n"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Export format: csv, json or html."), tr("format"));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")}, tr("Write to this file."), tr("file"));
    const QCommandLineOption scenarios(
        QStringLiteral("scenarios"), tr("Trainer scenarios: exclude (the default), include or only."), tr("which"));
    const QCommandLineOption analyst(
        QStringLiteral("analyst"), tr("Team trail: only this analyst's requests."), tr("name"));
    const QCommandLineOption machine(
        QStringLiteral("machine"), tr("Team trail: only requests from this machine."), tr("name"));
    const QCommandLineOption team(QStringLiteral("team"),
        tr("ship: the team trail to ship to; verify: the one whose signed heads the trail must match "
           "(default: the one in the settings)."),
        tr("postgresql://…"));
    parser.addOptions({db, json, since, until, agent, agentRef, reviewer, status, search, limit, format, output,
        scenarios, analyst, machine, team});
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, show ID, verify, export or ship"));
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("airlockctl audit")))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()
        || !QStringList{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("verify"),
            QStringLiteral("export"), QStringLiteral("ship")}
                .contains(positional.constFirst())) {
        m_err << (positional.isEmpty()
                      ? tr("airlockctl audit: say list, show ID, verify, export or ship")
                      : tr("airlockctl audit: unknown action \"%1\": say list, show ID, verify, export or ship")
                            .arg(visibleText(positional.constFirst())))
              << Qt::endl
              << tr("Try 'airlockctl audit --help' for its options.") << Qt::endl;
        return Usage;
    }
    const QString what = positional.constFirst();

    AuditTrail::Filter filter;
    for (const auto &[option, target] : {std::pair{&since, &filter.since}, std::pair{&until, &filter.until}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDateTime::fromString(parser.value(*option), Qt::ISODateWithMs);
        if (!target->isValid())
            *target = QDateTime(QDate::fromString(parser.value(*option), Qt::ISODate), QTime(0, 0), QTimeZone::UTC);
        if (!target->isValid()) {
            m_err << tr("airlockctl audit: \"%1\" is not an ISO 8601 date or time")
                         .arg(visibleText(parser.value(*option)))
                  << Qt::endl;
            return Usage;
        }
    }
    filter.agent = parser.value(agent);
    filter.agentReference = parser.value(agentRef);
    filter.reviewer = parser.value(reviewer);
    filter.status = parser.value(status);
    filter.search = parser.value(search);
    const QString which = parser.value(scenarios);
    if (which == QLatin1String("include"))
        filter.scenarios = AuditTrail::Filter::Scenarios::Include;
    else if (which == QLatin1String("only"))
        filter.scenarios = AuditTrail::Filter::Scenarios::Only;
    else if (!which.isEmpty() && which != QLatin1String("exclude")) {
        m_err << tr("airlockctl audit: --scenarios takes exclude, include or only") << Qt::endl;
        return Usage;
    }
    bool limitOk = true;
    filter.limit = parser.isSet(limit) ? parser.value(limit).toInt(&limitOk)
                                       : (what == QLatin1String("export") ? std::numeric_limits<int>::max() : 100);
    if (!limitOk || filter.limit < 1) {
        m_err << tr("airlockctl audit: --limit takes a positive number") << Qt::endl;
        return Usage;
    }

    if (what == QLatin1String("ship"))
        return shipToTeam(parser.value(db), parser.value(team), true) ? Success : RunFailed;
    if (TeamTrail::isTeamTrail(parser.value(db))) {
        // A filter that would be ignored is refused: a listing must never
        // look narrower than it is.
        for (const QCommandLineOption *localOnly : {&since, &until, &agentRef, &reviewer, &status, &scenarios}) {
            if (parser.isSet(*localOnly)) {
                m_err << tr("airlockctl audit: --%1 filters a local trail; a team trail is filtered by --analyst, "
                            "--machine, --agent and --search")
                             .arg(localOnly->names().constFirst())
                      << Qt::endl;
                return Usage;
            }
        }
        TeamTrail::Filter teamFilter;
        teamFilter.analyst = parser.value(analyst);
        teamFilter.machine = parser.value(machine);
        teamFilter.agent = filter.agent;
        teamFilter.search = filter.search;
        teamFilter.limit = filter.limit;
        return auditTeam(parser.value(db), what, positional, teamFilter, parser.isSet(json), parser.value(format),
            parser.isSet(output) ? std::optional(parser.value(output)) : std::nullopt);
    }
    if (parser.isSet(analyst) || parser.isSet(machine)) {
        m_err << tr("airlockctl audit: --analyst and --machine filter a team trail (--db postgresql://…)") << Qt::endl;
        return Usage;
    }

    // Reading never writes: a trail copied from elsewhere stays byte for byte.
    const std::unique_ptr<AuditTrail> trail = openTrail(parser.value(db), true);
    if (!trail)
        return Usage;

    if (what == QLatin1String("verify")) {
        // Integrity and privacy are separate questions: a readable trail is
        // still intact, but its owner must hear that others can read it.
        for (const QString &line : trail->exposure())
            m_err << tr("airlockctl audit verify: warning: %1").arg(line) << Qt::endl;
        AuditTrail::Verification v = trail->verify();
        // Against the heads this workbench signed and published to its team
        // trail: a local trail rebuilt whole, head file and all, is found.
        const QString teamLocation = parser.isSet(team) ? parser.value(team) : Settings().teamTrail();
        if (!teamLocation.isEmpty()) {
            QString error;
            if (const std::unique_ptr<TeamTrail> anchor = TeamTrail::connect(teamLocation, &error))
                anchor->checkPublishedHeads(*trail, &v);
            else
                m_err << tr("airlockctl audit verify: warning: not checked against the team trail's signed heads: %1")
                             .arg(visibleText(error))
                      << Qt::endl;
        }
        if (parser.isSet(json)) {
            m_out << QString::fromUtf8(QJsonDocument(v.toJson()).toJson(QJsonDocument::Indented));
        } else if (v.intact) {
            m_out << tr("The audit trail is intact: %n record(s) verified.", nullptr, int(v.records)) << Qt::endl;
            if (v.publishedHead > 0)
                m_out << tr("It matches the head signed and published to the team trail at record %1.")
                             .arg(v.publishedHead)
                      << Qt::endl;
        } else {
            m_out << tr("The audit trail is NOT intact. First bad record: %1. %2")
                         .arg(v.firstBad)
                         .arg(visibleText(v.problem))
                  << Qt::endl;
            // Every bad record, so that one fault never hides another; --json lists them all.
            constexpr qsizetype Shown = 20;
            m_out << tr("%n bad record(s):", nullptr, int(qMin<qint64>(v.badRecords, INT_MAX))) << Qt::endl;
            for (qsizetype i = 0; i < v.problems.size() && i < Shown; ++i)
                m_out << QStringLiteral("  #%1  %2").arg(v.problems.at(i).seq).arg(visibleText(v.problems.at(i).problem))
                      << Qt::endl;
            if (v.badRecords > Shown)
                m_out << QStringLiteral("  ")
                      << tr("\u2026 and %n more (audit verify --json lists them all)", nullptr,
                             int(qMin<qint64>(v.badRecords - Shown, INT_MAX)))
                      << Qt::endl;
        }
        m_out.flush();
        return v.intact ? Success : RunFailed;
    }
    if (what == QLatin1String("show")) {
        if (positional.size() != 2) {
            m_err << tr("airlockctl audit show: give a request id or record number") << Qt::endl;
            return Usage;
        }
        const QList<AuditTrail::Record> records = trail->story(positional.at(1));
        if (records.isEmpty()) {
            m_err << tr("airlockctl audit show: nothing recorded for \"%1\"").arg(visibleText(positional.at(1)))
                  << Qt::endl;
            // An agent's own request_id is a reference, not an id: name the requests that carried it.
            AuditTrail::Filter byReference;
            byReference.agentReference = positional.at(1);
            byReference.scenarios = AuditTrail::Filter::Scenarios::Include;
            const QList<AuditTrail::Summary> carried = trail->list(byReference);
            if (!carried.isEmpty()) {
                m_err << tr("\"%1\" is an agent's reference; the requests that carried it:")
                             .arg(visibleText(positional.at(1)))
                      << Qt::endl;
                for (const auto &r : carried)
                    m_err << QStringLiteral("  ") << r.requestId << QStringLiteral("  ")
                          << r.at.toUTC().toString(Qt::ISODate) << Qt::endl;
            }
            return Usage;
        }
        printStory(records, parser.isSet(json));
        return Success;
    }

    QString error;
    const QList<AuditTrail::Summary> requests = trail->list(filter, &error);
    if (!error.isEmpty()) {
        m_err << tr("airlockctl audit: %1").arg(visibleText(error)) << Qt::endl;
        return Usage;
    }
    if (what == QLatin1String("list")) {
        if (parser.isSet(json)) {
            QJsonArray out;
            for (const auto &r : requests)
                out.append(r.toJson());
            m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        } else {
            for (const auto &r : requests)
                m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                             .arg(QString::number(r.seq).rightJustified(6), r.at.toUTC().toString(Qt::ISODate),
                                 visibleText(r.requestId),
                                 r.agentRequestId.isEmpty() ? QStringLiteral("-") : visibleText(r.agentRequestId),
                                 r.agent.isEmpty() ? QStringLiteral("-") : visibleText(r.agent),
                                 r.outcome.isEmpty() ? QStringLiteral("-") : OutcomeText::decision(r.outcome),
                                 r.status.isEmpty() ? QStringLiteral("-") : OutcomeText::run(r.status, r.endReason),
                                 visibleText(r.prompt.section(QLatin1Char('\n'), 0, 0).left(80)));
            if (requests.isEmpty())
                m_out << tr("No requests match.") << '\n';
        }
        m_out.flush();
        return Success;
    }
    // export
    const QString fmt = parser.value(format);
    QByteArray data;
    if (fmt == QLatin1String("csv"))
        data = AuditExport::csv(requests);
    else if (fmt == QLatin1String("json"))
        data = AuditExport::json(*trail, requests);
    else if (fmt == QLatin1String("html"))
        data = AuditExport::html(*trail, requests, trail->verify());
    else {
        m_err << tr("airlockctl audit export: --format csv, json or html") << Qt::endl;
        return Usage;
    }
    const std::optional<QString> file = parser.isSet(output) ? std::optional(parser.value(output)) : std::nullopt;
    return writeOut(data, file, requests.size()) ? Success : RunFailed;
}

void CommandLine::printStory(const QList<AuditTrail::Record> &records, bool json)
{
    if (json) {
        QJsonArray out;
        for (const auto &r : records)
            out.append(r.toJson());
        m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        // JSON escapes C0 controls, not DEL, C1 or bidi controls.
        for (const auto &r : records)
            m_out << QStringLiteral("#%1  %2  %3%4\n%5\n\n")
                         .arg(r.seq)
                         .arg(r.at.toUTC().toString(Qt::ISODateWithMs), visibleText(r.kind),
                             r.runId.isEmpty() ? QString() : QStringLiteral("  run ") + visibleText(r.runId),
                             visibleText(
                                 QString::fromUtf8(QJsonDocument(r.body).toJson(QJsonDocument::Indented)).trimmed(),
                                 true));
    }
    m_out.flush();
}

bool CommandLine::writeOut(const QByteArray &bytes, const std::optional<QString> &path, qsizetype requests)
{
    QByteArray data = bytes;
    if (path) {
        QSaveFile file(*path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            m_err << tr("airlockctl audit export: cannot write %1: %2").arg(visibleText(*path), file.errorString())
                  << Qt::endl;
            return false;
        }
        m_err << tr("Exported %n request(s) to %1.", nullptr, int(requests)).arg(visibleText(*path)) << Qt::endl;
        return true;
    }
    m_out.flush();
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    // The file's exact bytes into a pipe or a file; on a terminal, what
    // the trail holds must not act on it.
    if (::isatty(STDOUT_FILENO))
        data = visibleText(QString::fromUtf8(data), true).toUtf8();
    out.write(data);
    return true;
}

bool CommandLine::shipToTeam(const QString &localPath, const QString &teamLocation, bool verbose)
{
    const QString location = teamLocation.isEmpty() ? Settings().teamTrail() : teamLocation;
    if (location.isEmpty()) {
        if (verbose)
            m_err << tr("airlockctl audit ship: no team trail: give --team postgresql://… or set one in the settings")
                  << Qt::endl;
        return !verbose;
    }
    // The local trail is read only; its chain id is made by whoever records.
    QString error;
    const QString path = localPath.isEmpty() ? Settings().auditTrailPath() : localPath;
    std::unique_ptr<AuditTrail> local = AuditTrail::open(path, AuditTrail::Mode::ReadOnlyLive, &error);
    std::unique_ptr<TeamTrail> team = local ? TeamTrail::connect(location, &error) : nullptr;
    std::unique_ptr<HeadSigner> signer = team ? HeadSigner::loadOrCreate(HeadSigner::defaultKeyPath(), &error) : nullptr;
    std::optional<TeamTrail::Shipment> shipped;
    if (signer)
        shipped = team->ship(*local, *signer, Settings::accountName(), QSysInfo::machineHostName(), &error);
    if (!shipped) {
        m_err << tr("airlockctl: the records stay in %1 and are shipped later: %2")
                     .arg(visibleText(path), visibleText(error))
              << Qt::endl;
        return false;
    }
    if (verbose)
        m_out << tr("Shipped %n record(s) to %1; ", nullptr, int(shipped->shipped)).arg(team->location())
              << tr("the team trail holds this chain up to record %1.").arg(shipped->onServer) << Qt::endl;
    return true;
}

int CommandLine::auditTeam(const QString &location, const QString &what, const QStringList &positional,
    const TeamTrail::Filter &filter, bool json, const QString &format, const std::optional<QString> &output)
{
    QString error;
    const std::unique_ptr<TeamTrail> team = TeamTrail::connect(location, &error);
    if (!team) {
        m_err << tr("airlockctl: %1").arg(visibleText(error)) << Qt::endl;
        return Usage;
    }
    if (what == QLatin1String("verify")) {
        const QList<TeamTrail::Chain> chains = team->chains(&error);
        if (!error.isEmpty()) {
            m_err << tr("airlockctl: %1").arg(visibleText(error)) << Qt::endl;
            return Usage;
        }
        bool intact = true;
        QJsonArray out;
        for (const TeamTrail::Chain &c : chains) {
            if ((!filter.analyst.isEmpty() && c.analyst != filter.analyst)
                || (!filter.machine.isEmpty() && c.machine != filter.machine))
                continue;
            const AuditTrail::Verification v = team->verify(c.chainId);
            intact = intact && v.intact;
            if (json) {
                out.append(QJsonObject{{QStringLiteral("chain_id"), c.chainId}, {QStringLiteral("analyst"), c.analyst},
                    {QStringLiteral("machine"), c.machine}, {QStringLiteral("owner"), c.owner},
                    {QStringLiteral("verification"), v.toJson()}});
                continue;
            }
            const QString who = tr("%1 on %2 (chain %3)").arg(visibleText(c.analyst), visibleText(c.machine), c.chainId);
            if (v.intact) {
                m_out << tr("%1: intact, %n record(s) verified.", nullptr, int(v.records)).arg(who) << Qt::endl;
            } else {
                m_out << tr("%1: NOT intact. First bad record: %2. %3").arg(who).arg(v.firstBad).arg(visibleText(v.problem))
                      << Qt::endl;
                for (qsizetype i = 0; i < v.problems.size() && i < 20; ++i)
                    m_out << QStringLiteral("  #%1  %2").arg(v.problems.at(i).seq).arg(visibleText(v.problems.at(i).problem))
                          << Qt::endl;
            }
        }
        if (json)
            m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        else if (chains.isEmpty())
            m_out << tr("The team trail holds no chains yet.") << Qt::endl;
        m_out.flush();
        return intact ? Success : RunFailed;
    }
    if (what == QLatin1String("show")) {
        if (positional.size() != 2) {
            m_err << tr("airlockctl audit show: give a request id or record number") << Qt::endl;
            return Usage;
        }
        const QList<AuditTrail::Record> records = team->story(positional.at(1), &error);
        if (records.isEmpty()) {
            m_err << tr("airlockctl audit show: nothing recorded for \"%1\"").arg(visibleText(positional.at(1)))
                  << Qt::endl;
            return Usage;
        }
        printStory(records, json);
        return Success;
    }
    TeamTrail::Filter all = filter;
    if (what == QLatin1String("export") && all.limit == 100)
        all.limit = std::numeric_limits<int>::max();
    const QList<TeamTrail::Request> requests = team->requests(all, &error);
    if (!error.isEmpty()) {
        m_err << tr("airlockctl audit: %1").arg(visibleText(error)) << Qt::endl;
        return Usage;
    }
    if (what == QLatin1String("list")) {
        if (json) {
            QJsonArray out;
            for (const auto &r : requests) {
                QJsonObject o = r.summary.toJson();
                o.insert(QStringLiteral("chain_id"), r.chainId);
                o.insert(QStringLiteral("chain_seq"), r.chainSeq);
                o.insert(QStringLiteral("analyst"), r.analyst);
                o.insert(QStringLiteral("machine"), r.machine);
                out.append(o);
            }
            m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        } else {
            for (const auto &r : requests)
                m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                             .arg(QString::number(r.summary.seq).rightJustified(6),
                                 r.summary.at.toUTC().toString(Qt::ISODate), visibleText(r.summary.requestId),
                                 visibleText(r.analyst) + QLatin1Char('@') + visibleText(r.machine),
                                 r.summary.agent.isEmpty() ? QStringLiteral("-") : visibleText(r.summary.agent),
                                 r.summary.outcome.isEmpty() ? QStringLiteral("-") : OutcomeText::decision(r.summary.outcome),
                                 r.summary.status.isEmpty() ? QStringLiteral("-") : OutcomeText::run(r.summary.status, {}),
                                 visibleText(r.summary.prompt.section(QLatin1Char('\n'), 0, 0).left(80)));
            if (requests.isEmpty())
                m_out << tr("No requests match.") << '\n';
        }
        m_out.flush();
        return Success;
    }
    // export
    QList<AuditTrail::Summary> summaries;
    for (const auto &r : requests)
        summaries.append(r.summary);
    const AuditExport::Source source(
        [&team](const QString &id) {
            QString ignored;
            return team->story(id, &ignored);
        },
        [&team](const QString &sha256) { return team->artifactContent(sha256); }, team->location());
    QByteArray data;
    if (format == QLatin1String("csv")) {
        data = AuditExport::csv(summaries);
    } else if (format == QLatin1String("json")) {
        data = AuditExport::json(source, summaries);
    } else if (format == QLatin1String("html")) {
        // One verification for the report: every chain's, together.
        AuditTrail::Verification together;
        together.intact = true;
        for (const TeamTrail::Chain &c : team->chains(&error)) {
            const AuditTrail::Verification v = team->verify(c.chainId);
            together.records += v.records;
            together.badRecords += v.badRecords;
            if (!v.intact && together.intact) {
                together.intact = false;
                together.firstBad = v.firstBad;
                together.problem = tr("%1 on %2: %3").arg(c.analyst, c.machine, v.problem);
            }
        }
        data = AuditExport::html(source, summaries, together);
    } else {
        m_err << tr("airlockctl audit export: --format csv, json or html") << Qt::endl;
        return Usage;
    }
    return writeOut(data, output, summaries.size()) ? Success : RunFailed;
}

} // namespace Airlock
