// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcess>

#include <memory>
#include <optional>

#include "agentorigin.h"
#include "audittrail.h"
#include "decision.h"
#include "outputscanner.h"
#include "policy.h"
#include "request.h"
#include "requestloader.h"
#include "runresult.h"
#include "verdict.h"

template<typename T> class QFutureWatcher;

namespace Airlock {

struct Scenario;

class AnalysisQueue;
class AuditWriter;
class CodeAnalyzer;
class PreparedRun;
class SandboxRunner;

/**
 * One request file on its way through the workbench: read and staged (on a
 * worker thread), checked by the policy and the static analysis, recorded,
 * decided, run and recorded again. Every step that touches the disk or the
 * database happens off the GUI thread; every step is recorded before the
 * next one begins, so nothing runs that the trail does not know about.
 */
class RequestSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Loading, ///< being read, staged, checked and recorded
        Malformed, ///< not a request: error() says why
        Pending, ///< waiting for a decision
        Approved, ///< decided; the run is being set up
        Rejected,
        Running,
        Done, ///< the run succeeded
        Failed, ///< the run failed, timed out or was stopped, or a step (the run's end too) could not be recorded
        Withdrawn, ///< the agent that sent it took it back before it was settled
    };
    Q_ENUM(State)

    /// Whether a run's results may go back to the agent that asked (only
    /// for requests that came over an agent channel).
    enum class Release {
        NotNeeded, ///< opened from a file, or nothing ran
        Scanning, ///< outputs being scanned for secrets and personal data
        Awaiting, ///< waiting for the analyst
        Releasing, ///< the release or withholding is being recorded
        Released,
        Withheld,
    };
    Q_ENUM(Release)

    /// @p writer records every step; it must outlive the session. Without
    /// one the session is a check only (airlockctl check): it is read,
    /// staged and checked, records nothing and cannot be decided.
    RequestSession(const QString &sourcePath, const Policy &policy, AuditWriter *writer, QObject *parent = nullptr);
    /// A check only: whether the agent's reference was seen before is
    /// looked up in @p trail (read only; it must outlive the session).
    void setHistory(const AuditTrail *trail) { m_history = trail; }
    bool isCheckOnly() const { return !m_writer; }
    /// The static check waits for its turn in @p queue (the workbench's);
    /// without one it starts at once. Call before load().
    void setAnalysisQueue(AnalysisQueue *queue);
    ~RequestSession() override;

    /// A request that arrived over an agent channel: @p document is what
    /// was sent; it is read instead of a file. Call before load().
    void setAgentSubmission(const QByteArray &document, const AgentOrigin &origin);
    const AgentOrigin &origin() const { return m_origin; }
    bool fromAgent() const { return m_origin.isValid(); }

    /// The file was dropped into the watched inbox folder @p folder: it
    /// is an agent's, not the analyst's, and is held to the policy's file
    /// roots like every agent's request. Call before load().
    void setInboxArrival(const QString &folder);
    bool fromInbox() const { return !m_inboxFolder.isEmpty(); }
    /// Where it came from, as recorded with it: an agent's origin, the
    /// inbox folder, or nothing for a file the analyst opened.
    QJsonObject originJson() const;

    /// Reads the file and goes on by itself until the request is Pending.
    void load();
    /// Instead of load(): a request the audit trail holds without an
    /// outcome, read back when the workbench starts. It comes back Pending,
    /// under the same request id, with the code, prompt, verdicts and inputs
    /// recorded for it, and nothing new is recorded until it is decided.
    void restore(const AuditTrail::Undecided &recorded);
    /// Read back from the audit trail rather than arrived in this session.
    bool isRestored() const { return m_restored; }
    /// Restored from an agent whose connection did not outlive the last
    /// session: it can be decided and run, but its result goes nowhere.
    bool agentGone() const { return m_agentGone; }
    /// What the analyst is told about such a request.
    static QString agentGoneNotice();
    /// Why a restored request can only be rejected (its private copies are
    /// gone or changed, the policy changed); empty when it can be approved.
    QString restoreProblem() const { return m_restoreProblem; }
    /// Marks it as a trainer scenario (recorded so, kept apart in reports).
    void setScenario(const QString &id, const QString &title, const QString &note);
    QString scenarioId() const { return m_scenarioId; }
    QString scenarioTitle() const { return m_scenarioTitle; }
    QString scenarioNote() const { return m_scenarioNote; }
    /// For a malformed request: what arrived, as far as it is shown (its
    /// first KiB), and the byte where it goes wrong (-1 when unknown).
    QByteArray malformedContent() const { return m_malformedContent; }
    static constexpr qsizetype MalformedShownBytes = 1024;
    qint64 malformedOffset() const { return m_malformedOffset; }
    /// For a training scenario whose run has ended: how it differs from
    /// what the scenario expects (empty: as expected); none otherwise.
    std::optional<QStringList> scenarioMismatches() const { return m_scenarioMismatches; }
    /// For the trainer, in one line: "✓ As expected: Timed out — stopped by
    /// the timeout watchdog", or what was expected and what happened.
    QString scenarioCheckText() const { return m_scenarioCheck; }
    /// The sandbox as the run got it (bwrap options, command, enforcement,
    /// uid), recorded before it started; empty before a run.
    QJsonObject runSandbox() const { return m_runSandbox; }

    QString sourcePath() const { return m_sourcePath; }
    QDateTime arrivedAt() const { return m_arrivedAt; }
    State state() const { return m_state; }
    static QString stateName(State state);
    /// What the inbox says about it: the state, or for a finished run the
    /// same words as the run pane and the history (OutcomeText).
    QString statusText() const;
    /// A stable, untranslated id for @p state ("pending", "running", …).
    static QString stateId(State state);
    /// Why it is malformed or failed; translated.
    QString error() const { return m_error; }

    /// Present once the file parsed.
    const Request *request() const;
    /// Present once staged: inputs with sizes and hashes, limits, verdicts.
    const PreparedRun *preparedRun() const { return m_prepared.get(); }
    const Policy &policy() const { return m_policy; }
    QList<Verdict> verdicts() const;
    /// The worst severity, or nothing when there are no verdicts yet.
    std::optional<Verdict::Severity> worstSeverity() const;
    bool blocked() const;
    bool analysed() const { return m_analysed; }

    /// Why approve() would refuse right now; empty when it would not.
    /// @p justification is only looked at for a blocked request.
    QString approvalProblem(const QString &reviewer, const QString &justification) const;
    /// Whether the request can be approved now, before anyone is named: the
    /// one answer the menu, the review pane and the decision all use.
    struct Approvability
    {
        bool possible = false;
        bool isOverride = false; ///< approving means overriding a blocking verdict
        QString reason; ///< translated, when not possible; empty while not pending
    };
    Approvability approvability() const;
    QString rejectionProblem(const QString &reviewer, const QString &reason) const;
    /// Records the decision, then runs. Returns why not, when it cannot.
    /// @p reason justifies an override; for a plain approval it is kept
    /// when given (the command line's --reason).
    QString approve(const QString &reviewer, const QString &reason);
    QString reject(const QString &reviewer, const QString &reason);
    /// Settles a pending request without a decision: nothing runs, and the
    /// trail records it as blocked with @p message (the command line's
    /// refusals: a blocked request without an accepted override, a sandbox
    /// that is not ready). It ends Failed with @p message as its error.
    QString refuse(const QString &message);
    std::optional<Decision> decision() const { return m_decision; }
    /// Where the decision is in the trail ({record_id, hash}) once recorded.
    QJsonObject decisionRecord() const { return m_decisionRecord; }

    /// Whether a sandbox may be started for it ahead of the decision: it
    /// waits for one, can be approved (or overridden), and is recorded.
    bool canWarm() const;
    /// Starts its sandbox now, with the libraries its code imports loaded
    /// ahead, so that an approval only has to send the code (SandboxRunner).
    /// Nothing of the code is in that sandbox before the approval is
    /// recorded. Does nothing unless canWarm().
    void warmUp();
    /// Ends a sandbox started ahead; a rejection, a withdrawal or leaving
    /// the inbox does so by itself.
    void coolDown();
    /// A sandbox started ahead is there (ready or still importing).
    bool isWarm() const;
    bool isWarmReady() const;
    /// What a sandbox started ahead holds in memory now (an estimate until
    /// it is ready).
    qint64 warmMemoryBytes() const;
    /// That sandbox's first process, as seen from here; -1 when there is none.
    qint64 warmSandboxPid() const;
    /// The top-level modules its code imports, as the static check found them.
    QStringList importedModules() const { return m_importedModules; }

    /// The analyst's Stop: kills the sandbox; the stop is recorded.
    void stop();
    bool isRunning() const { return m_state == State::Running || m_state == State::Approved; }
    /// True while a decision is being recorded: no other may be made.
    bool isDeciding() const { return m_deciding; }
    /// Nothing is being done for it any more; it may leave the inbox.
    bool isSettled() const;
    qint64 runElapsedMs() const;
    qint64 runTimeoutMs() const;
    QByteArray liveOutput(QProcess::ProcessChannel channel) const;
    /// Present once the run ended and its end was written, or refused by
    /// the trail: then result()->recordError says why, the session is
    /// Failed, and nothing the run made is released or offered for saving.
    const std::optional<RunResult> &result() const { return m_result; }

    /// The agent took the request back: recorded; a run in progress is
    /// stopped and nothing it made is ever released. False when it was
    /// already settled (decided and done, rejected, malformed).
    bool withdraw(const QString &reason);
    Release releaseState() const { return m_release; }
    /// What the scan of the run's outputs found, shown before release.
    QList<OutputScanner::Finding> findings() const { return m_findings; }
    /// What the scan could not read (images and other binary files, output
    /// beyond the scan's cap): never released without the analyst.
    QStringList unscanned() const { return m_unscanned; }
    /// The analyst lets the results go back to the agent (recorded first).
    QString releaseResults(const QString &reviewer);
    /// The analyst keeps them back; the agent learns only @p reason.
    QString withholdResults(const QString &reviewer, const QString &reason);
    /// Who released or withheld, and why ("policy" for an automatic release).
    QString releasedBy() const { return m_releasedBy; }
    QString releaseReason() const { return m_releaseReason; }
    /// Nothing more will happen that the agent could wait for.
    bool agentOutcomeReady() const;
Q_SIGNALS:
    void stateChanged(Airlock::RequestSession::State state);
    /// Verdicts, inputs or the request itself became known.
    void contentChanged();
    void outputReceived(QProcess::ProcessChannel channel, const QByteArray &chunk);
    void eventReported(const QJsonObject &event);
    void runFinished(const Airlock::RunResult &result);
    void releaseChanged(Airlock::RequestSession::Release release);
    /// A sandbox started ahead became ready, or ended.
    void warmChanged();

private:
    /// The trainer's one line on a scenario's run against its expectation.
    static QString scenarioCheck(const Scenario &scenario, const RunResult &result, const QStringList &mismatches);
    void readBackFinished();
    void startAnalysis();
    void lookUpEarlierDecisions();
    void recordRequest();
    void recordDecision();
    void decisionRecorded(const QString &failure);
    void loaded();
    void analysisFinished(const QList<Verdict> &verdicts);
    void startRun();
    SandboxRunner *newRunner();
    void runEnded(const RunResult &result);
    void setState(State state, const QString &error = {});
    void scanOutputs();
    void outputsScanned(const QList<OutputScanner::Finding> &findings, const QStringList &unscanned);
    void recordRelease(bool released, const QString &by, const QString &reason);
    void setRelease(Release release);
    /// Records the withdrawal; with @p settle the session then ends as
    /// Withdrawn (a running one ends so when its run has ended).
    void recordWithdrawal(bool settle = true);

    QString m_sourcePath;
    const AuditTrail *m_history = nullptr;
    QPointer<AnalysisQueue> m_queue;
    QJsonObject m_decisionRecord;
    QDateTime m_arrivedAt;
    Policy m_policy;
    AuditWriter *m_writer;
    State m_state = State::Loading;
    QString m_error;
    std::optional<Request> m_request;
    std::shared_ptr<PreparedRun> m_prepared;
    QFutureWatcher<std::shared_ptr<RequestLoader::Loaded>> *m_loading = nullptr;
    CodeAnalyzer *m_analyzer = nullptr;
    SandboxRunner *m_runner = nullptr;
    bool m_analysed = false;
    QStringList m_importedModules;
    bool m_coolRequested = false; ///< the warm sandbox ending was asked for
    bool m_warmFailed = false; ///< it ended by itself: not started again
    bool m_deciding = false;
    bool m_stopRequested = false;
    bool m_holdsAnalysisSlot = false;
    std::optional<Decision> m_decision;
    std::optional<RunResult> m_result;
    QByteArray m_liveStdout;
    QByteArray m_liveStderr;
    QElapsedTimer m_runClock;
    QString m_scenarioId;
    QString m_scenarioTitle;
    QString m_scenarioNote;
    std::optional<QStringList> m_scenarioMismatches;
    QString m_scenarioCheck; ///< scenarioCheckText(), made once when the run ends
    QByteArray m_malformedContent;
    qint64 m_malformedOffset = -1;
    QJsonObject m_runSandbox;
    qint64 m_runDurationMs = 0;
    AgentOrigin m_origin;
    QString m_inboxFolder;
    QByteArray m_agentDocument;
    bool m_withdrawRequested = false;
    QString m_withdrawReason;
    Release m_release = Release::NotNeeded;
    QList<OutputScanner::Finding> m_findings;
    QStringList m_unscanned;
    QString m_releasedBy;
    QString m_releaseReason;
    bool m_restored = false;
    bool m_agentGone = false;
    QString m_restoreProblem;
};

} // namespace Airlock
