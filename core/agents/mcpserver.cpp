// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "mcpserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QStringDecoder>
#include <QTimer>
#include <QUrl>

#include <cerrno>
#include <unistd.h>

#include "agentclient.h"
#include "agentprotocol.h"
#include "canonicaltext.h"

namespace Airlock {

namespace {
// A tools/call document is code plus a little; anything this size is hostile.
constexpr qsizetype MaxMcpMessageBytes = 32 * 1024 * 1024;

QJsonObject integerProperty(const QString &description)
{
    return {{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("minimum"), 1},
        {QStringLiteral("description"), description}};
}

// MCP frames JSON-RPC exactly as the workbench socket does: its messages
// are AgentProtocol's.
using Message = AgentProtocol;

bool isTextual(const QString &mediaType)
{
    return mediaType.startsWith(QLatin1String("text/")) || mediaType == QLatin1String("application/json")
        || mediaType == QLatin1String("image/svg+xml");
}
} // namespace

QStringList McpServer::protocolVersions()
{
    return {QStringLiteral("2025-06-18"), QStringLiteral("2025-03-26"), QStringLiteral("2024-11-05")};
}

McpServer::McpServer(int inFd, int outFd, QObject *parent)
    : QObject(parent)
    , m_in(inFd)
    , m_out(outFd)
    , m_framer(MaxMcpMessageBytes)
{
}

McpServer::~McpServer() = default;

void McpServer::start()
{
    m_notifier = new QSocketNotifier(m_in, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &McpServer::readInput);
}

QJsonObject McpServer::runPythonTool()
{
    const QJsonObject file{{QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
            QJsonObject{{QStringLiteral("name"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                {QStringLiteral("description"),
                                    QStringLiteral("Where the code finds it: /workspace/<name>. No slashes.")}}},
                {QStringLiteral("path"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                        {QStringLiteral("description"),
                            QStringLiteral("The file on the analyst's machine: absolute, or relative to the first "
                                           "folder the policy lets agents read from (files.roots).")}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("name"), QStringLiteral("path")}},
        {QStringLiteral("additionalProperties"), false}};
    const QJsonObject limits{{QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
            QJsonObject{{QStringLiteral("timeout_s"), integerProperty(QStringLiteral("Wall-clock limit, seconds."))},
                {QStringLiteral("max_output_bytes"),
                    integerProperty(QStringLiteral("Most stdout/stderr kept, bytes each."))},
                {QStringLiteral("memory_mb"), integerProperty(QStringLiteral("Memory for the whole run, MiB."))},
                {QStringLiteral("max_artifact_mb"),
                    integerProperty(QStringLiteral("Most output files may take in all, MiB."))}}},
        {QStringLiteral("additionalProperties"), false}};
    const QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
            QJsonObject{{QStringLiteral("code"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                {QStringLiteral("description"), QStringLiteral("Python 3 source to run.")}}},
                {QStringLiteral("justification"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                        {QStringLiteral("description"),
                            QStringLiteral("Why this code should run, for the analyst who reviews it.")}}},
                {QStringLiteral("files"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), file},
                        {QStringLiteral("description"), QStringLiteral("Input files, mounted read-only.")}}},
                {QStringLiteral("limits"), limits}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("code"), QStringLiteral("justification")}},
        {QStringLiteral("additionalProperties"), false}};
    return {{QStringLiteral("name"), QStringLiteral("run_python")},
        {QStringLiteral("title"), QStringLiteral("Run Python in the Airlock sandbox")},
        {QStringLiteral("description"),
            QStringLiteral(
                "Runs Python 3 (numpy, pandas, matplotlib) in a sandbox with no network, no secrets and only the "
                "declared files, after a human analyst has reviewed the code and approved it. Files it writes in "
                "its working folder (/workspace, output/ among it) come back: PNG charts as images, other files "
                "as resources. The declared files are read-only at /workspace/<name>. The call waits "
                "for the analyst; the answer may be a rejection with the analyst's reason, a policy block, or "
                "results the analyst withheld.")},
        {QStringLiteral("inputSchema"), schema},
        {QStringLiteral("annotations"),
            QJsonObject{{QStringLiteral("readOnlyHint"), false}, {QStringLiteral("destructiveHint"), false},
                {QStringLiteral("idempotentHint"), false}, {QStringLiteral("openWorldHint"), false}}}};
}

void McpServer::readInput()
{
    char buffer[64 * 1024];
    const ssize_t n = ::read(m_in, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        m_notifier->setEnabled(false);
        for (const LineFramer::Line &line : m_framer.feed(QByteArrayLiteral("\n")))
            handle(line.data);
        return endOfInput();
    }
    for (const LineFramer::Line &line : m_framer.feed(QByteArray(buffer, n))) {
        if (line.tooLong)
            write(Message::error(QJsonValue(), AgentProtocol::InvalidRequest,
                tr("A message was longer than %1 bytes and was ignored.").arg(MaxMcpMessageBytes)));
        else
            handle(line.data);
    }
}

void McpServer::handle(const QByteArray &line)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        write(Message::error(
            QJsonValue(), AgentProtocol::ParseError, tr("Parse error: %1.").arg(parseError.errorString())));
        return;
    }
    const QJsonObject m = doc.object();
    const QJsonValue id = m.value(QStringLiteral("id"));
    const bool hasId = m.contains(QStringLiteral("id"));
    if (!doc.isObject() || m.value(QStringLiteral("jsonrpc")).toString() != QLatin1String("2.0")
        || !m.value(QStringLiteral("method")).isString() || (hasId && !id.isString() && !id.isDouble())) {
        // Responses from the client (we send it no requests) are ignored.
        if (doc.isObject() && (m.contains(QStringLiteral("result")) || m.contains(QStringLiteral("error"))))
            return;
        write(Message::error(id.isString() || id.isDouble() ? id : QJsonValue(), AgentProtocol::InvalidRequest,
            tr("Invalid request: JSON-RPC 2.0 needs \"jsonrpc\": \"2.0\" and a \"method\".")));
        return;
    }
    const QString method = m.value(QStringLiteral("method")).toString();
    const QJsonObject params = m.value(QStringLiteral("params")).toObject();
    if (!hasId) {
        if (method == QLatin1String("notifications/cancelled"))
            cancel(params.value(QStringLiteral("requestId")), params.value(QStringLiteral("reason")).toString());
        return; // notifications/initialized and the like need nothing
    }
    dispatch(id, method, params);
}

void McpServer::dispatch(const QJsonValue &id, const QString &method, const QJsonObject &params)
{
    if (method == QLatin1String("initialize")) {
        initialize(id, params);
    } else if (method == QLatin1String("ping")) {
        write(Message::response(id, QJsonObject()));
    } else if (method == QLatin1String("tools/list")) {
        write(Message::response(id, QJsonObject{{QStringLiteral("tools"), QJsonArray{runPythonTool()}}}));
    } else if (method == QLatin1String("tools/call")) {
        callTool(id, params);
    } else {
        write(Message::error(id, AgentProtocol::MethodNotFound, tr("Method not found: %1").arg(method.left(100))));
    }
}

void McpServer::initialize(const QJsonValue &id, const QJsonObject &params)
{
    const QJsonObject client = params.value(QStringLiteral("clientInfo")).toObject();
    m_clientName = client.value(QStringLiteral("name")).toString().left(120);
    m_clientVersion = client.value(QStringLiteral("version")).toString().left(60);
    // The client's version when we speak it, else our newest (the client
    // then decides whether it can go on).
    const QString asked = params.value(QStringLiteral("protocolVersion")).toString();
    m_protocolVersion = protocolVersions().contains(asked) ? asked : protocolVersions().first();
    write(Message::response(id,
        QJsonObject{{QStringLiteral("protocolVersion"), m_protocolVersion},
            {QStringLiteral("capabilities"),
                QJsonObject{{QStringLiteral("tools"), QJsonObject{{QStringLiteral("listChanged"), false}}}}},
            {QStringLiteral("serverInfo"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("airlock")},
                    {QStringLiteral("title"), QStringLiteral("Airlock")},
                    {QStringLiteral("version"), QCoreApplication::applicationVersion()}}},
            {QStringLiteral("instructions"),
                QStringLiteral("run_python runs Python only after a human analyst approves it, in a sandbox without "
                               "network. Explain in the justification what the code does and why. Calls can take "
                               "minutes while the analyst reviews; a rejection comes with the analyst's reason.")}}));
}

QJsonObject McpServer::requestFrom(const QJsonObject &arguments, QString *problem) const
{
    static const QStringList known{
        QStringLiteral("code"), QStringLiteral("justification"), QStringLiteral("files"), QStringLiteral("limits")};
    for (auto it = arguments.begin(); it != arguments.end(); ++it) {
        if (!known.contains(it.key())) {
            *problem = tr("Unknown argument \"%1\"; run_python takes code, justification, files and limits.")
                           .arg(it.key().left(60));
            return {};
        }
    }
    const QJsonValue code = arguments.value(QStringLiteral("code"));
    const QJsonValue why = arguments.value(QStringLiteral("justification"));
    if (!code.isString() || code.toString().trimmed().isEmpty()) {
        *problem = tr("\"code\" must be a non-empty string.");
        return {};
    }
    if (!why.isString() || why.toString().trimmed().isEmpty()) {
        *problem = tr("\"justification\" must be a non-empty string: the analyst reads it.");
        return {};
    }
    QJsonObject request{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
        {QStringLiteral("agent"), m_clientName.isEmpty() ? QStringLiteral("mcp-client") : m_clientName},
        {QStringLiteral("prompt"), why.toString()}, {QStringLiteral("code"), code.toString()},
        {QStringLiteral("network"), QStringLiteral("none")}};
    if (arguments.contains(QStringLiteral("files"))) {
        const QJsonValue files = arguments.value(QStringLiteral("files"));
        if (!files.isArray()) {
            *problem = tr("\"files\" must be an array of {name, path}.");
            return {};
        }
        for (const QJsonValue &f : files.toArray()) {
            const QJsonObject o = f.toObject();
            if (!f.isObject() || !o.value(QStringLiteral("name")).isString()
                || !o.value(QStringLiteral("path")).isString() || o.size() != 2) {
                *problem = tr("Each entry of \"files\" must be an object with the strings \"name\" and \"path\".");
                return {};
            }
        }
        request.insert(QStringLiteral("files"), files);
    }
    if (arguments.contains(QStringLiteral("limits"))) {
        const QJsonValue limits = arguments.value(QStringLiteral("limits"));
        static const QStringList keys{QStringLiteral("timeout_s"), QStringLiteral("max_output_bytes"),
            QStringLiteral("memory_mb"), QStringLiteral("max_artifact_mb")};
        const QJsonObject o = limits.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const double v = it.value().toDouble(-1);
            if (!keys.contains(it.key()) || !it.value().isDouble() || v < 1 || v != qint64(v)) {
                *problem = tr("\"limits\" takes positive integers for timeout_s, max_output_bytes, memory_mb and "
                              "max_artifact_mb.");
                return {};
            }
        }
        if (!limits.isObject()) {
            *problem = tr("\"limits\" must be an object.");
            return {};
        }
        request.insert(QStringLiteral("limits"), limits);
    }
    return request;
}

void McpServer::callTool(const QJsonValue &id, const QJsonObject &params)
{
    const QString name = params.value(QStringLiteral("name")).toString();
    if (name != QLatin1String("run_python")) {
        write(Message::error(id, AgentProtocol::InvalidParams, tr("Unknown tool: %1").arg(name.left(100))));
        return;
    }
    const QJsonObject arguments = params.value(QStringLiteral("arguments")).toObject();
    // Text without a UTF-8 form anywhere in the arguments: the workbench
    // refuses it naming the argument and records the call as it came (Qt
    // writes such text as JSON escapes, so nothing is lost on the way).
    const bool unencodable = CanonicalText::findProblem(arguments).has_value();
    QString problem;
    const QJsonObject request = unencodable ? QJsonObject() : requestFrom(arguments, &problem);
    if (!problem.isEmpty()) {
        write(Message::error(id, AgentProtocol::InvalidParams, problem));
        return;
    }
    const QJsonValue submitted = unencodable
        ? QJsonValue(QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact)))
        : QJsonValue(request);
    const QString key = keyOf(id);
    if (m_calls.contains(key)) {
        write(Message::error(id, AgentProtocol::InvalidRequest, tr("A call with this id is still in progress.")));
        return;
    }
    Call call;
    call.id = id;
    call.progressToken = params.value(QStringLiteral("_meta")).toObject().value(QStringLiteral("progressToken"));
    auto *client = new AgentClient(this);
    call.client = client;
    m_calls.insert(key, call);

    connect(client, &AgentClient::connected, this, [this, key, client, submitted]() {
        client->call(QStringLiteral("submit"),
            {{submitted.isString() ? QStringLiteral("document") : QStringLiteral("request"), submitted},
                {QStringLiteral("channel"), QStringLiteral("mcp")},
                {QStringLiteral("client"),
                    QJsonObject{
                        {QStringLiteral("name"), m_clientName}, {QStringLiteral("version"), m_clientVersion}}}});
        progress(key, tr("Handed to the Airlock workbench; waiting for the analyst."));
    });
    connect(client, &AgentClient::connectionFailed, this, [this, key](const QString &why) { failCall(key, why); });
    connect(client, &AgentClient::replied, this, [this, key, client](int replyId, const QJsonObject &result) {
        auto it = m_calls.find(key);
        if (it == m_calls.end())
            return;
        if (it->ticket.isEmpty()) {
            // The submit's answer: the ticket to wait on, or to withdraw.
            it->ticket = result.value(QStringLiteral("ticket")).toString();
            if (it->cancelled) {
                it->withdrawId = client->call(QStringLiteral("withdraw"),
                    {{QStringLiteral("ticket"), it->ticket},
                        {QStringLiteral("reason"), tr("The MCP client cancelled the call.")}});
                return;
            }
            it->waitId = client->call(QStringLiteral("wait"), {{QStringLiteral("ticket"), it->ticket}});
            return;
        }
        if (it->cancelled) {
            if (replyId != it->withdrawId)
                return;
            // The withdrawal was answered: a cancelled call gets no response.
            client->deleteLater();
            m_calls.erase(it);
            maybeFinish();
            return;
        }
        if (replyId == it->waitId)
            finishCall(key, result);
    });
    connect(client, &AgentClient::callFailed, this,
        [this, key](int, int, const QString &message) { failCall(key, message); });
    connect(client, &AgentClient::notified, this, [this, key](const QString &method, const QJsonObject &p) {
        if (method == QLatin1String("progress"))
            progress(key, p.value(QStringLiteral("message")).toString());
        else if (method == QLatin1String("error"))
            failCall(key, p.value(QStringLiteral("message")).toString());
    });
    connect(client, &AgentClient::disconnected, this,
        [this, key]() { failCall(key, tr("The workbench closed the connection before the request was settled.")); });
    client->connectToWorkbench();
}

void McpServer::cancel(const QJsonValue &requestId, const QString &reason)
{
    auto it = m_calls.find(keyOf(requestId));
    if (it == m_calls.end() || it->cancelled)
        return;
    it->cancelled = true;
    if (!it->ticket.isEmpty() && it->client && it->client->isConnected()) {
        it->withdrawId = it->client->call(QStringLiteral("withdraw"),
            {{QStringLiteral("ticket"), it->ticket},
                {QStringLiteral("reason"),
                    reason.isEmpty() ? tr("The MCP client cancelled the call.")
                                     : tr("The MCP client cancelled the call: %1").arg(reason.left(500))}});
        return;
    }
    if (it->client && it->client->isConnected())
        return; // withdrawn as soon as the submit is answered
    if (it->client)
        it->client->deleteLater();
    m_calls.erase(it);
    maybeFinish();
}

void McpServer::progress(const QString &key, const QString &text)
{
    auto it = m_calls.find(key);
    if (it == m_calls.end() || it->cancelled || (!it->progressToken.isString() && !it->progressToken.isDouble()))
        return;
    ++it->progress;
    write(Message::notification(QStringLiteral("notifications/progress"),
        {{QStringLiteral("progressToken"), it->progressToken}, {QStringLiteral("progress"), it->progress},
            {QStringLiteral("message"), text}}));
}

void McpServer::finishCall(const QString &key, const QJsonObject &result)
{
    auto it = m_calls.find(key);
    if (it == m_calls.end())
        return;
    const Call call = *it;
    m_calls.erase(it);
    if (call.client) {
        call.client->disconnect(this);
        call.client->deleteLater();
    }
    if (!call.cancelled)
        write(Message::response(call.id, toolResult(result)));
    maybeFinish();
}

void McpServer::failCall(const QString &key, const QString &text)
{
    auto it = m_calls.find(key);
    if (it == m_calls.end())
        return;
    const Call call = *it;
    m_calls.erase(it);
    if (call.client) {
        call.client->disconnect(this);
        call.client->deleteLater();
    }
    // A tool error, so the model reads why (a protocol error it might not).
    if (!call.cancelled)
        write(Message::response(call.id,
            QJsonObject{{QStringLiteral("content"),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}}}},
                {QStringLiteral("isError"), true}}));
    maybeFinish();
}

QJsonObject McpServer::toolResult(const QJsonObject &r) const
{
    const QString status = r.value(QStringLiteral("status")).toString();
    const QString message = r.value(QStringLiteral("message")).toString();
    const QJsonObject release = r.value(QStringLiteral("release")).toObject();
    QStringList text;
    if (status == QLatin1String("succeeded")) {
        text << tr("The analyst approved the code; it ran and the analyst released its results (exit code %1, %2 ms).")
                    .arg(r.value(QStringLiteral("exit_code")).toInt())
                    .arg(r.value(QStringLiteral("duration_ms")).toInteger());
    } else if (status == QLatin1String("rejected")) {
        text << tr("The analyst rejected the request: %1").arg(message);
    } else if (status == QLatin1String("blocked")) {
        QStringList blocks;
        for (const QJsonValue &v : r.value(QStringLiteral("verdicts")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("severity")).toString() == QLatin1String("block"))
                blocks << QStringLiteral("- %1: %2")
                              .arg(o.value(QStringLiteral("rule")).toString(),
                                  o.value(QStringLiteral("message")).toString());
        }
        text << tr("The policy \"%1\" blocks this request, and the analyst did not override it.")
                    .arg(r.value(QStringLiteral("policy")).toObject().value(QStringLiteral("name")).toString())
             << blocks.join(QLatin1Char('\n'));
        if (!message.isEmpty())
            text << tr("The analyst's reason: %1").arg(message);
    } else if (status == QLatin1String("withheld") && r.value(QStringLiteral("recorded")) == QJsonValue(false)) {
        // Not the analyst's choice: what the trail does not hold never leaves.
        text << tr("The code ran (%1), but its end could not be recorded in the audit trail, so nothing it made is "
                   "released.")
                    .arg(r.value(QStringLiteral("run_status")).toString());
    } else if (status == QLatin1String("withheld")) {
        text << tr("The code ran (%1), but the analyst withheld its results: %2")
                    .arg(r.value(QStringLiteral("run_status")).toString(),
                        release.value(QStringLiteral("reason")).toString());
    } else if (status == QLatin1String("malformed")) {
        text << tr("The request was not valid: %1").arg(message);
    } else if (status == QLatin1String("withdrawn")) {
        text << tr("The request was withdrawn before it was settled.");
    } else {
        const QJsonValue exit = r.value(QStringLiteral("exit_code"));
        text << tr("The run did not succeed (%1%2).")
                    .arg(status, exit.isDouble() ? tr(", exit code %1").arg(exit.toInt()) : QString());
        if (!message.isEmpty())
            text << message;
    }
    for (const char *channel : {"stdout", "stderr"}) {
        const QString out = r.value(QLatin1String(channel)).toString();
        if (out.isEmpty())
            continue;
        const bool cut = r.value(QLatin1String(channel) + QLatin1String("_truncated")).toBool();
        text << QStringLiteral("%1:\n%2%3")
                    .arg(QLatin1String(channel), out, cut ? tr("\n[cut at the limit]") : QString());
    }
    QJsonArray content{QJsonObject{
        {QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text.join(QStringLiteral("\n\n"))}}};
    const QString runId = r.value(QStringLiteral("run_id")).toString();
    for (const QJsonValue &v : r.value(QStringLiteral("artifacts")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString data = a.value(QStringLiteral("content_base64")).toString();
        if (data.isEmpty() && a.value(QStringLiteral("bytes")).toInteger() > 0)
            continue;
        const QString type = a.value(QStringLiteral("media_type")).toString(QStringLiteral("application/octet-stream"));
        const QString name = a.value(QStringLiteral("name")).toString();
        if (type == QLatin1String("image/png") || type == QLatin1String("image/jpeg")) {
            content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                {QStringLiteral("data"), data}, {QStringLiteral("mimeType"), type}});
            continue;
        }
        QJsonObject resource{{QStringLiteral("uri"),
                                 QStringLiteral("airlock://runs/%1/%2")
                                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(runId)),
                                         QString::fromLatin1(QUrl::toPercentEncoding(name)))},
            {QStringLiteral("mimeType"), type}};
        const QByteArray bytes = QByteArray::fromBase64(data.toLatin1());
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8.decode(bytes);
        if (isTextual(type) && !utf8.hasError())
            resource.insert(QStringLiteral("text"), decoded);
        else
            resource.insert(QStringLiteral("blob"), data);
        content.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("resource")}, {QStringLiteral("resource"), resource}});
    }
    return {{QStringLiteral("content"), content}, {QStringLiteral("isError"), status != QLatin1String("succeeded")}};
}

void McpServer::write(const QByteArray &line)
{
    qsizetype done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(m_out, line.constData() + done, size_t(line.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // the client is gone; input's end follows
        done += n;
    }
}

void McpServer::endOfInput()
{
    m_inputEnded = true;
    // The client went away: nobody can receive these results any more.
    const QStringList keys = m_calls.keys();
    for (const QString &key : keys)
        cancel(m_calls.value(key).id, tr("the MCP client went away"));
    // Withdrawals are answered at once; do not hang on a stuck workbench.
    QTimer::singleShot(5000, this, &McpServer::finished);
    maybeFinish();
}

void McpServer::maybeFinish()
{
    if (m_inputEnded && m_calls.isEmpty())
        QMetaObject::invokeMethod(this, &McpServer::finished, Qt::QueuedConnection);
}

QString McpServer::keyOf(const QJsonValue &id)
{
    // Every digit counts: ids 1000000 and 1000001 are different calls.
    return id.isString() ? QLatin1Char('s') + id.toString()
                         : QLatin1Char('n') + QString::number(id.toDouble(), 'g', 17);
}

} // namespace Airlock
