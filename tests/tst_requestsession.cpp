// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "agentresult.h"
#include "codeanalyzer.h"
#include "policy.h"
#include "warmanalyzer.h"
#include "audittrail.h"
#include "auditwriter.h"
#include "outcometext.h"
#include "preparedrun.h"
#include "requestsession.h"
#include "testsupport.h"

using namespace Airlock;

namespace {
const QString SourceDir = QStringLiteral(AIRLOCK_SOURCE_DIR);
constexpr int SandboxTimeout = 60000;

QStringList kinds(const QList<AuditTrail::Record> &records)
{
    QStringList out;
    for (const auto &r : records)
        out << r.kind;
    return out;
}
} // namespace

class TestRequestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void approvedChartRunsAndIsRecorded();
    void rejectionNeedsAReasonAndIsRecorded();
    void blockedRequestNeedsAnOverride();
    void strictPolicyAllowsNoOverride();
    void malformedFileIsShownAndRecorded();
    void stopKillsTheRunAndIsRecorded();
    void closedTrailMeansNoDecision();
    void overrideRunsAndIsRecordedAsSuch();
    void stopWhileTheApprovalIsWrittenRunsNothing();
    void aRequestDecidedBeforeSaysSo();
    void anEndTheTrailRefusesIsNotDone();
    void aWithdrawnRunReadsAsWithdrawn();
    void aLoneSurrogateIsRefusedAndRecorded();
    void checksUseAFreshAnalyzerStartedAhead();

private:
    std::unique_ptr<RequestSession> loadFromAgent(const QJsonObject &fields, const Policy &policy);
    std::unique_ptr<RequestSession> loadPending(const QString &path, const Policy &policy);
    QString writeRequest(const QString &name, const QJsonObject &fields);
    QList<AuditTrail::Record> story(const QString &requestId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditWriter> m_writer;
};

void TestRequestSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<RunResult>();
}

void TestRequestSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_writer = std::make_unique<AuditWriter>(QStringLiteral("workbench"));
    QSignalSpy opened(m_writer.get(), &AuditWriter::opened);
    m_writer->open(m_dir->filePath(QStringLiteral("trail.sqlite")));
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(1).toString(), QString());
}

void TestRequestSession::cleanup()
{
    m_writer.reset();
    m_dir.reset();
}

std::unique_ptr<RequestSession> TestRequestSession::loadPending(const QString &path, const Policy &policy)
{
    auto session = std::make_unique<RequestSession>(path, policy, m_writer.get());
    session->load();
    [&]() { QTRY_VERIFY_WITH_TIMEOUT(session->state() != RequestSession::State::Loading, SandboxTimeout); }();
    return session;
}

std::unique_ptr<RequestSession> TestRequestSession::loadFromAgent(const QJsonObject &fields, const Policy &policy)
{
    QJsonObject doc{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
        {QStringLiteral("agent"), QStringLiteral("test-agent")}, {QStringLiteral("prompt"), QStringLiteral("A test")}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        doc.insert(it.key(), it.value());
    AgentOrigin origin;
    origin.channel = QStringLiteral("socket");
    origin.client = QStringLiteral("test client");
    origin.pid = ::getpid();
    origin.uid = ::getuid();
    auto session = std::make_unique<RequestSession>(QString(), policy, m_writer.get());
    session->setAgentSubmission(QJsonDocument(doc).toJson(), origin);
    session->load();
    [&]() { QTRY_VERIFY_WITH_TIMEOUT(session->state() != RequestSession::State::Loading, SandboxTimeout); }();
    return session;
}

QString TestRequestSession::writeRequest(const QString &name, const QJsonObject &fields)
{
    QJsonObject doc{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
        {QStringLiteral("request_id"), name}, {QStringLiteral("agent"), QStringLiteral("test-agent")},
        {QStringLiteral("prompt"), QStringLiteral("A test")}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        doc.insert(it.key(), it.value());
    const QString path = m_dir->filePath(name + QStringLiteral(".json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(doc).toJson());
    return path;
}

QList<AuditTrail::Record> TestRequestSession::story(const QString &requestId)
{
    m_writer->flush();
    QString error;
    const auto trail
        = AuditTrail::open(m_dir->filePath(QStringLiteral("trail.sqlite")), AuditTrail::Mode::ReadWrite, &error);
    if (!trail)
        qWarning() << error;
    return trail ? trail->story(requestId) : QList<AuditTrail::Record>();
}

void TestRequestSession::approvedChartRunsAndIsRecorded()
{
    auto session
        = loadPending(SourceDir + QStringLiteral("/resources/examples/chart/monthly-revenue.airlock.json"), Policy::defaultPolicy());
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QVERIFY(session->analysed());
    QVERIFY(!session->blocked());
    QCOMPARE(session->preparedRun()->inputs().size(), 1);
    QCOMPARE(kinds(story(session->request()->requestId())),
        (QStringList{QStringLiteral("request"), QStringLiteral("verdicts")}));

    QVERIFY(!session->approvalProblem(QStringLiteral(" "), {}).isEmpty());
    QSignalSpy output(session.get(), &RequestSession::outputReceived);
    QSignalSpy finished(session.get(), &RequestSession::runFinished);
    QCOMPARE(session->approve(QStringLiteral("Ada Analyst"), {}), QString());
    QVERIFY(!session->approve(QStringLiteral("Ada Analyst"), {}).isEmpty()); // one decision only
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, SandboxTimeout);
    QCOMPARE(session->state(), RequestSession::State::Done);
    QVERIFY(!output.isEmpty());
    QVERIFY(session->liveOutput(QProcess::StandardOutput).contains("sales in"));
    const RunResult &result = *session->result();
    QCOMPARE(result.status, RunResult::Status::Succeeded);
    QStringList names;
    for (const auto &a : result.artifacts)
        names << a.name;
    QVERIFY2(names.contains(QStringLiteral("monthly_revenue.png")), qPrintable(names.join(u',')));
    QVERIFY(result.audit.contains(QStringLiteral("hash")));

    const QStringList recorded = kinds(story(session->request()->requestId()));
    QCOMPARE(recorded.mid(0, 4),
        (QStringList{QStringLiteral("request"), QStringLiteral("verdicts"), QStringLiteral("decision"),
            QStringLiteral("run_started")}));
    QCOMPARE(recorded.last(), QStringLiteral("run_finished"));
    QVERIFY(recorded.contains(QStringLiteral("artifact")));
    const auto records = story(session->request()->requestId());
    const QJsonObject decision = records.at(2).body;
    QCOMPARE(decision.value(QStringLiteral("reviewer")).toString(), QStringLiteral("Ada Analyst"));
}

void TestRequestSession::rejectionNeedsAReasonAndIsRecorded()
{
    auto session
        = loadPending(SourceDir + QStringLiteral("/resources/examples/chart/monthly-revenue.airlock.json"), Policy::defaultPolicy());
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QVERIFY(!session->reject(QStringLiteral("Ada"), QStringLiteral("  ")).isEmpty());
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QCOMPARE(session->reject(QStringLiteral("Ada"), QStringLiteral("Not what was asked")), QString());
    // Decided once it is recorded; nothing else can be decided meanwhile.
    QVERIFY(session->isDeciding());
    QVERIFY(!session->approve(QStringLiteral("Ada"), {}).isEmpty());
    QTRY_COMPARE(session->state(), RequestSession::State::Rejected);
    QVERIFY(!session->approve(QStringLiteral("Ada"), {}).isEmpty());
    const auto records = story(session->request()->requestId());
    QCOMPARE(kinds(records).last(), QStringLiteral("decision"));
    const QJsonObject decision = records.last().body;
    QCOMPARE(decision.value(QStringLiteral("outcome")).toString(), QStringLiteral("rejected"));
    QCOMPARE(decision.value(QStringLiteral("reason")).toString(), QStringLiteral("Not what was asked"));
}

void TestRequestSession::blockedRequestNeedsAnOverride()
{
    auto session = loadPending(
        SourceDir + QStringLiteral("/tests/data/corpus/module-subprocess-import.json"), Policy::defaultPolicy());
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QVERIFY(session->blocked());
    QCOMPARE(session->worstSeverity(), Verdict::Severity::Block);
    // Approvable now, as an override: one answer for menu, pane and decision.
    QVERIFY(session->approvability().possible);
    QVERIFY(session->approvability().isOverride);
    QVERIFY(!session->approvalProblem(QStringLiteral("Ada"), {}).isEmpty());
    QVERIFY(!session->approve(QStringLiteral("Ada"), QStringLiteral("too short")).isEmpty());
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QCOMPARE(session->approvalProblem(
                 QStringLiteral("Ada"), QStringLiteral("Needed for the quarterly audit, checked by hand")),
        QString());
}

void TestRequestSession::strictPolicyAllowsNoOverride()
{
    QList<Policy::Error> errors;
    const auto strict = Policy::load(SourceDir + QStringLiteral("/resources/policies/strict.json"), &errors);
    QVERIFY(strict);
    auto session = loadPending(SourceDir + QStringLiteral("/tests/data/corpus/module-subprocess-import.json"), *strict);
    QVERIFY(session->blocked());
    QVERIFY(!session->approvability().possible);
    QVERIFY(session->approvability().reason.contains(QLatin1String("allows no override")));
    QCOMPARE(session->approvalProblem(QStringLiteral("Ada"), QString(200, u'x')), session->approvability().reason);
}

void TestRequestSession::malformedFileIsShownAndRecorded()
{
    const QString path = m_dir->filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"schema\": \"airlock.request/v1\", \"code\": ");
    file.close();
    auto session = loadPending(path, Policy::defaultPolicy());
    QCOMPARE(session->state(), RequestSession::State::Malformed);
    QVERIFY(!session->error().isEmpty());
    QVERIFY(!session->approve(QStringLiteral("Ada"), {}).isEmpty());
    m_writer->flush();
    QString error;
    const auto trail
        = AuditTrail::open(m_dir->filePath(QStringLiteral("trail.sqlite")), AuditTrail::Mode::ReadWrite, &error);
    QVERIFY(trail);
    const auto list = trail->list({});
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().outcome, QStringLiteral("malformed"));
}

void TestRequestSession::stopKillsTheRunAndIsRecorded()
{
    const QString path = writeRequest(QStringLiteral("sleeper"),
        {{QStringLiteral("code"), QStringLiteral("import time\nprint('sleeping', flush=True)\ntime.sleep(120)\n")},
            {QStringLiteral("limits"), QJsonObject{{QStringLiteral("timeout_s"), 60}}}});
    auto session = loadPending(path, Policy::defaultPolicy());
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QSignalSpy finished(session.get(), &RequestSession::runFinished);
    QCOMPARE(session->approve(QStringLiteral("Ada"), {}), QString());
    // Stop once the code is really running: its first line has arrived.
    QTRY_VERIFY_WITH_TIMEOUT(session->liveOutput(QProcess::StandardOutput).contains("sleeping"), SandboxTimeout);
    QVERIFY(session->runElapsedMs() >= 0);
    QCOMPARE(session->runTimeoutMs(), 60000);
    session->stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(session->state(), RequestSession::State::Failed);
    QCOMPARE(session->result()->endReason, RunResult::EndReason::Stopped);
    QVERIFY(session->result()->durationMs < 60000);
    const auto records = story(session->request()->requestId());
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.last().kind, QStringLiteral("run_finished"));
    QCOMPARE(records.last().body.value(QStringLiteral("end_reason")).toString(), QStringLiteral("stopped"));
}

void TestRequestSession::closedTrailMeansNoDecision()
{
    // A trail that cannot be opened: the request is shown, never decided.
    m_writer = std::make_unique<AuditWriter>(QStringLiteral("workbench"));
    QSignalSpy opened(m_writer.get(), &AuditWriter::opened);
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_writer->open(blocker.fileName() + QStringLiteral("/trail.sqlite"));
    QTRY_COMPARE(opened.size(), 1);
    auto session
        = loadPending(SourceDir + QStringLiteral("/resources/examples/chart/monthly-revenue.airlock.json"), Policy::defaultPolicy());
    QCOMPARE(session->state(), RequestSession::State::Failed);
    QVERIFY(session->error().contains(QStringLiteral("audit trail")));
    QVERIFY(!session->approve(QStringLiteral("Ada"), {}).isEmpty());
}

void TestRequestSession::overrideRunsAndIsRecordedAsSuch()
{
    const QString path = writeRequest(QStringLiteral("override-me"),
        {{QStringLiteral("code"), QStringLiteral("import subprocess\nprint('ran anyway')\n")}});
    auto session = loadPending(path, Policy::defaultPolicy());
    QVERIFY(session->blocked());
    const QString justification = QStringLiteral("Reviewed by hand: subprocess is imported but never called");
    QSignalSpy finished(session.get(), &RequestSession::runFinished);
    QCOMPARE(session->approve(QStringLiteral("Ada"), justification), QString());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, SandboxTimeout);
    QVERIFY(session->liveOutput(QProcess::StandardOutput).contains("ran anyway"));
    const auto records = story(session->request()->requestId());
    QStringList kinds;
    for (const auto &r : records)
        kinds << r.kind;
    const auto decision = records.at(int(kinds.indexOf(QStringLiteral("decision")))).body;
    QCOMPARE(decision.value(QStringLiteral("outcome")).toString(), QStringLiteral("overridden"));
    QCOMPARE(decision.value(QStringLiteral("reason")).toString(), justification);
    QVERIFY(kinds.indexOf(QStringLiteral("decision")) < kinds.indexOf(QStringLiteral("run_started")));
}

void TestRequestSession::stopWhileTheApprovalIsWrittenRunsNothing()
{
    auto session
        = loadPending(SourceDir + QStringLiteral("/resources/examples/chart/monthly-revenue.airlock.json"), Policy::defaultPolicy());
    QCOMPARE(session->approve(QStringLiteral("Ada"), {}), QString());
    QCOMPARE(session->state(), RequestSession::State::Approved); // the decision is still being written
    session->stop();
    QTRY_COMPARE(session->state(), RequestSession::State::Failed);
    QVERIFY(session->error().contains(QStringLiteral("nothing ran")));
    const auto records = story(session->request()->requestId());
    for (const auto &r : records)
        QVERIFY(r.kind != QLatin1String("run_started"));
    QCOMPARE(records.last().kind, QStringLiteral("blocked"));
}

void TestRequestSession::aLoneSurrogateIsRefusedAndRecorded()
{
    // Opened, dropped or found in the inbox folder: a file that holds text
    // without a UTF-8 form is malformed, names the field, and is recorded
    // as the bytes it is; the trail still verifies.
    const QString path = m_dir->filePath(QStringLiteral("lone.json"));
    const QByteArray bytes = R"j({"schema":"airlock.request/v1","agent":"a\ud800","code":"print(1)"})j";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    auto session = loadPending(path, Policy::defaultPolicy());
    QCOMPARE(session->state(), RequestSession::State::Malformed);
    QVERIFY2(session->error().startsWith(QLatin1String("agent: contains a lone UTF-16 surrogate")),
        qPrintable(session->error()));
    m_writer->flush();
    QString error;
    const auto trail
        = AuditTrail::open(m_dir->filePath(QStringLiteral("trail.sqlite")), AuditTrail::Mode::ReadWrite, &error);
    QVERIFY2(trail, qPrintable(error));
    const auto list = trail->list({});
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().outcome, QStringLiteral("malformed"));
    const QJsonObject body = trail->story(list.first().requestId).constFirst().body;
    QCOMPARE(QByteArray::fromBase64(body.value(QStringLiteral("raw_base64")).toString().toLatin1()), bytes);
    const auto v = trail->verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
}

void TestRequestSession::aRequestDecidedBeforeSaysSo()
{
    const QString chart = SourceDir + QStringLiteral("/resources/examples/chart/monthly-revenue.airlock.json");
    auto first = loadPending(chart, Policy::defaultPolicy());
    for (const Verdict &v : first->verdicts())
        QVERIFY(v.rule != QLatin1String("request.decided-before"));
    QCOMPARE(first->reject(QStringLiteral("Rita"), QStringLiteral("Wrong quarter")), QString());
    QTRY_COMPARE(first->state(), RequestSession::State::Rejected);
    // The same file again, e.g. still in the inbox folder after a restart.
    auto again = loadPending(chart, Policy::defaultPolicy());
    QCOMPARE(again->state(), RequestSession::State::Pending);
    bool found = false;
    bool referenceSeen = false;
    for (const Verdict &v : again->verdicts()) {
        if (v.rule == QLatin1String("request.decided-before")) {
            found = true;
            QVERIFY2(v.message.contains(QStringLiteral("rejected by Rita")), qPrintable(v.message));
            QVERIFY(v.message.contains(QStringLiteral("same code")));
        }
        if (v.rule == QLatin1String("request.reference-seen")) {
            referenceSeen = true;
            QCOMPARE(v.severity, Verdict::Severity::Warn);
            // Names the earlier request by Airlock's id, and the file's reference.
            QVERIFY2(v.message.contains(first->request()->requestId()), qPrintable(v.message));
            QVERIFY(v.message.contains(QStringLiteral("example-chart-0001")));
        }
    }
    QVERIFY(found);
    QVERIFY(referenceSeen);
    QVERIFY(again->request()->requestId() != first->request()->requestId());
    // And recorded with the other verdicts.
    bool recorded = false;
    for (const auto &r : story(again->request()->requestId())) {
        if (r.kind == QLatin1String("verdicts"))
            recorded = QJsonDocument(r.body).toJson().contains("request.reference-seen");
    }
    QVERIFY(recorded);
}

void TestRequestSession::anEndTheTrailRefusesIsNotDone()
{
    // From an agent, under a policy that would release a clean run by itself.
    Policy policy = Policy::defaultPolicy();
    policy.releaseMode = Policy::ReleaseMode::AutoWhenClean;
    policy.fileRoots = QStringList{};
    auto session = loadFromAgent({{QStringLiteral("request_id"), QStringLiteral("unrecorded-end")},
                                     {QStringLiteral("code"),
                                         QStringLiteral("print('the result', flush=True)\n"
                                                        "open('/workspace/output/result.txt', 'w').write('42')\n")}},
        policy);
    QCOMPARE(session->state(), RequestSession::State::Pending);
    // The trail takes the request, the decision and the start, then
    // refuses the run's end, as a full disk does; its file, written in the
    // same transaction, must not stay behind.
    m_writer->flush();
    const QString trail = m_dir->filePath(QStringLiteral("trail.sqlite"));
    QCOMPARE(TestSupport::sql(trail,
                 QStringLiteral("CREATE TRIGGER refuse_the_end BEFORE INSERT ON records WHEN NEW.kind = "
                                "'run_finished' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); "
                                "END;")),
        QString());
    QSignalSpy finished(session.get(), &RequestSession::runFinished);
    QCOMPARE(session->approve(QStringLiteral("Ada"), {}), QString());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, SandboxTimeout);

    // The code did fine, yet nothing counts as done that was not recorded.
    QCOMPARE(session->state(), RequestSession::State::Failed);
    QCOMPARE(session->result()->status, RunResult::Status::Succeeded);
    QVERIFY2(session->result()->recordError.contains(QLatin1String("could not be recorded")),
        qPrintable(session->result()->recordError));
    QVERIFY(session->error().contains(QLatin1String("database or disk is full")));
    QCOMPARE(session->statusText(), OutcomeText::notRecorded());
    QVERIFY(session->result()->audit.isEmpty());

    // The agent hears at once that nothing comes back, and nothing does,
    // not even through the policy's automatic release.
    QVERIFY(session->agentOutcomeReady());
    QCOMPARE(session->releaseState(), RequestSession::Release::NotNeeded);
    QVERIFY(!session->releaseResults(QStringLiteral("Ada")).isEmpty());
    QVERIFY(AgentResult::releasedContents(*session).isEmpty());
    const QJsonObject answer = AgentResult::of(*session);
    QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("withheld"));
    QCOMPARE(answer.value(QStringLiteral("run_status")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(answer.value(QStringLiteral("recorded")), QJsonValue(false));
    QVERIFY(answer.value(QStringLiteral("message")).toString().contains(QLatin1String("could not be recorded")));
    QCOMPARE(answer.value(QStringLiteral("stdout")).toString(), QString());
    QVERIFY(answer.value(QStringLiteral("artifacts")).toArray().isEmpty());
    QCOMPARE(answer.value(QStringLiteral("release")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("withheld"));

    // The trail says the end is missing, and claims nothing more.
    QCOMPARE(TestSupport::sql(trail, QStringLiteral("DROP TRIGGER refuse_the_end;")), QString());
    const auto records = story(session->request()->requestId());
    const QStringList recorded = kinds(records);
    QVERIFY2(recorded.contains(QStringLiteral("run_started")), qPrintable(recorded.join(u',')));
    QVERIFY(!recorded.contains(QStringLiteral("run_finished")));
    QVERIFY(!recorded.contains(QStringLiteral("artifact")));
    QVERIFY(!recorded.contains(QStringLiteral("release")));
    QCOMPARE(records.last().kind, QStringLiteral("interrupted"));
    QCOMPARE(records.last().body.value(QStringLiteral("delivered")), QJsonValue(false));
    QVERIFY(records.last().body.value(QStringLiteral("reason")).toString().contains(QLatin1String("not be recorded")));
    QString error;
    const auto opened = AuditTrail::open(trail, AuditTrail::Mode::ReadOnly, &error);
    QVERIFY2(opened, qPrintable(error));
    QVERIFY(opened->verify().intact);
}

void TestRequestSession::aWithdrawnRunReadsAsWithdrawn()
{
    auto session = loadFromAgent(
        {{QStringLiteral("request_id"), QStringLiteral("taken-back")},
            {QStringLiteral("code"), QStringLiteral("import time\nprint('sleeping', flush=True)\ntime.sleep(120)\n")},
            {QStringLiteral("limits"), QJsonObject{{QStringLiteral("timeout_s"), 60}}}},
        Policy::defaultPolicy());
    QCOMPARE(session->state(), RequestSession::State::Pending);
    QSignalSpy finished(session.get(), &RequestSession::runFinished);
    QCOMPARE(session->approve(QStringLiteral("Ada"), {}), QString());
    QTRY_VERIFY_WITH_TIMEOUT(session->liveOutput(QProcess::StandardOutput).contains("sleeping"), SandboxTimeout);
    QVERIFY(session->withdraw(QStringLiteral("no longer needed")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTRY_COMPARE(session->state(), RequestSession::State::Withdrawn);
    // The agent ended it, not the analyst: the result, the words and the trail agree.
    QCOMPARE(session->result()->endReason, RunResult::EndReason::Withdrawn);
    QCOMPARE(OutcomeText::run(*session->result()), QStringLiteral("Withdrawn by the agent"));
    QCOMPARE(session->statusText(), QStringLiteral("Withdrawn by the agent"));
    const auto records = story(session->request()->requestId());
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.last().kind, QStringLiteral("run_finished"));
    QCOMPARE(records.last().body.value(QStringLiteral("end_reason")).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(records.last().body.value(QStringLiteral("status")).toString(), QStringLiteral("killed"));
}

void TestRequestSession::checksUseAFreshAnalyzerStartedAhead()
{
    const Policy policy = Policy::builtIn();
    const QByteArray first = "import socket\nimport pandas as pd\nprint(open('/etc/passwd').read())\n";
    const QByteArray second = "import numpy as np\nprint(np.arange(3))\n";
    auto check = [&](const QByteArray &code, WarmAnalyzer *warm, QJsonObject *facts) {
        CodeAnalyzer analyzer;
        analyzer.setWarmAnalyzer(warm);
        QSignalSpy done(&analyzer, &CodeAnalyzer::finished);
        analyzer.start(code, policy, {});
        if (!done.wait(60000))
            qFatal("the check did not finish");
        *facts = analyzer.facts();
        if (warm && !analyzer.usedWarm())
            qFatal("the analyzer started ahead was not used");
        QStringList verdicts;
        for (const Verdict &v : done.constFirst().constFirst().value<QList<Verdict>>())
            verdicts << v.rule + QLatin1Char(':') + QString::number(v.line);
        return verdicts;
    };
    WarmAnalyzer warm;
    warm.setEnabled(true);
    QTRY_VERIFY_WITH_TIMEOUT(warm.isReady(), 30000);
    QJsonObject warmFacts, coldFacts;
    // The same verdicts as a check in a sandbox of its own.
    const QStringList warmVerdicts = check(first, &warm, &warmFacts);
    QCOMPARE(warmVerdicts, check(first, nullptr, &coldFacts));
    QCOMPARE(warmFacts, coldFacts);
    QVERIFY(!warmVerdicts.isEmpty());
    // A fresh one for the next check: nothing of the first is in its report.
    QTRY_VERIFY_WITH_TIMEOUT(warm.isReady(), 30000);
    check(second, &warm, &warmFacts);
    const QByteArray report = QJsonDocument(warmFacts).toJson();
    QVERIFY(report.contains("numpy"));
    QVERIFY2(!report.contains("socket") && !report.contains("passwd"), report.constData());
    QTRY_VERIFY_WITH_TIMEOUT(warm.isReady(), 30000);
    warm.setEnabled(false);
    QVERIFY(!warm.isReady());
}

QTEST_GUILESS_MAIN(TestRequestSession)
#include "tst_requestsession.moc"
