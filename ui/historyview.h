// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

#include "audittrail.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Airlock {

class SandboxInspector;

class HistoryModel;

/**
 * The compliance reviewer's view of an audit trail: every request, filtered
 * and searched in the store, each one's whole story on one page, the
 * trail's verification and the evidence exports.
 *
 * The trail is always opened read-only: browsing, verifying and exporting
 * never write a byte to it.
 */
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    HistoryView(KSyntaxHighlighting::Repository *repository, QWidget *parent = nullptr);
    ~HistoryView() override;

    /// Opens @p path read-only; shows and returns the error otherwise.
    /// @p live: the trail is being written meanwhile (the workbench's own).
    bool openTrail(const QString &path, QString *error = nullptr, bool live = false);
    QString trailPath() const;
    /// Re-reads the list, keeping the filter (new records arrived).
    void refresh();

    HistoryModel *model() const { return m_model; }
    QTreeView *listView() const { return m_list; }
    /// The filter the controls describe.
    AuditTrail::Filter currentFilter() const;
    QString detailHtml() const;
    QString verificationText() const;
    QString matchText() const;
    /// Where the last export went (with a link to its folder), or why it failed.
    QString exportNoteText() const;

    /// The requests an export covers: the selected ones, or all that match.
    QList<AuditTrail::Summary> exportSelection() const;
    enum class ExportFormat {
        Csv,
        Json,
        Html,
    };
    /// Writes the export in the background; exportFinished() follows.
    void exportTo(ExportFormat format, const QString &path);
    /// Writes the shown request's page as PDF; returns the error, if any.
    QString saveDetailAsPdf(const QString &path);

public Q_SLOTS:
    /// Verifies the whole chain in the background; verified() follows.
    void verifyTrail();
    /// Verifies only the records after those verified last on this
    /// computer, chained onto them; the whole chain when there is no such
    /// verification.
    void verifyNewer();
    /// Shows the story of the record with sequence number @p seq.
    void showRecord(qint64 seq);
    /// Opens the sandbox inspector on the shown request's last run, as
    /// recorded; returns it (nullptr when the request has no run).
    SandboxInspector *inspectSandbox();

Q_SIGNALS:
    void verified(const Airlock::AuditTrail::Verification &result);
    void exportFinished(const QString &path, const QString &error);
    /// For the window's status bar.
    void statusMessage(const QString &message);

private:
    void buildFilterBar(QWidget *bar);
    void filtersEdited();
    void applyFilter();
    void showCurrent();
    void showStory(const AuditTrail::Summary &summary);
    void updateMatchCount(qint64 count);
    void startVerification(const AuditTrail::Anchor &anchor);
    void showVerification(const AuditTrail::Verification &result);
    /// What the last verification on this computer found, and how much of
    /// the trail is newer than it.
    void showLastVerification();
    void chooseExport(ExportFormat format);
    void printDetail();
    void chooseDetailPdf();
    QString lastVerifiedKey() const;
    /// What the last verification on this computer found, as kept in the settings.
    QJsonObject lastVerification() const;

    KSyntaxHighlighting::Repository *m_repository;
    std::unique_ptr<AuditTrail> m_trail;
    HistoryModel *m_model;
    QTreeView *m_list;
    QTextBrowser *m_detail;
    QLabel *m_matches;
    QLabel *m_verification;
    QProgressBar *m_verifyProgress;
    QPushButton *m_verifyButton;
    QLabel *m_exportNote; ///< where the last export went, or why it failed
    QPushButton *m_inspectButton;
    AuditTrail::Record m_shownRun; ///< the shown request's last run_started record
    QString m_shownAgent;
    QTimer *m_debounce;
    QLineEdit *m_search;
    QCheckBox *m_useSince;
    QDateEdit *m_since;
    QCheckBox *m_useUntil;
    QDateEdit *m_until;
    QLineEdit *m_agent;
    QLineEdit *m_agentReference;
    QLineEdit *m_reviewer;
    QComboBox *m_outcome;
    QComboBox *m_severity;
    QComboBox *m_status;
    QComboBox *m_scenarios;
    QLineEdit *m_policy;
    QLineEdit *m_input;
    qint64 m_firstBad = 0;
    bool m_verifying = false;
    AuditTrail::Mode m_mode = AuditTrail::Mode::ReadOnly;
};

} // namespace Airlock
