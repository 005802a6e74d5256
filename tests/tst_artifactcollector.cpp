// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

#include "artifactcollector.h"

using Airlock::ArtifactCollector;

class TestArtifactCollector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sanitise_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QStringLiteral("chart.png") << QStringLiteral("chart.png");
        QTest::addRow("spaces") << QStringLiteral("my chart.png") << QStringLiteral("my_chart.png");
        QTest::addRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral("_bashrc");
        QTest::addRow("dots") << QStringLiteral("...x") << QStringLiteral("___x");
        QTest::addRow("traversal") << QStringLiteral("..") << QStringLiteral("__");
        QTest::addRow("control") << QStringLiteral("a\nb\x1b[31m") << QStringLiteral("a_b__31m");
        QTest::addRow("unicode") << QStringLiteral("résumé.csv") << QStringLiteral("r_sum_.csv");
        QTest::addRow("long") << QString(300, QLatin1Char('a')) + QStringLiteral(".png")
                              << QString(116, QLatin1Char('a')) + QStringLiteral(".png");
        QTest::addRow("empty") << QString() << QStringLiteral("_");
    }

    void sanitise()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(ArtifactCollector::sanitiseName(name), expected);
    }

    void capsTotalSize()
    {
        QTemporaryDir dir;
        for (const char *name : {"a.txt", "b.txt", "c.txt"}) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(400, 'x'));
        }
        const int fd = ::open(QFile::encodeName(dir.path()).constData(), O_PATH | O_DIRECTORY);
        const auto result = ArtifactCollector::collect(fd, 10, 1000);
        ::close(fd);
        QCOMPARE(result.artifacts.size(), 2);
        QCOMPARE(result.totalBytes, 800);
        QCOMPARE(result.rejected.size(), 1);
        QCOMPARE(result.rejected.constFirst().name, QStringLiteral("c.txt"));
        QCOMPARE(result.artifacts.constFirst().mediaType, QStringLiteral("text/plain"));
    }

    void writesIntoAFolder()
    {
        QTemporaryDir dir;
        ArtifactCollector::Artifact a;
        a.name = QStringLiteral("x.csv");
        a.content = "1,2\n";
        QCOMPARE(ArtifactCollector::writeTo({a}, dir.filePath(QStringLiteral("sub/out"))), QString());
        QFile f(dir.filePath(QStringLiteral("sub/out/x.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("1,2\n"));
    }
};

QTEST_GUILESS_MAIN(TestArtifactCollector)
#include "tst_artifactcollector.moc"
