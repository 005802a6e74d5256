// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "audittrail.h"
#include "auditwriter.h"
#include "preparedrun.h"
#include "requestsession.h"
#include "sandboxrunner.h"
#include "scenario.h"

using namespace Airlock;

namespace {
constexpr int SandboxTimeout = 90000;

struct Ctl
{
    int exitCode = -1;
    QString out;
    QString err;
};

Ctl ctl(const QStringList &arguments, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Settings, caches and the default trail of a throw-away home.
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AIRLOCKCTL_PATH), arguments);
    p.waitForFinished(300000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

/// The trainer scenarios: each behaves as its note says, every time.
class TestScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void libraryIsComplete();
    void eachBehavesAsExpected_data();
    void eachBehavesAsExpected();
    void theInspectorShowsTheSandboxTheRunGets();
    void demoRunsThemAllAndKeepsThemApart();

private:
    std::unique_ptr<RequestSession> runScenario(const Scenario &scenario, AuditWriter *writer, const QString &dir);
    QTemporaryDir m_dir;
};

void TestScenarios::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<RunResult>();
    // The secret the environment scenario looks for, in this (the host's) process.
    qputenv(Scenario::DemoSecretName, Scenario::DemoSecretValue);
    QVERIFY(m_dir.isValid());
}

void TestScenarios::libraryIsComplete()
{
    QString error;
    const QList<Scenario> scenarios = Scenario::all(&error);
    QCOMPARE(error, QString());
    QVERIFY(scenarios.size() >= 15);
    QSet<QString> ids;
    int benign = 0;
    for (const Scenario &s : scenarios) {
        QVERIFY2(!ids.contains(s.id), qPrintable(s.id));
        ids.insert(s.id);
        QVERIFY2(!s.title.isEmpty() && s.note.size() > 40, qPrintable(s.id));
        QVERIFY2(s.files.contains(s.requestFile), qPrintable(s.id));
        QVERIFY2(s.hostile() != s.stoppedBy.isEmpty(), qPrintable(s.id)); // a hostile one names its layer
        QVERIFY2(!s.expect.value(QStringLiteral("status")).isUndefined(), qPrintable(s.id));
        benign += !s.hostile();
    }
    QVERIFY(benign >= 3);
    for (const char *needed : {"env-secrets", "ssh-and-shadow", "network-internal-and-internet", "dns-exfiltration",
             "spawn-shell", "fork-bomb", "memory-bomb", "infinite-loop", "output-flood", "fill-disk",
             "write-outside-output", "symlink-in-output", "hidden-subprocess", "prompt-injection-csv"})
        QVERIFY2(ids.contains(QLatin1String(needed)), needed);
}

std::unique_ptr<RequestSession> TestScenarios::runScenario(
    const Scenario &scenario, AuditWriter *writer, const QString &dir)
{
    QString error;
    const QString path = scenario.extract(dir, &error);
    if (path.isEmpty()) {
        qWarning() << error;
        return nullptr;
    }
    auto session = std::make_unique<RequestSession>(path, Scenario::policy(), writer);
    session->setScenario(scenario.id, scenario.title, scenario.note);
    session->load();
    if (!QTest::qWaitFor([&]() { return session->state() != RequestSession::State::Loading; }, SandboxTimeout))
        return nullptr;
    QSignalSpy finished(session.get(), &RequestSession::runFinished);
    const QString problem = session->approve(QStringLiteral("trainer"),
        session->blocked() ? QStringLiteral("Training demonstration of the sandbox") : QString());
    if (!problem.isEmpty()) {
        qWarning() << problem;
        return nullptr;
    }
    if (!finished.wait(SandboxTimeout))
        return nullptr;
    return session;
}

void TestScenarios::eachBehavesAsExpected_data()
{
    QTest::addColumn<QString>("id");
    for (const Scenario &s : Scenario::all())
        QTest::addRow("%s", qPrintable(s.id)) << s.id;
}

void TestScenarios::eachBehavesAsExpected()
{
    QFETCH(QString, id);
    const Scenario scenario = *Scenario::find(id);
    AuditWriter writer(QStringLiteral("test"));
    QSignalSpy opened(&writer, &AuditWriter::opened);
    writer.open(m_dir.filePath(id + QStringLiteral(".sqlite")));
    QVERIFY(opened.wait());
    const auto session = runScenario(scenario, &writer, m_dir.filePath(id));
    QVERIFY(session);
    QVERIFY(session->result());
    const RunResult &result = *session->result();
    // A hostile scenario that suddenly succeeds fails here.
    const QStringList mismatches = scenario.mismatches(result);
    QVERIFY2(mismatches.isEmpty(),
        qPrintable(mismatches.join(QLatin1Char('\n')) + QStringLiteral("\nstdout:\n")
            + QString::fromUtf8(result.stdoutData).right(2000)));
    // One clock for the whole timeline: the host's, in the order things
    // happened; what the code said of its own time is kept beside.
    qint64 previous = -1;
    for (const QJsonValue &v : result.timeline) {
        const QJsonObject e = v.toObject();
        const qint64 t = e.value(QStringLiteral("t_ms")).toInteger(-1);
        QVERIFY2(t >= previous, qPrintable(QString::fromUtf8(QJsonDocument(result.timeline).toJson())));
        previous = t;
        if (e.value(QStringLiteral("source")).toString() == QLatin1String("sandbox"))
            QVERIFY(e.contains(QStringLiteral("reported_t_ms")));
    }
    // The fork bomb's ceiling shows on the timeline at the moment it was hit
    // (where a cgroup counts the hits).
    if (id == QLatin1String("fork-bomb") && result.enforcement.contains(QLatin1String("cgroup"))) {
        bool hit = false;
        for (const QJsonValue &v : result.timeline) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("limit")).toString() == QLatin1String("processes")
                && e.value(QStringLiteral("t_ms")).toInteger() > 0
                && e.value(QStringLiteral("t_ms")).toInteger() < result.durationMs)
                hit = true;
        }
        QVERIFY2(hit, "no timed process-limit hit on the timeline");
    }
    // Recorded as a scenario, so reports of real work leave it out.
    writer.flush();
    QString error;
    auto trail = AuditTrail::open(writer.path(), AuditTrail::Mode::ReadOnly, &error);
    QVERIFY2(trail, qPrintable(error));
    QCOMPARE(trail->count({}), 0);
    AuditTrail::Filter only;
    only.scenarios = AuditTrail::Filter::Scenarios::Only;
    const auto listed = trail->list(only);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.constFirst().scenario, id);
}

void TestScenarios::theInspectorShowsTheSandboxTheRunGets()
{
    const Scenario scenario = *Scenario::find(QStringLiteral("chart-from-csv"));
    AuditWriter writer(QStringLiteral("test"));
    QSignalSpy opened(&writer, &AuditWriter::opened);
    writer.open(m_dir.filePath(QStringLiteral("inspect.sqlite")));
    QVERIFY(opened.wait());
    QString error;
    const QString path = scenario.extract(m_dir.filePath(QStringLiteral("inspect")), &error);
    RequestSession session(path, Scenario::policy(), &writer);
    session.load();
    QTRY_VERIFY_WITH_TIMEOUT(session.state() == RequestSession::State::Pending, SandboxTimeout);
    // Before the run: the plan.
    const QJsonObject plan = SandboxRunner::plan(*session.preparedRun(), {}, &error);
    QVERIFY2(!plan.isEmpty(), qPrintable(error));
    QSignalSpy finished(&session, &RequestSession::runFinished);
    QCOMPARE(session.approve(QStringLiteral("trainer"), {}), QString());
    QVERIFY(finished.wait(SandboxTimeout));
    // The run got exactly the planned arguments, and they are what was recorded.
    const QJsonObject used = session.runSandbox();
    QCOMPARE(used.value(QStringLiteral("options")), plan.value(QStringLiteral("options")));
    QCOMPARE(used.value(QStringLiteral("command")), plan.value(QStringLiteral("command")));
    writer.flush();
    auto trail = AuditTrail::open(writer.path(), AuditTrail::Mode::ReadOnly, &error);
    QVERIFY(trail);
    bool found = false;
    for (const auto &r : trail->story(session.request()->requestId())) {
        if (r.kind == QLatin1String("run_started")) {
            found = true;
            QCOMPARE(r.body.value(QStringLiteral("options")), plan.value(QStringLiteral("options")));
        }
    }
    QVERIFY(found);
    // The environment the code sees is listed, and holds no host secret.
    const QJsonArray environment = plan.value(QStringLiteral("environment")).toArray();
    QVERIFY(!environment.isEmpty());
    for (const QJsonValue &v : environment)
        QVERIFY(v.toObject().value(QStringLiteral("name")).toString() != QLatin1String(Scenario::DemoSecretName));
}

void TestScenarios::demoRunsThemAllAndKeepsThemApart()
{
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const QString out = m_dir.filePath(QStringLiteral("demo"));
    const Ctl demo = ctl({QStringLiteral("demo"), QStringLiteral("--out"), out}, home);
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.out + demo.err));
    for (const Scenario &s : Scenario::all())
        QVERIFY2(demo.out.contains(s.id), qPrintable(s.id));
    QVERIFY(!demo.out.contains(QLatin1String("UNEXPECTED")));
    QVERIFY(demo.out.contains(QLatin1String("Audit trail verified: intact")));
    QVERIFY(QFileInfo(out + QStringLiteral("/report.html")).size() > 10000);
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/artifacts/chart-from-csv")));

    // Never pointed at somebody's files: a folder the demo did not make is refused.
    const QString foreign = m_dir.filePath(QStringLiteral("foreign"));
    QDir().mkpath(foreign);
    QFile keep(foreign + QStringLiteral("/audit.sqlite"));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("real evidence");
    keep.close();
    QCOMPARE(ctl({QStringLiteral("demo"), QStringLiteral("--out"), foreign}, home).exitCode, 2);
    QCOMPARE(keep.size(), qint64(13));
    // The report marks training runs as such.
    QFile report(out + QStringLiteral("/report.html"));
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains("Training scenario"));

    const QString db = out + QStringLiteral("/audit.sqlite");
    QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}, home).exitCode, 0);
    // Training runs never mix with real ones unless asked for.
    const Ctl real = ctl(
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db}, home);
    QCOMPARE(QJsonDocument::fromJson(real.out.toUtf8()).array().size(), 0);
    const Ctl training = ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                                 QStringLiteral("--scenarios"), QStringLiteral("only"), QStringLiteral("--db"), db},
        home);
    QCOMPARE(QJsonDocument::fromJson(training.out.toUtf8()).array().size(), Scenario::all().size());
}

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
