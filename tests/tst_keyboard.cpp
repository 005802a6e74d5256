// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers

// Every window, pane and dialog with the keyboard alone, as an analyst who
// does not reach for the mouse: access keys that do one thing each, a Tab
// path through every field, and an Enter that never decides nor loses
// what was typed.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "audittrail.h"
#include "auditwriter.h"
#include "decisiondialog.h"
#include "historyview.h"
#include "historywindow.h"
#include "releasedialog.h"
#include "mainwindow.h"
#include "preparedrun.h"
#include "requestsession.h"
#include "sandboxinspector.h"
#include "scenariopicker.h"
#include "settingsdialog.h"

using namespace Airlock;

namespace {
constexpr int SandboxTimeout = 90000;

/// The access key of a label or button's text ("&Reject" -> 'r'); none when it has no '&'.
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

/// Every access key that works in @p top as it is shown now, with what it
/// belongs to: its menu bar's menus and the visible buttons, buddied labels,
/// group boxes and tabs. Keys inside a closed menu are its own business.
QMultiMap<QChar, QString> accessKeys(QWidget *top)
{
    QMultiMap<QChar, QString> keys;
    const auto add = [&](const QString &text) {
        if (const QChar key = accessKey(text); !key.isNull())
            keys.insert(key, text);
    };
    if (auto *window = qobject_cast<QMainWindow *>(top))
        for (QAction *menu : window->menuBar()->actions())
            add(menu->text());
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (w->window() != top || !w->isVisibleTo(top))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i));
    }
    return keys;
}

/// The access keys used twice or more in @p top, for a readable failure.
QString clashes(QWidget *top)
{
    const QMultiMap<QChar, QString> keys = accessKeys(top);
    QStringList out;
    for (const QChar key : keys.uniqueKeys())
        if (keys.count(key) > 1)
            out << QStringLiteral("%1: %2").arg(key, QStringList(keys.values(key)).join(QStringLiteral(" | ")));
    return out.join(QStringLiteral("; "));
}

/// Within each menu too: one key, one item.
QString menuClashes(QMainWindow *window)
{
    QStringList out;
    for (QAction *menuAction : window->menuBar()->actions()) {
        QMultiMap<QChar, QString> keys;
        for (QAction *a : menuAction->menu()->actions())
            if (const QChar key = accessKey(a->text()); !key.isNull() && a->isVisible())
                keys.insert(key, a->text());
        for (const QChar key : keys.uniqueKeys())
            if (keys.count(key) > 1)
                out << QStringList(keys.values(key)).join(QStringLiteral(" | "));
    }
    return out.join(QStringLiteral("; "));
}

/// Where Tab leads from the widget that has the focus now.
QWidget *tab(Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, modifiers);
    return QApplication::focusWidget();
}

/// Every field of @p dialog is reached by Tab alone, in reading order, and Tab comes back round.
QString unreachedFields(QWidget *dialog)
{
    QList<QWidget *> fields;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        const bool field = qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractButton *>(w);
        // A spin box's or combo box's own line edit is reached with it.
        const bool part = qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget());
        if (field && !part && w->isVisibleTo(dialog) && w->isEnabled() && w->focusPolicy() & Qt::TabFocus)
            fields << w;
    }
    QList<QWidget *> seen{QApplication::focusWidget()};
    for (int i = 0; i < 200; ++i) {
        QWidget *next = tab();
        if (!next || next == seen.constFirst())
            break;
        seen << next;
    }
    // The path runs as a reader reads: down the dialog, and along each row.
    QList<QWidget *> path;
    for (QWidget *w : std::as_const(seen))
        if (fields.contains(w))
            path << w;
    const auto at = [&](QWidget *w) { return w->mapTo(dialog, QPoint(0, w->height() / 2)); };
    if (!path.isEmpty()) {
        const auto top = std::min_element(path.cbegin(), path.cend(), [&](QWidget *a, QWidget *b) {
            return std::pair(at(a).y(), at(a).x()) < std::pair(at(b).y(), at(b).x());
        });
        std::rotate(path.begin(), path.begin() + (top - path.cbegin()), path.end());
    }
    QStringList missing;
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QPoint a = at(path.at(i - 1));
        const QPoint b = at(path.at(i));
        if (b.y() < a.y() - 4 || (qAbs(b.y() - a.y()) <= 4 && b.x() < a.x()))
            missing << QStringLiteral("%1 comes after %2").arg(path.at(i)->objectName(), path.at(i - 1)->objectName());
    }
    for (QWidget *w : std::as_const(fields))
        if (!seen.contains(w))
            missing << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    return missing.join(QStringLiteral(", "));
}

/// A window manager activates a dialog as it opens; the offscreen platform
/// needs to be asked.
bool activated(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitFor([&]() { return QApplication::activeWindow() == window; });
}

QLineEdit *reviewerEdit(QWidget *dialog)
{
    return dialog->findChild<QLineEdit *>(QStringLiteral("reviewerEdit"));
}
} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theMainWindowsAccessKeysAreUnique();
    void approveWithTheKeyboardAlone();
    void rejectWithTheKeyboardAlone();
    void overrideNamesWhatItOverrides();
    void releaseAndWithholdWithTheKeyboardAlone();
    void historyWindowsAccessKeysAreUnique();
    void settingsWithTheKeyboardAlone();
    void scenarioPickerAndInspectorWithTheKeyboardAlone();

private:
    std::unique_ptr<MainWindow> makeWindow();
    RequestSession *open(MainWindow &window, const QByteArray &document);
    DecisionDialog *dialogBy(MainWindow &window, const QKeySequence &keys);
    QList<AuditTrail::Record> story(MainWindow &window, const QString &requestId);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_requests = 0;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeyboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestKeyboard::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestKeyboard::makeWindow()
{
    MainWindow::Options options;
    options.auditTrailPath = m_dir->filePath(QStringLiteral("trail.sqlite"));
    options.inboxFolder = m_dir->filePath(QStringLiteral("inbox"));
    QDir().mkpath(options.inboxFolder);
    auto window = std::make_unique<MainWindow>(options);
    window->show();
    if (!activated(window.get()))
        qWarning("the window did not become active");
    return window;
}

RequestSession *TestKeyboard::open(MainWindow &window, const QByteArray &document)
{
    QFile file(m_dir->filePath(QStringLiteral("request-%1.json").arg(++m_requests)));
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size())
        return nullptr;
    file.close();
    window.openRequests({file.fileName()});
    RequestSession *session = window.currentSession();
    if (session && !QTest::qWaitFor([&]() { return session->state() != RequestSession::State::Loading; }, SandboxTimeout))
        return nullptr;
    return session;
}

DecisionDialog *TestKeyboard::dialogBy(MainWindow &window, const QKeySequence &keys)
{
    QTest::keySequence(&window, keys);
    DecisionDialog *dialog = window.findChild<DecisionDialog *>();
    if (!dialog || !activated(dialog))
        return nullptr;
    return dialog;
}

QList<AuditTrail::Record> TestKeyboard::story(MainWindow &window, const QString &requestId)
{
    window.auditWriter()->flush();
    QString error;
    const auto trail
        = AuditTrail::open(m_dir->filePath(QStringLiteral("trail.sqlite")), AuditTrail::Mode::ReadOnly, &error);
    return trail ? trail->story(requestId) : QList<AuditTrail::Record>();
}

void TestKeyboard::theMainWindowsAccessKeysAreUnique()
{
    auto window = makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    RequestSession *session = open(*window, R"j({"schema":"airlock.request/v1","code":"print(1)\n"})j");
    QVERIFY(session);
    QCOMPARE(menuClashes(window.get()), QString());
    // Each view the window shows, with its panes and tabs: Review, Run, History.
    for (const int key : {Qt::Key_2, Qt::Key_3, Qt::Key_4}) {
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | key));
        QCOMPARE(clashes(window.get()), QString());
    }
    // Alt+F is the File menu's, whatever pane is shown.
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_3));
    QVERIFY(!accessKeys(window.get()).value(QLatin1Char('f')).isEmpty());
    QCOMPARE(accessKeys(window.get()).count(QLatin1Char('f')), 1);
}

void TestKeyboard::approveWithTheKeyboardAlone()
{
    auto window = makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    RequestSession *session = open(*window, R"j({"schema":"airlock.request/v1","code":"print('by keyboard')\n"})j");
    QVERIFY(session);
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QPointer<DecisionDialog> dialog = dialogBy(*window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QVERIFY(dialog);
    QCOMPARE(clashes(dialog), QString());
    QCOMPARE(QApplication::focusWidget(), reviewerEdit(dialog));
    QTest::keyClicks(reviewerEdit(dialog), QStringLiteral("Ada Analyst"));
    // Enter after the name: nothing is decided and nothing is lost.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->reviewer(), QStringLiteral("Ada Analyst"));
    QCOMPARE(session->state(), RequestSession::State::Pending);
    // Nor does Enter on the button itself: that takes a deliberate Space.
    QCOMPARE(tab(), dialog->confirmButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(session->state(), RequestSession::State::Pending);
    // Tab goes round: confirm, Cancel, and back to the name.
    QCOMPARE(unreachedFields(dialog), QString());
    while (QApplication::focusWidget() != dialog->confirmButton())
        tab();
    QTest::keyClick(dialog->confirmButton(), Qt::Key_Space);
    QTRY_VERIFY(!dialog);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), RequestSession::State::Done, SandboxTimeout);
    QCOMPARE(session->result()->stdoutData, QByteArray("by keyboard\n"));
}

void TestKeyboard::rejectWithTheKeyboardAlone()
{
    auto window = makeWindow();
    RequestSession *session = open(*window, R"j({"schema":"airlock.request/v1","code":"print(2)\n"})j");
    QVERIFY(session);
    QTRY_COMPARE(session->state(), RequestSession::State::Pending);
    QPointer<DecisionDialog> dialog = dialogBy(*window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QVERIFY(dialog);
    QCOMPARE(clashes(dialog), QString());
    QTest::keyClicks(reviewerEdit(dialog), QStringLiteral("Rita Reviewer"));
    // From the name, Tab leads to the reason, not past it.
    auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    QVERIFY(reason);
    QCOMPARE(tab(), reason);
    // Spaces and Enter in the reason are the reason's.
    QTest::keyClicks(reason, QStringLiteral("Aggregate by quarter first"));
    QTest::keyClick(reason, Qt::Key_Return);
    QTest::keyClicks(reason, QStringLiteral("then send it again"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->reason(), QStringLiteral("Aggregate by quarter first\nthen send it again"));
    QCOMPARE(session->state(), RequestSession::State::Pending);
    // Shift+Tab goes back the same way.
    QCOMPARE(tab(Qt::ShiftModifier), reviewerEdit(dialog));
    QCOMPARE(tab(), reason);
    QCOMPARE(tab(), dialog->confirmButton());
    QTest::keyClick(dialog->confirmButton(), Qt::Key_Space);
    QTRY_VERIFY(!dialog);
    QTRY_COMPARE(session->state(), RequestSession::State::Rejected);
    const auto records = story(*window, session->request()->requestId());
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.last().body.value(QStringLiteral("reason")).toString(),
        QStringLiteral("Aggregate by quarter first\nthen send it again"));
}

void TestKeyboard::overrideNamesWhatItOverrides()
{
    auto window = makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    // Blocked twice over: a subprocess and a missing input.
    RequestSession *session = open(*window, R"j({"schema":"airlock.request/v1","agent":"a","prompt":"p",
        "code":"import subprocess\nprint('overridden')\n",
        "files":[{"name":"absent.csv","path":"absent.csv"}]})j");
    QVERIFY(session);
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QVERIFY(session->blocked());
    const QList<Verdict> blocking = session->preparedRun()->blockingVerdicts();
    QVERIFY2(blocking.size() >= 2, qPrintable(QString::number(blocking.size())));
    QPointer<DecisionDialog> dialog = dialogBy(*window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QVERIFY(dialog);
    QCOMPARE(clashes(dialog), QString());
    // The dialog lists every verdict it overrides.
    auto *list = dialog->findChild<QLabel *>(QStringLiteral("overriddenList"));
    QVERIFY(list);
    for (const Verdict &v : blocking)
        QVERIFY2(list->text().contains(v.message), qPrintable(v.message));
    QTest::keyClicks(reviewerEdit(dialog), QStringLiteral("Ada"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto *justification = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    QCOMPARE(QApplication::focusWidget(), justification);
    QTest::keyClicks(justification, QStringLiteral("Needed for the quarterly reconciliation"));
    QCOMPARE(tab(), dialog->confirmButton());
    QVERIFY2(dialog->confirmButton()->isEnabled(), qPrintable(dialog->problem()));
    QTest::keyClick(dialog->confirmButton(), Qt::Key_Space);
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY_WITH_TIMEOUT(session->isSettled(), SandboxTimeout);
    // The decision's record names them too.
    QJsonArray recorded;
    for (const auto &r : story(*window, session->request()->requestId()))
        if (r.kind == QLatin1String("decision"))
            recorded = r.body.value(QStringLiteral("overridden")).toArray();
    QCOMPARE(recorded.size(), blocking.size());
    for (qsizetype i = 0; i < blocking.size(); ++i)
        QCOMPARE(Verdict::fromJson(recorded.at(i).toObject()), blocking.at(i));
}

void TestKeyboard::releaseAndWithholdWithTheKeyboardAlone()
{
    auto window = makeWindow();
    RequestSession *session = open(*window, R"j({"schema":"airlock.request/v1","code":"print(3)\n"})j");
    QVERIFY(session);
    for (const auto kind : {ReleaseDialog::Kind::Release, ReleaseDialog::Kind::Withhold}) {
        auto dialog = std::make_unique<ReleaseDialog>(kind, session, window.get());
        dialog->show();
        QVERIFY(activated(dialog.get()));
        QCOMPARE(clashes(dialog.get()), QString());
        QCOMPARE(QApplication::focusWidget(), reviewerEdit(dialog.get()));
        QTest::keyClicks(reviewerEdit(dialog.get()), QStringLiteral("Ada"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->reviewer(), QStringLiteral("Ada"));
        if (kind == ReleaseDialog::Kind::Withhold)
            QCOMPARE(QApplication::focusWidget(), dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")));
        QCOMPARE(unreachedFields(dialog.get()), QString());
    }
}

void TestKeyboard::historyWindowsAccessKeysAreUnique()
{
    auto window = makeWindow();
    RequestSession *session = open(*window, R"j({"schema":"airlock.request/v1","code":"print(4)\n"})j");
    QVERIFY(session);
    QTRY_COMPARE(session->state(), RequestSession::State::Pending);
    window->auditWriter()->flush();
    QPointer<HistoryWindow> history = window->openTrailWindow(m_dir->filePath(QStringLiteral("trail.sqlite")));
    QVERIFY(history);
    QVERIFY(activated(history));
    QCOMPARE(menuClashes(history), QString());
    QCOMPARE(clashes(history), QString());
    history->close();
}

void TestKeyboard::settingsWithTheKeyboardAlone()
{
    auto window = makeWindow();
        // Every desktop has a key for it, if only the fallback.
    const QAction *configure = window->findChild<QAction *>(QStringLiteral("configureAction"));
    QVERIFY(configure && !configure->shortcut().isEmpty());
    QTest::keySequence(window.get(), configure->shortcut());
    QPointer<SettingsDialog> dialog = window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(activated(dialog));
    QCOMPARE(clashes(dialog), QString());
    QCOMPARE(unreachedFields(dialog), QString());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void TestKeyboard::scenarioPickerAndInspectorWithTheKeyboardAlone()
{
    auto window = makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QPointer<ScenarioPicker> picker = window->findChild<ScenarioPicker *>();
    QVERIFY(picker);
    QVERIFY(activated(picker));
    QCOMPARE(clashes(picker), QString());
    QCOMPARE(unreachedFields(picker), QString());
    // Down to the second scenario, Enter opens it.
    QWidget *list = picker->findChild<QAbstractItemView *>();
    QVERIFY(list);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    const QString chosen = picker->selectedId();
    QVERIFY(!chosen.isEmpty());
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!picker || !picker->isVisible());
    QTRY_VERIFY(window->currentSession() && window->currentSession()->scenarioId() == chosen);

    // Its sandbox, in the inspector; Escape closes it.
    QVERIFY(activated(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(window->currentSession()->state() != RequestSession::State::Loading, SandboxTimeout);
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QPointer<SandboxInspector> inspector = window->findChild<SandboxInspector *>();
    QVERIFY(inspector);
    QVERIFY(activated(inspector));
    QCOMPARE(clashes(inspector), QString());
    QCOMPARE(unreachedFields(inspector), QString());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!inspector || !inspector->isVisible());
}

// The whole walk in each language: every catalogue has access keys of its own.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    int failed = 0;
    for (const QString &language : {QString(), QStringLiteral("de"), QStringLiteral("fr")}) {
        QTranslator airlock;
        QTranslator qt;
        if (!language.isEmpty()) {
            if (!airlock.load(QStringLiteral(":/i18n/airlock_") + language + QStringLiteral(".qm"))
                || !qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                qCritical("no catalogue for %s", qPrintable(language));
                return 1;
            }
            QCoreApplication::installTranslator(&airlock);
            QCoreApplication::installTranslator(&qt);
        }
        qInfo("The keyboard walk in %s", language.isEmpty() ? "English" : qPrintable(language));
        TestKeyboard test;
        failed += QTest::qExec(&test, argc, argv);
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&airlock);
    }
    return failed;
}
#include "tst_keyboard.moc"
