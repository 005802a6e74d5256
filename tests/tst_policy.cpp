// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "codecheck.h"
#include "policy.h"
#include "preparedrun.h"
#include "request.h"

using Airlock::LimitEnforcement;
using Airlock::Policy;
using Airlock::PreparedRun;
using Airlock::Request;
using Airlock::Verdict;

namespace {
QByteArray shipped(const QString &name)
{
    QFile f(QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/policies/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing policy %s", qPrintable(name));
    return f.readAll();
}

// The default policy with one value replaced (or removed, for undefined).
QByteArray mutated(const QStringList &path, const QJsonValue &value)
{
    std::function<QJsonObject(QJsonObject, qsizetype)> set = [&](QJsonObject o, qsizetype i) {
        if (i == path.size() - 1) {
            if (value.isUndefined())
                o.remove(path.at(i));
            else
                o.insert(path.at(i), value);
        } else {
            o.insert(path.at(i), set(o.value(path.at(i)).toObject(), i + 1));
        }
        return o;
    };
    return QJsonDocument(set(QJsonDocument::fromJson(shipped(QStringLiteral("default.json"))).object(), 0)).toJson();
}
} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedPoliciesLoad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addRow("default") << QStringLiteral("default.json") << QStringLiteral("default");
        QTest::addRow("strict") << QStringLiteral("strict.json") << QStringLiteral("strict");
        QTest::addRow("training") << QStringLiteral("training.json") << QStringLiteral("training");
    }

    void shippedPoliciesLoad()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QList<Policy::Error> errors;
        const auto p = Policy::load(QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/policies/") + file, &errors);
        QVERIFY2(p, qPrintable(errors.value(0).toString()));
        QCOMPARE(p->name, name);
        QCOMPARE(p->sha256,
            QString::fromLatin1(QCryptographicHash::hash(shipped(file), QCryptographicHash::Sha256).toHex()));
        QVERIFY(p->forbiddenModules.contains(QStringLiteral("subprocess")));
        QVERIFY(p->forbiddenCalls.contains(QStringLiteral("os.system")));
        QVERIFY(p->forbiddenCalls.contains(QStringLiteral("os.environ")));
        QVERIFY(p->forbiddenCalls.contains(QStringLiteral("eval")));
        QCOMPARE(p->codeSeverity.size(), Policy::codeFindingKinds().size());
        // The keys added for agent channels are optional, and absent here.
        QVERIFY(!p->fileRoots);
        QCOMPARE(p->releaseMode, Policy::ReleaseMode::Analyst);
    }

    void defaultIsTheShippedDefault()
    {
        const Policy p = Policy::defaultPolicy();
        QCOMPARE(p.sha256,
            QString::fromLatin1(
                QCryptographicHash::hash(shipped(QStringLiteral("default.json")), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(p.overrideBlock, Policy::OverrideRule::WithReason);
        QCOMPARE(p.severityOf(QStringLiteral("forbidden-module")), Airlock::Verdict::Severity::Block);
        QCOMPARE(p.timeoutS.cap, 600);
    }

    void strictAndTrainingDiffer()
    {
        QList<Policy::Error> errors;
        const auto strict = Policy::parse(shipped(QStringLiteral("strict.json")), &errors);
        const auto training = Policy::parse(shipped(QStringLiteral("training.json")), &errors);
        QVERIFY(strict && training);
        QCOMPARE(strict->overrideBlock, Policy::OverrideRule::Never);
        QVERIFY(strict->allowedModules && strict->allowedModules->contains(QStringLiteral("pandas")));
        QCOMPARE(strict->severityOf(QStringLiteral("network-literal")), Airlock::Verdict::Severity::Block);
        QCOMPARE(training->severityOf(QStringLiteral("forbidden-module")), Airlock::Verdict::Severity::Warn);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QStringList>("paths");
        QTest::addRow("not JSON") << QByteArray("{") << QStringList{QString()};
        QTest::addRow("not an object") << QByteArray("[]") << QStringList{QString()};
        QTest::addRow("unknown top-level key")
            << mutated({QStringLiteral("netwrok")}, QStringLiteral("deny")) << QStringList{QStringLiteral("netwrok")};
        QTest::addRow("wrong schema") << mutated({QStringLiteral("schema")}, QStringLiteral("airlock.policy/v2"))
                                      << QStringList{QStringLiteral("schema")};
        QTest::addRow("missing section") << mutated({QStringLiteral("limits")}, QJsonValue::Undefined)
                                         << QStringList{QStringLiteral("limits")};
        QTest::addRow("unknown nested key") << mutated({QStringLiteral("files"), QStringLiteral("max_size")}, 5)
                                            << QStringList{QStringLiteral("files.max_size")};
        QTest::addRow("suffix without dot") << mutated({QStringLiteral("files"), QStringLiteral("allowed_suffixes")},
            QJsonArray{QStringLiteral(".csv"), QStringLiteral("txt")})
                                            << QStringList{QStringLiteral("files.allowed_suffixes[1]")};
        QTest::addRow("negative size") << mutated({QStringLiteral("files"), QStringLiteral("max_file_bytes")}, -1)
                                       << QStringList{QStringLiteral("files.max_file_bytes")};
        QTest::addRow("fractional") << mutated({QStringLiteral("files"), QStringLiteral("max_files")}, 2.5)
                                    << QStringList{QStringLiteral("files.max_files")};
        QTest::addRow("string for a number") << mutated({QStringLiteral("limits"), QStringLiteral("max_processes")},
            QStringLiteral("64")) << QStringList{QStringLiteral("limits.max_processes")};
        QTest::addRow("default above max") << mutated({QStringLiteral("limits"), QStringLiteral("timeout_s")},
            QJsonObject{{QStringLiteral("default"), 900}, {QStringLiteral("max"), 600}})
                                           << QStringList{QStringLiteral("limits.timeout_s.default")};
        QTest::addRow("limit missing max") << mutated(
            {QStringLiteral("limits"), QStringLiteral("memory_mb")}, QJsonObject{{QStringLiteral("default"), 100}})
                                           << QStringList{QStringLiteral("limits.memory_mb.max")};
        QTest::addRow("network allowed") << mutated({QStringLiteral("network")}, QStringLiteral("allow"))
                                         << QStringList{QStringLiteral("network")};
        QTest::addRow("bad severity") << mutated(
            {QStringLiteral("code"), QStringLiteral("severity"), QStringLiteral("forbidden-call")},
            QStringLiteral("fatal")) << QStringList{QStringLiteral("code.severity.forbidden-call")};
        QTest::addRow("severity missing a kind") << mutated(
            {QStringLiteral("code"), QStringLiteral("severity"), QStringLiteral("network-literal")},
            QJsonValue::Undefined) << QStringList{QStringLiteral("code.severity.network-literal")};
        QTest::addRow("forbidden list of numbers")
            << mutated({QStringLiteral("code"), QStringLiteral("forbidden_modules")}, QJsonArray{1})
            << QStringList{QStringLiteral("code.forbidden_modules[0]")};
        QTest::addRow("override rule") << mutated({QStringLiteral("approval"), QStringLiteral("override_block")},
            QStringLiteral("always")) << QStringList{QStringLiteral("approval.override_block")};
        QTest::addRow("symlink rule") << mutated({QStringLiteral("files"), QStringLiteral("symlinks")},
            QStringLiteral("follow")) << QStringList{QStringLiteral("files.symlinks")};
        const QStringList roots{QStringLiteral("files"), QStringLiteral("roots")};
        QTest::addRow("roots not an array")
            << mutated(roots, QStringLiteral("/srv/data")) << QStringList{QStringLiteral("files.roots")};
        QTest::addRow("roots null") << mutated(roots, QJsonValue::Null) << QStringList{QStringLiteral("files.roots")};
        QTest::addRow("relative root") << mutated(
            roots, QJsonArray{QStringLiteral("/srv/data"), QStringLiteral("data")})
                                       << QStringList{QStringLiteral("files.roots[1]")};
        QTest::addRow("empty root") << mutated(roots, QJsonArray{QStringLiteral("/srv/data"), QString()})
                                    << QStringList{QStringLiteral("files.roots[1]")};
        QTest::addRow("root not a string")
            << mutated(roots, QJsonArray{1, QStringLiteral("/srv/data"), true})
            << QStringList{QStringLiteral("files.roots[0]"), QStringLiteral("files.roots[2]")};
        QTest::addRow("another user's home") << mutated(roots, QJsonArray{QStringLiteral("~alice/data")})
                                             << QStringList{QStringLiteral("files.roots[0]")};
        QTest::addRow("dot relative") << mutated(roots, QJsonArray{QStringLiteral("./data")})
                                      << QStringList{QStringLiteral("files.roots[0]")};
        QTest::addRow("release not an object") << mutated({QStringLiteral("release")}, QStringLiteral("analyst"))
                                               << QStringList{QStringLiteral("release")};
        QTest::addRow("release without mode")
            << mutated({QStringLiteral("release")}, QJsonObject{}) << QStringList{QStringLiteral("release.mode")};
        QTest::addRow("release mode unknown") << mutated({QStringLiteral("release"), QStringLiteral("mode")},
            QStringLiteral("always")) << QStringList{QStringLiteral("release.mode")};
        QTest::addRow("total memory cap not a boolean")
            << mutated({QStringLiteral("limits"), QStringLiteral("require_total_memory_cap")}, QStringLiteral("yes"))
            << QStringList{QStringLiteral("limits.require_total_memory_cap")};
        QTest::addRow("release unknown key") << mutated({QStringLiteral("release")},
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("analyst")}, {QStringLiteral("after_s"), 5}})
                                             << QStringList{QStringLiteral("release.after_s")};
    }

    void errors()
    {
        QFETCH(QByteArray, document);
        QFETCH(QStringList, paths);
        QList<Policy::Error> errors;
        QVERIFY(!Policy::parse(document, &errors));
        QStringList got;
        for (const auto &e : errors) {
            got << e.path;
            QVERIFY(!e.message.isEmpty());
        }
        QCOMPARE(got, paths);
    }

    void fileRoots()
    {
        const QStringList key{QStringLiteral("files"), QStringLiteral("roots")};
        QList<Policy::Error> errors;
        auto p = Policy::parse(mutated(key,
                                   QJsonArray{QStringLiteral("/srv/data/"), QStringLiteral("~/shared"),
                                       QStringLiteral("~"), QStringLiteral("/a/./b/../c"), QStringLiteral("/")}),
            &errors);
        QVERIFY2(p, qPrintable(Policy::describe(errors)));
        QVERIFY(p->fileRoots);
        const QString home = QDir::homePath();
        QCOMPARE(*p->fileRoots,
            (QStringList{QStringLiteral("/srv/data"), QDir::cleanPath(home + QStringLiteral("/shared")),
                QDir::cleanPath(home), QStringLiteral("/a/c"), QStringLiteral("/")}));

        // An empty list is a policy that lets requests read nowhere, not
        // one without the key.
        p = Policy::parse(mutated(key, QJsonArray{}), &errors);
        QVERIFY2(p, qPrintable(Policy::describe(errors)));
        QVERIFY(p->fileRoots);
        QVERIFY(p->fileRoots->isEmpty());

        p = Policy::parse(mutated(key, QJsonValue::Undefined), &errors);
        QVERIFY(p);
        QVERIFY(!p->fileRoots);
    }

    void homeIsExpandedWhereverItIs()
    {
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", "/home/analyst");
        QList<Policy::Error> errors;
        const auto p = Policy::parse(mutated({QStringLiteral("files"), QStringLiteral("roots")},
                                         QJsonArray{QStringLiteral("~/data/q3"), QStringLiteral("~/")}),
            &errors);
        qputenv("HOME", oldHome);
        QVERIFY2(p, qPrintable(Policy::describe(errors)));
        QCOMPARE(
            *p->fileRoots, (QStringList{QStringLiteral("/home/analyst/data/q3"), QStringLiteral("/home/analyst")}));
    }

    // Where nothing caps the whole sandbox, a policy may refuse to run
    // rather than rely on per-process limits; strict does.
    void totalMemoryCap()
    {
        QList<Policy::Error> errors;
        const auto strict = Policy::parse(shipped(QStringLiteral("strict.json")), &errors);
        QVERIFY(strict && strict->requireTotalMemoryCap);
        QVERIFY(!Policy::defaultPolicy().requireTotalMemoryCap);

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("r.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"j({"schema":"airlock.request/v1","code":"print(1)","limits":{"memory_mb":256}})j");
        file.close();
        Request::Error error;
        const auto request = Request::load(file.fileName(), &error);
        QVERIFY(request);
        const auto ruleOf = [](const QList<Verdict> &verdicts) {
            for (const Verdict &v : verdicts)
                if (v.rule == QLatin1String("limit.total-memory"))
                    return std::optional<Verdict>(v);
            return std::optional<Verdict>();
        };
        QString prepareError;
        LimitEnforcement none;
        none.cgroup = LimitEnforcement::CgroupKind::None;
        auto run = PreparedRun::prepare(*request, *strict, none, &prepareError);
        QVERIFY2(run, qPrintable(prepareError));
        const std::optional<Verdict> refused = ruleOf(run->verdicts());
        QVERIFY(refused);
        QCOMPARE(refused->severity, Verdict::Severity::Block);
        // It states the bound per-process limits would give, as a number.
        const qint64 worst = run->limits().worstCaseMemoryBytes() / (1024 * 1024);
        QVERIFY(worst > 256);
        QVERIFY2(refused->message.contains(QString::number(worst)), qPrintable(refused->message));

        LimitEnforcement cgroup = none;
        cgroup.cgroup = LimitEnforcement::CgroupKind::V2;
        run = PreparedRun::prepare(*request, *strict, cgroup, &prepareError);
        QVERIFY(run && !ruleOf(run->verdicts()));
        run = PreparedRun::prepare(*request, Policy::defaultPolicy(), none, &prepareError);
        QVERIFY(run && !ruleOf(run->verdicts()));
    }

    void releaseMode()
    {
        QList<Policy::Error> errors;
        auto p = Policy::parse(mutated({QStringLiteral("release")},
                                   QJsonObject{{QStringLiteral("mode"), QStringLiteral("auto-when-clean")}}),
            &errors);
        QVERIFY2(p, qPrintable(Policy::describe(errors)));
        QCOMPARE(p->releaseMode, Policy::ReleaseMode::AutoWhenClean);
        p = Policy::parse(
            mutated({QStringLiteral("release")}, QJsonObject{{QStringLiteral("mode"), QStringLiteral("analyst")}}),
            &errors);
        QVERIFY2(p, qPrintable(Policy::describe(errors)));
        QCOMPARE(p->releaseMode, Policy::ReleaseMode::Analyst);
    }

    void rootErrorsSayWhatIsWrong()
    {
        QList<Policy::Error> errors;
        QVERIFY(!Policy::parse(
            mutated({QStringLiteral("files"), QStringLiteral("roots")}, QJsonArray{QStringLiteral("shared/data")}),
            &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().message.contains(QLatin1String("\"shared/data\" is not an absolute folder")),
            qPrintable(errors.constFirst().toString()));
    }

    void reportsEveryProblemAtOnce()
    {
        QJsonObject doc = QJsonDocument::fromJson(shipped(QStringLiteral("default.json"))).object();
        doc.insert(QStringLiteral("extra"), 1);
        doc.insert(QStringLiteral("network"), QStringLiteral("open"));
        QJsonObject files = doc.value(QStringLiteral("files")).toObject();
        files.insert(QStringLiteral("max_files"), -3);
        doc.insert(QStringLiteral("files"), files);
        QList<Policy::Error> errors;
        QVERIFY(!Policy::parse(QJsonDocument(doc).toJson(), &errors));
        QCOMPARE(errors.size(), 3);
    }

    void matching()
    {
        using namespace Airlock::CodeCheck;
        QVERIFY(moduleMatches(QStringLiteral("http.client"), QStringLiteral("http")));
        QVERIFY(moduleMatches(QStringLiteral("urllib.request"), QStringLiteral("urllib")));
        QVERIFY(!moduleMatches(QStringLiteral("httpx"), QStringLiteral("http")));
        QVERIFY(!moduleMatches(QStringLiteral("sockets"), QStringLiteral("socket")));
        QVERIFY(nameMatches(QStringLiteral("os.execvpe"), QStringLiteral("os.exec*")));
        QVERIFY(!nameMatches(QStringLiteral("os.execvpe"), QStringLiteral("os.exec")));
        QVERIFY(!nameMatches(QStringLiteral("xos.system"), QStringLiteral("os.system")));
        QVERIFY(nameMatches(QStringLiteral("a.b(c)"), QStringLiteral("a.b(c)")));
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
