// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <unistd.h>

#include "audittrail.h"
#include "testsupport.h"

using Airlock::AuditTrail;

// Drives the real airlockctl executable, as scripts and other programs do.
class TestCommandLine : public QObject
{
    Q_OBJECT
private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static QTemporaryDir &cacheDir()
    {
        static QTemporaryDir dir;
        return dir;
    }

    static Result ctl(const QStringList &arguments)
    {
        QProcess p;
        // The doctor's cached verdict goes to a folder of the test's own.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheDir().path());
        // ...and the default audit trail too.
        env.insert(QStringLiteral("XDG_DATA_HOME"), cacheDir().filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), cacheDir().filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AIRLOCKCTL_PATH), arguments);
        if (!p.waitForFinished(120000))
            qFatal("airlockctl did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
    }

private Q_SLOTS:
    void doctorJson()
    {
        const Result r = ctl({QStringLiteral("doctor"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error{};
        const QJsonObject report = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(report.value(QStringLiteral("ready")).toBool(), true);
        QVERIFY(report.value(QStringLiteral("failing")).toArray().isEmpty());
        QStringList ids;
        for (const QJsonValue &v : report.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = v.toObject();
            ids << check.value(QStringLiteral("id")).toString();
            QVERIFY(check.contains(QStringLiteral("status")));
            QVERIFY(check.contains(QStringLiteral("required")));
        }
        for (const char *id : {"bwrap.found", "bwrap.version", "sandbox.starts", "network.interfaces",
                 "network.connect", "env.allow-list", "env.secret", "fs.host-paths", "fd.inherited", "seccomp.active",
                 "limits.enforcement"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
    }

    void doctorTable()
    {
        const Result r = ctl({QStringLiteral("doctor")});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(QLatin1String("env.secret")));
        QVERIFY(text.contains(QLatin1String("The sandbox is ready")));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no command") << QStringList{} << QStringLiteral("no command given");
        QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("unknown command");
        QTest::addRow("unknown option") << QStringList{QStringLiteral("doctor"), QStringLiteral("--frob")}
                                        << QStringLiteral("Unknown option");
        QTest::addRow("stray argument") << QStringList{QStringLiteral("doctor"), QStringLiteral("extra")}
                                        << QStringLiteral("unexpected argument");
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result r = ctl(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void runTheBundledChartExample()
    {
        QTemporaryDir out;
        const Result r = ctl({QStringLiteral("run"),
            QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/examples/chart/monthly-revenue.airlock.json"), QStringLiteral("--approve"),
            QStringLiteral("--reviewer"), QStringLiteral("alice"), QStringLiteral("--reason"),
            QStringLiteral("monthly report"), QStringLiteral("--out"), out.path(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        // Every field SPEC section 4 names.
        for (const char *key : {"request_id", "run_id", "status", "verdicts", "decision", "exit_code", "duration_ms",
                 "stdout", "stderr", "stdout_truncated", "stderr_truncated", "artifacts", "events", "audit"})
            QVERIFY2(result.contains(QLatin1String(key)), key);
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        // The file's request_id is the agent's reference; the id is Airlock's own.
        QCOMPARE(result.value(QStringLiteral("agent_request_id")).toString(), QStringLiteral("example-chart-0001"));
        QVERIFY(!QUuid::fromString(result.value(QStringLiteral("request_id")).toString()).isNull());
        QCOMPARE(result.value(QStringLiteral("exit_code")).toInt(), 0);
        QVERIFY(result.value(QStringLiteral("stdout")).toString().contains(QLatin1String("total revenue")));
        QCOMPARE(result.value(QStringLiteral("stderr")).toString(), QString());
        const QJsonObject decision = result.value(QStringLiteral("decision")).toObject();
        QCOMPARE(decision.value(QStringLiteral("outcome")).toString(), QStringLiteral("approved"));
        QCOMPARE(decision.value(QStringLiteral("reviewer")).toString(), QStringLiteral("alice"));
        QCOMPARE(decision.value(QStringLiteral("reason")).toString(), QStringLiteral("monthly report"));
        const QJsonObject events = result.value(QStringLiteral("events")).toObject();
        for (const char *key : {"files_opened", "network_attempts", "subprocesses"})
            QVERIFY2(events.value(QLatin1String(key)).isArray(), key);
        QVERIFY(events.value(QStringLiteral("files_opened")).toArray().contains(QStringLiteral("sales.csv")));

        QJsonObject png;
        for (const QJsonValue &v : result.value(QStringLiteral("artifacts")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("monthly_revenue.png"))
                png = v.toObject();
        QCOMPARE(png.value(QStringLiteral("media_type")).toString(), QStringLiteral("image/png"));
        QFile copy(out.filePath(QStringLiteral("monthly_revenue.png")));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        const QByteArray bytes = copy.readAll();
        QCOMPARE(png.value(QStringLiteral("bytes")).toInteger(), bytes.size());
        QCOMPARE(png.value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }

    void runOutcomes_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::addRow("malformed JSON") << QByteArray("{\"schema\": ") << QStringList{} << 2
                                        << QStringLiteral("malformed");
        QTest::addRow("missing code") << QByteArray(R"j({"schema":"airlock.request/v1"})j") << QStringList{} << 2
                                      << QStringLiteral("malformed");
        QTest::addRow("network asked for")
            << QByteArray(R"j({"schema":"airlock.request/v1","code":"1","network":"full"})j") << QStringList{} << 3
            << QStringLiteral("blocked");
        QTest::addRow("missing input") << QByteArray(
            R"j({"schema":"airlock.request/v1","code":"1","files":[{"name":"a.csv","path":"nope.csv"}]})j")
                                       << QStringList{} << 3 << QStringLiteral("blocked");
        QTest::addRow("code fails") << QByteArray(R"j({"schema":"airlock.request/v1","code":"raise SystemExit(3)"})j")
                                    << QStringList{} << 1 << QStringLiteral("failed");
        QTest::addRow("times out") << QByteArray(
            R"j({"schema":"airlock.request/v1","code":"while True: pass","limits":{"timeout_s":1}})j")
                                   << QStringList{} << 1 << QStringLiteral("timed_out");
    }

    void runOutcomes()
    {
        QFETCH(QByteArray, request);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("request.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(request);
        file.close();
        const Result r = ctl(QStringList{QStringLiteral("run"), file.fileName(), QStringLiteral("--approve"),
                                 QStringLiteral("--reviewer"), QStringLiteral("bob"), QStringLiteral("--json")}
            + extra);
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), status);
        if (status == QLatin1String("malformed"))
            QVERIFY(!result.value(QStringLiteral("message")).toString().isEmpty());
        if (status == QLatin1String("blocked"))
            QVERIFY(!result.value(QStringLiteral("verdicts")).toArray().isEmpty());
    }

    void runNeedsAnExplicitApproval_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString example = QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/examples/chart/monthly-revenue.airlock.json");
        QTest::addRow("no --approve") << QStringList{QStringLiteral("run"), example, QStringLiteral("--reviewer"),
            QStringLiteral("x")} << QStringLiteral("--approve");
        QTest::addRow("no reviewer") << QStringList{QStringLiteral("run"), example, QStringLiteral("--approve")}
                                     << QStringLiteral("--reviewer");
        QTest::addRow("no request") << QStringList{QStringLiteral("run"), QStringLiteral("--approve")}
                                    << QStringLiteral("exactly one request");
    }

    void runNeedsAnExplicitApproval()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result r = ctl(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    static QString writeRequest(QTemporaryDir &dir, const QByteArray &document)
    {
        QFile file(dir.filePath(QStringLiteral("request.json")));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the request");
        file.write(document);
        return file.fileName();
    }

    void check_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("rule");
        const QByteArray clean
            = R"j({"schema":"airlock.request/v1","code":"import pandas as pd\nprint(pd.__version__)"})j";
        const QByteArray forbidden = R"j({"schema":"airlock.request/v1","code":"import os\nos.system('id')"})j";
        const QByteArray literal = R"j({"schema":"airlock.request/v1","code":"u = 'https://example.com'"})j";
        QTest::addRow("clean, default policy") << clean << QString() << 0 << QString();
        QTest::addRow("os.system blocks") << forbidden << QString() << 3 << QStringLiteral("code.forbidden-call");
        QTest::addRow("URL warns by default") << literal << QString() << 0 << QStringLiteral("code.network-literal");
        QTest::addRow("URL blocks under strict")
            << literal << QStringLiteral("strict.json") << 3 << QStringLiteral("code.network-literal");
        QTest::addRow("strict allow-list")
            << QByteArray(R"j({"schema":"airlock.request/v1","code":"import sqlite3"})j")
            << QStringLiteral("strict.json") << 3 << QStringLiteral("code.module-not-allowed");
        QTest::addRow("training only warns")
            << forbidden << QStringLiteral("training.json") << 0 << QStringLiteral("code.forbidden-call");
        QTest::addRow("malformed") << QByteArray("{nope") << QString() << 2 << QString();
    }

    void check()
    {
        QFETCH(QByteArray, request);
        QFETCH(QString, policy);
        QFETCH(int, exitCode);
        QFETCH(QString, rule);
        QTemporaryDir dir;
        QStringList args{QStringLiteral("check"), writeRequest(dir, request), QStringLiteral("--json")};
        if (!policy.isEmpty())
            args << QStringLiteral("--policy") << QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/policies/") + policy;
        const Result r = ctl(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 2)
            return;
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("runnable")).toBool(), exitCode == 0);
        // Where no cgroup caps the sandbox (an ordinary user), strict also
        // blocks with limit.total-memory: a fact of the machine, not of the
        // request, so it is set aside here.
        QJsonArray verdicts;
        for (const QJsonValue &v : o.value(QStringLiteral("verdicts")).toArray())
            if (v.toObject().value(QStringLiteral("rule")).toString() != QLatin1String("limit.total-memory"))
                verdicts.append(v);
        if (rule.isEmpty())
            QVERIFY(verdicts.isEmpty());
        else
            QCOMPARE(verdicts.at(0).toObject().value(QStringLiteral("rule")).toString(), rule);
    }

    void invalidPolicyIsRefused()
    {
        QTemporaryDir dir;
        QFile policy(dir.filePath(QStringLiteral("policy.json")));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write(R"({"schema":"airlock.policy/v1","name":"x","surprise":true})");
        policy.close();
        const Result r
            = ctl({QStringLiteral("check"), QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/examples/chart/monthly-revenue.airlock.json"),
                QStringLiteral("--policy"), policy.fileName()});
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QLatin1String("surprise: is not a known setting")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("limits: is missing")), qPrintable(err));
    }

    void override_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expect");
        QTest::addRow("no override") << QStringList{} << 3 << QStringLiteral("--override-reason");
        QTest::addRow("reason too short")
            << QStringList{QStringLiteral("--override-reason"), QStringLiteral("trust me")} << 3
            << QStringLiteral("at least 20 characters");
        QTest::addRow("strict never overrides") << QStringList{QStringLiteral("--override-reason"),
            QStringLiteral("needed for the quarterly reconciliation"), QStringLiteral("--policy"),
            QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/policies/strict.json")}
                                                << 3 << QStringLiteral("allows no override");
        QTest::addRow("justified override") << QStringList{QStringLiteral("--override-reason"),
            QStringLiteral("needed for the quarterly reconciliation")}
                                            << 0 << QStringLiteral("overridden");
    }

    void override()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, expect);
        QTemporaryDir dir;
        const QString request = writeRequest(dir, R"j({"schema":"airlock.request/v1","code":"import subprocess
print('ran')"})j");
        const Result r = ctl(QStringList{QStringLiteral("run"), request, QStringLiteral("--approve"),
                                 QStringLiteral("--reviewer"), QStringLiteral("carol"), QStringLiteral("--json")}
            + extra);
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        if (exitCode == 3) {
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("blocked"));
            QVERIFY2(o.value(QStringLiteral("message")).toString().contains(expect), r.out.constData());
            QVERIFY(o.value(QStringLiteral("stdout")).toString().isEmpty());
            return;
        }
        const QJsonObject decision = o.value(QStringLiteral("decision")).toObject();
        QCOMPARE(decision.value(QStringLiteral("outcome")).toString(), expect);
        QCOMPARE(decision.value(QStringLiteral("reason")).toString(),
            QStringLiteral("needed for the quarterly reconciliation"));
        QCOMPARE(o.value(QStringLiteral("stdout")).toString(), QStringLiteral("ran\n"));
        // The blocking verdict is kept with the run it was overridden for.
        QCOMPARE(
            o.value(QStringLiteral("verdicts")).toArray().at(0).toObject().value(QStringLiteral("rule")).toString(),
            QStringLiteral("code.forbidden-module"));
    }

    void hugeCodeGetsAVerdictInTime()
    {
        // A policy that lets 10 MB of code past the size cap, with a short
        // analysis timeout: the answer is still a clear verdict, in time.
        QTemporaryDir dir;
        QFile shipped(QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/policies/default.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QJsonObject policy = QJsonDocument::fromJson(shipped.readAll()).object();
        QJsonObject code = policy.value(QStringLiteral("code")).toObject();
        code.insert(QStringLiteral("max_bytes"), 16 * 1024 * 1024);
        code.insert(QStringLiteral("analysis_timeout_s"), 2);
        policy.insert(QStringLiteral("code"), code);
        QFile policyFile(dir.filePath(QStringLiteral("big.policy.json")));
        QVERIFY(policyFile.open(QIODevice::WriteOnly));
        policyFile.write(QJsonDocument(policy).toJson());
        policyFile.close();
        QByteArray source;
        while (source.size() < 10 * 1024 * 1024)
            source += "values = [" + QByteArray::number(source.size()) + ", 2, 3]\n";
        const QString request = writeRequest(dir,
            QJsonDocument(QJsonObject{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
                              {QStringLiteral("code"), QString::fromLatin1(source)}})
                .toJson(QJsonDocument::Compact));
        QElapsedTimer clock;
        clock.start();
        const Result r = ctl({QStringLiteral("check"), request, QStringLiteral("--policy"), policyFile.fileName(),
            QStringLiteral("--json")});
        QVERIFY2(clock.elapsed() < 30000, "the analysis ran well past its timeout");
        QCOMPARE(r.exitCode, 3);
        const QJsonObject verdict
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("verdicts")).toArray().at(0).toObject();
        QCOMPARE(verdict.value(QStringLiteral("rule")).toString(), QStringLiteral("code.analysis"));
        QVERIFY(verdict.value(QStringLiteral("message")).toString().contains(QLatin1String("2 seconds")));
    }

    void auditTrailOfRunsAndRejections()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("trail.sqlite"));
        const QString chart = QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/examples/chart/monthly-revenue.airlock.json");
        const Result run = ctl({QStringLiteral("run"), chart, QStringLiteral("--approve"), QStringLiteral("--reviewer"),
            QStringLiteral("erin"), QStringLiteral("--reason"), QStringLiteral("month end"), QStringLiteral("--db"), db,
            QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QString runRequestId
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("request_id")).toString();
        const QJsonObject audit = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("audit")).toObject();
        QVERIFY(audit.value(QStringLiteral("record_id")).toInteger() > 0);
        QCOMPARE(audit.value(QStringLiteral("hash")).toString().size(), 64);

        QTemporaryDir reqDir;
        const Result rejected = ctl({QStringLiteral("reject"),
            writeRequest(reqDir, R"j({"schema":"airlock.request/v1","request_id":"to-reject","code":"print(1)"})j"),
            QStringLiteral("--reviewer"), QStringLiteral("frank"), QStringLiteral("--reason"),
            QStringLiteral("not needed"), QStringLiteral("--db"), db});
        QCOMPARE(rejected.exitCode, 4);
        QCOMPARE(ctl({QStringLiteral("reject"), chart, QStringLiteral("--reviewer"), QStringLiteral("frank"),
                         QStringLiteral("--db"), db})
                     .exitCode,
            2); // the default policy requires a reason
        QTemporaryDir badDir;
        QCOMPARE(ctl({QStringLiteral("run"), writeRequest(badDir, "{nope"), QStringLiteral("--approve"),
                         QStringLiteral("--reviewer"), QStringLiteral("x"), QStringLiteral("--db"), db})
                     .exitCode,
            2);

        const Result list = ctl(
            {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray requests = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(requests.size(), 3);
        QStringList outcomes;
        for (const QJsonValue &v : requests)
            outcomes << v[QStringLiteral("outcome")].toString() + QLatin1Char('/')
                    + v[QStringLiteral("status")].toString();
        QCOMPARE(outcomes,
            (QStringList{
                QStringLiteral("malformed/"), QStringLiteral("rejected/"), QStringLiteral("approved/succeeded")}));

        const Result search = ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--search"),
            QStringLiteral("monthly revenue"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(QJsonDocument::fromJson(search.out).array().size(), 1);
        const Result byReviewer = ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--reviewer"),
            QStringLiteral("frank"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(QJsonDocument::fromJson(byReviewer.out).array().at(0)[QStringLiteral("agent_request_id")].toString(),
            QStringLiteral("to-reject"));

        const Result show = ctl({QStringLiteral("audit"), QStringLiteral("show"), runRequestId,
            QStringLiteral("--json"), QStringLiteral("--db"), db});
        QStringList kinds;
        for (const QJsonValue &v : QJsonDocument::fromJson(show.out).array())
            kinds << v[QStringLiteral("kind")].toString();
        QCOMPARE(kinds,
            (QStringList{QStringLiteral("request"), QStringLiteral("verdicts"), QStringLiteral("decision"),
                QStringLiteral("run_started"), QStringLiteral("artifact"), QStringLiteral("artifact"),
                QStringLiteral("run_finished")}));

        QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}).exitCode, 0);

        // Exports: CSV rows, JSON stories, and a report with the chart inline.
        const Result csv = ctl({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--db"), db});
        QCOMPARE(csv.out.count("\r\n"), 4);
        const QString html = dir.filePath(QStringLiteral("report.html"));
        QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("html"), QStringLiteral("-o"), html, QStringLiteral("--db"), db})
                     .exitCode,
            0);
        QFile report(html);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray page = report.readAll();
        QVERIFY(page.contains("data:image/png;base64,"));
        QVERIFY(page.contains("month end"));
        QVERIFY(page.contains("intact"));
        const Result json = ctl({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--db"), db});
        QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 3);

        // A tampered trail is named.
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
            {db,
                QStringLiteral("DROP TRIGGER records_append_only_u; UPDATE records SET reviewer = 'zed' WHERE kind = "
                               "'decision';")});
        QVERIFY(sqlite.waitForFinished());
        const Result verify = ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains("NOT intact") && verify.out.contains("edited"), verify.out.constData());
    }

    void theSameAgentIdIsThreeRequests()
    {
        // An agent sends one request_id three times: approved and run, then
        // rejected, then other code approved and run. Three requests, each
        // under an id of Airlock's own, each with only its own story.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("trail.sqlite"));
        const QByteArray head = R"j({"schema":"airlock.request/v1","request_id":"dup-1","agent":"replayer",)j";
        QTemporaryDir first, second, third;
        const Result ran = ctl(
            {QStringLiteral("run"), writeRequest(first, head + R"j("prompt":"first alpha","code":"print('same')\n"})j"),
                QStringLiteral("--approve"), QStringLiteral("--reviewer"), QStringLiteral("ann"),
                QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(ran.exitCode, 0);
        const Result rejected = ctl({QStringLiteral("reject"),
            writeRequest(second, head + R"j("prompt":"second bravo","code":"print('same')\n"})j"),
            QStringLiteral("--reviewer"), QStringLiteral("bob"), QStringLiteral("--reason"),
            QStringLiteral("once is enough"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(rejected.exitCode, 4);
        const Result other = ctl({QStringLiteral("run"),
            writeRequest(third, head + R"j("prompt":"third charlie","code":"print('other')\n"})j"),
            QStringLiteral("--approve"), QStringLiteral("--reviewer"), QStringLiteral("cy"), QStringLiteral("--db"), db,
            QStringLiteral("--json")});
        QCOMPARE(other.exitCode, 0);
        QList<QJsonObject> results;
        for (const Result *r : {&ran, &rejected, &other})
            results << QJsonDocument::fromJson(r->out).object();
        QStringList ids;
        for (const QJsonObject &r : std::as_const(results)) {
            QCOMPARE(r.value(QStringLiteral("agent_request_id")).toString(), QStringLiteral("dup-1"));
            ids << r.value(QStringLiteral("request_id")).toString();
            QVERIFY(!QUuid::fromString(ids.constLast()).isNull());
        }
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 3);

        // The second and third were told, naming the earlier requests.
        auto referenceSeen = [](const QJsonObject &result) {
            for (const QJsonValue &v : result.value(QStringLiteral("verdicts")).toArray())
                if (v[QStringLiteral("rule")].toString() == QLatin1String("request.reference-seen"))
                    return v.toObject();
            return QJsonObject();
        };
        QVERIFY(referenceSeen(results.at(0)).isEmpty());
        const QJsonObject toldSecond = referenceSeen(results.at(1));
        QCOMPARE(toldSecond.value(QStringLiteral("severity")).toString(), QStringLiteral("warn"));
        QVERIFY2(toldSecond.value(QStringLiteral("message")).toString().contains(ids.at(0)), rejected.out.constData());
        const QString toldThird = referenceSeen(results.at(2)).value(QStringLiteral("message")).toString();
        QVERIFY2(toldThird.contains(ids.at(0)) && toldThird.contains(ids.at(1)), qPrintable(toldThird));

        auto listed = [&](const QStringList &filter) {
            const Result r = ctl(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                                     QStringLiteral("--db"), db}
                + filter);
            QStringList found;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
                found << v[QStringLiteral("request_id")].toString();
            return found;
        };
        // All three listed, newest first.
        QCOMPARE(listed({}), (QStringList{ids.at(2), ids.at(1), ids.at(0)}));
        QCOMPARE(listed({QStringLiteral("--agent-ref"), QStringLiteral("dup-1")}).size(), 3);
        // Each found by what is its own.
        QCOMPARE(listed({QStringLiteral("--search"), QStringLiteral("alpha")}), QStringList{ids.at(0)});
        QCOMPARE(listed({QStringLiteral("--search"), QStringLiteral("bravo")}), QStringList{ids.at(1)});
        QCOMPARE(listed({QStringLiteral("--search"), QStringLiteral("charlie")}), QStringList{ids.at(2)});
        QCOMPARE(listed({QStringLiteral("--status"), QStringLiteral("rejected")}), QStringList{ids.at(1)});
        QCOMPARE(listed({QStringLiteral("--reviewer"), QStringLiteral("ann")}), QStringList{ids.at(0)});
        QCOMPARE(listed({QStringLiteral("--reviewer"), QStringLiteral("bob")}), QStringList{ids.at(1)});
        QCOMPARE(listed({QStringLiteral("--reviewer"), QStringLiteral("cy")}), QStringList{ids.at(2)});
        const Result text = ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db});
        for (const QString &id : std::as_const(ids))
            QVERIFY2(text.out.contains(id.toUtf8()), text.out.constData());
        QCOMPARE(text.out.count("dup-1"), 3);
        const Result csv = ctl({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--db"), db});
        QVERIFY(csv.out.startsWith("seq,at,request_id,agent_request_id,"));
        QCOMPARE(csv.out.count("\r\n"), 4);
        QCOMPARE(csv.out.count(",\"dup-1\","), 3); // a column of its own

        // Each story is its own: one request, one decision, its own runs.
        const QStringList outcomes{QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("approved")};
        for (int i = 0; i < 3; ++i) {
            const Result show = ctl({QStringLiteral("audit"), QStringLiteral("show"), ids.at(i),
                QStringLiteral("--json"), QStringLiteral("--db"), db});
            QCOMPARE(show.exitCode, 0);
            int requests = 0, decisions = 0, runs = 0;
            for (const QJsonValue &v : QJsonDocument::fromJson(show.out).array()) {
                QCOMPARE(v[QStringLiteral("request_id")].toString(), ids.at(i));
                const QString kind = v[QStringLiteral("kind")].toString();
                requests += kind == QLatin1String("request");
                runs += kind == QLatin1String("run_finished");
                if (kind == QLatin1String("decision")) {
                    ++decisions;
                    QCOMPARE(v[QStringLiteral("body")][QStringLiteral("outcome")].toString(), outcomes.at(i));
                }
                if (kind == QLatin1String("verdicts") && i > 0)
                    QVERIFY(QJsonDocument(v.toObject()).toJson().contains("request.reference-seen"));
            }
            QCOMPARE(requests, 1);
            QCOMPARE(decisions, 1);
            QCOMPARE(runs, i == 1 ? 0 : 1);
        }
        // The agent's id names no request; the ones that carried it are listed.
        const Result byReference = ctl(
            {QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("dup-1"), QStringLiteral("--db"), db});
        QCOMPARE(byReference.exitCode, 2);
        for (const QString &id : std::as_const(ids))
            QVERIFY2(byReference.err.contains(id.toUtf8()), byReference.err.constData());
        // check reads the trail too, and only reads it.
        const QByteArray before = QCryptographicHash::hash(
            [&] {
                QFile f(db);
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }(),
            QCryptographicHash::Sha256);
        const Result checked = ctl({QStringLiteral("check"), writeRequest(third, head + R"j("code":"print(3)"})j"),
            QStringLiteral("--db"), db});
        QCOMPARE(checked.exitCode, 0);
        QVERIFY2(checked.out.contains("request.reference-seen"), checked.out.constData());
        QVERIFY(checked.out.contains(ids.at(2).toUtf8()));
        QFile after(db);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(after.readAll(), QCryptographicHash::Sha256), before);
        QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}).exitCode, 0);
    }

    void loneSurrogatesAreRefusedAndRecorded_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QString>("field");
        const QByteArray head = R"j({"schema":"airlock.request/v1",)j";
        QTest::addRow("agent") << head + R"j("agent":"bot\ud800","code":"print(1)"})j" << QStringLiteral("agent");
        QTest::addRow("request_id") << head + R"j("request_id":"\ud800","code":"print(1)"})j"
                                    << QStringLiteral("request_id");
        QTest::addRow("prompt") << head + R"j("prompt":"why \udc00","code":"print(1)"})j" << QStringLiteral("prompt");
        QTest::addRow("code") << head + R"j("code":"print(1) # \ud800"})j" << QStringLiteral("code");
        QTest::addRow("file name") << head + R"j("code":"1","files":[{"name":"s\ud800.csv","path":"s.csv"}]})j"
                                   << QStringLiteral("files[0].name");
        QTest::addRow("unknown field") << head + R"j("code":"1","x-note":{"n":"\udfff"}})j"
                                       << QStringLiteral("x-note.n");
    }

    void loneSurrogatesAreRefusedAndRecorded()
    {
        QFETCH(QByteArray, request);
        QFETCH(QString, field);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("trail.sqlite"));
        const QString path = writeRequest(dir, request);
        const Result checked = ctl({QStringLiteral("check"), path});
        QCOMPARE(checked.exitCode, 2);
        QVERIFY2(checked.err.contains((field + QLatin1String(": contains a lone UTF-16 surrogate")).toUtf8()),
            checked.err.constData());
        const Result run = ctl({QStringLiteral("run"), path, QStringLiteral("--approve"), QStringLiteral("--reviewer"),
            QStringLiteral("ann"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("malformed"));
        QVERIFY2(run.err.contains(field.toUtf8()), run.err.constData());
        // Recorded as an attempt, the bytes as they came; and the trail verifies.
        const Result list = ctl(
            {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        const QJsonArray requests = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0)[QStringLiteral("outcome")].toString(), QStringLiteral("malformed"));
        const Result show = ctl(
            {QStringLiteral("audit"), QStringLiteral("show"), requests.at(0)[QStringLiteral("request_id")].toString(),
                QStringLiteral("--json"), QStringLiteral("--db"), db});
        const QJsonObject body = QJsonDocument::fromJson(show.out).array().at(0)[QStringLiteral("body")].toObject();
        QCOMPARE(QByteArray::fromBase64(body.value(QStringLiteral("raw_base64")).toString().toLatin1()), request);
        QVERIFY(body.value(QStringLiteral("error")).toString().startsWith(field));
        const Result verify = ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY2(verify.out.contains("intact"), verify.out.constData());
    }

    void submitRefusesBytesThatAreNotText()
    {
        // The socket carries text: a file that is not UTF-8 would reach the
        // analyst changed, so it is not sent at all.
        QTemporaryDir dir;
        const Result r = ctl({QStringLiteral("submit"),
            writeRequest(dir, "{\"schema\":\"airlock.request/v1\",\"agent\":\"a\xed\xa0\x80\",\"code\":\"1\"}")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is not UTF-8 text (byte 41)"), r.err.constData());
    }

    void verifyReportsEveryTampering()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("trail.sqlite"));
        QTemporaryDir reqDir;
        for (int i = 0; i < 4; ++i) {
            const QByteArray request = "{\"schema\":\"airlock.request/v1\",\"code\":\"print()\",\"prompt\":\"p"
                + QByteArray::number(i) + "\"}";
            QCOMPARE(ctl({QStringLiteral("reject"), writeRequest(reqDir, request), QStringLiteral("--reviewer"),
                             QStringLiteral("rita"), QStringLiteral("--reason"), QStringLiteral("no"),
                             QStringLiteral("--db"), db})
                         .exitCode,
                4);
        }
        // Two independent edits far apart, behind Airlock's back.
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
            {db,
                QStringLiteral("DROP TRIGGER records_append_only_u;"
                               "UPDATE records SET reviewer = 'zed' WHERE seq = 3;"
                               "UPDATE records SET body = replace(body, 'p3', 'p9') WHERE seq = 10;")});
        QVERIFY(sqlite.waitForFinished());
        const Result verify = ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains("First bad record: 3."), verify.out.constData());
        QVERIFY2(verify.out.contains("2 bad record"), verify.out.constData());
        QVERIFY(verify.out.contains("#3 "));
        QVERIFY(verify.out.contains("#10 "));
        const Result json = ctl(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject v = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(v.value(QStringLiteral("intact")).toBool(true), false);
        QCOMPARE(v.value(QStringLiteral("first_bad")).toInteger(), 3);
        QCOMPARE(v.value(QStringLiteral("bad_records")).toInteger(), 2);
        const QJsonArray problems = v.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(1)[QStringLiteral("seq")].toInteger(), 10);
        QVERIFY(problems.at(1)[QStringLiteral("problem")].toString().contains(QLatin1String("edited")));
    }

    void theWorkbenchSettingChoosesTheTrail()
    {
        // Without --db, airlockctl records where the workbench's settings say.
        QTemporaryDir dir;
        const QString chosen = dir.filePath(QStringLiteral("chosen.sqlite"));
        QDir().mkpath(cacheDir().filePath(QStringLiteral("config/Airlock")));
        QFile conf(cacheDir().filePath(QStringLiteral("config/Airlock/airlock.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[audit]\ntrailPath=" + chosen.toUtf8() + "\n");
        conf.close();
        QTemporaryDir reqDir;
        const Result r = ctl({QStringLiteral("reject"),
            writeRequest(reqDir, R"j({"schema":"airlock.request/v1","code":"print(2)"})j"),
            QStringLiteral("--reviewer"), QStringLiteral("gina"), QStringLiteral("--reason"), QStringLiteral("no")});
        QFile::remove(conf.fileName());
        QCOMPARE(r.exitCode, 4);
        QVERIFY(QFile::exists(chosen));
        QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), chosen}).exitCode, 0);
    }

    void runRecordsTheDoctorVerdict()
    {
        const Result r
            = ctl({QStringLiteral("run"), QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/examples/chart/monthly-revenue.airlock.json"),
                QStringLiteral("--approve"), QStringLiteral("--reviewer"), QStringLiteral("dan")});
        QCOMPARE(r.exitCode, 0);
        QFile cache(cacheDir().filePath(QStringLiteral("Airlock/airlock/doctor.json")));
        QVERIFY(cache.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(cache.readAll()).object();
        QVERIFY(o.value(QStringLiteral("ready")).toBool());
        QVERIFY(o.contains(QStringLiteral("identity")));
    }

    void runWhoseEndCannotBeRecordedIsNotASuccess_data()
    {
        QTest::addColumn<QStringList>("namespaces");
        // bwrap mounts the small file system in a mount namespace of its
        // own, in which airlockctl and its sandbox run as usual: as root with
        // the uid drop and the cgroup, as anybody else in a user namespace.
        QTest::addRow("as this user") << QStringList{};
        if (::geteuid() == 0)
            QTest::addRow("in a user namespace") << QStringList{QStringLiteral("--unshare-user")};
    }

    void runWhoseEndCannotBeRecordedIsNotASuccess()
    {
        QFETCH(QStringList, namespaces);
        // The trail on a 2 MiB tmpfs: the request, verdicts, decision and
        // start fit; the run's 8 MiB file does not.
        QTemporaryDir dir;
        for (const char *sub : {"small", "out", "kept/trail"})
            QVERIFY(QDir().mkpath(dir.filePath(QLatin1String(sub))));
        const QString request = writeRequest(dir,
            R"j({"schema":"airlock.request/v1","request_id":"disk-full","agent":"filler","code":"import os\nprint('made it', flush=True)\nwith open('/workspace/output/big.bin', 'wb') as f:\n    f.write(os.urandom(8 * 1024 * 1024))\n"})j");
        const QString script
            = QStringLiteral("\"$2\" run \"$3\" --approve --reviewer erin --db \"$1/trail.sqlite\" --out \"$4\" --json"
                             " >\"$5/run.json\" 2>\"$5/run.err\"\n"
                             "echo $? >\"$5/run.rc\"\n"
                             "\"$2\" audit verify --db \"$1/trail.sqlite\" >\"$5/verify.out\" 2>&1\n"
                             "echo $? >\"$5/verify.rc\"\n"
                             "df -k \"$1\" >\"$5/df\" 2>&1\n"
                             "cp -a \"$1/.\" \"$5/trail/\"\n");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheDir().path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), cacheDir().filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        const QString small = dir.filePath(QStringLiteral("small"));
        p.start(QStringLiteral("/usr/bin/bwrap"),
            namespaces
                + QStringList{QStringLiteral("--dev-bind"), QStringLiteral("/"), QStringLiteral("/"),
                    QStringLiteral("--size"), QString::number(2 * 1024 * 1024), QStringLiteral("--tmpfs"), small,
                    QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
                    small, QStringLiteral(AIRLOCKCTL_PATH), request, dir.filePath(QStringLiteral("out")),
                    dir.filePath(QStringLiteral("kept"))});
        QVERIFY(p.waitForFinished(180000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        const auto read = [&](const char *name) {
            QFile f(dir.filePath(QStringLiteral("kept/") + QLatin1String(name)));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray err = read("run.err");
        const QByteArray context = err + read("df");

        // Not a success: exit 1, a clear message, and nothing delivered.
        QCOMPARE(read("run.rc").trimmed(), QByteArray("1"));
        QVERIFY2(
            err.contains("could not be recorded") && err.contains("nothing it made is delivered"), context.constData());
        QVERIFY2(
            QDir(dir.filePath(QStringLiteral("out"))).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            "a file of the unrecorded run was delivered to --out");
        const QJsonObject result = QJsonDocument::fromJson(read("run.json")).object();
        // The status stays true to what the code did; "recorded" says it does not count.
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(result.value(QStringLiteral("recorded")), QJsonValue(false));
        QVERIFY(result.value(QStringLiteral("error")).toString().contains(QLatin1String("could not be recorded")));
        QVERIFY(result.value(QStringLiteral("audit")).isNull());
        QCOMPARE(result.value(QStringLiteral("stdout")).toString(), QString());
        QVERIFY(result.value(QStringLiteral("artifacts")).toArray().isEmpty());

        // The trail on the full file system still verifies, and so does its copy.
        QCOMPARE(read("verify.rc").trimmed(), QByteArray("0"));
        const QString trail = dir.filePath(QStringLiteral("kept/trail/trail.sqlite"));
        QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), trail}).exitCode, 0);
        // Opened again (the run's process is gone): its end reads as not
        // recorded, never as a finished run.
        QString error;
        const auto reopened = AuditTrail::open(trail, AuditTrail::Mode::ReadWrite, &error);
        QVERIFY2(reopened, qPrintable(error));
        const QList<AuditTrail::Record> story = reopened->story(TestSupport::requestIdFor(trail, QStringLiteral("disk-full")));
        QStringList kinds;
        for (const auto &r : story)
            kinds << r.kind;
        QVERIFY2(kinds.mid(0, 4)
                == QStringList({QStringLiteral("request"), QStringLiteral("verdicts"), QStringLiteral("decision"),
                    QStringLiteral("run_started")}),
            qPrintable(kinds.join(u',')));
        QVERIFY2(!kinds.contains(QStringLiteral("run_finished")), qPrintable(kinds.join(u',')));
        QCOMPARE(kinds.last(), QStringLiteral("interrupted"));
        QCOMPARE(story.last().body.value(QStringLiteral("delivered")), QJsonValue(false));
        QVERIFY2(story.last().body.value(QStringLiteral("reason")).toString().contains(QLatin1String("recorded")),
            qPrintable(story.last().body.value(QStringLiteral("reason")).toString()));
        QVERIFY(reopened->verify().intact);
        AuditTrail::Filter all;
        QCOMPARE(reopened->list(all).value(0).status, QStringLiteral("interrupted"));
    }

    void untrustedTextIsShownNotObeyed()
    {
        // What a terminal would act on: colours, a window title with a bell,
        // clearing the screen, a carriage return, a newline that forges a
        // line of Airlock's own, and a right-to-left override.
        const auto obeyable = [](const QByteArray &text) {
            return text.contains('\x1b') || text.contains('\r') || text.contains('\a') || text.contains("\xe2\x80\xae")
                || text.contains("\xc2\x9b");
        };
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("trail.sqlite"));
        const QJsonObject hostile{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
            {QStringLiteral("request_id"), QStringLiteral("escapes-1")},
            {QStringLiteral("agent"), QStringLiteral("\x1b]0;owned\a\x1b[2Jagent")},
            {QStringLiteral("prompt"), QStringLiteral("plot it\r\x1b[31mFAKE: approved\nby \u202eadmin")},
            {QStringLiteral("code"),
                QStringLiteral("import os\nprint('\\x1b[2J\\rcleared', flush=True)\n"
                               "os.mkfifo('/workspace/output/\\x1b[31mevil\\nFAKE: all artifacts clean.txt')\n")}};
        QFile file(dir.filePath(QStringLiteral("hostile.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(hostile).toJson());
        file.close();

        const Result run = ctl({QStringLiteral("run"), file.fileName(), QStringLiteral("--approve"),
            QStringLiteral("--reviewer"), QStringLiteral("erin"), QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 0);
        const QByteArray runText = run.out + run.err;
        QVERIFY2(!obeyable(runText), runText.constData());
        QVERIFY2(run.out.contains("\\x1b[2J\\rcleared"), run.out.constData());
        QVERIFY2(run.err.contains("not collected: \\x1b[31mevil\\nFAKE: all artifacts clean.txt"), run.err.constData());

        // --json is unchanged: JSON's own escaping carries the exact text.
        const Result json = ctl({QStringLiteral("run"), file.fileName(), QStringLiteral("--approve"),
            QStringLiteral("--reviewer"), QStringLiteral("erin"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("stdout")).toString(),
            QStringLiteral("\x1b[2J\rcleared\n"));

        const Result list = ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(!obeyable(list.out + list.err), list.out.constData());
        QVERIFY2(list.out.contains("\\x1b]0;owned\\x07\\x1b[2Jagent"), list.out.constData());
        QVERIFY2(list.out.contains("plot it\\r\\x1b[31mFAKE"), list.out.constData());

        const QString id = TestSupport::requestIdFor(db, QStringLiteral("escapes-1"));
        QVERIFY(!id.isEmpty());
        const Result show
            = ctl({QStringLiteral("audit"), QStringLiteral("show"), id, QStringLiteral("--db"), db});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(!obeyable(show.out + show.err), show.out.constData());
        QVERIFY2(show.out.contains("\\u202eadmin"), show.out.constData());

        // A declared file's name is quoted by the verdicts.
        const QJsonObject named{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
            {QStringLiteral("code"), QStringLiteral("print(1)")},
            {QStringLiteral("files"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("\x1b[8mdata.csv")},
                    {QStringLiteral("path"), QStringLiteral("missing.csv")}}}}};
        const Result check
            = ctl({QStringLiteral("check"), writeRequest(dir, QJsonDocument(named).toJson(QJsonDocument::Compact))});
        QCOMPARE(check.exitCode, 3);
        QVERIFY2(!obeyable(check.out + check.err), check.out.constData());
        QVERIFY2(check.out.contains("\\x1b[8mdata.csv"), check.out.constData());

        const Result rejected = ctl(
            {QStringLiteral("reject"), file.fileName(), QStringLiteral("--reviewer"), QStringLiteral("\x1b[2Jrita"),
                QStringLiteral("--reason"), QStringLiteral("no\rreally"), QStringLiteral("--db"), db});
        QCOMPARE(rejected.exitCode, 4);
        QVERIFY2(!obeyable(rejected.out + rejected.err), rejected.err.constData());
        QVERIFY2(rejected.err.contains("\\x1b[2Jrita"), rejected.err.constData());
    }

    // One convention for every command, as git's or podman's.
    void everyCommandsHelpAndErrorsFollowOneConvention_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"check", "run", "reject", "audit", "demo", "doctor", "submit", "mcp"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }

    void everyCommandsHelpAndErrorsFollowOneConvention()
    {
        QFETCH(QString, command);
        const QByteArray usage = "Usage: airlockctl " + command.toUtf8() + " [options]";
        // --help and --help-all both show the command's help, and do nothing else.
        for (const char *help : {"--help", "--help-all", "-h"}) {
            const Result r = ctl({command, QString::fromLatin1(help)});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith(usage), r.out.left(200).constData());
            QVERIFY2(r.err.isEmpty(), r.err.constData());
        }
        // An unknown option: exit 2, the command named, the way to its help.
        const Result bad = ctl({command, QStringLiteral("--frob")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QByteArray("airlockctl " + command.toUtf8() + ": Unknown option 'frob'.")),
            bad.err.constData());
        QVERIFY2(bad.err.contains(QByteArray("Try 'airlockctl " + command.toUtf8() + " --help'")), bad.err.constData());
        // The top-level help names it.
        QVERIFY(ctl({QStringLiteral("--help")}).out.contains(QByteArray("  " + command.toUtf8())));
    }

    void topLevelUsageAndTheWorkbenchsOwn()
    {
        const Result help = ctl({QStringLiteral("--help")});
        QVERIFY(help.out.contains("reject REQUEST.json --reviewer NAME --reason TEXT [--policy P] [--json]"));
        const Result option = ctl({QStringLiteral("--frob")});
        QCOMPARE(option.exitCode, 2);
        QVERIFY2(option.err.startsWith("airlockctl: unknown option \"--frob\""), option.err.constData());
        const Result action = ctl({QStringLiteral("audit"), QStringLiteral("bogus")});
        QCOMPARE(action.exitCode, 2);
        QVERIFY2(action.err.contains("unknown action \"bogus\""), action.err.constData());
        // The workbench answers --help and --version without a display, and
        // bad usage is exit 2 there too.
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        gui.setProcessEnvironment(env);
        for (const char *argument : {"--help", "--version"}) {
            gui.start(QStringLiteral(AIRLOCK_PATH), {QString::fromLatin1(argument)});
            QVERIFY(gui.waitForFinished(30000));
            QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
            QCOMPARE(gui.exitCode(), 0);
            QVERIFY(gui.readAllStandardOutput().startsWith(qstrcmp(argument, "--help") ? "airlock " : "Usage: airlock [options]"));
        }
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(AIRLOCK_PATH), {QStringLiteral("--bogus")});
        QVERIFY(gui.waitForFinished(30000));
        QCOMPARE(gui.exitCode(), 2);
        QVERIFY(gui.readAllStandardError().contains("Try 'airlock --help'"));
    }

    void version()
    {
        const Result r = ctl({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("airlock "));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
