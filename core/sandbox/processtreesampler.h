// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QHash>
#include <QPair>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Airlock {

/**
 * Watches every process below one process from the host, through /proc,
 * for what the kernel's own accounting cannot give without a cgroup: the
 * memory of the whole tree at once (the summed resident size, its largest
 * value over the run), and the CPU time of processes whose parent lets the
 * kernel reap them unaccounted (SIGCHLD ignored).
 *
 * Samples on a thread of its own; a process that lives and dies between two
 * samples is missed, so this complements the keeper's rusage (see
 * SandboxProcess) rather than replacing it. The keeper in turn misses what a
 * kill of the sandbox ends: a dying pid namespace's init reaps it
 * unaccounted.
 */
class ProcessTreeSampler
{
public:
    struct Totals
    {
        /// User and system time of every process seen, as last seen, in ms.
        qint64 cpuMs = 0;
        /// The largest summed resident size of the tree in one sample.
        qint64 peakBytes = 0;
        /// The largest peak resident size (VmHWM) of any one process.
        qint64 peakProcessBytes = 0;
        int samples = 0;
    };

    /// Watches the descendants of @p root (not @p root itself).
    explicit ProcessTreeSampler(qint64 root, std::chrono::milliseconds interval = std::chrono::milliseconds(50));
    ~ProcessTreeSampler();

    ProcessTreeSampler(const ProcessTreeSampler &) = delete;
    ProcessTreeSampler &operator=(const ProcessTreeSampler &) = delete;

    /// Samples now and then every interval, until stop is requested or
    /// @p root has exited.
    void start();
    /// Returns at once; wait() then returns after the sample under way.
    void requestStop();
    /// Ends the sampling (joining its thread) and returns what it saw.
    Totals wait();
    /// One pass over the tree now, on the calling thread; safe while the
    /// sampling thread runs (e.g. right before the tree is killed).
    void sample();
    Totals totals() const;

private:
    struct Seen
    {
        quint64 ticks = 0;
        int lastSample = 0;
    };
    void run();
    bool rootAlive() const;

    const qint64 m_root;
    const std::chrono::milliseconds m_interval;
    int m_rootPidfd = -1;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    // By pid and start time: CPU ticks last seen. Processes not seen for a
    // while are folded into m_retiredTicks, so a long fork storm stays small.
    QHash<QPair<int, quint64>, Seen> m_seen;
    quint64 m_retiredTicks = 0;
    Totals m_totals;
};

} // namespace Airlock
