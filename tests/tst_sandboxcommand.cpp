// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QTest>

#include "sandboxcommand.h"

using Airlock::SandboxCommand;

class TestSandboxCommand : public QObject
{
    Q_OBJECT
private:
    static SandboxCommand baseline()
    {
        SandboxCommand cmd = SandboxCommand::pythonRuntime(QStringLiteral("/usr/bin/python3"));
        cmd.setBwrapPath(QStringLiteral("/usr/bin/bwrap"));
        return cmd;
    }

private Q_SLOTS:
    void baselineHasEveryProtection()
    {
        const QStringList o = baseline().options(4);
        for (const char *flag :
            {"--unshare-user", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup", "--unshare-net",
                "--disable-userns", "--die-with-parent", "--new-session", "--clearenv"})
            QVERIFY2(o.contains(QLatin1String(flag)), flag);
        const qsizetype capDrop = o.indexOf(QStringLiteral("--cap-drop"));
        QVERIFY(capDrop >= 0);
        QCOMPARE(o.value(capDrop + 1), QStringLiteral("ALL"));
        // The command separator never travels in the options.
        QVERIFY(!o.contains(QStringLiteral("--")));
        // No host tree is bound but /usr and individual /etc files.
        for (qsizetype i = 0; i < o.size(); ++i) {
            if (o.at(i) == QLatin1String("--bind") || o.at(i) == QLatin1String("--dev-bind"))
                QFAIL(qPrintable(QStringLiteral("writable host bind: %1").arg(o.value(i + 1))));
            if (o.at(i) == QLatin1String("--ro-bind")) {
                const QString src = o.value(i + 1);
                QVERIFY2(src == QLatin1String("/usr") || src.startsWith(QLatin1String("/etc/")), qPrintable(src));
            }
        }
    }

    void rootAndDevAreRemountedReadOnlyLast()
    {
        const QStringList o = baseline().options(4);
        const qsizetype root = o.lastIndexOf(QStringLiteral("/"));
        QCOMPARE(o.value(root - 1), QStringLiteral("--remount-ro"));
        const qsizetype dev = o.indexOf(QStringLiteral("/dev"), o.indexOf(QStringLiteral("--remount-ro")));
        QCOMPARE(o.value(dev - 1), QStringLiteral("--remount-ro"));
        // Nothing may be mounted after the root became read-only.
        for (qsizetype i = root + 1; i < o.size(); ++i)
            QVERIFY2(
                !o.at(i).startsWith(QLatin1String("--")) || o.at(i) == QLatin1String("--chdir"), qPrintable(o.at(i)));
        QCOMPARE(o.mid(o.indexOf(QStringLiteral("--chdir")), 2),
            (QStringList{QStringLiteral("--chdir"), QStringLiteral("/workspace")}));
    }

    void tmpfsIsSizeCapped()
    {
        const QStringList o = baseline().options(4);
        const qsizetype tmp = o.lastIndexOf(QStringLiteral("/tmp")); // after TMPDIR=/tmp
        QCOMPARE(o.value(tmp - 1), QStringLiteral("--tmpfs"));
        QCOMPARE(o.value(tmp - 3), QStringLiteral("--size"));
        QVERIFY(o.value(tmp - 2).toLongLong() > 0);
        QCOMPARE(o.value(tmp - 4), QStringLiteral("01777"));
    }

    void environmentIsExactlyTheAllowList()
    {
        SandboxCommand cmd = baseline();
        const QStringList o = cmd.options(4);
        QList<QPair<QString, QString>> seen;
        for (qsizetype i = 0; i < o.size(); ++i)
            if (o.at(i) == QLatin1String("--setenv"))
                seen.append({o.value(i + 1), o.value(i + 2)});
        QCOMPARE(seen, SandboxCommand::defaultEnvironment());
        QVERIFY(o.indexOf(QStringLiteral("--clearenv")) < o.indexOf(QStringLiteral("--setenv")));
        const QStringList names = [&] {
            QStringList n;
            for (const auto &p : seen)
                n << p.first;
            return n;
        }();
        QVERIFY(names.contains(QStringLiteral("MPLBACKEND")));
        QCOMPARE(seen.at(names.indexOf(QStringLiteral("HOME"))).second, QStringLiteral("/workspace"));
    }

    void payloadDescriptorsAreNumberedInOrder()
    {
        SandboxCommand cmd = baseline();
        cmd.addDataFile(QStringLiteral("/run/airlock/a.py"), "print(1)");
        cmd.setSeccompProgram(QByteArray(16, 'x'));
        const QList<QByteArray> payloads = cmd.fdPayloads();
        // passwd, group, the script, then seccomp.
        QCOMPARE(payloads.size(), 4);
        QCOMPARE(payloads.at(2), QByteArray("print(1)"));
        QCOMPARE(payloads.last(), QByteArray(16, 'x'));
        const QStringList o = cmd.options(7);
        QList<int> dataFds;
        for (qsizetype i = 0; i < o.size(); ++i)
            if (o.at(i) == QLatin1String("--ro-bind-data"))
                dataFds << o.value(i + 1).toInt();
        QCOMPARE(dataFds, (QList<int>{7, 8, 9}));
        QCOMPARE(o.value(o.indexOf(QStringLiteral("--seccomp")) + 1), QStringLiteral("10"));
        QCOMPARE(o.value(o.indexOf(QStringLiteral("/run/airlock/a.py")) - 1), QStringLiteral("9"));
    }

    void passwdNamesOnlyTheSandboxUser()
    {
        const QList<SandboxCommand::Mount> mounts = baseline().mounts();
        for (const auto &m : mounts) {
            if (m.destination == QLatin1String("/etc/passwd")) {
                QCOMPARE(m.content.count('\n'), 1);
                QVERIFY(m.content.startsWith("sandbox:x:"));
                return;
            }
        }
        QFAIL("no synthetic /etc/passwd");
    }

    void hardenedPythonHasTheFilter()
    {
        QString error;
        const auto cmd = SandboxCommand::hardenedPython(
            QStringLiteral("/usr/bin/bwrap"), QStringLiteral("/usr/bin/python3"), &error);
        QVERIFY2(cmd, qPrintable(error));
        QCOMPARE(cmd->bwrapPath(), QStringLiteral("/usr/bin/bwrap"));
        QVERIFY(!cmd->seccompProgram().isEmpty());
        QCOMPARE(cmd->seccompProgram().size() % 8, 0);
        QVERIFY(cmd->options(4).contains(QStringLiteral("--seccomp")));
        QCOMPARE(cmd->command(), QStringList{QStringLiteral("/usr/bin/python3")});
        QVERIFY(!SandboxCommand::hardenedPython(QString(), QStringLiteral("/usr/bin/python3"), &error));
        QVERIFY(error.contains(QLatin1String("missing")));
    }

    void commandGoesAfterTheSeparator()
    {
        SandboxCommand cmd = baseline();
        cmd.setCommand({QStringLiteral("/usr/bin/python3"), QStringLiteral("-I"), QStringLiteral("--weird")});
        QCOMPARE(cmd.bwrapArguments(3),
            (QStringList{QStringLiteral("--args"), QStringLiteral("3"), QStringLiteral("--"),
                QStringLiteral("/usr/bin/python3"), QStringLiteral("-I"), QStringLiteral("--weird")}));
    }

    void validate_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QString>("expected");
        QTest::addRow("valid") << 0 << QString();
        QTest::addRow("relative bwrap") << 1 << QStringLiteral("bwrap path must be absolute");
        QTest::addRow("relative program") << 2 << QStringLiteral("absolute program path");
        QTest::addRow("NUL in argument") << 3 << QStringLiteral("NUL");
        QTest::addRow("NUL in mount") << 4 << QStringLiteral("NUL");
        QTest::addRow("relative destination") << 5 << QStringLiteral("not absolute");
        QTest::addRow("dot-dot destination") << 6 << QStringLiteral("'..'");
        QTest::addRow("bad variable") << 7 << QStringLiteral("invalid environment variable");
        QTest::addRow("empty command") << 8 << QStringLiteral("absolute program path");
    }

    void validate()
    {
        QFETCH(int, mutation);
        QFETCH(QString, expected);
        SandboxCommand cmd = baseline();
        const QString withNul = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        switch (mutation) {
        case 1:
            cmd.setBwrapPath(QStringLiteral("bwrap"));
            break;
        case 2:
            cmd.setCommand({QStringLiteral("python3")});
            break;
        case 3:
            cmd.setCommand({QStringLiteral("/usr/bin/python3"), withNul});
            break;
        case 4:
            cmd.addReadOnlyBind(QStringLiteral("/usr/share"), QStringLiteral("/x/") + withNul);
            break;
        case 5:
            cmd.addDir(QStringLiteral("workspace/x"));
            break;
        case 6:
            cmd.addDir(QStringLiteral("/workspace/../etc"));
            break;
        case 7:
            cmd.setEnvironment({{QStringLiteral("A=B"), QStringLiteral("c")}});
            break;
        case 8:
            cmd.setCommand({});
            break;
        }
        const QString result = cmd.validate();
        if (expected.isEmpty())
            QVERIFY2(result.isEmpty(), qPrintable(result));
        else
            QVERIFY2(result.contains(expected), qPrintable(result));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "tst_sandboxcommand.moc"
