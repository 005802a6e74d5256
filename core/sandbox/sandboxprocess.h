// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>

#include <array>
#include <optional>
#include <sys/resource.h>
#include <sys/types.h>

#include "sandboxcommand.h"

namespace Airlock {

/**
 * Starts one SandboxCommand under bubblewrap and collects what it prints.
 *
 * bwrap starts with a minimal environment, stdin on /dev/null, its options on
 * a sealed memory file (`--args 3`), and exactly the file descriptors meant
 * for it: 0–2, the options, and the builder's payloads. Every other
 * descriptor of this process is closed on exec, whatever its own flags.
 *
 * stdout and stderr are each kept up to the output limit; the rest is
 * drained (so the sandbox never blocks on a full pipe) and counted.
 *
 * With accounting on, bwrap starts below a keeper: a fork of this process,
 * outside the sandbox, that reaps bwrap and then the sandbox's pid 1 and
 * reports what they and everything they reaped used. bwrap itself does not
 * wait for its pid 1 (it leaves once the command has exited), so without
 * the keeper that use is seen by no one here. The keeper shares this
 * process's memory copy-on-write for as long as the run lasts.
 */
class SandboxProcess : public QObject
{
    Q_OBJECT
public:
    /// What the forked child does before it becomes bwrap: join the run's
    /// cgroup, take on the resource limits, and give up root.
    struct ChildSetup
    {
        std::array<int, 4> joinCgroupFds{-1, -1, -1, -1}; ///< cgroup.procs files
        uid_t uid = uid_t(-1); ///< -1: keep ours
        gid_t gid = gid_t(-1);
        struct Limit
        {
            int resource = -1;
            rlim_t value = 0;
        };
        std::array<Limit, 8> rlimits{};
    };

    /// What the keeper saw the sandbox use, once it has ended.
    struct Usage
    {
        /// User and system time of bwrap, the sandbox's pid 1 and every
        /// process of the sandbox reaped by them, in microseconds.
        qint64 cpuUs = -1;
        /// The largest peak resident size of any one of the sandbox's
        /// processes (not a sum); -1 when unknown.
        qint64 peakProcessBytes = -1;
    };

    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override;

    /// Descriptors handed to bwrap on purpose (pipes to and from the
    /// sandbox), numbered passedFdNumber(0), passedFdNumber(1), ... there.
    /// The caller keeps ownership of its copies.
    void setPassedFds(const QList<int> &fds);
    static int passedFdNumber(int index);
    /// Where the builder's payloads start, after the passed descriptors.
    int firstPayloadFd() const;

    void setChildSetup(const ChildSetup &setup);
    /// Starts bwrap below a keeper that reports the sandbox's resource use
    /// (usage()). processId() is then the keeper's, and kill() asks it to
    /// kill bwrap. Set before start().
    void setAccounting(bool on);
    /// After finished(): what the keeper reported; empty without accounting
    /// or when it could not report (killed itself).
    std::optional<Usage> usage() const;
    qint64 processId() const;

    void setOutputLimit(qint64 bytesPerStream);
    qint64 outputLimit() const;

    /// Starts asynchronously; started() or failed() follows.
    void start(const SandboxCommand &command);
    /// Kills bwrap, which takes the whole sandbox with it (--die-with-parent
    /// and the pid namespace).
    void kill();
    bool isRunning() const;

    QByteArray standardOutput() const;
    QByteArray standardError() const;
    bool standardOutputTruncated() const;
    bool standardErrorTruncated() const;
    qint64 standardOutputBytes() const;
    qint64 standardErrorBytes() const;
    int exitCode() const;
    QProcess::ExitStatus exitStatus() const;
    qint64 elapsedMs() const;

Q_SIGNALS:
    void started();
    void finished(int exitCode, QProcess::ExitStatus exitStatus);
    /// Output as it arrives, up to the output limit.
    void outputReceived(QProcess::ProcessChannel channel, const QByteArray &chunk);
    /// The sandbox could not be started at all.
    void failed(const QString &message);

private:
    struct Stream
    {
        QByteArray data;
        qint64 total = 0;
    };
    void drain(QProcess::ProcessChannel channel, Stream &stream);
    void closePayloadFds();
    void readUsage();
    void closeUsageFds();

    QProcess *m_process = nullptr;
    QList<int> m_payloadFds; // memfds owned until the child has them
    QList<int> m_passedFds; // not owned
    ChildSetup m_childSetup;
    bool m_accounting = false;
    int m_usageRead = -1; // the keeper's report
    int m_usageWrite = -1; // its end, until the child has it
    std::optional<Usage> m_usage;
    Stream m_stdout;
    Stream m_stderr;
    qint64 m_outputLimit = 1024 * 1024;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    bool m_reportedFailure = false;
};

} // namespace Airlock
