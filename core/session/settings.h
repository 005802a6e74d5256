// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QObject>
#include <QString>

namespace Airlock {

/**
 * Airlock's per-user settings, shared by the workbench and airlockctl, with
 * typed getters and a signal per change. Stored with QSettings under the
 * organisation and application names set at start-up.
 */
class Settings : public QObject
{
    Q_OBJECT
public:
    explicit Settings(QObject *parent = nullptr);

    /// The audit trail: the chosen file, or the per-user default.
    QString auditTrailPath() const;
    /// Empty: back to the default.
    void setAuditTrailPath(const QString &path);

    /// The team trail the workbench ships its records to
    /// (postgresql://…); empty: none, the local trail alone.
    QString teamTrail() const;
    void setTeamTrail(const QString &location);

    /// The policy document: the chosen file, or empty for the shipped default.
    QString policyPath() const;
    void setPolicyPath(const QString &path);

    /// The folder the workbench watches for request files: the chosen one,
    /// or the per-user default (created when the workbench starts).
    QString inboxFolder() const;
    static QString defaultInboxFolder();
    void setInboxFolder(const QString &path);

    /// The name the workbench proposes for decisions: the last one given,
    /// or the account's name.
    QString reviewerName() const;
    /// The account's login name: the analyst a team trail files this
    /// workbench's chain under.
    static QString accountName();
    void setReviewerName(const QString &name);

    /// The interface language ("de", "fr", "en"); empty: the system's.
    QString language() const;
    void setLanguage(const QString &language);
    /// "system", "light" or "dark".
    QString theme() const;
    void setTheme(const QString &theme);

    /// Whether the workbench takes requests from agents on its socket.
    bool acceptAgentRequests() const;
    void setAcceptAgentRequests(bool accept);

    /// How many requests under review may have a sandbox started ahead
    /// (0: none, every run starts when approved).
    int warmSandboxes() const;
    void setWarmSandboxes(int count);
    static constexpr int DefaultWarmSandboxes = 2;
    /// The most memory the sandboxes started ahead may hold together, in
    /// MiB; 0: a quarter of the memory available, at most 2 GiB.
    int warmMemoryBudgetMiB() const;
    void setWarmMemoryBudgetMiB(int mib);

Q_SIGNALS:
    void auditTrailPathChanged(const QString &path);
    void teamTrailChanged(const QString &location);
    void policyPathChanged(const QString &path);
    void inboxFolderChanged(const QString &path);
};

} // namespace Airlock
