// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTableView>
#include <QStyle>
#include <QHeaderView>
#include <QDockWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QUuid>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

#include "agentresult.h"
#include "agentserver.h"
#include "agentclient.h"
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
#include "preparedrun.h"
#include "requestsession.h"
#include "reviewpane.h"
#include "rundirectory.h"
#include "runpane.h"
#include "sandboxinspector.h"
#include "scenario.h"
#include "scenariopicker.h"
#include "settings.h"
#include "testsupport.h"
#include "verdictmodel.h"
#include "workbench.h"

using namespace Airlock;

namespace {
const QString SourceDir = QStringLiteral(AIRLOCK_SOURCE_DIR);
const QString ChartRequest = SourceDir + QStringLiteral("/resources/examples/chart/monthly-revenue.airlock.json");
const QString Airlockctl = QStringLiteral(AIRLOCKCTL_PATH);
const QString AirlockGui = QStringLiteral(AIRLOCK_PATH);
constexpr int SandboxTimeout = 90000;

// The workbench serves its socket on this thread: wait with the event loop
// running, never with QProcess::waitForFinished.
bool finished(QProcess &process, int timeoutMs)
{
    return QTest::qWaitFor([&]() { return process.state() == QProcess::NotRunning; }, timeoutMs);
}
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
    void aReferenceSeenBeforeIsShownInTheReview();
    void blockedRequestCannotBeApproved();
    void stopKillsARunningSleep();
    void malformedFileShowsItsError();
    void inboxFolderPicksUpNewFiles();
    void droppedFilesArrive();
    void runsStayDisabledWhileTheSandboxFails();
    void scenarioOpensWithItsNoteAndInspector();
    void scenarioSaysWhetherItBehavedAsExpected();
    void nothingOnScreenIsCut();
    void aRunReadsTheSameEverywhere();
    void anUnrecordedRunIsMarkedAndNotSaved();
    void undecidedRequestsComeBackAfterARestart();
    void undecidedRequestsSurviveACrash();
    void missingStagedCopyCanOnlyBeRejected();
    void runCutShortByACrashShowsAsEnded();
    void quitAsksWhileAnAgentWaits();
    void quitAsksBeforeStoppingARun();
    void quitWithNothingPendingDoesNotAsk();
    void warmSandboxesFollowTheReview();
    void bothFrontEndsRecordTheSameStory_data();
    void bothFrontEndsRecordTheSameStory();

private:
    /// What the history's list says about @p requestId's run, once it shows it.
    QString historyStatus(MainWindow &window, const QString &requestId);
    std::unique_ptr<MainWindow> makeWindow(bool realSandbox = true);
    RequestSession *openAndWait(MainWindow &window, const QString &path);
    DecisionDialog *openDialog(MainWindow &window, bool approve);
    QString writeFile(const QString &name, const QByteArray &content);
    QList<AuditTrail::Record> story(MainWindow &window, const QString &requestId);
    QString trailPath() const { return m_dir->filePath(QStringLiteral("trail.sqlite")); }
    /// A socket of this test's own for agents (XDG_RUNTIME_DIR).
    void useOwnAgentSocket();
    /// Hands @p path to the workbench as an agent would (airlockctl submit --wait).
    void submitAsAgent(QProcess &submit, const QString &path);
    RequestSession *waitForSessions(MainWindow &window, int count, bool fromAgent);
    /// Confirms the approval of @p session through the dialog, as the analyst does.
    void approve(MainWindow &window, RequestSession *session);
    QString writeAgentRequest(const QString &name, const QString &code);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_runtime;
    QByteArray m_savedRuntime;
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
    if (m_runtime) {
        qputenv("XDG_RUNTIME_DIR", m_savedRuntime);
        m_runtime.reset();
    }
}

void TestWorkbench::useOwnAgentSocket()
{
    // Short and private: the socket's path must fit in sun_path.
    m_savedRuntime = qgetenv("XDG_RUNTIME_DIR");
    m_runtime = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/al-XXXXXX"));
    QVERIFY(m_runtime->isValid());
    ::chmod(QFile::encodeName(m_runtime->path()).constData(), 0700);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime->path()));
}

void TestWorkbench::submitAsAgent(QProcess &submit, const QString &path)
{
    submit.start(Airlockctl, {QStringLiteral("submit"), path, QStringLiteral("--wait"), QStringLiteral("--json")});
    QVERIFY(submit.waitForStarted());
}

QString TestWorkbench::writeAgentRequest(const QString &name, const QString &code)
{
    const QJsonObject request{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
        {QStringLiteral("agent"), QStringLiteral("test-agent")},
        {QStringLiteral("prompt"), QStringLiteral("Count to three")}, {QStringLiteral("code"), code}};
    return writeFile(name, QJsonDocument(request).toJson());
}

RequestSession *TestWorkbench::waitForSessions(MainWindow &window, int count, bool fromAgent)
{
    RequestSession *found = nullptr;
    const bool arrived = QTest::qWaitFor(
        [&]() {
            const auto sessions = window.inboxModel()->sessions();
            if (sessions.size() < count)
                return false;
            found = nullptr;
            for (RequestSession *s : sessions) {
                if (s->state() == RequestSession::State::Loading)
                    return false;
                if (s->fromAgent() == fromAgent)
                    found = s;
            }
            return found != nullptr;
        },
        SandboxTimeout);
    return arrived ? found : nullptr;
}

void TestWorkbench::approve(MainWindow &window, RequestSession *session)
{
    window.selectSession(session);
    DecisionDialog *dialog = openDialog(window, true);
    QVERIFY2(dialog, qPrintable(window.bannerText()));
    dialog->setReviewer(QStringLiteral("Ada Analyst"));
    QVERIFY2(dialog->confirmButton()->isEnabled(), qPrintable(dialog->problem()));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
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
    const auto records = story(*window, session->request()->requestId());
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

void TestWorkbench::warmSandboxesFollowTheReview()
{
    Settings().setWarmSandboxes(1);
    const auto restore = qScopeGuard([]() { Settings().setWarmSandboxes(Settings::DefaultWarmSandboxes); });
    auto window = makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    RequestSession *first = openAndWait(*window, ChartRequest);
    QVERIFY(first);
    QCOMPARE(first->state(), RequestSession::State::Pending);
    QVERIFY(first->importedModules().contains(QStringLiteral("matplotlib")));
    QTRY_VERIFY_WITH_TIMEOUT(first->isWarmReady(), SandboxTimeout);
    // The analyst is told the run will start at once.
    QTRY_VERIFY(window->reviewPane()->stateText().contains(QLatin1String("sandbox is ready")));
    const qint64 firstPid = first->warmSandboxPid();
    QVERIFY(QFileInfo::exists(QStringLiteral("/proc/%1").arg(firstPid)));

    // Another shown: with room for one, the first one's sandbox ends.
    const QString printPath = writeFile(QStringLiteral("print.json"),
        R"json({"schema": "airlock.request/v1", "agent": "t", "code": "print('from a warm sandbox')"})json");
    RequestSession *second = openAndWait(*window, printPath);
    QVERIFY(second && second != first);
    QTRY_VERIFY_WITH_TIMEOUT(second->isWarmReady(), SandboxTimeout);
    QTRY_VERIFY(!first->isWarm());
    QTRY_VERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(firstPid)));

    // Rejected: its sandbox goes, with every process in it, and no run is recorded.
    const qint64 secondPid = second->warmSandboxPid();
    window->selectSession(second);
    DecisionDialog *dialog = openDialog(*window, false);
    QVERIFY(dialog);
    dialog->setReviewer(QStringLiteral("Rita Reviewer"));
    dialog->setReason(QStringLiteral("Not today, thank you"));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(second->state(), RequestSession::State::Rejected);
    QTRY_VERIFY(!second->isWarm());
    QTRY_VERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(secondPid)));
    for (const auto &r : story(*window, second->request()->requestId()))
        QVERIFY(r.kind != QLatin1String("run_started"));

    // Shown again, the first is warmed again; approved, it runs there, and
    // the trail says since when and what was imported ahead.
    window->selectSession(first);
    QTRY_VERIFY_WITH_TIMEOUT(first->isWarmReady(), SandboxTimeout);
    approve(*window, first);
    QTRY_COMPARE_WITH_TIMEOUT(first->state(), RequestSession::State::Done, SandboxTimeout);
    QVERIFY(!first->result()->artifacts.isEmpty());
    bool sawStart = false;
    for (const auto &r : story(*window, first->request()->requestId())) {
        if (r.kind != QLatin1String("run_started"))
            continue;
        sawStart = true;
        const QJsonObject warm = r.body.value(QStringLiteral("warm")).toObject();
        QVERIFY2(!warm.isEmpty(), QJsonDocument(r.body).toJson().constData());
        QVERIFY(warm.value(QStringLiteral("preloaded")).toArray().contains(QStringLiteral("matplotlib")));
        QVERIFY(warm.value(QStringLiteral("preloaded")).toArray().contains(QStringLiteral("pandas")));
    }
    QVERIFY(sawStart);

    // While runs may not start, nothing is started ahead.
    const QString againPath = writeFile(QStringLiteral("again.json"),
        R"json({"schema": "airlock.request/v1", "agent": "t", "code": "print(2)"})json");
    window->workbench()->setRunsReady(false);
    RequestSession *third = openAndWait(*window, againPath);
    QVERIFY(third);
    QCOMPARE(third->state(), RequestSession::State::Pending);
    QTest::qWait(200); // time to start one, were it allowed
    QVERIFY(!third->isWarm());

    // One that dies by itself is not started again (it would only die
    // again); the request still runs when approved, in a sandbox of its own.
    window->workbench()->setRunsReady(true);
    QTRY_VERIFY_WITH_TIMEOUT(third->isWarmReady(), SandboxTimeout);
    QCOMPARE(::kill(pid_t(third->warmSandboxPid()), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!third->isWarm(), SandboxTimeout);
    QTest::qWait(200); // time to start another, were it allowed
    QVERIFY(!third->isWarm());
    approve(*window, third);
    QTRY_COMPARE_WITH_TIMEOUT(third->state(), RequestSession::State::Done, SandboxTimeout);
    QCOMPARE(third->result()->stdoutData, QByteArray("2\n"));
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
    QVERIFY(byKey && byKey->isVisible());
    QCOMPARE(byKey->reason(), QStringLiteral("A reason long enough"));
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QTest::keyClick(byKey.data(), Qt::Key_Escape);
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
    const auto records = story(*window, session->request()->requestId());
    QCOMPARE(records.last().kind, QStringLiteral("decision"));
    QCOMPARE(records.last().body.value(QStringLiteral("outcome")).toString(), QStringLiteral("rejected"));
    QCOMPARE(records.last().body.value(QStringLiteral("reason")).toString(),
        QStringLiteral("The agent should aggregate by quarter"));
    for (const auto &r : records)
        QVERIFY(r.kind != QLatin1String("run_started"));
}

void TestWorkbench::aReferenceSeenBeforeIsShownInTheReview()
{
    auto window = makeWindow();
    RequestSession *first = openAndWait(*window, ChartRequest);
    QVERIFY(first);
    QCOMPARE(first->reject(QStringLiteral("Rita"), QStringLiteral("Not this quarter")), QString());
    QTRY_COMPARE(first->state(), RequestSession::State::Rejected);
    // The same file again: a request of its own, and the review says the
    // agent's reference was seen, naming the earlier request.
    RequestSession *again = openAndWait(*window, ChartRequest);
    QVERIFY(again && again != first);
    QCOMPARE(again->state(), RequestSession::State::Pending);
    QCOMPARE(window->currentSession(), again);
    ReviewPane *review = window->reviewPane();
    QString message;
    for (int row = 0; row < review->verdictModel()->rowCount(); ++row) {
        if (review->verdictModel()->index(row, VerdictModel::RuleColumn).data().toString()
            == QLatin1String("request.reference-seen"))
            message = review->verdictModel()->index(row, VerdictModel::MessageColumn).data().toString();
    }
    QVERIFY2(message.contains(first->request()->requestId()), qPrintable(message));
    auto *title = review->findChild<QLabel *>(QStringLiteral("reviewTitle"));
    QVERIFY(title);
    QVERIFY2(title->text().contains(again->request()->requestId())
            && title->text().contains(QLatin1String("the agent's reference: example-chart-0001")),
        qPrintable(title->text()));
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
    const auto records = story(*window, session->request()->requestId());
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

    // What arrived is shown, with the place it goes wrong marked.
    const QString broken = writeFile(QStringLiteral("not-json.json"), "{\n  \"schema\": \"airlock.request/v1\",\n  \"code\": 'x'\n}\n");
    RequestSession *notJson = openAndWait(*window, broken);
    QVERIFY(notJson);
    QCOMPARE(notJson->state(), RequestSession::State::Malformed);
    QCOMPARE(notJson->malformedOffset(), 46); // the quote
    CodeView *code = window->reviewPane()->codeView();
    QVERIFY2(code->toPlainText().contains(QLatin1String("\"code\": 'x'")), qPrintable(code->toPlainText()));
    const Verdict at = ReviewPane::malformedAt(*notJson);
    QCOMPARE(at.line, 3);
    QCOMPARE(at.column, 11);
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
    // The file's request_id is the agent's reference; the id is Airlock's own.
    QCOMPARE(session->request()->agentReference(), QStringLiteral("from-the-inbox"));
    QVERIFY(!QUuid::fromString(session->request()->requestId()).isNull());
    // Whoever drops a file there is not the analyst: held to the policy's
    // file roots like any agent, and the default names none, so the
    // request reads no file.
    QVERIFY(session->fromInbox());
    QCOMPARE(session->originJson().value(QStringLiteral("channel")).toString(), QStringLiteral("inbox"));
    const QList<Verdict> verdicts = session->verdicts();
    QVERIFY(std::any_of(verdicts.cbegin(), verdicts.cend(), [](const Verdict &v) {
        return v.rule == QLatin1String("file.root") && v.severity == Verdict::Severity::Block;
    }));
    QVERIFY(session->blocked());
    QVERIFY(session->preparedRun()->inputs().isEmpty());
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
    // It says which request, and that nothing has run.
    QVERIFY2(inspector.subjectText().contains(session->request()->requestId()), qPrintable(inspector.subjectText()));
    QVERIFY(inspector.subjectText().contains(QLatin1String("planned")));
    const QString plain = inspector.plainText();
    for (const char *part : {"/workspace/output", "Read-only", "The environment the code sees", "seccomp",
             "Network: a namespace of its own"})
        QVERIFY2(plain.contains(QLatin1String(part)), part);
    QVERIFY(inspector.rawText().contains(QLatin1String("--unshare-net")));
    QVERIFY(!inspector.rawText().contains(QLatin1String(Scenario::DemoSecretValue)));
    // What bounds the run's total memory, as a number, cgroup or not.
    const bool capped = LimitEnforcement::detect().cgroup != LimitEnforcement::CgroupKind::None;
    const QString bound = LimitEnforcement::memoryBound(session->preparedRun()->limits(), capped);
    QVERIFY2(plain.contains(bound), qPrintable(plain));
}

void TestWorkbench::scenarioSaysWhetherItBehavedAsExpected()
{
    auto window = makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    // The benign scenario's note does not speak of stopping anything.
    ScenarioPicker picker(window.get());
    picker.select(QStringLiteral("chart-from-csv"));
    const QString note = picker.findChild<QTextBrowser *>(QStringLiteral("scenarioNote"))->toPlainText();
    QVERIFY2(!note.contains(QLatin1String("only the sandbox stops it")), qPrintable(note));
    QVERIFY2(note.contains(QLatin1String("Expected outcome: Succeeded")), qPrintable(note));

    // A loop stopped by its timeout "failed", as it should: the trainer sees a tick.
    const auto runScenario = [&](const QString &id, bool stopEarly) -> RequestSession * {
        RequestSession *session = window->openScenario(id);
        if (!session
            || !QTest::qWaitFor([&]() { return session->state() != RequestSession::State::Loading; }, SandboxTimeout))
            return nullptr;
        window->selectSession(session);
        DecisionDialog *dialog = openDialog(*window, true);
        if (!dialog)
            return nullptr;
        dialog->setReviewer(QStringLiteral("Trainer"));
        if (session->blocked())
            dialog->setReason(QStringLiteral("Training demonstration of the sandbox"));
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        if (stopEarly) {
            if (!QTest::qWaitFor([&]() { return !session->liveOutput(QProcess::StandardOutput).isEmpty(); },
                    SandboxTimeout))
                return nullptr;
            session->stop();
        }
        (void)QTest::qWaitFor([&]() { return session->isSettled(); }, SandboxTimeout);
        return session;
    };
    RequestSession *loop = runScenario(QStringLiteral("infinite-loop"), false);
    QVERIFY(loop);
    QCOMPARE(loop->state(), RequestSession::State::Failed);
    QVERIFY(loop->scenarioMismatches() && loop->scenarioMismatches()->isEmpty());
    window->selectSession(loop);
    const QString check = window->runPane()->expectationText();
    QVERIFY2(check.startsWith(QStringLiteral("✓ As expected: Timed out")), qPrintable(check));
    QVERIFY2(check.contains(QLatin1String("stopped by the timeout watchdog")), qPrintable(check));
    QVERIFY2(loop->statusText().endsWith(QStringLiteral(" ✓")), qPrintable(loop->statusText()));
    // Its inspector now shows the sandbox the run got, and says so.
    SandboxInspector recorded(loop, window.get());
    QVERIFY(recorded.showsRecordedRun());
    QVERIFY2(recorded.subjectText().contains(QLatin1String("as recorded when the run started")),
        qPrintable(recorded.subjectText()));

    // Stopped by hand before its timeout: not what the lesson shows, and it says so.
    RequestSession *stopped = runScenario(QStringLiteral("infinite-loop"), true);
    QVERIFY(stopped);
    QVERIFY(stopped->scenarioMismatches() && !stopped->scenarioMismatches()->isEmpty());
    window->selectSession(stopped);
    const QString unexpected = window->runPane()->expectationText();
    QVERIFY2(unexpected.startsWith(QStringLiteral("✗ Not as expected: it should have ended Timed out")),
        qPrintable(unexpected));
    QVERIFY2(stopped->statusText().contains(QStringLiteral("✗ unexpected")), qPrintable(stopped->statusText()));
}

void TestWorkbench::nothingOnScreenIsCut()
{
    auto window = makeWindow();
    window->resize(1280, 800);
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    // All is well: the readiness panel folds away; the status bar says so.
    QVERIFY(!window->findChild<QDockWidget *>(QStringLiteral("sandboxReadinessDock"))->isVisible());
    QVERIFY(!window->sandboxStatusText().isEmpty());

    RequestSession *session = openAndWait(*window, ChartRequest);
    QVERIFY(session);
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QTest::qWait(0);
    // Showing the files does not squeeze the code.
    ReviewPane *review = window->reviewPane();
    auto *tabs = review->findChild<QTabWidget *>(QStringLiteral("reviewTabs"));
    const int codeHeight = review->codeView()->height();
    tabs->setCurrentIndex(1);
    QCoreApplication::processEvents();
    QCOMPARE(review->codeView()->height(), codeHeight);
    // The input's preview shows rows enough to judge it (it showed two).
    auto *preview = review->findChild<QTableView *>(QStringLiteral("previewTable"));
    QVERIFY(preview && preview->isVisible() && preview->model()->rowCount() >= 5);
    QVERIFY2(preview->viewport()->height() >= 4 * preview->rowHeight(0),
        qPrintable(QStringLiteral("%1 px for rows of %2").arg(preview->viewport()->height()).arg(preview->rowHeight(0))));
    tabs->setCurrentIndex(0);
    // An empty verdict table says why; a full one has no placeholder over it.
    auto *noVerdicts = review->findChild<QLabel *>(QStringLiteral("noVerdictsLabel"));
    QVERIFY(noVerdicts);
    auto *verdictView = review->findChild<QTreeView *>(QStringLiteral("verdictView"));
    QCOMPARE(noVerdicts->isVisible(), verdictView->model()->rowCount() == 0);
    if (noVerdicts->isVisible())
        QVERIFY(noVerdicts->text().startsWith(QLatin1String("No findings")));

    // The inbox's and History's columns show their words and dates whole.
    const auto uncut = [](QTreeView *view, int column) {
        QHeaderView *header = view->header();
        const QString shown = view->model()->index(0, column).data().toString();
        const int needed = qMax(header->sectionSizeHint(column),
            view->fontMetrics().horizontalAdvance(shown) + 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin));
        return header->sectionSize(column) >= needed;
    };
    for (const int column : {InboxModel::AgentColumn, InboxModel::ArrivedColumn, InboxModel::StateColumn})
        QVERIFY2(uncut(window->inboxView(), column), qPrintable(QString::number(column)));
    window->auditWriter()->flush();
    window->mainTabs()->setCurrentWidget(window->historyView());
    window->historyView()->refresh();
    QTRY_VERIFY(window->historyView()->model()->rowCount() > 0);
    QCoreApplication::processEvents();
    QVERIFY2(uncut(window->historyView()->listView(), HistoryModel::AtColumn),
        qPrintable(window->historyView()->model()->index(0, HistoryModel::AtColumn).data().toString()));
}

QString TestWorkbench::historyStatus(MainWindow &window, const QString &requestId)
{
    HistoryModel *model = window.historyView()->model();
    QString status;
    // Empty when it never shows: the caller's comparison then fails.
    (void)QTest::qWaitFor(
        [&]() {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(HistoryModel::RequestIdRole).toString() == requestId) {
                    status = model->index(row, HistoryModel::StatusColumn).data().toString();
                    return !status.isEmpty();
                }
            }
            return false;
        },
        20000);
    return status;
}

void TestWorkbench::aRunReadsTheSameEverywhere()
{
    auto window = makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    window->mainTabs()->setCurrentWidget(window->historyView());
    const QString sleep = QStringLiteral("import time\nprint('sleeping', flush=True)\ntime.sleep(300)\n");
    auto stateText = [&](RequestSession *session) {
        return window->inboxModel()
            ->index(window->inboxModel()->rowOf(session), InboxModel::StateColumn)
            .data()
            .toString();
    };

    // The analyst stops a run: one phrase in the inbox, the run pane and the history.
    const QJsonObject request{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
        {QStringLiteral("request_id"), QStringLiteral("stopped-run")},
        {QStringLiteral("agent"), QStringLiteral("test")}, {QStringLiteral("prompt"), QStringLiteral("Wait")},
        {QStringLiteral("code"), sleep}, {QStringLiteral("limits"), QJsonObject{{QStringLiteral("timeout_s"), 120}}}};
    RequestSession *stopped
        = openAndWait(*window, writeFile(QStringLiteral("stopped.json"), QJsonDocument(request).toJson()));
    QVERIFY(stopped);
    QCOMPARE(stopped->approve(QStringLiteral("Ada"), {}), QString());
    QTRY_VERIFY_WITH_TIMEOUT(stopped->liveOutput(QProcess::StandardOutput).contains("sleeping"), SandboxTimeout);
    window->runPane()->findChild<QPushButton *>(QStringLiteral("stopButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(stopped->state(), RequestSession::State::Failed, 30000);
    const QString stopWords = QStringLiteral("Stopped by the analyst");
    QCOMPARE(stateText(stopped), stopWords);
    QVERIFY2(window->runPane()->statusText().startsWith(stopWords), qPrintable(window->runPane()->statusText()));
    QCOMPARE(historyStatus(*window, stopped->request()->requestId()), stopWords);

    // An agent takes its running request back: that is what all three say.
    AgentClient client;
    QSignalSpy connected(&client, &AgentClient::connected);
    QSignalSpy replied(&client, &AgentClient::replied);
    client.connectToWorkbench();
    QTRY_COMPARE(connected.size(), 1);
    client.call(QStringLiteral("submit"),
        {{QStringLiteral("request"),
            QJsonObject{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
                {QStringLiteral("request_id"), QStringLiteral("withdrawn-run")},
                {QStringLiteral("prompt"), QStringLiteral("Wait a while")}, {QStringLiteral("code"), sleep}}}});
    QTRY_COMPARE(replied.size(), 1);
    const QString ticket = replied.at(0).at(1).toJsonObject().value(QStringLiteral("ticket")).toString();
    QTRY_COMPARE(window->inboxModel()->rowCount(), 2);
    RequestSession *withdrawn = window->inboxModel()->session(1);
    QTRY_COMPARE_WITH_TIMEOUT(withdrawn->state(), RequestSession::State::Pending, SandboxTimeout);
    window->selectSession(withdrawn);
    QCOMPARE(withdrawn->approve(QStringLiteral("Ada"), {}), QString());
    QTRY_VERIFY_WITH_TIMEOUT(withdrawn->liveOutput(QProcess::StandardOutput).contains("sleeping"), SandboxTimeout);
    client.call(QStringLiteral("withdraw"),
        {{QStringLiteral("ticket"), ticket}, {QStringLiteral("reason"), QStringLiteral("no longer needed")}});
    QTRY_COMPARE_WITH_TIMEOUT(withdrawn->state(), RequestSession::State::Withdrawn, 30000);
    QTRY_VERIFY(withdrawn->result());
    const QString withdrawWords = QStringLiteral("Withdrawn by the agent");
    QCOMPARE(stateText(withdrawn), withdrawWords);
    const QString pane = window->runPane()->statusText();
    QVERIFY2(pane.startsWith(withdrawWords), qPrintable(pane));
    QVERIFY2(!pane.contains(stopWords) && !window->runPane()->summaryText().contains(stopWords), qPrintable(pane));
    QCOMPARE(historyStatus(*window, withdrawn->request()->requestId()), withdrawWords);
}

void TestWorkbench::anUnrecordedRunIsMarkedAndNotSaved()
{
    auto window = makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    RequestSession *session = openAndWait(*window, ChartRequest);
    QVERIFY(session);
    QCOMPARE(session->state(), RequestSession::State::Pending);
    // The trail refuses the run's files and end from here on, as a full disk does.
    window->auditWriter()->flush();
    const QString trail = m_dir->filePath(QStringLiteral("trail.sqlite"));
    QCOMPARE(TestSupport::sql(trail,
                 QStringLiteral("CREATE TRIGGER refuse_the_end BEFORE INSERT ON records WHEN NEW.kind IN "
                                "('artifact', 'run_finished') BEGIN SELECT RAISE(ABORT, 'database or disk is full'); "
                                "END;")),
        QString());
    QCOMPARE(session->approve(QStringLiteral("Ada"), {}), QString());
    QTRY_VERIFY_WITH_TIMEOUT(session->result().has_value(), SandboxTimeout);
    QCOMPARE(session->state(), RequestSession::State::Failed);

    // Shown as not recorded, with why, in the inbox and the run pane.
    QCOMPARE(
        window->inboxModel()->index(0, InboxModel::StateColumn).data().toString(), QStringLiteral("End not recorded"));
    RunPane *run = window->runPane();
    QVERIFY2(run->statusText().startsWith(QLatin1String("End not recorded"))
            && run->statusText().contains(QLatin1String("database or disk is full")),
        qPrintable(run->statusText()));
    // Its files stay viewable for the analyst's judgement, marked, and cannot be saved.
    ArtifactView *artifacts = run->artifactView();
    QVERIFY(artifacts->model()->rowCount() > 0);
    QVERIFY(!artifacts->isRecorded());
    QVERIFY(artifacts->findChild<QLabel *>(QStringLiteral("unrecordedNote"))->isVisibleTo(artifacts));
    QVERIFY(!artifacts->findChild<QAction *>(QStringLiteral("saveAsAction"))->isEnabled());
    const QString target = m_dir->filePath(QStringLiteral("saved.png"));
    QVERIFY(!artifacts->saveArtifact(0, target).isEmpty());
    QVERIFY(!QFile::exists(target));
    QCOMPARE(TestSupport::sql(trail, QStringLiteral("DROP TRIGGER refuse_the_end;")), QString());
}

void TestWorkbench::undecidedRequestsComeBackAfterARestart()
{
    useOwnAgentSocket();
    QString fileId;
    QString agentId;
    QList<Verdict> fileVerdicts;
    QString stagedSha;
    QProcess submit;
    {
        auto window = makeWindow();
        QTRY_VERIFY_WITH_TIMEOUT(window->agentServer()->isListening(), 10000);
        RequestSession *file = openAndWait(*window, ChartRequest);
        QVERIFY(file);
        QCOMPARE(file->state(), RequestSession::State::Pending);
        fileId = file->request()->requestId();
        fileVerdicts = file->verdicts();
        stagedSha = file->preparedRun()->inputs().constFirst().sha256;
        submitAsAgent(submit, writeAgentRequest(QStringLiteral("agent.json"), QStringLiteral("print(1, 2, 3)\n")));
        RequestSession *agent = waitForSessions(*window, 2, true);
        QVERIFY(agent);
        QCOMPARE(agent->state(), RequestSession::State::Pending);
        agentId = agent->request()->requestId();
        // Nobody decides; the window goes as it would on a restart.
    }
    QVERIFY(finished(submit, 30000));

    auto window = makeWindow();
    QAbstractItemModelTester inboxTester(window->inboxModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    RequestSession *file = waitForSessions(*window, 2, false);
    RequestSession *agent = waitForSessions(*window, 2, true);
    QVERIFY(file && agent);
    QCOMPARE(window->inboxModel()->rowCount(), 2);

    // The file's request: as it was, under the same id, its private copy still there.
    QVERIFY(file->isRestored());
    QCOMPARE(file->state(), RequestSession::State::Pending);
    QCOMPARE(file->request()->requestId(), fileId);
    QCOMPARE(file->sourcePath(), ChartRequest);
    QVERIFY(file->request()->code().contains(QLatin1String("savefig")));
    QCOMPARE(file->request()->prompt(), QStringLiteral("Plot monthly revenue from sales.csv"));
    QCOMPARE(file->verdicts(), fileVerdicts);
    QVERIFY2(file->restoreProblem().isEmpty(), qPrintable(file->restoreProblem()));
    QCOMPARE(file->preparedRun()->inputs().size(), 1);
    QCOMPARE(file->preparedRun()->inputs().constFirst().sha256, stagedSha);
    QVERIFY(QFileInfo::exists(file->preparedRun()->inputs().constFirst().stagedPath));
    QVERIFY(!file->agentGone());
    QVERIFY(!file->isSettled()); // undecided: it leaves the inbox only by a decision

    // The agent's: back too, and marked as one whose answer cannot be delivered.
    QVERIFY(agent->isRestored());
    QCOMPARE(agent->state(), RequestSession::State::Pending);
    QCOMPARE(agent->request()->requestId(), agentId);
    QVERIFY(agent->agentGone());
    QCOMPARE(agent->origin().channel, QStringLiteral("socket"));
    const int agentRow = window->inboxModel()->rowOf(agent);
    QVERIFY(window->inboxModel()
                ->index(agentRow, InboxModel::AgentColumn)
                .data()
                .toString()
                .contains(QLatin1String("no longer connected")));
    QVERIFY(window->inboxModel()
                ->index(agentRow, InboxModel::StateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("the result cannot be delivered")));
    window->selectSession(agent);
    QVERIFY2(window->reviewPane()->stateText().contains(QLatin1String("no longer connected")),
        qPrintable(window->reviewPane()->stateText()));
    window->selectSession(file);
    QVERIFY2(window->reviewPane()->stateText().contains(QLatin1String("Runnable")),
        qPrintable(window->reviewPane()->stateText()));

    // Approving the file's request runs it, recorded against the same request.
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    approve(*window, file);
    QTRY_COMPARE_WITH_TIMEOUT(file->state(), RequestSession::State::Done, SandboxTimeout);
    QVERIFY(window->runPane()->outputText(QProcess::StandardOutput).contains(QLatin1String("sales in")));
    auto records = story(*window, fileId);
    QStringList kinds;
    for (const auto &r : records)
        kinds << r.kind;
    QCOMPARE(kinds.count(QStringLiteral("request")), 1);
    QCOMPARE(kinds.mid(0, 4),
        (QStringList{QStringLiteral("request"), QStringLiteral("verdicts"), QStringLiteral("decision"),
            QStringLiteral("run_started")}));
    QCOMPARE(kinds.last(), QStringLiteral("run_finished"));
    QCOMPARE(records.at(2).body.value(QStringLiteral("code_sha256")).toString(), file->request()->codeSha256());
    QCOMPARE(
        records.at(2).body.value(QStringLiteral("inputs")).toArray().first().toObject().value(QStringLiteral("sha256")),
        QJsonValue(stagedSha));

    // The agent's can be decided and run; its results stay in the trail, released to no one.
    approve(*window, agent);
    QTRY_COMPARE_WITH_TIMEOUT(agent->state(), RequestSession::State::Done, SandboxTimeout);
    QCOMPARE(agent->releaseState(), RequestSession::Release::NotNeeded);
    QVERIFY(AgentResult::releasedContents(*agent).isEmpty());
    QVERIFY(agent->isSettled());
    records = story(*window, agentId);
    kinds.clear();
    for (const auto &r : records)
        kinds << r.kind;
    QCOMPARE(kinds.count(QStringLiteral("request")), 1);
    QVERIFY2(kinds.contains(QStringLiteral("run_finished")), qPrintable(kinds.join(u',')));
    QVERIFY2(!kinds.contains(QStringLiteral("release")), qPrintable(kinds.join(u',')));

    // Decided, so not back the next time.
    window.reset();
    window = makeWindow();
    QTRY_VERIFY(!window->isRestoringInbox());
    QCOMPARE(window->inboxModel()->rowCount(), 0);
    QVERIFY(!QFileInfo::exists(RunDirectory::keptPath(trailPath(), fileId)));
}

void TestWorkbench::undecidedRequestsSurviveACrash()
{
    useOwnAgentSocket();
    // The real program, with a home of its own: its settings name this test's trail.
    const QString config = m_dir->filePath(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(config + QStringLiteral("/Airlock")));
    QFile conf(config + QStringLiteral("/Airlock/airlock.conf"));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral("[audit]\ntrailPath=%1\n[inbox]\nfolder=%2\n")
                   .arg(trailPath(), m_dir->filePath(QStringLiteral("inbox")))
                   .toUtf8());
    conf.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("AIRLOCK_LANGUAGE"), QStringLiteral("en"));
    if (::geteuid() != 0) {
        // Unprivileged, the private copies live in the cache: make the
        // program's the same folder as this test's.
        const QString ours = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        const QString cache = m_dir->filePath(QStringLiteral("cache"));
        QVERIFY(QDir().mkpath(ours) && QDir().mkpath(cache + QStringLiteral("/Airlock")));
        QVERIFY(QFile::link(ours, cache + QStringLiteral("/Airlock/airlock")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
    }
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("inbox"))));
    QProcess airlock;
    airlock.setProcessEnvironment(env);
    airlock.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    airlock.start(AirlockGui, {ChartRequest});
    QVERIFY2(airlock.waitForStarted(), qPrintable(airlock.errorString()));
    const QString socket = m_runtime->filePath(QStringLiteral("airlock/workbench.socket"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 30000);
    QProcess submit;
    submitAsAgent(submit, writeAgentRequest(QStringLiteral("agent.json"), QStringLiteral("print('still here')\n")));
    // Both recorded, neither decided: then the program dies without a word.
    auto undecided = [&]() {
        QString error;
        const auto trail = AuditTrail::open(trailPath(), AuditTrail::Mode::ReadOnlyLive, &error);
        return trail ? trail->undecidedRequests() : QList<AuditTrail::Undecided>();
    };
    QTRY_COMPARE_WITH_TIMEOUT(undecided().size(), 2, SandboxTimeout);
    ::kill(pid_t(airlock.processId()), SIGKILL);
    QVERIFY(airlock.waitForFinished(30000));
    QCOMPARE(airlock.exitStatus(), QProcess::CrashExit);
    QVERIFY(submit.waitForFinished(30000));
    QString fileId;
    for (const auto &u : undecided()) {
        if (!u.request.contains(QStringLiteral("origin")))
            fileId = u.requestId;
    }
    QVERIFY(!fileId.isEmpty());

    auto window = makeWindow();
    RequestSession *file = waitForSessions(*window, 2, false);
    RequestSession *agent = waitForSessions(*window, 2, true);
    QVERIFY(file && agent);
    QCOMPARE(file->request()->requestId(), fileId);
    QCOMPARE(file->state(), RequestSession::State::Pending);
    // The copy the dead program staged and the analyst could have reviewed.
    QVERIFY2(file->restoreProblem().isEmpty(), qPrintable(file->restoreProblem()));
    QVERIFY(QFileInfo::exists(file->preparedRun()->inputs().constFirst().stagedPath));
    QVERIFY(agent->agentGone());
    QCOMPARE(agent->request()->code(), QStringLiteral("print('still here')\n"));

    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    approve(*window, file);
    QTRY_COMPARE_WITH_TIMEOUT(file->state(), RequestSession::State::Done, SandboxTimeout);
    QStringList kinds;
    for (const auto &r : story(*window, fileId))
        kinds << r.kind;
    QCOMPARE(kinds.count(QStringLiteral("request")), 1);
    QVERIFY2(kinds.contains(QStringLiteral("decision")) && kinds.last() == QLatin1String("run_finished"),
        qPrintable(kinds.join(u',')));
    QString error;
    const auto trail = AuditTrail::open(trailPath(), AuditTrail::Mode::ReadOnlyLive, &error);
    QVERIFY2(trail, qPrintable(error));
    QVERIFY(trail->verify().intact);
}

void TestWorkbench::missingStagedCopyCanOnlyBeRejected()
{
    // The chart request without an id of its own: opened again, it is another request.
    QFile source(ChartRequest);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(source.readAll()).object();
    document.remove(QStringLiteral("request_id"));
    QVERIFY(QFile::copy(SourceDir + QStringLiteral("/resources/examples/chart/sales.csv"),
        m_dir->filePath(QStringLiteral("sales.csv"))));
    const QString path = writeFile(QStringLiteral("chart.json"), QJsonDocument(document).toJson());
    QString id;
    QString staged;
    {
        auto window = makeWindow();
        RequestSession *session = openAndWait(*window, path);
        QVERIFY(session);
        QCOMPARE(session->state(), RequestSession::State::Pending);
        id = session->request()->requestId();
        staged = session->preparedRun()->inputs().constFirst().stagedPath;
    }
    // Kept across the restart, then lost (a cleaned cache, a reboot).
    QVERIFY(QFileInfo::exists(staged));
    QVERIFY(QFile::remove(staged));

    auto window = makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    RequestSession *session = waitForSessions(*window, 1, false);
    QVERIFY(session);
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QCOMPARE(session->request()->requestId(), id);
    QVERIFY2(session->restoreProblem().startsWith(QLatin1String("Inputs no longer available")),
        qPrintable(session->restoreProblem()));
    QVERIFY(session->restoreProblem().contains(QLatin1String("re-open the request file")));
    window->selectSession(session);
    QVERIFY2(window->reviewPane()->stateText().contains(QLatin1String("Inputs no longer available")),
        qPrintable(window->reviewPane()->stateText()));
    auto *approveButton = window->reviewPane()->findChild<QPushButton *>(QStringLiteral("approveButton"));
    auto *rejectButton = window->reviewPane()->findChild<QPushButton *>(QStringLiteral("rejectButton"));
    QVERIFY(!approveButton->isEnabled());
    QVERIFY(rejectButton->isEnabled());
    QVERIFY(!openDialog(*window, true)); // no dialog, nothing decided
    QVERIFY(window->bannerText().contains(QLatin1String("Inputs no longer available")));
    QVERIFY(!session->approve(QStringLiteral("Ada"), {}).isEmpty());
    QCOMPARE(session->state(), RequestSession::State::Pending);

    // Opening the file again stages it afresh: a request of its own that can be approved.
    window->openRequests({path});
    QCOMPARE(window->inboxModel()->rowCount(), 2);
    RequestSession *fresh = window->currentSession();
    QVERIFY(fresh && fresh != session);
    QTRY_VERIFY_WITH_TIMEOUT(fresh->state() != RequestSession::State::Loading, SandboxTimeout);
    QCOMPARE(fresh->state(), RequestSession::State::Pending);
    QVERIFY(fresh->restoreProblem().isEmpty());
    QVERIFY(approveButton->isEnabled());

    // The old one can still be rejected, recorded as usual.
    window->selectSession(session);
    QVERIFY(!approveButton->isEnabled());
    DecisionDialog *dialog = openDialog(*window, false);
    QVERIFY(dialog);
    dialog->setReviewer(QStringLiteral("Rita Reviewer"));
    dialog->setReason(QStringLiteral("Its data is gone; send it again"));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(session->state(), RequestSession::State::Rejected);
    const auto records = story(*window, id);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.last().kind, QStringLiteral("decision"));
    QCOMPARE(records.last().body.value(QStringLiteral("outcome")).toString(), QStringLiteral("rejected"));
}

void TestWorkbench::runCutShortByACrashShowsAsEnded()
{
    {
        // What a workbench that died during a run leaves: the run started, never ended.
        QString error;
        auto trail = AuditTrail::open(trailPath(), AuditTrail::Mode::ReadWrite, &error);
        QVERIFY2(trail, qPrintable(error));
        QProcess dead;
        dead.start(QStringLiteral("true"));
        QVERIFY(dead.waitForFinished());
        const QString id = QStringLiteral("cut-short");
        QVERIFY(trail->append(QStringLiteral("request"), id, {},
            {{QStringLiteral("agent"), QStringLiteral("a")}, {QStringLiteral("prompt"), QStringLiteral("p")},
                {QStringLiteral("code"), QStringLiteral("print(1)\n")}},
            &error));
        QVERIFY(trail->append(QStringLiteral("verdicts"), id, {}, {}, &error));
        QVERIFY(trail->append(QStringLiteral("decision"), id, {},
            {{QStringLiteral("outcome"), QStringLiteral("approved")},
                {QStringLiteral("reviewer"), QStringLiteral("Ada")}},
            &error));
        QVERIFY(trail->append(QStringLiteral("run_started"), id, QStringLiteral("run-1"),
            {{QStringLiteral("pid"), dead.processId()}}, &error));
    }
    auto window = makeWindow(false);
    QSignalSpy restored(window.get(), &MainWindow::inboxRestored);
    QVERIFY(restored.wait(30000));
    // Not waiting for anyone: it ended, interrupted.
    QCOMPARE(window->inboxModel()->rowCount(), 0);
    const auto records = story(*window, QStringLiteral("cut-short"));
    QCOMPARE(records.last().kind, QStringLiteral("interrupted"));
    window->mainTabs()->setCurrentWidget(window->historyView());
    QTRY_COMPARE(window->historyView()->model()->matchCount(), 1);
    QTRY_COMPARE(window->historyView()->model()->summary(0).status, QStringLiteral("interrupted"));
    QCOMPARE(window->historyView()->model()->summary(0).outcome, QStringLiteral("approved"));
}

void TestWorkbench::quitAsksWhileAnAgentWaits()
{
    useOwnAgentSocket();
    auto window = makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->agentServer()->isListening(), 10000);
    RequestSession *file = openAndWait(*window, ChartRequest);
    QVERIFY(file);
    QProcess submit;
    submitAsAgent(submit, writeAgentRequest(QStringLiteral("agent.json"), QStringLiteral("print(1)\n")));
    RequestSession *agent = waitForSessions(*window, 2, true);
    QVERIFY(agent);
    QCOMPARE(agent->state(), RequestSession::State::Pending);

    // Ctrl+Q asks first; the default button keeps the workbench open.
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QPointer<QMessageBox> box = window->findChild<QMessageBox *>(QStringLiteral("quitConfirmation"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QCOMPARE(box->escapeButton(), box->button(QMessageBox::Cancel));
    const QString details = box->informativeText();
    QVERIFY2(details.contains(QLatin1String("Agents are waiting for an answer to 1 request")), qPrintable(details));
    // The file's request and the agent's, both undecided, come back next time.
    QVERIFY2(details.contains(QLatin1String("At the next start, the inbox shows the 2 undecided request")),
        qPrintable(details));
    QTest::keyClick(box.data(), Qt::Key_Return);
    QTRY_VERIFY(!box);
    QVERIFY(window->isVisible());
    QCOMPARE(submit.state(), QProcess::Running);

    // Closing the window asks the same; Cancel keeps it open.
    QVERIFY(!window->close());
    box = window->findChild<QMessageBox *>(QStringLiteral("quitConfirmation"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!box);
    QVERIFY(window->isVisible());
    QCOMPARE(window->inboxModel()->rowCount(), 2);

    // Quit means quit: the agent is told, the window goes.
    QVERIFY(!window->close());
    box = window->findChild<QMessageBox *>(QStringLiteral("quitConfirmation"));
    QVERIFY(box);
    auto *quit = box->findChild<QPushButton *>(QStringLiteral("quitButton"));
    QVERIFY(quit);
    QTest::mouseClick(quit, Qt::LeftButton);
    QTRY_VERIFY(!window->isVisible());
    QVERIFY(finished(submit, 30000));
    QVERIFY(submit.exitCode() != 0);
    QVERIFY2(submit.readAllStandardError().contains("closed"), "the agent was not told");
}

void TestWorkbench::quitAsksBeforeStoppingARun()
{
    auto window = makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    const QJsonObject request{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
        {QStringLiteral("agent"), QStringLiteral("test")}, {QStringLiteral("prompt"), QStringLiteral("Wait")},
        {QStringLiteral("code"), QStringLiteral("import time\nprint('sleeping', flush=True)\ntime.sleep(300)\n")},
        {QStringLiteral("limits"), QJsonObject{{QStringLiteral("timeout_s"), 120}}}};
    RequestSession *session
        = openAndWait(*window, writeFile(QStringLiteral("sleeper.json"), QJsonDocument(request).toJson()));
    QVERIFY(session);
    approve(*window, session);
    QTRY_VERIFY_WITH_TIMEOUT(
        window->runPane()->outputText(QProcess::StandardOutput).contains(QLatin1String("sleeping")), SandboxTimeout);

    QVERIFY(!window->close());
    QPointer<QMessageBox> box = window->findChild<QMessageBox *>(QStringLiteral("quitConfirmation"));
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QLatin1String("1 run"))
            && box->informativeText().contains(QLatin1String("in progress will be stopped")),
        qPrintable(box->informativeText()));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!box);
    QCOMPARE(session->state(), RequestSession::State::Running);

    QVERIFY(!window->close());
    box = window->findChild<QMessageBox *>(QStringLiteral("quitConfirmation"));
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("quitButton")), Qt::LeftButton);
    // The stop is recorded before the window goes.
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 30000);
    QCOMPARE(session->state(), RequestSession::State::Failed);
    QCOMPARE(session->result()->endReason, RunResult::EndReason::Stopped);
}

void TestWorkbench::quitWithNothingPendingDoesNotAsk()
{
    {
        auto window = makeWindow(false);
        QVERIFY(window->close());
        QVERIFY(!window->findChild<QMessageBox *>());
    }
    // An undecided request from a file is no reason to ask: it comes back.
    QString id;
    {
        auto window = makeWindow(false);
        RequestSession *session = openAndWait(*window, ChartRequest);
        QVERIFY(session);
        QCOMPARE(session->state(), RequestSession::State::Pending);
        id = session->request()->requestId();
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QVERIFY(!window->isVisible());
        QVERIFY(!window->findChild<QMessageBox *>());
    }
    auto window = makeWindow(false);
    RequestSession *back = waitForSessions(*window, 1, false);
    QVERIFY(back);
    QCOMPARE(back->request()->requestId(), id);
    QCOMPARE(back->state(), RequestSession::State::Pending);
}

void TestWorkbench::bothFrontEndsRecordTheSameStory_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("decision"); // approve, override or reject
    QTest::addRow("approved and run") << QByteArray(R"j({"schema":"airlock.request/v1","agent":"a","prompt":"p",
        "code":"import os\nprint('hello')\nopen('output/result.txt','w').write('42')\n"})j")
                                      << QStringLiteral("approve");
    QTest::addRow("overridden") << QByteArray(R"j({"schema":"airlock.request/v1","agent":"a","prompt":"p",
        "code":"import subprocess\nprint('ran')\n"})j")
                                << QStringLiteral("override");
    QTest::addRow("rejected") << QByteArray(R"j({"schema":"airlock.request/v1","agent":"a","prompt":"p",
        "code":"import subprocess\nprint('ran')\n"})j")
                              << QStringLiteral("reject");
    QTest::addRow("malformed") << QByteArray(R"j({"schema":"airlock.request/v1","code":)j") << QString();
}

void TestWorkbench::bothFrontEndsRecordTheSameStory()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, decision);
    const QString justification = QStringLiteral("Needed for the quarterly reconciliation");
    const QString request = writeFile(QStringLiteral("request.json"), document);

    // Through the workbench, as the analyst does it.
    {
        auto window = makeWindow();
        QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
        RequestSession *session = openAndWait(*window, request);
        QVERIFY(session);
        if (!decision.isEmpty()) {
            QCOMPARE(session->state(), RequestSession::State::Pending);
            DecisionDialog *dialog = openDialog(*window, decision != QLatin1String("reject"));
            QVERIFY2(dialog, qPrintable(window->bannerText()));
            dialog->setReviewer(QStringLiteral("Ada"));
            if (decision != QLatin1String("approve"))
                dialog->setReason(justification);
            QVERIFY2(dialog->confirmButton()->isEnabled(), qPrintable(dialog->problem()));
            QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        }
        QTRY_VERIFY_WITH_TIMEOUT(session->isSettled(), SandboxTimeout);
        window->auditWriter()->flush();
    }

    // Through the command line, into a trail of its own.
    const QString cliTrail = m_dir->filePath(QStringLiteral("cli.sqlite"));
    QStringList arguments{decision == QLatin1String("reject") ? QStringLiteral("reject") : QStringLiteral("run"),
        request, QStringLiteral("--reviewer"), QStringLiteral("Ada"), QStringLiteral("--db"), cliTrail};
    if (decision == QLatin1String("reject"))
        arguments << QStringLiteral("--reason") << justification;
    else
        arguments << QStringLiteral("--approve");
    if (decision == QLatin1String("override"))
        arguments << QStringLiteral("--override-reason") << justification;
    QProcess ctl;
    ctl.start(Airlockctl, arguments);
    QVERIFY(ctl.waitForStarted());
    QVERIFY(finished(ctl, SandboxTimeout));
    const int expectedExit = decision.isEmpty() ? 2 : decision == QLatin1String("reject") ? 4 : 0;
    QVERIFY2(ctl.exitCode() == expectedExit, ctl.readAllStandardError().constData());

    // The same records, kind by kind, with the same verdicts and decision.
    const auto recordsOf = [](const QString &path) {
        QString error;
        const auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadOnly, &error);
        return trail ? trail->storyOfRecord(1) : QList<AuditTrail::Record>();
    };
    const QList<AuditTrail::Record> workbench = recordsOf(trailPath());
    const QList<AuditTrail::Record> commandLine = recordsOf(cliTrail);
    QStringList workbenchKinds, commandLineKinds;
    for (const auto &r : workbench)
        workbenchKinds << r.kind;
    for (const auto &r : commandLine)
        commandLineKinds << r.kind;
    QVERIFY(!workbenchKinds.isEmpty());
    QCOMPARE(commandLineKinds, workbenchKinds);
    for (qsizetype i = 0; i < workbench.size(); ++i) {
        const QJsonObject a = workbench.at(i).body;
        const QJsonObject b = commandLine.at(i).body;
        const QString kind = workbench.at(i).kind;
        if (kind == QLatin1String("verdicts")) {
            QStringList rulesA, rulesB;
            for (const QJsonValue &v : a.value(QStringLiteral("verdicts")).toArray())
                rulesA << v.toObject().value(QStringLiteral("rule")).toString();
            for (const QJsonValue &v : b.value(QStringLiteral("verdicts")).toArray())
                rulesB << v.toObject().value(QStringLiteral("rule")).toString();
            QCOMPARE(rulesB, rulesA);
        } else if (kind == QLatin1String("decision")) {
            for (const char *key : {"outcome", "reviewer", "reason", "code_sha256"})
                QCOMPARE(b.value(QLatin1String(key)), a.value(QLatin1String(key)));
        } else if (kind == QLatin1String("run_finished")) {
            for (const char *key : {"status", "exit_code", "stdout"})
                QCOMPARE(b.value(QLatin1String(key)), a.value(QLatin1String(key)));
        } else if (kind == QLatin1String("malformed")) {
            QCOMPARE(b.value(QStringLiteral("error")), a.value(QStringLiteral("error")));
        }
    }
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
