// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
// airlockctl check, run and reject: one request through review, decision and run.
#include "commandline.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <unistd.h>

#include "audittrail.h"
#include "auditwriter.h"
#include "decisionrules.h"
#include "policy.h"
#include "preparedrun.h"
#include "request.h"
#include "requestsession.h"
#include "runresult.h"
#include "settings.h"
#include "terminaltext.h"

namespace Airlock {

int CommandLine::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows the policy's verdicts on a request, without running it."));
    parser.addPositionalArgument(QStringLiteral("request"), tr("The request file (airlock.request/v1)."));
    const QCommandLineOption policyOption(QStringLiteral("policy"), tr("The policy to check against."), tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the verdicts as JSON."));
    const QCommandLineOption db(
        QStringLiteral("db"), tr("The audit trail to look for the agent's reference in (only read)."), tr("file"));
    parser.addOptions({policyOption, json, db});
    parser.addHelpOption();
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("airlockctl check")))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("airlockctl check: give exactly one request file") << Qt::endl;
        return Usage;
    }
    const std::optional<Policy> policy = policyFrom(parser.value(policyOption));
    if (!policy)
        return Usage;
    // Only read, and only when there is one: was the agent's reference seen before?
    std::unique_ptr<AuditTrail> history;
    const QString trailPath = parser.isSet(db) ? parser.value(db) : Settings().auditTrailPath();
    if (parser.isSet(db) || QFileInfo::exists(trailPath)) {
        history = openTrail(trailPath, true);
        if (!history && parser.isSet(db))
            return Usage;
    }
    int exitCode = Success;
    const std::unique_ptr<RequestSession> session
        = review(parser.positionalArguments().constFirst(), *policy, parser.isSet(json), &exitCode, nullptr, history.get());
    if (!session)
        return exitCode;
    const PreparedRun *prepared = session->preparedRun();

    const bool blocked = prepared->blocked();
    if (parser.isSet(json)) {
        QJsonArray verdicts;
        for (const Verdict &v : prepared->verdicts())
            verdicts.append(v.toJson());
        QJsonArray inputs;
        for (const auto &i : prepared->inputs())
            inputs.append(i.toJson());
        const QString reference = prepared->request().agentReference();
        const QJsonObject o{{QStringLiteral("request_id"), prepared->request().requestId()},
            {QStringLiteral("agent_request_id"), reference.isEmpty() ? QJsonValue() : QJsonValue(reference)},
            {QStringLiteral("runnable"), !blocked}, {QStringLiteral("verdicts"), verdicts},
            {QStringLiteral("inputs"), inputs}, {QStringLiteral("code_sha256"), prepared->request().codeSha256()},
            {QStringLiteral("policy"), policy->identity()}};
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        printVerdicts(prepared->verdicts());
        m_out << (blocked ? tr("Blocked by the policy \"%1\".").arg(visibleText(policy->name))
                          : tr("Runnable under the policy \"%1\".").arg(visibleText(policy->name)))
              << Qt::endl;
    }
    m_out.flush();
    return blocked ? Blocked : Success;
}

int CommandLine::runCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs an approved request in a fresh sandbox."));
    parser.addPositionalArgument(QStringLiteral("request"), tr("The request file (airlock.request/v1)."));
    const QCommandLineOption approve(QStringLiteral("approve"), tr("Approve the request: nothing runs without it."));
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"), tr("Who approves (recorded with the decision)."), tr("name"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why it is approved."), tr("text"));
    const QCommandLineOption overrideReason(QStringLiteral("override-reason"),
        tr("Run despite a blocking verdict, where the policy allows it, for this reason."), tr("text"));
    const QCommandLineOption policyOption(
        QStringLiteral("policy"), tr("The policy to hold the request to."), tr("file"));
    const QCommandLineOption out(
        QStringLiteral("out"), tr("Copy the run's output files into this folder."), tr("folder"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    const QCommandLineOption db(QStringLiteral("db"),
        tr("The audit trail to record in; a team trail (postgresql://…): record in the local one and ship there."),
        tr("file"));
    const QCommandLineOption team(QStringLiteral("team"),
        tr("The team trail to ship the records to (default: the one in the settings)."), tr("postgresql://…"));
    parser.addOptions({approve, reviewer, reason, overrideReason, policyOption, out, json, db, team});
    parser.addHelpOption();
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("airlockctl run")))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        m_err << tr("airlockctl run: give exactly one request file") << Qt::endl;
        return Usage;
    }
    if (!parser.isSet(approve)) {
        m_err << tr("airlockctl run: nothing runs without an explicit --approve") << Qt::endl;
        return Usage;
    }
    if (DecisionRules::reviewerMissing(parser.value(reviewer))) {
        m_err << tr("airlockctl run: --reviewer NAME is required: every decision names who made it") << Qt::endl;
        return Usage;
    }
    const bool asJson = parser.isSet(json);
    const std::optional<Policy> policy = policyFrom(parser.value(policyOption));
    if (!policy)
        return Usage;

    const auto [localPath, teamLocation] = trailsFrom(parser.value(db), parser.value(team));
    const std::unique_ptr<AuditWriter> writer = openWriter(localPath, QStringLiteral("airlockctl"));
    if (!writer)
        return RunFailed;
    const ShipOnExit shipping(*this, *writer, localPath, teamLocation);
    int exitCode = Success;
    const std::unique_ptr<RequestSession> session = review(positional.constFirst(), *policy, asJson, &exitCode, writer.get());
    if (!session)
        return exitCode;
    const PreparedRun &prepared = *session->preparedRun();

    // What the workbench's Approve would refuse, the command line refuses
    // too, in the same words, and records as blocked: nobody else will
    // decide a request given to the command line.
    const auto refused = [&](const QString &message) {
        RunResult result = RunResult::notRun(prepared, RunResult::Status::Blocked);
        result.message = message;
        if (!refuse(*session, message))
            return RunFailed;
        printRunResult(result, asJson);
        return Blocked;
    };
    const QString justification = parser.value(overrideReason).trimmed();
    // The one answer the workbench's Approve gives too.
    const RequestSession::Approvability now = session->approvability();
    if (!now.possible)
        return refused(tr("%1 Nothing ran.").arg(now.reason));
    if (now.isOverride) {
        if (!parser.isSet(overrideReason))
            return refused(tr("The policy blocks this request; nothing ran. The policy allows an override with "
                              "--override-reason and a justification of at least %n character(s).",
                nullptr, policy->overrideMinReasonChars));
        if (const QString problem = session->approvalProblem(parser.value(reviewer), justification);
            !problem.isEmpty())
            return refused(tr("%1 Nothing ran.").arg(problem));
    }
    // The seed's gate, before any decision, as the workbench's disabled
    // Approve: nothing is approved on a machine where the sandbox is not proven.
    if (!sandboxReady()) {
        (void)refuse(*session, tr("The sandbox is not ready on this machine; nothing ran."));
        return RunFailed;
    }
    // The decision is recorded before anything runs.
    std::optional<RunResult> ran
        = approveAndRun(*session, parser.value(reviewer), now.isOverride ? justification : parser.value(reason));
    if (!ran)
        return RunFailed;
    RunResult result = *ran;
    // Record, then deliver: a run whose end is not in the trail does not
    // count, and nothing it made leaves (no output, no file in --out).
    if (!result.recordError.isEmpty()) {
        result.withholdOutputs();
        printRunResult(result, asJson);
        m_err << tr("airlockctl run: %1").arg(visibleText(result.recordError)) << Qt::endl;
        return RunFailed;
    }
    if (parser.isSet(out) && !result.artifacts.isEmpty()) {
        const QString writeError = ArtifactCollector::writeTo(result.artifacts, parser.value(out));
        if (!writeError.isEmpty())
            m_err << tr("airlockctl run: %1").arg(visibleText(writeError)) << Qt::endl;
    }
    printRunResult(result, asJson);
    return result.status == RunResult::Status::Succeeded ? Success : RunFailed;
}

int CommandLine::reject(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Records the rejection of a request; nothing runs."));
    parser.addPositionalArgument(QStringLiteral("request"), tr("The request file (airlock.request/v1)."));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"), tr("Who rejects."), tr("name"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why it is rejected."), tr("text"));
    const QCommandLineOption policyOption(
        QStringLiteral("policy"), tr("The policy to check the request against."), tr("file"));
    const QCommandLineOption db(QStringLiteral("db"),
        tr("The audit trail to record in; a team trail (postgresql://…): record in the local one and ship there."),
        tr("file"));
    const QCommandLineOption team(QStringLiteral("team"),
        tr("The team trail to ship the records to (default: the one in the settings)."), tr("postgresql://…"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOptions({reviewer, reason, policyOption, db, team, json});
    parser.addHelpOption();
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("airlockctl reject")))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("airlockctl reject: give exactly one request file") << Qt::endl;
        return Usage;
    }
    if (DecisionRules::reviewerMissing(parser.value(reviewer))) {
        m_err << tr("airlockctl reject: --reviewer NAME is required: every decision names who made it") << Qt::endl;
        return Usage;
    }
    const std::optional<Policy> policy = policyFrom(parser.value(policyOption));
    if (!policy)
        return Usage;
    if (DecisionRules::rejectionNeedsReason(*policy, parser.value(reason))) {
        m_err << tr("airlockctl reject: the policy \"%1\" requires a reason: --reason TEXT")
                     .arg(visibleText(policy->name))
              << Qt::endl;
        return Usage;
    }
    const auto [localPath, teamLocation] = trailsFrom(parser.value(db), parser.value(team));
    const std::unique_ptr<AuditWriter> writer = openWriter(localPath, QStringLiteral("airlockctl"));
    if (!writer)
        return RunFailed;
    const ShipOnExit shipping(*this, *writer, localPath, teamLocation);
    int exitCode = Success;
    const std::unique_ptr<RequestSession> session
        = review(parser.positionalArguments().constFirst(), *policy, parser.isSet(json), &exitCode, writer.get());
    if (!session)
        return exitCode;
    if (const QString problem = session->reject(parser.value(reviewer), parser.value(reason)); !problem.isEmpty()) {
        m_err << tr("airlockctl reject: %1").arg(visibleText(problem)) << Qt::endl;
        return Usage;
    }
    waitUntil(*session, [&]() { return !session->isDeciding(); });
    if (session->state() != RequestSession::State::Rejected) {
        m_err << tr("airlockctl: %1").arg(visibleText(session->error())) << Qt::endl;
        return RunFailed;
    }
    const PreparedRun *prepared = session->preparedRun();
    const Decision decision = *session->decision();
    RunResult result = RunResult::notRun(*prepared, RunResult::Status::Rejected);
    result.decision = decision;
    result.audit = session->decisionRecord();
    result.message = tr("Rejected by %1: %2").arg(decision.reviewer, decision.reason);
    printRunResult(result, parser.isSet(json));
    return Rejected;
}

} // namespace Airlock
