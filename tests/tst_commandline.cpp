// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

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

    static Result ctl(const QStringList &arguments)
    {
        QProcess p;
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

    void version()
    {
        const Result r = ctl({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("airlock "));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
