// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "sandboxprocess.h"

#include <array>
#include <cerrno>
#include <fcntl.h>
#include <grp.h>
#include <linux/close_range.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Airlock {

namespace {

constexpr int ArgsFd = 3;
constexpr int MaxPassedFds = 32;

// A sealed, anonymous in-memory file holding @p data, positioned at its start.
int sealedMemfd(const char *name, const QByteArray &data)
{
    const int fd = memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0)
        return -1;
    qint64 written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            return -1;
        }
        written += n;
    }
    fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
    if (::lseek(fd, 0, SEEK_SET) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
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
    closePayloadFds();
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
    m_process->setChildProcessModifier([process, sources, count, setup]() {
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
        Q_EMIT finished(code, status);
    });

    m_clock.start();
    m_process->start(QIODevice::ReadOnly);
}

void SandboxProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
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
