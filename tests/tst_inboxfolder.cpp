// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <sys/stat.h>

#include "inboxfolder.h"

using namespace Airlock;

class TestInboxFolder : public QObject
{
    Q_OBJECT
private:
    // Generous: CI runs on a loaded two-core machine.
    static constexpr int Timeout = 30000;
    static constexpr int FastSettleMs = 200;
    int m_markers = 0;

    static void write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
        QCOMPARE(f.write(data), data.size());
    }

    static QStringList paths(const QSignalSpy &spy)
    {
        QStringList out;
        for (const QList<QVariant> &arguments : spy)
            out.append(arguments.at(0).toString());
        return out;
    }

    // Once a marker written now is reported, the folder has been listed again
    // after everything written before it, and whatever had settled by then
    // has been reported in the same round or earlier.
    QString dropMarker(const QString &dir)
    {
        const QString path = QDir(dir).filePath(QStringLiteral("zz-marker-%1.json").arg(++m_markers));
        write(path, "{}");
        return path;
    }

private Q_SLOTS:
    void existingFileIsReportedOnce()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("request.json"));
        write(file, "{}");
        InboxFolder inbox;
        inbox.setSettleTime(FastSettleMs);
        QSignalSpy arrived(&inbox, &InboxFolder::fileArrived);
        QSignalSpy errors(&inbox, &InboxFolder::errorOccurred);
        inbox.setPath(dir.path());
        QCOMPARE(inbox.path(), dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, Timeout);
        QCOMPARE(paths(arrived), QStringList{file});

        const QString marker = dropMarker(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 2, Timeout);
        QCOMPARE(paths(arrived), (QStringList{file, marker}));
        QVERIFY(errors.isEmpty());
    }

    void newFileIsReported()
    {
        QTemporaryDir dir;
        InboxFolder inbox;
        inbox.setSettleTime(FastSettleMs);
        QSignalSpy arrived(&inbox, &InboxFolder::fileArrived);
        inbox.setPath(dir.path());
        const QString file = dir.filePath(QStringLiteral("new.json"));
        write(file, "{\"code\": \"\"}");
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, Timeout);
        QCOMPARE(paths(arrived), QStringList{file});
    }

    void halfWrittenFileWaitsUntilComplete()
    {
        // A writer pausing well under the settle time between chunks, for
        // longer than the settle time in all: nothing until it stops. Noise
        // beside it makes the inbox list the folder several times per pause,
        // so it sees the same half-written version more than once.
        constexpr int SettleMs = 3000;
        constexpr int Chunks = 10;
        constexpr int NoisePerPause = 4;
        constexpr int NoiseMs = 100;
        const QByteArray chunk(64, 'x');
        QTemporaryDir dir;
        InboxFolder inbox;
        inbox.setSettleTime(SettleMs);
        QSignalSpy arrived(&inbox, &InboxFolder::fileArrived);
        qint64 sizeWhenReported = -1;
        connect(&inbox, &InboxFolder::fileArrived, this,
            [&sizeWhenReported](const QString &path) { sizeWhenReported = QFileInfo(path).size(); });
        inbox.setPath(dir.path());

        const QString path = dir.filePath(QStringLiteral("slow.json"));
        const QString noise = dir.filePath(QStringLiteral(".noise"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < Chunks; ++i) {
            QCOMPARE(file.write(chunk), chunk.size());
            QVERIFY(file.flush());
            for (int j = 0; j < NoisePerPause; ++j) {
                if (QFile::exists(noise))
                    QVERIFY(QFile::remove(noise));
                else
                    write(noise, "x");
                // The writer's pace; the inbox's timers run meanwhile.
                QTest::qWait(NoiseMs);
            }
            QCOMPARE(arrived.count(), 0);
        }
        file.close();
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, Timeout);
        QCOMPARE(paths(arrived), QStringList{path});
        QCOMPARE(sizeWhenReported, Chunks * chunk.size());

        inbox.setSettleTime(FastSettleMs);
        const QString marker = dropMarker(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 2, Timeout);
        QCOMPARE(paths(arrived), (QStringList{path, marker}));
    }

    void temporaryNameThenRename()
    {
        QTemporaryDir dir;
        InboxFolder inbox;
        inbox.setSettleTime(FastSettleMs);
        QSignalSpy arrived(&inbox, &InboxFolder::fileArrived);
        inbox.setPath(dir.path());
        const QString part = dir.filePath(QStringLiteral("request.json.part"));
        const QString renamed = dir.filePath(QStringLiteral("request.json"));
        write(part, "{\"code\": \"print(1)\"}");
        // Settled under its temporary name, yet not reported.
        const QString marker1 = dropMarker(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, Timeout);
        QCOMPARE(paths(arrived), QStringList{marker1});

        QVERIFY(QFile::rename(part, renamed));
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 2, Timeout);
        const QString marker2 = dropMarker(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 3, Timeout);
        QCOMPARE(paths(arrived), (QStringList{marker1, renamed, marker2}));
    }

    void ignored_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addRow("hidden") << QStringLiteral(".request.json") << QStringLiteral("file");
        QTest::addRow(".part") << QStringLiteral("request.json.part") << QStringLiteral("file");
        QTest::addRow(".tmp") << QStringLiteral("request.json.tmp") << QStringLiteral("file");
        QTest::addRow("backup") << QStringLiteral("request.json~") << QStringLiteral("file");
        QTest::addRow("editor swap") << QStringLiteral(".request.json.swp") << QStringLiteral("file");
        QTest::addRow("not JSON") << QStringLiteral("request.txt") << QStringLiteral("file");
        QTest::addRow("empty") << QStringLiteral("empty.json") << QStringLiteral("empty");
        QTest::addRow("folder") << QStringLiteral("folder.json") << QStringLiteral("folder");
        QTest::addRow("symlink") << QStringLiteral("link.json") << QStringLiteral("symlink");
        QTest::addRow("FIFO, without blocking") << QStringLiteral("pipe.json") << QStringLiteral("fifo");
    }

    void ignored()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QTemporaryDir outside;
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        if (kind == QLatin1String("file")) {
            write(path, "{}");
        } else if (kind == QLatin1String("empty")) {
            write(path, {});
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("symlink")) {
            const QString target = outside.filePath(QStringLiteral("target.json"));
            write(target, "{}");
            QVERIFY(QFile::link(target, path));
        } else {
            // Opening it would block the event loop and time the test out.
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }
        InboxFolder inbox;
        inbox.setSettleTime(FastSettleMs);
        QSignalSpy arrived(&inbox, &InboxFolder::fileArrived);
        inbox.setPath(dir.path());
        const QString marker = dropMarker(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, Timeout);
        QCOMPARE(paths(arrived), QStringList{marker});
    }

    void emptyFileIsReportedOnceFilled()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("request.json"));
        write(file, {});
        InboxFolder inbox;
        inbox.setSettleTime(FastSettleMs);
        QSignalSpy arrived(&inbox, &InboxFolder::fileArrived);
        inbox.setPath(dir.path());
        const QString marker = dropMarker(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, Timeout);

        write(file, "{}");
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 2, Timeout);
        QCOMPARE(paths(arrived), (QStringList{marker, file}));
    }

    void rewrittenFileIsReportedAgain_data()
    {
        QTest::addColumn<bool>("inPlace");
        QTest::addRow("in place") << true;
        QTest::addRow("replaced by rename") << false;
    }

    void rewrittenFileIsReportedAgain()
    {
        QFETCH(bool, inPlace);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("request.json"));
        InboxFolder inbox;
        inbox.setSettleTime(FastSettleMs);
        QSignalSpy arrived(&inbox, &InboxFolder::fileArrived);
        inbox.setPath(dir.path());
        write(file, "{\"v\": 1}");
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, Timeout);

        const QByteArray second = "{\"v\": 2, \"again\": true}";
        if (inPlace) {
            write(file, second);
        } else {
            const QString temporary = dir.filePath(QStringLiteral(".request.json.tmp"));
            write(temporary, second);
            // QFile::rename() refuses to replace an existing file.
            QCOMPARE(std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(file).constData()), 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 2, Timeout);
        const QString marker = dropMarker(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 3, Timeout);
        QCOMPARE(paths(arrived), (QStringList{file, file, marker}));
    }

    void fileDeletedBeforeSettlingIsForgotten()
    {
        QTemporaryDir dir;
        InboxFolder inbox;
        inbox.setSettleTime(3000);
        QSignalSpy arrived(&inbox, &InboxFolder::fileArrived);
        QSignalSpy errors(&inbox, &InboxFolder::errorOccurred);
        inbox.setPath(dir.path());
        const QString file = dir.filePath(QStringLiteral("gone.json"));
        write(file, "{}");
        // Not an assertion: gives the inbox time to notice the file first.
        QTest::qWait(1000);
        QVERIFY(QFile::remove(file));
        inbox.setSettleTime(FastSettleMs);
        const QString marker = dropMarker(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, Timeout);
        QCOMPARE(paths(arrived), QStringList{marker});
        QVERIFY(errors.isEmpty());
    }

    void manyFiles()
    {
        constexpr int Count = 2000;
        QTemporaryDir dir;
        InboxFolder inbox;
        inbox.setSettleTime(FastSettleMs);
        QSignalSpy arrived(&inbox, &InboxFolder::fileArrived);
        inbox.setPath(dir.path());
        for (int i = 0; i < Count; ++i)
            write(dir.filePath(QStringLiteral("request-%1.json").arg(i, 4, 10, QLatin1Char('0'))), "{}");
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), Count, 2 * Timeout);
        const QStringList reported = paths(arrived);
        QCOMPARE(QSet<QString>(reported.cbegin(), reported.cend()).size(), Count);
    }

    void switchingFoldersForgetsTheOldOne()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        write(first.filePath(QStringLiteral("first.json")), "{}");
        const QString file = second.filePath(QStringLiteral("second.json"));
        write(file, "{}");
        InboxFolder inbox;
        inbox.setSettleTime(FastSettleMs);
        QSignalSpy arrived(&inbox, &InboxFolder::fileArrived);
        inbox.setPath(first.path());
        inbox.setPath(second.path());
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, Timeout);
        const QString marker = dropMarker(second.path());
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 2, Timeout);
        QCOMPARE(paths(arrived), (QStringList{file, marker}));
    }

    void missingFolderIsWatchedOnceCreated()
    {
        QTemporaryDir base;
        const QString path = base.filePath(QStringLiteral("inbox"));
        InboxFolder inbox;
        inbox.setSettleTime(FastSettleMs);
        QSignalSpy arrived(&inbox, &InboxFolder::fileArrived);
        QSignalSpy errors(&inbox, &InboxFolder::errorOccurred);
        inbox.setPath(path);
        QVERIFY(errors.isEmpty()); // never from within setPath()
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, Timeout);
        const QString message = errors.constFirst().at(0).toString();
        QVERIFY2(message.contains(path) && message.contains(QLatin1String("does not exist")), qPrintable(message));

        QVERIFY(QDir().mkpath(path));
        const QString file = QDir(path).filePath(QStringLiteral("request.json"));
        write(file, "{}");
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, Timeout);
        QCOMPARE(paths(arrived), QStringList{file});
        QCOMPARE(errors.count(), 1);
    }

    void vanishedFolderIsReportedOnceAndWatchedAgain()
    {
        QTemporaryDir base;
        const QString path = base.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(path));
        const QString file = QDir(path).filePath(QStringLiteral("request.json"));
        write(file, "{}");
        InboxFolder inbox;
        inbox.setSettleTime(FastSettleMs);
        QSignalSpy arrived(&inbox, &InboxFolder::fileArrived);
        QSignalSpy errors(&inbox, &InboxFolder::errorOccurred);
        inbox.setPath(path);
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, Timeout);

        QVERIFY(QDir(path).removeRecursively());
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, Timeout);
        const QString message = errors.constFirst().at(0).toString();
        QVERIFY2(message.contains(path) && message.contains(QLatin1String("disappeared")), qPrintable(message));
        // Proves absence: the poll sees the folder missing again meanwhile.
        QTest::qWait(InboxFolder::PollIntervalMs + 500);
        QCOMPARE(errors.count(), 1);

        // Back, with the same file: a new folder, so reported again.
        QVERIFY(QDir().mkpath(path));
        write(file, "{}");
        QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 2, Timeout);
        QCOMPARE(paths(arrived), (QStringList{file, file}));
        QCOMPARE(errors.count(), 1);
    }

    void notAFolder()
    {
        QTemporaryDir base;
        const QString path = base.filePath(QStringLiteral("inbox.json"));
        write(path, "{}");
        InboxFolder inbox;
        QSignalSpy errors(&inbox, &InboxFolder::errorOccurred);
        inbox.setPath(path);
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, Timeout);
        const QString message = errors.constFirst().at(0).toString();
        QVERIFY2(message.contains(QLatin1String("not a folder")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestInboxFolder)
#include "tst_inboxfolder.moc"
