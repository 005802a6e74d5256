// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "sandboxcommand.h"

#include "runlimits.h"

#include <QFileInfo>
#include <QThread>

#include "seccompfilter.h"

namespace Airlock {

namespace {
constexpr qint64 MiB = 1024 * 1024;
// Memory file systems: their sizes are part of the bound RunLimits states.
constexpr qint64 TmpSize = RunLimits::TmpfsBytes;
constexpr qint64 ShmSize = RunLimits::ShmBytes;
// The uid/gid the sandboxed code sees; unrelated to any host account.
constexpr int SandboxUid = 1000;
constexpr int SandboxGid = 1000;

QString octal(int mode)
{
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}
} // namespace

SandboxCommand::SandboxCommand()
    : m_environment(defaultEnvironment())
    , m_hostname(QStringLiteral("airlock"))
    , m_workingDirectory(QStringLiteral("/"))
{
}

QList<QPair<QString, QString>> SandboxCommand::defaultEnvironment()
{
    // Numerical libraries default to one thread per core each; pin them so a
    // small machine is not oversubscribed and runs are reproducible.
    const QString threads = QString::number(qBound(1, QThread::idealThreadCount(), 4));
    return {
        {QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")},
        {QStringLiteral("HOME"), QStringLiteral("/workspace")},
        {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
        {QStringLiteral("TMPDIR"), QStringLiteral("/tmp")},
        {QStringLiteral("MPLBACKEND"), QStringLiteral("Agg")},
        {QStringLiteral("MPLCONFIGDIR"), QStringLiteral("/tmp/matplotlib")},
        // fontconfig (run by matplotlib) wants a writable cache, or it
        // complains into the user's error output.
        {QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("/tmp/cache")},
        // HOME is the working folder, whose files come back: what libraries
        // keep for themselves goes to the scratch /tmp instead.
        {QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/tmp/config")},
        {QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/tmp/data")},
        {QStringLiteral("OMP_NUM_THREADS"), threads},
        {QStringLiteral("OPENBLAS_NUM_THREADS"), threads},
        {QStringLiteral("MKL_NUM_THREADS"), threads},
        {QStringLiteral("NUMEXPR_NUM_THREADS"), threads},
    };
}

SandboxCommand SandboxCommand::pythonRuntime(const QString &pythonPath)
{
    SandboxCommand cmd;
    cmd.addReadOnlyBind(QStringLiteral("/usr"), QStringLiteral("/usr"));
    // Debian's merged /usr: the top-level program and library folders are links.
    for (const char *dir : {"bin", "sbin", "lib", "lib64", "lib32", "libx32"}) {
        const QString top = QLatin1Char('/') + QLatin1String(dir);
        if (QFileInfo(top).isSymLink())
            cmd.addSymlink(QStringLiteral("usr/") + QLatin1String(dir), top);
    }
    // What Python and its libraries read from /etc; nothing else of it.
    cmd.addReadOnlyBindIfExists(QStringLiteral("/etc/ld.so.cache"), QStringLiteral("/etc/ld.so.cache"));
    // Debian picks BLAS/LAPACK (numpy) through links under /etc/alternatives
    // that point back into /usr.
    cmd.addReadOnlyBindIfExists(QStringLiteral("/etc/alternatives"), QStringLiteral("/etc/alternatives"));
    cmd.addReadOnlyBindIfExists(QStringLiteral("/etc/localtime"), QStringLiteral("/etc/localtime"));
    cmd.addReadOnlyBindIfExists(QStringLiteral("/etc/matplotlibrc"), QStringLiteral("/etc/matplotlibrc"));
    cmd.addReadOnlyBindIfExists(QStringLiteral("/etc/fonts"), QStringLiteral("/etc/fonts"));
    cmd.addDataFile(QStringLiteral("/etc/passwd"),
        QStringLiteral("sandbox:x:%1:%2:Airlock sandbox:/workspace:/usr/sbin/nologin\n")
            .arg(SandboxUid)
            .arg(SandboxGid)
            .toUtf8());
    cmd.addDataFile(QStringLiteral("/etc/group"), QStringLiteral("sandbox:x:%1:\n").arg(SandboxGid).toUtf8());
    cmd.m_mounts.append({.kind = MountKind::Proc, .destination = QStringLiteral("/proc")});
    cmd.m_mounts.append({.kind = MountKind::Dev, .destination = QStringLiteral("/dev")});
    cmd.addTmpfs(QStringLiteral("/dev/shm"), ShmSize, 01777);
    cmd.addTmpfs(QStringLiteral("/tmp"), TmpSize, 01777);
    cmd.addDir(QStringLiteral("/workspace"), 0755);
    cmd.setWorkingDirectory(QStringLiteral("/workspace"));
    cmd.setCommand({pythonPath});
    return cmd;
}

std::optional<SandboxCommand> SandboxCommand::hardenedPython(
    const QString &bwrapPath, const QString &pythonPath, QString *error)
{
    if (bwrapPath.isEmpty() || pythonPath.isEmpty()) {
        *error = tr("bwrap or python3 is missing; run airlockctl doctor");
        return std::nullopt;
    }
    QString filterError;
    const QByteArray seccomp = SeccompFilter::build(&filterError);
    if (seccomp.isEmpty()) {
        *error = tr("the system call filter could not be built: %1").arg(filterError);
        return std::nullopt;
    }
    SandboxCommand cmd = pythonRuntime(pythonPath);
    cmd.setBwrapPath(bwrapPath);
    cmd.setSeccompProgram(seccomp);
    return cmd;
}

void SandboxCommand::setBwrapPath(const QString &path)
{
    m_bwrapPath = path;
}

QString SandboxCommand::bwrapPath() const
{
    return m_bwrapPath;
}

void SandboxCommand::addReadOnlyBind(const QString &source, const QString &destination)
{
    m_mounts.append({.kind = MountKind::ReadOnlyBind, .source = source, .destination = destination});
}

void SandboxCommand::addReadOnlyBindIfExists(const QString &source, const QString &destination)
{
    if (QFileInfo::exists(source))
        addReadOnlyBind(source, destination);
}

void SandboxCommand::addBind(const QString &source, const QString &destination)
{
    m_mounts.append({.kind = MountKind::Bind, .source = source, .destination = destination});
}

void SandboxCommand::addTmpfs(const QString &destination, qint64 sizeBytes, int permissions)
{
    m_mounts.append(
        {.kind = MountKind::Tmpfs, .destination = destination, .sizeBytes = sizeBytes, .permissions = permissions});
}

void SandboxCommand::addDir(const QString &destination, int permissions)
{
    m_mounts.append({.kind = MountKind::Dir, .destination = destination, .permissions = permissions});
}

void SandboxCommand::addSymlink(const QString &target, const QString &linkPath)
{
    m_mounts.append({.kind = MountKind::Symlink, .source = target, .destination = linkPath});
}

void SandboxCommand::addReadOnlyOverlay(const QStringList &layers, const QString &destination)
{
    for (const QString &layer : layers)
        m_mounts.append({.kind = MountKind::OverlaySource, .source = layer});
    m_mounts.append({.kind = MountKind::ReadOnlyOverlay, .destination = destination});
}

void SandboxCommand::addWorkspace(const QStringList &inputLayers, const QStringList &inputNames, qint64 sizeBytes)
{
    // One overlay, not a bind per input: a bind would show its host path,
    // the user's home and the run folder, in /proc/self/mountinfo.
    addReadOnlyOverlay(inputLayers, inputsMount());
    // Real code writes where it stands (savefig('x.png'), to_csv('clean.csv')):
    // the working folder takes it, sized, and output/ shares its size.
    addTmpfs(QStringLiteral("/workspace"), sizeBytes, 0777);
    addDir(QStringLiteral("/workspace/output"), 0777);
    for (const QString &name : inputNames)
        addSymlink(inputsMount() + QLatin1Char('/') + name, QStringLiteral("/workspace/") + name);
}

void SandboxCommand::addDataFile(const QString &destination, const QByteArray &content)
{
    m_mounts.append({.kind = MountKind::DataFile, .destination = destination, .content = content});
}

QList<SandboxCommand::Mount> SandboxCommand::mounts() const
{
    return m_mounts;
}

void SandboxCommand::setEnvironment(const QList<QPair<QString, QString>> &environment)
{
    m_environment = environment;
}

QList<QPair<QString, QString>> SandboxCommand::environment() const
{
    return m_environment;
}

QList<QPair<QString, QString>> SandboxCommand::visibleEnvironment() const
{
    // bwrap itself sets PWD after --chdir.
    return m_environment + QList<QPair<QString, QString>>{{QStringLiteral("PWD"), m_workingDirectory}};
}

void SandboxCommand::setHostname(const QString &hostname)
{
    m_hostname = hostname;
}

void SandboxCommand::setWorkingDirectory(const QString &directory)
{
    m_workingDirectory = directory;
}

QString SandboxCommand::workingDirectory() const
{
    return m_workingDirectory;
}

void SandboxCommand::setSeccompProgram(const QByteArray &bpf)
{
    m_seccompProgram = bpf;
}

QByteArray SandboxCommand::seccompProgram() const
{
    return m_seccompProgram;
}

void SandboxCommand::setStatusFd(int fd)
{
    m_statusFd = fd;
}

void SandboxCommand::setCommandIsPidOne(bool pidOne)
{
    m_commandIsPidOne = pidOne;
}

void SandboxCommand::setCommand(const QStringList &command)
{
    m_command = command;
}

QStringList SandboxCommand::command() const
{
    return m_command;
}

QString SandboxCommand::validate() const
{
    const QChar nul(0);
    auto bad = [&](const QString &s) { return s.contains(nul); };
    if (m_bwrapPath.isEmpty() || !m_bwrapPath.startsWith(QLatin1Char('/')))
        return QStringLiteral("bwrap path must be absolute");
    if (m_command.isEmpty() || !m_command.constFirst().startsWith(QLatin1Char('/')))
        return QStringLiteral("the command must start with an absolute program path");
    for (const QString &arg : m_command)
        if (bad(arg))
            return QStringLiteral("a command argument contains a NUL character");
    int layers = 0;
    for (const Mount &m : m_mounts) {
        if (bad(m.source) || bad(m.destination))
            return QStringLiteral("a mount path contains a NUL character");
        if (m.kind == MountKind::OverlaySource) {
            if (!m.source.startsWith(QLatin1Char('/')))
                return QStringLiteral("overlay layer is not absolute: %1").arg(m.source);
            ++layers;
            continue;
        }
        // bwrap wants two layers at least for a read-only overlay.
        if (m.kind == MountKind::ReadOnlyOverlay && layers < 2)
            return QStringLiteral("a read-only overlay needs two layers at least: %1").arg(m.destination);
        layers = 0;
        if (!m.destination.startsWith(QLatin1Char('/')))
            return QStringLiteral("sandbox path is not absolute: %1").arg(m.destination);
        if (m.destination.split(QLatin1Char('/')).contains(QLatin1String("..")))
            return QStringLiteral("sandbox path contains '..': %1").arg(m.destination);
    }
    for (const auto &[name, value] : m_environment) {
        if (name.isEmpty() || name.contains(QLatin1Char('=')) || bad(name) || bad(value))
            return QStringLiteral("invalid environment variable: %1").arg(name);
    }
    if (bad(m_hostname) || bad(m_workingDirectory) || !m_workingDirectory.startsWith(QLatin1Char('/')))
        return QStringLiteral("invalid hostname or working directory");
    return {};
}

QList<QByteArray> SandboxCommand::fdPayloads() const
{
    QList<QByteArray> payloads;
    for (const Mount &m : m_mounts)
        if (m.kind == MountKind::DataFile)
            payloads.append(m.content);
    if (!m_seccompProgram.isEmpty())
        payloads.append(m_seccompProgram);
    return payloads;
}

QStringList SandboxCommand::options(int firstFd) const
{
    QStringList o;
    // Namespaces: everything, and no way to make more user namespaces inside.
    o << QStringLiteral("--unshare-user") << QStringLiteral("--unshare-pid") << QStringLiteral("--unshare-ipc")
      << QStringLiteral("--unshare-uts") << QStringLiteral("--unshare-cgroup") << QStringLiteral("--unshare-net")
      << QStringLiteral("--disable-userns") << QStringLiteral("--uid") << QString::number(SandboxUid)
      << QStringLiteral("--gid") << QString::number(SandboxGid) << QStringLiteral("--hostname") << m_hostname;
    o << QStringLiteral("--die-with-parent") << QStringLiteral("--new-session") << QStringLiteral("--cap-drop")
      << QStringLiteral("ALL");
    if (m_commandIsPidOne)
        o << QStringLiteral("--as-pid-1");
    if (m_statusFd >= 0)
        o << QStringLiteral("--json-status-fd") << QString::number(m_statusFd);
    o << QStringLiteral("--clearenv");
    for (const auto &[name, value] : m_environment)
        o << QStringLiteral("--setenv") << name << value;

    int fd = firstFd;
    for (const Mount &m : m_mounts) {
        switch (m.kind) {
        case MountKind::ReadOnlyBind:
            o << QStringLiteral("--ro-bind") << m.source << m.destination;
            break;
        case MountKind::Bind:
            o << QStringLiteral("--bind") << m.source << m.destination;
            break;
        case MountKind::Tmpfs:
            if (m.permissions >= 0)
                o << QStringLiteral("--perms") << octal(m.permissions);
            if (m.sizeBytes > 0)
                o << QStringLiteral("--size") << QString::number(m.sizeBytes);
            o << QStringLiteral("--tmpfs") << m.destination;
            break;
        case MountKind::Dir:
            if (m.permissions >= 0)
                o << QStringLiteral("--perms") << octal(m.permissions);
            o << QStringLiteral("--dir") << m.destination;
            break;
        case MountKind::Symlink:
            o << QStringLiteral("--symlink") << m.source << m.destination;
            break;
        case MountKind::DataFile:
            o << QStringLiteral("--perms") << QStringLiteral("0444") << QStringLiteral("--ro-bind-data")
              << QString::number(fd++) << m.destination;
            break;
        case MountKind::Proc:
            o << QStringLiteral("--proc") << m.destination;
            break;
        case MountKind::Dev:
            o << QStringLiteral("--dev") << m.destination;
            break;
        case MountKind::OverlaySource:
            o << QStringLiteral("--overlay-src") << m.source;
            break;
        case MountKind::ReadOnlyOverlay:
            o << QStringLiteral("--ro-overlay") << m.destination;
            break;
        }
    }
    if (!m_seccompProgram.isEmpty())
        o << QStringLiteral("--seccomp") << QString::number(fd++);
    // Last, once every mount point exists: nothing outside the writable
    // mounts can be changed.
    o << QStringLiteral("--remount-ro") << QStringLiteral("/dev");
    o << QStringLiteral("--remount-ro") << QStringLiteral("/");
    o << QStringLiteral("--chdir") << m_workingDirectory;
    return o;
}

QStringList SandboxCommand::bwrapArguments(int argsFd) const
{
    return QStringList{QStringLiteral("--args"), QString::number(argsFd), QStringLiteral("--")} + m_command;
}

} // namespace Airlock
