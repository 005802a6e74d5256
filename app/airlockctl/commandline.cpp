// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "commandline.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <unistd.h>

#include "audittrail.h"
#include "auditwriter.h"
#include "teamtrail.h"
#include "doctor.h"
#include "doctorcache.h"
#include "outcometext.h"
#include "policy.h"
#include "preparedrun.h"
#include "request.h"
#include "requestsession.h"
#include "runresult.h"
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
              "  reject REQUEST.json --reviewer NAME --reason TEXT [--policy P] [--json] [--db DB]\n"
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
              "airlockctl --help | --version; airlockctl COMMAND --help for a command's options\n");
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
    else if (command.startsWith(QLatin1Char('-')))
        m_err << tr("airlockctl: unknown option \"%1\" (options follow the command)").arg(visibleText(command))
              << Qt::endl;
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
    // One convention for every command, as git's: errors name the command
    // and say where the help is; the help names the command it is for.
    if (!parser.parse(arguments)) {
        m_err << tr("%1: %2").arg(name, visibleText(parser.errorText())) << Qt::endl
              << tr("Try '%1 --help' for its options.").arg(name) << Qt::endl;
        return Usage;
    }
    // --help-all is what Qt's help offers; there are no other options to show.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        QString help = parser.helpText();
        // Qt writes the program's name alone; the usage is the command's.
        // ("Usage: /path/airlockctl [options] …", in any language): the
        // word after the first colon is the program.
        const qsizetype usageEnd = help.indexOf(QLatin1Char('\n'));
        const qsizetype start = help.indexOf(QLatin1String(": ")) + 2;
        const qsizetype end = help.indexOf(QLatin1Char(' '), start);
        if (start > 1 && end > start && end < usageEnd)
            help.replace(start, end - start, name);
        m_out << help;
        return Success;
    }
    return std::nullopt;
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

std::pair<QString, QString> CommandLine::trailsFrom(const QString &db, const QString &team)
{
    if (TeamTrail::isTeamTrail(db))
        return {QString(), db};
    return {db, team};
}

CommandLine::ShipOnExit::ShipOnExit(
    CommandLine &commandLine, AuditWriter &writer, const QString &localPath, const QString &team)
    : m_commandLine(commandLine)
    , m_writer(writer)
    , m_localPath(localPath)
    , m_team(team)
{
}

CommandLine::ShipOnExit::~ShipOnExit()
{
    // Everything recorded first; an explicit --team that cannot be reached
    // is said, the settings' quietly waits for the next time.
    m_writer.flush();
    m_commandLine.shipToTeam(m_localPath, m_team, false);
}

std::unique_ptr<AuditWriter> CommandLine::openWriter(const QString &path, const QString &interface)
{
    auto writer = std::make_unique<AuditWriter>(interface);
    QEventLoop loop;
    QObject::connect(writer.get(), &AuditWriter::opened, &loop, &QEventLoop::quit);
    // Without --db: the trail the workbench uses too, as its settings say.
    writer->open(path.isEmpty() ? Settings().auditTrailPath() : path);
    loop.exec();
    if (!writer->isOpen()) {
        m_err << tr("airlockctl: %1").arg(visibleText(writer->openError())) << Qt::endl;
        return nullptr;
    }
    return writer;
}

void CommandLine::waitUntil(RequestSession &session, const std::function<bool()> &done)
{
    if (done())
        return;
    QEventLoop loop;
    const auto check = [&]() {
        if (done())
            loop.quit();
    };
    QObject::connect(&session, &RequestSession::stateChanged, &loop, check);
    QObject::connect(&session, &RequestSession::contentChanged, &loop, check);
    loop.exec();
}

std::unique_ptr<RequestSession> CommandLine::review(const QString &requestPath, const Policy &policy, bool json,
    int *exitCode, AuditWriter *writer, const AuditTrail *history, const Scenario *scenario)
{
    // The workbench's own pipeline: read and staged on a worker, checked in
    // the analyzer's sandbox, looked up in the trail, recorded.
    auto session = std::make_unique<RequestSession>(requestPath, policy, writer);
    if (!writer)
        session->setHistory(history);
    if (scenario)
        session->setScenario(scenario->id, scenario->title, scenario->note);
    session->load();
    waitUntil(*session, [&]() { return session->state() != RequestSession::State::Loading; });
    switch (session->state()) {
    case RequestSession::State::Pending:
        *exitCode = Success;
        return session;
    case RequestSession::State::Malformed: {
        RunResult result;
        result.status = RunResult::Status::Malformed;
        result.message = session->error();
        if (json)
            printRunResult(result, true);
        m_err << tr("airlockctl: %1 is not a valid request: %2")
                     .arg(visibleText(requestPath), visibleText(session->error()))
              << Qt::endl;
        *exitCode = Usage;
        return nullptr;
    }
    default:
        // Not prepared, or not recorded: nothing goes further unrecorded.
        m_err << tr("airlockctl: %1").arg(visibleText(session->error())) << Qt::endl;
        *exitCode = RunFailed;
        return nullptr;
    }
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

std::optional<RunResult> CommandLine::approveAndRun(
    RequestSession &session, const QString &reviewer, const QString &reason)
{
    if (const QString problem = session.approve(reviewer, reason); !problem.isEmpty()) {
        m_err << tr("airlockctl: %1").arg(visibleText(problem)) << Qt::endl;
        return std::nullopt;
    }
    waitUntil(session, [&]() { return !session.isDeciding() && !session.isRunning(); });
    if (!session.result()) {
        // The decision could not be recorded (so nothing ran), or the run
        // never started.
        m_err << tr("airlockctl: %1").arg(visibleText(session.error())) << Qt::endl;
        return std::nullopt;
    }
    return session.result();
}

bool CommandLine::refuse(RequestSession &session, const QString &message)
{
    if (const QString problem = session.refuse(message); !problem.isEmpty()) {
        m_err << tr("airlockctl: %1").arg(visibleText(problem)) << Qt::endl;
        return false;
    }
    waitUntil(session, [&]() { return !session.isDeciding(); });
    if (session.state() != RequestSession::State::Failed) {
        m_err << tr("airlockctl: %1").arg(visibleText(session.error())) << Qt::endl;
        return false;
    }
    return true;
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

} // namespace Airlock
