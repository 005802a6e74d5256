// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "agentclient.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalSocket>

#include "agentprotocol.h"

namespace Airlock {

AgentClient::AgentClient(QObject *parent)
    : QObject(parent)
    , m_socket(new QLocalSocket(this))
    , m_framer(AgentProtocol::MaxMessageBytes)
{
    connect(m_socket, &QLocalSocket::connected, this, &AgentClient::connected);
    connect(m_socket, &QLocalSocket::readyRead, this, &AgentClient::read);
    connect(m_socket, &QLocalSocket::disconnected, this, &AgentClient::disconnected);
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
        if (m_socket->state() == QLocalSocket::ConnectedState || error == QLocalSocket::PeerClosedError)
            return;
        QString why;
        switch (error) {
        case QLocalSocket::ServerNotFoundError:
        case QLocalSocket::ConnectionRefusedError:
            why = tr("No Airlock workbench is running for this user (nothing answers at %1). Start the workbench "
                     "(airlock) and try again.")
                      .arg(m_path);
            break;
        case QLocalSocket::SocketAccessError:
            why = tr("The workbench socket %1 is not this user's to use.").arg(m_path);
            break;
        default:
            why = tr("The workbench cannot be reached at %1: %2").arg(m_path, m_socket->errorString());
            break;
        }
        Q_EMIT connectionFailed(why);
    });
}

AgentClient::~AgentClient() = default;

void AgentClient::connectToWorkbench(const QString &path)
{
    m_path = path.isEmpty() ? AgentProtocol::socketPath() : path;
    if (m_path.isEmpty()) {
        Q_EMIT connectionFailed(tr("This user has no private runtime folder ($XDG_RUNTIME_DIR), so no workbench "
                                   "can be reached."));
        return;
    }
    m_socket->connectToServer(m_path);
}

bool AgentClient::isConnected() const
{
    return m_socket->state() == QLocalSocket::ConnectedState;
}

int AgentClient::call(const QString &method, const QJsonObject &params)
{
    const int id = m_nextId++;
    m_socket->write(AgentProtocol::request(id, method, params));
    return id;
}

void AgentClient::sendRaw(const QByteArray &line)
{
    m_socket->write(line);
}

void AgentClient::read()
{
    for (const LineFramer::Line &line : m_framer.feed(m_socket->readAll())) {
        if (line.tooLong) {
            // An answer too big to take is an error, never silence.
            Q_EMIT notified(QStringLiteral("error"),
                {{QStringLiteral("code"), int(AgentProtocol::MessageTooLarge)},
                    {QStringLiteral("message"),
                        tr("The workbench's answer was larger than %1 bytes and could not be read.")
                            .arg(AgentProtocol::MaxMessageBytes)}});
            continue;
        }
        const QJsonObject message = QJsonDocument::fromJson(line.data).object();
        const QJsonValue id = message.value(QStringLiteral("id"));
        if (message.contains(QStringLiteral("error"))) {
            const QJsonObject error = message.value(QStringLiteral("error")).toObject();
            if (id.isDouble())
                Q_EMIT callFailed(id.toInt(), error.value(QStringLiteral("code")).toInt(),
                    error.value(QStringLiteral("message")).toString());
            else
                Q_EMIT notified(QStringLiteral("error"), error);
        } else if (id.isDouble()) {
            Q_EMIT replied(id.toInt(), message.value(QStringLiteral("result")).toObject());
        } else if (message.contains(QStringLiteral("method"))) {
            Q_EMIT notified(
                message.value(QStringLiteral("method")).toString(), message.value(QStringLiteral("params")).toObject());
        }
    }
}

} // namespace Airlock
