// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace Airlock {

struct RunLimits;

/**
 * What this machine offers for limiting a sandbox's whole process tree.
 *
 * Per-process rlimits do not cap totals (four children of 200 MiB each pass an
 * RLIMIT_AS of 256 MiB) and RLIMIT_NPROC does not bind root at all, so a
 * cgroup is preferred, the sandbox never runs as root, and a host-side
 * watchdog is the last line.
 */
struct LimitEnforcement
{
    enum class CgroupKind {
        None,
        /// A cgroup v2 subtree this user may write (a delegated systemd scope,
        /// or the root hierarchy when running as root).
        V2,
        /// Writable cgroup v1 `memory` and `pids` hierarchies (root).
        V1,
    };

    CgroupKind cgroup = CgroupKind::None;
    QString cgroupPath; ///< the v2 folder, or the v1 memory folder
    QString cgroupPidsPath; ///< v1 only
    /// v1 only: the `cpuacct` hierarchy when it is writable too (for the
    /// run's CPU time); empty otherwise.
    QString cgroupCpuPath;
    bool startedAsRoot = false;
    /// The uid/gid the sandbox runs as when started as root; -1 otherwise.
    /// Each detect() picks a fresh one, so every sandbox has a uid of its
    /// own: RLIMIT_NPROC then counts that sandbox alone, and no two runs share
    /// an identity.
    uid_t sandboxUid = uid_t(-1);
    gid_t sandboxGid = gid_t(-1);

    /// First and last uid of the range sandboxes are given ids from; no
    /// account or container range of a Debian system uses it.
    static constexpr uid_t SandboxIdFirst = 0x7ff00000;
    static constexpr uid_t SandboxIdLast = 0x7ffffffe;
    bool rlimits = true;
    bool watchdog = true;

    /// Looks at /sys/fs/cgroup and /proc/self/cgroup; cheap, no side effects.
    static LimitEnforcement detect();
    /// As detect(), on a different root (tests).
    static LimitEnforcement detect(const QString &cgroupRoot, const QString &procSelfCgroup, bool root);

    /// How many tasks (processes and their threads) @p uid has right now, by
    /// real uid, as RLIMIT_NPROC counts them: a sandbox that shares its uid
    /// with the user is allowed its own processes on top of these.
    static int processesOf(uid_t uid);

    /// What bounds the total memory of a sandbox with @p limits, as one
    /// translated line: a control group's cap when @p capped, otherwise the
    /// worst case by construction, as a number.
    static QString memoryBound(const RunLimits &limits, bool capped);

    /// Translated lines, one per mechanism, saying what is in force.
    QStringList describe() const;
    QString cgroupKindId() const; ///< "v2", "v1", "none"
};

} // namespace Airlock
