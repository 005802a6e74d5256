// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "doctor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QVersionNumber>
#include <QtConcurrent/QtConcurrentRun>

#include <pwd.h>
#include <unistd.h>

#include "fontcache.h"
#include "hosttools.h"
#include "limitenforcement.h"
#include "policy.h"
#include "privatefiles.h"
#include "request.h"
#include "rundirectory.h"
#include "runlimits.h"
#include "sandboxcommand.h"
#include "sandboxprocess.h"
#include "settings.h"
#include "userscope.h"

namespace Airlock {

namespace {
// MemTotal of /proc/meminfo in bytes; 0 when unknown.
qint64 physicalMemoryBytes()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly))
        return 0;
    // procfs reports a size of 0: readAll() reads to the end regardless.
    const QList<QByteArray> lines = meminfo.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("MemTotal:"))
            return line.mid(9).trimmed().split(' ').value(0).toLongLong() * 1024;
    return 0;
}
} // namespace

namespace {

using Status = DoctorCheck::Status;

const QString ProbePath = QStringLiteral("/run/airlock/doctor_probe.py");
const QString SecretName = QStringLiteral("AIRLOCK_PROBE_SECRET");

// The ids of the checks made from the probe's report, in report order, so a
// probe that never ran still lists each of them as failed.
const QStringList &probeCheckIds()
{
    static const QStringList ids = {
        QStringLiteral("sandbox.starts"),
        QStringLiteral("python.runtime"),
        QStringLiteral("network.interfaces"),
        QStringLiteral("network.connect"),
        QStringLiteral("env.allow-list"),
        QStringLiteral("env.secret"),
        QStringLiteral("fs.host-paths"),
        QStringLiteral("fs.mountinfo"),
        QStringLiteral("fs.read-only"),
        QStringLiteral("fd.inherited"),
        QStringLiteral("caps.none"),
        QStringLiteral("userns.disabled"),
        QStringLiteral("seccomp.active"),
        QStringLiteral("seccomp.supervisor"),
    };
    return ids;
}

QString checkTitle(const QString &id)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("bwrap.found"), QT_TRANSLATE_NOOP("Airlock::Doctor", "bubblewrap is installed")},
        {QStringLiteral("bwrap.version"), QT_TRANSLATE_NOOP("Airlock::Doctor", "bubblewrap is recent enough")},
        {QStringLiteral("sandbox.starts"), QT_TRANSLATE_NOOP("Airlock::Doctor", "a real sandbox starts")},
        {QStringLiteral("python.runtime"),
            QT_TRANSLATE_NOOP("Airlock::Doctor", "Python with numpy, pandas and matplotlib runs inside")},
        {QStringLiteral("network.interfaces"),
            QT_TRANSLATE_NOOP("Airlock::Doctor", "only a loopback network interface exists")},
        {QStringLiteral("network.connect"),
            QT_TRANSLATE_NOOP("Airlock::Doctor", "a connection to an outside address fails")},
        {QStringLiteral("env.allow-list"),
            QT_TRANSLATE_NOOP("Airlock::Doctor", "the environment holds only the allow-list")},
        {QStringLiteral("env.secret"),
            QT_TRANSLATE_NOOP(
                "Airlock::Doctor", "a host secret is not in os.environ, /proc/1/environ or /proc/1/cmdline")},
        {QStringLiteral("fs.host-paths"),
            QT_TRANSLATE_NOOP("Airlock::Doctor", "the user's home, /root and host sockets are not visible")},
        {QStringLiteral("fs.mountinfo"),
            QT_TRANSLATE_NOOP("Airlock::Doctor", "the mount table inside names no folder or name of the user")},
        {QStringLiteral("fs.read-only"), QT_TRANSLATE_NOOP("Airlock::Doctor", "/, /usr, /etc and /dev are read-only")},
        {QStringLiteral("fd.inherited"),
            QT_TRANSLATE_NOOP("Airlock::Doctor", "no file descriptor is inherited beyond 0-2")},
        {QStringLiteral("caps.none"), QT_TRANSLATE_NOOP("Airlock::Doctor", "no capabilities are held")},
        {QStringLiteral("userns.disabled"),
            QT_TRANSLATE_NOOP("Airlock::Doctor", "no new user namespace can be created inside")},
        {QStringLiteral("seccomp.active"), QT_TRANSLATE_NOOP("Airlock::Doctor", "a seccomp filter is active")},
        {QStringLiteral("seccomp.supervisor"),
            QT_TRANSLATE_NOOP("Airlock::Doctor", "the code cannot reach into other processes through pidfds")},
        {QStringLiteral("limits.enforcement"), QT_TRANSLATE_NOOP("Airlock::Doctor", "limit enforcement available")},
        {QStringLiteral("python.font-cache"),
            QT_TRANSLATE_NOOP("Airlock::Doctor", "matplotlib's font cache is built for this runtime")},
        {QStringLiteral("audit.private"),
            QT_TRANSLATE_NOOP("Airlock::Doctor", "the audit trail is readable by this account only")},
    };
    return Doctor::tr(titles.value(id, ""));
}

DoctorCheck makeCheck(const QString &id, Status status, const QString &detail, bool required = true)
{
    return DoctorCheck{id, checkTitle(id), status, detail, required};
}

QString errnoText(const QJsonObject &result)
{
    const QString name = result.value(QStringLiteral("errno")).toString();
    const QString message = result.value(QStringLiteral("error")).toString();
    return name.isEmpty() ? message : name + QStringLiteral(" (") + message + QLatin1Char(')');
}

} // namespace

Doctor::Doctor(QObject *parent)
    : QObject(parent)
{
}

Doctor::~Doctor() = default;

void Doctor::setOptions(const Options &options)
{
    m_options = options;
}

Doctor::Options Doctor::options() const
{
    return m_options;
}

bool Doctor::isRunning() const
{
    return m_running;
}

QStringList Doctor::defaultHiddenPaths()
{
    QStringList paths = {QStringLiteral("/root"), QStringLiteral("/home"), QStringLiteral("/etc/shadow"),
        QStringLiteral("/etc/ssh"), QStringLiteral("/run/user"), QStringLiteral("/run/dbus"),
        QStringLiteral("/var/run/dbus/system_bus_socket"), QStringLiteral("/tmp/.X11-unix"), QStringLiteral("/sys")};
    const QString home = QDir::homePath();
    if (home != QLatin1String("/") && !paths.contains(home))
        paths.prepend(home);
    const QString agent = qEnvironmentVariable("SSH_AUTH_SOCK");
    if (agent.startsWith(QLatin1Char('/')))
        paths.append(agent);
    return paths;
}

QStringList Doctor::mountHiddenStrings(const QString &runFolder)
{
    QStringList hidden;
    if (!runFolder.isEmpty())
        hidden << runFolder << QFileInfo(runFolder).fileName();
    QString error;
    const QString runs = RunDirectory::baseDirectory(&error);
    if (!runs.isEmpty())
        hidden << runs;
    const QString home = QDir::homePath();
    if (home != QLatin1String("/"))
        hidden << home;
    const uid_t uid = ::getuid();
    hidden << QStringLiteral("/run/user/%1").arg(uid);
    // The name as a whole path component; root's is everybody's /root.
    if (const struct passwd *account = uid != 0 ? ::getpwuid(uid) : nullptr) {
        const QString name = QFile::decodeName(account->pw_name);
        hidden << QLatin1Char('/') + name + QLatin1Char('/') << QLatin1Char('/') + name + QLatin1Char(' ');
    }
    hidden.removeDuplicates();
    return hidden;
}

void Doctor::start()
{
    if (m_running)
        return;
    m_running = true;
    m_timedOut = false;
    m_report = {};
    m_enforcement.reset();

    m_bwrap = m_options.bwrapPath.isEmpty() ? HostTools::bwrap() : m_options.bwrapPath;
    const QFileInfo bwrapInfo(m_bwrap);
    if (m_bwrap.isEmpty() || !bwrapInfo.isFile() || !bwrapInfo.isExecutable()) {
        m_report.checks.append(makeCheck(QStringLiteral("bwrap.found"), Status::Failed,
            m_bwrap.isEmpty() ? tr("bwrap was not found in %1; install the bubblewrap package")
                                    .arg(HostTools::systemProgramDirs().join(QLatin1String(", ")))
                              : tr("%1 is not an executable file").arg(m_bwrap)));
        m_report.checks.append(makeCheck(QStringLiteral("bwrap.version"), Status::Failed, tr("not checked: no bwrap")));
        addSkipped(tr("not run: no bwrap"));
        // Stay asynchronous even when there is nothing to wait for.
        QTimer::singleShot(0, this, &Doctor::finish);
        return;
    }
    m_report.checks.append(makeCheck(QStringLiteral("bwrap.found"), Status::Passed, m_bwrap));
    checkBwrapVersion();
}

void Doctor::checkBwrapVersion()
{
    auto *process = new QProcess(this);
    QProcessEnvironment minimal;
    minimal.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    process->setProcessEnvironment(minimal);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::finished, this, [this, process]() {
        const QString out = QString::fromUtf8(process->readAll()).trimmed();
        process->deleteLater();
        // Only bubblewrap's own banner counts: other programs print versions too.
        static const QRegularExpression re(QStringLiteral("^bubblewrap (\\d+\\.\\d+(\\.\\d+)?)"));
        const QVersionNumber version = QVersionNumber::fromString(re.match(out).captured(1));
        const QVersionNumber minimum(MinimumBwrapVersion[0], MinimumBwrapVersion[1], MinimumBwrapVersion[2]);
        if (version.isNull()) {
            m_report.checks.append(makeCheck(QStringLiteral("bwrap.version"), Status::Failed,
                tr("%1 is not bubblewrap: its --version printed \"%2\"").arg(m_bwrap, out.left(200))));
        } else if (version < minimum) {
            m_report.checks.append(makeCheck(QStringLiteral("bwrap.version"), Status::Failed,
                tr("bubblewrap %1 is older than the required %2").arg(version.toString(), minimum.toString())));
        } else {
            m_report.checks.append(makeCheck(
                QStringLiteral("bwrap.version"), Status::Passed, tr("bubblewrap %1").arg(version.toString())));
        }
        runProbe();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater();
        m_report.checks.append(makeCheck(QStringLiteral("bwrap.version"), Status::Failed,
            tr("%1 could not be started: %2").arg(m_bwrap, process->errorString())));
        addSkipped(tr("not run: bwrap cannot be started"));
        finish();
    });
    process->start(m_bwrap, {QStringLiteral("--version")});
}

void Doctor::runProbe()
{
    m_python = m_options.pythonPath.isEmpty() ? HostTools::python() : m_options.pythonPath;
    if (m_python.isEmpty() || !QFileInfo(m_python).isExecutable()) {
        addSkipped(tr("not run: no python3 under /usr (install python3)"));
        finish();
        return;
    }

    QFile script(QStringLiteral(":/airlock/sandbox/doctor_probe.py"));
    if (!script.open(QIODevice::ReadOnly))
        qFatal("the doctor probe is missing from the resources");

    // A secret planted in our own environment: it must not reach the inside.
    m_context.secretName = SecretName;
    m_context.secretValue
        = QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
    qputenv(SecretName.toLatin1().constData(), m_context.secretValue.toLatin1());
    m_context.hiddenPaths = defaultHiddenPaths();
    // Exactly what a run gets: the same filter, the same unprivileged uid.
    QString buildError;
    std::optional<SandboxCommand> hardened = SandboxCommand::hardenedPython(m_bwrap, m_python, &buildError);
    if (!hardened) {
        qunsetenv(SecretName.toLatin1().constData());
        addSkipped(tr("not run: %1").arg(buildError));
        finish();
        return;
    }
    SandboxCommand &command = *hardened;
    m_enforcement = LimitEnforcement::detect();
    const LimitEnforcement &enforcement = *m_enforcement;
    // A run folder of its own, mounted as a run's is: what the mount table
    // inside shows of it is checked.
    m_runDirectory = RunDirectory::create(enforcement.sandboxUid, enforcement.sandboxGid, &buildError);
    if (!m_runDirectory) {
        qunsetenv(SecretName.toLatin1().constData());
        addSkipped(tr("not run: %1").arg(buildError));
        finish();
        return;
    }
    command.addWorkspace(m_runDirectory->workspaceLayers(), {}, 1024 * 1024);
    m_context.mountHidden = mountHiddenStrings(m_runDirectory->path());
    m_context.allowedEnvironment.clear();
    for (const auto &pair : command.visibleEnvironment())
        m_context.allowedEnvironment.append(pair.first);

    command.addDataFile(ProbePath, script.readAll());
    command.setCommand(
        QStringList{m_python, QStringLiteral("-I"), QStringLiteral("-B"), ProbePath} + m_context.hiddenPaths);

    m_probe = new SandboxProcess(this);
    m_probe->setOutputLimit(4 * 1024 * 1024);
    SandboxProcess::ChildSetup setup;
    setup.uid = enforcement.sandboxUid;
    setup.gid = enforcement.sandboxGid;
    m_probe->setChildSetup(setup);
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this]() {
        m_timedOut = true;
        m_probe->kill();
    });
    connect(m_probe, &SandboxProcess::failed, this, [this](const QString &message) {
        qunsetenv(SecretName.toLatin1().constData());
        m_timeout->stop();
        addSkipped(message);
        finish();
    });
    connect(m_probe, &SandboxProcess::finished, this, &Doctor::probeFinished);
    m_timeout->start(m_options.probeTimeoutMs);
    m_probe->start(command);
}

void Doctor::probeFinished()
{
    qunsetenv(SecretName.toLatin1().constData());
    m_timeout->stop();
    const QByteArray out = m_probe->standardOutput();
    const QString err = QString::fromUtf8(m_probe->standardError()).trimmed();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    const bool failed = m_probe->exitStatus() != QProcess::NormalExit || m_probe->exitCode() != 0 || !doc.isObject();
    if (m_timedOut) {
        addSkipped(tr("the probe did not finish within %n second(s)", nullptr, m_options.probeTimeoutMs / 1000));
    } else if (failed) {
        QString why = tr("the probe failed (exit code %1)").arg(m_probe->exitCode());
        if (!err.isEmpty())
            why += QLatin1String(": ")
                + err.split(QLatin1Char('\n'))
                      .mid(qMax(0, int(err.count(QLatin1Char('\n'))) - 3))
                      .join(QLatin1Char('\n'));
        else if (parseError.error != QJsonParseError::NoError)
            why += QLatin1String(": ") + tr("its report is not JSON (%1)").arg(parseError.errorString());
        addSkipped(why);
    } else {
        m_report.checks.append(makeCheck(QStringLiteral("sandbox.starts"), Status::Passed,
            tr("%1 started the probe in %2 ms").arg(m_bwrap).arg(m_probe->elapsedMs())));
        m_report.checks.append(evaluateProbe(doc.object(), m_context));
    }
    m_probe->deleteLater();
    m_probe = nullptr;
    // Only a runtime that starts can have its font cache built.
    if (m_timedOut || failed)
        finish();
    else
        buildFontCache();
}

void Doctor::buildFontCache()
{
    // Once per runtime, outside any request's sandbox: no chart run searches
    // the fonts again, and none can change what the next one gets.
    struct Built
    {
        QString error;
        QString folder; ///< empty when there is no cache (no matplotlib)
        bool built = false;
        qint64 ms = 0;
    };
    auto *watcher = new QFutureWatcher<Built>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        const Built b = watcher->result();
        m_report.checks.append(makeCheck(QStringLiteral("python.font-cache"), Status::Info,
            !b.error.isEmpty()      ? tr("not built: %1; chart runs build their own").arg(b.error)
                : b.folder.isEmpty() ? tr("matplotlib is not installed")
                : b.built            ? tr("built in %1 ms: %2").arg(b.ms).arg(b.folder)
                                     : tr("already there: %1").arg(b.folder),
            false));
        finish();
    });
    // Looking for the cache walks the font folders: off this thread too.
    watcher->setFuture(QtConcurrent::run([bwrap = m_bwrap, python = m_python]() {
        QElapsedTimer clock;
        clock.start();
        Built b;
        b.error = FontCache::ensure(bwrap, python, &b.built, &b.folder);
        b.ms = clock.elapsed();
        return b;
    }));
}

void Doctor::addSkipped(const QString &why)
{
    for (const QString &id : probeCheckIds())
        m_report.checks.append(makeCheck(id, Status::Failed, why));
}

void Doctor::finish()
{
    m_runDirectory.reset();
    if (!m_enforcement)
        m_enforcement = LimitEnforcement::detect();
    const LimitEnforcement limits = *m_enforcement;
    QStringList lines = limits.describe();
    if (const UserScope::Result scope = UserScope::lastResult(); !scope.detail.isEmpty())
        lines << tr("systemd user scope: %1").arg(scope.detail);
    // What a run's total memory comes to here, as a number, under the policy in force.
    QList<Policy::Error> errors;
    const QString policyPath = m_options.policyPath.isEmpty() ? Settings().policyPath() : m_options.policyPath;
    if (const std::optional<Policy> policy = Policy::loadOrDefault(policyPath, &errors)) {
        const bool capped = limits.cgroup != LimitEnforcement::CgroupKind::None;
        lines << tr("policy \"%1\", by default: %2")
                     .arg(policy->name,
                         LimitEnforcement::memoryBound(RunLimits::resolve(Request(), *policy, nullptr), capped));
        const RunLimits atCaps = RunLimits::atCaps(*policy);
        lines << tr("policy \"%1\", at its caps: %2")
                     .arg(policy->name, LimitEnforcement::memoryBound(atCaps, capped));
        const qint64 machine = physicalMemoryBytes();
        if (!capped && machine > 0 && atCaps.worstCaseMemoryBytes() > machine)
            lines << tr("that is more than this machine's %1 MiB: a run could exhaust it; where this matters, "
                        "set limits.require_total_memory_cap in the policy")
                         .arg(machine / (1024 * 1024));
    }
    m_report.checks.append(
        makeCheck(QStringLiteral("limits.enforcement"), Status::Info, lines.join(QLatin1Char('\n')), false));
    m_report.checks.append(trailPrivacy(m_options.trailPath.isEmpty() ? Settings().auditTrailPath() : m_options.trailPath));
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    m_running = false;
    Q_EMIT finished(m_report);
}

DoctorCheck Doctor::trailPrivacy(const QString &trailPath)
{
    const QString folder = QFileInfo(trailPath).path();
    // What a reader of the trail sees: code, outputs and artifacts. Not a
    // sandbox guarantee, so it is reported but blocks no run.
    const QStringList exposed = PrivateFiles::exposed({folder, trailPath, trailPath + QStringLiteral(".head"),
        trailPath + QStringLiteral("-wal"), trailPath + QStringLiteral("-shm")});
    if (!exposed.isEmpty())
        return makeCheck(QStringLiteral("audit.private"), Status::Failed, exposed.join(QLatin1Char('\n')), false);
    return makeCheck(QStringLiteral("audit.private"), Status::Passed,
        QFileInfo::exists(trailPath) ? tr("%1 and its folder are private to this account").arg(trailPath)
                                     : tr("%1 does not exist yet; it will be created private").arg(trailPath),
        false);
}

QList<DoctorCheck> Doctor::evaluateProbe(const QJsonObject &probe, const ProbeContext &ctx)
{
    QList<DoctorCheck> checks;

    // python.runtime
    {
        const QJsonObject modules = probe.value(QStringLiteral("modules")).toObject();
        const QStringList required{QStringLiteral("numpy"), QStringLiteral("pandas"), QStringLiteral("matplotlib")};
        QStringList found;
        QStringList broken;
        for (const QString &name : required) {
            const QJsonObject m = modules.value(name).toObject();
            if (m.value(QStringLiteral("ok")).toBool())
                found << name + QLatin1Char(' ') + m.value(QStringLiteral("version")).toString();
            else
                broken << name + QLatin1String(": ")
                        + (m.isEmpty() ? tr("not reported") : m.value(QStringLiteral("error")).toString());
        }
        // What else the code can import here, for the reviewer and the agent.
        QStringList offered;
        for (auto it = modules.begin(); it != modules.end(); ++it) {
            const QJsonObject m = it.value().toObject();
            if (!required.contains(it.key()) && m.value(QStringLiteral("ok")).toBool())
                offered << it.key() + QLatin1Char(' ') + m.value(QStringLiteral("version")).toString();
        }
        const QString python = tr("Python %1").arg(probe.value(QStringLiteral("python")).toString());
        if (!offered.isEmpty())
            found << tr("also %1").arg(offered.join(QLatin1String(", ")));
        checks.append(broken.isEmpty() ? makeCheck(QStringLiteral("python.runtime"), Status::Passed,
                          python + QLatin1String(", ") + found.join(QLatin1String(", ")))
                                       : makeCheck(QStringLiteral("python.runtime"), Status::Failed,
                                           python + QLatin1String("; ") + broken.join(QLatin1String("; "))));
    }

    // network.interfaces
    {
        QStringList interfaces;
        for (const QJsonValue &v : probe.value(QStringLiteral("interfaces")).toArray())
            interfaces << v.toString();
        const bool onlyLoopback = interfaces == QStringList{QStringLiteral("lo")};
        checks.append(makeCheck(QStringLiteral("network.interfaces"), onlyLoopback ? Status::Passed : Status::Failed,
            tr("interfaces inside: %1")
                .arg(interfaces.isEmpty() ? tr("(none reported)") : interfaces.join(QLatin1String(", ")))));
    }

    // network.connect
    {
        const QJsonObject result = probe.value(QStringLiteral("connect_outside")).toObject();
        const bool refused = !result.isEmpty() && !result.value(QStringLiteral("ok")).toBool();
        checks.append(makeCheck(QStringLiteral("network.connect"), refused ? Status::Passed : Status::Failed,
            refused ? tr("connect to 192.0.2.1:9 failed: %1").arg(errnoText(result))
                    : tr("connect to 192.0.2.1:9 was not refused")));
    }

    // env.allow-list
    const QJsonObject environ = probe.value(QStringLiteral("environ")).toObject();
    {
        QStringList extra;
        for (auto it = environ.constBegin(); it != environ.constEnd(); ++it)
            if (!ctx.allowedEnvironment.contains(it.key()))
                extra << it.key();
        checks.append(makeCheck(QStringLiteral("env.allow-list"),
            extra.isEmpty() && !environ.isEmpty() ? Status::Passed : Status::Failed,
            extra.isEmpty() ? tr("variables: %1").arg(environ.keys().join(QLatin1String(", ")))
                            : tr("not on the allow-list: %1").arg(extra.join(QLatin1String(", ")))));
    }

    // env.secret: the name or the value anywhere the inside can read.
    {
        auto contains = [&](const QString &text) {
            return text.contains(ctx.secretName) || (!ctx.secretValue.isEmpty() && text.contains(ctx.secretValue));
        };
        QStringList seenIn;
        QString environText;
        for (auto it = environ.constBegin(); it != environ.constEnd(); ++it)
            environText += it.key() + QLatin1Char('=') + it.value().toString() + QLatin1Char('\n');
        if (contains(environText))
            seenIn << QStringLiteral("os.environ");
        const QJsonValue proc1Environ = probe.value(QStringLiteral("proc1_environ"));
        const QJsonValue proc1Cmdline = probe.value(QStringLiteral("proc1_cmdline"));
        if (!proc1Environ.isString() || contains(proc1Environ.toString()))
            seenIn << QStringLiteral("/proc/1/environ");
        if (!proc1Cmdline.isString() || contains(proc1Cmdline.toString()))
            seenIn << QStringLiteral("/proc/1/cmdline");
        QStringList pid1Vars;
        for (const QString &entry : proc1Environ.toString().split(QChar(0), Qt::SkipEmptyParts))
            pid1Vars << entry.section(QLatin1Char('='), 0, 0);
        checks.append(makeCheck(QStringLiteral("env.secret"), seenIn.isEmpty() ? Status::Passed : Status::Failed,
            seenIn.isEmpty()
                ? tr("%1 stayed outside; pid 1 (bwrap) sees only: %2")
                      .arg(ctx.secretName, pid1Vars.isEmpty() ? tr("(nothing)") : pid1Vars.join(QLatin1String(", ")))
                : tr("%1 is readable in %2 (or it could not be read)")
                      .arg(ctx.secretName, seenIn.join(QLatin1String(", ")))));
    }

    // fs.host-paths
    {
        const QJsonObject paths = probe.value(QStringLiteral("paths")).toObject();
        QStringList visible;
        QStringList unanswered;
        for (const QString &p : ctx.hiddenPaths) {
            if (!paths.contains(p))
                unanswered << p;
            else if (paths.value(p).toBool())
                visible << p;
        }
        const bool ok = visible.isEmpty() && unanswered.isEmpty() && !ctx.hiddenPaths.isEmpty();
        checks.append(makeCheck(QStringLiteral("fs.host-paths"), ok ? Status::Passed : Status::Failed,
            ok ? tr("not visible: %1").arg(ctx.hiddenPaths.join(QLatin1String(", ")))
               : tr("visible: %1; not reported: %2")
                     .arg(visible.join(QLatin1String(", ")), unanswered.join(QLatin1String(", ")))));
    }

    // fs.mountinfo: the inputs' overlay and the working folder, and nothing
    // of the user's.
    {
        const QJsonValue reported = probe.value(QStringLiteral("mountinfo"));
        const QString mounts = reported.toString();
        QStringList named;
        for (const QString &s : ctx.mountHidden)
            if (mounts.contains(s))
                named << s.trimmed();
        named.removeDuplicates();
        const bool workspace = mounts.contains(QLatin1String(" /workspace "))
            && mounts.contains(QLatin1Char(' ') + SandboxCommand::inputsMount() + QLatin1Char(' '));
        const bool ok = reported.isString() && workspace && named.isEmpty() && !ctx.mountHidden.isEmpty();
        checks.append(makeCheck(QStringLiteral("fs.mountinfo"), ok ? Status::Passed : Status::Failed,
            !reported.isString()   ? tr("/proc/self/mountinfo was not reported")
                : !named.isEmpty() ? tr("/proc/self/mountinfo names: %1").arg(named.join(QLatin1String(", ")))
                : !workspace       ? tr("/proc/self/mountinfo shows no /workspace or no %1").arg(SandboxCommand::inputsMount())
                                   : tr("/proc/self/mountinfo names none of: %1")
                                   .arg(ctx.mountHidden.isEmpty() ? tr("(nothing to look for)")
                                                                  : ctx.mountHidden.join(QLatin1String(", ")))));
    }

    // fs.read-only
    {
        const QJsonObject writable = probe.value(QStringLiteral("writable")).toObject();
        QStringList wrongly;
        for (const char *p : {"/", "/usr", "/etc", "/dev"}) {
            const QJsonObject r = writable.value(QLatin1String(p)).toObject();
            if (r.isEmpty() || r.value(QStringLiteral("ok")).toBool())
                wrongly << QLatin1String(p);
        }
        const bool tmpWritable = writable.value(QStringLiteral("/tmp")).toObject().value(QStringLiteral("ok")).toBool();
        QString detail = wrongly.isEmpty()
            ? tr("writes to /, /usr, /etc and /dev are refused")
            : tr("writable (or not reported): %1").arg(wrongly.join(QLatin1String(", ")));
        if (!tmpWritable)
            detail += QLatin1Char('\n') + tr("the private /tmp is not writable either");
        checks.append(makeCheck(QStringLiteral("fs.read-only"),
            wrongly.isEmpty() && tmpWritable ? Status::Passed : Status::Failed, detail));
    }

    // fd.inherited
    {
        const QJsonArray fds = probe.value(QStringLiteral("fds")).toArray();
        QStringList extra;
        QList<int> standard;
        for (const QJsonValue &v : fds) {
            const int fd = v.toObject().value(QStringLiteral("fd")).toInt(-1);
            if (fd >= 0 && fd <= 2)
                standard << fd;
            else
                extra << QStringLiteral("%1 → %2").arg(fd).arg(v.toObject().value(QStringLiteral("target")).toString());
        }
        const bool ok = extra.isEmpty() && !fds.isEmpty();
        checks.append(makeCheck(QStringLiteral("fd.inherited"), ok ? Status::Passed : Status::Failed,
            ok ? tr("open inside: %n standard descriptor(s) only", nullptr, int(standard.size()))
               : tr("also open inside: %1").arg(extra.join(QLatin1String(", ")))));
    }

    const QJsonObject status = probe.value(QStringLiteral("status")).toObject();
    // caps.none
    {
        const QString effective = status.value(QStringLiteral("CapEff")).toString();
        const QString bounding = status.value(QStringLiteral("CapBnd")).toString();
        static const QRegularExpression zero(QStringLiteral("^0+$"));
        const bool ok = zero.match(effective).hasMatch() && zero.match(bounding).hasMatch();
        checks.append(makeCheck(QStringLiteral("caps.none"), ok ? Status::Passed : Status::Failed,
            tr("effective %1, bounding %2")
                .arg(effective.isEmpty() ? tr("(unknown)") : effective,
                    bounding.isEmpty() ? tr("(unknown)") : bounding)));
    }

    // userns.disabled
    {
        const QJsonObject r = probe.value(QStringLiteral("new_user_namespace")).toObject();
        const bool refused = !r.isEmpty() && !r.value(QStringLiteral("ok")).toBool();
        checks.append(makeCheck(QStringLiteral("userns.disabled"), refused ? Status::Passed : Status::Failed,
            refused ? tr("unshare(CLONE_NEWUSER) refused: %1").arg(errnoText(r))
                    : tr("the code could create a user namespace")));
    }

    // seccomp.supervisor: every call that reaches into another process is
    // refused by the filter, not by the kernel's own checks.
    {
        const QJsonObject calls = probe.value(QStringLiteral("supervisor_calls")).toObject();
        QStringList refused;
        QStringList notRefused;
        QStringList names{QStringLiteral("pidfd_open"), QStringLiteral("pidfd_getfd"),
            QStringLiteral("process_madvise"), QStringLiteral("process_mrelease")};
        // Its number differs between architectures: the probe knows it on some.
        if (calls.contains(QStringLiteral("kcmp")))
            names << QStringLiteral("kcmp");
        for (const QString &name : std::as_const(names)) {
            const QJsonObject r = calls.value(name).toObject();
            if (!r.isEmpty() && !r.value(QStringLiteral("ok")).toBool()
                && r.value(QStringLiteral("errno")).toString() == QLatin1String("EPERM"))
                refused << name;
            else
                notRefused << (r.isEmpty() ? tr("%1 (not tried)").arg(name)
                        : r.value(QStringLiteral("ok")).toBool()
                        ? tr("%1 (allowed)").arg(name)
                        : QStringLiteral("%1 (%2)").arg(name, r.value(QStringLiteral("errno")).toString()));
        }
        checks.append(
            makeCheck(QStringLiteral("seccomp.supervisor"), notRefused.isEmpty() ? Status::Passed : Status::Failed,
                notRefused.isEmpty() ? tr("refused with EPERM: %1").arg(refused.join(QLatin1String(", ")))
                                     : tr("not refused by the filter: %1").arg(notRefused.join(QLatin1String(", ")))));
    }

    // seccomp.active: mode 2 is a filter, and a non-Unix socket must be refused.
    {
        const QString mode = status.value(QStringLiteral("Seccomp")).toString();
        const QJsonObject inet = probe.value(QStringLiteral("inet_socket")).toObject();
        const bool filtered = mode == QLatin1String("2");
        const bool refusesInet = !inet.isEmpty() && !inet.value(QStringLiteral("ok")).toBool()
            && inet.value(QStringLiteral("errno")).toString() == QLatin1String("EAFNOSUPPORT");
        checks.append(makeCheck(QStringLiteral("seccomp.active"),
            filtered && refusesInet ? Status::Passed : Status::Failed,
            tr("Seccomp: %1 (filters: %2); an internet socket: %3")
                .arg(mode.isEmpty() ? tr("unknown") : mode, status.value(QStringLiteral("Seccomp_filters")).toString(),
                    inet.isEmpty() ? tr("not tried") : errnoText(inet))));
    }

    return checks;
}

} // namespace Airlock
