// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include "doctormodel.h"

namespace Airlock {

MainWindow::MainWindow(const Doctor::Options &doctorOptions, QWidget *parent)
    : QMainWindow(parent)
    , m_doctor(new Doctor(this))
    , m_doctorModel(new DoctorModel(this))
{
    setWindowTitle(tr("Airlock"));
    setObjectName(QStringLiteral("MainWindow"));
    m_doctor->setOptions(doctorOptions);
    connect(m_doctor, &Doctor::finished, this, &MainWindow::applyReport);

    // The review area: requests open here once the inbox exists.
    auto *review = new QWidget(this);
    review->setObjectName(QStringLiteral("reviewArea"));
    auto *layout = new QVBoxLayout(review);
    auto *empty = new QLabel(tr("No request is open."), review);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    layout->addWidget(empty);
    setCentralWidget(review);

    setupDocks();
    setupActions();
    setupStatusBar();
    restoreWindowState();
    checkSandbox();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *sandbox = menuBar()->addMenu(tr("&Sandbox"));
    m_checkSandboxAction
        = sandbox->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Check Sandbox Again"));
    m_checkSandboxAction->setShortcut(QKeySequence::Refresh);
    m_checkSandboxAction->setStatusTip(tr("Run the pre-flight check that proves the sandbox is real"));
    connect(m_checkSandboxAction, &QAction::triggered, this, &MainWindow::checkSandbox);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Airlock"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
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
    m_doctor->start();
}

void MainWindow::applyReport(const DoctorReport &report)
{
    m_doctorModel->setReport(report);
    m_checkSandboxAction->setEnabled(true);
    m_sandboxStatus->setText(report.summary());
    m_sandboxStatus->setToolTip(report.toText());
    const bool enabled = report.ready();
    if (enabled != m_runsEnabled) {
        m_runsEnabled = enabled;
        Q_EMIT runsEnabledChanged(enabled);
    }
    if (!enabled) {
        // The reason must be in front of the analyst, not in a log.
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("sandboxReadinessDock")))
            dock->show();
    }
    Q_EMIT sandboxChecked(report);
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Airlock"),
        tr("<h3>Airlock %1</h3>"
           "<p>A workbench for governed analysis: agent-proposed Python code is reviewed, "
           "approved or rejected, and run in a bubblewrap sandbox, with every step kept in "
           "an audit trail.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    event->accept();
}

} // namespace Airlock
