// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "sandboxprocess.h"

#include "codehandover.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <grp.h>
#include <linux/close_range.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Airlock {

namespace {

constexpr int ArgsFd = 3;
constexpr int MaxPassedFds = 32;

// Sealed, so bwrap reads exactly what was built here.
int sealedMemfd(const char *name, const QByteArray &data)
{
    return CodeHandover::sealedFile(name, data).release();
}

QByteArray nulSeparated(const QStringList &list)
{
    QByteArray out;
    for (const QString &s : list) {
        out += s.toUtf8();
        out += '\0';
    }
    return out;
}

// What the keeper writes on its report pipe, once, right before it exits.
struct KeeperReport
{
    quint64 magic;
    qint64 cpuUs;
    qint64 peakProcessKb;
};
constexpr quint64 KeeperMagic = 0x316b636f6c726961; // "airlock1"

// The keeper's state for its SIGTERM handler. The keeper is a forked copy of
// this process that never returns into Qt, so these are its own.
volatile sig_atomic_t keeperBwrapPidfd = -1;
volatile sig_atomic_t keeperBwrapPid = 0;

void keeperKillBwrap(int)
{
    const int saved = errno;
    if (keeperBwrapPidfd >= 0)
        syscall(SYS_pidfd_send_signal, int(keeperBwrapPidfd), SIGKILL, nullptr, 0);
    else if (keeperBwrapPid > 0)
        ::kill(pid_t(keeperBwrapPid), SIGKILL);
    errno = saved;
}

void closeRange(unsigned first, unsigned last)
{
    if (first > last || syscall(SYS_close_range, first, last, 0) == 0)
        return;
    struct rlimit files
    {
    };
    const unsigned max
        = getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < 65536 ? unsigned(files.rlim_cur) : 65536;
    for (unsigned fd = first; fd <= last && fd < max; ++fd)
        ::close(int(fd));
}

qint64 microseconds(const struct timeval &t)
{
    return qint64(t.tv_sec) * 1000000 + t.tv_usec;
}

// Once bwrap is gone, what is left below the keeper is the sandbox's pid 1,
// handed over to it: it ends with bwrap, as --die-with-parent has it.
void killChildren()
{
    char buffer[512];
    const int fd = ::open("/proc/thread-self/children", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    ::close(fd);
    long pid = 0;
    for (ssize_t i = 0; i <= n; ++i) {
        if (i < n && buffer[i] >= '0' && buffer[i] <= '9') {
            pid = pid * 10 + (buffer[i] - '0');
            continue;
        }
        if (pid > 0)
            ::kill(pid_t(pid), SIGKILL);
        pid = 0;
    }
}

// The keeper, in the forked child instead of an exec: async-signal-safe calls
// only. It is outside the sandbox's pid namespace, so no code inside can see,
// signal or outlive it; it reaps bwrap, then (as the subreaper bwrap's pid 1
// falls to once bwrap has left) the sandbox's pid 1, which has reaped every
// process of the sandbox. Their rusage is therefore the whole sandbox's.
[[noreturn]] void keepSandbox(pid_t bwrap, int reportFd, pid_t parent)
{
    sigset_t signals;
    sigfillset(&signals);
    sigprocmask(SIG_SETMASK, &signals, nullptr);
    // Copies of this process's descriptors (QProcess's start pipe among
    // them) must not stay open for as long as the run.
    if (reportFd > 0)
        closeRange(0, unsigned(reportFd - 1));
    closeRange(unsigned(reportFd + 1), ~0U);
    // Go when the application goes; bwrap follows (--die-with-parent).
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) {
        ::kill(bwrap, SIGKILL); // it may not have asked to die with us yet
        _exit(127);
    }
    keeperBwrapPid = bwrap;
    keeperBwrapPidfd = int(syscall(SYS_pidfd_open, bwrap, 0));
    // Default handlers: with SIGCHLD ignored, children would be reaped
    // without their rusage.
    struct sigaction action
    {
    };
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (int sig = 1; sig < NSIG; ++sig)
        sigaction(sig, &action, nullptr);
    action.sa_handler = keeperKillBwrap;
    sigaction(SIGTERM, &action, nullptr);
    sigemptyset(&signals);
    sigprocmask(SIG_SETMASK, &signals, nullptr);

    int bwrapStatus = 0;
    long peakKb = -1;
    long bwrapPeakKb = -1;
    for (;;) {
        // Look before reaping, so the handler never signals a reused pid.
        siginfo_t info{};
        if (waitid(P_ALL, 0, &info, WEXITED | WNOWAIT | __WALL) != 0) {
            if (errno == EINTR)
                continue;
            break; // nothing left
        }
        if (info.si_pid == bwrap)
            keeperBwrapPid = 0;
        int status = 0;
        struct rusage usage
        {
        };
        const pid_t pid = wait4(info.si_pid, &status, __WALL, &usage);
        if (pid == bwrap) {
            bwrapStatus = status;
            bwrapPeakKb = usage.ru_maxrss;
            killChildren();
        } else if (pid > 0) {
            // Not bwrap's own peak: that is this process's as fork copied
            // it (exec keeps the larger), nothing of the sandbox.
            peakKb = std::max(peakKb, usage.ru_maxrss);
        }
    }
    // bwrap usually reaps the sandbox's pid 1 itself; then that process's
    // peak reaches us only inside bwrap's figure, which is the larger of
    // its children's and its own, and its own is the fork copy of ours (as
    // large as this keeper's). Above ours by more than bwrap adds before its
    // exec, it can only be the sandbox's.
    struct rusage self
    {
    };
    getrusage(RUSAGE_SELF, &self);
    constexpr long BwrapOwnGrowthKb = 4096;
    if (bwrapPeakKb > self.ru_maxrss + BwrapOwnGrowthKb)
        peakKb = std::max(peakKb, bwrapPeakKb);
    struct rusage total
    {
    };
    getrusage(RUSAGE_CHILDREN, &total);
    const KeeperReport report{KeeperMagic, microseconds(total.ru_utime) + microseconds(total.ru_stime), peakKb};
    while (::write(reportFd, &report, sizeof report) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(bwrapStatus)) {
        // The same end as bwrap's, without a core file.
        const struct rlimit noCore
        {
            0, 0
        };
        setrlimit(RLIMIT_CORE, &noCore);
        ::kill(getpid(), WTERMSIG(bwrapStatus));
    }
    _exit(WIFEXITED(bwrapStatus) ? WEXITSTATUS(bwrapStatus) : 127);
}

} // namespace

SandboxProcess::SandboxProcess(QObject *parent)
    : QObject(parent)
{
}

SandboxProcess::~SandboxProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
    closePayloadFds();
    closeUsageFds();
}

void SandboxProcess::setPassedFds(const QList<int> &fds)
{
    m_passedFds = fds;
}

int SandboxProcess::passedFdNumber(int index)
{
    return ArgsFd + 1 + index;
}

int SandboxProcess::firstPayloadFd() const
{
    return passedFdNumber(int(m_passedFds.size()));
}

void SandboxProcess::setChildSetup(const ChildSetup &setup)
{
    m_childSetup = setup;
}

void SandboxProcess::setAccounting(bool on)
{
    m_accounting = on;
}

std::optional<SandboxProcess::Usage> SandboxProcess::usage() const
{
    return m_usage;
}

qint64 SandboxProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void SandboxProcess::setOutputLimit(qint64 bytesPerStream)
{
    m_outputLimit = bytesPerStream;
}

qint64 SandboxProcess::outputLimit() const
{
    return m_outputLimit;
}

void SandboxProcess::start(const SandboxCommand &command)
{
    Q_ASSERT(!isRunning());
    m_stdout = {};
    m_stderr = {};
    m_reportedFailure = false;
    m_usage.reset();
    closePayloadFds();
    closeUsageFds();
    delete m_process;
    m_process = nullptr;

    const QString invalid = command.validate();
    if (!invalid.isEmpty()) {
        m_reportedFailure = true;
        Q_EMIT failed(tr("Cannot build the sandbox: %1").arg(invalid));
        return;
    }
    const QList<QByteArray> payloads = command.fdPayloads();
    if (payloads.size() + m_passedFds.size() + 1 > MaxPassedFds) {
        m_reportedFailure = true;
        Q_EMIT failed(tr("Cannot build the sandbox: too many files to pass in"));
        return;
    }

    const int argsMemfd = sealedMemfd("airlock-bwrap-args", nulSeparated(command.options(firstPayloadFd())));
    if (argsMemfd < 0) {
        m_reportedFailure = true;
        Q_EMIT failed(tr("Cannot prepare the sandbox's arguments: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        return;
    }
    m_payloadFds.append(argsMemfd);
    for (const QByteArray &payload : payloads) {
        const int fd = sealedMemfd("airlock-bwrap-data", payload);
        if (fd < 0) {
            closePayloadFds();
            m_reportedFailure = true;
            Q_EMIT failed(tr("Cannot prepare the sandbox's files: %1").arg(QString::fromLocal8Bit(strerror(errno))));
            return;
        }
        m_payloadFds.append(fd);
    }
    if (m_accounting) {
        int report[2];
        if (::pipe2(report, O_CLOEXEC) != 0) {
            closePayloadFds();
            m_reportedFailure = true;
            Q_EMIT failed(
                tr("Cannot prepare the sandbox's accounting: %1").arg(QString::fromLocal8Bit(strerror(errno))));
            return;
        }
        m_usageRead = report[0];
        m_usageWrite = report[1];
        ::fcntl(m_usageRead, F_SETFL, O_NONBLOCK);
    }

    m_process = new QProcess(this);
    m_process->setProgram(command.bwrapPath());
    m_process->setArguments(command.bwrapArguments(ArgsFd));
    // bwrap is pid 1 in the sandbox and its environment is readable there at
    // /proc/1/environ: it gets nothing of ours.
    QProcessEnvironment minimal;
    minimal.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    m_process->setProcessEnvironment(minimal);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setWorkingDirectory(QStringLiteral("/"));
    m_process->setUnixProcessParameters(QProcess::UnixProcessFlag::ResetSignalHandlers);

    // The modifier runs in the forked child, so it only uses async-signal-safe
    // calls and data copied in before the fork.
    // In the child: the options at 3, the passed descriptors next, then the
    // payloads, matching the numbers the options name.
    const QList<int> ordered = QList<int>{m_payloadFds.constFirst()} + m_passedFds + m_payloadFds.mid(1);
    std::array<int, MaxPassedFds> sources{};
    const int count = int(ordered.size());
    for (int i = 0; i < count; ++i)
        sources[size_t(i)] = ordered.at(i);
    const ChildSetup setup = m_childSetup;
    QProcess *process = m_process;
    const int reportFd = m_usageWrite;
    m_process->setChildProcessModifier([process, sources, count, setup, reportFd]() {
        if (reportFd >= 0) {
            // This child stays as the keeper, outside the cgroup and with
            // the caller's ids; a second one goes on to become bwrap. The
            // subreaper mark is not inherited by that one.
            const pid_t parent = getppid();
            if (prctl(PR_SET_CHILD_SUBREAPER, 1) != 0)
                process->failChildProcessModifier("cannot become the sandbox's reaper", errno);
            const pid_t bwrap = _Fork();
            if (bwrap < 0)
                process->failChildProcessModifier("cannot fork the sandbox's keeper", errno);
            if (bwrap > 0)
                keepSandbox(bwrap, reportFd, parent);
        }
        // Join the run's cgroup first: placing the descriptors below may
        // reuse the numbers these files have here.
        for (const int fd : setup.joinCgroupFds) {
            if (fd >= 0 && ::write(fd, "0", 1) != 1)
                process->failChildProcessModifier("cannot join the run's cgroup", errno);
        }
        std::array<int, MaxPassedFds> moved{};
        // First move every source above the target range, so placing one
        // cannot overwrite another that is still to be placed.
        for (int i = 0; i < count; ++i) {
            moved[size_t(i)] = fcntl(sources[size_t(i)], F_DUPFD_CLOEXEC, ArgsFd + count);
            if (moved[size_t(i)] < 0)
                process->failChildProcessModifier("cannot duplicate a sandbox descriptor", errno);
        }
        for (int i = 0; i < count; ++i) {
            // dup2 leaves the new descriptor without FD_CLOEXEC: it survives exec.
            if (dup2(moved[size_t(i)], ArgsFd + i) < 0)
                process->failChildProcessModifier("cannot place a sandbox descriptor", errno);
        }
        // Everything else closes on exec. Marking rather than closing keeps
        // QProcess's own exec-status pipe working until the exec itself.
        if (syscall(SYS_close_range, unsigned(ArgsFd + count), ~0U, CLOSE_RANGE_CLOEXEC) != 0) {
            const long max = sysconf(_SC_OPEN_MAX);
            for (long fd = ArgsFd + count; fd < (max > 0 ? max : 65536); ++fd)
                fcntl(int(fd), F_SETFD, FD_CLOEXEC);
        }
        for (const auto &limit : setup.rlimits) {
            if (limit.resource < 0)
                continue;
            const struct rlimit value
            {
                limit.value, limit.value
            };
            if (setrlimit(__rlimit_resource(limit.resource), &value) != 0)
                process->failChildProcessModifier("cannot set a resource limit", errno);
        }
        // Last: give up root for good. Failing here must not start anything.
        if (setup.gid != gid_t(-1)) {
            if (setgroups(0, nullptr) != 0 || setresgid(setup.gid, setup.gid, setup.gid) != 0)
                process->failChildProcessModifier("cannot drop to the sandbox group", errno);
        }
        if (setup.uid != uid_t(-1)) {
            if (setresuid(setup.uid, setup.uid, setup.uid) != 0)
                process->failChildProcessModifier("cannot drop to the sandbox user", errno);
        }
    });

    connect(m_process, &QProcess::started, this, [this]() {
        // The child holds its copies now.
        closePayloadFds();
        Q_EMIT started();
    });
    connect(
        m_process, &QProcess::readyReadStandardOutput, this, [this]() { drain(QProcess::StandardOutput, m_stdout); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this]() { drain(QProcess::StandardError, m_stderr); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_reportedFailure)
            return;
        m_reportedFailure = true;
        closePayloadFds();
        Q_EMIT failed(tr("Cannot start bubblewrap (%1): %2").arg(m_process->program(), m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        drain(QProcess::StandardOutput, m_stdout);
        drain(QProcess::StandardError, m_stderr);
        m_elapsedMs = m_clock.elapsed();
        readUsage();
        Q_EMIT finished(code, status);
    });

    m_clock.start();
    m_process->start(QIODevice::ReadOnly);
    // The child has its copy, or there is no child.
    if (m_usageWrite >= 0)
        ::close(m_usageWrite);
    m_usageWrite = -1;
}

void SandboxProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    // The keeper kills bwrap and still reports what the sandbox used;
    // killing the keeper would take bwrap with it, unreported.
    if (m_accounting && m_process->processId() > 0)
        ::kill(pid_t(m_process->processId()), SIGTERM);
    else
        m_process->kill();
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void SandboxProcess::drain(QProcess::ProcessChannel channel, Stream &stream)
{
    m_process->setReadChannel(channel);
    const QByteArray chunk = m_process->readAll();
    stream.total += chunk.size();
    const qint64 room = m_outputLimit - stream.data.size();
    if (room > 0) {
        const QByteArray kept = chunk.left(room);
        stream.data.append(kept);
        // Only what is kept is shown live, so a flood cannot swamp the viewer.
        Q_EMIT outputReceived(channel, kept);
    }
}

void SandboxProcess::readUsage()
{
    if (m_usageRead < 0)
        return;
    // The keeper wrote its report before it exited, in one piece.
    KeeperReport report{};
    ssize_t n;
    do
        n = ::read(m_usageRead, &report, sizeof report);
    while (n < 0 && errno == EINTR);
    closeUsageFds();
    if (n != ssize_t(sizeof report) || report.magic != KeeperMagic)
        return;
    Usage usage;
    usage.cpuUs = report.cpuUs;
    usage.peakProcessBytes = report.peakProcessKb >= 0 ? report.peakProcessKb * 1024 : -1;
    m_usage = usage;
}

void SandboxProcess::closeUsageFds()
{
    for (int *fd : {&m_usageRead, &m_usageWrite}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

void SandboxProcess::closePayloadFds()
{
    for (int fd : std::as_const(m_payloadFds))
        ::close(fd);
    m_payloadFds.clear();
}

QByteArray SandboxProcess::standardOutput() const
{
    return m_stdout.data;
}

QByteArray SandboxProcess::standardError() const
{
    return m_stderr.data;
}

bool SandboxProcess::standardOutputTruncated() const
{
    return m_stdout.total > m_stdout.data.size();
}

bool SandboxProcess::standardErrorTruncated() const
{
    return m_stderr.total > m_stderr.data.size();
}

qint64 SandboxProcess::standardOutputBytes() const
{
    return m_stdout.total;
}

qint64 SandboxProcess::standardErrorBytes() const
{
    return m_stderr.total;
}

int SandboxProcess::exitCode() const
{
    return m_process ? m_process->exitCode() : -1;
}

QProcess::ExitStatus SandboxProcess::exitStatus() const
{
    return m_process ? m_process->exitStatus() : QProcess::CrashExit;
}

qint64 SandboxProcess::elapsedMs() const
{
    return m_elapsedMs;
}

} // namespace Airlock
