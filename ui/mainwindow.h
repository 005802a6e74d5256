// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

#include "audittrail.h"
#include "doctor.h"
#include "policy.h"
#include "workbench.h"

class QAction;
class QLabel;
class QMessageBox;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTimer;
class QTreeView;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Airlock {

class AgentServer;
class AuditWriter;
class ConfirmationDialog;
class DoctorModel;
class HistoryView;
class HistoryWindow;
class TeamHistoryWindow;
class InboxModel;
class RequestSession;
class ReviewPane;
class RunPane;

/**
 * The workbench: the inbox of requests on the left, the selected request's
 * review and run on the right, a status bar that always says whether the
 * sandbox is ready, and the sandbox readiness panel.
 *
 * Runs stay disabled until the pre-flight check passes; it runs in the
 * background at start and on request. Every request, decision and run is
 * recorded in the audit trail chosen in the settings.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Where the workbench keeps its trail, watches for files and listens
    /// for agents, and how the sandbox is checked.
    struct Options : Workbench::Options
    {
        Doctor::Options doctor;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// True only while the latest pre-flight check passed.
    bool runsEnabled() const;
    DoctorModel *doctorModel() const;
    QString sandboxStatusText() const;
    /// Help > About: versions of Airlock and of what it runs on.
    QString aboutText() const;

    InboxModel *inboxModel() const { return m_inbox; }
    QTreeView *inboxView() const { return m_inboxView; }
    ReviewPane *reviewPane() const { return m_review; }
    RunPane *runPane() const { return m_run; }
    HistoryView *historyView() const { return m_history; }
    QTabWidget *mainTabs() const { return m_views; }
    /// Opens @p path read-only in a window of its own.
    HistoryWindow *openTrailWindow(const QString &path);
    /// A window on a team trail (postgresql://…), read-only.
    TeamHistoryWindow *openTeamTrailWindow(const QString &location);
    /// What the window shows: the sessions, the trail, the agents.
    Workbench *workbench() const { return m_workbench; }
    AuditWriter *auditWriter() const;
    AgentServer *agentServer() const;
    QString agentStatusText() const;
    /// The status bar's word on the team trail; empty when there is none.
    QString teamStatusText() const;
    /// The messages shown above the panes (trail, policy, inbox problems).
    QString bannerText() const;
    RequestSession *currentSession() const;
    /// True until the requests left undecided in the trail are back in the inbox.
    bool isRestoringInbox() const;

public Q_SLOTS:
    void checkSandbox();
    /// Adds request files to the inbox and selects the first of them.
    void openRequests(const QStringList &paths);
    void selectSession(Airlock::RequestSession *session);
    /// Asks for confirmation (a window-modal dialog), then decides.
    void approveCurrent();
    void rejectCurrent();
    void stopCurrent();
    /// Asks for confirmation (window-modal), then releases the current
    /// request's results to the agent that asked, or withholds them.
    void releaseCurrent();
    void withholdCurrent();
    /// Puts a bundled trainer scenario in the inbox, under the training policy.
    Airlock::RequestSession *openScenario(const QString &id);
    void showScenarioPicker();
    void inspectSandbox();
    /// Starts or stops taking requests from agents, and remembers it.
    /// Stopping tells agents still waiting; their requests stay to be decided.
    void setAcceptAgentRequests(bool accept);

Q_SIGNALS:
    void runsEnabledChanged(bool enabled);
    void sandboxChecked(const Airlock::DoctorReport &report);
    /// The requests the trail holds undecided are back in the inbox.
    void inboxRestored();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupCentral();
    void setupActions();
    void setupDocks();
    void setupStatusBar();
    void setupInbox();
    void applyReport(const DoctorReport &report);
    void showAbout();
    void showSettings();
    void restoreWindowState();
    void saveWindowState();
    void showOpenDialog();
    void chooseInboxFolder();
    void removeCurrent();
    /// A session arrived in the workbench: followed here, and selected when
    /// the analyst opened it (or nothing else is selected).
    void sessionAdded(RequestSession *session, Workbench::Arrival arrival);
    void showRestored(int count);
    void setAgentStatus(const QString &text, const QString &toolTip);
    void showTeamStatus(qint64 waiting, const QString &problem);
    /// Asks before quitting with agents waiting or runs in progress.
    void confirmQuit(int agentsWaiting, int runs, int undecided);
    void showOpenTrailDialog();
    void showOpenTeamTrailDialog();
    void decide(RequestSession *session, bool approve);
    void confirmRelease(RequestSession *session, bool release);
    /// Opens @p dialog window-modal; once confirmed, and while @p session
    /// still exists, remembers the reviewer and runs @p confirmed, whose
    /// answer (why it could not be done) goes to the banner.
    void confirm(ConfirmationDialog *dialog, RequestSession *session, const std::function<QString()> &confirmed);
    void currentChanged();
    void updateActions();
    void setBanner(const QString &key, const QString &message);
    QString runsDisabledReason() const;

    Options m_options;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    Doctor *m_doctor = nullptr;
    DoctorModel *m_doctorModel = nullptr;
    Workbench *m_workbench = nullptr;
    InboxModel *m_inbox = nullptr;
    QSortFilterProxyModel *m_inboxProxy = nullptr;
    QTreeView *m_doctorView = nullptr;
    QTreeView *m_inboxView = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_detail = nullptr;
    ReviewPane *m_review = nullptr;
    RunPane *m_run = nullptr;
    HistoryView *m_history = nullptr;
    QTabWidget *m_views = nullptr;
    QTimer *m_historyRefresh = nullptr;
    bool m_historyStale = false;
    QLabel *m_banner = nullptr;
    bool m_firstReport = true; ///< the readiness panel folds away after the first good check
    QMap<QString, QString> m_bannerMessages;
    QLabel *m_sandboxStatus = nullptr;
    QAction *m_checkSandboxAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_approveAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_releaseAction = nullptr;
    QAction *m_withholdAction = nullptr;
    QLabel *m_agentStatus = nullptr;
    QLabel *m_teamStatus = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_inspectAction = nullptr;
    bool m_runsEnabled = false;
    DoctorReport m_lastReport;
    bool m_closing = false;
    QPointer<QMessageBox> m_quitDialog;
    bool m_quitConfirmed = false;
};

} // namespace Airlock
