// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Airlock {

class RequestSession;

/**
 * What goes back to the agent that sent a request, and what the trail says
 * left: SPEC §4's result with its "release" object. The run's outputs go
 * only once the analyst (or the policy) released them; until then, or when
 * withheld, the agent learns that a run happened and why nothing came back.
 */
class AgentResult
{
public:
    /// The result as the agent's channel sends it; the artifacts' bytes are
    /// releasedContents().
    static QJsonObject of(const RequestSession &session);
    /// The bytes of each artifact, in the order of of()'s list, once
    /// released; empty otherwise.
    static QList<QByteArray> releasedContents(const RequestSession &session);
    /// The body of the release record: who let what go (by size and hash)
    /// to whom, or kept it back and why, and what the scan found.
    static QJsonObject releaseRecord(
        const RequestSession &session, bool released, const QString &by, const QString &reason);
};

} // namespace Airlock
