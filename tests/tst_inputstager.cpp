// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "inputstager.h"
#include "policy.h"
#include "request.h"

using namespace Airlock;

class TestInputStager : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    Request request(const QString &name, const QString &path)
    {
        const QJsonObject doc{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
            {QStringLiteral("code"), QStringLiteral("")},
            {QStringLiteral("files"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("path"), path}}}}};
        Request::Error error;
        return *Request::parse(QJsonDocument(doc).toJson(), m_dir.filePath(QStringLiteral("req")), &error);
    }

    void write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("req"))));
        write(m_dir.filePath(QStringLiteral("req/data.csv")), "a,b\n1,2\n");
        write(m_dir.filePath(QStringLiteral("outside.csv")), "secret\n");
        QFile::link(m_dir.filePath(QStringLiteral("outside.csv")), m_dir.filePath(QStringLiteral("req/out-link.csv")));
        QFile::link(m_dir.filePath(QStringLiteral("req/data.csv")), m_dir.filePath(QStringLiteral("req/in-link.csv")));
        QVERIFY(::mkfifo(QFile::encodeName(m_dir.filePath(QStringLiteral("req/pipe.csv"))).constData(), 0600) == 0);
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("req/folder.csv"))));
    }

    void stagesAndHashes()
    {
        QTemporaryDir inputs;
        const auto result = InputStager::stage(
            request(QStringLiteral("data.csv"), QStringLiteral("data.csv")), Policy::builtIn(), inputs.path());
        QVERIFY(result.verdicts.isEmpty());
        QCOMPARE(result.inputs.size(), 1);
        const auto &in = result.inputs.constFirst();
        QCOMPARE(in.size, 8);
        QCOMPARE(
            in.sha256, QString::fromLatin1(QCryptographicHash::hash("a,b\n1,2\n", QCryptographicHash::Sha256).toHex()));
        QFile copy(in.stagedPath);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray("a,b\n1,2\n"));
        QCOMPARE(copy.permissions() & (QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther), QFile::Permissions());
        QCOMPARE(InputStager::verifyUnchanged(result.inputs), QString());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing") << QStringLiteral("nope.csv") << QStringLiteral("file.missing")
                                 << QStringLiteral("does not exist");
        QTest::addRow("symlink outside") << QStringLiteral("out-link.csv") << QStringLiteral("file.symlink")
                                         << QStringLiteral("outside the request's folder");
        QTest::addRow("symlink inside") << QStringLiteral("in-link.csv") << QStringLiteral("file.symlink")
                                        << QStringLiteral("links are not followed");
        QTest::addRow("FIFO, without hanging")
            << QStringLiteral("pipe.csv") << QStringLiteral("file.type") << QStringLiteral("named pipe");
        QTest::addRow("folder") << QStringLiteral("folder.csv") << QStringLiteral("file.type")
                                << QStringLiteral("a folder");
        QTest::addRow("device") << QStringLiteral("/dev/null") << QStringLiteral("file.type")
                                << QStringLiteral("a device");
        QTest::addRow("through a file") << QStringLiteral("data.csv/x") << QStringLiteral("file.missing")
                                        << QStringLiteral("does not exist");
    }

    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QString, rule);
        QFETCH(QString, message);
        QTemporaryDir inputs;
        const auto result
            = InputStager::stage(request(QStringLiteral("x.csv"), path), Policy::builtIn(), inputs.path());
        QVERIFY(result.inputs.isEmpty());
        QCOMPARE(result.verdicts.size(), 1);
        QCOMPARE(result.verdicts.constFirst().rule, rule);
        QCOMPARE(result.verdicts.constFirst().severity, Verdict::Severity::Block);
        QVERIFY2(
            result.verdicts.constFirst().message.contains(message), qPrintable(result.verdicts.constFirst().message));
        QVERIFY(QDir(inputs.path()).isEmpty());
    }

    void symlinkInsideWhenThePolicyAllows()
    {
        Policy policy = Policy::builtIn();
        policy.allowSymlinksInsideRequestDir = true;
        QTemporaryDir inputs;
        auto result = InputStager::stage(
            request(QStringLiteral("x.csv"), QStringLiteral("in-link.csv")), policy, inputs.path());
        QVERIFY(result.verdicts.isEmpty());
        QCOMPARE(result.inputs.size(), 1);
        // ...but never one that leaves the folder.
        QTemporaryDir inputs2;
        result = InputStager::stage(
            request(QStringLiteral("x.csv"), QStringLiteral("out-link.csv")), policy, inputs2.path());
        QCOMPARE(result.verdicts.constFirst().rule, QStringLiteral("file.symlink"));
    }

    void tooLarge()
    {
        Policy policy = Policy::builtIn();
        policy.maxFileBytes = 4;
        QTemporaryDir inputs;
        const auto result
            = InputStager::stage(request(QStringLiteral("x.csv"), QStringLiteral("data.csv")), policy, inputs.path());
        QCOMPARE(result.verdicts.constFirst().rule, QStringLiteral("file.size"));
        QVERIFY(result.inputs.isEmpty());
    }

    void badNamesAreNeverUsedAsPaths()
    {
        QTemporaryDir inputs;
        const auto result = InputStager::stage(
            request(QStringLiteral("../escape.csv"), QStringLiteral("data.csv")), Policy::builtIn(), inputs.path());
        QVERIFY(result.inputs.isEmpty());
        QVERIFY(!QFile::exists(QDir(inputs.path()).filePath(QStringLiteral("../escape.csv"))));
    }

    void detectsChangesAfterStaging()
    {
        const QString path = m_dir.filePath(QStringLiteral("req/changing.csv"));
        write(path, "before\n");
        QTemporaryDir inputs;
        const auto result = InputStager::stage(
            request(QStringLiteral("c.csv"), QStringLiteral("changing.csv")), Policy::builtIn(), inputs.path());
        QCOMPARE(result.inputs.size(), 1);
        write(path, "after!\n");
        const QString message = InputStager::verifyUnchanged(result.inputs);
        QVERIFY2(message.contains(QLatin1String("\"c.csv\" changed after it was reviewed")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestInputStager)
#include "tst_inputstager.moc"
