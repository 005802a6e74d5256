// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QJsonObject>
#include <QObject>

#include "lineframer.h"

class QLocalSocket;

namespace Airlock {

/**
 * The agent's end of the workbench socket (AgentProtocol): `airlockctl
 * submit` and `airlockctl mcp` talk to the running workbench through it.
 * Asynchronous: calls are answered by replied() or callFailed().
 */
class AgentClient : public QObject
{
    Q_OBJECT
public:
    explicit AgentClient(QObject *parent = nullptr);
    ~AgentClient() override;

    /// connected() or connectionFailed() follows.
    void connectToWorkbench(const QString &path = {});
    bool isConnected() const;
    /// Sends a call and returns its id.
    int call(const QString &method, const QJsonObject &params);
    /// Sends a line as it is (for tests of the server's error handling).
    void sendRaw(const QByteArray &line);

Q_SIGNALS:
    void connected();
    /// Why the workbench cannot be reached, in words for the user.
    void connectionFailed(const QString &why);
    void replied(int id, const QJsonObject &result);
    void callFailed(int id, int code, const QString &message);
    /// A message without an id, or an error that belongs to no call.
    void notified(const QString &method, const QJsonObject &params);
    void disconnected();

private:
    void read();

    QLocalSocket *m_socket;
    LineFramer m_framer;
    QString m_path;
    int m_nextId = 1;
};

} // namespace Airlock
