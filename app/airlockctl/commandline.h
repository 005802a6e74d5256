// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

#include "teamtrail.h"

class QCommandLineParser;
class QTextStream;

namespace Airlock {

/**
 * `airlockctl`: Airlock without a GUI (SPEC §4). Exit codes: 0 success,
 * 1 the run failed (or, for doctor, the sandbox is not ready), 2 bad usage
 * or malformed input, 3 blocked by policy, 4 rejected.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::CommandLine)
public:
    enum ExitCode {
        Success = 0,
        RunFailed = 1,
        Usage = 2,
        Blocked = 3,
        Rejected = 4,
        Withdrawn = 5, ///< submit --wait gave up (--timeout) and withdrew the request
        NoWorkbench = 6, ///< submit/mcp: no workbench to hand the request to
    };

    CommandLine(QTextStream &out, QTextStream &err);

    /// Runs the command in @p arguments (argv, program name first); needs a
    /// QCoreApplication and runs an event loop while the command works.
    int run(const QStringList &arguments);

private:
    int doctor(const QStringList &arguments);
    struct DoctorReport runDoctor();
    /// Parses @p arguments; an exit code when the command is done already
    /// (bad usage, or --help shown).
    std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &name);
    int check(const QStringList &arguments);
    int runCommand(const QStringList &arguments);
    int reject(const QStringList &arguments);
    int audit(const QStringList &arguments);
    /// audit list, show, verify and export on a team trail (--db postgresql://…).
    int auditTeam(const QString &location, const QString &what, const QStringList &positional,
        const TeamTrail::Filter &filter, bool json, const QString &format, const std::optional<QString> &output);
    /// Ships the local trail (@p localPath, or the default) to @p team (or
    /// the one in the settings); false, why printed, when it could not.
    /// Without a team trail anywhere: true, unless @p verbose.
    bool shipToTeam(const QString &localPath, const QString &team, bool verbose);
    /// The local trail to record in and the team trail to ship to, from
    /// --db and --team: a team trail given as --db means the default local
    /// trail, shipped there.
    static std::pair<QString, QString> trailsFrom(const QString &db, const QString &team);
    /// Ships what a command recorded when it ends, however it ends; a
    /// server out of reach leaves the records waiting in the local trail.
    class ShipOnExit
    {
    public:
        ShipOnExit(CommandLine &commandLine, class AuditWriter &writer, const QString &localPath, const QString &team);
        ~ShipOnExit();

    private:
        CommandLine &m_commandLine;
        class AuditWriter &m_writer;
        QString m_localPath;
        QString m_team;
    };
    /// Prints one request's records, as JSON or for a person.
    void printStory(const QList<AuditTrail::Record> &records, bool json);
    /// Writes an export to @p path, or to standard output without one.
    bool writeOut(const QByteArray &bytes, const std::optional<QString> &path, qsizetype requests);
    /// The trail named by --db, or the default; nothing (and why printed)
    /// when it cannot be opened.
    std::unique_ptr<class AuditTrail> openTrail(const QString &path, bool readOnly);
    void printRunResult(const struct RunResult &result, bool json);
    void printVerdicts(const QList<struct Verdict> &verdicts);
    /// The policy named by --policy, or the default; nothing (and the
    /// errors printed) when it does not load.
    std::optional<struct Policy> policyFrom(const QString &path);
    /// The trail named by --db, or the default, opened for writing on a
    /// thread of its own as the workbench does; nothing (and why printed)
    /// when it cannot be opened. Every record names @p interface.
    std::unique_ptr<class AuditWriter> openWriter(const QString &path, const QString &interface);
    /// One request through the workbench's pipeline up to its decision:
    /// read, staged, checked, looked up and, with @p writer, recorded
    /// (without: a check only, looked up in @p history). The session is
    /// pending when returned; nothing, with @p exitCode set and why printed,
    /// when the request is malformed or cannot be prepared or recorded.
    std::unique_ptr<class RequestSession> review(const QString &requestPath, const struct Policy &policy, bool json,
        int *exitCode, class AuditWriter *writer, const class AuditTrail *history = nullptr,
        const struct Scenario *scenario = nullptr);
    /// Approves (or, with a justification, overrides) @p session, and waits
    /// for its run's end as recorded; nothing, why printed, when the
    /// decision was refused or could not be recorded.
    std::optional<struct RunResult> approveAndRun(
        class RequestSession &session, const QString &reviewer, const QString &reason);
    /// Runs the event loop until @p done holds for @p session: the command
    /// line waits where the workbench would go on drawing.
    static void waitUntil(class RequestSession &session, const std::function<bool()> &done);
    /// Settles @p session as blocked with @p message, recorded; false, why
    /// printed, when that could not be recorded.
    bool refuse(class RequestSession &session, const QString &message);
    int demo(const QStringList &arguments);
    int submit(const QStringList &arguments);
    int mcp(const QStringList &arguments);
    void printAgentResult(const QJsonObject &result, bool json);
    /// Runs the doctor unless it passed recently; false (and why printed)
    /// when the sandbox is not ready.
    bool sandboxReady();
    QString usage() const;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Airlock
