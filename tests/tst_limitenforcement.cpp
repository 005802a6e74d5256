// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <memory>
#include <pwd.h>
#include <unistd.h>
#include <vector>

#include "limitenforcement.h"
#include "userscope.h"

using Airlock::LimitEnforcement;
using Kind = LimitEnforcement::CgroupKind;
namespace UserScope = Airlock::UserScope;

class TestLimitEnforcement : public QObject
{
    Q_OBJECT
private:
    static void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<bool>("root");
        QTest::addColumn<int>("expected");
        QTest::addRow("v2 delegated") << QStringLiteral("v2") << false << int(Kind::V2);
        QTest::addRow("v2 without memory controller") << QStringLiteral("v2-nomem") << true << int(Kind::None);
        QTest::addRow("v2, own folder offers no memory controller")
            << QStringLiteral("v2-leafnomem") << false << int(Kind::None);
        QTest::addRow("v2, in the leaf made for us") << QStringLiteral("v2-leaf") << false << int(Kind::V2);
        QTest::addRow("v1 as root") << QStringLiteral("v1") << true << int(Kind::V1);
        QTest::addRow("v1 as a user") << QStringLiteral("v1") << false << int(Kind::None);
        QTest::addRow("hybrid, v1 as root") << QStringLiteral("hybrid") << true << int(Kind::V1);
        QTest::addRow("nothing") << QStringLiteral("none") << true << int(Kind::None);
    }

    void detect()
    {
        QFETCH(QString, layout);
        QFETCH(bool, root);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString cg = dir.filePath(QStringLiteral("cgroup"));
        const QString self = dir.filePath(QStringLiteral("self-cgroup"));
        QDir().mkpath(cg);
        if (layout.startsWith(QLatin1String("v2"))) {
            write(cg + QStringLiteral("/cgroup.controllers"),
                layout == QLatin1String("v2-nomem") ? "cpu io\n" : "cpuset cpu io memory pids\n");
            QDir().mkpath(cg + QStringLiteral("/user.slice/app.scope"));
            write(self, "0::/user.slice/app.scope\n");
            if (layout == QLatin1String("v2-leafnomem")) {
                // A desktop's application scope: the parent enabled no controllers for it.
                write(cg + QStringLiteral("/user.slice/app.scope/cgroup.controllers"), "cpu\n");
            } else if (layout == QLatin1String("v2-leaf")) {
                write(cg + QStringLiteral("/user.slice/app.scope/airlock-host/cgroup.controllers"), "memory pids\n");
                write(self, "0::/user.slice/app.scope/airlock-host\n");
            }
        } else if (layout == QLatin1String("v1") || layout == QLatin1String("hybrid")) {
            QDir().mkpath(cg + QStringLiteral("/memory"));
            QDir().mkpath(cg + QStringLiteral("/pids"));
            if (layout == QLatin1String("hybrid")) {
                write(cg + QStringLiteral("/unified/cgroup.controllers"), "");
                write(self, "12:pids:/\n0::/\n");
            } else {
                write(self, "12:pids:/\n11:memory:/\n");
            }
        } else {
            write(self, "");
        }
        const LimitEnforcement e = LimitEnforcement::detect(cg, self, root);
        QCOMPARE(int(e.cgroup), expected);
        QCOMPARE(e.startedAsRoot, root);
        if (e.cgroup == Kind::V2)
            QCOMPARE(e.cgroupPath, cg + QStringLiteral("/user.slice/app.scope"));
        QVERIFY(e.describe().size() >= 3);
    }

    void processesOfCountsTheUsersProcesses()
    {
        const uid_t uid = ::getuid();
        const int before = LimitEnforcement::processesOf(uid);
        QVERIFY2(before >= 1, "this test is a process of its own uid");
        constexpr int Children = 6;
        std::vector<std::unique_ptr<QProcess>> children;
        for (int i = 0; i < Children; ++i) {
            children.push_back(std::make_unique<QProcess>());
            children.back()->start(QStringLiteral("/usr/bin/sleep"), {QStringLiteral("120")});
            QVERIFY(children.back()->waitForStarted());
        }
        QTRY_VERIFY2(LimitEnforcement::processesOf(uid) >= before + Children,
            qPrintable(QStringLiteral("%1 before, %2 now").arg(before).arg(LimitEnforcement::processesOf(uid))));
        for (const auto &child : children) {
            child->kill();
            child->waitForFinished();
        }
    }

    void processesOfCountsTasksOfTheRealUid()
    {
        if (::geteuid() != 0)
            QSKIP("starting processes as another uid needs root");
        // A uid nobody else has: the count is exact.
        uid_t uid = uid_t(-1);
        for (int attempt = 0; attempt < 64 && uid == uid_t(-1); ++attempt) {
            const uid_t candidate = LimitEnforcement::SandboxIdFirst
                + QRandomGenerator::global()->bounded(
                    quint32(LimitEnforcement::SandboxIdLast - LimitEnforcement::SandboxIdFirst));
            if (!::getpwuid(candidate) && LimitEnforcement::processesOf(candidate) == 0)
                uid = candidate;
        }
        QVERIFY(uid != uid_t(-1));
        QCOMPARE(LimitEnforcement::processesOf(uid), 0);
        auto startAs = [uid](QProcess &process, const QString &program, const QStringList &arguments) {
            process.setChildProcessModifier([uid]() {
                if (::setgroups(0, nullptr) != 0 || ::setresgid(gid_t(uid), gid_t(uid), gid_t(uid)) != 0
                    || ::setresuid(uid, uid, uid) != 0)
                    ::_exit(120);
            });
            process.start(program, arguments);
        };
        QProcess sleeper;
        startAs(sleeper, QStringLiteral("/usr/bin/sleep"), {QStringLiteral("120")});
        QVERIFY(sleeper.waitForStarted());
        // Three threads besides the main one: RLIMIT_NPROC counts each.
        QProcess threaded;
        startAs(threaded, QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
                QStringLiteral("import threading, time\n"
                               "for _ in range(3):\n"
                               "    threading.Thread(target=time.sleep, args=(120,), daemon=True).start()\n"
                               "print('ready', flush=True)\n"
                               "time.sleep(120)\n")});
        QVERIFY(threaded.waitForReadyRead(30000));
        QCOMPARE(threaded.readAll(), QByteArray("ready\n"));
        QTRY_COMPARE(LimitEnforcement::processesOf(uid), 1 + 4);
        sleeper.kill();
        threaded.kill();
        QVERIFY(sleeper.waitForFinished() && threaded.waitForFinished());
        QTRY_COMPARE(LimitEnforcement::processesOf(uid), 0);
    }

    void v1CpuAccountingWhereWritable()
    {
        QTemporaryDir dir;
        const QString cg = dir.filePath(QStringLiteral("cgroup"));
        const QString self = dir.filePath(QStringLiteral("self-cgroup"));
        QDir().mkpath(cg + QStringLiteral("/memory"));
        QDir().mkpath(cg + QStringLiteral("/pids"));
        write(self, "12:pids:/\n11:memory:/\n");
        QVERIFY(LimitEnforcement::detect(cg, self, true).cgroupCpuPath.isEmpty());
        QDir().mkpath(cg + QStringLiteral("/cpuacct"));
        const LimitEnforcement e = LimitEnforcement::detect(cg, self, true);
        QCOMPARE(int(e.cgroup), int(Kind::V1));
        QCOMPARE(e.cgroupCpuPath, cg + QStringLiteral("/cpuacct"));
    }

    void managerCgroupOfTheUser()
    {
        QTemporaryDir dir;
        const QString cg = dir.filePath(QStringLiteral("cgroup"));
        const QString self = dir.filePath(QStringLiteral("self-cgroup"));
        const QString manager = cg + QStringLiteral("/user.slice/user-1000.slice/user@1000.service");
        QDir().mkpath(manager + QStringLiteral("/app.slice/app-term.scope"));
        // Started by the manager: the folder above our own.
        write(self, "0::/user.slice/user-1000.slice/user@1000.service/app.slice/app-term.scope\n");
        QCOMPARE(UserScope::managerCgroup(cg, self, 1000), manager);
        // In a login session beside it: where systemd always puts it.
        write(self, "0::/user.slice/user-1000.slice/session-3.scope\n");
        QCOMPARE(UserScope::managerCgroup(cg, self, 1000), manager);
        // Another user's manager is not ours, and a missing one is none.
        QCOMPARE(UserScope::managerCgroup(cg, self, 1001), QString());
        QVERIFY(!UserScope::offersMemoryAndPids(manager));
        write(manager + QStringLiteral("/cgroup.controllers"), "cpu memory\n");
        QVERIFY(!UserScope::offersMemoryAndPids(manager));
        write(manager + QStringLiteral("/cgroup.controllers"), "cpu memory pids\n");
        QVERIFY(UserScope::offersMemoryAndPids(manager));
    }

    void userScopeFromTheUsersManager()
    {
        // Tests get runtime folders of their own: ask the user's real one.
        const QString runtime = QStringLiteral("/run/user/%1").arg(::getuid());
        if (::geteuid() == 0 || !QFileInfo::exists(runtime + QStringLiteral("/systemd/private"))
            || !QFileInfo::exists(runtime + QStringLiteral("/bus")))
            QSKIP("no systemd user manager and bus for this account here");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        const UserScope::Result result = UserScope::enter();
        QVERIFY2(result.outcome == UserScope::Outcome::Entered || result.outcome == UserScope::Outcome::NotNeeded
                || result.outcome == UserScope::Outcome::Unavailable,
            qPrintable(result.detail));
        if (result.outcome == UserScope::Outcome::Unavailable)
            QSKIP(qPrintable(result.detail));
        // From now on every sandbox of this process is capped as a whole.
        QCOMPARE(int(LimitEnforcement::detect().cgroup), int(Kind::V2));
        QCOMPARE(UserScope::enter().outcome, result.outcome);
    }

    void detectsThisMachine()
    {
        const LimitEnforcement e = LimitEnforcement::detect();
        QVERIFY(!e.describe().isEmpty());
        QVERIFY(e.rlimits && e.watchdog);
        qInfo("limit enforcement here: %s", qPrintable(e.describe().join(QLatin1String(" | "))));
    }
};

QTEST_GUILESS_MAIN(TestLimitEnforcement)
#include "tst_limitenforcement.moc"
