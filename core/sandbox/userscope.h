// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QString>

#include <sys/types.h>

namespace Airlock {

/**
 * A cgroup of its own for an ordinary user, from the user's systemd manager.
 *
 * As root Airlock writes the cgroup hierarchy itself; an ordinary user may
 * not, and a desktop starts applications in a scope they cannot write either.
 * Where the user's manager is reachable and has the memory and pids
 * controllers delegated to it, Airlock asks it for a transient scope with
 * Delegate=yes holding this process (StartTransientUnit, through busctl).
 * From then on the cgroup v2 path of LimitEnforcement and CgroupScope caps
 * each sandbox's whole process tree, exactly as for a delegated subtree.
 */
namespace UserScope {

enum class Outcome {
    NotNeeded, ///< root, or a writable cgroup with the controllers already
    Unavailable, ///< no reachable manager, or no controllers delegated to it
    Entered, ///< this process now sits in a delegated scope
    Failed, ///< the manager was asked and did not give one
};

struct Result
{
    Outcome outcome = Outcome::Unavailable;
    QString detail; ///< translated: why, or the scope's name
};

/// Asks for the scope once per process; later calls return the first answer.
/// Blocks for at most a few seconds: call it at start, before any window.
Result enter();

/// The answer enter() gave; Unavailable with an empty detail before it ran.
Result lastResult();

/// The cgroup v2 folder of the user's manager (user@UID.service) below
/// @p cgroupRoot, from the "0::" line of @p procSelfCgroup; empty when this
/// process does not run below one.
QString managerCgroup(const QString &cgroupRoot, const QString &procSelfCgroup, uid_t uid);

/// Whether @p cgroupFolder offers both the memory and the pids controller.
bool offersMemoryAndPids(const QString &cgroupFolder);

} // namespace UserScope
} // namespace Airlock
