// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "agentprotocol.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace Airlock {

namespace {
QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

QString AgentProtocol::socketPath()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        return {}; // no private folder: no socket, rather than one in the working folder
    return QDir(runtime).filePath(QStringLiteral("airlock/workbench.socket"));
}

QByteArray AgentProtocol::request(const QJsonValue &id, const QString &method, const QJsonObject &params)
{
    return line({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
        {QStringLiteral("method"), method}, {QStringLiteral("params"), params}});
}

QByteArray AgentProtocol::notification(const QString &method, const QJsonObject &params)
{
    return line({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), method},
        {QStringLiteral("params"), params}});
}

QByteArray AgentProtocol::response(const QJsonValue &id, const QJsonValue &result)
{
    return line({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
        {QStringLiteral("result"), result}});
}

QByteArray AgentProtocol::rawResponse(const QJsonValue &id, const QByteArray &result)
{
    // The id written as JSON: a one-element array without its brackets.
    QByteArray idJson = QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact);
    idJson = idJson.mid(1, idJson.size() - 2);
    return QByteArrayLiteral("{\"jsonrpc\":\"2.0\",\"id\":") + idJson + QByteArrayLiteral(",\"result\":") + result
        + QByteArrayLiteral("}\n");
}

QByteArray AgentProtocol::error(const QJsonValue &id, int code, const QString &message, const QJsonValue &data)
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!data.isUndefined() && !data.isNull())
        e.insert(QStringLiteral("data"), data);
    return line(
        {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("error"), e}});
}

int AgentProtocol::exitCodeFor(const QString &status)
{
    if (status == QLatin1String("succeeded"))
        return 0;
    if (status == QLatin1String("malformed"))
        return 2;
    if (status == QLatin1String("blocked"))
        return 3;
    if (status == QLatin1String("rejected") || status == QLatin1String("withheld"))
        return 4;
    if (status == QLatin1String("withdrawn"))
        return 5;
    return 1;
}

} // namespace Airlock
