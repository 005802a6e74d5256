// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include "doctorreport.h"
#include "limitenforcement.h"

#include <memory>
#include <optional>

class QTimer;

namespace Airlock {

class RunDirectory;
class SandboxProcess;

/**
 * The pre-flight check (SPEC §3): proves on this machine, with the same
 * argument builder and launcher that runs use, that the sandbox is real
 * before any run is allowed.
 *
 * Asynchronous: start(), then finished() with the report. Nothing blocks.
 */
class Doctor : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString bwrapPath; ///< empty: the system's bwrap
        QString pythonPath; ///< empty: the system's python3
        int probeTimeoutMs = 60000;
        QString trailPath; ///< empty: the audit trail the settings name
        QString policyPath; ///< empty: the policy the settings name
    };

    /// What the host knows and the probe must not: used to judge its report.
    struct ProbeContext
    {
        QString secretName;
        QString secretValue;
        QStringList hiddenPaths;
        QStringList allowedEnvironment;
        /// What must not appear in the sandbox's mount table: the user's
        /// home, the run folder, the user's name and runtime folder.
        QStringList mountHidden;
    };

    explicit Doctor(QObject *parent = nullptr);
    ~Doctor() override;

    void setOptions(const Options &options);
    Options options() const;

    void start();
    bool isRunning() const;

    /// Oldest bubblewrap with everything the sandbox uses: `--size` for
    /// tmpfs (0.10), overlays (0.11) whose layers bwrap opens itself, so that
    /// no host path reaches the sandbox's mount table (0.12).
    static constexpr int MinimumBwrapVersion[3] = {0, 12, 0};

    /// Judges a probe's report. Public so that tests can feed it reports made
    /// outside any sandbox and see every check fail.
    static QList<DoctorCheck> evaluateProbe(const QJsonObject &probe, const ProbeContext &context);
    /// Whether the audit trail at @p trailPath, its head, log and folder
    /// are closed to other accounts (reported, never blocking runs).
    static DoctorCheck trailPrivacy(const QString &trailPath);
    /// Host paths the probe is asked about; none may be visible inside.
    static QStringList defaultHiddenPaths();
    /// What of this user and @p runFolder the sandbox's mount table must not
    /// name.
    static QStringList mountHiddenStrings(const QString &runFolder);

Q_SIGNALS:
    void finished(const Airlock::DoctorReport &report);

private:
    void checkBwrapVersion();
    void runProbe();
    void probeFinished();
    void addSkipped(const QString &why);
    void buildFontCache();
    void finish();

    Options m_options;
    DoctorReport m_report;
    QString m_bwrap;
    QString m_python;
    ProbeContext m_context;
    /// What the probe ran under, reported as is.
    std::optional<LimitEnforcement> m_enforcement;
    SandboxProcess *m_probe = nullptr;
    /// The probe's /workspace comes from a run folder, mounted as a run's is.
    std::unique_ptr<RunDirectory> m_runDirectory;
    QTimer *m_timeout = nullptr;
    bool m_running = false;
    bool m_timedOut = false;
};

} // namespace Airlock
