// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QDir>
#include <QFileInfo>
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

    void collectsTheWorkingFolder()
    {
        // The layout of a run's /workspace: output/, a link to an input,
        // files and folders the code wrote.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("output/sub")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("figures")));
        const auto write = [&](const char *name, const QByteArray &content) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        write("output/a.txt", "a");
        write("output/sub/b.txt", "b");
        write("clean.csv", "x,y\n");
        write("figures/c d.png", "not really a png");
        QVERIFY(QFile::link(QStringLiteral("/run/airlock/inputs/sales.csv"), dir.filePath(QStringLiteral("sales.csv"))));
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), dir.filePath(QStringLiteral("planted"))));
        const int fd = ::open(QFile::encodeName(dir.path()).constData(), O_PATH | O_DIRECTORY);
        const auto result = ArtifactCollector::collectWorkspace(fd, {QStringLiteral("sales.csv")}, 10, 1000);
        ::close(fd);
        QStringList names;
        for (const auto &a : result.artifacts)
            names << a.name;
        QCOMPARE(names,
            (QStringList{QStringLiteral("a.txt"), QStringLiteral("sub/b.txt"), QStringLiteral("clean.csv"),
                QStringLiteral("figures/c_d.png")}));
        QCOMPARE(result.artifacts.at(3).originalName, QStringLiteral("figures/c d.png"));
        // The input's link is the layout; any other link is refused.
        QCOMPARE(result.rejected.size(), 1);
        QCOMPARE(result.rejected.constFirst().name, QStringLiteral("planted"));

        // One count cap for both parts.
        const int again = ::open(QFile::encodeName(dir.path()).constData(), O_PATH | O_DIRECTORY);
        const auto capped = ArtifactCollector::collectWorkspace(again, {QStringLiteral("sales.csv")}, 3, 1000);
        ::close(again);
        QCOMPARE(capped.artifacts.size(), 3);
        QCOMPARE(capped.notCollected, 1);

        // And they are saved in the same folders.
        QTemporaryDir saved;
        QCOMPARE(ArtifactCollector::writeTo(result.artifacts, saved.path()), QString());
        QFile b(saved.filePath(QStringLiteral("sub/b.txt")));
        QVERIFY(b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), QByteArray("b"));
        QVERIFY(QFileInfo::exists(saved.filePath(QStringLiteral("figures/c_d.png"))));
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
