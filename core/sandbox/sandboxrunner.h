// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QProcess>

#include <functional>
#include <memory>
#include <optional>
#include <sys/types.h>

#include "artifactcollector.h"
#include "runresult.h"
#include "sandboxcommand.h"
#include "sandboxprocess.h"
#include "uniquefd.h"

class QSocketNotifier;
class QTimer;

namespace Airlock {

class CgroupScope;
class PreparedRun;
class ProcessTreeSampler;
class SandboxCommand;

/**
 * Runs one approved request in a fresh sandbox (SPEC §3) and reports what
 * happened. Asynchronous: start(), then finished() once; stop() kills.
 *
 * Limits hold over the whole process tree: a cgroup where one is writable,
 * an unprivileged uid when started as root, rlimits, and a wall-clock
 * watchdog that kills the sandbox; the pid namespace takes every process
 * with it, double-forked daemons included.
 *
 * A run may be started warm: warm() starts the sandbox while the request is
 * still being reviewed, with its inputs and limits and with the analysis
 * libraries the static check found imported ahead, and stops at the
 * launcher's "ready". The request's code is not in the sandbox then: it is
 * sent (CodeHandover) only once start() has re-checked the inputs and the
 * before-start hook has recorded the run. cool() ends a warm sandbox that
 * will not run. The wall-clock timeout counts from the code's arrival.
 *
 * CPU time and peak memory come from the run's cgroup where there is one;
 * otherwise from the sandbox's processes as the host reaps (SandboxProcess's
 * keeper) and samples (ProcessTreeSampler) them. Neither is in reach of the
 * code inside.
 */
class SandboxRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString bwrapPath; ///< empty: the system's
        QString pythonPath; ///< empty: the system's
        int maxEvents = 2000;
    };

    explicit SandboxRunner(QObject *parent = nullptr);
    ~SandboxRunner() override;

    void setOptions(const Options &options);

    /// Called with a description of the sandbox right before bwrap starts;
    /// returning false (with a message) refuses the run. The audit trail's
    /// run-started record is written here, so nothing runs unrecorded.
    using BeforeStart = std::function<bool(const QString &runId, const QJsonObject &sandbox, QString *message)>;
    void setBeforeStart(const BeforeStart &hook);
    /// The same, answered later: call @p proceed on this object's thread
    /// with an empty string to start, or with why not. Stop while waiting
    /// ends the run without starting it.
    using Proceed = std::function<void(const QString &refusal)>;
    using BeforeStartAsync
        = std::function<void(const QString &runId, const QJsonObject &sandbox, const Proceed &proceed)>;
    void setBeforeStartAsync(const BeforeStartAsync &hook);

    /// The sandbox @p run would get, without starting anything: the bwrap
    /// options and command exactly as a run passes them (the input folder's
    /// private path and the descriptor numbers included), the environment
    /// the code sees, the uid and the cgroup kind. For the inspector.
    static QJsonObject plan(const PreparedRun &run, const Options &options, QString *error,
        const QStringList &preload = {});
    /// Of @p modules (top-level names the static check found imported),
    /// those a warm sandbox imports ahead: the common analysis libraries.
    static QStringList preloadable(const QStringList &modules);
    /// What a warm sandbox importing @p preload is expected to hold.
    static qint64 estimatedWarmBytes(const QStringList &preload);

    /// Starts @p run's sandbox before it is approved (see above); @p run
    /// must stay alive until finished() or warmEnded(). warmReady() follows
    /// once the libraries are imported; start() may come at any time.
    void warm(const PreparedRun *run, const QStringList &preload);
    /// Ends a warm sandbox that has not been started; warmEnded() follows.
    void cool();
    /// Started by warm() and not (yet) by start().
    bool isWarm() const { return !m_decided && m_phase != Phase::Idle; }
    /// cool() was called; warmEnded() has not followed yet.
    bool isCooling() const { return !m_decided && m_cooling; }
    bool isWarmReady() const { return m_phase == Phase::Warm; }
    /// What a warm sandbox holds in memory: measured once it is ready,
    /// estimated from what it imports before.
    qint64 warmMemoryBytes() const;
    /// The sandbox's pid 1 as seen from here, once it is known; -1 before.
    qint64 sandboxPid() const { return m_sandboxPid; }

    /// Runs @p run, which must stay alive until finished(). The decision is
    /// carried into the result as it is. A warm sandbox of the same run is
    /// used; otherwise a fresh one starts now.
    void start(const PreparedRun *run, const Decision &decision);
    /// The analyst's Stop: kills the whole sandbox.
    void stop();
    /// Started by start() and not finished.
    bool isRunning() const;
    QString runId() const { return m_result.runId; }

Q_SIGNALS:
    /// A warm sandbox is ready: libraries imported, the launcher waiting.
    void warmReady();
    /// A warm sandbox ended without running anything: cooled, or it died
    /// (@p why); the runner is idle again.
    void warmEnded(const QString &why);
    /// The code is on its way (for a warm sandbox: it was sent now).
    void started();
    /// A self-reported event, as it arrives.
    void eventReported(const QJsonObject &event);
    /// stdout or stderr as it arrives, up to the output limit.
    void outputReceived(QProcess::ProcessChannel channel, const QByteArray &chunk);
    void finished(const Airlock::RunResult &result);

private:
    static std::optional<SandboxCommand> buildCommand(
        const PreparedRun &run, const Options &options, const QStringList &preload, QString *error);
    void reset(const PreparedRun *run);
    QString setUp();
    void record();
    void noteLimitHits();
    void launch(const QString &refusal);
    void sendGo();
    /// Ends a sandbox that will not run the code: killed, and once it has
    /// gone the run is refused (@p reason, @p message) or, before a
    /// decision, warmEnded() says @p message.
    void abandon(RunResult::EndReason reason, const QString &message);
    void cleanUp();
    void collected(const ArtifactCollector::Result &result);
    void readEvents();
    void handleEvent(const QJsonObject &event);
    void openWorkspace();
    void readStatus();
    QList<QJsonObject> statusReports() const;
    void processFinished();
    void sampleBeforeKill();
    void account();
    void finish();
    void closeFds();
    /// An event of the host's own on the run's timeline: what it saw or did.
    /// The run's clock for the timeline; never past the run's end once it has ended.
    qint64 clockNow() const;
    QJsonObject hostEvent(const QString &kind, QJsonObject details = {}, qint64 atMs = -1);

    Options m_options;
    BeforeStartAsync m_beforeStart;
    quint64 m_attempt = 0;
    /// Where the run is, in order; one at a time.
    enum class Phase {
        Idle, ///< nothing started, or the run has ended
        Warming, ///< started ahead of a decision; not ready yet
        Warm, ///< started ahead, ready, waiting for start() or cool()
        Verifying, ///< the inputs are hashed again, on a worker
        Recording, ///< waiting for the before-start hook (the run-started record)
        Launching, ///< recorded; bwrap started, the launcher has not said ready
        Running, ///< the code was sent: it runs
        Ending, ///< over; what it left is being collected
    };
    Phase m_phase = Phase::Idle;
    /// Why the host cut the run short: Stopped, Timeout, or None.
    RunResult::EndReason m_cutShort = RunResult::EndReason::None;
    const PreparedRun *m_run = nullptr;
    std::optional<SandboxCommand> m_command;
    RunResult m_result;
    // A warm start: when, with what imported ahead; whether the launcher
    // said ready; whether it is being killed without a run (abandon()).
    bool m_prewarmed = false;
    QStringList m_preload;
    QDateTime m_warmSince;
    QElapsedTimer m_warmClock;
    bool m_readySeen = false;
    bool m_cooling = false;
    bool m_decided = false;
    QString m_coolReason;
    qint64 m_sandboxPid = -1;
    uid_t m_uid = uid_t(-1);
    SandboxProcess *m_process = nullptr;
    std::unique_ptr<CgroupScope> m_cgroup;
    std::unique_ptr<ProcessTreeSampler> m_sampler;
    // Read when the sandbox has ended, before the cgroup is removed.
    qint64 m_cgroupCpuUs = -1;
    qint64 m_cgroupPeakBytes = -1;
    qint64 m_cgroupMemorySeen = -1; ///< the largest current usage seen
    std::optional<SandboxProcess::Usage> m_reaped;
    QTimer *m_watchdog = nullptr;
    QTimer *m_limitWatch = nullptr;
    qint64 m_processHitsSeen = 0;
    qint64 m_oomKillsSeen = 0;
    bool m_processCeilingNoted = false;
    QSocketNotifier *m_eventNotifier = nullptr;
    QElapsedTimer m_clock;
    qint64 m_endMs = -1; ///< the run's end on its clock, once known
    QByteArray m_eventBuffer;
    QByteArray m_statusBuffer; ///< bwrap's --json-status-fd reports
    int m_eventsSeen = 0;
    int m_eventsMalformed = 0;
    // Host ends of the pipes to the sandbox, and the output folder.
    UniqueFd m_infoRead;
    UniqueFd m_eventsRead;
    UniqueFd m_goWrite;
    UniqueFd m_workspaceDir;
    // Sandbox ends, closed once bwrap has them.
    UniqueFd m_infoWrite;
    UniqueFd m_eventsWrite;
    UniqueFd m_goRead;
};

} // namespace Airlock
