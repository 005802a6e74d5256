// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "agentserver.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "agentprotocol.h"
#include "agentresult.h"
#include "canonicaltext.h"
#include "requestsession.h"

namespace Airlock {

namespace {
// Often enough that an MCP client's request timeout never fires while the
// analyst reads the code.
constexpr int HeartbeatMs = 5000;
constexpr int MaxClientNameChars = 120;
// Progress is skipped for a client that does not read what it was sent.
constexpr qint64 MaxUnreadProgressBytes = 1024 * 1024;
// Requests from agents still waiting for the analyst: a looping agent must
// not bury the inbox.
constexpr int MaxOpenSubmissions = 200;

QString cleanName(const QString &name)
{
    QString out;
    for (const QChar c : name.left(MaxClientNameChars)) {
        if (c.isPrint())
            out.append(c);
    }
    return out.trimmed();
}
} // namespace

AgentServer::AgentServer(SessionFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_heartbeat(new QTimer(this))
{
    m_heartbeat->setInterval(HeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, [this]() {
        for (auto it = m_submissions.cbegin(); it != m_submissions.cend(); ++it) {
            if (!it->waiters.isEmpty())
                sendProgress(it.key(), true);
        }
    });
}

AgentServer::~AgentServer()
{
    if (m_server)
        m_server->close();
}

bool AgentServer::isListening() const
{
    return m_server && m_server->isListening();
}

void AgentServer::start(const QString &path)
{
    m_path = path.isEmpty() ? AgentProtocol::socketPath() : path;
    if (m_path.isEmpty() || QDir::isRelativePath(m_path)) {
        Q_EMIT failed(tr("Agents cannot reach the workbench: this user has no private runtime folder "
                         "($XDG_RUNTIME_DIR) for its socket."));
        return;
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        Q_EMIT failed(tr("The folder %1 for the agent socket cannot be made.").arg(folder));
        return;
    }
    // Private to the user: refuse a folder that someone else owns or that
    // is a link to elsewhere, and close it to everyone else.
    struct stat st
    {
    };
    const QByteArray encoded = QFile::encodeName(folder);
    if (::lstat(encoded.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::getuid()
        || ::chmod(encoded.constData(), 0700) != 0) {
        Q_EMIT failed(tr("The folder %1 for the agent socket is not a folder of this user's own.").arg(folder));
        return;
    }
    if (!QFileInfo::exists(m_path))
        return listenNow();
    // A socket is there: another workbench, or one that crashed.
    auto *probe = new QLocalSocket(this);
    connect(probe, &QLocalSocket::connected, this, [this, probe]() {
        probe->abort();
        probe->deleteLater();
        Q_EMIT failed(tr("Another Airlock workbench is already receiving agent requests (%1).").arg(m_path));
    });
    connect(probe, &QLocalSocket::errorOccurred, this, [this, probe]() {
        probe->deleteLater();
        QLocalServer::removeServer(m_path);
        listenNow();
    });
    probe->connectToServer(m_path);
}

void AgentServer::listenNow()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &AgentServer::accept);
    if (!m_server->listen(m_path)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        Q_EMIT failed(
            tr("Agents cannot reach the workbench: the socket %1 could not be opened (%2).").arg(m_path, why));
        return;
    }
    ::chmod(QFile::encodeName(m_path).constData(), 0600);
    Q_EMIT listening(m_path);
}

void AgentServer::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // The kernel's word for who is on the other end, not the peer's.
        ucred cred{};
        socklen_t len = sizeof cred;
        const int fd = int(socket->socketDescriptor());
        if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0 || cred.uid != ::getuid()) {
            const qint64 uid = len == sizeof cred ? qint64(cred.uid) : -1;
            socket->write(AgentProtocol::error(
                QJsonValue(), AgentProtocol::Refused, tr("Connections from other users are refused.")));
            socket->disconnectFromServer();
            Q_EMIT refused(
                tr("A connection from another user (uid %1, process %2) was refused.").arg(uid).arg(qint64(cred.pid)));
            continue;
        }
        Peer peer;
        peer.framer = LineFramer(AgentProtocol::MaxRequestBytes);
        peer.pid = cred.pid;
        peer.uid = cred.uid;
        m_peers.insert(socket, peer);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket]() { read(socket); });
        connect(socket, &QObject::destroyed, this, [this, socket]() {
            m_peers.remove(socket);
            updateHeartbeat();
        });
    }
}

void AgentServer::read(QLocalSocket *socket)
{
    auto it = m_peers.find(socket);
    if (it == m_peers.end())
        return;
    const QList<LineFramer::Line> lines = it->framer.feed(socket->readAll());
    for (const LineFramer::Line &line : lines) {
        if (line.tooLong)
            send(socket,
                AgentProtocol::error(QJsonValue(), AgentProtocol::MessageTooLarge,
                    tr("A message was longer than %1 bytes and was ignored.").arg(AgentProtocol::MaxRequestBytes)));
        else
            handle(socket, line.data);
    }
}

void AgentServer::handle(QLocalSocket *socket, const QByteArray &line)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        send(socket,
            AgentProtocol::error(QJsonValue(), AgentProtocol::ParseError,
                tr("Not JSON: %1 at offset %2.").arg(parseError.errorString()).arg(parseError.offset)));
        return;
    }
    const QJsonObject message = doc.object();
    const QJsonValue id = message.value(QStringLiteral("id"));
    const bool idValid = id.isString() || id.isDouble();
    if (!doc.isObject() || message.value(QStringLiteral("jsonrpc")).toString() != QLatin1String("2.0")
        || !message.value(QStringLiteral("method")).isString()
        || (message.contains(QStringLiteral("params")) && !message.value(QStringLiteral("params")).isObject())
        || (message.contains(QStringLiteral("id")) && !idValid)) {
        send(socket,
            AgentProtocol::error(idValid ? id : QJsonValue(), AgentProtocol::InvalidRequest,
                tr("Not a JSON-RPC 2.0 request: it needs \"jsonrpc\": \"2.0\", a \"method\" string, an \"id\" and "
                   "\"params\" as an object.")));
        return;
    }
    if (!message.contains(QStringLiteral("id")))
        return; // a notification: nothing here needs one
    dispatch(socket, id, message.value(QStringLiteral("method")).toString(),
        message.value(QStringLiteral("params")).toObject());
}

void AgentServer::dispatch(QLocalSocket *socket, const QJsonValue &id, const QString &method, const QJsonObject &params)
{
    auto ticketOf = [&]() -> QString {
        const QString ticket = params.value(QStringLiteral("ticket")).toString();
        if (!m_submissions.contains(ticket)) {
            send(socket,
                AgentProtocol::error(id, AgentProtocol::UnknownTicket,
                    tr("No request with the ticket \"%1\" was handed in to this workbench.").arg(ticket.left(100))));
            return {};
        }
        return ticket;
    };
    if (method == QLatin1String("hello")) {
        send(socket,
            AgentProtocol::response(id,
                QJsonObject{{QStringLiteral("protocol"), AgentProtocol::Version},
                    {QStringLiteral("product"), QStringLiteral("Airlock")},
                    {QStringLiteral("version"), QCoreApplication::applicationVersion()}}));
    } else if (method == QLatin1String("ping")) {
        send(socket, AgentProtocol::response(id, QJsonObject()));
    } else if (method == QLatin1String("submit")) {
        submit(socket, id, params);
    } else if (method == QLatin1String("status")) {
        if (const QString ticket = ticketOf(); !ticket.isEmpty())
            send(socket, AgentProtocol::response(id, statusOf(ticket)));
    } else if (method == QLatin1String("wait")) {
        const QString ticket = ticketOf();
        if (ticket.isEmpty())
            return;
        Submission &s = m_submissions[ticket];
        if (s.result) {
            deliver(ticket, {{socket, id}});
            return;
        }
        if (!s.session) {
            send(socket,
                AgentProtocol::error(id, AgentProtocol::Refused,
                    tr("The request was removed from the workbench before it was settled.")));
            return;
        }
        for (const Waiter &w : std::as_const(s.waiters)) {
            if (w.socket == socket) {
                send(socket,
                    AgentProtocol::error(
                        id, AgentProtocol::InvalidRequest, tr("This connection is already waiting for that request.")));
                return;
            }
        }
        s.waiters.append({socket, id});
        sendProgress(ticket, true);
        updateHeartbeat();
    } else if (method == QLatin1String("withdraw")) {
        const QString ticket = ticketOf();
        if (ticket.isEmpty())
            return;
        Submission &s = m_submissions[ticket];
        // Recorded: text without a UTF-8 form is kept visible, as \uXXXX.
        const QString reason = CanonicalText::visible(params.value(QStringLiteral("reason")).toString().left(2000));
        const bool withdrawn = s.session && s.session->withdraw(reason);
        QJsonObject status = statusOf(ticket);
        status.insert(QStringLiteral("withdrawn"), withdrawn);
        send(socket, AgentProtocol::response(id, status));
    } else {
        static const QStringList decisions{QStringLiteral("approve"), QStringLiteral("reject"),
            QStringLiteral("override"), QStringLiteral("release"), QStringLiteral("withhold"),
            QStringLiteral("decide")};
        send(socket,
            AgentProtocol::error(id, AgentProtocol::MethodNotFound,
                decisions.contains(method.toLower())
                    ? tr("\"%1\" is not something an agent can do: only the analyst in the workbench approves, "
                         "rejects and releases.")
                          .arg(method)
                    : tr("Unknown method \"%1\".").arg(method.left(100))));
    }
}

void AgentServer::submit(QLocalSocket *socket, const QJsonValue &id, const QJsonObject &params)
{
    if (m_closing) {
        send(socket, AgentProtocol::error(id, AgentProtocol::Refused, m_closingReason));
        return;
    }
    int open = 0;
    for (const Submission &s : std::as_const(m_submissions))
        open += s.session && !s.session->agentOutcomeReady() ? 1 : 0;
    if (open >= MaxOpenSubmissions) {
        send(socket,
            AgentProtocol::error(id, AgentProtocol::Refused,
                tr("%1 requests from agents already wait for the analyst; try again later.").arg(open)));
        return;
    }
    QByteArray document;
    const QJsonValue request = params.value(QStringLiteral("request"));
    const QJsonValue text = params.value(QStringLiteral("document"));
    // Qt writes a lone surrogate in an object as its JSON escape, so the
    // request keeps it and is refused naming the field; in text it becomes
    // the bytes it would have, never '?', so it is recorded as it came.
    if (request.isObject())
        document = QJsonDocument(request.toObject()).toJson(QJsonDocument::Compact);
    else if (text.isString())
        document = CanonicalText::toLosslessBytes(text.toString()); // recorded as it came if malformed
    else {
        send(socket,
            AgentProtocol::error(id, AgentProtocol::InvalidParams,
                tr("\"submit\" needs \"request\" (the request as an object) or \"document\" (its text).")));
        return;
    }
    const Peer peer = m_peers.value(socket);
    const QJsonObject client = params.value(QStringLiteral("client")).toObject();
    AgentOrigin origin;
    origin.channel = params.value(QStringLiteral("channel")).toString() == QLatin1String("mcp")
        ? QStringLiteral("mcp")
        : QStringLiteral("socket");
    origin.client = cleanName(client.value(QStringLiteral("name")).toString());
    origin.clientVersion = cleanName(client.value(QStringLiteral("version")).toString());
    origin.pid = peer.pid;
    origin.uid = peer.uid;
    RequestSession *session = m_factory ? m_factory(document, origin) : nullptr;
    if (!session) {
        send(socket,
            AgentProtocol::error(id, AgentProtocol::Refused, tr("The workbench does not take requests right now.")));
        return;
    }
    const QString ticket = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Submission s;
    s.session = session;
    s.origin = origin;
    m_submissions.insert(ticket, s);
    connect(session, &RequestSession::stateChanged, this, [this, ticket]() { sessionChanged(ticket); });
    connect(session, &RequestSession::releaseChanged, this, [this, ticket]() { sessionChanged(ticket); });
    connect(session, &QObject::destroyed, this, [this, ticket]() { sessionGone(ticket); });
    send(socket, AgentProtocol::response(id, statusOf(ticket)));
}

QJsonObject AgentServer::statusOf(const QString &ticket) const
{
    const Submission &s = m_submissions[ticket];
    QJsonObject o{{QStringLiteral("ticket"), ticket}};
    if (s.session) {
        o.insert(QStringLiteral("state"), RequestSession::stateId(s.session->state()));
        if (const Request *r = s.session->request()) {
            o.insert(QStringLiteral("request_id"), r->requestId());
            o.insert(QStringLiteral("agent_request_id"),
                r->agentReference().isEmpty() ? QJsonValue() : QJsonValue(r->agentReference()));
        }
        o.insert(QStringLiteral("settled"), s.session->agentOutcomeReady());
        o.insert(QStringLiteral("message"), progressMessage(s));
    } else {
        o.insert(QStringLiteral("state"), QStringLiteral("gone"));
        o.insert(QStringLiteral("settled"), s.result.has_value());
    }
    if (s.result)
        o.insert(QStringLiteral("status"), s.result->value(QStringLiteral("status")));
    return o;
}

QString AgentServer::progressMessage(const Submission &s) const
{
    const RequestSession *session = s.session;
    if (!session)
        return {};
    using State = RequestSession::State;
    switch (session->state()) {
    case State::Loading:
        return tr("Being checked against the policy.");
    case State::Pending:
        return tr("Waiting for the analyst's decision.");
    case State::Approved:
        return tr("Approved; the sandbox is being set up.");
    case State::Running:
        return tr("Running in the sandbox: %1 s of at most %2 s.")
            .arg(session->runElapsedMs() / 1000)
            .arg(session->runTimeoutMs() / 1000);
    case State::Done:
    case State::Failed:
        switch (session->releaseState()) {
        case RequestSession::Release::Scanning:
            return tr("The run ended; its outputs are being scanned before release.");
        case RequestSession::Release::Awaiting:
        case RequestSession::Release::Releasing:
            return tr("The run ended; waiting for the analyst to release the results.");
        default:
            break;
        }
        return tr("Finished.");
    case State::Malformed:
        return tr("Not a valid request.");
    case State::Rejected:
        return tr("Rejected by the analyst.");
    case State::Withdrawn:
        return tr("Withdrawn.");
    }
    return {};
}

void AgentServer::sessionChanged(const QString &ticket)
{
    auto it = m_submissions.find(ticket);
    if (it == m_submissions.end() || !it->session)
        return;
    if (!it->result && it->session->agentOutcomeReady()) {
        it->result = AgentResult::of(*it->session);
        it->contents = AgentResult::releasedContents(*it->session);
        deliver(ticket, std::exchange(it->waiters, {}));
        updateHeartbeat();
        return;
    }
    sendProgress(ticket, false);
}

void AgentServer::deliver(const QString &ticket, const QList<Waiter> &waiters)
{
    Submission &s = m_submissions[ticket];
    if (waiters.isEmpty() || !s.result)
        return;
    // The files' bytes go to the first who waits; the trail keeps them, and a
    // later wait gets the rest of the result.
    const QList<QByteArray> contents = std::exchange(s.contents, {});
    // Encoding a result with its files can take long: not on this thread.
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, waiters]() {
        const QByteArray result = watcher->result();
        watcher->deleteLater();
        for (const Waiter &w : waiters) {
            if (w.socket)
                send(w.socket, AgentProtocol::rawResponse(w.id, result));
        }
    });
    watcher->setFuture(QtConcurrent::run([result = *s.result, contents]() {
        QJsonObject o = result;
        QJsonArray artifacts = o.value(QStringLiteral("artifacts")).toArray();
        for (qsizetype i = 0; i < artifacts.size() && i < contents.size(); ++i) {
            QJsonObject a = artifacts.at(i).toObject();
            a.insert(QStringLiteral("content_base64"), QString::fromLatin1(contents.at(i).toBase64()));
            artifacts[i] = a;
        }
        if (!contents.isEmpty())
            o.insert(QStringLiteral("artifacts"), artifacts);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }));
}

void AgentServer::sessionGone(const QString &ticket)
{
    auto it = m_submissions.find(ticket);
    if (it == m_submissions.end())
        return;
    const QList<Waiter> waiters = std::exchange(it->waiters, {});
    for (const Waiter &w : waiters) {
        if (w.socket)
            send(w.socket,
                AgentProtocol::error(w.id, AgentProtocol::Refused,
                    m_closing ? m_closingReason
                              : tr("The request was removed from the workbench before it was settled.")));
    }
    updateHeartbeat();
}

void AgentServer::sendProgress(const QString &ticket, bool always)
{
    Submission &s = m_submissions[ticket];
    const QJsonObject status = statusOf(ticket);
    const QString message = status.value(QStringLiteral("message")).toString();
    if (!always && message == s.lastProgress)
        return;
    s.lastProgress = message;
    const QByteArray note = AgentProtocol::notification(QStringLiteral("progress"), status);
    for (const Waiter &w : std::as_const(s.waiters)) {
        if (w.socket && w.socket->bytesToWrite() < MaxUnreadProgressBytes)
            send(w.socket, note);
    }
}

int AgentServer::waitingCount() const
{
    int n = 0;
    for (const Submission &s : m_submissions) {
        for (const Waiter &w : s.waiters)
            n += w.socket ? 1 : 0;
    }
    return n;
}

void AgentServer::updateHeartbeat()
{
    if (waitingCount() > 0) {
        if (!m_heartbeat->isActive())
            m_heartbeat->start();
    } else {
        m_heartbeat->stop();
    }
}

void AgentServer::shutdown(const QString &why)
{
    m_closing = true;
    m_closingReason = why;
    for (auto it = m_submissions.begin(); it != m_submissions.end(); ++it) {
        const QList<Waiter> waiters = std::exchange(it->waiters, {});
        for (const Waiter &w : waiters) {
            if (w.socket) {
                w.socket->write(AgentProtocol::error(w.id, AgentProtocol::Refused, why));
                w.socket->flush();
            }
        }
    }
    m_heartbeat->stop();
    if (m_server)
        m_server->close();
}

void AgentServer::send(QLocalSocket *socket, const QByteArray &message)
{
    if (socket->state() == QLocalSocket::ConnectedState)
        socket->write(message);
}

} // namespace Airlock
