// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QJsonObject>
#include <QList>

#include "verdict.h"

namespace Airlock {

class Request;
struct Policy;

/// The limits one run gets: the request's asks within the policy's caps,
/// and the policy's defaults where it asked nothing.
struct RunLimits
{
    qint64 timeoutMs = 0;
    qint64 maxOutputBytes = 0; ///< each of stdout and stderr
    qint64 memoryBytes = 0; ///< whole sandbox
    qint64 maxArtifactBytes = 0; ///< all of /workspace/output together
    int maxArtifactFiles = 0;
    int maxProcesses = 0; ///< whole sandbox
    int maxOpenFiles = 0; ///< per process
    qint64 tmpBytes = 0;

    /// Processes the sandbox adds to the code's own (bwrap's two, the launcher).
    static constexpr int SandboxProcesses = 3;
    /// Address space a process gets beyond memoryBytes: the analysis
    /// libraries reserve far more than they touch.
    static constexpr qint64 AddressSpaceHeadroom = 512LL * 1024 * 1024;
    /// The sized memory file systems inside: /tmp and /dev/shm.
    static constexpr qint64 TmpfsBytes = 64LL * 1024 * 1024;
    static constexpr qint64 ShmBytes = 16LL * 1024 * 1024;

    /// RLIMIT_AS of each process.
    qint64 addressSpacePerProcess() const { return memoryBytes + AddressSpaceHeadroom; }
    /// The most processes the sandbox may have at once.
    int processCeiling() const { return maxProcesses + SandboxProcesses; }
    /// Where no cgroup caps the whole tree, the most memory the sandbox can
    /// hold by construction: every process at its address-space limit,
    /// plus full /tmp, /dev/shm and output folder (memory file systems).
    qint64 worstCaseMemoryBytes() const;

    /// Resolves @p request against @p policy; asks above a cap add a
    /// blocking verdict to @p verdicts and are held to the cap.
    static RunLimits resolve(const Request &request, const Policy &policy, QList<Verdict> *verdicts);
    /// The most any request can get under @p policy: every ask at its cap.
    static RunLimits atCaps(const Policy &policy);
    QJsonObject toJson() const;
};

} // namespace Airlock
