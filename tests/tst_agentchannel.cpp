// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
//
// The governed path from an agent to the analyst and back: the workbench's
// socket (airlockctl submit) and the MCP server (airlockctl mcp, driven by
// the official MCP TypeScript SDK), with the real workbench, sandbox and
// audit trail. The test plays the analyst.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "agentresult.h"
#include "agentclient.h"
#include "agentprotocol.h"
#include "agentserver.h"
#include "audittrail.h"
#include "auditwriter.h"
#include "inboxmodel.h"
#include "mainwindow.h"
#include "workbench.h"
#include "mcpserver.h"
#include "releasedialog.h"
#include "requestsession.h"
#include "runpane.h"
#include "settings.h"

using namespace Airlock;

namespace {
const QString SourceDir = QStringLiteral(AIRLOCK_SOURCE_DIR);
const QString Airlockctl = QStringLiteral(AIRLOCKCTL_PATH);
constexpr int SandboxTimeout = 120000;

// The workbench serves the socket on this thread: wait with its event loop
// running, never with QProcess::waitForFinished.
bool finished(QProcess &process, int timeoutMs)
{
    return QTest::qWaitFor([&]() { return process.state() == QProcess::NotRunning; }, timeoutMs);
}

QByteArray chartCode()
{
    QFile f(SourceDir + QStringLiteral("/resources/examples/chart/monthly-revenue.airlock.json"));
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("code")).toString().toUtf8();
}
} // namespace

class TestAgentChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void submitWaitChartEndToEnd();
    void submitWithoutWorkbenchFailsClearly();
    void withheldResultsNeverReachTheAgent();
    void findingsMustBeAcknowledgedBeforeRelease();
    void cleanRunsReleaseThemselvesWhenThePolicySaysSo();
    void encodedSecretsAndUnreadableTextWaitForTheAnalyst();
    void timeoutWithdrawsTheRequest();
    void withdrawingARunningRequestStopsIt();
    void filesOutsideTheRootsGetAVerdict();
    void malformedMessagesGetErrorsAndTheServerGoesOn();
    void nothingOnTheSocketCanDecide();
    void anApprovalIsForOneRequestOnly();
    void loneSurrogatesOverTheSocketAreRefusedAndRecorded();
    void anotherUsersConnectionIsRefused();
    void secondWorkbenchDoesNotTakeTheSocket();
    void agentsCanBeTurnedOff();

    void mcpServerAnswersBadInputAndPing();
    void mcpChartComesBackAsAnImage();
    void mcpRejectionCarriesTheReason();
    void mcpBlockedRequestIsAnError();
    void mcpCancellationWithdrawsTheRequest();
    void loneSurrogatesOverMcpAreRefusedAndRecorded();

private:
    /// The workbench alone, listening for agents: what the channel needs.
    std::unique_ptr<Workbench> makeWorkbench(const QString &trail = QStringLiteral("trail.sqlite"));
    /// The whole window, for what the analyst sees of an agent's request.
    std::unique_ptr<MainWindow> makeWindow();
    void writePolicy(const QString &releaseMode = {});
    RequestSession *waitForAgentSession(Workbench &bench, int count = 1);
    QList<AuditTrail::Record> story(Workbench &bench, const QString &requestId);
    QString writeRequest(const QString &name, const QByteArray &code, bool withFile = true);
    QJsonObject runMcp(Workbench &bench, const QJsonObject &arguments,
        const std::function<void(RequestSession *)> &analyst, QList<QJsonObject> *events,
        const QStringList &extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_runtime;
    QString m_data;
    QString m_agentProblem; ///< why the last workbench made does not listen
};

void TestAgentChannel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("AIRLOCK_LANGUAGE", "en");
}

void TestAgentChannel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // Short, private and fresh: the socket's path must fit in sun_path.
    m_runtime = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/al-XXXXXX"));
    QVERIFY(m_dir->isValid() && m_runtime->isValid());
    ::chmod(QFile::encodeName(m_runtime->path()).constData(), 0700);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime->path()));
    m_data = m_dir->filePath(QStringLiteral("data"));
    QDir().mkpath(m_data);
    QVERIFY(QFile::copy(
        SourceDir + QStringLiteral("/resources/examples/chart/sales.csv"), m_data + QStringLiteral("/sales.csv")));
    writePolicy();
}

void TestAgentChannel::cleanup()
{
    Settings().setPolicyPath({});
    Settings().setAcceptAgentRequests(true);
    m_dir.reset();
    m_runtime.reset();
}

void TestAgentChannel::writePolicy(const QString &releaseMode)
{
    QFile in(SourceDir + QStringLiteral("/resources/policies/default.json"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject policy = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject files = policy.value(QStringLiteral("files")).toObject();
    files.insert(QStringLiteral("roots"), QJsonArray{m_data});
    policy.insert(QStringLiteral("files"), files);
    policy.insert(QStringLiteral("name"), QStringLiteral("agents"));
    if (!releaseMode.isEmpty())
        policy.insert(QStringLiteral("release"), QJsonObject{{QStringLiteral("mode"), releaseMode}});
    QFile out(m_dir->filePath(QStringLiteral("policy.json")));
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(policy).toJson());
    out.close();
    Settings().setPolicyPath(out.fileName());
}

std::unique_ptr<Workbench> TestAgentChannel::makeWorkbench(const QString &trail)
{
    Workbench::Options options;
    options.auditTrailPath = m_dir->filePath(trail);
    options.watchInbox = false;
    auto bench = std::make_unique<Workbench>(options);
    m_agentProblem.clear();
    connect(bench.get(), &Workbench::agentsFailed, this, [this](const QString &why) { m_agentProblem = why; });
    bench->start();
    if (Settings().acceptAgentRequests()
        && !QTest::qWaitFor(
            [&]() { return (bench->agentServer() && bench->agentServer()->isListening()) || !m_agentProblem.isEmpty(); },
            10000))
        qWarning() << "not listening";
    return bench;
}

std::unique_ptr<MainWindow> TestAgentChannel::makeWindow()
{
    MainWindow::Options options;
    options.auditTrailPath = m_dir->filePath(QStringLiteral("trail.sqlite"));
    options.watchInbox = false;
    auto window = std::make_unique<MainWindow>(options);
    window->show();
    if (Settings().acceptAgentRequests()
        && !QTest::qWaitFor([&]() { return window->agentServer() && window->agentServer()->isListening(); }, 10000))
        qWarning() << "not listening:" << window->bannerText();
    return window;
}

RequestSession *TestAgentChannel::waitForAgentSession(Workbench &bench, int count)
{
    const bool arrived = QTest::qWaitFor(
        [&]() {
            const auto sessions = bench.sessions();
            return sessions.size() >= count && sessions.at(count - 1)->fromAgent()
                && sessions.at(count - 1)->state() != RequestSession::State::Loading;
        },
        SandboxTimeout);
    return arrived ? bench.sessions().at(count - 1) : nullptr;
}

QList<AuditTrail::Record> TestAgentChannel::story(Workbench &bench, const QString &requestId)
{
    bench.writer()->flush();
    QString error;
    const auto trail
        = AuditTrail::open(m_dir->filePath(QStringLiteral("trail.sqlite")), AuditTrail::Mode::ReadOnlyLive, &error);
    return trail ? trail->story(requestId) : QList<AuditTrail::Record>();
}

QString TestAgentChannel::writeRequest(const QString &name, const QByteArray &code, bool withFile)
{
    // Relative to the request's folder, as SPEC §1 says; submit sends it absolute.
    QJsonObject request{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
        {QStringLiteral("agent"), QStringLiteral("test-agent")}, {QStringLiteral("prompt"), QStringLiteral("Test")},
        {QStringLiteral("code"), QString::fromUtf8(code)}};
    if (withFile)
        request.insert(QStringLiteral("files"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("sales.csv")},
                {QStringLiteral("path"), QStringLiteral("data/sales.csv")}}});
    QFile f(m_dir->filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(request).toJson());
    return f.fileName();
}

void TestAgentChannel::submitWaitChartEndToEnd()
{
    auto window = makeWindow();
    QVERIFY2(window->agentServer()->isListening(), qPrintable(window->bannerText()));
    QCOMPARE(window->agentStatusText(), QStringLiteral("Agents: listening"));
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    const QString path = writeRequest(QStringLiteral("chart.json"), chartCode());

    QProcess submit;
    submit.start(Airlockctl, {QStringLiteral("submit"), path, QStringLiteral("--wait"), QStringLiteral("--json")});
    RequestSession *session = waitForAgentSession(*window->workbench());
    QVERIFY(session);
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QCOMPARE(session->origin().channel, QStringLiteral("socket"));
    QCOMPARE(session->origin().client, QStringLiteral("airlockctl submit"));
    QCOMPARE(session->origin().uid, qint64(::getuid()));
    QVERIFY2(!session->blocked(), qPrintable(session->verdicts().value(0).message));
    QCOMPARE(window->inboxModel()->index(0, InboxModel::AgentColumn).data().toString(), QStringLiteral("test-agent"));

    // The analyst approves; the run ends; nothing goes back until released.
    QVERIFY(session->approve(QStringLiteral("Ada Analyst"), {}).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(session->releaseState(), RequestSession::Release::Awaiting, SandboxTimeout);
    QCOMPARE(session->state(), RequestSession::State::Done);
    QVERIFY(session->findings().isEmpty());
    QCOMPARE(submit.state(), QProcess::Running);
    QVERIFY(!session->isSettled());
    window->selectSession(session);
    QVERIFY(window->runPane()->releaseText().contains(QLatin1String("waiting for these results")));

    // Through the menu and the confirming dialog, as the analyst would.
    window->releaseCurrent();
    auto *dialog = window->findChild<ReleaseDialog *>();
    QVERIFY(dialog);
    dialog->setReviewer(QStringLiteral("Ada Analyst"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(session->releaseState(), RequestSession::Release::Released);

    QVERIFY(finished(submit, SandboxTimeout));
    QCOMPARE(submit.exitCode(), 0);
    const QJsonObject result = QJsonDocument::fromJson(submit.readAllStandardOutput()).object();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    QVERIFY(result.value(QStringLiteral("stdout")).toString().contains(QLatin1String("sales in")));
    QCOMPARE(result.value(QStringLiteral("release")).toObject().value(QStringLiteral("by")).toString(),
        QStringLiteral("Ada Analyst"));
    QStringList names;
    for (const QJsonValue &a : result.value(QStringLiteral("artifacts")).toArray())
        names << a.toObject().value(QStringLiteral("name")).toString();
    QVERIFY2(names.contains(QStringLiteral("monthly_revenue.png")), qPrintable(names.join(u',')));

    // The trail knows where it came from and what left, to whom.
    const auto records = story(*window->workbench(), result.value(QStringLiteral("request_id")).toString());
    QStringList kinds;
    QJsonObject release;
    for (const auto &r : records) {
        kinds << r.kind;
        if (r.kind == QLatin1String("request"))
            QCOMPARE(r.body.value(QStringLiteral("origin")).toObject().value(QStringLiteral("channel")).toString(),
                QStringLiteral("socket"));
        if (r.kind == QLatin1String("release"))
            release = r.body;
    }
    QVERIFY2(kinds.contains(QStringLiteral("release")), qPrintable(kinds.join(u',')));
    QVERIFY(kinds.indexOf(QStringLiteral("release")) > kinds.indexOf(QStringLiteral("run_finished")));
    QCOMPARE(release.value(QStringLiteral("outcome")).toString(), QStringLiteral("released"));
    QCOMPARE(release.value(QStringLiteral("to")).toObject().value(QStringLiteral("agent")).toString(),
        QStringLiteral("test-agent"));
    QCOMPARE(release.value(QStringLiteral("released")).toObject().value(QStringLiteral("artifacts")).toArray().size(),
        names.size());
}

void TestAgentChannel::submitWithoutWorkbenchFailsClearly()
{
    QProcess submit;
    submit.start(Airlockctl,
        {QStringLiteral("submit"), writeRequest(QStringLiteral("r.json"), "print(1)\n"), QStringLiteral("--wait")});
    QVERIFY(finished(submit, 30000));
    QCOMPARE(submit.exitCode(), 6);
    QVERIFY2(submit.readAllStandardError().contains("No Airlock workbench is running"), "no clear error");
}

void TestAgentChannel::withheldResultsNeverReachTheAgent()
{
    auto bench = makeWorkbench();
    QProcess submit;
    submit.start(Airlockctl,
        {QStringLiteral("submit"), writeRequest(QStringLiteral("r.json"), "print('the quarterly numbers')\n", false),
            QStringLiteral("--wait"), QStringLiteral("--json")});
    RequestSession *session = waitForAgentSession(*bench);
    QVERIFY(session);
    QVERIFY(session->approve(QStringLiteral("Ada Analyst"), {}).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(session->releaseState(), RequestSession::Release::Awaiting, SandboxTimeout);
    QVERIFY(!session->withholdResults(QStringLiteral("Ada Analyst"), QString()).isEmpty()); // a reason is needed
    QVERIFY(session->withholdResults(QStringLiteral("Ada Analyst"), QStringLiteral("Not for sharing")).isEmpty());
    QVERIFY(finished(submit, SandboxTimeout));
    QCOMPARE(submit.exitCode(), 4);
    const QByteArray out = submit.readAllStandardOutput();
    QVERIFY2(!out.contains("quarterly"), out.constData());
    const QJsonObject result = QJsonDocument::fromJson(out).object();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("withheld"));
    QCOMPARE(result.value(QStringLiteral("run_status")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(result.value(QStringLiteral("message")).toString(), QStringLiteral("Not for sharing"));
    bool recorded = false;
    for (const auto &r : story(*bench, result.value(QStringLiteral("request_id")).toString()))
        recorded |= r.kind == QLatin1String("release")
            && r.body.value(QStringLiteral("outcome")).toString() == QLatin1String("withheld");
    QVERIFY(recorded);
}

void TestAgentChannel::findingsMustBeAcknowledgedBeforeRelease()
{
    auto window = makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->runsEnabled(), SandboxTimeout);
    AgentClient client;
    QSignalSpy connected(&client, &AgentClient::connected);
    QSignalSpy replied(&client, &AgentClient::replied);
    client.connectToWorkbench();
    QTRY_COMPARE(connected.size(), 1);
    const QJsonObject request{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
        {QStringLiteral("agent"), QStringLiteral("leaky-agent")},
        {QStringLiteral("prompt"), QStringLiteral("Print the contacts")},
        {QStringLiteral("code"),
            QStringLiteral("print('contact: jane.doe@example.com')\nprint('key AKIAIOSFODNN7EXAMPLE')\n")}};
    client.call(QStringLiteral("submit"), {{QStringLiteral("request"), request}});
    QVERIFY(replied.wait());
    RequestSession *session = waitForAgentSession(*window->workbench());
    QVERIFY(session);
    QVERIFY(session->approve(QStringLiteral("Ada Analyst"), {}).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(session->releaseState(), RequestSession::Release::Awaiting, SandboxTimeout);
    QStringList kinds;
    for (const auto &f : session->findings()) {
        kinds << f.kind;
        QVERIFY2(!f.excerpt.contains(QLatin1String("AKIAIOSFODNN7EXAMPLE")), qPrintable(f.excerpt));
    }
    QVERIFY2(kinds.contains(QStringLiteral("email")) && kinds.contains(QStringLiteral("aws-access-key")),
        qPrintable(kinds.join(u',')));
    window->selectSession(session);
    QVERIFY(window->runPane()->releaseText().contains(QLatin1String("look before you release")));

    window->releaseCurrent();
    auto *dialog = window->findChild<ReleaseDialog *>();
    QVERIFY(dialog);
    dialog->setReviewer(QStringLiteral("Ada Analyst"));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY(dialog->problem().contains(QLatin1String("findings")));
    dialog->setFindingsAcknowledged(true);
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(session->releaseState(), RequestSession::Release::Released);
    QJsonArray recorded;
    for (const auto &r : story(*window->workbench(), session->request()->requestId())) {
        if (r.kind == QLatin1String("release"))
            recorded = r.body.value(QStringLiteral("findings")).toArray();
    }
    QCOMPARE(recorded.size(), session->findings().size());
}

void TestAgentChannel::cleanRunsReleaseThemselvesWhenThePolicySaysSo()
{
    writePolicy(QStringLiteral("auto-when-clean"));
    auto bench = makeWorkbench();
    QProcess submit;
    submit.start(Airlockctl,
        {QStringLiteral("submit"), writeRequest(QStringLiteral("r.json"), "print(6 * 7)\n", false),
            QStringLiteral("--wait"), QStringLiteral("--json")});
    RequestSession *session = waitForAgentSession(*bench);
    QVERIFY(session);
    QVERIFY(session->approve(QStringLiteral("Ada Analyst"), {}).isEmpty());
    QVERIFY(finished(submit, SandboxTimeout));
    QCOMPARE(submit.exitCode(), 0);
    const QJsonObject result = QJsonDocument::fromJson(submit.readAllStandardOutput()).object();
    QCOMPARE(result.value(QStringLiteral("stdout")).toString(), QStringLiteral("42\n"));
    QCOMPARE(result.value(QStringLiteral("release")).toObject().value(QStringLiteral("by")).toString(),
        QStringLiteral("policy"));

    // Findings still wait for the analyst, whatever the policy.
    QProcess second;
    second.start(Airlockctl,
        {QStringLiteral("submit"), writeRequest(QStringLiteral("s.json"), "print('mail bob@example.org')\n", false),
            QStringLiteral("--wait")});
    RequestSession *leaky = waitForAgentSession(*bench, 2);
    QVERIFY(leaky);
    QVERIFY(leaky->approve(QStringLiteral("Ada Analyst"), {}).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(leaky->releaseState(), RequestSession::Release::Awaiting, SandboxTimeout);
    QCOMPARE(second.state(), QProcess::Running);
    QVERIFY(leaky->releaseResults(QStringLiteral("Ada Analyst")).isEmpty());
    QVERIFY(finished(second, SandboxTimeout));
    QCOMPARE(second.exitCode(), 0);

    // So do files the scan cannot read: nothing unread is called clean.
    QProcess third;
    third.start(Airlockctl,
        {QStringLiteral("submit"),
            writeRequest(QStringLiteral("t.json"), "open('output/blob.bin', 'wb').write(bytes(range(256)))\n", false),
            QStringLiteral("--wait")});
    RequestSession *binary = waitForAgentSession(*bench, 3);
    QVERIFY(binary);
    QVERIFY(binary->approve(QStringLiteral("Ada Analyst"), {}).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(binary->releaseState(), RequestSession::Release::Awaiting, SandboxTimeout);
    QVERIFY(binary->findings().isEmpty());
    QCOMPARE(binary->unscanned().size(), 1);
    QVERIFY(binary->unscanned().constFirst().startsWith(QLatin1String("blob.bin")));
    QVERIFY(binary->withholdResults(QStringLiteral("Ada Analyst"), QStringLiteral("Binary output")).isEmpty());
    QVERIFY(finished(third, SandboxTimeout));
    QCOMPARE(third.exitCode(), 4);
}

void TestAgentChannel::encodedSecretsAndUnreadableTextWaitForTheAnalyst()
{
    writePolicy(QStringLiteral("auto-when-clean"));
    auto bench = makeWorkbench();

    // A key in base64 is a finding: the analyst decides.
    const QByteArray key = QByteArray("AKIA") + "IOSFODNN7EXAMPLE";
    QProcess first;
    first.start(Airlockctl,
        {QStringLiteral("submit"),
            writeRequest(QStringLiteral("b.json"), "print('" + QByteArray("aws_key=" + key).toBase64() + "')\n", false),
            QStringLiteral("--wait")});
    RequestSession *encoded = waitForAgentSession(*bench);
    QVERIFY(encoded);
    QVERIFY(encoded->approve(QStringLiteral("Ada Analyst"), {}).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(encoded->releaseState(), RequestSession::Release::Awaiting, SandboxTimeout);
    QCOMPARE(encoded->findings().size(), 1);
    QCOMPARE(encoded->findings().constFirst().kind, QStringLiteral("aws-access-key"));
    QCOMPARE(encoded->findings().constFirst().encoding, QStringLiteral("base64"));
    QCOMPARE(first.state(), QProcess::Running);
    QVERIFY(encoded->withholdResults(QStringLiteral("Ada Analyst"), QStringLiteral("A key")).isEmpty());
    QVERIFY(finished(first, SandboxTimeout));
    QCOMPARE(first.exitCode(), 4);

    // A text file that is binary data inside is not clean either.
    QProcess second;
    second.start(Airlockctl,
        {QStringLiteral("submit"),
            writeRequest(
                QStringLiteral("t.json"), "open('output/data.txt', 'wb').write(bytes(range(256)) * 16)\n", false),
            QStringLiteral("--wait")});
    RequestSession *binary = waitForAgentSession(*bench, 2);
    QVERIFY(binary);
    QVERIFY(binary->approve(QStringLiteral("Ada Analyst"), {}).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(binary->releaseState(), RequestSession::Release::Awaiting, SandboxTimeout);
    QVERIFY(binary->findings().isEmpty());
    QCOMPARE(binary->unscanned().size(), 1);
    QVERIFY2(binary->unscanned().constFirst().startsWith(QLatin1String("data.txt (")),
        qPrintable(binary->unscanned().constFirst()));
    QVERIFY(binary->releaseResults(QStringLiteral("Ada Analyst")).isEmpty());
    QVERIFY(finished(second, SandboxTimeout));
    QCOMPARE(second.exitCode(), 0);
}

void TestAgentChannel::timeoutWithdrawsTheRequest()
{
    auto bench = makeWorkbench();
    QProcess submit;
    submit.start(Airlockctl,
        {QStringLiteral("submit"), writeRequest(QStringLiteral("r.json"), "print(1)\n", false),
            QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("2")});
    RequestSession *session = waitForAgentSession(*bench);
    QVERIFY(session);
    QVERIFY(finished(submit, 30000));
    QCOMPARE(submit.exitCode(), 5);
    QTRY_COMPARE(session->state(), RequestSession::State::Withdrawn);
    QVERIFY(!session->approvalProblem(QStringLiteral("Ada Analyst"), {}).isEmpty());
    bool recorded = false;
    for (const auto &r : story(*bench, session->request()->requestId()))
        recorded |= r.kind == QLatin1String("withdrawn");
    QVERIFY(recorded);
}

void TestAgentChannel::withdrawingARunningRequestStopsIt()
{
    auto bench = makeWorkbench();
    AgentClient client;
    QSignalSpy connected(&client, &AgentClient::connected);
    QSignalSpy replied(&client, &AgentClient::replied);
    client.connectToWorkbench();
    QTRY_COMPARE(connected.size(), 1);
    client.call(QStringLiteral("submit"),
        {{QStringLiteral("request"),
            QJsonObject{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
                {QStringLiteral("prompt"), QStringLiteral("Wait a while")},
                {QStringLiteral("code"),
                    QStringLiteral("import time\nprint('started', flush=True)\ntime.sleep(60)\n")}}}});
    QTRY_COMPARE(replied.size(), 1);
    const QString ticket = replied.at(0).at(1).toJsonObject().value(QStringLiteral("ticket")).toString();
    RequestSession *session = waitForAgentSession(*bench);
    QVERIFY(session);
    QVERIFY(session->approve(QStringLiteral("Ada Analyst"), {}).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(session->liveOutput(QProcess::StandardOutput).contains("started"), SandboxTimeout);
    const int withdraw = client.call(QStringLiteral("withdraw"),
        {{QStringLiteral("ticket"), ticket}, {QStringLiteral("reason"), QStringLiteral("no longer needed")}});
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), RequestSession::State::Withdrawn, SandboxTimeout);
    QCOMPARE(replied.at(1).at(0).toInt(), withdraw);
    QVERIFY(replied.at(1).at(1).toJsonObject().value(QStringLiteral("withdrawn")).toBool());
    QCOMPARE(session->releaseState(), RequestSession::Release::NotNeeded);
    QVERIFY(session->runElapsedMs() < 60000);
    // What it printed never goes anywhere; the trail has the withdrawal, then the run's end.
    const int wait = client.call(QStringLiteral("wait"), {{QStringLiteral("ticket"), ticket}});
    QTRY_COMPARE(replied.size(), 3);
    QCOMPARE(replied.at(2).at(0).toInt(), wait);
    const QJsonObject result = replied.at(2).at(1).toJsonObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
    QVERIFY(result.value(QStringLiteral("stdout")).toString().isEmpty());
    QStringList kinds;
    QString withdrawnRun;
    for (const auto &r : story(*bench, session->request()->requestId())) {
        kinds << r.kind;
        if (r.kind == QLatin1String("withdrawn"))
            withdrawnRun = r.runId;
    }
    QVERIFY2(kinds.indexOf(QStringLiteral("withdrawn")) >= 0
            && kinds.indexOf(QStringLiteral("withdrawn")) < kinds.indexOf(QStringLiteral("run_finished")),
        qPrintable(kinds.join(u',')));
    QCOMPARE(withdrawnRun, session->result()->runId);
    QVERIFY(!kinds.contains(QStringLiteral("release")));
}

void TestAgentChannel::filesOutsideTheRootsGetAVerdict()
{
    auto bench = makeWorkbench();
    const QString secret = m_dir->filePath(QStringLiteral("secret.csv"));
    QFile f(secret);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("a,b\n1,2\n");
    f.close();
    AgentClient client;
    QSignalSpy connected(&client, &AgentClient::connected);
    client.connectToWorkbench();
    QTRY_COMPARE(connected.size(), 1);
    const QJsonObject request{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
        {QStringLiteral("agent"), QStringLiteral("nosy-agent")}, {QStringLiteral("prompt"), QStringLiteral("Read it")},
        {QStringLiteral("code"), QStringLiteral("print(1)\n")},
        {QStringLiteral("files"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x.csv")}, {QStringLiteral("path"), secret}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("y.csv")},
                    {QStringLiteral("path"), QStringLiteral("../secret.csv")}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("sales.csv")},
                    {QStringLiteral("path"), QStringLiteral("sales.csv")}}}}};
    client.call(QStringLiteral("submit"), {{QStringLiteral("request"), request}});
    RequestSession *session = waitForAgentSession(*bench);
    QVERIFY(session);
    QStringList outside;
    for (const Verdict &v : session->verdicts()) {
        if (v.rule == QLatin1String("file.root"))
            outside << v.message;
    }
    QCOMPARE(outside.size(), 2); // the relative sales.csv resolves under the root
    QVERIFY(session->blocked());
}

void TestAgentChannel::malformedMessagesGetErrorsAndTheServerGoesOn()
{
    auto bench = makeWorkbench();
    AgentClient client;
    QSignalSpy connected(&client, &AgentClient::connected);
    QSignalSpy notified(&client, &AgentClient::notified);
    QSignalSpy failed(&client, &AgentClient::callFailed);
    QSignalSpy replied(&client, &AgentClient::replied);
    client.connectToWorkbench();
    QTRY_COMPARE(connected.size(), 1);

    client.sendRaw("{this is not json\n");
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(1).toJsonObject().value(QStringLiteral("code")).toInt(), int(AgentProtocol::ParseError));
    client.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":7}\n");
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(1).toInt(), int(AgentProtocol::InvalidRequest));
    client.sendRaw("[1,2,3]\n");
    QTRY_COMPARE(notified.size(), 2);
    const int unknown = client.call(QStringLiteral("status"), {{QStringLiteral("ticket"), QStringLiteral("nope")}});
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(failed.at(1).at(0).toInt(), unknown);
    QCOMPARE(failed.at(1).at(1).toInt(), int(AgentProtocol::UnknownTicket));
    client.call(QStringLiteral("submit"), {{QStringLiteral("request"), 42}});
    QTRY_COMPARE(failed.size(), 3);
    QCOMPARE(failed.at(2).at(1).toInt(), int(AgentProtocol::InvalidParams));

    // A line longer than any request is skipped, not buffered whole.
    client.sendRaw(QByteArray(AgentProtocol::MaxRequestBytes + 1024, 'x') + '\n');
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 3, 30000);
    QCOMPARE(
        notified.at(2).at(1).toJsonObject().value(QStringLiteral("code")).toInt(), int(AgentProtocol::MessageTooLarge));

    // Still serving, and a malformed request document is recorded as such.
    const int ping = client.call(QStringLiteral("ping"), {});
    QTRY_VERIFY(!replied.isEmpty());
    QCOMPARE(replied.at(0).at(0).toInt(), ping);
    const int submitted
        = client.call(QStringLiteral("submit"), {{QStringLiteral("document"), QStringLiteral("{\"code\": 12")}});
    QTRY_COMPARE(replied.size(), 2);
    QCOMPARE(replied.at(1).at(0).toInt(), submitted);
    const QString ticket = replied.at(1).at(1).toJsonObject().value(QStringLiteral("ticket")).toString();
    const int wait = client.call(QStringLiteral("wait"), {{QStringLiteral("ticket"), ticket}});
    QTRY_VERIFY_WITH_TIMEOUT(replied.size() == 3, 30000);
    QCOMPARE(replied.at(2).at(0).toInt(), wait);
    QCOMPARE(
        replied.at(2).at(1).toJsonObject().value(QStringLiteral("status")).toString(), QStringLiteral("malformed"));
    bench->writer()->flush();
    QString error;
    const auto trail
        = AuditTrail::open(m_dir->filePath(QStringLiteral("trail.sqlite")), AuditTrail::Mode::ReadOnlyLive, &error);
    QVERIFY2(trail, qPrintable(error));
    AuditTrail::Filter filter;
    filter.outcome = QStringLiteral("malformed");
    QCOMPARE(trail->count(filter), 1);
}

void TestAgentChannel::nothingOnTheSocketCanDecide()
{
    auto bench = makeWorkbench();
    AgentClient client;
    QSignalSpy connected(&client, &AgentClient::connected);
    QSignalSpy failed(&client, &AgentClient::callFailed);
    QSignalSpy replied(&client, &AgentClient::replied);
    client.connectToWorkbench();
    QTRY_COMPARE(connected.size(), 1);
    client.call(QStringLiteral("submit"),
        {{QStringLiteral("request"),
            QJsonObject{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
                {QStringLiteral("code"), QStringLiteral("print(1)\n")},
                {QStringLiteral("prompt"), QStringLiteral("p")}}}});
    QTRY_COMPARE(replied.size(), 1);
    const QString ticket = replied.at(0).at(1).toJsonObject().value(QStringLiteral("ticket")).toString();
    RequestSession *session = waitForAgentSession(*bench);
    QVERIFY(session);
    const QStringList attempts{QStringLiteral("approve"), QStringLiteral("release"), QStringLiteral("override"),
        QStringLiteral("reject"), QStringLiteral("decide")};
    for (const QString &method : attempts)
        client.call(method,
            {{QStringLiteral("ticket"), ticket}, {QStringLiteral("reviewer"), QStringLiteral("agent")},
                {QStringLiteral("reason"), QStringLiteral("trust me, this is fine")}});
    QTRY_COMPARE(failed.size(), attempts.size());
    for (const auto &f : std::as_const(failed)) {
        QCOMPARE(f.at(1).toInt(), int(AgentProtocol::MethodNotFound));
        QVERIFY(f.at(2).toString().contains(QLatin1String("only the analyst")));
    }
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QVERIFY(!session->decision());
}

void TestAgentChannel::anApprovalIsForOneRequestOnly()
{
    auto bench = makeWorkbench();
    AgentClient client;
    QSignalSpy connected(&client, &AgentClient::connected);
    QSignalSpy replied(&client, &AgentClient::replied);
    client.connectToWorkbench();
    QTRY_COMPARE(connected.size(), 1);
    const QJsonObject request{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
        {QStringLiteral("request_id"), QStringLiteral("same-again")}, {QStringLiteral("prompt"), QStringLiteral("p")},
        {QStringLiteral("code"), QStringLiteral("print(1)\n")}};
    client.call(QStringLiteral("submit"), {{QStringLiteral("request"), request}});
    RequestSession *first = waitForAgentSession(*bench);
    QVERIFY(first);
    QVERIFY(first->approve(QStringLiteral("Ada Analyst"), {}).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(first->releaseState(), RequestSession::Release::Awaiting, SandboxTimeout);
    QVERIFY(first->releaseResults(QStringLiteral("Ada Analyst")).isEmpty());
    QTRY_COMPARE(first->releaseState(), RequestSession::Release::Released);

    // The same request again waits for its own decision: nothing carries over.
    client.call(QStringLiteral("submit"), {{QStringLiteral("request"), request}});
    QTRY_COMPARE(replied.size(), 2);
    RequestSession *second = waitForAgentSession(*bench, 2);
    QVERIFY(second);
    QCOMPARE(second->state(), RequestSession::State::Pending);
    QVERIFY(!second->decision());
    bool toldBefore = false;
    QString reference;
    for (const Verdict &v : second->verdicts()) {
        toldBefore |= v.rule == QLatin1String("request.decided-before");
        if (v.rule == QLatin1String("request.reference-seen"))
            reference = v.message;
    }
    QVERIFY(toldBefore);
    // Two requests, each with an id of its own; the analyst is told the first.
    QVERIFY(second->request()->requestId() != first->request()->requestId());
    QCOMPARE(second->request()->agentReference(), QStringLiteral("same-again"));
    QVERIFY2(reference.contains(first->request()->requestId()), qPrintable(reference));
    // The analyst is told who decided before; the agent is not.
    QVERIFY(second->reject(QStringLiteral("Ada Analyst"), QStringLiteral("Once is enough")).isEmpty());
    QTRY_VERIFY(second->agentOutcomeReady());
    QVERIFY(!QJsonDocument(AgentResult::of(*second)).toJson().contains("decided-before"));
    QVERIFY(!QJsonDocument(AgentResult::of(*second)).toJson().contains("reference-seen"));
    QCOMPARE(AgentResult::of(*second).value(QStringLiteral("agent_request_id")).toString(), QStringLiteral("same-again"));
}

void TestAgentChannel::loneSurrogatesOverTheSocketAreRefusedAndRecorded()
{
    auto bench = makeWorkbench();
    AgentClient client;
    QSignalSpy connected(&client, &AgentClient::connected);
    QSignalSpy replied(&client, &AgentClient::replied);
    client.connectToWorkbench();
    QTRY_COMPARE(connected.size(), 1);
    const QString lone(QChar(0xD800));
    const QJsonObject base{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
        {QStringLiteral("agent"), QStringLiteral("bot")}, {QStringLiteral("prompt"), QStringLiteral("p")},
        {QStringLiteral("code"), QStringLiteral("print(1)")}};
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = base;
        o.insert(key, value);
        return QJsonObject{{QStringLiteral("request"), o}};
    };
    const QList<std::pair<QString, QJsonObject>> cases{
        {QStringLiteral("agent"), with(QStringLiteral("agent"), QString(QStringLiteral("bot") + lone))},
        {QStringLiteral("request_id"), with(QStringLiteral("request_id"), lone)},
        {QStringLiteral("prompt"), with(QStringLiteral("prompt"), QString(QStringLiteral("why ") + lone))},
        {QStringLiteral("code"), with(QStringLiteral("code"), QString(QStringLiteral("print(1) # ") + lone))},
        {QStringLiteral("files[0].name"),
            with(QStringLiteral("files"),
                QJsonArray{
                    QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("s") + lone + QStringLiteral(".csv"))},
                        {QStringLiteral("path"), QStringLiteral("sales.csv")}}})},
        {QStringLiteral("x-extra.deep"), with(QStringLiteral("x-extra"), QJsonObject{{QStringLiteral("deep"), lone}})},
        // As text, the request is kept as the bytes it would have.
        {QStringLiteral("agent"),
            {{QStringLiteral("document"),
                QString(QStringLiteral("{\"schema\":\"airlock.request/v1\",\"agent\":\"a") + lone
                    + QStringLiteral("\",\"code\":\"1\"}"))}}},
    };
    for (const auto &[field, params] : cases) {
        const int before = int(replied.size());
        client.call(QStringLiteral("submit"), params);
        QTRY_COMPARE(replied.size(), before + 1);
        const QString ticket = replied.last().at(1).toJsonObject().value(QStringLiteral("ticket")).toString();
        QVERIFY(!ticket.isEmpty());
        client.call(QStringLiteral("wait"), {{QStringLiteral("ticket"), ticket}});
        QTRY_COMPARE_WITH_TIMEOUT(replied.size(), before + 2, 30000);
        const QJsonObject result = replied.last().at(1).toJsonObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("malformed"));
        const QString message = result.value(QStringLiteral("message")).toString();
        QVERIFY2(message.startsWith(field + QStringLiteral(": contains a lone UTF-16 surrogate")), qPrintable(message));
    }
    bench->writer()->flush();
    QString error;
    const auto trail
        = AuditTrail::open(m_dir->filePath(QStringLiteral("trail.sqlite")), AuditTrail::Mode::ReadOnlyLive, &error);
    QVERIFY2(trail, qPrintable(error));
    AuditTrail::Filter filter;
    filter.outcome = QStringLiteral("malformed");
    const auto malformed = trail->list(filter);
    QCOMPARE(malformed.size(), cases.size());
    // Newest first: the text, recorded as the bytes it came as, lone surrogate and all.
    const QJsonObject body = trail->story(malformed.constFirst().requestId).constFirst().body;
    QVERIFY(QByteArray::fromBase64(body.value(QStringLiteral("raw_base64")).toString().toLatin1())
                .contains("\"a\xed\xa0\x80\""));
    QCOMPARE(body.value(QStringLiteral("origin")).toObject().value(QStringLiteral("channel")).toString(),
        QStringLiteral("socket"));
    const auto v = trail->verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
}

void TestAgentChannel::loneSurrogatesOverMcpAreRefusedAndRecorded()
{
    auto bench = makeWorkbench();
    QVERIFY2(bench->agentServer()->isListening(), qPrintable(m_agentProblem));
    // Raw JSON-RPC: the escapes are what an MCP client may well send.
    const QList<std::pair<QByteArray, QString>> calls{
        {R"j({"code":"print(1) # \ud800","justification":"why"})j", QStringLiteral("code")},
        {R"j({"code":"print(1)","justification":"why \udc00"})j", QStringLiteral("justification")},
        {R"j({"code":"print(1)","justification":"why","files":[{"name":"s\ud800.csv","path":"s.csv"}]})j",
            QStringLiteral("files[0].name")},
        {R"j({"code":"print(1)","justification":"why","files":[{"name":"s.csv","path":"\udfff"}]})j",
            QStringLiteral("files[0].path")},
        {R"j({"code":"print(1)","justification":"why","limits":{"timeout_s\ud800":5}})j", QStringLiteral("limits[")},
    };
    auto run = [&](const QByteArray &clientName, const QList<std::pair<QByteArray, QString>> &toCall) {
        QProcess mcp;
        mcp.start(Airlockctl, {QStringLiteral("mcp")});
        if (!mcp.waitForStarted())
            return QHash<int, QJsonObject>();
        mcp.write(R"j({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",)j"
                  R"j("capabilities":{},"clientInfo":{"name":")j"
            + clientName + "\",\"version\":\"1\"}}}\n");
        for (int i = 0; i < toCall.size(); ++i)
            mcp.write(R"j({"jsonrpc":"2.0","id":)j" + QByteArray::number(i + 2)
                + R"j(,"method":"tools/call","params":{"name":"run_python","arguments":)j" + toCall.at(i).first
                + "}}\n");
        // The input stays open until every call is answered: closing it cancels them.
        QHash<int, QJsonObject> answers;
        QByteArray buffer;
        const bool answered = QTest::qWaitFor(
            [&]() {
                buffer += mcp.readAllStandardOutput();
                qsizetype newline;
                while ((newline = buffer.indexOf('\n')) >= 0) {
                    const QJsonObject m = QJsonDocument::fromJson(buffer.left(newline)).object();
                    buffer.remove(0, newline + 1);
                    if (m.contains(QStringLiteral("id")))
                        answers.insert(m.value(QStringLiteral("id")).toInt(), m);
                }
                return answers.size() == toCall.size() + 1;
            },
            60000);
        if (!answered)
            qWarning() << "not every call was answered";
        mcp.closeWriteChannel();
        finished(mcp, 30000);
        return answers;
    };
    const QHash<int, QJsonObject> answers = run("mcp-test", calls);
    QCOMPARE(answers.size(), calls.size() + 1);
    for (int i = 0; i < calls.size(); ++i) {
        const QJsonObject result = answers.value(i + 2).value(QStringLiteral("result")).toObject();
        QVERIFY(result.value(QStringLiteral("isError")).toBool());
        const QString text = result.value(QStringLiteral("content")).toArray().at(0)[QStringLiteral("text")].toString();
        QVERIFY2(text.contains(QLatin1String("not valid")) && text.contains(calls.at(i).second)
                && text.contains(QLatin1String("lone UTF-16 surrogate")),
            qPrintable(text));
    }
    // The client's own name becomes the request's agent.
    const QHash<int, QJsonObject> named
        = run(R"j(mcp\ud800)j", {{R"j({"code":"print(1)","justification":"why"})j", {}}});
    const QString text = named.value(2)
                             .value(QStringLiteral("result"))
                             .toObject()
                             .value(QStringLiteral("content"))
                             .toArray()
                             .at(0)[QStringLiteral("text")]
                             .toString();
    QVERIFY2(text.contains(QLatin1String("agent: contains a lone UTF-16 surrogate")), qPrintable(text));

    bench->writer()->flush();
    QString error;
    const auto trail
        = AuditTrail::open(m_dir->filePath(QStringLiteral("trail.sqlite")), AuditTrail::Mode::ReadOnlyLive, &error);
    QVERIFY2(trail, qPrintable(error));
    AuditTrail::Filter filter;
    filter.outcome = QStringLiteral("malformed");
    const auto malformed = trail->list(filter);
    QCOMPARE(malformed.size(), calls.size() + 1);
    for (const auto &s : malformed) {
        const QJsonObject body = trail->story(s.requestId).constFirst().body;
        QCOMPARE(body.value(QStringLiteral("origin")).toObject().value(QStringLiteral("channel")).toString(),
            QStringLiteral("mcp"));
        QVERIFY(!body.value(QStringLiteral("raw_base64")).toString().isEmpty());
    }
    const auto v = trail->verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
}

void TestAgentChannel::anotherUsersConnectionIsRefused()
{
    if (::geteuid() != 0)
        QSKIP("Needs root to connect as a second user (nobody).");
    auto bench = makeWorkbench();
    const QByteArray path = QFile::encodeName(bench->agentServer()->socketPath());
    // What a process of user "nobody" gets: 1 connected and refused by the
    // server, 2 not even allowed to connect.
    auto connectAsNobody = [&]() -> QByteArray {
        int pipefd[2];
        if (::pipe(pipefd) != 0)
            return "pipe";
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::close(pipefd[0]);
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(3);
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un addr{};
            addr.sun_family = AF_UNIX;
            ::strncpy(addr.sun_path, path.constData(), sizeof addr.sun_path - 1);
            if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
                const char *msg = errno == EACCES ? "EACCES" : "connect-failed";
                [[maybe_unused]] auto w = ::write(pipefd[1], msg, strlen(msg));
                ::_exit(2);
            }
            const char *hello = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\n";
            [[maybe_unused]] auto w = ::write(fd, hello, strlen(hello));
            char buffer[1024];
            ssize_t n;
            while ((n = ::read(fd, buffer, sizeof buffer)) > 0)
                w = ::write(pipefd[1], buffer, size_t(n));
            ::_exit(0);
        }
        ::close(pipefd[1]);
        QByteArray out;
        // The server answers on this thread's event loop: read without blocking it.
        (void)QTest::qWaitFor(
            [&]() {
                int status = 0;
                if (::waitpid(pid, &status, WNOHANG) == pid) {
                    char buffer[1024];
                    ssize_t n;
                    while ((n = ::read(pipefd[0], buffer, sizeof buffer)) > 0)
                        out.append(buffer, n);
                    return true;
                }
                return false;
            },
            20000);
        ::close(pipefd[0]);
        return out;
    };
    // The folder and the socket keep everyone else out...
    QCOMPARE(connectAsNobody(), QByteArray("EACCES"));
    // ...and if they were opened by mistake, the server still refuses.
    QSignalSpy refused(bench->agentServer(), &AgentServer::refused);
    ::chmod(QFile::encodeName(QFileInfo(bench->agentServer()->socketPath()).absolutePath()).constData(), 0777);
    ::chmod(QFile::encodeName(m_runtime->path()).constData(), 0777);
    ::chmod(path.constData(), 0777);
    const QByteArray answer = connectAsNobody();
    QVERIFY2(answer.contains("Connections from other users are refused"), answer.constData());
    QVERIFY(!answer.contains("\"result\""));
    QCOMPARE(refused.size(), 1);
}

void TestAgentChannel::secondWorkbenchDoesNotTakeTheSocket()
{
    auto first = makeWorkbench();
    QVERIFY(first->agentServer()->isListening());
    auto second = makeWorkbench(QStringLiteral("other.sqlite"));
    QVERIFY2(m_agentProblem.contains(QLatin1String("Another Airlock workbench")), qPrintable(m_agentProblem));
    QVERIFY(!second->agentServer()->isListening());
    QVERIFY(first->agentServer()->isListening());
}

void TestAgentChannel::agentsCanBeTurnedOff()
{
    auto window = makeWindow();
    QVERIFY(window->agentServer()->isListening());
    window->setAcceptAgentRequests(false);
    QVERIFY(!window->agentServer());
    QCOMPARE(window->agentStatusText(), QStringLiteral("Agents: turned off"));
    QVERIFY(!Settings().acceptAgentRequests());
    QProcess submit;
    submit.start(Airlockctl, {QStringLiteral("submit"), writeRequest(QStringLiteral("r.json"), "print(1)\n", false)});
    QVERIFY(finished(submit, 30000));
    QCOMPARE(submit.exitCode(), 6);

    // Remembered, and back on when asked.
    window.reset();
    window = makeWindow();
    QVERIFY(!window->agentServer());
    window->setAcceptAgentRequests(true);
    QTRY_VERIFY(window->agentServer() && window->agentServer()->isListening());
    QVERIFY(Settings().acceptAgentRequests());
}

void TestAgentChannel::mcpServerAnswersBadInputAndPing()
{
    // Raw JSON-RPC on stdio, no SDK: what a broken client would send.
    QProcess mcp;
    mcp.start(Airlockctl, {QStringLiteral("mcp")});
    QVERIFY(mcp.waitForStarted());
    mcp.write("not json at all\n");
    mcp.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"1999-01-01\","
              "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"0\"}}}\n");
    mcp.write("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"no/such/method\"}\n");
    mcp.write("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"run_python\","
              "\"arguments\":{\"code\":42}}}\n");
    mcp.write("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"run_python\","
              "\"arguments\":{\"code\":\"print(1)\",\"justification\":\"x\"}}}\n");
    mcp.write("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\"}\n");
    mcp.closeWriteChannel();
    QVERIFY(finished(mcp, 30000));
    QCOMPARE(mcp.exitCode(), 0);
    QHash<QString, QJsonObject> byId;
    QJsonObject parseError;
    for (const QByteArray &line : mcp.readAllStandardOutput().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject m = QJsonDocument::fromJson(line).object();
        QVERIFY2(!m.isEmpty(), line.constData()); // nothing but JSON-RPC on stdout
        if (m.value(QStringLiteral("id")).isNull())
            parseError = m;
        else
            byId.insert(m.value(QStringLiteral("id")).toVariant().toString(), m);
    }
    QCOMPARE(parseError.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), -32700);
    const QJsonObject init = byId.value(QStringLiteral("1")).value(QStringLiteral("result")).toObject();
    QCOMPARE(init.value(QStringLiteral("protocolVersion")).toString(), McpServer::protocolVersions().first());
    QCOMPARE(
        byId.value(QStringLiteral("2")).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
        -32601);
    QCOMPARE(
        byId.value(QStringLiteral("3")).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
        -32602);
    // No workbench: a tool error that says so, not a hang.
    const QJsonObject noWorkbench = byId.value(QStringLiteral("4")).value(QStringLiteral("result")).toObject();
    QVERIFY(noWorkbench.value(QStringLiteral("isError")).toBool());
    QVERIFY(noWorkbench.value(QStringLiteral("content"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("text"))
                .toString()
                .contains(QLatin1String("No Airlock workbench is running")));
    QVERIFY(byId.value(QStringLiteral("5")).contains(QStringLiteral("result")));

    // An older version the server speaks is kept.
    QProcess older;
    older.start(Airlockctl, {QStringLiteral("mcp")});
    QVERIFY(older.waitForStarted());
    older.write(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2024-11-05\","
        "\"capabilities\":{},\"clientInfo\":{\"name\":\"old\",\"version\":\"0\"}}}\n");
    older.closeWriteChannel();
    QVERIFY(finished(older, 30000));
    QCOMPARE(QJsonDocument::fromJson(older.readAllStandardOutput())
                 .object()
                 .value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("protocolVersion"))
                 .toString(),
        QStringLiteral("2024-11-05"));
}

QJsonObject TestAgentChannel::runMcp(Workbench &bench, const QJsonObject &arguments,
    const std::function<void(RequestSession *)> &analyst, QList<QJsonObject> *events, const QStringList &extra)
{
    const QString node = qEnvironmentVariable("AIRLOCK_NODE");
    const QString script = qEnvironmentVariable("AIRLOCK_MCP_CLIENT");
    if (node.isEmpty() || !QFileInfo::exists(script)) {
        qWarning("AIRLOCK_NODE and AIRLOCK_MCP_CLIENT must name Node.js and the SDK client (see tests/CMakeLists.txt)");
        return {};
    }
    QFile args(m_dir->filePath(QStringLiteral("arguments.json")));
    args.open(QIODevice::WriteOnly | QIODevice::Truncate);
    args.write(QJsonDocument(arguments).toJson());
    args.close();
    QProcess client;
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    client.start(node,
        QStringList{script, QStringLiteral("--arguments"), args.fileName()} + extra
            + QStringList{QStringLiteral("--"), Airlockctl, QStringLiteral("mcp")});
    const int before = int(bench.sessions().size());
    RequestSession *session = waitForAgentSession(bench, before + 1);
    if (!session) {
        qWarning() << "no request arrived";
        client.kill();
        client.waitForFinished();
        return {};
    }
    analyst(session);
    if (!finished(client, SandboxTimeout))
        qWarning() << "the MCP client did not finish";
    QJsonObject result;
    for (const QByteArray &line : client.readAllStandardOutput().split('\n')) {
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        if (e.isEmpty())
            continue;
        events->append(e);
        if (e.value(QStringLiteral("event")).toString() == QLatin1String("result"))
            result = e.value(QStringLiteral("result")).toObject();
    }
    return result;
}

void TestAgentChannel::mcpChartComesBackAsAnImage()
{
    auto bench = makeWorkbench();
    const QJsonObject arguments{{QStringLiteral("code"), QString::fromUtf8(chartCode())},
        {QStringLiteral("justification"), QStringLiteral("Plot monthly revenue from sales.csv")},
        {QStringLiteral("files"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("sales.csv")},
                {QStringLiteral("path"), QString(m_data + QStringLiteral("/sales.csv"))}}}}};
    QList<QJsonObject> events;
    RequestSession *seen = nullptr;
    const QJsonObject result = runMcp(
        *bench, arguments,
        [&](RequestSession *session) {
            seen = session;
            QCOMPARE(session->origin().channel, QStringLiteral("mcp"));
            QCOMPARE(session->request()->agent(), QStringLiteral("mcp-test-agent"));
            QCOMPARE(session->request()->prompt(), QStringLiteral("Plot monthly revenue from sales.csv"));
            QVERIFY(!session->blocked());
            QVERIFY(session->approve(QStringLiteral("Ada Analyst"), {}).isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(session->releaseState(), RequestSession::Release::Awaiting, SandboxTimeout);
            QVERIFY(session->releaseResults(QStringLiteral("Ada Analyst")).isEmpty());
        },
        &events);
    QVERIFY(seen);
    QStringList names;
    for (const QJsonObject &e : std::as_const(events))
        names << e.value(QStringLiteral("event")).toString();
    QVERIFY2(names.contains(QStringLiteral("tools")) && names.contains(QStringLiteral("progress")),
        qPrintable(names.join(u',')));
    const QJsonArray tools = events.at(names.indexOf(QStringLiteral("tools"))).value(QStringLiteral("tools")).toArray();
    QCOMPARE(tools.size(), 1);
    QCOMPARE(tools.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("run_python"));

    QVERIFY2(!result.value(QStringLiteral("isError")).toBool(), QJsonDocument(result).toJson().left(2000).constData());
    bool image = false;
    bool csv = false;
    for (const QJsonValue &v : result.value(QStringLiteral("content")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("type")).toString() == QLatin1String("image")) {
            QCOMPARE(c.value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/png"));
            image = QByteArray::fromBase64(c.value(QStringLiteral("data")).toString().toLatin1()).startsWith("\x89PNG");
        }
        if (c.value(QStringLiteral("type")).toString() == QLatin1String("resource"))
            csv |= c.value(QStringLiteral("resource"))
                       .toObject()
                       .value(QStringLiteral("text"))
                       .toString()
                       .startsWith(QLatin1String("date,revenue"));
        if (c.value(QStringLiteral("type")).toString() == QLatin1String("text"))
            QVERIFY(c.value(QStringLiteral("text")).toString().contains(QLatin1String("sales in")));
    }
    QVERIFY(image);
    QVERIFY(csv);
}

void TestAgentChannel::mcpRejectionCarriesTheReason()
{
    auto bench = makeWorkbench();
    QList<QJsonObject> events;
    const QJsonObject result = runMcp(
        *bench,
        {{QStringLiteral("code"), QStringLiteral("print('hello')\n")},
            {QStringLiteral("justification"), QStringLiteral("Say hello")}},
        [](RequestSession *session) {
            QVERIFY(session->reject(QStringLiteral("Ada Analyst"), QStringLiteral("Use the approved dataset instead"))
                        .isEmpty());
        },
        &events);
    QVERIFY(result.value(QStringLiteral("isError")).toBool());
    const QString text
        = result.value(QStringLiteral("content")).toArray().at(0).toObject().value(QStringLiteral("text")).toString();
    QVERIFY2(text.contains(QLatin1String("Use the approved dataset instead")), qPrintable(text));
}

void TestAgentChannel::mcpBlockedRequestIsAnError()
{
    auto bench = makeWorkbench();
    QList<QJsonObject> events;
    const QJsonObject result = runMcp(
        *bench,
        {{QStringLiteral("code"), QStringLiteral("import socket\nsocket.create_connection(('10.0.0.5', 443))\n")},
            {QStringLiteral("justification"), QStringLiteral("Fetch the latest prices")}},
        [](RequestSession *session) {
            QVERIFY(session->blocked());
            QVERIFY(session->reject(QStringLiteral("Ada Analyst"), QStringLiteral("No network access")).isEmpty());
        },
        &events);
    QVERIFY(result.value(QStringLiteral("isError")).toBool());
    const QString text
        = result.value(QStringLiteral("content")).toArray().at(0).toObject().value(QStringLiteral("text")).toString();
    QVERIFY2(text.contains(QLatin1String("blocks")) && text.contains(QLatin1String("code.forbidden-module")),
        qPrintable(text));
}

void TestAgentChannel::mcpCancellationWithdrawsTheRequest()
{
    auto bench = makeWorkbench();
    QList<QJsonObject> events;
    RequestSession *seen = nullptr;
    runMcp(*bench,
        {{QStringLiteral("code"), QStringLiteral("print('hello')\n")},
            {QStringLiteral("justification"), QStringLiteral("Say hello")}},
        [&](RequestSession *session) {
            seen = session;
            // The client cancels after its second progress notification
            // (the heartbeat comes every few seconds while the analyst waits).
            QTRY_COMPARE_WITH_TIMEOUT(session->state(), RequestSession::State::Withdrawn, 60000);
        },
        &events, {QStringLiteral("--cancel-after-progress"), QStringLiteral("2")});
    QVERIFY(seen);
    QCOMPARE(seen->state(), RequestSession::State::Withdrawn);
    bool cancelled = false;
    for (const QJsonObject &e : std::as_const(events))
        cancelled |= e.value(QStringLiteral("event")).toString() == QLatin1String("cancelled");
    QVERIFY(cancelled);
    QJsonObject withdrawn;
    for (const auto &r : story(*bench, seen->request()->requestId())) {
        if (r.kind == QLatin1String("withdrawn"))
            withdrawn = r.body;
    }
    QVERIFY(withdrawn.value(QStringLiteral("reason")).toString().contains(QLatin1String("cancelled")));
    QCOMPARE(withdrawn.value(QStringLiteral("origin")).toObject().value(QStringLiteral("channel")).toString(),
        QStringLiteral("mcp"));
}

QTEST_MAIN(TestAgentChannel)
#include "tst_agentchannel.moc"
