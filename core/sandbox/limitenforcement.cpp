// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "limitenforcement.h"
#include "runlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::LimitEnforcement)
};

bool writableDir(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() && ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

// The cgroup v2 path of this process, from the "0::/path" line.
QString ownV2Path(const QString &procSelfCgroup)
{
    QFile f(procSelfCgroup);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("0::"))
            return QString::fromUtf8(line.mid(3)).trimmed();
    return {};
}
} // namespace

namespace {
// Root of the machine, not root inside a user namespace: only then can the
// sandbox drop to another uid or write a cgroup hierarchy.
bool reallyRoot()
{
    if (::geteuid() != 0)
        return false;
    QFile map(QStringLiteral("/proc/self/uid_map"));
    if (!map.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> first = map.readLine().simplified().split(' ');
    return first.size() == 3 && first.at(0) == "0" && first.at(1) == "0" && first.at(2).toULongLong() >= 0xffffffffULL;
}
} // namespace

LimitEnforcement LimitEnforcement::detect()
{
    return detect(QStringLiteral("/sys/fs/cgroup"), QStringLiteral("/proc/self/cgroup"), reallyRoot());
}

LimitEnforcement LimitEnforcement::detect(const QString &cgroupRoot, const QString &procSelfCgroup, bool root)
{
    LimitEnforcement e;
    e.startedAsRoot = root;
    if (root) {
        // A uid that owns nothing but the run's own folder, and that no other
        // sandbox shares.
        for (int attempt = 0; attempt < 64; ++attempt) {
            const uid_t id
                = SandboxIdFirst + QRandomGenerator::system()->bounded(quint32(SandboxIdLast - SandboxIdFirst));
            if (!::getpwuid(id) && !::getgrgid(gid_t(id))) {
                e.sandboxUid = id;
                e.sandboxGid = gid_t(id);
                break;
            }
        }
    }

    // Pure v2 mounts cgroup.controllers at the root; hybrid systems have it
    // under "unified", where no controllers are usually enabled.
    QString own = ownV2Path(procSelfCgroup);
    // The leaf CgroupScope moved us to, so that the delegated folder above
    // could give its children controllers: that folder is still ours.
    if (own.endsWith(QLatin1String("/airlock-host")))
        own.chop(int(qstrlen("/airlock-host")));
    for (const QString &v2root : QStringList{cgroupRoot, cgroupRoot + QStringLiteral("/unified")}) {
        if (!QFileInfo::exists(v2root + QStringLiteral("/cgroup.controllers")))
            continue;
        QFile controllers(v2root + QStringLiteral("/cgroup.controllers"));
        const QByteArray available = controllers.open(QIODevice::ReadOnly) ? controllers.readAll() : QByteArray();
        if (!available.contains("memory") || !available.contains("pids"))
            continue;
        const QString candidate = QDir::cleanPath(v2root + own);
        // Our own folder must offer the controllers too (its parent enables them).
        QFile offered(candidate + QStringLiteral("/cgroup.controllers"));
        if (offered.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> names = offered.readAll().simplified().split(' ');
            if (!names.contains("memory") || !names.contains("pids"))
                continue;
        }
        if (!own.isEmpty() && writableDir(candidate)) {
            e.cgroup = CgroupKind::V2;
            e.cgroupPath = candidate;
            return e;
        }
    }
    if (root && writableDir(cgroupRoot + QStringLiteral("/memory"))
        && writableDir(cgroupRoot + QStringLiteral("/pids"))) {
        e.cgroup = CgroupKind::V1;
        e.cgroupPath = cgroupRoot + QStringLiteral("/memory");
        e.cgroupPidsPath = cgroupRoot + QStringLiteral("/pids");
        if (writableDir(cgroupRoot + QStringLiteral("/cpuacct")))
            e.cgroupCpuPath = cgroupRoot + QStringLiteral("/cpuacct");
    }
    return e;
}

int LimitEnforcement::processesOf(uid_t uid)
{
    // RLIMIT_NPROC counts tasks: each thread of a process is one.
    int count = 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (!entry.at(0).isDigit())
            continue;
        const QByteArray path = "/proc/" + entry.toLatin1() + "/status";
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue; // gone meanwhile
        // procfs files report a size of 0: read until the end, never by size.
        QByteArray status;
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            status.append(buffer, n);
        }
        ::close(fd);
        bool ours = false;
        int threads = 1;
        for (const QByteArray &line : status.split('\n')) {
            if (line.startsWith("Uid:")) {
                // Real, effective, saved, filesystem: the limit is the real uid's.
                bool ok = false;
                ours = line.mid(4).simplified().split(' ').value(0).toUInt(&ok) == uid && ok;
            } else if (line.startsWith("Threads:")) {
                threads = qMax(1, line.mid(8).trimmed().toInt());
            }
        }
        if (ours)
            count += threads;
    }
    return count;
}

QString LimitEnforcement::cgroupKindId() const
{
    switch (cgroup) {
    case CgroupKind::V2:
        return QStringLiteral("v2");
    case CgroupKind::V1:
        return QStringLiteral("v1");
    case CgroupKind::None:
        break;
    }
    return QStringLiteral("none");
}

QString LimitEnforcement::memoryBound(const RunLimits &limits, bool capped)
{
    constexpr qint64 MiB = 1024 * 1024;
    if (capped)
        return Tr::tr("total memory capped by the control group at %1 MiB").arg(limits.memoryBytes / MiB);
    return Tr::tr("without a control group: total memory bounded by construction at %1 MiB (%2 processes of at most "
                  "%3 MiB address space, plus /tmp, /dev/shm and the output folder)")
        .arg(limits.worstCaseMemoryBytes() / MiB)
        .arg(limits.processCeiling())
        .arg(limits.addressSpacePerProcess() / MiB);
}

QStringList LimitEnforcement::describe() const
{
    QStringList lines;
    switch (cgroup) {
    case CgroupKind::V2:
        lines << Tr::tr("cgroup v2 (%1): caps total memory and process count of the whole sandbox").arg(cgroupPath);
        break;
    case CgroupKind::V1:
        lines << Tr::tr("cgroup v1 as root (%1, %2): caps total memory and process count of the whole sandbox")
                     .arg(cgroupPath, cgroupPidsPath);
        break;
    case CgroupKind::None:
        lines << Tr::tr("no writable cgroup: a sandbox's total memory is bounded only by construction (per-process "
                        "limits times the process cap, sized memory file systems), its time by the watchdog");
        break;
    }
    if (startedAsRoot)
        lines << Tr::tr("started as root: each sandbox drops to a uid of its own (this one: %1), under which the "
                        "process limit holds")
                     .arg(sandboxUid);
    else
        lines << Tr::tr("started as uid %1: already unprivileged").arg(::geteuid());
    lines << Tr::tr("rlimits: open files, file size, per-process memory, process count");
    lines << Tr::tr("host watchdog: a wall-clock timeout that kills the whole sandbox");
    return lines;
}

} // namespace Airlock
