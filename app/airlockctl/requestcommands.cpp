// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
// airlockctl check, run and reject: one request through review, decision and run.
#include "commandline.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <unistd.h>

#include "auditrecorder.h"
#include "audittrail.h"
#include "decisionrules.h"
#include "policy.h"
#include "preparedrun.h"
#include "request.h"
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
    const std::unique_ptr<PreparedRun> prepared = review(
        parser.positionalArguments().constFirst(), *policy, parser.isSet(json), &exitCode, nullptr, {}, history.get());
    if (!prepared)
        return exitCode;

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
    const QCommandLineOption db(QStringLiteral("db"), tr("The audit trail to record in."), tr("file"));
    parser.addOptions({approve, reviewer, reason, overrideReason, policyOption, out, json, db});
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

    const std::unique_ptr<AuditTrail> trail = openTrail(parser.value(db), false);
    if (!trail)
        return RunFailed;
    AuditRecorder recorder(trail.get(), QStringLiteral("airlockctl"));

    int exitCode = Success;
    const std::unique_ptr<PreparedRun> prepared
        = review(positional.constFirst(), *policy, asJson, &exitCode, &recorder);
    if (!prepared)
        return exitCode;
    const Request &request = prepared->request();

    Decision::Outcome outcome = Decision::Outcome::Approved;
    QString decisionReason = parser.value(reason);
    if (prepared->blocked()) {
        QString refusal;
        const QString justification = parser.value(overrideReason).trimmed();
        const DecisionRules::Override rule = DecisionRules::checkOverride(*policy, justification);
        if (!parser.isSet(overrideReason))
            refusal = DecisionRules::overridable(*policy)
                ? tr("The policy blocks this request; nothing ran. The policy allows an override with "
                     "--override-reason and a justification of at least %n character(s).",
                    nullptr, policy->overrideMinReasonChars)
                : tr("The policy blocks this request and allows no override; nothing ran.");
        else if (rule == DecisionRules::Override::NotAllowed)
            refusal = tr("The policy \"%1\" allows no override of a blocking verdict; nothing ran.")
                          .arg(visibleText(policy->name));
        else if (rule == DecisionRules::Override::ReasonTooShort)
            refusal = tr("An override needs a justification of at least %n character(s); nothing ran.", nullptr,
                policy->overrideMinReasonChars);
        if (!refusal.isEmpty()) {
            RunResult result;
            result.requestId = request.requestId();
            result.agentRequestId = request.agentReference();
            result.status = RunResult::Status::Blocked;
            result.verdicts = prepared->verdicts();
            result.inputs = prepared->inputs();
            result.policy = policy->identity();
            result.message = refusal;
            if (const QString failure = recorder.blocked(*prepared, refusal); !failure.isEmpty())
                m_err << tr("airlockctl: the audit trail could not record this: %1").arg(visibleText(failure))
                      << Qt::endl;
            printRunResult(result, asJson);
            return Blocked;
        }
        outcome = Decision::Outcome::Overridden;
        decisionReason = justification;
    }

    const Decision decision = Decision::make(
        outcome, parser.value(reviewer), decisionReason, QStringLiteral("airlockctl"), request.codeSha256());
    // The decision is recorded before anything runs.
    if (const QString failure = recorder.decision(*prepared, decision); !failure.isEmpty()) {
        m_err << tr("airlockctl: the audit trail could not record the decision, so nothing ran: %1")
                     .arg(visibleText(failure))
              << Qt::endl;
        return RunFailed;
    }
    // The seed's gate: nothing runs on a machine where the sandbox is not proven.
    if (!sandboxReady()) {
        if (const QString failure
            = recorder.blocked(*prepared, tr("The sandbox is not ready on this machine; nothing ran."));
            !failure.isEmpty())
            m_err << tr("airlockctl: the audit trail could not record this: %1").arg(visibleText(failure)) << Qt::endl;
        return RunFailed;
    }

    RunResult result = runApproved(*prepared, decision, recorder);
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
    const QCommandLineOption db(QStringLiteral("db"), tr("The audit trail to record in."), tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOptions({reviewer, reason, policyOption, db, json});
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
    const std::unique_ptr<AuditTrail> trail = openTrail(parser.value(db), false);
    if (!trail)
        return RunFailed;
    AuditRecorder recorder(trail.get(), QStringLiteral("airlockctl"));
    int exitCode = Success;
    const std::unique_ptr<PreparedRun> prepared
        = review(parser.positionalArguments().constFirst(), *policy, parser.isSet(json), &exitCode, &recorder);
    if (!prepared)
        return exitCode;
    const Decision decision = Decision::make(Decision::Outcome::Rejected, parser.value(reviewer), parser.value(reason),
        QStringLiteral("airlockctl"), prepared->request().codeSha256());
    if (const QString failure = recorder.decision(*prepared, decision); !failure.isEmpty()) {
        m_err << tr("airlockctl: the audit trail could not record the rejection: %1").arg(visibleText(failure))
              << Qt::endl;
        return RunFailed;
    }
    RunResult result;
    result.requestId = prepared->request().requestId();
    result.agentRequestId = prepared->request().agentReference();
    result.status = RunResult::Status::Rejected;
    result.verdicts = prepared->verdicts();
    result.inputs = prepared->inputs();
    result.decision = decision;
    result.policy = policy->identity();
    if (const auto last = recorder.lastRecord())
        result.audit = QJsonObject{{QStringLiteral("record_id"), last->seq}, {QStringLiteral("hash"), last->hash}};
    result.message = tr("Rejected by %1: %2").arg(decision.reviewer, decision.reason);
    printRunResult(result, parser.isSet(json));
    return Rejected;
}

} // namespace Airlock
