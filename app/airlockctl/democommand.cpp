// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
// airlockctl demo: every trainer scenario end to end, with an evidence report.
#include "commandline.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <unistd.h>

#include "auditexport.h"
#include "audittrail.h"
#include "auditwriter.h"
#include "outcometext.h"
#include "policy.h"
#include "preparedrun.h"
#include "requestsession.h"
#include "runresult.h"
#include "scenario.h"
#include "terminaltext.h"

namespace Airlock {

int CommandLine::demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs every bundled trainer scenario through the policy, a recorded decision and the sandbox, into a "
           "fresh audit trail, and writes the artifacts and the evidence report."));
    const QCommandLineOption out(
        QStringLiteral("out"), tr("Where the trail, artifacts and report go (default: ./airlock-demo)."), tr("folder"));
    const QCommandLineOption only(QStringLiteral("scenario"), tr("Run only this scenario (repeatable)."), tr("id"));
    parser.addOptions({out, only});
    parser.addHelpOption();
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("airlockctl demo")))
        return *done;
    QString error;
    QList<Scenario> scenarios = Scenario::all(&error);
    if (scenarios.isEmpty() || !error.isEmpty()) {
        m_err << tr("airlockctl demo: the bundled scenarios cannot be read: %1").arg(visibleText(error)) << Qt::endl;
        return RunFailed;
    }
    if (parser.isSet(only)) {
        const QStringList wanted = parser.values(only);
        scenarios.removeIf([&](const Scenario &s) { return !wanted.contains(s.id); });
        if (scenarios.size() != wanted.size()) {
            m_err
                << tr("airlockctl demo: unknown scenario among: %1").arg(visibleText(wanted.join(QLatin1String(", "))))
                << Qt::endl;
            return Usage;
        }
    }
    const QString dir = QFileInfo(parser.value(out).isEmpty() ? QStringLiteral("airlock-demo") : parser.value(out))
                            .absoluteFilePath();
    // Only a folder the demo made, or an empty one, is cleared: never
    // anybody's real trail or files.
    const QString marker = dir + QStringLiteral("/.airlock-demo");
    if (QDir(dir).exists() && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
        && !QFileInfo::exists(marker)) {
        m_err << tr("airlockctl demo: %1 is not empty and was not made by the demo; choose another --out")
                     .arg(visibleText(dir))
              << Qt::endl;
        return Usage;
    }
    // A fresh trail each time: the demo's evidence stands on its own.
    const QString trailPath = dir + QStringLiteral("/audit.sqlite");
    for (const char *suffix : {"", ".head", "-wal", "-shm"})
        QFile::remove(trailPath + QLatin1String(suffix));
    QDir(dir + QStringLiteral("/scenarios")).removeRecursively();
    QDir(dir + QStringLiteral("/artifacts")).removeRecursively();
    QFile markerFile(marker);
    if (!QDir().mkpath(dir) || !markerFile.open(QIODevice::WriteOnly)) {
        m_err << tr("airlockctl demo: cannot create %1").arg(visibleText(dir)) << Qt::endl;
        return RunFailed;
    }
    markerFile.close();
    if (!sandboxReady())
        return RunFailed;
    std::unique_ptr<AuditWriter> writer = openWriter(trailPath, QStringLiteral("airlockctl demo"));
    if (!writer)
        return RunFailed;
    // A secret in the host's environment that the sandbox must never see.
    qputenv(Scenario::DemoSecretName, Scenario::DemoSecretValue);
    const Policy policy = Scenario::policy();

    struct Row
    {
        QString id, verdicts, decision, status, stoppedBy, check;
    };
    QList<Row> rows;
    int failures = 0;
    for (const Scenario &scenario : std::as_const(scenarios)) {
        m_err << tr("Running %1…").arg(scenario.id) << Qt::endl;
        const QString requestPath = scenario.extract(dir + QStringLiteral("/scenarios/") + scenario.id, &error);
        Row row{scenario.id, {}, {}, {}, scenario.stoppedBy.isEmpty() ? tr("(benign)") : scenario.stoppedBy, {}};
        int exitCode = Success;
        const std::unique_ptr<RequestSession> session
            = requestPath.isEmpty() ? nullptr : review(requestPath, policy, false, &exitCode, writer.get(), nullptr, &scenario);
        if (!session) {
            row.check = tr("FAILED: the request could not be reviewed");
            ++failures;
            rows << row;
            continue;
        }
        int blocks = 0, warns = 0;
        for (const Verdict &v : session->verdicts()) {
            blocks += v.severity == Verdict::Severity::Block;
            warns += v.severity == Verdict::Severity::Warn;
        }
        row.verdicts = tr("%1 block, %2 warn").arg(blocks).arg(warns);
        // The demo reviewer approves, and overrides what the training policy
        // would block, so every scenario reaches the sandbox.
        const std::optional<RunResult> ran = approveAndRun(*session, tr("demo reviewer"),
            session->blocked() ? tr("Training demonstration of the sandbox") : QString());
        if (!ran)
            return RunFailed;
        const RunResult &result = *ran;
        row.decision = OutcomeText::decision(Decision::outcomeId(session->decision()->outcome));
        row.status = OutcomeText::run(result);
        QStringList mismatches = scenario.mismatches(result);
        if (!result.recordError.isEmpty()) {
            // Not recorded, not evidence: nothing of it is written out.
            m_err << tr("airlockctl demo: %1").arg(visibleText(result.recordError)) << Qt::endl;
            mismatches << tr("its end was not recorded");
        }
        row.check = mismatches.isEmpty() ? tr("as expected")
                                         : tr("UNEXPECTED: %1").arg(mismatches.join(QStringLiteral("; ")));
        failures += !mismatches.isEmpty();
        if (!result.artifacts.isEmpty() && result.recordError.isEmpty()) {
            const QString writeError
                = ArtifactCollector::writeTo(result.artifacts, dir + QStringLiteral("/artifacts/") + scenario.id);
            if (!writeError.isEmpty())
                m_err << tr("airlockctl demo: %1").arg(visibleText(writeError)) << Qt::endl;
        }
        rows << row;
    }

    // The table, in plain columns for a terminal or a projector.
    const QStringList header{
        tr("Scenario"), tr("Verdicts"), tr("Decision"), tr("Status"), tr("Stopped by"), tr("Outcome")};
    QList<qsizetype> width;
    for (const QString &h : header)
        width << h.size();
    for (const Row &r : std::as_const(rows)) {
        const QStringList cells{r.id, r.verdicts, r.decision, r.status, r.stoppedBy};
        for (int i = 0; i < cells.size(); ++i)
            width[i] = qMax(width[i], cells.at(i).size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(width.at(i) + 2) : cells.at(i);
        m_out << visibleText(text) << Qt::endl;
    };
    line(header);
    for (const Row &r : std::as_const(rows))
        line({r.id, r.verdicts, r.decision, r.status, r.stoppedBy, r.check});

    // Everything written, the report reads the trail as a reviewer would.
    writer.reset();
    const std::unique_ptr<AuditTrail> trail = openTrail(trailPath, true);
    if (!trail)
        return RunFailed;
    const AuditTrail::Verification verification = trail->verify();
    AuditTrail::Filter all;
    all.scenarios = AuditTrail::Filter::Scenarios::Include;
    all.limit = std::numeric_limits<int>::max();
    all.ascending = true;
    const QByteArray report = AuditExport::html(*trail, trail->list(all), verification);
    QSaveFile file(dir + QStringLiteral("/report.html"));
    if (!file.open(QIODevice::WriteOnly) || file.write(report) != report.size() || !file.commit()) {
        m_err << tr("airlockctl demo: cannot write the report: %1").arg(file.errorString()) << Qt::endl;
        return RunFailed;
    }
    m_out << Qt::endl
          << (verification.intact
                     ? tr("Audit trail verified: intact, %n record(s).", nullptr, int(verification.records))
                     : tr("Audit trail NOT intact: %1").arg(visibleText(verification.problem)))
          << Qt::endl
          << tr("%1 of %2 scenario(s) behaved as expected.").arg(rows.size() - failures).arg(rows.size()) << Qt::endl
          << tr("Report: %1").arg(visibleText(file.fileName())) << Qt::endl
          << tr("Artifacts: %1").arg(visibleText(dir + QStringLiteral("/artifacts"))) << Qt::endl
          << tr("Audit trail: %1").arg(visibleText(trailPath)) << Qt::endl;
    return failures == 0 && verification.intact ? Success : RunFailed;
}

} // namespace Airlock
