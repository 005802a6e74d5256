// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "commandline.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

#include <unistd.h>

#include "agentclient.h"
#include "agentprotocol.h"
#include "auditexport.h"
#include "auditrecorder.h"
#include "audittrail.h"
#include "canonicaltext.h"
#include "codeanalyzer.h"
#include "decisionrules.h"
#include "doctor.h"
#include "doctorcache.h"
#include "limitenforcement.h"
#include "mcpserver.h"
#include "outcometext.h"
#include "policy.h"
#include "preparedrun.h"
#include "request.h"
#include "requestcheck.h"
#include "runresult.h"
#include "sandboxrunner.h"
#include "scenario.h"
#include "settings.h"
#include "terminaltext.h"
#include "userscope.h"

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
              "  check REQUEST.json [--policy P] [--json] [--db DB]\n"
              "                    the policy's verdicts on a request; exit 0 when runnable, 3 when blocked\n"
              "  run REQUEST.json --approve --reviewer NAME [--reason TEXT] [--override-reason TEXT]\n"
              "                    [--policy P] [--out DIR] [--json] [--db DB]\n"
              "                    run an approved request in a fresh sandbox\n"
              "  reject REQUEST.json --reviewer NAME --reason TEXT [--policy P] [--db DB]\n"
              "                    record a rejection\n"
              "  audit list [--since T] [--until T] [--agent A] [--agent-ref REF] [--reviewer R]\n"
              "             [--status S] [--search TEXT] [--limit N] [--json] [--db DB]\n"
              "  audit show ID [--json] [--db DB]\n"
              "  audit verify [--json] [--db DB]\n"
              "  audit export --format csv|json|html [filters] [-o FILE] [--db DB]\n"
              "               (listing and export leave trainer scenarios out unless --scenarios include|only)\n"
              "  demo [--out DIR] [--scenario ID]...\n"
              "                    run every trainer scenario end to end into a fresh trail, print what\n"
              "                    stopped each one, write the artifacts and the evidence report\n"
              "  doctor [--json]   prove that the sandbox is real on this machine; exit 0 only\n"
              "                    when every required check passes\n"
              "  submit REQUEST.json [--wait] [--timeout S] [--json]\n"
              "                    hand a request to the running workbench; with --wait, wait for the\n"
              "                    analyst's decision and the released result\n"
              "  mcp               a Model Context Protocol server on stdin/stdout whose run_python\n"
              "                    tool hands each call to the running workbench\n"
              "\n"
              "Exit codes: 0 success, 1 the run failed (non-zero exit, timeout, killed),\n"
              "2 bad usage or malformed input, 3 blocked by policy, 4 rejected (or results\n"
              "withheld), 5 withdrawn after --timeout, 6 no workbench running.\n"
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
    // The commands that start sandboxes: as an ordinary user, a cgroup of
    // their own from the user's systemd manager, where it can give one.
    if (command == QLatin1String("doctor") || command == QLatin1String("run") || command == QLatin1String("demo"))
        UserScope::enter();
    if (command == QLatin1String("doctor"))
        return doctor(arguments.mid(1));
    if (command == QLatin1String("check"))
        return check(arguments.mid(1));
    if (command == QLatin1String("run"))
        return runCommand(arguments.mid(1));
    if (command == QLatin1String("reject"))
        return reject(arguments.mid(1));
    if (command == QLatin1String("audit"))
        return audit(arguments.mid(1));
    if (command == QLatin1String("demo"))
        return demo(arguments.mid(1));
    if (command == QLatin1String("submit"))
        return submit(arguments.mid(1));
    if (command == QLatin1String("mcp"))
        return mcp(arguments.mid(1));
    if (command.isEmpty())
        m_err << tr("airlockctl: no command given") << Qt::endl;
    else
        m_err << tr("airlockctl: unknown command \"%1\"").arg(visibleText(command)) << Qt::endl;
    m_err << usage();
    return Usage;
}

DoctorReport CommandLine::runDoctor()
{
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
    return report;
}

std::optional<int> CommandLine::parseArguments(
    QCommandLineParser &parser, const QStringList &arguments, const QString &name)
{
    if (!parser.parse(arguments)) {
        m_err << tr("%1: %2").arg(name, visibleText(parser.errorText())) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

int CommandLine::doctor(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Proves that the sandbox is real on this machine."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the report as JSON."));
    parser.addOption(json);
    parser.addHelpOption();
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("airlockctl doctor")))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("airlockctl doctor: unexpected argument \"%1\"")
                     .arg(visibleText(parser.positionalArguments().constFirst()))
              << Qt::endl;
        return Usage;
    }

    const DoctorReport report = runDoctor();

    if (parser.isSet(json))
        m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        m_out << visibleText(report.toText(), true);
    m_out.flush();
    return report.ready() ? Success : RunFailed;
}

std::optional<Policy> CommandLine::policyFrom(const QString &given)
{
    // Without --policy: the one chosen in the settings, else the shipped default.
    const QString path = given.isEmpty() ? Settings().policyPath() : given;
    QList<Policy::Error> errors;
    std::optional<Policy> policy = Policy::loadOrDefault(path, &errors);
    if (!policy) {
        m_err << tr("airlockctl: the policy %1 is not valid:").arg(visibleText(path)) << Qt::endl;
        for (const Policy::Error &e : std::as_const(errors))
            m_err << QStringLiteral("  ") << visibleText(e.toString()) << Qt::endl;
    }
    return policy;
}

std::unique_ptr<AuditTrail> CommandLine::openTrail(const QString &path, bool readOnly)
{
    QString error;
    // Without --db: the trail the workbench uses too, as its settings say.
    std::unique_ptr<AuditTrail> trail = AuditTrail::open(path.isEmpty() ? Settings().auditTrailPath() : path,
        readOnly ? AuditTrail::Mode::ReadOnly : AuditTrail::Mode::ReadWrite, &error);
    if (!trail)
        m_err << tr("airlockctl: %1").arg(visibleText(error)) << Qt::endl;
    return trail;
}

std::unique_ptr<PreparedRun> CommandLine::review(const QString &requestPath, const Policy &policy, bool json,
    int *exitCode, AuditRecorder *recorder, const QString &scenario, const AuditTrail *history)
{
    Request::Error error;
    QByteArray raw;
    const std::optional<Request> request = Request::load(requestPath, &error, &raw);
    if (!request) {
        if (const QString failure
            = recorder ? recorder->malformed(QFileInfo(requestPath).absoluteFilePath(), raw, error.toString()) : QString();
            !failure.isEmpty())
            m_err << tr("airlockctl: the audit trail could not record this: %1").arg(visibleText(failure)) << Qt::endl;
        RunResult result;
        result.status = RunResult::Status::Malformed;
        result.message = error.toString();
        if (json)
            printRunResult(result, true);
        m_err << tr("airlockctl: %1 is not a valid request: %2")
                     .arg(visibleText(requestPath), visibleText(error.toString()))
              << Qt::endl;
        *exitCode = Usage;
        return nullptr;
    }
    QString prepareError;
    std::unique_ptr<PreparedRun> prepared
        = PreparedRun::prepare(*request, policy, LimitEnforcement::detect(), &prepareError);
    if (!prepared) {
        m_err << tr("airlockctl: cannot prepare the request: %1").arg(visibleText(prepareError)) << Qt::endl;
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
    // The agent's reference seen before: shown and recorded with the rest.
    if (const AuditTrail *trail = recorder ? recorder->trail() : history)
        prepared->addVerdicts(RequestCheck::seenBefore(*request, *trail));
    if (const QString failure
        = recorder ? recorder->request(*prepared, QFileInfo(requestPath).absoluteFilePath(), scenario) : QString();
        !failure.isEmpty()) {
        // Nothing goes further unrecorded.
        m_err << tr("airlockctl: the audit trail could not record the request: %1").arg(visibleText(failure))
              << Qt::endl;
        *exitCode = RunFailed;
        return nullptr;
    }
    *exitCode = Success;
    return prepared;
}

bool CommandLine::sandboxReady()
{
    if (DoctorCache::recentlyPassed())
        return true;
    const DoctorReport report = runDoctor();
    if (!report.ready()) {
        m_err << tr("airlockctl: %1 Run \"airlockctl doctor\" for the details.").arg(visibleText(report.summary()))
              << Qt::endl;
        return false;
    }
    return true;
}

int CommandLine::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows the policy's verdicts on a request, without running it."));
    parser.addPositionalArgument(QStringLiteral("request"), tr("The request file (airlock.request/v1)."));
    const QCommandLineOption policyOption(QStringLiteral("policy"), tr("The policy to check against."), tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the verdicts as JSON."));
    const QCommandLineOption db(
        QStringLiteral("db"), tr("The audit trail to look for the agent's reference in (only read)."), tr("file"));
    parser.addOptions({policyOption, json, db});
    parser.addHelpOption();
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("airlockctl check")))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("airlockctl check: give exactly one request file") << Qt::endl;
        return Usage;
    }
    const std::optional<Policy> policy = policyFrom(parser.value(policyOption));
    if (!policy)
        return Usage;
    // Only read, and only when there is one: was the agent's reference seen before?
    std::unique_ptr<AuditTrail> history;
    const QString trailPath = parser.isSet(db) ? parser.value(db) : Settings().auditTrailPath();
    if (parser.isSet(db) || QFileInfo::exists(trailPath)) {
        history = openTrail(trailPath, true);
        if (!history && parser.isSet(db))
            return Usage;
    }
    int exitCode = Success;
    const std::unique_ptr<PreparedRun> prepared = review(
        parser.positionalArguments().constFirst(), *policy, parser.isSet(json), &exitCode, nullptr, {}, history.get());
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
        const QString reference = prepared->request().agentReference();
        const QJsonObject o{{QStringLiteral("request_id"), prepared->request().requestId()},
            {QStringLiteral("agent_request_id"), reference.isEmpty() ? QJsonValue() : QJsonValue(reference)},
            {QStringLiteral("runnable"), !blocked}, {QStringLiteral("verdicts"), verdicts},
            {QStringLiteral("inputs"), inputs}, {QStringLiteral("code_sha256"), prepared->request().codeSha256()},
            {QStringLiteral("policy"), policy->identity()}};
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        printVerdicts(prepared->verdicts());
        m_out << (blocked ? tr("Blocked by the policy \"%1\".").arg(visibleText(policy->name))
                          : tr("Runnable under the policy \"%1\".").arg(visibleText(policy->name)))
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
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"), tr("Who approves (recorded with the decision)."), tr("name"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why it is approved."), tr("text"));
    const QCommandLineOption overrideReason(QStringLiteral("override-reason"),
        tr("Run despite a blocking verdict, where the policy allows it, for this reason."), tr("text"));
    const QCommandLineOption policyOption(
        QStringLiteral("policy"), tr("The policy to hold the request to."), tr("file"));
    const QCommandLineOption out(
        QStringLiteral("out"), tr("Copy the run's output files into this folder."), tr("folder"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The audit trail to record in."), tr("file"));
    parser.addOptions({approve, reviewer, reason, overrideReason, policyOption, out, json, db});
    parser.addHelpOption();
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("airlockctl run")))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        m_err << tr("airlockctl run: give exactly one request file") << Qt::endl;
        return Usage;
    }
    if (!parser.isSet(approve)) {
        m_err << tr("airlockctl run: nothing runs without an explicit --approve") << Qt::endl;
        return Usage;
    }
    if (DecisionRules::reviewerMissing(parser.value(reviewer))) {
        m_err << tr("airlockctl run: --reviewer NAME is required: every decision names who made it") << Qt::endl;
        return Usage;
    }
    const bool asJson = parser.isSet(json);
    const std::optional<Policy> policy = policyFrom(parser.value(policyOption));
    if (!policy)
        return Usage;

    const std::unique_ptr<AuditTrail> trail = openTrail(parser.value(db), false);
    if (!trail)
        return RunFailed;
    AuditRecorder recorder(trail.get(), QStringLiteral("airlockctl"));

    int exitCode = Success;
    const std::unique_ptr<PreparedRun> prepared
        = review(positional.constFirst(), *policy, asJson, &exitCode, &recorder);
    if (!prepared)
        return exitCode;
    const Request &request = prepared->request();

    Decision::Outcome outcome = Decision::Outcome::Approved;
    QString decisionReason = parser.value(reason);
    if (prepared->blocked()) {
        QString refusal;
        const QString justification = parser.value(overrideReason).trimmed();
        const DecisionRules::Override rule = DecisionRules::checkOverride(*policy, justification);
        if (!parser.isSet(overrideReason))
            refusal = DecisionRules::overridable(*policy)
                ? tr("The policy blocks this request; nothing ran. The policy allows an override with "
                     "--override-reason and a justification of at least %n character(s).",
                    nullptr, policy->overrideMinReasonChars)
                : tr("The policy blocks this request and allows no override; nothing ran.");
        else if (rule == DecisionRules::Override::NotAllowed)
            refusal = tr("The policy \"%1\" allows no override of a blocking verdict; nothing ran.")
                          .arg(visibleText(policy->name));
        else if (rule == DecisionRules::Override::ReasonTooShort)
            refusal = tr("An override needs a justification of at least %n character(s); nothing ran.", nullptr,
                policy->overrideMinReasonChars);
        if (!refusal.isEmpty()) {
            RunResult result;
            result.requestId = request.requestId();
            result.agentRequestId = request.agentReference();
            result.status = RunResult::Status::Blocked;
            result.verdicts = prepared->verdicts();
            result.inputs = prepared->inputs();
            result.policy = policy->identity();
            result.message = refusal;
            if (const QString failure = recorder.blocked(*prepared, refusal); !failure.isEmpty())
                m_err << tr("airlockctl: the audit trail could not record this: %1").arg(visibleText(failure))
                      << Qt::endl;
            printRunResult(result, asJson);
            return Blocked;
        }
        outcome = Decision::Outcome::Overridden;
        decisionReason = justification;
    }

    const Decision decision = Decision::make(
        outcome, parser.value(reviewer), decisionReason, QStringLiteral("airlockctl"), request.codeSha256());
    // The decision is recorded before anything runs.
    if (const QString failure = recorder.decision(*prepared, decision); !failure.isEmpty()) {
        m_err << tr("airlockctl: the audit trail could not record the decision, so nothing ran: %1")
                     .arg(visibleText(failure))
              << Qt::endl;
        return RunFailed;
    }
    // The seed's gate: nothing runs on a machine where the sandbox is not proven.
    if (!sandboxReady()) {
        if (const QString failure
            = recorder.blocked(*prepared, tr("The sandbox is not ready on this machine; nothing ran."));
            !failure.isEmpty())
            m_err << tr("airlockctl: the audit trail could not record this: %1").arg(visibleText(failure)) << Qt::endl;
        return RunFailed;
    }

    RunResult result = runApproved(*prepared, decision, recorder);
    // Record, then deliver: a run whose end is not in the trail does not
    // count, and nothing it made leaves (no output, no file in --out).
    if (!result.recordError.isEmpty()) {
        result.withholdOutputs();
        printRunResult(result, asJson);
        m_err << tr("airlockctl run: %1").arg(visibleText(result.recordError)) << Qt::endl;
        return RunFailed;
    }
    if (parser.isSet(out) && !result.artifacts.isEmpty()) {
        const QString writeError = ArtifactCollector::writeTo(result.artifacts, parser.value(out));
        if (!writeError.isEmpty())
            m_err << tr("airlockctl run: %1").arg(visibleText(writeError)) << Qt::endl;
    }
    printRunResult(result, asJson);
    return result.status == RunResult::Status::Succeeded ? Success : RunFailed;
}

RunResult CommandLine::runApproved(const PreparedRun &prepared, const Decision &decision, AuditRecorder &recorder)
{
    SandboxRunner runner;
    runner.setBeforeStart([&](const QString &runId, const QJsonObject &sandbox, QString *message) {
        *message = recorder.runStarted(prepared, runId, sandbox);
        return message->isEmpty();
    });
    RunResult result;
    QEventLoop loop;
    QObject::connect(&runner, &SandboxRunner::finished, &loop, [&](const RunResult &r) {
        result = r;
        loop.quit();
    });
    runner.start(&prepared, decision);
    loop.exec();
    result.policy = prepared.policy().identity();
    // On failure result.recordError says why; the caller withholds the rest.
    (void)recorder.runFinished(result);
    return result;
}

int CommandLine::demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs every bundled trainer scenario through the policy, a recorded decision and the sandbox, into a "
           "fresh audit trail, and writes the artifacts and the evidence report."));
    const QCommandLineOption out(
        QStringLiteral("out"), tr("Where the trail, artifacts and report go (default: ./airlock-demo)."), tr("folder"));
    const QCommandLineOption only(QStringLiteral("scenario"), tr("Run only this scenario (repeatable)."), tr("id"));
    parser.addOptions({out, only});
    parser.addHelpOption();
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("airlockctl demo")))
        return *done;
    QString error;
    QList<Scenario> scenarios = Scenario::all(&error);
    if (scenarios.isEmpty() || !error.isEmpty()) {
        m_err << tr("airlockctl demo: the bundled scenarios cannot be read: %1").arg(visibleText(error)) << Qt::endl;
        return RunFailed;
    }
    if (parser.isSet(only)) {
        const QStringList wanted = parser.values(only);
        scenarios.removeIf([&](const Scenario &s) { return !wanted.contains(s.id); });
        if (scenarios.size() != wanted.size()) {
            m_err
                << tr("airlockctl demo: unknown scenario among: %1").arg(visibleText(wanted.join(QLatin1String(", "))))
                << Qt::endl;
            return Usage;
        }
    }
    const QString dir = QFileInfo(parser.value(out).isEmpty() ? QStringLiteral("airlock-demo") : parser.value(out))
                            .absoluteFilePath();
    // Only a folder the demo made, or an empty one, is cleared: never
    // anybody's real trail or files.
    const QString marker = dir + QStringLiteral("/.airlock-demo");
    if (QDir(dir).exists() && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
        && !QFileInfo::exists(marker)) {
        m_err << tr("airlockctl demo: %1 is not empty and was not made by the demo; choose another --out")
                     .arg(visibleText(dir))
              << Qt::endl;
        return Usage;
    }
    // A fresh trail each time: the demo's evidence stands on its own.
    const QString trailPath = dir + QStringLiteral("/audit.sqlite");
    for (const char *suffix : {"", ".head", "-wal", "-shm"})
        QFile::remove(trailPath + QLatin1String(suffix));
    QDir(dir + QStringLiteral("/scenarios")).removeRecursively();
    QDir(dir + QStringLiteral("/artifacts")).removeRecursively();
    QFile markerFile(marker);
    if (!QDir().mkpath(dir) || !markerFile.open(QIODevice::WriteOnly)) {
        m_err << tr("airlockctl demo: cannot create %1").arg(visibleText(dir)) << Qt::endl;
        return RunFailed;
    }
    markerFile.close();
    if (!sandboxReady())
        return RunFailed;
    const std::unique_ptr<AuditTrail> trail = openTrail(trailPath, false);
    if (!trail)
        return RunFailed;
    AuditRecorder recorder(trail.get(), QStringLiteral("airlockctl demo"));
    // A secret in the host's environment that the sandbox must never see.
    qputenv(Scenario::DemoSecretName, Scenario::DemoSecretValue);
    const Policy policy = Scenario::policy();

    struct Row
    {
        QString id, verdicts, decision, status, stoppedBy, check;
    };
    QList<Row> rows;
    int failures = 0;
    for (const Scenario &scenario : std::as_const(scenarios)) {
        m_err << tr("Running %1…").arg(scenario.id) << Qt::endl;
        const QString requestPath = scenario.extract(dir + QStringLiteral("/scenarios/") + scenario.id, &error);
        Row row{scenario.id, {}, {}, {}, scenario.stoppedBy.isEmpty() ? tr("(benign)") : scenario.stoppedBy, {}};
        int exitCode = Success;
        const std::unique_ptr<PreparedRun> prepared
            = requestPath.isEmpty() ? nullptr : review(requestPath, policy, false, &exitCode, &recorder, scenario.id);
        if (!prepared) {
            row.check = tr("FAILED: the request could not be reviewed");
            ++failures;
            rows << row;
            continue;
        }
        int blocks = 0, warns = 0;
        for (const Verdict &v : prepared->verdicts()) {
            blocks += v.severity == Verdict::Severity::Block;
            warns += v.severity == Verdict::Severity::Warn;
        }
        row.verdicts = tr("%1 block, %2 warn").arg(blocks).arg(warns);
        // The demo reviewer approves, and overrides what the training policy
        // would block, so every scenario reaches the sandbox.
        const bool blocked = prepared->blocked();
        const Decision decision = Decision::make(blocked ? Decision::Outcome::Overridden : Decision::Outcome::Approved,
            tr("demo reviewer"), blocked ? tr("Training demonstration of the sandbox") : QString(),
            QStringLiteral("airlockctl demo"), prepared->request().codeSha256());
        row.decision = OutcomeText::decision(Decision::outcomeId(decision.outcome));
        if (const QString failure = recorder.decision(*prepared, decision); !failure.isEmpty()) {
            m_err << tr("airlockctl demo: the audit trail could not record the decision: %1").arg(visibleText(failure))
                  << Qt::endl;
            return RunFailed;
        }
        const RunResult result = runApproved(*prepared, decision, recorder);
        row.status = OutcomeText::run(result);
        QStringList mismatches = scenario.mismatches(result);
        if (!result.recordError.isEmpty()) {
            // Not recorded, not evidence: nothing of it is written out.
            m_err << tr("airlockctl demo: %1").arg(visibleText(result.recordError)) << Qt::endl;
            mismatches << tr("its end was not recorded");
        }
        row.check = mismatches.isEmpty() ? tr("as expected")
                                         : tr("UNEXPECTED: %1").arg(mismatches.join(QStringLiteral("; ")));
        failures += !mismatches.isEmpty();
        if (!result.artifacts.isEmpty() && result.recordError.isEmpty()) {
            const QString writeError
                = ArtifactCollector::writeTo(result.artifacts, dir + QStringLiteral("/artifacts/") + scenario.id);
            if (!writeError.isEmpty())
                m_err << tr("airlockctl demo: %1").arg(visibleText(writeError)) << Qt::endl;
        }
        rows << row;
    }

    // The table, in plain columns for a terminal or a projector.
    const QStringList header{
        tr("Scenario"), tr("Verdicts"), tr("Decision"), tr("Status"), tr("Stopped by"), tr("Outcome")};
    QList<qsizetype> width;
    for (const QString &h : header)
        width << h.size();
    for (const Row &r : std::as_const(rows)) {
        const QStringList cells{r.id, r.verdicts, r.decision, r.status, r.stoppedBy};
        for (int i = 0; i < cells.size(); ++i)
            width[i] = qMax(width[i], cells.at(i).size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(width.at(i) + 2) : cells.at(i);
        m_out << visibleText(text) << Qt::endl;
    };
    line(header);
    for (const Row &r : std::as_const(rows))
        line({r.id, r.verdicts, r.decision, r.status, r.stoppedBy, r.check});

    const AuditTrail::Verification verification = trail->verify();
    AuditTrail::Filter all;
    all.scenarios = AuditTrail::Filter::Scenarios::Include;
    all.limit = std::numeric_limits<int>::max();
    all.ascending = true;
    const QByteArray report = AuditExport::html(*trail, trail->list(all), verification);
    QSaveFile file(dir + QStringLiteral("/report.html"));
    if (!file.open(QIODevice::WriteOnly) || file.write(report) != report.size() || !file.commit()) {
        m_err << tr("airlockctl demo: cannot write the report: %1").arg(file.errorString()) << Qt::endl;
        return RunFailed;
    }
    m_out << Qt::endl
          << (verification.intact
                     ? tr("Audit trail verified: intact, %n record(s).", nullptr, int(verification.records))
                     : tr("Audit trail NOT intact: %1").arg(visibleText(verification.problem)))
          << Qt::endl
          << tr("%1 of %2 scenario(s) behaved as expected.").arg(rows.size() - failures).arg(rows.size()) << Qt::endl
          << tr("Report: %1").arg(visibleText(file.fileName())) << Qt::endl
          << tr("Artifacts: %1").arg(visibleText(dir + QStringLiteral("/artifacts"))) << Qt::endl
          << tr("Audit trail: %1").arg(visibleText(trailPath)) << Qt::endl;
    return failures == 0 && verification.intact ? Success : RunFailed;
}

int CommandLine::reject(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Records the rejection of a request; nothing runs."));
    parser.addPositionalArgument(QStringLiteral("request"), tr("The request file (airlock.request/v1)."));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"), tr("Who rejects."), tr("name"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why it is rejected."), tr("text"));
    const QCommandLineOption policyOption(
        QStringLiteral("policy"), tr("The policy to check the request against."), tr("file"));
    const QCommandLineOption db(QStringLiteral("db"), tr("The audit trail to record in."), tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOptions({reviewer, reason, policyOption, db, json});
    parser.addHelpOption();
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("airlockctl reject")))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("airlockctl reject: give exactly one request file") << Qt::endl;
        return Usage;
    }
    if (DecisionRules::reviewerMissing(parser.value(reviewer))) {
        m_err << tr("airlockctl reject: --reviewer NAME is required: every decision names who made it") << Qt::endl;
        return Usage;
    }
    const std::optional<Policy> policy = policyFrom(parser.value(policyOption));
    if (!policy)
        return Usage;
    if (DecisionRules::rejectionNeedsReason(*policy, parser.value(reason))) {
        m_err << tr("airlockctl reject: the policy \"%1\" requires a reason: --reason TEXT")
                     .arg(visibleText(policy->name))
              << Qt::endl;
        return Usage;
    }
    const std::unique_ptr<AuditTrail> trail = openTrail(parser.value(db), false);
    if (!trail)
        return RunFailed;
    AuditRecorder recorder(trail.get(), QStringLiteral("airlockctl"));
    int exitCode = Success;
    const std::unique_ptr<PreparedRun> prepared
        = review(parser.positionalArguments().constFirst(), *policy, parser.isSet(json), &exitCode, &recorder);
    if (!prepared)
        return exitCode;
    const Decision decision = Decision::make(Decision::Outcome::Rejected, parser.value(reviewer), parser.value(reason),
        QStringLiteral("airlockctl"), prepared->request().codeSha256());
    if (const QString failure = recorder.decision(*prepared, decision); !failure.isEmpty()) {
        m_err << tr("airlockctl: the audit trail could not record the rejection: %1").arg(visibleText(failure))
              << Qt::endl;
        return RunFailed;
    }
    RunResult result;
    result.requestId = prepared->request().requestId();
    result.agentRequestId = prepared->request().agentReference();
    result.status = RunResult::Status::Rejected;
    result.verdicts = prepared->verdicts();
    result.inputs = prepared->inputs();
    result.decision = decision;
    result.policy = policy->identity();
    if (const auto last = recorder.lastRecord())
        result.audit = QJsonObject{{QStringLiteral("record_id"), last->seq}, {QStringLiteral("hash"), last->hash}};
    result.message = tr("Rejected by %1: %2").arg(decision.reviewer, decision.reason);
    printRunResult(result, parser.isSet(json));
    return Rejected;
}

int CommandLine::audit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Browses, verifies and exports the audit trail."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The audit trail (default: the per-user one)."), tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption since(
        QStringLiteral("since"), tr("Only requests from this time on (ISO 8601)."), tr("time"));
    const QCommandLineOption until(
        QStringLiteral("until"), tr("Only requests before this time (ISO 8601)."), tr("time"));
    const QCommandLineOption agent(QStringLiteral("agent"), tr("Only this agent's requests."), tr("name"));
    const QCommandLineOption agentRef(QStringLiteral("agent-ref"),
        tr("Only requests that carried this reference (the agent's own request_id)."), tr("reference"));
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"), tr("Only requests this reviewer decided."), tr("name"));
    const QCommandLineOption status(
        QStringLiteral("status"), tr("Only requests with this outcome or run status."), tr("status"));
    const QCommandLineOption search(QStringLiteral("search"), tr("Full-text search over prompt and code."), tr("text"));
    const QCommandLineOption limit(
        QStringLiteral("limit"), tr("At most this many requests (list: 100; export: all)."), tr("n"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Export format: csv, json or html."), tr("format"));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")}, tr("Write to this file."), tr("file"));
    const QCommandLineOption scenarios(
        QStringLiteral("scenarios"), tr("Trainer scenarios: exclude (the default), include or only."), tr("which"));
    parser.addOptions(
        {db, json, since, until, agent, agentRef, reviewer, status, search, limit, format, output, scenarios});
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, show ID, verify or export"));
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("airlockctl audit")))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()
        || !QStringList{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("verify"),
            QStringLiteral("export")}
                .contains(positional.constFirst())) {
        m_err << tr("airlockctl audit: say list, show ID, verify or export") << Qt::endl;
        return Usage;
    }
    const QString what = positional.constFirst();

    AuditTrail::Filter filter;
    for (const auto &[option, target] : {std::pair{&since, &filter.since}, std::pair{&until, &filter.until}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDateTime::fromString(parser.value(*option), Qt::ISODateWithMs);
        if (!target->isValid())
            *target = QDateTime(QDate::fromString(parser.value(*option), Qt::ISODate), QTime(0, 0), QTimeZone::UTC);
        if (!target->isValid()) {
            m_err << tr("airlockctl audit: \"%1\" is not an ISO 8601 date or time")
                         .arg(visibleText(parser.value(*option)))
                  << Qt::endl;
            return Usage;
        }
    }
    filter.agent = parser.value(agent);
    filter.agentReference = parser.value(agentRef);
    filter.reviewer = parser.value(reviewer);
    filter.status = parser.value(status);
    filter.search = parser.value(search);
    const QString which = parser.value(scenarios);
    if (which == QLatin1String("include"))
        filter.scenarios = AuditTrail::Filter::Scenarios::Include;
    else if (which == QLatin1String("only"))
        filter.scenarios = AuditTrail::Filter::Scenarios::Only;
    else if (!which.isEmpty() && which != QLatin1String("exclude")) {
        m_err << tr("airlockctl audit: --scenarios takes exclude, include or only") << Qt::endl;
        return Usage;
    }
    bool limitOk = true;
    filter.limit = parser.isSet(limit) ? parser.value(limit).toInt(&limitOk)
                                       : (what == QLatin1String("export") ? std::numeric_limits<int>::max() : 100);
    if (!limitOk || filter.limit < 1) {
        m_err << tr("airlockctl audit: --limit takes a positive number") << Qt::endl;
        return Usage;
    }

    // Reading never writes: a trail copied from elsewhere stays byte for byte.
    const std::unique_ptr<AuditTrail> trail = openTrail(parser.value(db), true);
    if (!trail)
        return Usage;

    if (what == QLatin1String("verify")) {
        // Integrity and privacy are separate questions: a readable trail is
        // still intact, but its owner must hear that others can read it.
        for (const QString &line : trail->exposure())
            m_err << tr("airlockctl audit verify: warning: %1").arg(line) << Qt::endl;
        const AuditTrail::Verification v = trail->verify();
        if (parser.isSet(json)) {
            m_out << QString::fromUtf8(QJsonDocument(v.toJson()).toJson(QJsonDocument::Indented));
        } else if (v.intact) {
            m_out << tr("The audit trail is intact: %n record(s) verified.", nullptr, int(v.records)) << Qt::endl;
        } else {
            m_out << tr("The audit trail is NOT intact. First bad record: %1. %2")
                         .arg(v.firstBad)
                         .arg(visibleText(v.problem))
                  << Qt::endl;
            // Every bad record, so that one fault never hides another; --json lists them all.
            constexpr qsizetype Shown = 20;
            m_out << tr("%n bad record(s):", nullptr, int(qMin<qint64>(v.badRecords, INT_MAX))) << Qt::endl;
            for (qsizetype i = 0; i < v.problems.size() && i < Shown; ++i)
                m_out << QStringLiteral("  #%1  %2").arg(v.problems.at(i).seq).arg(visibleText(v.problems.at(i).problem))
                      << Qt::endl;
            if (v.badRecords > Shown)
                m_out << QStringLiteral("  ")
                      << tr("\u2026 and %n more (audit verify --json lists them all)", nullptr,
                             int(qMin<qint64>(v.badRecords - Shown, INT_MAX)))
                      << Qt::endl;
        }
        m_out.flush();
        return v.intact ? Success : RunFailed;
    }
    if (what == QLatin1String("show")) {
        if (positional.size() != 2) {
            m_err << tr("airlockctl audit show: give a request id or record number") << Qt::endl;
            return Usage;
        }
        const QList<AuditTrail::Record> records = trail->story(positional.at(1));
        if (records.isEmpty()) {
            m_err << tr("airlockctl audit show: nothing recorded for \"%1\"").arg(visibleText(positional.at(1)))
                  << Qt::endl;
            // An agent's own request_id is a reference, not an id: name the requests that carried it.
            AuditTrail::Filter byReference;
            byReference.agentReference = positional.at(1);
            byReference.scenarios = AuditTrail::Filter::Scenarios::Include;
            const QList<AuditTrail::Summary> carried = trail->list(byReference);
            if (!carried.isEmpty()) {
                m_err << tr("\"%1\" is an agent's reference; the requests that carried it:")
                             .arg(visibleText(positional.at(1)))
                      << Qt::endl;
                for (const auto &r : carried)
                    m_err << QStringLiteral("  ") << r.requestId << QStringLiteral("  ")
                          << r.at.toUTC().toString(Qt::ISODate) << Qt::endl;
            }
            return Usage;
        }
        if (parser.isSet(json)) {
            QJsonArray out;
            for (const auto &r : records)
                out.append(r.toJson());
            m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        } else {
            // JSON escapes C0 controls, not DEL, C1 or bidi controls.
            for (const auto &r : records)
                m_out << QStringLiteral("#%1  %2  %3%4\n%5\n\n")
                             .arg(r.seq)
                             .arg(r.at.toUTC().toString(Qt::ISODateWithMs), visibleText(r.kind),
                                 r.runId.isEmpty() ? QString() : QStringLiteral("  run ") + visibleText(r.runId),
                                 visibleText(
                                     QString::fromUtf8(QJsonDocument(r.body).toJson(QJsonDocument::Indented)).trimmed(),
                                     true));
        }
        m_out.flush();
        return Success;
    }

    QString error;
    const QList<AuditTrail::Summary> requests = trail->list(filter, &error);
    if (!error.isEmpty()) {
        m_err << tr("airlockctl audit: %1").arg(visibleText(error)) << Qt::endl;
        return Usage;
    }
    if (what == QLatin1String("list")) {
        if (parser.isSet(json)) {
            QJsonArray out;
            for (const auto &r : requests)
                out.append(r.toJson());
            m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        } else {
            for (const auto &r : requests)
                m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                             .arg(QString::number(r.seq).rightJustified(6), r.at.toUTC().toString(Qt::ISODate),
                                 visibleText(r.requestId),
                                 r.agentRequestId.isEmpty() ? QStringLiteral("-") : visibleText(r.agentRequestId),
                                 r.agent.isEmpty() ? QStringLiteral("-") : visibleText(r.agent),
                                 r.outcome.isEmpty() ? QStringLiteral("-") : OutcomeText::decision(r.outcome),
                                 r.status.isEmpty() ? QStringLiteral("-") : OutcomeText::run(r.status, r.endReason),
                                 visibleText(r.prompt.section(QLatin1Char('\n'), 0, 0).left(80)));
            if (requests.isEmpty())
                m_out << tr("No requests match.") << '\n';
        }
        m_out.flush();
        return Success;
    }
    // export
    const QString fmt = parser.value(format);
    QByteArray data;
    if (fmt == QLatin1String("csv"))
        data = AuditExport::csv(requests);
    else if (fmt == QLatin1String("json"))
        data = AuditExport::json(*trail, requests);
    else if (fmt == QLatin1String("html"))
        data = AuditExport::html(*trail, requests, trail->verify());
    else {
        m_err << tr("airlockctl audit export: --format csv, json or html") << Qt::endl;
        return Usage;
    }
    if (parser.isSet(output)) {
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            m_err << tr("airlockctl audit export: cannot write %1: %2")
                         .arg(visibleText(parser.value(output)), file.errorString())
                  << Qt::endl;
            return RunFailed;
        }
        m_err
            << tr("Exported %n request(s) to %1.", nullptr, int(requests.size())).arg(visibleText(parser.value(output)))
            << Qt::endl;
    } else {
        m_out.flush();
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        // The file's exact bytes into a pipe or a file; on a terminal, what
        // the trail holds must not act on it.
        if (::isatty(STDOUT_FILENO))
            data = visibleText(QString::fromUtf8(data), true).toUtf8();
        out.write(data);
    }
    return Success;
}

void CommandLine::printVerdicts(const QList<Verdict> &verdicts)
{
    for (const Verdict &v : verdicts) {
        QString where = v.line > 0 ? tr("line %1").arg(v.line) : QString();
        // Messages quote the request (file names, module names).
        m_out << QStringLiteral("%1  %2  %3%4\n")
                     .arg(Verdict::severityId(v.severity).toUpper().leftJustified(5), visibleText(v.rule),
                         where.isEmpty() ? QString() : where + QLatin1String(": "), visibleText(v.message));
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
    // What the run wrote is its own business, but never the terminal's.
    if (!result.stdoutData.isEmpty()) {
        m_out << visibleText(QString::fromUtf8(result.stdoutData), true);
        if (!result.stdoutData.endsWith('\n'))
            m_out << '\n';
    }
    if (result.stdoutTruncated)
        m_out << tr("[output truncated: %1 of %2 bytes shown]").arg(result.stdoutData.size()).arg(result.stdoutBytes)
              << '\n';
    m_out.flush();
    if (!result.stderrData.isEmpty()) {
        m_err << visibleText(QString::fromUtf8(result.stderrData), true);
        if (!result.stderrData.endsWith('\n'))
            m_err << '\n';
    }
    if (result.stderrTruncated)
        m_err << tr("[error output truncated: %1 of %2 bytes shown]")
                     .arg(result.stderrData.size())
                     .arg(result.stderrBytes)
              << '\n';
    for (const auto &a : result.artifacts)
        m_err << tr("artifact %1 (%2 bytes, %3, sha256 %4)")
                     .arg(visibleText(a.name))
                     .arg(a.content.size())
                     .arg(visibleText(a.mediaType), a.sha256)
              << '\n';
    for (const auto &r : result.rejectedArtifacts)
        m_err << tr("not collected: %1 (%2)").arg(visibleText(r.name), visibleText(r.reason)) << '\n';
    QString summary = tr("%1: %2").arg(
        visibleText(result.runId.isEmpty() ? result.requestId : result.runId), OutcomeText::run(result));
    if (result.exitCode)
        summary += tr(", exit code %1").arg(*result.exitCode);
    if (result.durationMs > 0)
        summary += tr(", %1 ms").arg(result.durationMs);
    if (!result.message.isEmpty())
        summary += QStringLiteral(" \u2014 ") + visibleText(result.message);
    m_err << summary << Qt::endl;
}

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
