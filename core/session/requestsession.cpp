// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "requestsession.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include "auditrecorder.h"
#include "auditwriter.h"
#include "codeanalyzer.h"
#include "decisionrules.h"
#include "limitenforcement.h"
#include "outcometext.h"
#include "preparedrun.h"
#include "requestcheck.h"
#include "sandboxrunner.h"
#include "sha256.h"

namespace Airlock {

namespace {
const QString Interface = QStringLiteral("workbench");
// The most an agent may send as one request, as for a request file.
constexpr qsizetype MaxAgentDocumentBytes = 16 * 1024 * 1024;
} // namespace

// What the worker thread hands back: the parsed request and its staging.
struct RequestSession::Loaded
{
    std::optional<Request> request;
    Request::Error parseError;
    QByteArray raw;
    std::shared_ptr<PreparedRun> prepared;
    QString prepareError;
    QString restoreProblem; ///< read back from the trail: why it cannot be approved
};

RequestSession::RequestSession(const QString &sourcePath, const Policy &policy, AuditWriter *writer, QObject *parent)
    : QObject(parent)
    , m_sourcePath(QFileInfo(sourcePath).absoluteFilePath())
    , m_arrivedAt(QDateTime::currentDateTime())
    , m_policy(policy)
    , m_writer(writer)
{
}

namespace {
// Sessions waiting for a static-check slot, oldest first.
QList<QPointer<RequestSession>> s_waiting;
int s_analysing = 0;
} // namespace

RequestSession::~RequestSession()
{
    if (m_runner && m_runner->isRunning())
        m_runner->stop();
    if (m_holdsAnalysisSlot)
        analysisSlotFreed();
    // A load still running on a worker only holds copies; its result is dropped.
}

bool RequestSession::isSettled() const
{
    // Results an agent waits for stay until the analyst has dealt with them.
    const bool releasePending
        = m_release == Release::Scanning || m_release == Release::Awaiting || m_release == Release::Releasing;
    // And a request waits for its decision: it is decided, not dropped (it
    // would come back from the trail at the next start anyway).
    const bool undecided = m_state == State::Pending;
    return !m_deciding && !isRunning() && m_state != State::Loading && !releasePending && !undecided;
}

void RequestSession::setScenario(const QString &id, const QString &title, const QString &note)
{
    m_scenarioId = id;
    m_scenarioTitle = title;
    m_scenarioNote = note;
}

void RequestSession::setAgentSubmission(const QByteArray &document, const AgentOrigin &origin)
{
    m_agentDocument = document;
    m_origin = origin;
    m_sourcePath = QStringLiteral("agent:%1/%2").arg(origin.channel, origin.client);
}

void RequestSession::setInboxArrival(const QString &folder)
{
    m_inboxFolder = folder;
}

QJsonObject RequestSession::originJson() const
{
    if (m_origin.isValid())
        return m_origin.toJson();
    if (fromInbox())
        return {{QStringLiteral("channel"), QStringLiteral("inbox")}, {QStringLiteral("folder"), m_inboxFolder}};
    return {};
}

void RequestSession::load()
{
    m_loading = new QFutureWatcher<std::shared_ptr<Loaded>>(this);
    connect(m_loading, &QFutureWatcherBase::finished, this, &RequestSession::loaded);
    const QString path = m_sourcePath;
    const Policy policy = m_policy;
    const QByteArray document = m_agentDocument;
    const QString channel = m_origin.channel;
    const bool inbox = fromInbox();
    // A real request's private copies outlive a crash until it is decided;
    // a training scenario's go with the session.
    const QString keptFor = m_scenarioId.isEmpty() ? m_writer->path() : QString();
    m_loading->setFuture(QtConcurrent::run([path, policy, document, channel, inbox, keptFor]() {
        auto out = std::make_shared<Loaded>();
        if (channel.isEmpty()) {
            out->request = Request::load(path, &out->parseError, &out->raw);
            // Whoever can drop a file in the inbox folder is not the
            // analyst: its files are read only under the policy's roots.
            if (out->request && inbox)
                out->request->setChannel(QStringLiteral("inbox"));
        } else if (document.size() > MaxAgentDocumentBytes) {
            out->raw = document.left(MaxAgentDocumentBytes);
            out->parseError.message = tr("The request is %1 bytes; at most %2 are accepted.")
                                          .arg(document.size())
                                          .arg(MaxAgentDocumentBytes);
        } else {
            // An agent has no folder of its own: relative paths are taken
            // from the policy's first file root, and must stay under a root.
            const QString base
                = policy.fileRoots && !policy.fileRoots->isEmpty() ? policy.fileRoots->first() : QStringLiteral("/");
            out->raw = document;
            out->request = Request::parse(document, base, &out->parseError);
            if (out->request)
                out->request->setChannel(channel);
        }
        if (out->request) {
            std::unique_ptr<PreparedRun> prepared
                = PreparedRun::prepare(*out->request, policy, LimitEnforcement::detect(), &out->prepareError, keptFor);
            out->prepared = std::move(prepared);
        }
        return out;
    }));
}

void RequestSession::loaded()
{
    const std::shared_ptr<Loaded> out = m_loading->result();
    m_loading->deleteLater();
    m_loading = nullptr;
    if (!out->request) {
        const QString error = out->parseError.toString();
        // An agent hears "malformed" only once that is recorded.
        if (!fromAgent())
            setState(State::Malformed, error);
        // A file that is not a request is still recorded: what arrived, and why it was refused.
        m_writer->submit(
            [source = m_sourcePath, raw = out->raw, error, origin = originJson()](AuditRecorder &recorder) {
                return recorder.malformed(source, raw, error, origin);
            },
            this,
            [this, error](const QString &failure) {
                if (fromAgent())
                    setState(State::Malformed, error);
                if (!failure.isEmpty())
                    m_error += QLatin1Char('\n') + tr("It could not be recorded in the audit trail: %1").arg(failure);
                Q_EMIT contentChanged();
            });
        return;
    }
    m_request = out->request;
    if (!out->prepared) {
        setState(State::Failed, tr("The request could not be prepared: %1").arg(out->prepareError));
        return;
    }
    m_prepared = out->prepared;
    Q_EMIT contentChanged();
    // Each check is a sandbox of its own: a full inbox must not start hundreds at once.
    if (s_analysing < MaxConcurrentAnalyses)
        startAnalysis();
    else
        s_waiting.append(this);
}

void RequestSession::restore(const AuditTrail::Undecided &recorded)
{
    const QJsonObject body = recorded.request;
    m_restored = true;
    m_arrivedAt = recorded.at.toLocalTime();
    m_sourcePath = body.value(QStringLiteral("source")).toString();
    m_origin = AgentOrigin::fromJson(body.value(QStringLiteral("origin")).toObject());
    // No agent's connection outlives the workbench: nobody waits for this one now.
    m_agentGone = m_origin.isValid();
    m_loading = new QFutureWatcher<std::shared_ptr<Loaded>>(this);
    connect(m_loading, &QFutureWatcherBase::finished, this, &RequestSession::readBackFinished);
    m_loading->setFuture(
        QtConcurrent::run(&RequestSession::readBack, recorded, m_policy, m_writer->path(), QString(m_origin.channel)));
}

QString RequestSession::agentGoneNotice()
{
    return tr("The agent that sent this is no longer connected: the result cannot be delivered.");
}

std::shared_ptr<RequestSession::Loaded> RequestSession::readBack(
    const AuditTrail::Undecided &recorded, const Policy &policy, const QString &trail, const QString &channel)
{
    auto out = std::make_shared<Loaded>();
    const QJsonObject body = recorded.request;
    out->raw = QJsonDocument(body.value(QStringLiteral("document")).toObject()).toJson(QJsonDocument::Compact);
    // Relative paths resolve as they did when it arrived.
    const QString base = channel.isEmpty()
        ? QFileInfo(body.value(QStringLiteral("source")).toString()).absolutePath()
        : (policy.fileRoots && !policy.fileRoots->isEmpty() ? policy.fileRoots->first() : QStringLiteral("/"));
    out->request = Request::parse(out->raw, base, &out->parseError);
    if (!out->request)
        return out;
    out->request->setChannel(channel);
    out->request->setRequestId(recorded.requestId);

    QList<Verdict> verdicts;
    const QJsonArray recordedVerdicts = recorded.verdicts.value(QStringLiteral("verdicts")).toArray();
    for (const QJsonValue &v : recordedVerdicts)
        verdicts.append(Verdict::fromJson(v.toObject()));
    QList<InputStager::Input> inputs;
    const QJsonArray recordedInputs = body.value(QStringLiteral("inputs")).toArray();
    for (const QJsonValue &v : recordedInputs) {
        const QJsonObject o = v.toObject();
        InputStager::Input input;
        input.name = o.value(QStringLiteral("name")).toString();
        input.sourcePath = o.value(QStringLiteral("source")).toString();
        input.size = o.value(QStringLiteral("bytes")).toInteger();
        input.sha256 = o.value(QStringLiteral("sha256")).toString();
        inputs.append(input);
    }
    QString inputsProblem;
    out->prepared = PreparedRun::restore(
        *out->request, policy, LimitEnforcement::detect(), verdicts, inputs, trail, &inputsProblem);

    // What would make approving it approve something other than what was reviewed.
    const QJsonObject checkedUnder = recorded.verdicts.value(QStringLiteral("policy")).toObject();
    const QString reopen
        = channel.isEmpty() ? tr("Reject it, or re-open the request file.") : tr("It can only be rejected.");
    if (out->request->codeSha256() != body.value(QStringLiteral("code_sha256")).toString()) {
        out->restoreProblem = tr("The code read back from the audit trail does not match the SHA-256 recorded for it.")
            + QLatin1Char(' ') + reopen;
    } else if (recorded.verdicts.isEmpty()) {
        out->restoreProblem = tr("Its verdicts were never recorded.") + QLatin1Char(' ') + reopen;
    } else if (checkedUnder.value(QStringLiteral("sha256")).toString() != policy.sha256) {
        out->restoreProblem = tr("It was checked under the policy \"%1\" (SHA-256 %2…); the workbench now holds "
                                 "requests to \"%3\" (SHA-256 %4…).")
                                  .arg(checkedUnder.value(QStringLiteral("name")).toString(),
                                      checkedUnder.value(QStringLiteral("sha256")).toString().left(12), policy.name,
                                      policy.sha256.left(12))
            + QLatin1Char(' ') + reopen;
    } else if (!inputsProblem.isEmpty()) {
        out->restoreProblem = tr("Inputs no longer available: %1.").arg(inputsProblem) + QLatin1Char(' ') + reopen;
    }
    return out;
}

void RequestSession::readBackFinished()
{
    const std::shared_ptr<Loaded> out = m_loading->result();
    m_loading->deleteLater();
    m_loading = nullptr;
    if (!out->request) {
        setState(State::Failed,
            tr("This request waited for a decision, but it could not be read back from the audit trail: %1")
                .arg(out->parseError.toString()));
        Q_EMIT contentChanged();
        return;
    }
    m_request = out->request;
    m_prepared = out->prepared;
    m_restoreProblem = out->restoreProblem;
    // Its verdicts, the static check's among them, are the recorded ones.
    m_analysed = true;
    Q_EMIT contentChanged();
    setState(State::Pending);
}

void RequestSession::startAnalysis()
{
    ++s_analysing;
    m_holdsAnalysisSlot = true;
    m_analyzer = new CodeAnalyzer(this);
    connect(m_analyzer, &CodeAnalyzer::finished, this, &RequestSession::analysisFinished);
    m_analyzer->start(m_request->codeBytes(), m_policy, m_prepared->declaredNames());
}

void RequestSession::analysisSlotFreed()
{
    --s_analysing;
    while (!s_waiting.isEmpty() && s_analysing < MaxConcurrentAnalyses) {
        if (QPointer<RequestSession> next = s_waiting.takeFirst())
            next->startAnalysis();
    }
}

void RequestSession::analysisFinished(const QList<Verdict> &verdicts)
{
    m_analyzer->deleteLater();
    m_analyzer = nullptr;
    m_holdsAnalysisSlot = false;
    analysisSlotFreed();
    m_prepared->addVerdicts(verdicts);
    lookUpEarlierDecisions();
}

void RequestSession::lookUpEarlierDecisions()
{
    // The agent's reference seen before (an inbox file left in place, a
    // resend, a replay): the reviewer is told which requests had it and
    // what was decided, as verdicts that are recorded with the rest.
    auto earlier = std::make_shared<QList<Verdict>>();
    m_writer->submit(
        [earlier, request = *m_request](AuditRecorder &recorder) {
            *earlier = RequestCheck::seenBefore(request, *recorder.trail());
            return QString();
        },
        this,
        [this, earlier](const QString &) {
            m_prepared->addVerdicts(*earlier);
            recordRequest();
        });
}

void RequestSession::recordRequest()
{
    m_analysed = true;
    Q_EMIT contentChanged();
    // Only a recorded request may be decided.
    m_writer->submit(
        [prepared = m_prepared, source = m_sourcePath, scenario = m_scenarioId, origin = originJson()](
            AuditRecorder &recorder) {
            return recorder.request(*prepared, source, scenario, origin);
        },
        this,
        [this](const QString &failure) {
            if (!failure.isEmpty()) {
                // Not in the trail: nothing will come back for it.
                m_prepared->setSettled();
                setState(State::Failed,
                    tr("The request could not be recorded in the audit trail, so it cannot be decided: %1")
                        .arg(failure));
            } else if (m_withdrawRequested) {
                recordWithdrawal();
            } else {
                setState(State::Pending);
            }
        });
}

const Request *RequestSession::request() const
{
    return m_request ? &*m_request : nullptr;
}

QList<Verdict> RequestSession::verdicts() const
{
    return m_prepared ? m_prepared->verdicts() : QList<Verdict>();
}

std::optional<Verdict::Severity> RequestSession::worstSeverity() const
{
    std::optional<Verdict::Severity> worst;
    for (const Verdict &v : verdicts()) {
        if (!worst || v.severity > *worst)
            worst = v.severity;
    }
    return worst;
}

bool RequestSession::blocked() const
{
    return m_prepared && m_prepared->blocked();
}

RequestSession::Approvability RequestSession::approvability() const
{
    if (m_state != State::Pending || m_deciding)
        return {};
    if (m_withdrawRequested)
        return {false, false, tr("The agent has withdrawn this request.")};
    if (!m_restoreProblem.isEmpty())
        return {false, false, m_restoreProblem};
    if (blocked() && !DecisionRules::overridable(m_policy))
        return {false, false, tr("The policy \"%1\" blocks this request and allows no override.").arg(m_policy.name)};
    return {true, blocked(), {}};
}

QString RequestSession::approvalProblem(const QString &reviewer, const QString &justification) const
{
    const Approvability now = approvability();
    if (!now.possible)
        return now.reason.isEmpty() ? tr("Only a request waiting for a decision can be approved.") : now.reason;
    if (DecisionRules::reviewerMissing(reviewer))
        return tr("Give your name: every decision names who made it.");
    if (!blocked())
        return {};
    switch (DecisionRules::checkOverride(m_policy, justification)) {
    case DecisionRules::Override::NotAllowed:
        return tr("The policy \"%1\" blocks this request and allows no override.").arg(m_policy.name);
    case DecisionRules::Override::ReasonTooShort:
        return tr("Overriding a blocking verdict needs a justification of at least %n character(s).", nullptr,
            m_policy.overrideMinReasonChars);
    case DecisionRules::Override::Allowed:
        break;
    }
    return {};
}

QString RequestSession::rejectionProblem(const QString &reviewer, const QString &reason) const
{
    if (m_state != State::Pending || m_deciding)
        return tr("Only a request waiting for a decision can be rejected.");
    if (m_withdrawRequested)
        return tr("The agent has withdrawn this request.");
    if (DecisionRules::reviewerMissing(reviewer))
        return tr("Give your name: every decision names who made it.");
    if (DecisionRules::rejectionNeedsReason(m_policy, reason))
        return tr("The policy \"%1\" requires a reason for a rejection.").arg(m_policy.name);
    return {};
}

QString RequestSession::approve(const QString &reviewer, const QString &justification)
{
    const QString problem = approvalProblem(reviewer, justification);
    if (!problem.isEmpty())
        return problem;
    const bool override = blocked();
    m_decision = Decision::make(override ? Decision::Outcome::Overridden : Decision::Outcome::Approved,
        reviewer.trimmed(), override ? justification.trimmed() : QString(), Interface, m_request->codeSha256());
    m_deciding = true;
    m_stopRequested = false;
    setState(State::Approved);
    // The decision is recorded before anything runs.
    recordDecision();
    return {};
}

QString RequestSession::reject(const QString &reviewer, const QString &reason)
{
    const QString problem = rejectionProblem(reviewer, reason);
    if (!problem.isEmpty())
        return problem;
    m_decision = Decision::make(
        Decision::Outcome::Rejected, reviewer.trimmed(), reason.trimmed(), Interface, m_request->codeSha256());
    m_deciding = true;
    Q_EMIT contentChanged();
    recordDecision();
    return {};
}

void RequestSession::recordDecision()
{
    m_writer->submit(
        [prepared = m_prepared, decision = *m_decision](AuditRecorder &recorder) {
            return recorder.decision(*prepared, decision);
        },
        this, [this](const QString &failure) { decisionRecorded(failure); });
}

void RequestSession::decisionRecorded(const QString &failure)
{
    m_deciding = false;
    if (!failure.isEmpty()) {
        // Unrecorded means undecided: it waits for a decision again.
        m_decision.reset();
        m_error = tr("The decision could not be recorded in the audit trail, so it was not made and nothing ran: %1")
                      .arg(failure);
        setState(State::Pending);
        Q_EMIT contentChanged();
        return;
    }
    m_error.clear();
    // Decided: the kept copies are needed for this run at most, not after a restart.
    m_prepared->setSettled();
    if (m_decision->outcome == Decision::Outcome::Rejected)
        return setState(State::Rejected);
    if (m_withdrawRequested)
        return recordWithdrawal();
    if (m_stopRequested) {
        // Stopped while the approval was being written: it never starts.
        const QString message = tr("Stopped by the analyst before the run started; nothing ran.");
        m_writer->submit(
            [prepared = m_prepared, message](AuditRecorder &recorder) {
                return recorder.blocked(*prepared, message);
            },
            this, nullptr);
        return setState(State::Failed, message);
    }
    startRun();
}

void RequestSession::startRun()
{
    m_runner = new SandboxRunner(this);
    // The run-started record is written before bwrap starts, off this thread.
    m_runner->setBeforeStartAsync(
        [this](const QString &runId, const QJsonObject &sandbox, const SandboxRunner::Proceed &proceed) {
            m_runSandbox = sandbox;
            m_writer->submit(
                [prepared = m_prepared, runId, sandbox](AuditRecorder &recorder) {
                    return recorder.runStarted(*prepared, runId, sandbox);
                },
                m_runner, proceed);
        });
    connect(m_runner, &SandboxRunner::started, this, [this]() { m_runClock.start(); });
    connect(m_runner, &SandboxRunner::outputReceived, this,
        [this](QProcess::ProcessChannel channel, const QByteArray &chunk) {
            (channel == QProcess::StandardOutput ? m_liveStdout : m_liveStderr).append(chunk);
            Q_EMIT outputReceived(channel, chunk);
        });
    connect(m_runner, &SandboxRunner::eventReported, this, &RequestSession::eventReported);
    connect(m_runner, &SandboxRunner::finished, this, &RequestSession::runEnded);
    m_liveStdout.clear();
    m_liveStderr.clear();
    setState(State::Running);
    m_runner->start(m_prepared.get(), *m_decision);
}

void RequestSession::stop()
{
    if (m_runner && m_runner->isRunning())
        m_runner->stop();
    else if (m_state == State::Approved)
        m_stopRequested = true;
}

qint64 RequestSession::runElapsedMs() const
{
    if (m_result)
        return m_runDurationMs;
    return m_runClock.isValid() ? m_runClock.elapsed() : 0;
}

qint64 RequestSession::runTimeoutMs() const
{
    return m_prepared ? m_prepared->limits().timeoutMs : 0;
}

QByteArray RequestSession::liveOutput(QProcess::ProcessChannel channel) const
{
    return channel == QProcess::StandardOutput ? m_liveStdout : m_liveStderr;
}

void RequestSession::runEnded(const RunResult &result)
{
    auto shared = std::make_shared<RunResult>(result);
    shared->policy = m_policy.identity();
    // The agent's withdrawal stopped it, not the analyst: the trail says so.
    if (m_withdrawRequested && shared->endReason == RunResult::EndReason::Stopped) {
        shared->endReason = RunResult::EndReason::Withdrawn;
        if (!shared->timeline.isEmpty()) {
            QJsonObject end = shared->timeline.last().toObject();
            if (end.value(QStringLiteral("kind")).toString() == QLatin1String("end")) {
                end.insert(QStringLiteral("reason"), RunResult::endReasonId(shared->endReason));
                shared->timeline.replace(shared->timeline.size() - 1, end);
            }
        }
    }
    m_runDurationMs = result.durationMs;
    m_writer->submit(
        [shared](AuditRecorder &recorder) {
            return recorder.runFinished(*shared);
        },
        this,
        [this, shared](const QString &failure) {
            m_result = *shared;
            m_runner->deleteLater();
            m_runner = nullptr;
            // Record, then deliver: an end the trail does not hold is no
            // result, and nothing the run made goes anywhere.
            if (!failure.isEmpty() && m_result->recordError.isEmpty())
                m_result->recordError = AuditRecorder::unrecordedRun(failure);
            const bool recorded = m_result->recordError.isEmpty();
            const QString error = recorded ? m_result->message : m_result->recordError;
            const bool succeeded = m_result->status == RunResult::Status::Succeeded && recorded;
            // Withdrawn while it ran: it ends as withdrawn, and nothing it
            // made goes anywhere.
            setState(m_withdrawRequested ? State::Withdrawn : succeeded ? State::Done : State::Failed, error);
            Q_EMIT runFinished(*m_result);
            // The agent waits for the analyst's release of a recorded end;
            // an unrecorded one is withheld without asking (agentResult()).
            // An agent gone with the last session gets nothing: the results
            // stay in the trail.
            if (fromAgent() && !m_withdrawRequested && recorded && !m_agentGone)
                scanOutputs();
        });
}

void RequestSession::setState(State state, const QString &error)
{
    if (!error.isEmpty())
        m_error = error;
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString RequestSession::stateName(State state)
{
    switch (state) {
    case State::Loading:
        return tr("Checking");
    case State::Malformed:
        return OutcomeText::decision(QStringLiteral("malformed"));
    case State::Pending:
        return tr("Pending");
    case State::Approved:
        return OutcomeText::decision(QStringLiteral("approved"));
    case State::Rejected:
        return OutcomeText::decision(QStringLiteral("rejected"));
    case State::Running:
        return tr("Running");
    case State::Done:
        return OutcomeText::run(QStringLiteral("succeeded"));
    case State::Failed:
        return OutcomeText::run(QStringLiteral("failed"));
    case State::Withdrawn:
        return OutcomeText::decision(QStringLiteral("withdrawn"));
    }
    return {};
}

QString RequestSession::statusText() const
{
    // A finished run reads as the run pane and the history say it.
    if (m_result && (m_state == State::Done || m_state == State::Failed))
        return OutcomeText::run(*m_result);
    return stateName(m_state);
}

bool RequestSession::withdraw(const QString &reason)
{
    if (m_withdrawRequested)
        return true;
    const bool awaitingRelease = m_release == Release::Scanning || m_release == Release::Awaiting;
    switch (m_state) {
    case State::Loading:
    case State::Pending:
    case State::Approved:
    case State::Running:
        break;
    case State::Done:
    case State::Failed:
        if (awaitingRelease)
            break;
        return false;
    case State::Malformed:
    case State::Rejected:
    case State::Withdrawn:
        return false;
    }
    if (m_state == State::Pending && m_deciding && m_decision && m_decision->outcome == Decision::Outcome::Rejected)
        return false;
    m_withdrawRequested = true;
    m_withdrawReason = reason;
    if (m_state == State::Loading || m_deciding)
        return true; // recorded once the request, or the decision, is
    if (m_runner && m_runner->isRunning()) {
        m_runner->stop();
        recordWithdrawal(false);
        return true;
    }
    if (m_state == State::Approved) {
        m_stopRequested = true;
        return true;
    }
    recordWithdrawal();
    return true;
}

void RequestSession::recordWithdrawal(bool settle)
{
    const State before = m_state;
    const bool wasAwaitingRelease = m_release == Release::Scanning || m_release == Release::Awaiting;
    if (wasAwaitingRelease)
        setRelease(Release::NotNeeded);
    QJsonObject body{{QStringLiteral("reason"), m_withdrawReason}, {QStringLiteral("origin"), m_origin.toJson()},
        {QStringLiteral("while"), stateId(before)}};
    m_writer->submit(
        [requestId = m_request->requestId(),
            runId = m_result ? m_result->runId : (m_runner ? m_runner->runId() : QString()),
            body](AuditRecorder &recorder) {
            return recorder.withdrawn(requestId, runId, body);
        },
        this,
        [this, settle](const QString &failure) {
            if (!failure.isEmpty())
                m_error = tr("The withdrawal could not be recorded in the audit trail: %1").arg(failure);
            else if (m_prepared)
                m_prepared->setSettled();
            if (settle)
                setState(State::Withdrawn, tr("Withdrawn by %1.").arg(m_origin.describe()));
            Q_EMIT contentChanged();
        });
}

QString RequestSession::stateId(State state)
{
    switch (state) {
    case State::Loading:
        return QStringLiteral("loading");
    case State::Malformed:
        return QStringLiteral("malformed");
    case State::Pending:
        return QStringLiteral("pending");
    case State::Approved:
        return QStringLiteral("approved");
    case State::Rejected:
        return QStringLiteral("rejected");
    case State::Running:
        return QStringLiteral("running");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

void RequestSession::scanOutputs()
{
    setRelease(Release::Scanning);
    using Scan = std::pair<QList<OutputScanner::Finding>, QStringList>;
    auto *watcher = new QFutureWatcher<Scan>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        outputsScanned(watcher->result().first, watcher->result().second);
    });
    watcher->setFuture(QtConcurrent::run([result = *m_result]() {
        // What the scan could not read is named, so that nothing unread is
        // ever called clean.
        constexpr qint64 MaxScanBytes = 8 * 1024 * 1024;
        QList<OutputScanner::Finding> findings;
        QStringList unscanned;
        auto scan = [&](const QByteArray &data, const QString &source) {
            findings += OutputScanner::scan(data, source, 200, MaxScanBytes, &unscanned);
            if (data.size() > MaxScanBytes)
                unscanned << tr("%1 beyond its first %2 MiB").arg(source).arg(MaxScanBytes / (1024 * 1024));
        };
        scan(result.stdoutData, QStringLiteral("stdout"));
        scan(result.stderrData, QStringLiteral("stderr"));
        // What the code reported about itself goes back too.
        scan(QJsonDocument(result.events).toJson(QJsonDocument::Indented), QStringLiteral("events"));
        for (const auto &a : result.artifacts) {
            findings += OutputScanner::scan(a.name.toUtf8(), tr("the name of %1").arg(a.name));
            if (OutputScanner::isScannable(a.name, a.mediaType))
                scan(a.content, a.name);
            else
                unscanned << tr("%1 (%2)").arg(a.name, a.mediaType);
        }
        return Scan(findings, unscanned);
    }));
}

void RequestSession::outputsScanned(const QList<OutputScanner::Finding> &findings, const QStringList &unscanned)
{
    if (m_release != Release::Scanning)
        return; // withdrawn meanwhile
    m_findings = findings;
    m_unscanned = unscanned;
    const bool clean = findings.isEmpty() && unscanned.isEmpty() && m_result->status == RunResult::Status::Succeeded;
    if (clean && m_policy.releaseMode == Policy::ReleaseMode::AutoWhenClean)
        return recordRelease(true, QStringLiteral("policy"),
            tr("Released without asking: a successful run with nothing found in its outputs, as the policy \"%1\" "
               "allows.")
                .arg(m_policy.name));
    setRelease(Release::Awaiting);
}

QString RequestSession::releaseResults(const QString &reviewer)
{
    if (m_release != Release::Awaiting)
        return tr("Only results waiting for release can be released.");
    if (DecisionRules::reviewerMissing(reviewer))
        return tr("Give your name: every release names who made it.");
    recordRelease(true, reviewer.trimmed(), {});
    return {};
}

QString RequestSession::withholdResults(const QString &reviewer, const QString &reason)
{
    if (m_release != Release::Awaiting)
        return tr("Only results waiting for release can be withheld.");
    if (DecisionRules::reviewerMissing(reviewer))
        return tr("Give your name: every release names who made it.");
    if (reason.trimmed().isEmpty())
        return tr("Say why the results are withheld: the agent is told.");
    recordRelease(false, reviewer.trimmed(), reason.trimmed());
    return {};
}

void RequestSession::recordRelease(bool released, const QString &by, const QString &reason)
{
    setRelease(Release::Releasing);
    QJsonArray findings;
    for (const auto &f : std::as_const(m_findings))
        findings.append(f.toJson());
    QJsonObject body{{QStringLiteral("outcome"), released ? QStringLiteral("released") : QStringLiteral("withheld")},
        {QStringLiteral("by"), by}, {QStringLiteral("reason"), reason},
        {QStringLiteral("to"),
            QJsonObject{{QStringLiteral("agent"), m_request->agent()}, {QStringLiteral("origin"), m_origin.toJson()}}},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("not_scanned"), QJsonArray::fromStringList(m_unscanned)},
        {QStringLiteral("policy"), m_policy.identity()}};
    if (released) {
        // Exactly what leaves: outputs and files by size and hash.
        QJsonArray artifacts;
        for (const auto &a : std::as_const(m_result->artifacts))
            artifacts.append(QJsonObject{{QStringLiteral("name"), a.name},
                {QStringLiteral("bytes"), qint64(a.content.size())}, {QStringLiteral("sha256"), a.sha256}});
        body.insert(QStringLiteral("released"),
            QJsonObject{{QStringLiteral("stdout_bytes"), qint64(m_result->stdoutData.size())},
                {QStringLiteral("stdout_sha256"), sha256Hex(m_result->stdoutData)},
                {QStringLiteral("stderr_bytes"), qint64(m_result->stderrData.size())},
                {QStringLiteral("stderr_sha256"), sha256Hex(m_result->stderrData)},
                {QStringLiteral("artifacts"), artifacts}});
    }
    m_writer->submit(
        [requestId = m_result->requestId, runId = m_result->runId, body](AuditRecorder &recorder) {
            return recorder.release(requestId, runId, body);
        },
        this,
        [this, released, by, reason](const QString &failure) {
            if (!failure.isEmpty()) {
                // Unrecorded means not released: it waits again.
                m_error
                    = tr("The release could not be recorded in the audit trail, so nothing was sent: %1").arg(failure);
                setRelease(Release::Awaiting);
                Q_EMIT contentChanged();
                return;
            }
            m_releasedBy = by;
            m_releaseReason = reason;
            setRelease(released ? Release::Released : Release::Withheld);
        });
}

void RequestSession::setRelease(Release release)
{
    if (m_release == release)
        return;
    m_release = release;
    Q_EMIT releaseChanged(release);
}

QList<QByteArray> RequestSession::releasedContents() const
{
    QList<QByteArray> out;
    if (m_release != Release::Released || !m_result || m_state == State::Withdrawn)
        return out;
    for (const auto &a : m_result->artifacts)
        out.append(a.content);
    return out;
}

bool RequestSession::agentOutcomeReady() const
{
    switch (m_state) {
    case State::Malformed:
    case State::Rejected:
        return !m_deciding;
    case State::Withdrawn:
        return true;
    case State::Done:
    case State::Failed:
        return !m_result || !m_result->recordError.isEmpty() || m_release == Release::Released
            || m_release == Release::Withheld;
    default:
        return false;
    }
}

QJsonObject RequestSession::agentResult() const
{
    // Other requests, and other people's earlier decisions, stay here.
    QJsonArray verdictArray;
    for (const Verdict &v : verdicts()) {
        if (v.rule != QLatin1String("request.decided-before") && v.rule != QLatin1String("request.reference-seen"))
            verdictArray.append(v.toJson());
    }
    // What a result that carries nothing the run made looks like.
    const auto withoutOutputs = [](QJsonObject o) {
        for (const char *key : {"stdout", "stderr"})
            o.insert(QLatin1String(key), QString());
        o.insert(QStringLiteral("stdout_truncated"), false);
        o.insert(QStringLiteral("stderr_truncated"), false);
        o.insert(QStringLiteral("artifacts"), QJsonArray());
        o.insert(QStringLiteral("exit_code"), QJsonValue());
        o.insert(QStringLiteral("events"),
            QJsonObject{{QStringLiteral("files_opened"), QJsonArray()},
                {QStringLiteral("network_attempts"), QJsonArray()}, {QStringLiteral("subprocesses"), QJsonArray()}});
        return o;
    };
    if (!m_result || m_state == State::Withdrawn) {
        QJsonObject o = withoutOutputs({{QStringLiteral("request_id"),
                                            m_request ? QJsonValue(m_request->requestId()) : QJsonValue()},
            {QStringLiteral("agent_request_id"),
                m_request && !m_request->agentReference().isEmpty() ? QJsonValue(m_request->agentReference())
                                                                    : QJsonValue()},
            {QStringLiteral("run_id"), QJsonValue()}, {QStringLiteral("verdicts"), verdictArray},
            {QStringLiteral("decision"), m_decision && !m_deciding ? QJsonValue(m_decision->toJson()) : QJsonValue()},
            {QStringLiteral("duration_ms"), 0}, {QStringLiteral("policy"), m_policy.identity()}});
        QString status;
        switch (m_state) {
        case State::Malformed:
            status = QStringLiteral("malformed");
            break;
        case State::Rejected:
            // The policy blocked it and the analyst did not override.
            status = blocked() ? QStringLiteral("blocked") : QStringLiteral("rejected");
            break;
        case State::Withdrawn:
            status = QStringLiteral("withdrawn");
            break;
        case State::Failed:
            status = QStringLiteral("failed");
            break;
        default:
            status = QStringLiteral("pending");
            o.insert(QStringLiteral("state"), stateId(m_state));
            break;
        }
        o.insert(QStringLiteral("status"), status);
        if (!m_error.isEmpty() && m_state != State::Rejected)
            o.insert(QStringLiteral("message"), m_error);
        if (m_state == State::Rejected && m_decision)
            o.insert(QStringLiteral("message"), m_decision->reason);
        return o;
    }
    QJsonObject o = m_result->toJson();
    o.insert(QStringLiteral("verdicts"), verdictArray);
    // An end the trail could not take is withheld by Airlock itself.
    const bool unrecorded = !m_result->recordError.isEmpty();
    QJsonObject release{{QStringLiteral("by"), unrecorded ? QString() : m_releasedBy},
        {QStringLiteral("reason"), unrecorded ? m_result->recordError : m_releaseReason}};
    QJsonArray findings;
    for (const auto &f : std::as_const(m_findings))
        findings.append(f.toJson());
    release.insert(QStringLiteral("findings"), findings);
    if (m_release == Release::Released && !unrecorded) {
        release.insert(QStringLiteral("state"), QStringLiteral("released"));
    } else {
        // Withheld (or not yet released): the agent learns that a run
        // happened and the reason, nothing the run made.
        const bool withheld = m_release == Release::Withheld || unrecorded;
        release.insert(QStringLiteral("state"), withheld ? QStringLiteral("withheld") : QStringLiteral("awaiting"));
        QJsonObject kept;
        for (const char *key :
            {"request_id", "agent_request_id", "run_id", "verdicts", "decision", "policy", "audit", "duration_ms",
                "recorded", "error"})
            if (o.contains(QLatin1String(key)))
                kept.insert(QLatin1String(key), o.value(QLatin1String(key)));
        kept.insert(QStringLiteral("run_status"), o.value(QStringLiteral("status")));
        kept.insert(QStringLiteral("status"), withheld ? QStringLiteral("withheld") : QStringLiteral("pending"));
        if (withheld)
            kept.insert(QStringLiteral("message"), release.value(QStringLiteral("reason")));
        o = withoutOutputs(kept);
    }
    o.insert(QStringLiteral("release"), release);
    return o;
}

} // namespace Airlock
