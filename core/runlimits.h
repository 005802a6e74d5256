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

    /// Resolves @p request against @p policy; asks above a cap add a
    /// blocking verdict to @p verdicts and are held to the cap.
    static RunLimits resolve(const Request &request, const Policy &policy, QList<Verdict> *verdicts);
    QJsonObject toJson() const;
};

} // namespace Airlock
