// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Airlock {

/**
 * Builds the bubblewrap invocation for one sandbox (SPEC §3).
 *
 * The builder is pure: it turns a description into bwrap options and the
 * payloads to hand over on file descriptors, and touches no file. The
 * options themselves travel on a file descriptor too (`bwrap --args FD`), so
 * nothing of them shows in the sandbox's /proc/1/cmdline; only the command
 * after `--` does.
 *
 * Every sandbox gets all namespaces (user, pid, ipc, uts, cgroup, network),
 * nested user namespaces disabled, no capabilities, a new session, death with
 * its parent, a cleared environment plus an allow-list, read-only root and
 * /dev, and whatever mounts were added, in the order they were added.
 */
class SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::SandboxCommand)
public:
    enum class MountKind {
        ReadOnlyBind,
        Bind,
        Tmpfs,
        Dir,
        Symlink,
        DataFile,
        Proc,
        Dev,
        OverlaySource, ///< a layer of the ReadOnlyOverlay that follows
        ReadOnlyOverlay,
    };

    struct Mount
    {
        MountKind kind = MountKind::Dir;
        QString source = {}; ///< host path, symlink target; empty otherwise
        QString destination = {}; ///< path inside the sandbox
        qint64 sizeBytes = 0; ///< tmpfs size cap; 0 for none
        int permissions = -1; ///< octal mode for tmpfs and dirs; -1 for bwrap's default
        QByteArray content = {}; ///< DataFile payload
    };

    SandboxCommand();

    /// The SPEC §3 baseline for running @p pythonPath: /usr read-only and the
    /// few /etc files Python needs, fresh /proc and /dev, size-capped /tmp and
    /// /dev/shm, an empty /workspace as working directory, the environment
    /// allow-list, and a synthetic passwd/group naming only the sandbox user.
    static SandboxCommand pythonRuntime(const QString &pythonPath);

    /// pythonRuntime() under @p bwrapPath with the seccomp filter installed:
    /// the sandbox every run, static check and pre-flight probe gets, so the
    /// doctor proves exactly what runs use. Nothing, with @p error set, when
    /// a program is missing or the filter cannot be built.
    static std::optional<SandboxCommand> hardenedPython(
        const QString &bwrapPath, const QString &pythonPath, QString *error);

    /// The environment a sandboxed program sees, and nothing else.
    static QList<QPair<QString, QString>> defaultEnvironment();

    void setBwrapPath(const QString &path);
    QString bwrapPath() const;

    void addReadOnlyBind(const QString &source, const QString &destination);
    void addReadOnlyBindIfExists(const QString &source, const QString &destination);
    void addBind(const QString &source, const QString &destination);
    void addTmpfs(const QString &destination, qint64 sizeBytes, int permissions = 0755);
    void addDir(const QString &destination, int permissions = 0755);
    void addSymlink(const QString &target, const QString &linkPath);
    /// @p layers (host folders, top first, at least two) joined read-only at
    /// @p destination. bwrap opens each layer itself and gives the kernel
    /// only a descriptor's name, so unlike a bind no host path shows in the
    /// sandbox's /proc/self/mountinfo.
    void addReadOnlyOverlay(const QStringList &layers, const QString &destination);
    /// The working folder (SPEC §3, version 2): /workspace a writable tmpfs
    /// of @p sizeBytes that the run's files, output/ among them, share; each
    /// of @p inputNames a link there to the same name in @p inputLayers,
    /// joined read-only at InputsMount, so inputs cannot be changed.
    void addWorkspace(const QStringList &inputLayers, const QStringList &inputNames, qint64 sizeBytes);
    /// Where the declared files are, read-only, inside the sandbox.
    static QString inputsMount() { return QStringLiteral("/run/airlock/inputs"); }
    /// A read-only file at @p destination holding @p content, copied in by
    /// bwrap from a file descriptor (nothing is written on the host).
    void addDataFile(const QString &destination, const QByteArray &content);
    QList<Mount> mounts() const;

    void setEnvironment(const QList<QPair<QString, QString>> &environment);
    QList<QPair<QString, QString>> environment() const;
    /// What the sandboxed program finds in its environment: environment()
    /// plus what bwrap adds itself.
    QList<QPair<QString, QString>> visibleEnvironment() const;

    void setHostname(const QString &hostname);
    void setWorkingDirectory(const QString &directory);
    QString workingDirectory() const;

    /// Compiled seccomp BPF program, handed to bwrap with `--seccomp FD`.
    void setSeccompProgram(const QByteArray &bpf);
    QByteArray seccompProgram() const;

    /// bwrap reports on this descriptor (`--json-status-fd`), one JSON
    /// document a line: the sandbox's pid 1 as {"child-pid": N, ...} once it
    /// exists, and {"exit-code": N} once the command has run and ended;
    /// -1 for none.
    void setStatusFd(int fd);

    /// Run the command itself as pid 1 (`--as-pid-1`): no bwrap process
    /// lives inside the sandbox, and the command's exit status reaches bwrap
    /// outside from the kernel, through nothing the command can touch.
    void setCommandIsPidOne(bool pidOne);

    void setCommand(const QStringList &command);
    QStringList command() const;

    /// Empty when the command can be built; otherwise why not. A NUL in any
    /// string would break the NUL-separated `--args` framing, and relative
    /// sandbox paths are ambiguous, so both are refused.
    QString validate() const;

    /// The payloads to pass on file descriptors, in the order options()
    /// numbers them: data files first, then the seccomp program.
    QList<QByteArray> fdPayloads() const;

    /// Every bwrap option (all of what goes before `--`), with payload file
    /// descriptors numbered from @p firstFd upwards.
    QStringList options(int firstFd) const;

    /// The bwrap command line proper: `--args FD -- COMMAND...`.
    QStringList bwrapArguments(int argsFd) const;

private:
    QString m_bwrapPath;
    QList<Mount> m_mounts;
    QList<QPair<QString, QString>> m_environment;
    QString m_hostname;
    QString m_workingDirectory;
    QByteArray m_seccompProgram;
    int m_statusFd = -1;
    bool m_commandIsPidOne = false;
    QStringList m_command;
};

} // namespace Airlock
