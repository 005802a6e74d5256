// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include "lineframer.h"

class QSocketNotifier;

namespace Airlock {

class AgentClient;

/**
 * `airlockctl mcp`: a Model Context Protocol server on stdin/stdout that
 * offers one tool, `run_python`. Each call becomes a request in the running
 * workbench (over its socket) and is answered only when the analyst has
 * decided and, for a run, released its results. While the analyst works,
 * progress notifications keep the client from timing out; a cancelled call
 * withdraws its request. Nothing this server receives can approve or
 * release anything.
 */
class McpServer : public QObject
{
    Q_OBJECT
public:
    /// Protocol versions understood, newest first.
    static QStringList protocolVersions();

    /// Reads JSON-RPC from @p inFd and writes to @p outFd.
    explicit McpServer(int inFd = 0, int outFd = 1, QObject *parent = nullptr);
    ~McpServer() override;
    void start();
    /// The tool's description and input schema, as tools/list gives it.
    static QJsonObject runPythonTool();

Q_SIGNALS:
    /// Input ended and every call was wound up.
    void finished();

private:
    struct Call
    {
        QJsonValue id;
        QJsonValue progressToken;
        QPointer<AgentClient> client;
        QString ticket;
        int waitId = -1;
        int withdrawId = -1;
        int progress = 0;
        bool cancelled = false;
    };

    void readInput();
    void handle(const QByteArray &line);
    void dispatch(const QJsonValue &id, const QString &method, const QJsonObject &params);
    void initialize(const QJsonValue &id, const QJsonObject &params);
    void callTool(const QJsonValue &id, const QJsonObject &params);
    void cancel(const QJsonValue &requestId, const QString &reason);
    void finishCall(const QString &key, const QJsonObject &result);
    void failCall(const QString &key, const QString &text);
    void progress(const QString &key, const QString &text);
    void write(const QByteArray &line);
    void endOfInput();
    void maybeFinish();
    static QString keyOf(const QJsonValue &id);
    QJsonObject toolResult(const QJsonObject &result) const;
    /// Checks arguments against the schema; the request document, or why not.
    QJsonObject requestFrom(const QJsonObject &arguments, QString *problem) const;

    int m_in;
    int m_out;
    QSocketNotifier *m_notifier = nullptr;
    LineFramer m_framer;
    QString m_clientName;
    QString m_clientVersion;
    QString m_protocolVersion;
    QHash<QString, Call> m_calls;
    bool m_inputEnded = false;
};

} // namespace Airlock
