// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "requestsession.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include "auditrecorder.h"
#include "auditwriter.h"
#include "codeanalyzer.h"
#include "decisionrules.h"
#include "limitenforcement.h"
#include "preparedrun.h"
#include "sandboxrunner.h"

namespace Airlock {

namespace {
const QString Interface = QStringLiteral("workbench");
} // namespace

// What the worker thread hands back: the parsed request and its staging.
struct RequestSession::Loaded
{
    std::optional<Request> request;
    Request::Error parseError;
    QByteArray raw;
    std::shared_ptr<PreparedRun> prepared;
    QString prepareError;
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
    return !m_deciding && !isRunning() && m_state != State::Loading;
}

void RequestSession::setScenario(const QString &id, const QString &title, const QString &note)
{
    m_scenarioId = id;
    m_scenarioTitle = title;
    m_scenarioNote = note;
}

void RequestSession::load()
{
    m_loading = new QFutureWatcher<std::shared_ptr<Loaded>>(this);
    connect(m_loading, &QFutureWatcherBase::finished, this, &RequestSession::loaded);
    const QString path = m_sourcePath;
    const Policy policy = m_policy;
    m_loading->setFuture(QtConcurrent::run([path, policy]() {
        auto out = std::make_shared<Loaded>();
        out->request = Request::load(path, &out->parseError, &out->raw);
        if (out->request) {
            std::unique_ptr<PreparedRun> prepared
                = PreparedRun::prepare(*out->request, policy, LimitEnforcement::detect(), &out->prepareError);
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
        setState(State::Malformed, error);
        // A file that is not a request is still recorded: what arrived, and why it was refused.
        m_writer->submit(
            [source = m_sourcePath, raw = out->raw, error](AuditRecorder &recorder) {
                QString failure;
                recorder.malformed(source, raw, error, &failure);
                return failure;
            },
            this,
            [this](const QString &failure) {
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
    // The same request seen again (an inbox file left in place, a resend):
    // the reviewer is told what was decided before, as a verdict that is
    // recorded with the rest.
    auto earlier = std::make_shared<QList<Verdict>>();
    m_writer->submit(
        [earlier, requestId = m_request->requestId(), codeSha256 = m_request->codeSha256()](AuditRecorder &recorder) {
            const QList<AuditTrail::Record> story = recorder.trail()->story(requestId);
            for (const AuditTrail::Record &r : story) {
                if (r.kind != QLatin1String("decision"))
                    continue;
                const QJsonObject d = r.body;
                Verdict v;
                v.rule = QStringLiteral("request.decided-before");
                v.severity = Verdict::Severity::Warn;
                const bool sameCode = d.value(QStringLiteral("code_sha256")).toString() == codeSha256;
                v.message
                    = (sameCode ? RequestSession::tr("This request, with this same code, was already decided: "
                                                     "%1 by %2 at %3 (audit record #%4).")
                                : RequestSession::tr("A request with this id but other code was already "
                                                     "decided: %1 by %2 at %3 (audit record #%4)."))
                          .arg(d.value(QStringLiteral("outcome")).toString(),
                              d.value(QStringLiteral("reviewer")).toString(), r.at.toLocalTime().toString(Qt::ISODate))
                          .arg(r.seq);
                earlier->append(v);
            }
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
        [prepared = m_prepared, source = m_sourcePath, scenario = m_scenarioId](AuditRecorder &recorder) {
            QString failure;
            recorder.request(*prepared, source, &failure, scenario);
            return failure;
        },
        this,
        [this](const QString &failure) {
            if (!failure.isEmpty())
                setState(State::Failed,
                    tr("The request could not be recorded in the audit trail, so it cannot be decided: %1")
                        .arg(failure));
            else
                setState(State::Pending);
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

QString RequestSession::approvalProblem(const QString &reviewer, const QString &justification) const
{
    if (m_state != State::Pending || m_deciding)
        return tr("Only a request waiting for a decision can be approved.");
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
            QString failure;
            recorder.decision(*prepared, decision, &failure);
            return failure;
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
    if (m_decision->outcome == Decision::Outcome::Rejected)
        return setState(State::Rejected);
    if (m_stopRequested) {
        // Stopped while the approval was being written: it never starts.
        const QString message = tr("Stopped by the analyst before the run started; nothing ran.");
        m_writer->submit(
            [prepared = m_prepared, message](AuditRecorder &recorder) {
                QString failure;
                recorder.blocked(*prepared, message, &failure);
                return failure;
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
                    QString failure;
                    recorder.runStarted(*prepared, runId, sandbox, &failure);
                    return failure;
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
    m_runDurationMs = result.durationMs;
    m_writer->submit(
        [shared](AuditRecorder &recorder) {
            QString failure;
            recorder.runFinished(*shared, &failure);
            return failure;
        },
        this,
        [this, shared](const QString &failure) {
            m_result = *shared;
            m_runner->deleteLater();
            m_runner = nullptr;
            QString error = m_result->message;
            if (!failure.isEmpty())
                error = tr("The run's end could not be recorded in the audit trail: %1").arg(failure);
            const bool succeeded = m_result->status == RunResult::Status::Succeeded && failure.isEmpty();
            setState(succeeded ? State::Done : State::Failed, error);
            Q_EMIT runFinished(*m_result);
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
        return tr("Malformed");
    case State::Pending:
        return tr("Pending");
    case State::Approved:
        return tr("Approved");
    case State::Rejected:
        return tr("Rejected");
    case State::Running:
        return tr("Running");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    }
    return {};
}

} // namespace Airlock
