// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QList>
#include <QString>

#include <memory>

#include "limitenforcement.h"

namespace Airlock {

/**
 * One run's cgroup: caps the whole sandbox's memory and process count,
 * reports its peak memory and whether a limit was hit, and kills every
 * process in it on demand. Removed with the object.
 *
 * The sandbox joins it from the forked child before bwrap starts, through
 * the descriptors of procsFds(), so no process of the run is ever outside.
 */
class CgroupScope
{
public:
    static std::unique_ptr<CgroupScope> create(
        const LimitEnforcement &enforcement, const QString &name, qint64 memoryBytes, int maxProcesses, QString *error);
    ~CgroupScope();

    CgroupScope(const CgroupScope &) = delete;
    CgroupScope &operator=(const CgroupScope &) = delete;

    /// Open cgroup.procs files: writing "0" to each moves the writer in.
    QList<int> procsFds() const { return m_procsFds; }
    /// SIGKILL to every process in the scope, until it is empty.
    void killAll();
    /// Peak memory of the whole scope in bytes, or -1 when unknown (cgroup
    /// v2 before Linux 5.19 keeps none: sample currentMemoryBytes() then).
    qint64 peakMemoryBytes() const;
    /// Memory of the whole scope now, in bytes; -1 when unknown.
    qint64 currentMemoryBytes() const;
    /// CPU time of every process that was ever in the scope, in
    /// microseconds; -1 when unknown (cgroup v1 without `cpuacct`).
    qint64 cpuUsageUs() const;
    /// How often the kernel's OOM killer struck inside.
    qint64 oomKills() const;
    /// How often a fork was refused for the process cap.
    qint64 processLimitHits() const;
    /// Processes in the scope now; -1 when unknown.
    qint64 processCount() const;
    QString description() const;

private:
    CgroupScope() = default;
    LimitEnforcement::CgroupKind m_kind = LimitEnforcement::CgroupKind::None;
    QString m_memoryDir; ///< v1 memory, or the v2 folder
    QString m_pidsDir; ///< v1 pids; empty for v2
    QString m_cpuDir; ///< v1 cpuacct; empty for v2 and without it
    QList<int> m_procsFds;
};

} // namespace Airlock
