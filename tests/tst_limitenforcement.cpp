// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "limitenforcement.h"

using Airlock::LimitEnforcement;
using Kind = LimitEnforcement::CgroupKind;

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
        if (layout == QLatin1String("v2") || layout == QLatin1String("v2-nomem")) {
            write(cg + QStringLiteral("/cgroup.controllers"),
                layout == QLatin1String("v2") ? "cpuset cpu io memory pids\n" : "cpu io\n");
            QDir().mkpath(cg + QStringLiteral("/user.slice/app.scope"));
            write(self, "0::/user.slice/app.scope\n");
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
