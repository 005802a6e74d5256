// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QTranslator>

#include "apptheme.h"
#include "codeview.h"
#include "doctormodel.h"
#include "mainwindow.h"
#include "reviewpane.h"
#include "scenario.h"

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

    void switchesFullyToGermanAndFrench_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("de") << QStringLiteral("de");
        QTest::addRow("fr") << QStringLiteral("fr");
    }

    void switchesFullyToGermanAndFrench()
    {
        QFETCH(QString, language);
        // Every menu entry in English first, then with the catalogue.
        auto texts = [](const MainWindow &window) {
            QStringList out;
            const QList<QAction *> menus = window.menuBar()->actions();
            for (QAction *menu : menus) {
                out << menu->text();
                const QList<QAction *> items = menu->menu()->actions();
                for (QAction *a : items) {
                    if (!a->isSeparator() && !a->text().isEmpty())
                        out << a->text();
                }
            }
            return out;
        };
        QStringList english;
        {
            MainWindow window(brokenSandbox());
            english = texts(window);
        }
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/airlock_") + language + QStringLiteral(".qm")));
        QCoreApplication::installTranslator(&translator);
        // Qt's own catalogue too, for the standard buttons of every dialog.
        QTranslator qt;
        QVERIFY(qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCoreApplication::installTranslator(&qt);
        {
            QDialogButtonBox buttons(QDialogButtonBox::Cancel);
            QVERIFY(buttons.button(QDialogButtonBox::Cancel)->text() != QLatin1String("&Cancel"));
        }
        QStringList translated;
        {
            MainWindow window(brokenSandbox());
            translated = texts(window);
        }
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(translated.size(), english.size());
        // Names are names in every language: the app, Qt, and each scenario's own title.
        QStringList same;
        for (int i = 0; i < english.size(); ++i) {
            if (translated.at(i) == english.at(i) && !english.at(i).contains(QLatin1String("Qt")))
                same << english.at(i);
        }
        // Scenario titles come from their files, in every language they have.
        if (language == QLatin1String("de"))
            same.removeAll(QStringLiteral("&Sandbox")); // the German word too
        QVERIFY2(same.isEmpty(), qPrintable(same.join(QStringLiteral(" | "))));
    }

    void darkThemeIsDarkEverywhere()
    {
        using Airlock::AppTheme;
        MainWindow window(brokenSandbox());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Pixels as drawn: the menu bar's far end, the inbox's empty rows and
        // the code view's empty lines are background and nothing else.
        const auto pixels = [&]() {
            QList<QColor> out;
            const QImage bar = window.menuBar()->grab().toImage();
            out << bar.pixelColor(bar.width() - 3, bar.height() / 2);
            const QImage inbox = window.inboxView()->viewport()->grab().toImage();
            out << inbox.pixelColor(inbox.width() / 2, inbox.height() - 5);
            QWidget *code = window.reviewPane()->codeView()->viewport();
            const QImage text = code->grab().toImage();
            out << text.pixelColor(text.width() - 5, text.height() - 5);
            return out;
        };
        const auto lightness = [](const QList<QColor> &colours) {
            QStringList out;
            for (const QColor &c : colours)
                out << QString::number(c.lightness());
            return out.join(QLatin1Char(' '));
        };
        const auto all = [&](bool dark) {
            for (const QColor &c : pixels())
                if (dark ? c.lightness() >= 80 : c.lightness() <= 170)
                    return false;
            return true;
        };
        const auto banner = [&]() { return window.findChild<QLabel *>(QStringLiteral("banner"))->palette(); };
        const auto codeTheme = [&]() { return window.reviewPane()->codeView()->themeName(); };
        // Widgets take a new palette with the events that follow it.
        AppTheme::apply(AppTheme::Scheme::Dark);
        QCOMPARE(AppTheme::current(), AppTheme::Scheme::Dark);
        QTRY_VERIFY2(all(true), qPrintable(lightness(pixels())));
        QTRY_VERIFY2(codeTheme().contains(QLatin1String("Dark")), qPrintable(codeTheme()));
        QTRY_VERIFY(AppTheme::isDark(banner()));

        AppTheme::apply(AppTheme::Scheme::Light);
        QTRY_VERIFY2(all(false), qPrintable(lightness(pixels())));
        QTRY_VERIFY2(!codeTheme().contains(QLatin1String("Dark")), qPrintable(codeTheme()));
        QTRY_VERIFY(!AppTheme::isDark(banner()));

        // As the system: this platform reports no dark preference.
        AppTheme::apply(AppTheme::Scheme::Dark);
        QTRY_VERIFY(all(true));
        AppTheme::apply(AppTheme::Scheme::System);
        QCOMPARE(AppTheme::current(), AppTheme::Scheme::Light);
        QTRY_VERIFY2(all(false), qPrintable(lightness(pixels())));
    }

    void menusAreKeyboardReachable()
    {
        MainWindow window(brokenSandbox());
        QStringList titles;
        const QList<QAction *> menus = window.menuBar()->actions();
        for (QAction *a : menus)
            titles << a->text();
        QCOMPARE(titles,
            (QStringList{QStringLiteral("&File"), QStringLiteral("&Request"), QStringLiteral("Sce&narios"),
                QStringLiteral("&Sandbox"), QStringLiteral("&View"), QStringLiteral("Se&ttings"),
                QStringLiteral("&Help")}));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
