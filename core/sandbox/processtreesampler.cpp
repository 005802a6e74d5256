// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "processtreesampler.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <dirent.h>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Airlock {

namespace {
// Missing from this many samples in a row: gone, not merely missed while
// its parent died under the walk.
constexpr int RetireAfterSamples = 20;

QByteArray readSmallFile(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    QByteArray out;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        out.append(buffer, n);
    }
    ::close(fd);
    return out;
}

QByteArray procPath(int pid, const char *file)
{
    return "/proc/" + QByteArray::number(pid) + '/' + file;
}

struct ProcStat
{
    int ppid = 0;
    quint64 ticks = 0; ///< utime + stime
    quint64 start = 0; ///< start time, with the pid the process's identity
    qint64 residentPages = 0;
};

std::optional<ProcStat> readStat(int pid)
{
    const QByteArray text = readSmallFile(procPath(pid, "stat"));
    // The command name may hold spaces and parentheses: fields follow the last ')'.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> f = text.mid(close + 2).split(' ');
    // f[0] is field 3 of proc(5), the state.
    if (f.size() < 22)
        return std::nullopt;
    ProcStat s;
    s.ppid = f.at(1).toInt();
    s.ticks = f.at(11).toULongLong() + f.at(12).toULongLong();
    s.start = f.at(19).toULongLong();
    s.residentPages = f.at(21).toLongLong();
    return s;
}

qint64 peakResidentBytes(int pid)
{
    const QByteArray text = readSmallFile(procPath(pid, "status"));
    const qsizetype at = text.indexOf("\nVmHWM:");
    if (at < 0)
        return 0; // a zombie has no memory left
    const qsizetype end = text.indexOf('\n', at + 1);
    return text.mid(at + 7, end - at - 7).simplified().split(' ').value(0).toLongLong() * 1024;
}

// Each thread lists the children it forked.
QList<int> childrenOf(int pid)
{
    QList<int> out;
    const QByteArray task = procPath(pid, "task");
    DIR *dir = ::opendir(task.constData());
    if (!dir)
        return out;
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9')
            continue;
        const QList<QByteArray> list = readSmallFile(task + '/' + entry->d_name + "/children").split(' ');
        for (const QByteArray &child : list) {
            bool ok = false;
            const int c = child.trimmed().toInt(&ok);
            if (ok && c > 0)
                out.append(c);
        }
    }
    ::closedir(dir);
    return out;
}

// Without /proc/PID/task/TID/children (a kernel option): every process's parent.
QHash<int, QList<int>> childrenByParent()
{
    QHash<int, QList<int>> out;
    DIR *dir = ::opendir("/proc");
    if (!dir)
        return out;
    while (const dirent *entry = ::readdir(dir)) {
        bool ok = false;
        const int pid = QByteArray(entry->d_name).toInt(&ok);
        if (!ok || pid <= 0)
            continue;
        if (const std::optional<ProcStat> stat = readStat(pid))
            out[stat->ppid].append(pid);
    }
    ::closedir(dir);
    return out;
}

bool haveChildrenFiles()
{
    static const bool have = ::access("/proc/thread-self/children", R_OK) == 0;
    return have;
}
} // namespace

ProcessTreeSampler::ProcessTreeSampler(qint64 root, std::chrono::milliseconds interval)
    : m_root(root)
    , m_interval(interval)
{
}

ProcessTreeSampler::~ProcessTreeSampler()
{
    wait();
    if (m_rootPidfd >= 0)
        ::close(m_rootPidfd);
}

void ProcessTreeSampler::start()
{
    // A descriptor for the root, so a pid that is reused after it has gone is
    // never taken for it.
    m_rootPidfd = int(syscall(SYS_pidfd_open, pid_t(m_root), 0));
    m_thread = std::thread(&ProcessTreeSampler::run, this);
}

void ProcessTreeSampler::requestStop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
}

ProcessTreeSampler::Totals ProcessTreeSampler::wait()
{
    requestStop();
    if (m_thread.joinable())
        m_thread.join();
    return totals();
}

ProcessTreeSampler::Totals ProcessTreeSampler::totals() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_totals;
}

bool ProcessTreeSampler::rootAlive() const
{
    if (m_rootPidfd < 0)
        return ::kill(pid_t(m_root), 0) == 0 || errno == EPERM;
    pollfd exited{m_rootPidfd, POLLIN, 0};
    return ::poll(&exited, 1, 0) == 0;
}

void ProcessTreeSampler::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stop) {
        lock.unlock();
        // Everything below the root has ended before it does.
        const bool alive = rootAlive();
        if (alive)
            sample();
        lock.lock();
        if (!alive)
            break;
        m_wake.wait_for(lock, m_interval, [this]() { return m_stop; });
    }
}

void ProcessTreeSampler::sample()
{
    const int root = int(m_root);
    const bool direct = haveChildrenFiles();
    const QHash<int, QList<int>> byParent = direct ? QHash<int, QList<int>>() : childrenByParent();
    auto children = [&](int pid) { return direct ? childrenOf(pid) : byParent.value(pid); };
    static const long pageSize = ::sysconf(_SC_PAGESIZE);
    static const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);

    QSet<int> tree{root};
    QList<int> queue = children(root);
    qint64 resident = 0;
    qint64 peakProcess = 0;
    QList<QPair<QPair<int, quint64>, quint64>> found;
    while (!queue.isEmpty()) {
        const int pid = queue.takeFirst();
        if (tree.contains(pid))
            continue;
        const std::optional<ProcStat> stat = readStat(pid);
        // A pid that ended and was reused is no longer below one of ours.
        if (!stat || !tree.contains(stat->ppid))
            continue;
        tree.insert(pid);
        resident += stat->residentPages * pageSize;
        peakProcess = std::max(peakProcess, peakResidentBytes(pid));
        found.append({{pid, stat->start}, stat->ticks});
        queue.append(children(pid));
    }

    std::lock_guard<std::mutex> lock(m_mutex);
    const int n = ++m_totals.samples;
    for (const auto &[key, ticks] : std::as_const(found)) {
        Seen &seen = m_seen[key];
        seen.ticks = std::max(seen.ticks, ticks);
        seen.lastSample = n;
    }
    quint64 ticks = 0;
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (n - it->lastSample > RetireAfterSamples) {
            m_retiredTicks += it->ticks;
            it = m_seen.erase(it);
        } else {
            ticks += it->ticks;
            ++it;
        }
    }
    m_totals.cpuMs = qint64((ticks + m_retiredTicks) * 1000 / quint64(ticksPerSecond));
    m_totals.peakBytes = std::max(m_totals.peakBytes, resident);
    m_totals.peakProcessBytes = std::max(m_totals.peakProcessBytes, peakProcess);
}

} // namespace Airlock
