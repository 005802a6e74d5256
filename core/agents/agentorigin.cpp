// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "agentorigin.h"

#include <QCoreApplication>

namespace Airlock {

QString AgentOrigin::describe() const
{
    const QString who
        = client.isEmpty() ? QCoreApplication::translate("Airlock::AgentOrigin", "an unnamed client") : client;
    if (channel == QLatin1String("mcp"))
        return QCoreApplication::translate("Airlock::AgentOrigin", "%1 via MCP").arg(who);
    return QCoreApplication::translate("Airlock::AgentOrigin", "%1 via the workbench socket").arg(who);
}

QJsonObject AgentOrigin::toJson() const
{
    QJsonObject o{{QStringLiteral("channel"), channel}, {QStringLiteral("client"), client}};
    if (!clientVersion.isEmpty())
        o.insert(QStringLiteral("client_version"), clientVersion);
    if (pid >= 0)
        o.insert(QStringLiteral("pid"), pid);
    if (uid >= 0)
        o.insert(QStringLiteral("uid"), uid);
    return o;
}

AgentOrigin AgentOrigin::fromJson(const QJsonObject &o)
{
    AgentOrigin origin;
    origin.channel = o.value(QStringLiteral("channel")).toString();
    origin.client = o.value(QStringLiteral("client")).toString();
    origin.clientVersion = o.value(QStringLiteral("client_version")).toString();
    origin.pid = o.value(QStringLiteral("pid")).toInteger(-1);
    origin.uid = o.value(QStringLiteral("uid")).toInteger(-1);
    return origin;
}

} // namespace Airlock
