// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "mainwindow.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "agentserver.h"
#include "audittrail.h"
#include "auditwriter.h"
#include "decisiondialog.h"
#include "doctormodel.h"
#include "historyview.h"
#include "historywindow.h"
#include "inboxfolder.h"
#include "inboxmodel.h"
#include "releasedialog.h"
#include "requestsession.h"
#include "reviewpane.h"
#include "runpane.h"
#include "sandboxinspector.h"
#include "scenario.h"
#include "scenariopicker.h"
#include "settings.h"
#include "teamshipper.h"
#include "teamhistorywindow.h"
#include "teamtrail.h"
#include "apptheme.h"
#include "settingsdialog.h"
#include "terminaltext.h"

#include <ksyntaxhighlighting_version.h>

namespace Airlock {

namespace {
const QString LastFolderKey = QStringLiteral("ui/lastRequestFolder");
const QString TrailBanner = QStringLiteral("trail");
const QString PolicyBanner = QStringLiteral("policy");
const QString InboxBanner = QStringLiteral("inbox");
const QString DecisionBanner = QStringLiteral("decision");
const QString AgentBanner = QStringLiteral("agents");
const QString RestoreBanner = QStringLiteral("restore");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Options{}, parent)
{
}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
    , m_doctor(new Doctor(this))
    , m_doctorModel(new DoctorModel(this))
    , m_workbench(new Workbench(options, this))
    , m_inbox(new InboxModel(m_workbench, this))
{
    setWindowTitle(tr("Airlock"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_doctor->setOptions(options.doctor);
    connect(m_doctor, &Doctor::finished, this, &MainWindow::applyReport);

    setupCentral();
    setupDocks();
    setupActions();
    setupStatusBar();
    restoreWindowState();

    AuditWriter *writer = m_workbench->writer();
    connect(writer, &AuditWriter::opened, this, [this](const QString &path, const QString &error) {
        setBanner(TrailBanner, error.isEmpty() ? QString() : tr("%1 Requests can be read but not decided.").arg(error));
        if (error.isEmpty())
            m_history->openTrail(path, nullptr, true);
    });
    connect(writer, &AuditWriter::recorded, m_historyRefresh, qOverload<>(&QTimer::start));
    connect(writer, &AuditWriter::failed, this, [this](const QString &failure) {
        statusBar()->showMessage(tr("The audit trail could not record a step: %1").arg(failure));
    });
    connect(m_workbench->shipper(), &TeamShipper::statusChanged, this, &MainWindow::showTeamStatus);
    connect(m_workbench, &Workbench::sessionAdded, this, &MainWindow::sessionAdded);
    connect(m_workbench, &Workbench::inboxRestored, this, &MainWindow::showRestored);
    connect(m_workbench, &Workbench::restoreFailed, this, [this](const QString &error) {
        setBanner(RestoreBanner,
            tr("The requests still waiting for a decision could not be read back from the audit trail: %1").arg(error));
    });
    connect(m_workbench, &Workbench::inboxFolderProblem, this,
        [this](const QString &message) { setBanner(InboxBanner, message); });
    connect(m_workbench, &Workbench::agentsListening, this, [this](const QString &path) {
        setAgentStatus(
            tr("Agents: listening"), tr("Agents hand in requests at %1 (airlockctl submit, airlockctl mcp)").arg(path));
        setBanner(AgentBanner, QString());
    });
    connect(m_workbench, &Workbench::agentsFailed, this, [this](const QString &why) {
        setAgentStatus(tr("Agents: not listening"), why);
        setBanner(AgentBanner, why);
    });
    connect(m_workbench, &Workbench::agentsTurnedOff, this, [this]() {
        setAgentStatus(tr("Agents: turned off"), tr("Settings ▸ Configure Airlock turns requests from agents back on"));
        setBanner(AgentBanner, QString());
    });
    connect(m_workbench, &Workbench::agentRefused, this,
        [this](const QString &why) { statusBar()->showMessage(why, 10000); });
    if (!options.listenForAgents)
        setAgentStatus(tr("Agents: not listening"), QString());
    m_workbench->start();
    if (!m_workbench->policyValid())
        setBanner(PolicyBanner, m_workbench->policyError());
    checkSandbox();
}

MainWindow::~MainWindow()
{
    // Sessions stop their runs and hand their last records to the writer,
    // which writes everything before it goes; the views see them leave.
    delete m_workbench;
    m_workbench = nullptr;
}

AuditWriter *MainWindow::auditWriter() const
{
    return m_workbench->writer();
}

AgentServer *MainWindow::agentServer() const
{
    return m_workbench->agentServer();
}

bool MainWindow::isRestoringInbox() const
{
    return m_workbench->isRestoring();
}

void MainWindow::setAgentStatus(const QString &text, const QString &toolTip)
{
    m_agentStatus->setText(text);
    m_agentStatus->setToolTip(toolTip);
}

void MainWindow::setupCentral()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("reviewArea"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setPalette(AppTheme::alertPalette(palette()));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_inboxProxy = new QSortFilterProxyModel(this);
    m_inboxProxy->setSourceModel(m_inbox);
    m_inboxProxy->setSortRole(InboxModel::SortRole);
    m_inboxView = new QTreeView(central);
    m_inboxView->setObjectName(QStringLiteral("inboxView"));
    m_inboxView->setAccessibleName(tr("Inbox"));
    m_inboxView->setModel(m_inboxProxy);
    m_inboxView->setRootIsDecorated(false);
    m_inboxView->setUniformRowHeights(true);
    m_inboxView->setAlternatingRowColors(true);
    m_inboxView->setSortingEnabled(true);
    m_inboxView->sortByColumn(InboxModel::ArrivedColumn, Qt::AscendingOrder);
    m_inboxView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_inboxView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inboxView->header()->setStretchLastSection(false);
    m_inboxView->header()->setSectionResizeMode(InboxModel::PromptColumn, QHeaderView::Stretch);
    for (int column : {InboxModel::AgentColumn, InboxModel::ArrivedColumn, InboxModel::VerdictColumn,
             InboxModel::StateColumn})
        m_inboxView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The request's prompt takes what is left, but never less than its
    // header's word, in any language.
    m_inboxView->header()->setMinimumSectionSize(
        qMax(m_inboxView->header()->minimumSectionSize(), m_inboxView->header()->sectionSizeHint(InboxModel::PromptColumn)));
    connect(m_inboxView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::currentChanged);

    KSyntaxHighlighting::Repository *repository = m_repository.get();
    m_review = new ReviewPane(repository, central);
    m_run = new RunPane(central);
    connect(m_run, &RunPane::releaseRequested, this, &MainWindow::releaseCurrent);
    connect(m_run, &RunPane::withholdRequested, this, &MainWindow::withholdCurrent);
    m_detail = new QTabWidget(central);
    m_detail->setObjectName(QStringLiteral("detailTabs"));
    m_detail->addTab(m_review, tr("Review"));
    m_detail->addTab(m_run, tr("Run"));
    connect(m_review, &ReviewPane::approveRequested, this, [this](RequestSession *s) { decide(s, true); });
    connect(m_review, &ReviewPane::rejectRequested, this, [this](RequestSession *s) { decide(s, false); });

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_inboxView);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_history = new HistoryView(repository, central);
    connect(m_history, &HistoryView::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m); });
    m_views = new QTabWidget(central);
    m_views->setObjectName(QStringLiteral("mainTabs"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_splitter, tr("Requests"));
    m_views->addTab(m_history, tr("History"));
    // New records show in the history when it is looked at, not on every write.
    m_historyRefresh = new QTimer(this);
    m_historyRefresh->setSingleShot(true);
    m_historyRefresh->setInterval(500);
    connect(m_historyRefresh, &QTimer::timeout, this, [this]() {
        if (m_views->currentWidget() == m_history)
            m_history->refresh();
        else
            m_historyStale = true;
    });
    connect(m_views, &QTabWidget::currentChanged, this, [this]() {
        if (m_views->currentWidget() == m_history && m_historyStale) {
            m_historyStale = false;
            m_history->refresh();
        }
    });
    layout->addWidget(m_views, 1);
    setCentralWidget(central);
}

void MainWindow::setAcceptAgentRequests(bool accept)
{
    m_workbench->setAcceptAgentRequests(accept);
}

void MainWindow::sessionAdded(RequestSession *session, Workbench::Arrival arrival)
{
    connect(session, &RequestSession::releaseChanged, this, [this, session]() {
        if (session == currentSession())
            updateActions();
    });
    connect(session, &RequestSession::stateChanged, this, [this, session]() {
        if (session == currentSession())
            updateActions();
        if (m_closing && !m_workbench->hasRuns())
            close();
    });
    switch (arrival) {
    case Workbench::Arrival::InboxFolder:
        statusBar()->showMessage(
            tr("New request in the inbox: %1").arg(visibleText(QFileInfo(session->sourcePath()).fileName())), 5000);
        break;
    case Workbench::Arrival::Agent:
        statusBar()->showMessage(tr("New request from %1").arg(visibleText(session->origin().describe())), 5000);
        QApplication::alert(this);
        break;
    case Workbench::Arrival::Opened:
    case Workbench::Arrival::Restored:
    case Workbench::Arrival::Scenario:
        break;
    }
    // What arrives by itself never moves the analyst away from their work.
    if (arrival != Workbench::Arrival::Opened && arrival != Workbench::Arrival::Scenario && !currentSession())
        selectSession(session);
}

void MainWindow::showRestored(int count)
{
    if (count > 0)
        statusBar()->showMessage(
            tr("Back in the inbox from the last session: %n request(s) still waiting for a decision.", nullptr, count),
            8000);
    Q_EMIT inboxRestored();
}

QString MainWindow::agentStatusText() const
{
    return m_agentStatus ? m_agentStatus->text() : QString();
}

void MainWindow::setupActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Requests…"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Add request files to the inbox"));
    m_openAction->setEnabled(m_workbench->policyValid());
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);
    QAction *openTrail
        = file->addAction(QIcon::fromTheme(QStringLiteral("document-open-folder")), tr("Open &Audit Trail…"));
    openTrail->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openTrail->setStatusTip(tr("Browse any audit trail read-only, such as one copied from another computer"));
    connect(openTrail, &QAction::triggered, this, &MainWindow::showOpenTrailDialog);
    QAction *openTeam
        = file->addAction(QIcon::fromTheme(QStringLiteral("network-server-database")), tr("Open &Team Trail…"));
    openTeam->setStatusTip(tr("Browse a team's trail on PostgreSQL: every workbench's records, read-only"));
    connect(openTeam, &QAction::triggered, this, &MainWindow::showOpenTeamTrailDialog);
    QAction *inbox = file->addAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Choose &Inbox Folder…"));
    inbox->setStatusTip(tr("The folder watched for new request files"));
    connect(inbox, &QAction::triggered, this, &MainWindow::chooseInboxFolder);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    // Ctrl+Q also where the platform names no key for quitting.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (quitKeys.isEmpty())
        quitKeys << QKeySequence(Qt::CTRL | Qt::Key_Q);
    quit->setShortcuts(quitKeys);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *request = menuBar()->addMenu(tr("&Request"));
    m_approveAction = request->addAction(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")), tr("&Approve…"));
    // Shortcuts open the confirming dialog; they never decide by themselves.
    m_approveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_approveAction, &QAction::triggered, this, &MainWindow::approveCurrent);
    m_rejectAction = request->addAction(QIcon::fromTheme(QStringLiteral("dialog-cancel")), tr("&Reject…"));
    m_rejectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_rejectAction, &QAction::triggered, this, &MainWindow::rejectCurrent);
    m_stopAction = request->addAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Stop Run"));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopCurrent);
    request->addSeparator();
    m_releaseAction
        = request->addAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Re&lease Results to Agent…"));
    m_releaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_releaseAction->setStatusTip(tr("Send a finished run's output and files to the agent that asked for it"));
    connect(m_releaseAction, &QAction::triggered, this, &MainWindow::releaseCurrent);
    m_withholdAction = request->addAction(QIcon::fromTheme(QStringLiteral("mail-mark-junk")), tr("&Withhold Results…"));
    m_withholdAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_withholdAction->setStatusTip(tr("Keep a finished run's results from the agent; it is told your reason"));
    connect(m_withholdAction, &QAction::triggered, this, &MainWindow::withholdCurrent);
    request->addSeparator();
    m_removeAction = request->addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Re&move from Inbox"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAction->setStatusTip(tr("Take a decided request off the list; its records stay in the audit trail"));
    m_inboxView->addAction(m_removeAction);
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeCurrent);

    // Trainers: each bundled scenario opens as a request in the inbox.
    QMenu *scenarios = menuBar()->addMenu(tr("Sce&narios"));
    QAction *picker
        = scenarios->addAction(QIcon::fromTheme(QStringLiteral("view-list-details")), tr("&Choose Scenario…"));
    picker->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(picker, &QAction::triggered, this, &MainWindow::showScenarioPicker);
    scenarios->addSeparator();
    const QList<Scenario> all = Scenario::all();
    for (const Scenario &scenario : all) {
        QAction *a = scenarios->addAction(scenario.title);
        a->setStatusTip(
            scenario.stoppedBy.isEmpty() ? tr("A benign analysis") : tr("Stopped by %1").arg(scenario.stoppedBy));
        connect(a, &QAction::triggered, this, [this, id = scenario.id]() { openScenario(id); });
    }

    QMenu *sandbox = menuBar()->addMenu(tr("&Sandbox"));
    m_inspectAction
        = sandbox->addAction(QIcon::fromTheme(QStringLiteral("document-properties")), tr("&Inspect the Sandbox…"));
    m_inspectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_inspectAction->setStatusTip(tr("The exact sandbox the selected request's run gets"));
    connect(m_inspectAction, &QAction::triggered, this, &MainWindow::inspectSandbox);
    m_checkSandboxAction
        = sandbox->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Check Sandbox Again"));
    m_checkSandboxAction->setShortcut(QKeySequence::Refresh);
    m_checkSandboxAction->setStatusTip(tr("Run the pre-flight check that proves the sandbox is real"));
    connect(m_checkSandboxAction, &QAction::triggered, this, &MainWindow::checkSandbox);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *focusInbox = view->addAction(tr("Go to &Inbox"));
    focusInbox->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(focusInbox, &QAction::triggered, this, [this]() {
        m_views->setCurrentIndex(0);
        m_inboxView->setFocus();
    });
    QAction *showReview = view->addAction(tr("Show &Review"));
    showReview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(showReview, &QAction::triggered, this, [this]() {
        m_views->setCurrentIndex(0);
        m_detail->setCurrentWidget(m_review);
    });
    QAction *showRun = view->addAction(tr("Show R&un"));
    showRun->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(showRun, &QAction::triggered, this, [this]() {
        m_views->setCurrentIndex(0);
        m_detail->setCurrentWidget(m_run);
    });
    QAction *showHistory = view->addAction(tr("Show &History"));
    showHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(showHistory, &QAction::triggered, this, [this]() { m_views->setCurrentWidget(m_history); });
    view->addSeparator();
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());

    QMenu *settings = menuBar()->addMenu(tr("Se&ttings"));
    QAction *configure = settings->addAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Configure Airlock…"));
    configure->setObjectName(QStringLiteral("configureAction"));
    // Not every desktop has a key for Preferences; KDE's is the fallback.
    configure->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
            ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma)}
            : QKeySequence::keyBindings(QKeySequence::Preferences));
    configure->setMenuRole(QAction::PreferencesRole);
    connect(configure, &QAction::triggered, this, &MainWindow::showSettings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Airlock"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    updateActions();
}

void MainWindow::setupDocks()
{
    auto *dock = new QDockWidget(tr("Sandbox Readiness"), this);
    dock->setObjectName(QStringLiteral("sandboxReadinessDock"));
    m_doctorView = new QTreeView(dock);
    m_doctorView->setObjectName(QStringLiteral("doctorView"));
    m_doctorView->setModel(m_doctorModel);
    m_doctorView->setRootIsDecorated(false);
    m_doctorView->setUniformRowHeights(true);
    m_doctorView->setAlternatingRowColors(true);
    m_doctorView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_doctorView->header()->setStretchLastSection(true);
    m_doctorView->setAccessibleName(tr("Sandbox readiness checks"));
    dock->setWidget(m_doctorView);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
}

void MainWindow::setupStatusBar()
{
    m_sandboxStatus = new QLabel(this);
    m_sandboxStatus->setObjectName(QStringLiteral("sandboxStatus"));
    m_sandboxStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_sandboxStatus, 1);
    m_agentStatus = new QLabel(this);
    m_agentStatus->setObjectName(QStringLiteral("agentStatus"));
    statusBar()->addPermanentWidget(m_agentStatus);
    m_teamStatus = new QLabel(this);
    m_teamStatus->setObjectName(QStringLiteral("teamStatus"));
    m_teamStatus->setVisible(false);
    statusBar()->addPermanentWidget(m_teamStatus);
}

void MainWindow::showTeamStatus(qint64 waiting, const QString &problem)
{
    const TeamShipper *shipper = m_workbench->shipper();
    m_teamStatus->setVisible(shipper->isActive());
    if (!shipper->isActive())
        return;
    const int count = int(qMin<qint64>(waiting, INT_MAX));
    if (problem.isEmpty()) {
        m_teamStatus->setText(waiting == 0 ? tr("Team trail: up to date")
                                           : tr("Team trail: %n record(s) to ship", nullptr, count));
        m_teamStatus->setToolTip(tr("Every record is also shipped to the team trail %1.")
                                     .arg(TeamTrail::displayLocation(shipper->location())));
        return;
    }
    // Nothing is lost while the server is away: the records are in the
    // local trail, and go when it is back.
    m_teamStatus->setText(tr("Team trail: %n record(s) waiting", nullptr, count));
    m_teamStatus->setToolTip(tr("Not shipped to %1 yet: %2\nThe records are safe in the local trail and are shipped "
                                "when the team trail can be reached again; Airlock keeps trying.")
                                 .arg(TeamTrail::displayLocation(shipper->location()), problem));
}

QString MainWindow::teamStatusText() const
{
    return m_teamStatus && m_teamStatus->isVisible() ? m_teamStatus->text() : QString();
}

void MainWindow::checkSandbox()
{
    if (m_doctor->isRunning())
        return;
    const bool wasEnabled = m_runsEnabled;
    m_runsEnabled = false;
    if (wasEnabled)
        Q_EMIT runsEnabledChanged(false);
    m_checkSandboxAction->setEnabled(false);
    m_sandboxStatus->setText(tr("Checking the sandbox… runs are disabled until it passes."));
    m_review->setRunsEnabled(false, tr("the sandbox is being checked."));
    m_workbench->setRunsReady(false);
    updateActions();
    m_doctor->start();
}

void MainWindow::applyReport(const DoctorReport &report)
{
    m_doctorModel->setReport(report);
    m_lastReport = report;
    m_checkSandboxAction->setEnabled(true);
    m_sandboxStatus->setText(report.summary());
    m_sandboxStatus->setToolTip(report.toText());
    const bool enabled = report.ready();
    if (enabled != m_runsEnabled) {
        m_runsEnabled = enabled;
        Q_EMIT runsEnabledChanged(enabled);
    }
    m_review->setRunsEnabled(enabled, runsDisabledReason());
    // Sandboxes for the requests under review start ahead only once runs may start at all.
    m_workbench->setRunsReady(enabled);
    // The reason must be in front of the analyst, not in a log; when all
    // is well, the status bar's line says so and the panel keeps out of
    // the way (View ▸ Sandbox Readiness brings it back).
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("sandboxReadinessDock"))) {
        if (!enabled)
            dock->show();
        else if (std::exchange(m_firstReport, false))
            dock->hide();
    }
    updateActions();
    Q_EMIT sandboxChecked(report);
}

QString MainWindow::runsDisabledReason() const
{
    return m_doctor->isRunning() ? tr("the sandbox is being checked.") : m_sandboxStatus->text();
}

bool MainWindow::runsEnabled() const
{
    return m_runsEnabled;
}

DoctorModel *MainWindow::doctorModel() const
{
    return m_doctorModel;
}

QString MainWindow::sandboxStatusText() const
{
    return m_sandboxStatus->text();
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() || !m_banner->text().isEmpty() ? m_banner->text() : QString();
}

void MainWindow::setBanner(const QString &key, const QString &message)
{
    if (message.isEmpty())
        m_bannerMessages.remove(key);
    else
        m_bannerMessages.insert(key, message);
    const QStringList all = m_bannerMessages.values();
    m_banner->setText(all.join(u'\n'));
    m_banner->setVisible(!all.isEmpty());
}

void MainWindow::openRequests(const QStringList &paths)
{
    if (!m_workbench->policyValid()) {
        setBanner(DecisionBanner, tr("No request can be opened while the policy is not valid."));
        return;
    }
    const QList<RequestSession *> sessions = m_workbench->addRequests(paths, Workbench::Arrival::Opened);
    if (!sessions.isEmpty())
        selectSession(sessions.constFirst());
}

void MainWindow::removeCurrent()
{
    m_workbench->removeSession(currentSession());
}

void MainWindow::selectSession(RequestSession *session)
{
    const int row = m_inbox->rowOf(session);
    if (row < 0)
        return;
    const QModelIndex index = m_inboxProxy->mapFromSource(m_inbox->index(row, 0));
    m_inboxView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

RequestSession *MainWindow::currentSession() const
{
    const QModelIndex index = m_inboxView->currentIndex();
    return index.isValid() ? index.data(InboxModel::SessionRole).value<RequestSession *>() : nullptr;
}

void MainWindow::currentChanged()
{
    RequestSession *session = currentSession();
    m_review->setSession(session);
    m_run->setSession(session);
    m_workbench->setShownSession(session);
    const bool hasRun = session && session->decision() && session->state() != RequestSession::State::Rejected;
    m_detail->setCurrentWidget(hasRun ? static_cast<QWidget *>(m_run) : m_review);
    updateActions();
}

void MainWindow::updateActions()
{
    if (!m_approveAction)
        return;
    RequestSession *s = currentSession();
    const bool pending = s && s->state() == RequestSession::State::Pending;
    m_approveAction->setEnabled(s && s->approvability().possible && m_runsEnabled);
    m_rejectAction->setEnabled(pending);
    m_stopAction->setEnabled(s && s->isRunning());
    const bool awaiting = s && s->releaseState() == RequestSession::Release::Awaiting;
    m_releaseAction->setEnabled(awaiting);
    m_withholdAction->setEnabled(awaiting);
    m_removeAction->setEnabled(s && s->isSettled());
    if (m_inspectAction)
        m_inspectAction->setEnabled(s && s->preparedRun());
}

void MainWindow::approveCurrent()
{
    if (RequestSession *s = currentSession())
        decide(s, true);
}

void MainWindow::rejectCurrent()
{
    if (RequestSession *s = currentSession())
        decide(s, false);
}

void MainWindow::stopCurrent()
{
    if (RequestSession *s = currentSession())
        s->stop();
}

void MainWindow::releaseCurrent()
{
    if (RequestSession *s = currentSession())
        confirmRelease(s, true);
}

void MainWindow::withholdCurrent()
{
    if (RequestSession *s = currentSession())
        confirmRelease(s, false);
}

void MainWindow::confirmRelease(RequestSession *session, bool release)
{
    if (session->releaseState() != RequestSession::Release::Awaiting)
        return;
    auto *dialog
        = new ReleaseDialog(release ? ReleaseDialog::Kind::Release : ReleaseDialog::Kind::Withhold, session, this);
    confirm(dialog, session, [session, dialog, release]() {
        return release ? session->releaseResults(dialog->reviewer())
                       : session->withholdResults(dialog->reviewer(), dialog->reason());
    });
}

void MainWindow::confirm(ConfirmationDialog *dialog, RequestSession *session, const std::function<QString()> &confirmed)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReviewer(Settings().reviewerName());
    QPointer<RequestSession> guard(session);
    connect(dialog, &QDialog::accepted, this, [this, dialog, guard, confirmed]() {
        // The session may be gone if the window closed meanwhile; the inbox owns it.
        if (!guard)
            return;
        Settings().setReviewerName(dialog->reviewer());
        setBanner(DecisionBanner, confirmed());
        updateActions();
    });
    dialog->open();
}

void MainWindow::decide(RequestSession *session, bool approve)
{
    if (approve && !m_runsEnabled) {
        setBanner(DecisionBanner, tr("Runs are disabled: %1").arg(runsDisabledReason()));
        return;
    }
    if (session->state() != RequestSession::State::Pending)
        return;
    if (const RequestSession::Approvability now = session->approvability(); approve && !now.possible) {
        if (!now.reason.isEmpty())
            setBanner(DecisionBanner, now.reason);
        return;
    }
    auto *dialog
        = new DecisionDialog(approve ? DecisionDialog::Kind::Approve : DecisionDialog::Kind::Reject, session, this);
    confirm(dialog, session, [this, dialog, session, approve]() {
        if (approve && !m_runsEnabled)
            return tr("Runs are disabled: %1").arg(runsDisabledReason());
        const QString problem = approve ? session->approve(dialog->reviewer(), dialog->reason())
                                        : session->reject(dialog->reviewer(), dialog->reason());
        if (problem.isEmpty() && approve && session == currentSession())
            m_detail->setCurrentWidget(m_run);
        return problem;
    });
}

void MainWindow::showOpenDialog()
{
    QSettings settings;
    const QString folder = settings.value(LastFolderKey, QDir::homePath()).toString();
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Open Requests"), folder, tr("Requests (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(LastFolderKey, QFileInfo(paths.constFirst()).absolutePath());
    openRequests(paths);
}

void MainWindow::showScenarioPicker()
{
    auto *dialog = new ScenarioPicker(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { openScenario(dialog->selectedId()); });
    dialog->open();
}

RequestSession *MainWindow::openScenario(const QString &id)
{
    QString error;
    RequestSession *session = m_workbench->openScenario(id, &error);
    if (!session) {
        setBanner(DecisionBanner, error);
        return nullptr;
    }
    m_views->setCurrentIndex(0);
    selectSession(session);
    return session;
}

void MainWindow::inspectSandbox()
{
    auto *dialog = new SandboxInspector(currentSession(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showOpenTrailDialog()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("ui/lastTrailFolder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Audit Trail"), folder, tr("Audit trails (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("ui/lastTrailFolder"), QFileInfo(path).absolutePath());
    openTrailWindow(path);
}

void MainWindow::showOpenTeamTrailDialog()
{
    QSettings settings;
    const QString last = settings.value(QStringLiteral("ui/lastTeamTrail"), Settings().teamTrail()).toString();
    bool ok = false;
    const QString location = QInputDialog::getText(this, tr("Open Team Trail"),
        tr("The team trail, as a PostgreSQL connection (a reviewer's role reads every chain):"), QLineEdit::Normal,
        last, &ok)
                                 .trimmed();
    if (!ok || location.isEmpty())
        return;
    if (!TeamTrail::isTeamTrail(location)) {
        setBanner(DecisionBanner,
            tr("%1 is not a PostgreSQL connection, such as postgresql://reviewer@db.example.org/airlock.")
                .arg(location));
        return;
    }
    settings.setValue(QStringLiteral("ui/lastTeamTrail"), TeamTrail::displayLocation(location));
    openTeamTrailWindow(location);
}

TeamHistoryWindow *MainWindow::openTeamTrailWindow(const QString &location)
{
    auto *window = new TeamHistoryWindow(this);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->openTeamTrail(location);
    window->show();
    return window;
}

HistoryWindow *MainWindow::openTrailWindow(const QString &path)
{
    auto *window = new HistoryWindow(this);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!window->openTrail(path, &error))
        setBanner(DecisionBanner, tr("The audit trail %1 could not be opened: %2").arg(path, error));
    window->show();
    return window;
}

void MainWindow::chooseInboxFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Inbox Folder"),
        m_workbench->inboxFolder() ? m_workbench->inboxFolder()->path() : Settings().inboxFolder());
    if (folder.isEmpty())
        return;
    Settings().setInboxFolder(folder);
    setBanner(InboxBanner, {});
    m_workbench->setInboxFolder(folder);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool local
        = !urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl &u) { return u.isLocalFile(); });
    if (local && m_workbench->policyValid())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openRequests(paths);
}

QString MainWindow::aboutText() const
{
    // bwrap's and Python's versions are what the sandbox check saw on this machine.
    QString bwrap = tr("not checked yet");
    QString python = bwrap;
    for (const DoctorCheck &check : m_lastReport.checks) {
        if (check.id == QLatin1String("bwrap.version"))
            bwrap = check.detail;
        else if (check.id == QLatin1String("python.runtime"))
            python = check.detail;
    }
    return tr("<h3>Airlock %1</h3>"
              "<p>A workbench for governed analysis: agent-proposed Python code is reviewed, "
              "approved or rejected, and run in a bubblewrap sandbox, with every step kept in "
              "an audit trail.</p>"
              "<table><tr><td>Qt</td><td>%2</td></tr>"
              "<tr><td>KF6 SyntaxHighlighting</td><td>%3</td></tr>"
              "<tr><td>SQLite</td><td>%4</td></tr>"
              "<tr><td>bubblewrap</td><td>%5</td></tr>"
              "<tr><td>Python</td><td>%6</td></tr></table>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion()),
            QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING), AuditTrail::sqliteVersion().toHtmlEscaped(),
            bwrap.toHtmlEscaped(), python.toHtmlEscaped());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Airlock"), aboutText());
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() {
        SettingsDialog::applyTheme();
        statusBar()->showMessage(tr("Settings saved. A new audit trail, policy or language applies from the next "
                                    "start."),
            8000);
        if (m_workbench->inboxFolder() && m_workbench->inboxFolder()->path() != Settings().inboxFolder()) {
            setBanner(InboxBanner, {});
            m_workbench->setInboxFolder(Settings().inboxFolder());
        }
        setAcceptAgentRequests(Settings().acceptAgentRequests());
    });
    dialog->open();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1280, 800);
    if (!restoreState(settings.value(QStringLiteral("state")).toByteArray())) {
        // First start: the readiness panel is a summary until something fails.
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("sandboxReadinessDock")))
            resizeDocks({dock}, {160}, Qt::Vertical);
    }
    if (!m_splitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray()))
        m_splitter->setSizes({width() * 35 / 100, width() * 65 / 100});
    if (!m_review->splitter()->restoreState(settings.value(QStringLiteral("reviewSplitter")).toByteArray()))
        m_review->splitter()->setSizes({height() * 55 / 100, height() * 45 / 100});
    m_inboxView->header()->restoreState(settings.value(QStringLiteral("inboxHeader")).toByteArray());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("mainSplitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("reviewSplitter"), m_review->splitter()->saveState());
    settings.setValue(QStringLiteral("inboxHeader"), m_inboxView->header()->saveState());
}

void MainWindow::changeEvent(QEvent *event)
{
    // Light or dark: the banner's red follows.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_banner)
        m_banner->setPalette(AppTheme::alertPalette(palette()));
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitDialog) {
        event->ignore();
        m_quitDialog->raise();
        return;
    }
    if (!m_closing) {
        const Workbench::PendingWork work = m_workbench->pendingWork();
        // Undecided requests from files come back at the next start: no need to ask for them alone.
        if ((work.agentsWaiting > 0 || work.runs > 0) && !m_quitConfirmed) {
            event->ignore();
            confirmQuit(work.agentsWaiting, work.runs, work.undecided);
            return;
        }
        m_closing = true;
        m_workbench->shutDown(tr("The Airlock workbench was closed before the request was settled."));
    }
    if (m_workbench->stopRuns()) {
        // Closes for real once the stops are recorded (see sessionAdded).
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::confirmQuit(int agentsWaiting, int runs, int undecided)
{
    QStringList details;
    if (agentsWaiting > 0)
        details << tr("Agents are waiting for an answer to %n request(s); they are told that the workbench closed.",
            nullptr, agentsWaiting);
    if (runs > 0)
        details << tr(
            "%n run(s) in progress will be stopped; each stop is recorded in the audit trail.", nullptr, runs);
    if (undecided > 0)
        details << tr("At the next start, the inbox shows the %n undecided request(s) again: the audit trail keeps "
                      "every request until it is decided. A request from an agent can then still be decided, but "
                      "its answer can no longer be delivered.",
            nullptr, undecided);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit Airlock?"), tr("Work is still pending. Quit anyway?"),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("quitConfirmation"));
    box->setInformativeText(details.join(QStringLiteral("\n\n")));
    QPushButton *quit = box->addButton(tr("&Quit"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    // Enter, Escape and closing the box all keep the workbench open.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_quitDialog = box;
    connect(box, &QMessageBox::finished, this, [this, box, quit]() {
        m_quitDialog = nullptr;
        if (box->clickedButton() != quit)
            return;
        m_quitConfirmed = true;
        close();
    });
    box->open();
}

} // namespace Airlock
