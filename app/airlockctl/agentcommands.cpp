// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
// airlockctl submit and mcp: a request handed to the running workbench, as an agent would.
#include "commandline.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

#include "agentclient.h"
#include "agentprotocol.h"
#include "canonicaltext.h"
#include "mcpserver.h"
#include "outcometext.h"
#include "terminaltext.h"

namespace Airlock {

int CommandLine::submit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Hands a request to the running workbench, where the analyst decides on it."));
    parser.addPositionalArgument(QStringLiteral("request"), tr("The request file (airlock.request/v1)."));
    const QCommandLineOption wait(QStringLiteral("wait"),
        tr("Wait until the analyst has decided and the results are released; exit with the run's code."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        tr("With --wait: give up after this many seconds and withdraw the request."), tr("seconds"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOptions({wait, timeout, json});
    parser.addHelpOption();
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("airlockctl submit")))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("airlockctl submit: give exactly one request file") << Qt::endl;
        return Usage;
    }
    bool ok = true;
    const double timeoutS = parser.isSet(timeout) ? parser.value(timeout).toDouble(&ok) : 0;
    if (!ok || timeoutS < 0 || (parser.isSet(timeout) && !parser.isSet(wait))) {
        m_err << tr("airlockctl submit: --timeout takes a number of seconds, and only with --wait") << Qt::endl;
        return Usage;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("airlockctl submit: cannot read %1: %2").arg(visibleText(path), file.errorString()) << Qt::endl;
        return Usage;
    }
    const QByteArray raw = file.read(16 * 1024 * 1024 + 1);
    // The socket carries text: bytes that are not UTF-8 would arrive changed.
    if (const qsizetype invalid = CanonicalText::invalidUtf8At(raw); invalid >= 0) {
        m_err << tr("airlockctl submit: %1 is not UTF-8 text (byte %2); nothing was sent").arg(path).arg(invalid)
              << Qt::endl;
        return Usage;
    }
    QJsonObject params{{QStringLiteral("channel"), QStringLiteral("socket")},
        {QStringLiteral("client"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("airlockctl submit")},
                {QStringLiteral("version"), QCoreApplication::applicationVersion()}}}};
    QJsonParseError parseError{};
    QJsonObject request = QJsonDocument::fromJson(raw, &parseError).object();
    if (parseError.error == QJsonParseError::NoError && !request.isEmpty()) {
        // Paths are relative to the request file (SPEC §1); the workbench
        // has no such folder, so they travel absolute.
        const QDir base = QFileInfo(path).absoluteDir();
        QJsonArray files = request.value(QStringLiteral("files")).toArray();
        for (qsizetype i = 0; i < files.size(); ++i) {
            QJsonObject f = files.at(i).toObject();
            const QJsonValue p = f.value(QStringLiteral("path"));
            if (p.isString() && !p.toString().isEmpty() && QDir::isRelativePath(p.toString())) {
                f.insert(QStringLiteral("path"), QDir::cleanPath(base.filePath(p.toString())));
                files[i] = f;
            }
        }
        if (request.value(QStringLiteral("files")).isArray())
            request.insert(QStringLiteral("files"), files);
        params.insert(QStringLiteral("request"), request);
    } else {
        // Not a request: the workbench records it as it came and says why.
        params.insert(QStringLiteral("document"), QString::fromUtf8(raw));
    }

    AgentClient client;
    QEventLoop loop;
    int exitCode = RunFailed;
    QString ticket;
    int submitId = -1;
    int waitId = -1;
    int withdrawId = -1;
    QString lastProgress;
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&client, &AgentClient::connectionFailed, &loop, [&](const QString &why) {
        m_err << tr("airlockctl submit: %1").arg(visibleText(why)) << Qt::endl;
        exitCode = NoWorkbench;
        loop.quit();
    });
    QObject::connect(
        &client, &AgentClient::connected, &loop, [&]() { submitId = client.call(QStringLiteral("submit"), params); });
    QObject::connect(&client, &AgentClient::disconnected, &loop, [&]() {
        m_err << tr("airlockctl submit: the workbench closed the connection") << Qt::endl;
        loop.quit();
    });
    QObject::connect(&client, &AgentClient::callFailed, &loop, [&](int, int, const QString &message) {
        m_err << tr("airlockctl submit: %1").arg(visibleText(message)) << Qt::endl;
        loop.quit();
    });
    QObject::connect(&client, &AgentClient::notified, &loop, [&](const QString &method, const QJsonObject &p) {
        const QString message = p.value(QStringLiteral("message")).toString();
        if (method == QLatin1String("error")) {
            m_err << tr("airlockctl submit: %1").arg(visibleText(message)) << Qt::endl;
            loop.quit();
            return;
        }
        if (method == QLatin1String("progress") && message != lastProgress && !parser.isSet(json)) {
            lastProgress = message;
            m_err << visibleText(message) << Qt::endl;
        }
    });
    QObject::connect(&client, &AgentClient::replied, &loop, [&](int id, const QJsonObject &result) {
        if (id == submitId) {
            ticket = result.value(QStringLiteral("ticket")).toString();
            if (!parser.isSet(wait)) {
                if (parser.isSet(json))
                    m_out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
                else
                    m_out << tr("Handed to the workbench: ticket %1 (%2)")
                                 .arg(
                                     visibleText(ticket), visibleText(result.value(QStringLiteral("state")).toString()))
                          << Qt::endl;
                m_out.flush();
                exitCode = Success;
                loop.quit();
                return;
            }
            waitId = client.call(QStringLiteral("wait"), {{QStringLiteral("ticket"), ticket}});
            if (timeoutS > 0)
                giveUp.start(int(qMin(timeoutS * 1000, 2e9)));
        } else if (id == waitId) {
            printAgentResult(result, parser.isSet(json));
            exitCode = AgentProtocol::exitCodeFor(result.value(QStringLiteral("status")).toString());
            loop.quit();
        } else if (id == withdrawId) {
            if (!result.value(QStringLiteral("withdrawn")).toBool())
                return; // too late to take back: the answer is on its way
            m_err << tr("airlockctl submit: no result after %1 s; the request was withdrawn").arg(timeoutS) << Qt::endl;
            exitCode = Withdrawn;
            loop.quit();
        }
    });
    QObject::connect(&giveUp, &QTimer::timeout, &loop, [&]() {
        withdrawId = client.call(QStringLiteral("withdraw"),
            {{QStringLiteral("ticket"), ticket},
                {QStringLiteral("reason"), tr("airlockctl submit gave up waiting after %1 s.").arg(timeoutS)}});
    });
    // Connecting may fail at once: only once the loop runs can it end it.
    QTimer::singleShot(0, &client, [&client]() { client.connectToWorkbench(); });
    loop.exec();
    return exitCode;
}

void CommandLine::printAgentResult(const QJsonObject &result, bool json)
{
    if (json) {
        m_out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
        m_out.flush();
        return;
    }
    for (const char *channel : {"stdout", "stderr"}) {
        const QString text = result.value(QLatin1String(channel)).toString();
        QTextStream &stream = qstrcmp(channel, "stdout") == 0 ? m_out : m_err;
        if (!text.isEmpty())
            stream << visibleText(text, true) << (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
        stream.flush();
    }
    for (const QJsonValue &v : result.value(QStringLiteral("artifacts")).toArray()) {
        const QJsonObject a = v.toObject();
        m_err << tr("artifact %1 (%2 bytes, %3, sha256 %4)")
                     .arg(visibleText(a.value(QStringLiteral("name")).toString()))
                     .arg(a.value(QStringLiteral("bytes")).toInteger())
                     .arg(visibleText(a.value(QStringLiteral("media_type")).toString()),
                         visibleText(a.value(QStringLiteral("sha256")).toString()))
              << '\n';
    }
    const QString status = result.value(QStringLiteral("status")).toString();
    QString words = OutcomeText::run(status, result.value(QStringLiteral("end_reason")).toString());
    if (status == QLatin1String("withheld") && result.contains(QStringLiteral("run_status")))
        words = tr("%1 (the run: %2)")
                    .arg(words, OutcomeText::run(result.value(QStringLiteral("run_status")).toString()));
    QString summary = tr("%1: %2").arg(visibleText(result.value(QStringLiteral("request_id")).toString()), words);
    const QString message = result.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        summary += QStringLiteral(" \u2014 ") + visibleText(message);
    const QJsonObject release = result.value(QStringLiteral("release")).toObject();
    if (release.value(QStringLiteral("state")).toString() == QLatin1String("released"))
        summary += tr(" (released by %1)").arg(visibleText(release.value(QStringLiteral("by")).toString()));
    m_err << summary << Qt::endl;
}

int CommandLine::mcp(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A Model Context Protocol server on stdin/stdout: its run_python tool hands each call to the running "
           "workbench and answers once the analyst has decided and released the results."));
    parser.addHelpOption();
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("airlockctl mcp")))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("airlockctl mcp: takes no arguments") << Qt::endl;
        return Usage;
    }
    // stdout carries the protocol and nothing else.
    McpServer server(STDIN_FILENO, STDOUT_FILENO);
    QEventLoop loop;
    QObject::connect(&server, &McpServer::finished, &loop, &QEventLoop::quit);
    server.start();
    loop.exec();
    return Success;
}

} // namespace Airlock
