// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include "applicationsetup.h"
#include "historywindow.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "userscope.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Airlock::ApplicationSetup::initialize(app);
    QGuiApplication::setDesktopFileName(Airlock::ApplicationSetup::applicationId());
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Airlock"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "The Airlock workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption audit(QStringLiteral("audit"),
        QCoreApplication::translate("main", "Browse this audit trail read-only, without the workbench."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(audit);
    parser.addPositionalArgument(QStringLiteral("requests"),
        QCoreApplication::translate("main", "Request files to open in the inbox."), QStringLiteral("[requests…]"));
    parser.process(app);
    Airlock::SettingsDialog::applyTheme();
    QGuiApplication::setWindowIcon(QIcon::fromTheme(
        Airlock::ApplicationSetup::applicationId(), QIcon(QStringLiteral(":/icons/dev.airlock.Airlock.svg"))));

    if (parser.isSet(audit)) {
        // A compliance reviewer's window: no sandbox, no inbox, no writes.
        Airlock::HistoryWindow window;
        window.openTrail(parser.value(audit));
        window.show();
        return app.exec();
    }
    // Before any window: an ordinary user's sandboxes get a cgroup of their
    // own from the user's systemd manager, where it can give one.
    Airlock::UserScope::enter();
    Airlock::MainWindow window;
    window.show();
    const QStringList requests = parser.positionalArguments();
    if (!requests.isEmpty()) {
        // Once the requests still waiting from the last session are back, so
        // that a file among them is shown rather than listed twice.
        if (window.isRestoringInbox())
            QObject::connect(
                &window, &Airlock::MainWindow::inboxRestored, &window,
                [&window, requests]() { window.openRequests(requests); }, Qt::SingleShotConnection);
        else
            window.openRequests(requests);
    }
    return app.exec();
}
