// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

#include "applicationsetup.h"
#include "historywindow.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "teamhistorywindow.h"
#include "teamtrail.h"
#include "userscope.h"

namespace {
/// The workbench's options; the same for the early look and the real parse.
QCommandLineOption describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "The Airlock workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption audit(QStringLiteral("audit"),
        QCoreApplication::translate(
            "main", "Browse this audit trail (a file, or a team trail at postgresql://…) read-only, without the workbench."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(audit);
    parser.addPositionalArgument(QStringLiteral("requests"),
        QCoreApplication::translate("main", "Request files to open in the inbox."), QStringLiteral("[requests…]"));
    return audit;
}
} // namespace

int main(int argc, char *argv[])
{
    {
        // Help and the version need no display: they are answered before
        // the GUI starts, which aborts without one. Qt's own options
        // (-platform, -style) are only known once it has started.
        QCoreApplication early(argc, argv);
        Airlock::ApplicationSetup::initialize(early);
        QCommandLineParser parser;
        describe(parser);
        (void)parser.parse(early.arguments());
        if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
            // The program by its name, not by the path it was started as.
            QString help = parser.helpText();
            const qsizetype start = help.indexOf(QLatin1String(": ")) + 2;
            const qsizetype end = help.indexOf(QLatin1Char(' '), start);
            if (start > 1 && end > start && end < help.indexOf(QLatin1Char('\n')))
                help.replace(start, end - start, QStringLiteral("airlock"));
            std::fputs(qPrintable(help), stdout);
            return 0;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                qPrintable(QCoreApplication::applicationVersion()));
            return 0;
        }
    }
    QApplication app(argc, argv);
    Airlock::ApplicationSetup::initialize(app);
    QGuiApplication::setDesktopFileName(Airlock::ApplicationSetup::applicationId());
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Airlock"));

    QCommandLineParser parser;
    const QCommandLineOption audit = describe(parser);
    // Bad usage is exit 2, as with airlockctl.
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(QStringLiteral("airlock: ") + parser.errorText()),
            qPrintable(QCoreApplication::translate("main", "Try 'airlock --help' for its options.")));
        return 2;
    }
    Airlock::SettingsDialog::applyTheme();
    QGuiApplication::setWindowIcon(QIcon::fromTheme(
        Airlock::ApplicationSetup::applicationId(), QIcon(QStringLiteral(":/icons/dev.airlock.Airlock.svg"))));

    if (parser.isSet(audit) && Airlock::TeamTrail::isTeamTrail(parser.value(audit))) {
        // A team's trail: every workbench's chain, read-only.
        Airlock::TeamHistoryWindow window;
        window.openTeamTrail(parser.value(audit));
        window.show();
        return app.exec();
    }
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
