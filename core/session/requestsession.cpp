// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "requestsession.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

#include "agentresult.h"
#include "analysisqueue.h"
#include "auditrecorder.h"
#include "auditwriter.h"
#include "codeanalyzer.h"
#include "warmanalyzer.h"
#include "decisionrules.h"
#include "outcometext.h"
#include "preparedrun.h"
#include "requestcheck.h"
#include "sandboxrunner.h"
#include "scenario.h"

namespace Airlock {

RequestSession::RequestSession(const QString &sourcePath, const Policy &policy, AuditWriter *writer, QObject *parent)
    : QObject(parent)
    , m_sourcePath(QFileInfo(sourcePath).absoluteFilePath())
    , m_arrivedAt(QDateTime::currentDateTime())
    , m_policy(policy)
    , m_writer(writer)
{
}

RequestSession::~RequestSession()
{
    if (m_runner && m_runner->isRunning())
        m_runner->stop();
    // Runners (a warm one among them) go first: a worker of theirs may still
    // read the prepared run, which goes with this object's members.
    qDeleteAll(findChildren<SandboxRunner *>(Qt::FindDirectChildrenOnly));
    m_runner = nullptr;
    if (m_holdsAnalysisSlot && m_queue)
        m_queue->release();
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

void RequestSession::setAnalysisQueue(AnalysisQueue *queue)
{
    m_queue = queue;
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
    m_loading = new QFutureWatcher<std::shared_ptr<RequestLoader::Loaded>>(this);
    connect(m_loading, &QFutureWatcherBase::finished, this, &RequestSession::loaded);
    const QString path = m_sourcePath;
    const Policy policy = m_policy;
    const QByteArray document = m_agentDocument;
    const QString channel = m_origin.channel;
    const bool inbox = fromInbox();
    // A real request's private copies outlive a crash until it is decided;
    // a training scenario's go with the session.
    const QString keptFor = m_scenarioId.isEmpty() && m_writer ? m_writer->path() : QString();
    m_loading->setFuture(QtConcurrent::run([path, policy, document, channel, inbox, keptFor]() {
        return channel.isEmpty() ? RequestLoader::fromFile(path, inbox, policy, keptFor)
                                 : RequestLoader::fromAgent(document, channel, policy, keptFor);
    }));
}

void RequestSession::loaded()
{
    const std::shared_ptr<RequestLoader::Loaded> out = m_loading->result();
    m_loading->deleteLater();
    m_loading = nullptr;
    if (!out->request) {
        const QString error = out->parseError.toString();
        // Shown as it came, so the analyst sees what is wrong and where.
        m_malformedContent = out->raw.left(MalformedShownBytes);
        m_malformedOffset = out->parseError.offset;
        if (!m_writer)
            return setState(State::Malformed, error);
        // Malformed once that is recorded, as every other step: what
        // arrived, and why it was refused.
        m_writer->submit(
            [source = m_sourcePath, raw = out->raw, error, origin = originJson()](AuditRecorder &recorder) {
                return recorder.malformed(source, raw, error, origin);
            },
            this,
            [this, error](const QString &failure) {
                setState(State::Malformed,
                    failure.isEmpty() ? error
                                      : error + QLatin1Char('\n')
                            + tr("It could not be recorded in the audit trail: %1").arg(failure));
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
    // Each check is a sandbox of its own: it waits for the workbench's turn.
    if (m_queue)
        m_queue->acquire(this, [this]() {
            m_holdsAnalysisSlot = true;
            startAnalysis();
        });
    else
        startAnalysis();
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
    m_loading = new QFutureWatcher<std::shared_ptr<RequestLoader::Loaded>>(this);
    connect(m_loading, &QFutureWatcherBase::finished, this, &RequestSession::readBackFinished);
    m_loading->setFuture(
        QtConcurrent::run(&RequestLoader::fromTrail, recorded, m_policy, m_writer->path(), QString(m_origin.channel)));
}

QString RequestSession::agentGoneNotice()
{
    return tr("The agent that sent this is no longer connected: the result cannot be delivered.");
}

void RequestSession::readBackFinished()
{
    const std::shared_ptr<RequestLoader::Loaded> out = m_loading->result();
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
    m_analyzer = new CodeAnalyzer(this);
    if (m_queue)
        m_analyzer->setWarmAnalyzer(m_queue->warmAnalyzer());
    connect(m_analyzer, &CodeAnalyzer::finished, this, &RequestSession::analysisFinished);
    m_analyzer->start(m_request->codeBytes(), m_policy, m_prepared->declaredNames());
}

void RequestSession::analysisFinished(const QList<Verdict> &verdicts)
{
    // What a warm sandbox may import ahead: only names, nothing else of the code.
    for (const QJsonValue &v : m_analyzer->facts().value(QStringLiteral("imports")).toArray()) {
        const QString top = v.toObject().value(QStringLiteral("module")).toString().section(QLatin1Char('.'), 0, 0);
        if (!top.isEmpty() && !m_importedModules.contains(top))
            m_importedModules << top;
    }
    m_analyzer->deleteLater();
    m_analyzer = nullptr;
    if (std::exchange(m_holdsAnalysisSlot, false) && m_queue)
        m_queue->release();
    m_prepared->addVerdicts(verdicts);
    lookUpEarlierDecisions();
}

void RequestSession::lookUpEarlierDecisions()
{
    // The agent's reference seen before (an inbox file left in place, a
    // resend, a replay): the reviewer is told which requests had it and
    // what was decided, as verdicts that are recorded with the rest.
    if (!m_writer) {
        if (m_history)
            m_prepared->addVerdicts(RequestCheck::seenBefore(*m_request, *m_history));
        return recordRequest();
    }
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
    if (!m_writer)
        return setState(State::Pending);
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
    if (!m_writer)
        return {false, false, tr("This is a check only: nothing is recorded, so nothing can be decided.")};
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
    if (!m_writer)
        return tr("This is a check only: nothing is recorded, so nothing can be decided.");
    if (m_withdrawRequested)
        return tr("The agent has withdrawn this request.");
    if (DecisionRules::reviewerMissing(reviewer))
        return tr("Give your name: every decision names who made it.");
    if (DecisionRules::rejectionNeedsReason(m_policy, reason))
        return tr("The policy \"%1\" requires a reason for a rejection.").arg(m_policy.name);
    return {};
}

QString RequestSession::approve(const QString &reviewer, const QString &reason)
{
    const QString problem = approvalProblem(reviewer, reason);
    if (!problem.isEmpty())
        return problem;
    m_decision = Decision::make(blocked() ? Decision::Outcome::Overridden : Decision::Outcome::Approved,
        reviewer.trimmed(), reason.trimmed(), m_writer->interface(), m_request->codeSha256());
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
    m_decision = Decision::make(Decision::Outcome::Rejected, reviewer.trimmed(), reason.trimmed(),
        m_writer->interface(), m_request->codeSha256());
    m_deciding = true;
    Q_EMIT contentChanged();
    recordDecision();
    return {};
}

QString RequestSession::refuse(const QString &message)
{
    if (m_state != State::Pending || m_deciding)
        return tr("Only a request waiting for a decision can be refused.");
    if (!m_writer)
        return tr("This is a check only: nothing is recorded, so nothing can be decided.");
    m_deciding = true;
    m_writer->submit(
        [prepared = m_prepared, message](AuditRecorder &recorder) {
            return recorder.blocked(*prepared, message);
        },
        this,
        [this, message](const QString &failure) {
            m_deciding = false;
            if (!failure.isEmpty()) {
                m_error = tr("The refusal could not be recorded in the audit trail: %1").arg(failure);
                Q_EMIT contentChanged();
                return;
            }
            m_prepared->setSettled();
            setState(State::Failed, message);
        });
    return {};
}

void RequestSession::recordDecision()
{
    auto where = std::make_shared<QJsonObject>();
    m_writer->submit(
        [prepared = m_prepared, decision = *m_decision, where](AuditRecorder &recorder) {
            const QString failure = recorder.decision(*prepared, decision);
            if (const auto last = recorder.lastRecord(); failure.isEmpty() && last)
                *where = QJsonObject{{QStringLiteral("record_id"), last->seq}, {QStringLiteral("hash"), last->hash}};
            return failure;
        },
        this,
        [this, where](const QString &failure) {
            m_decisionRecord = *where;
            decisionRecorded(failure);
        });
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

SandboxRunner *RequestSession::newRunner()
{
    auto *runner = new SandboxRunner(this);
    // The run-started record is written before the code goes, off this thread.
    runner->setBeforeStartAsync(
        [this, runner](const QString &runId, const QJsonObject &sandbox, const SandboxRunner::Proceed &proceed) {
            m_runSandbox = sandbox;
            m_writer->submit(
                [prepared = m_prepared, runId, sandbox](AuditRecorder &recorder) {
                    return recorder.runStarted(*prepared, runId, sandbox);
                },
                runner, proceed);
        });
    connect(runner, &SandboxRunner::started, this, [this]() { m_runClock.start(); });
    connect(runner, &SandboxRunner::outputReceived, this,
        [this](QProcess::ProcessChannel channel, const QByteArray &chunk) {
            (channel == QProcess::StandardOutput ? m_liveStdout : m_liveStderr).append(chunk);
            Q_EMIT outputReceived(channel, chunk);
        });
    connect(runner, &SandboxRunner::eventReported, this, &RequestSession::eventReported);
    connect(runner, &SandboxRunner::finished, this, &RequestSession::runEnded);
    connect(runner, &SandboxRunner::warmReady, this, &RequestSession::warmChanged);
    connect(runner, &SandboxRunner::warmEnded, this, [this, runner]() {
        // Cooled or dead before a decision: gone. One that died by itself
        // is not started again for this request (it would only die again);
        // its run starts when approved.
        if (!m_coolRequested)
            m_warmFailed = true;
        m_coolRequested = false;
        runner->deleteLater();
        if (m_runner == runner)
            m_runner = nullptr;
        Q_EMIT warmChanged();
    });
    return runner;
}

bool RequestSession::canWarm() const
{
    return m_writer && m_prepared && !m_warmFailed && m_state == State::Pending && approvability().possible;
}

void RequestSession::warmUp()
{
    if (!canWarm() || m_runner)
        return;
    m_runner = newRunner();
    m_runner->warm(m_prepared.get(), m_importedModules);
    Q_EMIT warmChanged();
}

void RequestSession::coolDown()
{
    if (m_runner && m_runner->isWarm() && !m_runner->isCooling()) {
        m_coolRequested = true;
        m_runner->cool();
    }
}

bool RequestSession::isWarm() const
{
    return m_runner && m_runner->isWarm() && !m_runner->isCooling();
}

bool RequestSession::isWarmReady() const
{
    return isWarm() && m_runner->isWarmReady();
}

qint64 RequestSession::warmMemoryBytes() const
{
    if (!isWarm())
        return 0;
    return m_runner->warmMemoryBytes();
}

qint64 RequestSession::warmSandboxPid() const
{
    return isWarm() ? m_runner->sandboxPid() : -1;
}

void RequestSession::startRun()
{
    if (m_runner && (!m_runner->isWarm() || m_runner->isCooling())) {
        // A warm sandbox on its way out: it goes by itself, heard no more;
        // this run starts afresh.
        SandboxRunner *old = std::exchange(m_runner, nullptr);
        disconnect(old, nullptr, this, nullptr);
        connect(old, &SandboxRunner::warmEnded, old, &QObject::deleteLater);
        connect(old, &SandboxRunner::finished, old, &QObject::deleteLater);
    }
    if (!m_runner)
        m_runner = newRunner();
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
            // A trainer's scenario is judged by what it should do, not by
            // whether it "succeeded": a stopped attack is the lesson.
            if (!m_scenarioId.isEmpty()) {
                if (const std::optional<Scenario> scenario = Scenario::find(m_scenarioId)) {
                    QStringList mismatches = scenario->mismatches(*m_result);
                    if (!recorded)
                        mismatches << tr("its end was not recorded");
                    m_scenarioMismatches = mismatches;
                    m_scenarioCheck = scenarioCheck(*scenario, *m_result, mismatches);
                }
            }
            // Withdrawn while it ran: it ends as withdrawn, and nothing it
            // made goes anywhere.
            setState(m_withdrawRequested ? State::Withdrawn : succeeded ? State::Done : State::Failed, error);
            Q_EMIT runFinished(*m_result);
            // The agent waits for the analyst's release of a recorded end;
            // an unrecorded one is withheld without asking (AgentResult).
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
    // Rejected, withdrawn, failed: a sandbox started ahead will not run.
    if (state != State::Pending && state != State::Approved && state != State::Running)
        coolDown();
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
    // A finished run reads as the run pane and the history say it; a
    // scenario's also says whether that is what it should do.
    if (m_result && (m_state == State::Done || m_state == State::Failed)) {
        if (m_scenarioMismatches)
            return m_scenarioMismatches->isEmpty()
                ? tr("%1 ✓").arg(OutcomeText::run(*m_result))
                : tr("%1 ✗ unexpected").arg(OutcomeText::run(*m_result));
        return OutcomeText::run(*m_result);
    }
    return stateName(m_state);
}

QString RequestSession::scenarioCheck(const Scenario &scenario, const RunResult &result, const QStringList &mismatches)
{
    const QString actual = OutcomeText::run(result);
    const bool stoppedBy = scenario.hostile() && !scenario.stoppedBy.isEmpty();
    if (mismatches.isEmpty())
        return stoppedBy ? tr("✓ As expected: %1 — stopped by %2.").arg(actual, scenario.stoppedBy)
                         : tr("✓ As expected: %1.").arg(actual);
    const QString expected = scenario.expectedOutcome();
    return (stoppedBy ? tr("✗ Not as expected: it should have ended %1, stopped by %2; it ended %3.")
                            .arg(expected, scenario.stoppedBy, actual)
                      : tr("✗ Not as expected: it should have ended %1; it ended %2.").arg(expected, actual))
        + QLatin1Char(' ') + tr("What differs: %1.").arg(mismatches.join(QStringLiteral("; ")));
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
            runId = m_result ? m_result->runId : (m_runner && m_runner->isRunning() ? m_runner->runId() : QString()),
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
        QStringList unscanned;
        QList<OutputScanner::Finding> findings = OutputScanner::scanRun(result, &unscanned);
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
    const QJsonObject body = AgentResult::releaseRecord(*this, released, by, reason);
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

} // namespace Airlock
