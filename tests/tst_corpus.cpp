// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// Every request of tests/data/corpus through the real `airlockctl check`,
// against its golden verdicts (tests/data/regenerate-golden.sh rewrites them).
class TestCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("golden");
        const QDir corpus(QStringLiteral(AIRLOCK_SOURCE_DIR "/tests/data/corpus"));
        const QStringList files = corpus.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 70);
        for (const QString &file : files)
            QTest::addRow("%s", qPrintable(file.chopped(5)))
                << corpus.filePath(file) << QStringLiteral(AIRLOCK_SOURCE_DIR "/tests/data/golden/") + file;
    }

    void verdicts()
    {
        QFETCH(QString, request);
        QFETCH(QString, golden);
        QFile goldenFile(golden);
        QVERIFY2(goldenFile.open(QIODevice::ReadOnly), qPrintable(golden + QLatin1String(" is missing: regenerate")));
        const QJsonObject expected = QJsonDocument::fromJson(goldenFile.readAll()).object();

        QProcess ctl;
        ctl.start(QStringLiteral(AIRLOCKCTL_PATH), {QStringLiteral("check"), QStringLiteral("--json"), request});
        QVERIFY(ctl.waitForFinished(60000));
        const QJsonObject got = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
        QCOMPARE(ctl.exitCode(), expected.value(QStringLiteral("exit_code")).toInt());
        QCOMPARE(got.value(QStringLiteral("runnable")), expected.value(QStringLiteral("runnable")));
        const QJsonArray gotVerdicts = got.value(QStringLiteral("verdicts")).toArray();
        const QJsonArray wantVerdicts = expected.value(QStringLiteral("verdicts")).toArray();
        QVERIFY2(gotVerdicts == wantVerdicts,
            qPrintable(QStringLiteral("got:\n%1\nwant:\n%2")
                           .arg(QString::fromUtf8(QJsonDocument(gotVerdicts).toJson()),
                               QString::fromUtf8(QJsonDocument(wantVerdicts).toJson()))));
        // The policy's identity goes with every verdict set.
        QCOMPARE(got.value(QStringLiteral("policy")).toObject().value(QStringLiteral("sha256")).toString().size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
