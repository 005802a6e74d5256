// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QJsonObject>
#include <QString>

namespace Airlock {

/**
 * Where a request from an agent came from: the channel (the workbench's
 * socket, or the MCP server in front of it), the client's own name for
 * itself, and the process the kernel says is on the other end. Recorded
 * with the request, and named when results are released to it.
 */
struct AgentOrigin
{
    QString channel; ///< "socket" or "mcp"; empty for a request opened from a file
    QString client; ///< the client's name for itself (MCP clientInfo.name, "airlockctl submit")
    QString clientVersion;
    qint64 pid = -1; ///< of the peer on the socket, from the kernel
    qint64 uid = -1;

    bool isValid() const { return !channel.isEmpty(); }
    /// "claude-code via MCP": for the analyst.
    QString describe() const;
    QJsonObject toJson() const;
    /// As recorded with a request.
    static AgentOrigin fromJson(const QJsonObject &o);
};

} // namespace Airlock
