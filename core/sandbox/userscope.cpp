// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "userscope.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <mutex>
#include <unistd.h>

#include "hosttools.h"
#include "limitenforcement.h"

namespace Airlock::UserScope {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::UserScope)
};

const QString CgroupRoot = QStringLiteral("/sys/fs/cgroup");
const QString ProcSelfCgroup = QStringLiteral("/proc/self/cgroup");

Result s_result{Outcome::Unavailable, {}};
std::once_flag s_once;

QString ownPath(const QString &procSelfCgroup)
{
    QFile f(procSelfCgroup);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // procfs reports a size of 0: readAll() reads to the end regardless.
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("0::"))
            return QString::fromUtf8(line.mid(3)).trimmed();
    return {};
}

Result ask()
{
    if (::geteuid() == 0)
        return {Outcome::NotNeeded, Tr::tr("started as root: Airlock writes the cgroup hierarchy itself")};
    if (LimitEnforcement::detect().cgroup != LimitEnforcement::CgroupKind::None)
        return {Outcome::NotNeeded, Tr::tr("this process already has a cgroup it may write")};
    // The manager runs, and busctl --user can reach it over the user's bus.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const bool bus = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")
        || (!runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus")));
    if (runtime.isEmpty() || !QFileInfo::exists(runtime + QStringLiteral("/systemd/private")) || !bus)
        return {Outcome::Unavailable, Tr::tr("no systemd user manager is reachable")};
    const QString manager = managerCgroup(CgroupRoot, ProcSelfCgroup, ::getuid());
    if (manager.isEmpty() || !offersMemoryAndPids(manager))
        return {Outcome::Unavailable,
            Tr::tr("the user's systemd manager has no memory and pids controllers delegated to it")};
    const QString busctl = HostTools::findSystemProgram(QStringLiteral("busctl"));
    if (busctl.isEmpty())
        return {Outcome::Unavailable, Tr::tr("busctl, to ask the user's systemd manager, is not installed")};

    const QString pid = QString::number(::getpid());
    const QString unit = QStringLiteral("airlock-%1-%2.scope")
                             .arg(pid)
                             .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    QProcess call;
    call.setProgram(busctl);
    call.setArguments({QStringLiteral("--user"), QStringLiteral("call"), QStringLiteral("org.freedesktop.systemd1"),
        QStringLiteral("/org/freedesktop/systemd1"), QStringLiteral("org.freedesktop.systemd1.Manager"),
        QStringLiteral("StartTransientUnit"), QStringLiteral("ssa(sv)a(sa(sv))"), unit, QStringLiteral("fail"),
        QStringLiteral("4"), QStringLiteral("PIDs"), QStringLiteral("au"), QStringLiteral("1"), pid,
        QStringLiteral("Delegate"), QStringLiteral("b"), QStringLiteral("true"), QStringLiteral("CollectMode"),
        QStringLiteral("s"), QStringLiteral("inactive-or-failed"), QStringLiteral("Description"), QStringLiteral("s"),
        QStringLiteral("Airlock sandboxes of process %1").arg(pid), QStringLiteral("0")});
    call.setStandardInputFile(QProcess::nullDevice());
    call.start();
    if (!call.waitForFinished(5000) || call.exitStatus() != QProcess::NormalExit || call.exitCode() != 0) {
        call.kill();
        call.waitForFinished(1000);
        return {Outcome::Failed,
            Tr::tr("the user's systemd manager did not give a scope: %1")
                .arg(QString::fromLocal8Bit(call.readAllStandardError()).trimmed())};
    }
    // The manager moves this process when the job runs, just after it answered.
    const QDeadlineTimer deadline(3000);
    while (!ownPath(ProcSelfCgroup).endsWith(QLatin1Char('/') + unit)) {
        if (deadline.hasExpired())
            return {Outcome::Failed, Tr::tr("the scope %1 was made, but this process was not moved into it").arg(unit)};
        QThread::msleep(10);
    }
    if (LimitEnforcement::detect().cgroup != LimitEnforcement::CgroupKind::V2)
        return {Outcome::Failed, Tr::tr("the scope %1 cannot be written, or lacks the memory and pids controllers")
                                     .arg(unit)};
    return {Outcome::Entered, Tr::tr("a delegated scope from the user's systemd manager (%1)").arg(unit)};
}
} // namespace

QString managerCgroup(const QString &cgroupRoot, const QString &procSelfCgroup, uid_t uid)
{
    const QString service = QStringLiteral("user@%1.service").arg(uid);
    const QString own = ownPath(procSelfCgroup);
    // Below the manager already (an application it started), or in a login
    // session beside it: then it is where systemd always puts it.
    const qsizetype at = own.indexOf(QLatin1Char('/') + service);
    const QString path = at >= 0 ? own.left(at + 1 + service.size())
                                 : QStringLiteral("/user.slice/user-%1.slice/%2").arg(uid).arg(service);
    const QString folder = QDir::cleanPath(cgroupRoot + path);
    return QFileInfo(folder).isDir() ? folder : QString();
}

bool offersMemoryAndPids(const QString &cgroupFolder)
{
    QFile f(cgroupFolder + QStringLiteral("/cgroup.controllers"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> controllers = f.readAll().simplified().split(' ');
    return controllers.contains("memory") && controllers.contains("pids");
}

Result enter()
{
    std::call_once(s_once, []() { s_result = ask(); });
    return s_result;
}

Result lastResult()
{
    return s_result;
}

} // namespace Airlock::UserScope
