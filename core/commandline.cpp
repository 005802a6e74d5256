// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "commandline.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include "codeanalyzer.h"
#include "doctor.h"
#include "doctorcache.h"
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
              "  check REQUEST.json [--policy P] [--json]\n"
              "                    the policy's verdicts on a request; exit 0 when runnable, 3 when blocked\n"
              "  run REQUEST.json --approve --reviewer NAME [--reason TEXT] [--override-reason TEXT]\n"
              "                    [--policy P] [--out DIR] [--json]\n"
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
    if (command == QLatin1String("check"))
        return check(arguments.mid(1));
    if (command == QLatin1String("run"))
        return runCommand(arguments.mid(1));
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
    DoctorCache::store(report);

    if (parser.isSet(json))
        m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        m_out << report.toText();
    m_out.flush();
    return report.ready() ? Success : RunFailed;
}

std::optional<Policy> CommandLine::policyFrom(const QString &path)
{
    if (path.isEmpty())
        return Policy::defaultPolicy();
    QList<Policy::Error> errors;
    std::optional<Policy> policy = Policy::load(path, &errors);
    if (!policy) {
        m_err << tr("airlockctl: the policy %1 is not valid:").arg(path) << Qt::endl;
        for (const Policy::Error &e : std::as_const(errors))
            m_err << QStringLiteral("  ") << e.toString() << Qt::endl;
    }
    return policy;
}

std::unique_ptr<PreparedRun> CommandLine::review(const QString &requestPath, const Policy &policy, bool json, int *exitCode)
{
    Request::Error error;
    const std::optional<Request> request = Request::load(requestPath, &error);
    if (!request) {
        RunResult result;
        result.status = RunResult::Status::Malformed;
        result.message = error.toString();
        if (json)
            printRunResult(result, true);
        m_err << tr("airlockctl: %1 is not a valid request: %2").arg(requestPath, error.toString()) << Qt::endl;
        *exitCode = Usage;
        return nullptr;
    }
    QString prepareError;
    std::unique_ptr<PreparedRun> prepared =
        PreparedRun::prepare(*request, policy, LimitEnforcement::detect(), &prepareError);
    if (!prepared) {
        m_err << tr("airlockctl: cannot prepare the request: %1").arg(prepareError) << Qt::endl;
        *exitCode = RunFailed;
        return nullptr;
    }
    CodeAnalyzer analyzer;
    QEventLoop loop;
    QObject::connect(&analyzer, &CodeAnalyzer::finished, &loop, [&](const QList<Verdict> &verdicts) {
        prepared->addVerdicts(verdicts);
        loop.quit();
    });
    analyzer.start(request->codeBytes(), policy, prepared->declaredNames());
    loop.exec();
    *exitCode = Success;
    return prepared;
}

bool CommandLine::sandboxReady()
{
    if (DoctorCache::recentlyPassed())
        return true;
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
    DoctorCache::store(report);
    if (!report.ready()) {
        m_err << tr("airlockctl: %1 Run \"airlockctl doctor\" for the details.").arg(report.summary()) << Qt::endl;
        return false;
    }
    return true;
}

namespace {
QJsonObject policyJson(const Policy &policy)
{
    return {{QStringLiteral("name"), policy.name},
            {QStringLiteral("sha256"), policy.sha256},
            {QStringLiteral("path"), policy.sourcePath.isEmpty() ? QJsonValue() : QJsonValue(policy.sourcePath)}};
}
} // namespace

int CommandLine::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows the policy's verdicts on a request, without running it."));
    parser.addPositionalArgument(QStringLiteral("request"), tr("The request file (airlock.request/v1)."));
    const QCommandLineOption policyOption(QStringLiteral("policy"), tr("The policy to check against."), tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the verdicts as JSON."));
    parser.addOptions({policyOption, json});
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        m_err << tr("airlockctl check: %1").arg(parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("airlockctl check: give exactly one request file") << Qt::endl;
        return Usage;
    }
    const std::optional<Policy> policy = policyFrom(parser.value(policyOption));
    if (!policy)
        return Usage;
    int exitCode = Success;
    const std::unique_ptr<PreparedRun> prepared =
        review(parser.positionalArguments().constFirst(), *policy, parser.isSet(json), &exitCode);
    if (!prepared)
        return exitCode;

    const bool blocked = prepared->blocked();
    if (parser.isSet(json)) {
        QJsonArray verdicts;
        for (const Verdict &v : prepared->verdicts())
            verdicts.append(v.toJson());
        QJsonArray inputs;
        for (const auto &i : prepared->inputs())
            inputs.append(i.toJson());
        const QJsonObject o{{QStringLiteral("request_id"), prepared->request().requestId()},
                            {QStringLiteral("runnable"), !blocked},
                            {QStringLiteral("verdicts"), verdicts},
                            {QStringLiteral("inputs"), inputs},
                            {QStringLiteral("code_sha256"), prepared->request().codeSha256()},
                            {QStringLiteral("policy"), policyJson(*policy)}};
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        printVerdicts(prepared->verdicts());
        m_out << (blocked ? tr("Blocked by the policy \"%1\".").arg(policy->name)
                          : tr("Runnable under the policy \"%1\".").arg(policy->name))
              << Qt::endl;
    }
    m_out.flush();
    return blocked ? Blocked : Success;
}

int CommandLine::runCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs an approved request in a fresh sandbox."));
    parser.addPositionalArgument(QStringLiteral("request"), tr("The request file (airlock.request/v1)."));
    const QCommandLineOption approve(QStringLiteral("approve"), tr("Approve the request: nothing runs without it."));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"), tr("Who approves (recorded with the decision)."),
                                      tr("name"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why it is approved."), tr("text"));
    const QCommandLineOption overrideReason(QStringLiteral("override-reason"),
                                            tr("Run despite a blocking verdict, where the policy allows it, for this reason."),
                                            tr("text"));
    const QCommandLineOption policyOption(QStringLiteral("policy"), tr("The policy to hold the request to."), tr("file"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Copy the run's output files into this folder."),
                                 tr("folder"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOptions({approve, reviewer, reason, overrideReason, policyOption, out, json});
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        m_err << tr("airlockctl run: %1").arg(parser.errorText()) << Qt::endl;
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
    const std::optional<Policy> policy = policyFrom(parser.value(policyOption));
    if (!policy)
        return Usage;

    int exitCode = Success;
    const std::unique_ptr<PreparedRun> prepared = review(positional.constFirst(), *policy, asJson, &exitCode);
    if (!prepared)
        return exitCode;
    const Request &request = prepared->request();

    Decision::Outcome outcome = Decision::Outcome::Approved;
    QString decisionReason = parser.value(reason);
    if (prepared->blocked()) {
        QString refusal;
        const QString justification = parser.value(overrideReason).trimmed();
        if (!parser.isSet(overrideReason))
            refusal = policy->overrideBlock == Policy::OverrideRule::WithReason
                ? tr("The policy blocks this request; nothing ran. The policy allows an override with "
                     "--override-reason and a justification of at least %n character(s).",
                     nullptr, policy->overrideMinReasonChars)
                : tr("The policy blocks this request and allows no override; nothing ran.");
        else if (policy->overrideBlock == Policy::OverrideRule::Never)
            refusal = tr("The policy \"%1\" allows no override of a blocking verdict; nothing ran.").arg(policy->name);
        else if (justification.size() < policy->overrideMinReasonChars)
            refusal = tr("An override needs a justification of at least %n character(s); nothing ran.", nullptr,
                         policy->overrideMinReasonChars);
        if (!refusal.isEmpty()) {
            RunResult result;
            result.requestId = request.requestId();
            result.status = RunResult::Status::Blocked;
            result.verdicts = prepared->verdicts();
            result.inputs = prepared->inputs();
            result.policy = policyJson(*policy);
            result.message = refusal;
            printRunResult(result, asJson);
            return Blocked;
        }
        outcome = Decision::Outcome::Overridden;
        decisionReason = justification;
    }

    // The seed's gate: nothing runs on a machine where the sandbox is not proven.
    if (!sandboxReady())
        return RunFailed;

    const Decision decision =
        Decision::make(outcome, parser.value(reviewer), decisionReason, QStringLiteral("airlockctl"), request.codeSha256());
    SandboxRunner runner;
    RunResult result;
    QEventLoop loop;
    QObject::connect(&runner, &SandboxRunner::finished, &loop, [&](const RunResult &r) {
        result = r;
        loop.quit();
    });
    runner.start(prepared.get(), decision);
    loop.exec();
    result.policy = policyJson(*policy);

    if (parser.isSet(out) && !result.artifacts.isEmpty()) {
        const QString writeError = ArtifactCollector::writeTo(result.artifacts, parser.value(out));
        if (!writeError.isEmpty())
            m_err << tr("airlockctl run: %1").arg(writeError) << Qt::endl;
    }
    printRunResult(result, asJson);
    return result.status == RunResult::Status::Succeeded ? Success : RunFailed;
}

void CommandLine::printVerdicts(const QList<Verdict> &verdicts)
{
    for (const Verdict &v : verdicts) {
        QString where = v.line > 0 ? tr("line %1").arg(v.line) : QString();
        m_out << QStringLiteral("%1  %2  %3%4\n")
                     .arg(Verdict::severityId(v.severity).toUpper().leftJustified(5), v.rule,
                          where.isEmpty() ? QString() : where + QLatin1String(": "), v.message);
    }
    if (verdicts.isEmpty())
        m_out << tr("No findings.") << '\n';
}

void CommandLine::printRunResult(const RunResult &result, bool json)
{
    if (json) {
        m_out << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
        m_out.flush();
        return;
    }
    if (!result.verdicts.isEmpty())
        printVerdicts(result.verdicts);
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
        summary += QStringLiteral(" \u2014 ") + result.message;
    m_err << summary << Qt::endl;
}

} // namespace Airlock
