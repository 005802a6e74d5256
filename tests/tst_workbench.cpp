// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "artifactmodel.h"
#include "artifactview.h"
#include "audittrail.h"
#include "auditwriter.h"
#include "codeview.h"
#include "decisiondialog.h"
#include "historymodel.h"
#include "historyview.h"
#include "inboxmodel.h"
#include "mainwindow.h"
#include "mountmodel.h"
#include "requestsession.h"
#include "reviewpane.h"
#include "runpane.h"
#include "sandboxinspector.h"
#include "scenario.h"
#include "scenariopicker.h"
#include "settings.h"
#include "verdictmodel.h"

using namespace Airlock;

namespace {
const QString SourceDir = QStringLiteral(AIRLOCK_SOURCE_DIR);
const QString ChartRequest = SourceDir + QStringLiteral("/resources/examples/chart/request.json");
constexpr int SandboxTimeout = 90000;
} // namespace

/// Drives the real workbench: real files, real sandbox, real audit trail.
class TestWorkbench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chartRequestRunsAndShowsItsChart();
    void rejectionAsksForAReason();
    void blockedRequestCannotBeApproved();
    void stopKillsARunningSleep();
    void malformedFileShowsItsError();
    void inboxFolderPicksUpNewFiles();
    void droppedFilesArrive();
    void runsStayDisabledWhileTheSandboxFails();
    void scenarioOpensWithItsNoteAndInspector();

private:
    std::unique_ptr<MainWindow> makeWindow(bool realSandbox = true);
    RequestSession *openAndWait(MainWindow &window, const QString &path);
    DecisionDialog *openDialog(MainWindow &window, bool approve);
    QString writeFile(const QString &name, const QByteArray &content);
    QList<AuditTrail::Record> story(MainWindow &window, const QString &requestId);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWorkbench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWorkbench::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Settings().setPolicyPath({});
}

void TestWorkbench::cleanup()
{
    Settings().setPolicyPath({});
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestWorkbench::makeWindow(bool realSandbox)
{
    MainWindow::Options options;
    options.auditTrailPath = m_dir->filePath(QStringLiteral("trail.sqlite"));
    options.inboxFolder = m_dir->filePath(QStringLiteral("inbox"));
    QDir().mkpath(options.inboxFolder);
    if (!realSandbox)
        options.doctor.bwrapPath = QStringLiteral("/nonexistent/bwrap");
    auto window = std::make_unique<MainWindow>(options);
    window->show();
    return window;
}

RequestSession *TestWorkbench::openAndWait(MainWindow &window, const QString &path)
{
    window.openRequests({path});
    RequestSession *session = window.currentSession();
    if (!session)
        return nullptr;
    if (!QTest::qWaitFor([&]() { return session->state() != RequestSession::State::Loading; }, SandboxTimeout))
        qWarning() << "still loading" << path;
    return session;
}

DecisionDialog *TestWorkbench::openDialog(MainWindow &window, bool approve)
{
    if (approve)
        window.approveCurrent();
    else
        window.rejectCurrent();
    return window.findChild<DecisionDialog *>();
}

QString TestWorkbench::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

QList<AuditTrail::Record> TestWorkbench::story(MainWindow &window, const QString &requestId)
{
    window.auditWriter()->flush();
    QString error;
    const auto trail
        = AuditTrail::open(m_dir->filePath(QStringLiteral("trail.sqlite")), AuditTrail::Mode::ReadWrite, &error);
    return trail ? trail->story(requestId) : QList<AuditTrail::Record>();
}

void TestWorkbench::chartRequestRunsAndShowsItsChart()
{
    auto window = makeWindow();
    QAbstractItemModelTester inboxTester(window->inboxModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester verdictTester(
        window->reviewPane()->verdictModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester mountTester(
        window->reviewPane()->mountModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);

    RequestSession *session = openAndWait(*window, ChartRequest);
    QVERIFY(session);
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QCOMPARE(window->inboxModel()->rowCount(), 1);
    const QModelIndex agent = window->inboxModel()->index(0, InboxModel::AgentColumn);
    QCOMPARE(agent.data().toString(), QStringLiteral("analytics-assistant"));
    QCOMPARE(window->inboxModel()->index(0, InboxModel::PromptColumn).data().toString(),
        QStringLiteral("Plot monthly revenue from sales.csv"));
    QCOMPARE(window->inboxModel()->index(0, InboxModel::StateColumn).data().toString(), QStringLiteral("Pending"));

    // The review pane shows what will run.
    ReviewPane *review = window->reviewPane();
    QVERIFY(review->codeView()->toPlainText().contains(QLatin1String("savefig")));
    QVERIFY2(review->stateText().startsWith(QLatin1String("Runnable")), qPrintable(review->stateText()));
    QCOMPARE(review->mountModel()->rowCount(), 1);
    QCOMPARE(review->mountModel()->index(0, MountModel::NameColumn).data().toString(), QStringLiteral("sales.csv"));
    QCOMPARE(review->mountModel()->index(0, MountModel::SuffixColumn).data().toString(), QStringLiteral("allowed"));
    QCOMPARE(review->mountModel()->index(0, MountModel::HashColumn).data(MountModel::Sha256Role).toString().size(), 64);
    QTRY_VERIFY(review->previewTable() && review->previewTable()->rowCount() > 0);
    QCOMPARE(review->previewTable()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("date"));
    auto *approveButton = review->findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(approveButton && approveButton->isEnabled());

    // Approving takes a confirming step that says what is approved.
    DecisionDialog *dialog = openDialog(*window, true);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->setReviewer(QString());
    QVERIFY(!dialog->confirmButton()->isEnabled());
    dialog->setReviewer(QStringLiteral("Ada Analyst"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QCOMPARE(session->state(), RequestSession::State::Pending); // nothing before the click
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(session->state(), RequestSession::State::Done, SandboxTimeout);
    RunPane *run = window->runPane();
    QVERIFY(run->outputText(QProcess::StandardOutput).contains(QLatin1String("sales in")));
    QVERIFY2(run->statusText().startsWith(QLatin1String("Succeeded")), qPrintable(run->statusText()));
    QVERIFY(run->summaryText().contains(QLatin1String("Peak memory")));
    // Where the CPU time and the memory were measured.
    QVERIFY2(run->summaryText().contains(QLatin1String("counted by the run's cgroup"))
            || run->summaryText().contains(QLatin1String("as the host saw them")),
        qPrintable(run->summaryText()));

    // The chart is in the gallery, shown as an image.
    ArtifactView *artifacts = run->artifactView();
    QAbstractItemModelTester artifactTester(artifacts->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList names;
    for (int row = 0; row < artifacts->model()->rowCount(); ++row)
        names << artifacts->model()->index(row, 0).data().toString();
    const int png = int(names.indexOf(QStringLiteral("monthly_revenue.png")));
    QVERIFY2(png >= 0, qPrintable(names.join(u',')));
    artifacts->selectArtifact(png);
    QCOMPARE(artifacts->currentKind(), ArtifactModel::Kind::Image);
    const int csv = int(names.indexOf(QStringLiteral("monthly_revenue.csv")));
    QVERIFY(csv >= 0);
    artifacts->selectArtifact(csv);
    QCOMPARE(artifacts->currentKind(), ArtifactModel::Kind::Table);
    QVERIFY(artifacts->tableModel()->rowCount() > 0);

    // And everything is in the audit trail, the decision before the run.
    const auto records = story(*window, QStringLiteral("example-chart-0001"));
    QStringList kinds;
    for (const auto &r : records)
        kinds << r.kind;
    QCOMPARE(kinds.mid(0, 4),
        (QStringList{QStringLiteral("request"), QStringLiteral("verdicts"), QStringLiteral("decision"),
            QStringLiteral("run_started")}));
    QCOMPARE(kinds.last(), QStringLiteral("run_finished"));
    QCOMPARE(records.at(2).body.value(QStringLiteral("reviewer")).toString(), QStringLiteral("Ada Analyst"));
    QCOMPARE(records.at(2).body.value(QStringLiteral("interface")).toString(), QStringLiteral("workbench"));
    QCOMPARE(records.at(2).body.value(QStringLiteral("code_sha256")).toString(), session->request()->codeSha256());
    QCOMPARE(Settings().reviewerName(), QStringLiteral("Ada Analyst"));

    // The History tab follows the live trail: the request is there, whole.
    window->mainTabs()->setCurrentWidget(window->historyView());
    QTRY_COMPARE(window->historyView()->model()->matchCount(), 1);
    QTRY_VERIFY(!window->historyView()->model()->summary(0).status.isEmpty());
}

void TestWorkbench::rejectionAsksForAReason()
{
    auto window = makeWindow();
    RequestSession *session = openAndWait(*window, ChartRequest);
    QVERIFY(session);
    QCOMPARE(session->state(), RequestSession::State::Pending);
    // The shortcut only opens the confirming dialog, and Enter there decides nothing.
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QPointer<DecisionDialog> byKey = window->findChild<DecisionDialog *>();
    QVERIFY(byKey);
    byKey->setReviewer(QStringLiteral("Rita Reviewer"));
    byKey->setReason(QStringLiteral("A reason long enough"));
    QTest::keyClick(byKey.data(), Qt::Key_Return);
    QTRY_VERIFY(!byKey);
    QCOMPARE(session->state(), RequestSession::State::Pending);
    DecisionDialog *dialog = openDialog(*window, false);
    QVERIFY(dialog);
    dialog->setReviewer(QStringLiteral("Rita Reviewer"));
    // The default policy requires a reason.
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY(!dialog->problem().isEmpty());
    dialog->setReason(QStringLiteral("The agent should aggregate by quarter"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(session->state(), RequestSession::State::Rejected);
    QTRY_COMPARE(window->inboxModel()->index(0, InboxModel::StateColumn).data().toString(), QStringLiteral("Rejected"));
    const auto records = story(*window, QStringLiteral("example-chart-0001"));
    QCOMPARE(records.last().kind, QStringLiteral("decision"));
    QCOMPARE(records.last().body.value(QStringLiteral("outcome")).toString(), QStringLiteral("rejected"));
    QCOMPARE(records.last().body.value(QStringLiteral("reason")).toString(),
        QStringLiteral("The agent should aggregate by quarter"));
    for (const auto &r : records)
        QVERIFY(r.kind != QLatin1String("run_started"));
}

void TestWorkbench::blockedRequestCannotBeApproved()
{
    Settings().setPolicyPath(SourceDir + QStringLiteral("/resources/policies/strict.json"));
    auto window = makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    RequestSession *session
        = openAndWait(*window, SourceDir + QStringLiteral("/tests/data/corpus/module-subprocess-import.json"));
    QVERIFY(session);
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QVERIFY(session->blocked());
    ReviewPane *review = window->reviewPane();
    QVERIFY2(review->stateText().startsWith(QLatin1String("Blocked")), qPrintable(review->stateText()));
    QVERIFY(review->verdictModel()->rowCount() > 0);
    QCOMPARE(review->verdictModel()->index(0, VerdictModel::SeverityColumn).data(VerdictModel::SeverityRole).toInt(),
        int(Verdict::Severity::Block));
    // Clicking a verdict with a line shows that line in the code.
    const int line = review->verdictModel()->index(0, 0).data(VerdictModel::LineRole).toInt();
    QVERIFY(line > 0);
    QVERIFY(!review->codeView()->toolTipForLine(line).isEmpty());
    auto *verdictView = review->findChild<QTreeView *>(QStringLiteral("verdictView"));
    QVERIFY(verdictView);
    review->codeView()->moveCursor(QTextCursor::End);
    const QModelIndex first = review->verdictModel()->index(0, VerdictModel::MessageColumn);
    QTest::mouseClick(verdictView->viewport(), Qt::LeftButton, {}, verdictView->visualRect(first).center());
    QCOMPARE(review->codeView()->textCursor().blockNumber() + 1, line);
    auto *approveButton = review->findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(!approveButton->isEnabled());
    QVERIFY(!review->findChild<QLabel *>(QStringLiteral("decisionHint"))->text().isEmpty());
    QVERIFY(!openDialog(*window, true)); // no dialog, nothing decided
    QVERIFY(window->bannerText().contains(QLatin1String("allows no override")));
    QCOMPARE(session->state(), RequestSession::State::Pending);
}

void TestWorkbench::stopKillsARunningSleep()
{
    auto window = makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    const QJsonObject request{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
        {QStringLiteral("request_id"), QStringLiteral("sleeper")}, {QStringLiteral("agent"), QStringLiteral("test")},
        {QStringLiteral("prompt"), QStringLiteral("Wait a long time")},
        {QStringLiteral("code"), QStringLiteral("import time\nprint('sleeping', flush=True)\ntime.sleep(300)\n")},
        {QStringLiteral("limits"), QJsonObject{{QStringLiteral("timeout_s"), 120}}}};
    RequestSession *session
        = openAndWait(*window, writeFile(QStringLiteral("sleeper.json"), QJsonDocument(request).toJson()));
    QVERIFY(session);
    QCOMPARE(session->state(), RequestSession::State::Pending);
    DecisionDialog *dialog = openDialog(*window, true);
    QVERIFY(dialog);
    dialog->setReviewer(QStringLiteral("Ada"));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    RunPane *run = window->runPane();
    QTRY_VERIFY_WITH_TIMEOUT(
        run->outputText(QProcess::StandardOutput).contains(QLatin1String("sleeping")), SandboxTimeout);
    auto *stop = run->findChild<QPushButton *>(QStringLiteral("stopButton"));
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), RequestSession::State::Failed, 30000);
    QCOMPARE(session->result()->endReason, RunResult::EndReason::Stopped);
    QVERIFY(session->result()->durationMs < 120000);
    QVERIFY(!stop->isEnabled());
    QVERIFY2(run->statusText().contains(QLatin1String("Stopped")), qPrintable(run->statusText()));
    const auto records = story(*window, QStringLiteral("sleeper"));
    QCOMPARE(records.last().kind, QStringLiteral("run_finished"));
    QCOMPARE(records.last().body.value(QStringLiteral("end_reason")).toString(), QStringLiteral("stopped"));
}

void TestWorkbench::malformedFileShowsItsError()
{
    auto window = makeWindow();
    const QString path = writeFile(QStringLiteral("broken.json"), "{\"schema\": \"airlock.request/v1\", \"agent\": 7}");
    RequestSession *session = openAndWait(*window, path);
    QVERIFY(session);
    QCOMPARE(session->state(), RequestSession::State::Malformed);
    QCOMPARE(window->inboxModel()->index(0, InboxModel::StateColumn).data().toString(), QStringLiteral("Malformed"));
    QVERIFY(!window->inboxModel()->index(0, InboxModel::PromptColumn).data().toString().isEmpty());
    QVERIFY2(window->reviewPane()->stateText().startsWith(QLatin1String("Not a valid request")),
        qPrintable(window->reviewPane()->stateText()));
    QVERIFY(!window->reviewPane()->findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
    QVERIFY(!window->reviewPane()->findChild<QPushButton *>(QStringLiteral("rejectButton"))->isEnabled());
    window->auditWriter()->flush();
    QString error;
    const auto trail
        = AuditTrail::open(m_dir->filePath(QStringLiteral("trail.sqlite")), AuditTrail::Mode::ReadWrite, &error);
    QVERIFY2(trail, qPrintable(error));
    QTRY_COMPARE(trail->list({}).size(), 1);
    QCOMPARE(trail->list({}).first().outcome, QStringLiteral("malformed"));
}

void TestWorkbench::inboxFolderPicksUpNewFiles()
{
    auto window = makeWindow();
    QFile::copy(ChartRequest, m_dir->filePath(QStringLiteral("inbox/sales.csv")));
    QFile source(ChartRequest);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(source.readAll()).object();
    doc.insert(QStringLiteral("request_id"), QStringLiteral("from-the-inbox"));
    // Written under a temporary name and renamed, as an agent should.
    const QString part = m_dir->filePath(QStringLiteral("inbox/new.json.part"));
    QFile out(part);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(doc).toJson());
    out.close();
    QVERIFY(QFile::rename(part, m_dir->filePath(QStringLiteral("inbox/new.json"))));
    QTRY_COMPARE_WITH_TIMEOUT(window->inboxModel()->rowCount(), 1, 20000);
    RequestSession *session = window->inboxModel()->session(0);
    QTRY_VERIFY_WITH_TIMEOUT(session->state() != RequestSession::State::Loading, SandboxTimeout);
    QCOMPARE(session->request()->requestId(), QStringLiteral("from-the-inbox"));
}

void TestWorkbench::droppedFilesArrive()
{
    auto window = makeWindow();
    const QString broken = writeFile(QStringLiteral("dropped.json"), "not json at all");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(ChartRequest), QUrl::fromLocalFile(broken)});
    const QPoint centre = window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    QCOMPARE(window->inboxModel()->rowCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(window->inboxModel()->session(1)->state() == RequestSession::State::Malformed, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        window->inboxModel()->session(0)->state() == RequestSession::State::Pending, SandboxTimeout);
    // Dropping files already waiting shows them instead of listing them twice.
    window->selectSession(window->inboxModel()->session(1));
    QDragEnterEvent enterAgain(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enterAgain);
    QDropEvent again(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &again);
    QCOMPARE(window->inboxModel()->rowCount(), 2);
    QCOMPARE(window->currentSession(), window->inboxModel()->session(0));
}

void TestWorkbench::runsStayDisabledWhileTheSandboxFails()
{
    auto window = makeWindow(false);
    QSignalSpy checked(window.get(), &MainWindow::sandboxChecked);
    QVERIFY(checked.wait(60000));
    QVERIFY(!window->runsEnabled());
    RequestSession *session = openAndWait(*window, ChartRequest);
    QVERIFY(session);
    auto *approveButton = window->reviewPane()->findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(!approveButton->isEnabled());
    const QString hint = window->reviewPane()->findChild<QLabel *>(QStringLiteral("decisionHint"))->text();
    QVERIFY2(hint.contains(QLatin1String("Runs are disabled")), qPrintable(hint));
    QVERIFY(!openDialog(*window, true));
    QVERIFY(window->bannerText().contains(QLatin1String("Runs are disabled")));
    // Rejecting needs no sandbox.
    QVERIFY(window->reviewPane()->findChild<QPushButton *>(QStringLiteral("rejectButton"))->isEnabled());
}

void TestWorkbench::scenarioOpensWithItsNoteAndInspector()
{
    auto window = makeWindow();
    ScenarioPicker picker(window.get());
    QAbstractItemModelTester tester(picker.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(picker.model()->rowCount() >= 15);
    picker.select(QStringLiteral("env-secrets"));
    QCOMPARE(picker.selectedId(), QStringLiteral("env-secrets"));

    RequestSession *session = window->openScenario(QStringLiteral("env-secrets"));
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(session->state() != RequestSession::State::Loading, SandboxTimeout);
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QCOMPARE(session->policy().name, QStringLiteral("training"));
    QVERIFY2(window->reviewPane()->stateText().startsWith(QLatin1String("Training scenario")),
        qPrintable(window->reviewPane()->stateText()));
    // Before any run, the inspector shows the sandbox a run would get.
    SandboxInspector inspector(session, window.get());
    QVERIFY(!inspector.showsRecordedRun());
    const QString plain = inspector.plainText();
    for (const char *part : {"/workspace/output", "Read-only", "The environment the code sees", "seccomp",
             "Network: a namespace of its own"})
        QVERIFY2(plain.contains(QLatin1String(part)), part);
    QVERIFY(inspector.rawText().contains(QLatin1String("--unshare-net")));
    QVERIFY(!inspector.rawText().contains(QLatin1String(Scenario::DemoSecretValue)));
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
