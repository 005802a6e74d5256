// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

#include "agentorigin.h"
#include "lineframer.h"

class QLocalServer;
class QLocalSocket;
class QTimer;

namespace Airlock {

class RequestSession;

/**
 * The running workbench's door for agents: a Unix socket private to the
 * user (its folder 0700, the socket 0600, and every peer's uid checked with
 * SO_PEERCRED), speaking AgentProtocol. An agent can hand in a request, ask
 * how it stands, wait for its result and take it back; every request it
 * hands in goes to the analyst's inbox like any other. Nothing that arrives
 * here can approve, override or release: those are the analyst's alone.
 */
class AgentServer : public QObject
{
    Q_OBJECT
public:
    /// Makes (and puts in the inbox) a session for what an agent sent;
    /// nullptr when the workbench takes no requests now.
    using SessionFactory = std::function<RequestSession *(const QByteArray &document, const AgentOrigin &origin)>;

    explicit AgentServer(SessionFactory factory, QObject *parent = nullptr);
    ~AgentServer() override;

    /// Starts listening at @p path (AgentProtocol::socketPath() when empty),
    /// unless another workbench already does; listening() or failed() tells.
    void start(const QString &path = {});
    bool isListening() const;
    QString socketPath() const { return m_path; }
    /// Agents still waiting for a result.
    int waitingCount() const;
    /// The workbench is closing: agents still waiting are told @p why.
    void shutdown(const QString &why);

Q_SIGNALS:
    void listening(const QString &path);
    void failed(const QString &why);
    /// A peer that was not let in (another user), for the analyst.
    void refused(const QString &why);

private:
    struct Peer
    {
        LineFramer framer{0};
        qint64 pid = -1;
        qint64 uid = -1;
    };
    struct Waiter
    {
        QPointer<QLocalSocket> socket;
        QJsonValue id;
    };
    struct Submission
    {
        QPointer<RequestSession> session;
        AgentOrigin origin;
        QList<Waiter> waiters;
        std::optional<QJsonObject> result; ///< once settled for the agent, without the files' bytes
        QList<QByteArray> contents; ///< the released files' bytes, until first delivered
        QString lastProgress;
    };

    void listenNow();
    void accept();
    void read(QLocalSocket *socket);
    void handle(QLocalSocket *socket, const QByteArray &line);
    void dispatch(QLocalSocket *socket, const QJsonValue &id, const QString &method, const QJsonObject &params);
    void submit(QLocalSocket *socket, const QJsonValue &id, const QJsonObject &params);
    void sessionChanged(const QString &ticket);
    void sessionGone(const QString &ticket);
    /// Sends the settled result to @p waiters, encoded on a worker thread.
    void deliver(const QString &ticket, const QList<Waiter> &waiters);
    void sendProgress(const QString &ticket, bool always);
    QJsonObject statusOf(const QString &ticket) const;
    QString progressMessage(const Submission &submission) const;
    void send(QLocalSocket *socket, const QByteArray &message);
    void updateHeartbeat();

    SessionFactory m_factory;
    QLocalServer *m_server = nullptr;
    QString m_path;
    QHash<QLocalSocket *, Peer> m_peers;
    QHash<QString, Submission> m_submissions;
    QTimer *m_heartbeat = nullptr;
    bool m_closing = false;
    QString m_closingReason;
};

} // namespace Airlock
