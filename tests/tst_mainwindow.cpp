// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "doctormodel.h"
#include "mainwindow.h"

using Airlock::MainWindow;

namespace {
MainWindow::Options brokenSandbox()
{
    MainWindow::Options options;
    options.doctor.bwrapPath = QStringLiteral("/nonexistent/bwrap");
    return options;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readyWhenTheSandboxIsReal()
    {
        MainWindow window;
        QAbstractItemModelTester tester(window.doctorModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy checked(&window, &MainWindow::sandboxChecked);
        QSignalSpy enabled(&window, &MainWindow::runsEnabledChanged);
        QVERIFY(!window.runsEnabled()); // never before the check has passed
        QVERIFY(checked.wait(120000));
        QVERIFY2(window.runsEnabled(), qPrintable(window.sandboxStatusText()));
        QCOMPARE(enabled.size(), 1);
        QCOMPARE(enabled.constFirst().constFirst().toBool(), true);
        QVERIFY2(window.sandboxStatusText().contains(QLatin1String("ready")), qPrintable(window.sandboxStatusText()));
        QVERIFY(window.doctorModel()->rowCount() >= 13);
    }

    void runsStayDisabledWhenTheCheckFails()
    {
        MainWindow window(brokenSandbox());
        QSignalSpy checked(&window, &MainWindow::sandboxChecked);
        window.show();
        QVERIFY(checked.wait(60000));
        QVERIFY(!window.runsEnabled());
        QVERIFY(window.sandboxStatusText().contains(QLatin1String("NOT ready")));
        QVERIFY(window.sandboxStatusText().contains(QLatin1String("bwrap.found")));
        // The failing checks are on screen, not only in a tooltip.
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("sandboxReadinessDock"));
        QVERIFY(dock && dock->isVisible());
        const QModelIndex first = window.doctorModel()->index(0, Airlock::DoctorModel::CheckColumn);
        QCOMPARE(first.data(Airlock::DoctorModel::IdRole).toString(), QStringLiteral("bwrap.found"));
        QCOMPARE(first.data(Airlock::DoctorModel::BlocksRunsRole).toBool(), true);
    }

    void checkAgainRerunsTheDoctor()
    {
        MainWindow window(brokenSandbox());
        QSignalSpy checked(&window, &MainWindow::sandboxChecked);
        QVERIFY(checked.wait(60000));
        QAction *again = nullptr;
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (QAction *a : actions)
            if (a->shortcut() == QKeySequence(QKeySequence::Refresh))
                again = a;
        QVERIFY(again);
        QVERIFY(again->isEnabled());
        again->trigger();
        QVERIFY(checked.wait(60000));
        QCOMPARE(checked.size(), 2);
    }

    void menusAreKeyboardReachable()
    {
        MainWindow window(brokenSandbox());
        QStringList titles;
        const QList<QAction *> menus = window.menuBar()->actions();
        for (QAction *a : menus)
            titles << a->text();
        QCOMPARE(titles,
            (QStringList{QStringLiteral("&File"), QStringLiteral("&Request"), QStringLiteral("&Sandbox"),
                QStringLiteral("&View"), QStringLiteral("&Help")}));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
