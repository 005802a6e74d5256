// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Airlock {

/**
 * The workbench's agent socket (README "Agent integration"): JSON-RPC 2.0,
 * one message per line, on a Unix socket private to the user. Methods:
 * `hello`, `submit`, `status`, `wait`, `withdraw`, `ping`; notifications
 * `progress` while a `wait` is open. Nothing here decides anything: there
 * is no method to approve, override or release, by design.
 */
class AgentProtocol
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::AgentProtocol)
public:
    static constexpr int Version = 1;
    /// The most one message to the workbench may be: a request (16 MiB)
    /// escaped into JSON. A longer line is skipped, never buffered whole.
    static constexpr qsizetype MaxRequestBytes = 40 * 1024 * 1024;
    /// The most one answer may be: a released result with its files in
    /// base64 (the policy caps files at a few hundred MiB).
    static constexpr qsizetype MaxMessageBytes = 1024 * 1024 * 1024;

    enum ErrorCode {
        ParseError = -32700,
        InvalidRequest = -32600,
        MethodNotFound = -32601,
        InvalidParams = -32602,
        InternalError = -32603,
        UnknownTicket = -32001,
        Refused = -32002, ///< another user, or the workbench is closing
        MessageTooLarge = -32003,
    };

    /// $XDG_RUNTIME_DIR/airlock/workbench.socket (or Qt's fallback for a
    /// missing runtime folder, which is private to the user as well).
    static QString socketPath();

    static QByteArray request(const QJsonValue &id, const QString &method, const QJsonObject &params);
    static QByteArray notification(const QString &method, const QJsonObject &params);
    static QByteArray response(const QJsonValue &id, const QJsonValue &result);
    /// A response whose result is already compact JSON.
    static QByteArray rawResponse(const QJsonValue &id, const QByteArray &result);
    static QByteArray error(const QJsonValue &id, int code, const QString &message, const QJsonValue &data = {});

    /// The exit code of `airlockctl submit --wait` for a result's status
    /// (SPEC §4 codes; "withheld" counts as a rejection, "withdrawn" as 5).
    static int exitCodeFor(const QString &status);
};

} // namespace Airlock
