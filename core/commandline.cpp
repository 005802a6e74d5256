// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "commandline.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

#include "doctor.h"
#include "limitenforcement.h"
#include "policy.h"
#include "preparedrun.h"
#include "request.h"
#include "runresult.h"
#include "sandboxrunner.h"

namespace Airlock {

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString CommandLine::usage() const
{
    return tr("Usage: airlockctl COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  run REQUEST.json --approve --reviewer NAME [--reason TEXT] [--out DIR] [--json]\n"
              "                    run an approved request in a fresh sandbox\n"
              "  doctor [--json]   prove that the sandbox is real on this machine; exit 0 only\n"
              "                    when every required check passes\n"
              "\n"
              "Exit codes: 0 success, 1 the run failed (non-zero exit, timeout, killed),\n"
              "2 bad usage or malformed input, 3 blocked by policy, 4 rejected.\n"
              "\n"
              "airlockctl --help | --version\n");
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
              << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        m_out << usage();
        return Success;
    }
    if (command == QLatin1String("doctor"))
        return doctor(arguments.mid(1));
    if (command == QLatin1String("run"))
        return run(arguments.mid(1), command);
    if (command.isEmpty())
        m_err << tr("airlockctl: no command given") << Qt::endl;
    else
        m_err << tr("airlockctl: unknown command \"%1\"").arg(command) << Qt::endl;
    m_err << usage();
    return Usage;
}

int CommandLine::doctor(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Proves that the sandbox is real on this machine."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the report as JSON."));
    parser.addOption(json);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        m_err << tr("airlockctl doctor: %1").arg(parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("airlockctl doctor: unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst())
              << Qt::endl;
        return Usage;
    }

    Doctor doctor;
    DoctorReport report;
    QEventLoop loop;
    QObject::connect(&doctor, &Doctor::finished, &loop, [&](const DoctorReport &r) {
        report = r;
        loop.quit();
    });
    doctor.start();
    if (doctor.isRunning())
        loop.exec();

    if (parser.isSet(json))
        m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        m_out << report.toText();
    m_out.flush();
    return report.ready() ? Success : RunFailed;
}

int CommandLine::run(const QStringList &arguments, const QString &command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs an approved request in a fresh sandbox."));
    parser.addPositionalArgument(QStringLiteral("request"), tr("The request file (airlock.request/v1)."));
    const QCommandLineOption approve(QStringLiteral("approve"), tr("Approve the request: nothing runs without it."));
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"), tr("Who approves (recorded with the decision)."), tr("name"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why it is approved."), tr("text"));
    const QCommandLineOption out(
        QStringLiteral("out"), tr("Copy the run's output files into this folder."), tr("folder"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOptions({approve, reviewer, reason, out, json});
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        m_err << tr("airlockctl %1: %2").arg(command, parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        m_err << tr("airlockctl run: give exactly one request file") << Qt::endl;
        return Usage;
    }
    if (!parser.isSet(approve)) {
        m_err << tr("airlockctl run: nothing runs without an explicit --approve") << Qt::endl;
        return Usage;
    }
    if (parser.value(reviewer).trimmed().isEmpty()) {
        m_err << tr("airlockctl run: --reviewer NAME is required: every decision names who made it") << Qt::endl;
        return Usage;
    }
    const bool asJson = parser.isSet(json);

    Request::Error error;
    const std::optional<Request> request = Request::load(positional.constFirst(), &error);
    if (!request) {
        RunResult result;
        result.status = RunResult::Status::Malformed;
        result.message = error.toString();
        if (asJson)
            printRunResult(result, true);
        m_err << tr("airlockctl run: %1 is not a valid request: %2").arg(positional.constFirst(), error.toString())
              << Qt::endl;
        return Usage;
    }

    QString prepareError;
    const std::unique_ptr<PreparedRun> prepared
        = PreparedRun::prepare(*request, Policy::builtIn(), LimitEnforcement::detect(), &prepareError);
    if (!prepared) {
        m_err << tr("airlockctl run: cannot prepare the run: %1").arg(prepareError) << Qt::endl;
        return RunFailed;
    }
    if (prepared->blocked()) {
        RunResult result;
        result.requestId = request->requestId();
        result.status = RunResult::Status::Blocked;
        result.verdicts = prepared->verdicts();
        result.inputs = prepared->inputs();
        result.message = tr("The policy blocks this request; nothing ran.");
        printRunResult(result, asJson);
        return Blocked;
    }

    const Decision decision = Decision::make(Decision::Outcome::Approved, parser.value(reviewer), parser.value(reason),
        QStringLiteral("airlockctl"), request->codeSha256());
    SandboxRunner runner;
    RunResult result;
    QEventLoop loop;
    QObject::connect(&runner, &SandboxRunner::finished, &loop, [&](const RunResult &r) {
        result = r;
        loop.quit();
    });
    runner.start(prepared.get(), decision);
    loop.exec();

    if (parser.isSet(out) && !result.artifacts.isEmpty()) {
        const QString writeError = ArtifactCollector::writeTo(result.artifacts, parser.value(out));
        if (!writeError.isEmpty())
            m_err << tr("airlockctl run: %1").arg(writeError) << Qt::endl;
    }
    printRunResult(result, asJson);
    return result.status == RunResult::Status::Succeeded ? Success : RunFailed;
}

void CommandLine::printRunResult(const RunResult &result, bool json)
{
    if (json) {
        m_out << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
        m_out.flush();
        return;
    }
    for (const Verdict &v : result.verdicts)
        m_out << QStringLiteral("%1  %2  %3\n").arg(Verdict::severityId(v.severity).toUpper(), v.rule, v.message);
    if (!result.stdoutData.isEmpty()) {
        m_out << QString::fromUtf8(result.stdoutData);
        if (!result.stdoutData.endsWith('\n'))
            m_out << '\n';
    }
    if (result.stdoutTruncated)
        m_out << tr("[output truncated: %1 of %2 bytes shown]").arg(result.stdoutData.size()).arg(result.stdoutBytes)
              << '\n';
    m_out.flush();
    if (!result.stderrData.isEmpty()) {
        m_err << QString::fromUtf8(result.stderrData);
        if (!result.stderrData.endsWith('\n'))
            m_err << '\n';
    }
    if (result.stderrTruncated)
        m_err << tr("[error output truncated: %1 of %2 bytes shown]")
                     .arg(result.stderrData.size())
                     .arg(result.stderrBytes)
              << '\n';
    for (const auto &a : result.artifacts)
        m_err
            << tr("artifact %1 (%2 bytes, %3, sha256 %4)").arg(a.name).arg(a.content.size()).arg(a.mediaType, a.sha256)
            << '\n';
    for (const auto &r : result.rejectedArtifacts)
        m_err << tr("not collected: %1 (%2)").arg(r.name, r.reason) << '\n';
    QString summary = tr("%1: %2").arg(
        result.runId.isEmpty() ? result.requestId : result.runId, RunResult::statusId(result.status));
    if (result.exitCode)
        summary += tr(", exit code %1").arg(*result.exitCode);
    if (result.durationMs > 0)
        summary += tr(", %1 ms").arg(result.durationMs);
    if (!result.message.isEmpty())
        summary += QLatin1String(" — ") + result.message;
    m_err << summary << Qt::endl;
}

} // namespace Airlock
