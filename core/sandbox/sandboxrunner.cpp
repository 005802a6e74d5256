// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "sandboxrunner.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QSocketNotifier>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <tuple>
#include <fcntl.h>
#include <unistd.h>

#include "canonicaltext.h"
#include "cgroupscope.h"
#include "codehandover.h"
#include "fontcache.h"
#include "hosttools.h"
#include "preparedrun.h"
#include "processtreesampler.h"
#include "sandboxcommand.h"
#include "sandboxprocess.h"

namespace Airlock {

namespace {
const QString LauncherPath = QStringLiteral("/run/airlock/launcher.py");
constexpr int InfoIndex = 0;
constexpr int EventsIndex = 1;
constexpr int GoIndex = 2;
constexpr int PassedFds = 3; // info, events, go

QString bwrapOf(const SandboxRunner::Options &options)
{
    return options.bwrapPath.isEmpty() ? HostTools::bwrap() : options.bwrapPath;
}
constexpr qint64 MaxEventLine = 8192;

QByteArray readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("resource %s is missing", qPrintable(path));
    return f.readAll();
}
} // namespace

SandboxRunner::SandboxRunner(QObject *parent)
    : QObject(parent)
{
}

SandboxRunner::~SandboxRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
    }
    if (m_cgroup)
        m_cgroup->killAll();
    if (m_sampler)
        m_sampler->requestStop();
    // A worker may still read the inputs or the output folder's descriptor.
    const QList<QFutureWatcherBase *> workers = findChildren<QFutureWatcherBase *>();
    for (QFutureWatcherBase *worker : workers)
        worker->waitForFinished();
    closeFds();
}

void SandboxRunner::setOptions(const Options &options)
{
    m_options = options;
}

void SandboxRunner::setBeforeStart(const BeforeStart &hook)
{
    if (!hook) {
        m_beforeStart = nullptr;
        return;
    }
    m_beforeStart = [hook](const QString &runId, const QJsonObject &sandbox, const Proceed &proceed) {
        QString message;
        const bool ok = hook(runId, sandbox, &message);
        proceed(ok ? QString() : (message.isEmpty() ? tr("refused before the start") : message));
    };
}

void SandboxRunner::setBeforeStartAsync(const BeforeStartAsync &hook)
{
    m_beforeStart = hook;
}

bool SandboxRunner::isRunning() const
{
    return m_decided && m_phase != Phase::Idle;
}

qint64 SandboxRunner::clockNow() const
{
    const qint64 t = m_clock.isValid() ? m_clock.elapsed() : 0;
    return m_endMs >= 0 ? qMin(t, m_endMs) : t;
}

QJsonObject SandboxRunner::hostEvent(const QString &kind, QJsonObject details, qint64 atMs)
{
    details.insert(QStringLiteral("t_ms"), atMs >= 0 ? atMs : clockNow());
    details.insert(QStringLiteral("kind"), kind);
    details.insert(QStringLiteral("source"), QStringLiteral("host"));
    return details;
}

void SandboxRunner::closeFds()
{
    for (UniqueFd *fd : {&m_infoRead, &m_eventsRead, &m_goWrite, &m_workspaceDir, &m_infoWrite, &m_eventsWrite, &m_goRead})
        fd->reset();
}

void SandboxRunner::reset(const PreparedRun *run)
{
    m_run = run;
    m_command.reset();
    m_cutShort = RunResult::EndReason::None;
    m_eventsSeen = m_eventsMalformed = 0;
    m_processHitsSeen = m_oomKillsSeen = 0;
    m_processCeilingNoted = false;
    m_eventBuffer.clear();
    m_statusBuffer.clear();
    m_sampler.reset();
    m_cgroupCpuUs = m_cgroupPeakBytes = m_cgroupMemorySeen = -1;
    m_reaped.reset();
    m_prewarmed = m_readySeen = m_cooling = m_decided = false;
    m_preload.clear();
    m_warmSince = {};
    m_warmClock.invalidate();
    m_sandboxPid = -1;
    m_result = {};
    m_result.requestId = run->request().requestId();
    m_result.agentRequestId = run->request().agentReference();
    m_result.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_result.verdicts = run->verdicts();
    m_result.limits = run->limits();
    m_result.inputs = run->inputs();
    m_result.events = QJsonObject{{QStringLiteral("self_reported"), true}};
}

QStringList SandboxRunner::preloadable(const QStringList &modules)
{
    // Libraries whose import is most of a typical run's start-up, and which
    // read nothing of the request's when imported.
    static const QStringList Common{QStringLiteral("numpy"), QStringLiteral("pandas"), QStringLiteral("matplotlib"),
        QStringLiteral("scipy"), QStringLiteral("seaborn"), QStringLiteral("statsmodels"), QStringLiteral("sklearn")};
    QStringList out;
    for (const QString &name : Common)
        if (modules.contains(name))
            out << name;
    return out;
}

void SandboxRunner::warm(const PreparedRun *run, const QStringList &preload)
{
    Q_ASSERT(m_phase == Phase::Idle);
    reset(run);
    m_prewarmed = true;
    m_preload = preloadable(preload);
    m_warmSince = QDateTime::currentDateTimeUtc();
    m_warmClock.start();
    m_phase = Phase::Warming;
    // The command reads the font cache: on a worker, like every disk read.
    using Built = std::pair<std::optional<SandboxCommand>, QString>;
    auto *build = new QFutureWatcher<Built>(this);
    connect(build, &QFutureWatcherBase::finished, this, [this, build, attempt = ++m_attempt]() {
        build->deleteLater();
        if (m_phase != Phase::Warming || m_attempt != attempt)
            return; // cooled (or started cold) meanwhile
        const Built built = build->result();
        if (!built.first)
            return abandon(RunResult::EndReason::Refused, tr("The sandbox cannot be built: %1").arg(built.second));
        m_command = built.first;
        if (const QString error = setUp(); !error.isEmpty())
            return abandon(RunResult::EndReason::Refused, error);
        launch({});
    });
    build->setFuture(QtConcurrent::run([run, options = m_options, preload = m_preload]() {
        QString error;
        std::optional<SandboxCommand> command = buildCommand(*run, options, preload, &error);
        return Built(std::move(command), error);
    }));
}

qint64 SandboxRunner::warmMemoryBytes() const
{
    if (!isWarm())
        return 0;
    if (m_phase == Phase::Warm) {
        if (m_cgroup && m_cgroup->currentMemoryBytes() > 0)
            return m_cgroup->currentMemoryBytes();
        // Without a cgroup: the launcher is the sandbox's only process.
        QFile statm(QStringLiteral("/proc/%1/statm").arg(m_sandboxPid));
        if (m_sandboxPid > 0 && statm.open(QIODevice::ReadOnly)) {
            const qint64 pages = statm.readAll().split(' ').value(1).toLongLong();
            if (pages > 0)
                return pages * ::sysconf(_SC_PAGESIZE);
        }
    }
    return estimatedWarmBytes(m_preload);
}

qint64 SandboxRunner::estimatedWarmBytes(const QStringList &preload)
{
    // Python alone, and about what each common library adds when imported.
    constexpr qint64 MiB = 1024 * 1024;
    return 16 * MiB + 48 * MiB * preload.size();
}

void SandboxRunner::cool()
{
    if (m_phase == Phase::Warming || m_phase == Phase::Warm)
        abandon(RunResult::EndReason::Refused, tr("The prepared sandbox was ended before a decision."));
}

void SandboxRunner::start(const PreparedRun *run, const Decision &decision)
{
    const bool warm = (m_phase == Phase::Warming || m_phase == Phase::Warm) && m_run == run;
    if (!warm) {
        Q_ASSERT(m_phase == Phase::Idle);
        reset(run);
    }
    m_decided = true;
    m_result.decision = decision;
    // A warm sandbox not yet built is started like a cold one.
    const bool launched = warm && m_process;
    if (!launched) {
        ++m_attempt; // a warm build still under way is not used
        m_prewarmed = false;
        m_preload.clear();
    }
    m_phase = Phase::Verifying;

    // What runs reads exactly what was reviewed. Hashing every input again
    // takes a while for large files: on a worker, never on the caller's
    // thread. A cold run's command (which reads the font cache) is built there too.
    using Checked = std::tuple<QString, std::optional<SandboxCommand>, QString>;
    auto *check = new QFutureWatcher<Checked>(this);
    connect(check, &QFutureWatcherBase::finished, this, [this, check, launched]() {
        check->deleteLater();
        if (m_phase != Phase::Verifying)
            return; // the warm sandbox ended meanwhile, and the run with it
        const auto &[changed, command, error] = check->result();
        if (m_cutShort == RunResult::EndReason::Stopped)
            return abandon(RunResult::EndReason::Stopped, tr("The run was stopped before its sandbox started."));
        if (!changed.isEmpty())
            return abandon(RunResult::EndReason::Refused, changed);
        if (!launched) {
            if (!command)
                return abandon(RunResult::EndReason::Refused, tr("The sandbox cannot be built: %1").arg(error));
            m_command = command;
            if (const QString problem = setUp(); !problem.isEmpty())
                return abandon(RunResult::EndReason::Refused, problem);
        }
        record();
    });
    check->setFuture(QtConcurrent::run([run, options = m_options, launched]() {
        const QString changed = InputStager::verifyUnchanged(run->inputs());
        QString error;
        std::optional<SandboxCommand> command;
        if (!launched && changed.isEmpty())
            command = buildCommand(*run, options, {}, &error);
        return Checked(changed, std::move(command), error);
    }));
}

std::optional<SandboxCommand> SandboxRunner::buildCommand(
    const PreparedRun &run, const Options &options, const QStringList &preload, QString *error)
{
    const QString bwrap = bwrapOf(options);
    const QString python = options.pythonPath.isEmpty() ? HostTools::python() : options.pythonPath;
    std::optional<SandboxCommand> command = SandboxCommand::hardenedPython(bwrap, python, error);
    if (!command)
        return std::nullopt;
    // The staged inputs read-only at /workspace/<name>; everything else
    // there writable, and collected.
    command->addWorkspace(run.workspaceLayers(), run.declaredNames(), run.limits().maxArtifactBytes);
    // The font cache built for this runtime, read-only: never rebuilt by a run.
    for (const auto &[name, content] : FontCache::files(python))
        command->addDataFile(FontCache::sandboxFolder() + QLatin1Char('/') + name, content);
    command->addDataFile(LauncherPath, readResource(QStringLiteral(":/airlock/sandbox/launcher.py")));
    // No code: it arrives on the go socket once the run is recorded.
    command->setStatusFd(SandboxProcess::passedFdNumber(InfoIndex));
    // The code's own process is pid 1: bwrap keeps no process inside whose
    // descriptors or memory the code could reach to report another end.
    command->setCommandIsPidOne(true);
    QStringList arguments{python, QStringLiteral("-I"), QStringLiteral("-B"), LauncherPath,
        QString::number(SandboxProcess::passedFdNumber(EventsIndex)),
        QString::number(SandboxProcess::passedFdNumber(GoIndex)), QString::number(options.maxEvents)};
    if (!preload.isEmpty())
        arguments << preload.join(QLatin1Char(','));
    command->setCommand(arguments);
    return command;
}

QJsonObject SandboxRunner::plan(const PreparedRun &run, const Options &options, QString *error, const QStringList &preload)
{
    const std::optional<SandboxCommand> command = buildCommand(run, options, preloadable(preload), error);
    if (!command)
        return {};
    QJsonArray environment;
    for (const auto &[name, value] : command->visibleEnvironment())
        environment.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    const LimitEnforcement &e = run.enforcement();
    return {{QStringLiteral("bwrap"), bwrapOf(options)},
        // The same numbering as a run: three descriptors passed, then the payloads.
        {QStringLiteral("options"),
            QJsonArray::fromStringList(command->options(SandboxProcess::passedFdNumber(PassedFds)))},
        {QStringLiteral("command"), QJsonArray::fromStringList(command->command())},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("uid"), e.sandboxUid == uid_t(-1) ? QJsonValue() : QJsonValue(qint64(e.sandboxUid))},
        {QStringLiteral("cgroup"), e.cgroupKindId()}};
}

QString SandboxRunner::setUp()
{
    const PreparedRun *run = m_run;
    QString error;
    const RunLimits &limits = run->limits();
    const LimitEnforcement &enforcement = run->enforcement();
    QStringList enforced;
    if (enforcement.cgroup != LimitEnforcement::CgroupKind::None) {
        m_cgroup = CgroupScope::create(enforcement, QStringLiteral("run-") + m_result.runId, limits.memoryBytes,
            limits.processCeiling(), &error);
        if (!m_cgroup)
            return tr("The run's cgroup could not be set up: %1").arg(error);
        enforced << tr("cgroup %1 (%2)").arg(enforcement.cgroupKindId(), m_cgroup->description());
    }

    int pipes[2][2];
    for (auto &p : pipes) {
        if (::pipe2(p, O_CLOEXEC) != 0)
            return tr("cannot create a pipe: %1").arg(QString::fromLocal8Bit(strerror(errno)));
    }
    m_infoRead.reset(pipes[0][0]);
    m_infoWrite.reset(pipes[0][1]);
    m_eventsRead.reset(pipes[1][0]);
    m_eventsWrite.reset(pipes[1][1]);
    if (!CodeHandover::socketPair(&m_goWrite, &m_goRead, &error))
        return error;
    ::fcntl(m_infoRead.get(), F_SETFL, O_NONBLOCK);
    ::fcntl(m_eventsRead.get(), F_SETFL, O_NONBLOCK);

    SandboxProcess::ChildSetup setup;
    const QList<int> cgroupFds = m_cgroup ? m_cgroup->procsFds() : QList<int>();
    for (qsizetype i = 0; i < cgroupFds.size() && i < qsizetype(setup.joinCgroupFds.size()); ++i)
        setup.joinCgroupFds[size_t(i)] = cgroupFds.at(i);
    setup.uid = enforcement.sandboxUid;
    setup.gid = enforcement.sandboxGid;
    if (setup.uid != uid_t(-1))
        enforced << tr("uid %1").arg(setup.uid);
    const qint64 timeoutS = (limits.timeoutMs + 999) / 1000;
    // RLIMIT_NPROC counts every process of the uid: a sandbox of its own uid
    // starts from none, one that shares the user's on top of theirs and of
    // the keeper's (SandboxProcess).
    const int processCap = limits.processCeiling()
        + (setup.uid == uid_t(-1) ? LimitEnforcement::processesOf(::getuid()) + 1 : 0);
    setup.rlimits = {{
        {RLIMIT_NOFILE, rlim_t(limits.maxOpenFiles)},
        {RLIMIT_NPROC, rlim_t(processCap)},
        {RLIMIT_FSIZE, rlim_t(limits.maxArtifactBytes)},
        {RLIMIT_CORE, 0},
        // CPU seconds: a second line behind the wall-clock watchdog.
        {RLIMIT_CPU, rlim_t(timeoutS + 1)},
        // Per process only; the cgroup caps the total where there is one.
        {RLIMIT_AS, rlim_t(limits.addressSpacePerProcess())},
    }};
    enforced << tr("rlimits (files %1, processes %2, file size %3, address space %4)")
                    .arg(limits.maxOpenFiles)
                    .arg(processCap)
                    .arg(limits.maxArtifactBytes)
                    .arg(limits.addressSpacePerProcess());
    if (!m_cgroup) {
        // Nothing caps the tree as a whole: say what bounds it instead.
        enforced << LimitEnforcement::memoryBound(limits, false);
    }
    enforced << tr("watchdog %1 ms").arg(limits.timeoutMs);
    m_result.enforcement = enforced.join(QLatin1String("; "));
    m_uid = setup.uid;

    m_process = new SandboxProcess(this);
    m_process->setOutputLimit(limits.maxOutputBytes);
    m_process->setPassedFds({m_infoWrite.get(), m_eventsWrite.get(), m_goRead.get()});
    m_process->setChildSetup(setup);
    m_process->setAccounting(true);

    m_eventNotifier = new QSocketNotifier(m_eventsRead.get(), QSocketNotifier::Read, this);
    connect(m_eventNotifier, &QSocketNotifier::activated, this, &SandboxRunner::readEvents);

    m_watchdog = new QTimer(this);
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, [this]() {
        if (m_prewarmed && !m_readySeen) {
            // Importing the libraries ahead never takes this long; and
            // none of the code was sent, so it is no timeout of the run's.
            return abandon(RunResult::EndReason::SandboxError, tr("The prepared sandbox did not become ready in time."));
        }
        m_cutShort = RunResult::EndReason::Timeout;
        m_result.timeline.append(hostEvent(QStringLiteral("limit"), {{QStringLiteral("limit"), QStringLiteral("timeout")}}));
        sampleBeforeKill();
        m_process->kill();
        if (m_cgroup)
            m_cgroup->killAll();
    });

    connect(m_process, &SandboxProcess::started, this, [this]() {
        // bwrap holds its ends now; ours must go, or end-of-file never comes.
        m_infoWrite.reset();
        m_eventsWrite.reset();
        m_goRead.reset();
        if (!m_prewarmed) {
            m_result.timeline.append(hostEvent(QStringLiteral("start")));
            Q_EMIT started();
        }
    });
    connect(m_process, &SandboxProcess::failed, this, [this](const QString &message) {
        abandon(RunResult::EndReason::SandboxError, message);
    });
    connect(m_process, &SandboxProcess::finished, this, &SandboxRunner::processFinished);
    connect(m_process, &SandboxProcess::outputReceived, this, &SandboxRunner::outputReceived);
    return {};
}

void SandboxRunner::record()
{
    if (!m_beforeStart)
        return launch({});
    QJsonObject sandbox{{QStringLiteral("bwrap"), bwrapOf(m_options)},
        {QStringLiteral("options"), QJsonArray::fromStringList(m_command->options(m_process->firstPayloadFd()))},
        {QStringLiteral("command"), QJsonArray::fromStringList(m_command->command())},
        {QStringLiteral("enforcement"), m_result.enforcement},
        {QStringLiteral("uid"), m_uid == uid_t(-1) ? QJsonValue() : QJsonValue(qint64(m_uid))},
        {QStringLiteral("boot_id"), HostTools::bootId()}, {QStringLiteral("host"), QSysInfo::machineHostName()}};
    if (m_prewarmed) {
        // Started during the review: since when, and what it imported
        // ahead. None of the request's code was in it before this record.
        sandbox.insert(QStringLiteral("warm"),
            QJsonObject{{QStringLiteral("since"), m_warmSince.toString(Qt::ISODateWithMs)},
                {QStringLiteral("ms"), m_warmClock.elapsed()},
                {QStringLiteral("preloaded"), QJsonArray::fromStringList(m_preload)}});
    }
    // The hook may answer later (the workbench records off the GUI thread);
    // an answer for an earlier run, or after this runner is gone, is dropped.
    const quint64 attempt = ++m_attempt;
    m_phase = Phase::Recording;
    QPointer<SandboxRunner> self(this);
    m_beforeStart(m_result.runId, sandbox, [self, attempt](const QString &refusal) {
        if (!self || self->m_attempt != attempt || self->m_phase != Phase::Recording)
            return;
        self->launch(refusal);
    });
}

void SandboxRunner::launch(const QString &refusal)
{
    if (m_cutShort == RunResult::EndReason::Stopped)
        return abandon(RunResult::EndReason::Stopped, tr("The run was stopped before its sandbox started."));
    if (!refusal.isEmpty())
        return abandon(RunResult::EndReason::Refused, tr("The run was not started: %1").arg(refusal));
    if (m_process->isRunning()) {
        // Warm: recorded now, so the code may go, once the launcher is ready.
        m_phase = Phase::Launching;
        if (m_readySeen)
            sendGo();
        return;
    }
    const qint64 timeoutMs = m_run->limits().timeoutMs;
    if (m_phase == Phase::Warming) {
        // Not the run's time yet; only a bound on the import ahead.
        m_watchdog->start(int(qMin<qint64>(qMax<qint64>(timeoutMs, 60000), std::numeric_limits<int>::max())));
    } else {
        m_phase = Phase::Launching;
        m_clock.start();
        m_endMs = -1;
        m_watchdog->start(int(qMin<qint64>(timeoutMs, std::numeric_limits<int>::max())));
    }
    delete m_limitWatch;
    m_limitWatch = nullptr;
    if (m_cgroup) {
        // Limit hits as they happen, so the timeline shows the moment.
        m_limitWatch = new QTimer(this);
        m_limitWatch->setInterval(100);
        connect(m_limitWatch, &QTimer::timeout, this, &SandboxRunner::noteLimitHits);
        m_limitWatch->start();
    }
    m_process->start(*m_command);
    // Without a cgroup that counts its CPU time, the sandbox's processes are
    // watched from here as well: the keeper alone misses those whose parent
    // lets them be reaped unaccounted.
    if (m_process->isRunning() && (!m_cgroup || m_cgroup->cpuUsageUs() < 0)) {
        m_sampler = std::make_unique<ProcessTreeSampler>(m_process->processId());
        m_sampler->start();
    }
}

void SandboxRunner::noteLimitHits()
{
    if (!m_cgroup)
        return;
    m_cgroupMemorySeen = std::max(m_cgroupMemorySeen, m_cgroup->currentMemoryBytes());
    if (!m_decided)
        return; // started ahead: no run's timeline yet
    auto note = [this](const char *limit, qint64 count, qint64 &seen) {
        if (count <= seen)
            return;
        seen = count;
        const QJsonObject event = hostEvent(
            QStringLiteral("limit"), {{QStringLiteral("limit"), QLatin1String(limit)}, {QStringLiteral("count"), count}});
        m_result.timeline.append(event);
        Q_EMIT eventReported(event);
    };
    note("processes", m_cgroup->processLimitHits(), m_processHitsSeen);
    note("memory", m_cgroup->oomKills(), m_oomKillsSeen);
    // The per-uid rlimit usually refuses forks just before the cgroup's cap
    // would: the host sees that as the sandbox's processes at the ceiling.
    if (!m_processCeilingNoted && m_run) {
        const qint64 count = m_cgroup->processCount();
        const qint64 ceiling = m_run->limits().processCeiling();
        if (count >= ceiling - 1) {
            m_processCeilingNoted = true;
            const QJsonObject event = hostEvent(QStringLiteral("limit"),
                {{QStringLiteral("limit"), QStringLiteral("processes")}, {QStringLiteral("count"), count},
                    {QStringLiteral("of"), ceiling}});
            m_result.timeline.append(event);
            Q_EMIT eventReported(event);
        }
    }
}

void SandboxRunner::stop()
{
    switch (m_phase) {
    case Phase::Idle:
    case Phase::Ending:
    case Phase::Warming:
    case Phase::Warm:
        return; // no run: a warm sandbox ends with cool()
    case Phase::Verifying:
        m_cutShort = RunResult::EndReason::Stopped; // the check's end sees it
        return;
    case Phase::Recording:
        // Nothing has run: end here, and ignore the hook's late answer.
        m_cutShort = RunResult::EndReason::Stopped;
        return abandon(RunResult::EndReason::Stopped, tr("The run was stopped before its sandbox started."));
    case Phase::Launching:
    case Phase::Running:
        break;
    }
    m_cutShort = RunResult::EndReason::Stopped;
    m_result.timeline.append(hostEvent(QStringLiteral("stop")));
    sampleBeforeKill();
    m_process->kill();
    if (m_cgroup)
        m_cgroup->killAll();
}

void SandboxRunner::sampleBeforeKill()
{
    // The sandbox's pid 1, killed, lets the kernel reap what is still running
    // without accounting it: one last look at the processes first.
    if (m_sampler)
        m_sampler->sample();
}

void SandboxRunner::abandon(RunResult::EndReason reason, const QString &message)
{
    if (m_decided) {
        m_result.status = RunResult::Status::Failed;
        m_result.endReason = reason;
        m_result.message = message;
    } else {
        m_coolReason = message;
    }
    m_phase = Phase::Ending;
    // From now on it is on its way out (isCooling()), whichever way it ends.
    m_cooling = true;
    if (m_process && m_process->isRunning()) {
        // Its end (processFinished) finishes the run or the warm sandbox.
        m_process->kill();
        if (m_cgroup)
            m_cgroup->killAll();
        return;
    }
    // Asynchronous like every other outcome.
    QTimer::singleShot(0, this, [this]() {
        if (m_decided)
            return finish();
        cleanUp();
        m_phase = Phase::Idle;
        m_cooling = false;
        Q_EMIT warmEnded(m_coolReason);
    });
}

void SandboxRunner::readEvents()
{
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(m_eventsRead.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0 && m_eventNotifier)
                m_eventNotifier->setEnabled(false);
            break;
        }
        if (m_eventsSeen >= m_options.maxEvents + 10) {
            continue; // drain and drop: the count is capped
        }
        m_eventBuffer.append(buffer, n);
        qsizetype newline;
        while ((newline = m_eventBuffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_eventBuffer.left(newline);
            m_eventBuffer.remove(0, newline + 1);
            ++m_eventsSeen;
            // Self-reported: text the trail cannot store as UTF-8 is shown replaced.
            const QJsonObject event = CanonicalText::withoutLoneSurrogates(QJsonDocument::fromJson(line).object());
            if (event.isEmpty()) {
                ++m_eventsMalformed;
                continue;
            }
            handleEvent(event);
        }
        if (m_eventBuffer.size() > MaxEventLine) {
            ++m_eventsMalformed;
            m_eventBuffer.clear();
        }
    }
}

void SandboxRunner::handleEvent(const QJsonObject &event)
{
    const QString kind = event.value(QStringLiteral("kind")).toString();
    // Before the code is sent only the launcher writes here: its first
    // "ready" is genuine. Any later one is the code's, shown as such.
    if (kind == QLatin1String("ready") && !m_readySeen && m_phase != Phase::Running && m_phase != Phase::Ending) {
        m_readySeen = true;
        openWorkspace();
        if (m_phase == Phase::Warming) {
            m_phase = Phase::Warm;
            m_watchdog->stop();
            Q_EMIT warmReady();
        } else if (m_phase == Phase::Launching) {
            sendGo();
        }
        return;
    }
    QJsonObject shown = event;
    shown.insert(QStringLiteral("source"), QStringLiteral("sandbox"));
    // One clock for the timeline: the host's, as the event arrived (the
    // pipe delivers at once). The code's own count, from the go, is kept
    // beside it: only as trustworthy as the code.
    if (shown.contains(QStringLiteral("t_ms")))
        shown.insert(QStringLiteral("reported_t_ms"), shown.value(QStringLiteral("t_ms")));
    shown.insert(QStringLiteral("t_ms"), clockNow());
    m_result.timeline.append(shown);
    auto append = [&](const char *key, const QJsonValue &value) {
        QJsonArray list = m_result.events.value(QLatin1String(key)).toArray();
        if (!list.contains(value))
            list.append(value);
        m_result.events.insert(QLatin1String(key), list);
    };
    if (kind == QLatin1String("open")) {
        append("files_opened", event.value(QStringLiteral("path")).toString());
    } else if (kind == QLatin1String("connect") || kind == QLatin1String("dns")) {
        // There is no network inside: every attempt is blocked.
        append("network_attempts",
            QJsonObject{{QStringLiteral("address"), event.value(QStringLiteral("address"))},
                {QStringLiteral("port"), event.value(QStringLiteral("port"))}, {QStringLiteral("kind"), kind},
                {QStringLiteral("blocked"), true}});
    } else if (kind == QLatin1String("socket")) {
        append("network_attempts",
            QJsonObject{{QStringLiteral("family"), event.value(QStringLiteral("family"))},
                {QStringLiteral("kind"), kind}, {QStringLiteral("blocked"), true}});
    } else if (kind == QLatin1String("subprocess")) {
        append("subprocesses",
            QJsonObject{{QStringLiteral("executable"), event.value(QStringLiteral("executable"))},
                {QStringLiteral("args"), event.value(QStringLiteral("args"))}});
    } else if (kind == QLatin1String("import")) {
        append("imports", event.value(QStringLiteral("module")));
    } else if (kind == QLatin1String("dlopen")) {
        append("libraries", event.value(QStringLiteral("library")));
    } else if (kind == QLatin1String("dropped")) {
        // The launcher's last word: how many it did not send past the cap.
        m_result.events.insert(QStringLiteral("dropped"), qMax(0, event.value(QStringLiteral("count")).toInt()));
    }
    Q_EMIT eventReported(shown);
}

void SandboxRunner::readStatus()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_infoRead.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || m_statusBuffer.size() > MaxEventLine)
            break;
        m_statusBuffer.append(buffer, n);
    }
}

QList<QJsonObject> SandboxRunner::statusReports() const
{
    QList<QJsonObject> reports;
    for (const QByteArray &line : m_statusBuffer.split('\n'))
        if (!line.trimmed().isEmpty())
            reports << QJsonDocument::fromJson(line).object();
    return reports;
}

void SandboxRunner::openWorkspace()
{
    // bwrap's first report: the sandbox's pid 1, seen from here.
    readStatus();
    const int pid = statusReports().value(0).value(QStringLiteral("child-pid")).toInt();
    if (pid > 0) {
        m_sandboxPid = pid;
        // The sandbox's mounts are complete and none of the request's code
        // is in it yet. Holding this descriptor keeps the working folder's
        // tmpfs readable after the sandbox is gone.
        const QByteArray path = "/proc/" + QByteArray::number(pid) + "/root/workspace";
        m_workspaceDir.reset(::open(path.constData(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    }
}

void SandboxRunner::sendGo()
{
    m_phase = Phase::Running;
    if (m_prewarmed) {
        // The run's time starts now: the warm-up was not the code's.
        m_clock.start();
        m_endMs = -1;
        m_watchdog->start(int(qMin<qint64>(m_run->limits().timeoutMs, std::numeric_limits<int>::max())));
        m_result.timeline.append(hostEvent(QStringLiteral("start"),
            {{QStringLiteral("warm_since"), m_warmSince.toString(Qt::ISODateWithMs)},
                {QStringLiteral("warm_ms"), m_warmClock.elapsed()},
                {QStringLiteral("preloaded"), QJsonArray::fromStringList(m_preload)}}));
        Q_EMIT started();
    }
    m_result.timeline.append(hostEvent(QStringLiteral("ready")));
    QString error;
    if (!CodeHandover::send(m_goWrite.get(), m_run->request().codeBytes(), &error)) {
        // The sandbox is gone already; its end is reported when it exits.
        m_result.timeline.append(hostEvent(QStringLiteral("go-failed"), {{QStringLiteral("message"), error}}));
    }
    m_goWrite.reset();
}

void SandboxRunner::processFinished()
{
    if (m_phase == Phase::Idle)
        return;
    if (!m_decided) {
        // A warm sandbox, cooled or dead before any decision: no run.
        const QString why = m_cooling ? m_coolReason
                                      : tr("The prepared sandbox ended before a decision: %1")
                                            .arg(QString::fromUtf8(m_process->standardError()).trimmed().right(500));
        cleanUp();
        m_cooling = false;
        m_phase = Phase::Idle;
        Q_EMIT warmEnded(why);
        return;
    }
    if (m_cooling) {
        // Refused or stopped before the code was sent: the result says so.
        m_phase = Phase::Ending;
        return finish();
    }
    if (!m_clock.isValid())
        m_clock.start(); // a warm sandbox that ended before go
    m_watchdog->stop();
    m_result.durationMs = m_clock.elapsed();
    // What is read or noticed from here on happened before the end.
    m_endMs = m_result.durationMs;
    if (m_cgroup)
        m_cgroup->killAll();
    if (m_sampler)
        m_sampler->requestStop();
    // The launcher's last events, its "ready" among them for a short run.
    readEvents();
    const bool launcherReady = m_phase == Phase::Running;
    m_phase = Phase::Ending;
    // The keeper has reaped the whole sandbox by now.
    m_reaped = m_process->usage();

    const int code = m_process->exitCode();
    const bool crashed = m_process->exitStatus() != QProcess::NormalExit;
    m_result.stdoutData = m_process->standardOutput();
    m_result.stderrData = m_process->standardError();
    m_result.stdoutTruncated = m_process->standardOutputTruncated();
    m_result.stderrTruncated = m_process->standardErrorTruncated();
    m_result.stdoutBytes = m_process->standardOutputBytes();
    m_result.stderrBytes = m_process->standardErrorBytes();

    const qint64 oomKills = m_cgroup ? m_cgroup->oomKills() : 0;
    if (m_limitWatch)
        m_limitWatch->stop();
    if (m_cgroup) {
        m_cgroupCpuUs = m_cgroup->cpuUsageUs();
        m_cgroupPeakBytes = m_cgroup->peakMemoryBytes();
        noteLimitHits(); // any since the last look
    }

    // bwrap reports the command's end once it has waited for it; its own
    // exit must say the same, or neither is believed.
    readStatus();
    std::optional<int> reported;
    for (const QJsonObject &report : statusReports())
        if (report.value(QStringLiteral("exit-code")).isDouble())
            reported = report.value(QStringLiteral("exit-code")).toInt();
    const bool endConfirmed = crashed || (reported && *reported == code);

    // bwrap exits with the code of the command, or 128 + the signal.
    if (!crashed) {
        m_result.exitCode = code;
        if (code > 128 && code < 128 + 65)
            m_result.signal = code - 128;
    } else {
        m_result.signal = SIGKILL;
    }

    if (m_cutShort == RunResult::EndReason::Timeout) {
        m_result.status = RunResult::Status::TimedOut;
        m_result.endReason = RunResult::EndReason::Timeout;
    } else if (m_cutShort == RunResult::EndReason::Stopped) {
        m_result.status = RunResult::Status::Killed;
        m_result.endReason = RunResult::EndReason::Stopped;
    } else if (oomKills > 0) {
        m_result.status = RunResult::Status::Killed;
        m_result.endReason = RunResult::EndReason::Memory;
    } else if (!launcherReady) {
        // The launcher never said ready: bwrap or Python could not start.
        m_result.status = RunResult::Status::Failed;
        m_result.endReason = RunResult::EndReason::SandboxError;
        m_result.message
            = tr("The sandbox did not start: %1").arg(QString::fromUtf8(m_result.stderrData).trimmed().right(500));
    } else if (!endConfirmed) {
        m_result.status = RunResult::Status::Failed;
        m_result.endReason = RunResult::EndReason::SandboxError;
        m_result.message = reported
            ? tr("The run's end cannot be trusted: bubblewrap exited with %1 but reported the code's exit as %2.")
                  .arg(code)
                  .arg(*reported)
            : tr("The run's end cannot be trusted: bubblewrap exited with %1 without reporting how the code ended.")
                  .arg(code);
    } else if (crashed || m_result.signal) {
        m_result.status = RunResult::Status::Killed;
        m_result.endReason = RunResult::EndReason::Killed;
    } else {
        m_result.status = code == 0 ? RunResult::Status::Succeeded : RunResult::Status::Failed;
        m_result.endReason = RunResult::EndReason::Exit;
    }
    m_result.timeline.append(hostEvent(QStringLiteral("end"),
        {{QStringLiteral("reason"), RunResult::endReasonId(m_result.endReason)}}, m_result.durationMs));

    // Reading what the run wrote (up to its artifact limit) happens on a
    // worker; the descriptor stays open until then. The sampler's last pass
    // is waited for there too.
    auto *collecting = new QFutureWatcher<ArtifactCollector::Result>(this);
    connect(collecting, &QFutureWatcherBase::finished, this, [this, collecting]() {
        collecting->deleteLater();
        collected(collecting->result());
    });
    collecting->setFuture(QtConcurrent::run([sampler = m_sampler.get(), workspace = m_workspaceDir.get(),
                                                inputs = m_run->declaredNames(),
                                                maxFiles = m_run->limits().maxArtifactFiles,
                                                maxBytes = m_run->limits().maxArtifactBytes]() {
        if (sampler)
            sampler->wait();
        return workspace < 0 ? ArtifactCollector::Result()
                             : ArtifactCollector::collectWorkspace(workspace, inputs, maxFiles, maxBytes);
    }));
}

void SandboxRunner::account()
{
    const ProcessTreeSampler::Totals sampled = m_sampler ? m_sampler->totals() : ProcessTreeSampler::Totals();
    const qint64 reapedCpuMs = m_reaped ? m_reaped->cpuUs / 1000 : -1;
    const qint64 reapedPeak = m_reaped ? m_reaped->peakProcessBytes : -1;
    const bool hostSaw = m_reaped || m_sampler;
    if (m_cgroupCpuUs >= 0) {
        m_result.cpuMs = m_cgroupCpuUs / 1000;
        m_result.cpuSource = QStringLiteral("cgroup");
    } else if (hostSaw) {
        // Both are lower bounds: the keeper misses processes reaped
        // unaccounted, sampling the time since a process's last sample.
        m_result.cpuMs = std::max(reapedCpuMs, sampled.cpuMs);
        m_result.cpuSource = QStringLiteral("process-tree");
    }
    if (m_cgroupPeakBytes >= 0) {
        m_result.peakMemoryBytes = m_cgroupPeakBytes;
        m_result.memorySource = QStringLiteral("cgroup");
    } else if (m_cgroup && m_cgroupMemorySeen >= 0) {
        m_result.peakMemoryBytes = std::max(m_cgroupMemorySeen, reapedPeak);
        m_result.memorySource = QStringLiteral("cgroup-sampled");
    } else if (hostSaw) {
        // The whole tree at its largest sample; a single process's peak
        // covers a spike between samples, or one that ended right after it.
        m_result.peakMemoryBytes = std::max({sampled.peakBytes, sampled.peakProcessBytes, reapedPeak});
        m_result.memorySource = QStringLiteral("process-tree");
    }
}

void SandboxRunner::collected(const ArtifactCollector::Result &collected)
{
    m_result.artifacts = collected.artifacts;
    m_result.rejectedArtifacts = collected.rejected;
    m_result.artifactsNotCollected = collected.notCollected;
    m_result.bytesWritten += collected.totalBytes;
    m_result.bytesWritten += m_result.stdoutBytes + m_result.stderrBytes;
    if (m_eventsMalformed > 0)
        m_result.events.insert(QStringLiteral("malformed"), m_eventsMalformed);
    if (m_eventsSeen > m_options.maxEvents)
        m_result.events.insert(QStringLiteral("capped"), true);
    account();
    finish();
}

void SandboxRunner::cleanUp()
{
    if (m_limitWatch)
        m_limitWatch->stop();
    if (m_sampler)
        m_sampler->requestStop();
    if (m_eventNotifier) {
        m_eventNotifier->setEnabled(false);
        m_eventNotifier->deleteLater();
        m_eventNotifier = nullptr;
    }
    closeFds();
    m_cgroup.reset();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    if (m_watchdog) {
        m_watchdog->stop();
        m_watchdog->deleteLater();
        m_watchdog = nullptr;
    }
}

void SandboxRunner::finish()
{
    if (m_phase == Phase::Idle)
        return;
    m_phase = Phase::Idle;
    m_cooling = false;
    cleanUp();
    Q_EMIT finished(m_result);
}

} // namespace Airlock
