// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "historywindow.h"

#include <KSyntaxHighlighting/Repository>

#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

#include "historyview.h"

namespace Airlock {

HistoryWindow::HistoryWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
    , m_view(new HistoryView(m_repository.get(), this))
{
    setObjectName(QStringLiteral("HistoryWindow"));
    setCentralWidget(m_view);
    connect(m_view, &HistoryView::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m); });
    // When the trail was last verified, always in view.
    m_verified = new QLabel(this);
    m_verified->setObjectName(QStringLiteral("lastVerified"));
    statusBar()->addPermanentWidget(m_verified);
    connect(m_view, &HistoryView::verified, this, [this]() { m_verified->setText(m_view->verificationText()); });
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *verify = file->addAction(tr("&Verify Trail"));
    connect(verify, &QAction::triggered, m_view, &HistoryView::verifyTrail);
    file->addSeparator();
    QAction *close = file->addAction(QIcon::fromTheme(QStringLiteral("window-close")), tr("&Close"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("HistoryWindow/geometry")).toByteArray()))
        resize(1200, 800);
}

HistoryWindow::~HistoryWindow() = default;

bool HistoryWindow::openTrail(const QString &path, QString *error)
{
    setWindowTitle(tr("%1 — Audit Trail (read-only)").arg(QFileInfo(path).fileName()));
    QString why;
    const bool ok = m_view->openTrail(path, &why);
    m_verified->setText(ok ? m_view->verificationText() : QString());
    statusBar()->showMessage(ok ? tr("Opened %1 read-only: nothing here writes to it.").arg(path)
                                : tr("%1 could not be opened: %2").arg(path, why));
    if (error)
        *error = why;
    return ok;
}

void HistoryWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("HistoryWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace Airlock
