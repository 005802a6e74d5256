// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rundirectory.h"

using namespace Airlock;

/// The private folders staged inputs live in, and the kept ones that let a
/// request waiting for a decision survive a restart or a crash.
class TestRunDirectory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    /// A trail path of its own per test (the file need not exist to key folders).
    QString trail()
    {
        const QString path = m_dir.filePath(QStringLiteral("trail-%1.sqlite").arg(++m_n));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        return path;
    }

    static void write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void plainFolderGoesWithItsObject()
    {
        QString error;
        auto dir = RunDirectory::create(uid_t(-1), gid_t(-1), &error);
        QVERIFY2(dir, qPrintable(error));
        QVERIFY(!dir->isKept());
        const QString path = dir->path();
        QVERIFY(QFileInfo(dir->inputsPath()).isDir());
        dir.reset();
        QVERIFY(!QFileInfo::exists(path));
    }

    void keptFolderOutlivesItsObjectUntilSettled()
    {
        const QString t = trail();
        QString error;
        auto dir = RunDirectory::createKept(t, QStringLiteral("req-1"), uid_t(-1), gid_t(-1), &error);
        QVERIFY2(dir, qPrintable(error));
        QVERIFY(dir->isKept());
        QCOMPARE(dir->path(), RunDirectory::keptPath(t, QStringLiteral("req-1")));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(dir->path()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0700));
        write(dir->inputsPath() + QStringLiteral("/data.csv"), "a,b\n");
        dir.reset();

        // The next process (a restart) takes it over, content and all.
        auto again = RunDirectory::adoptKept(t, QStringLiteral("req-1"), uid_t(-1), gid_t(-1), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(read(again->inputsPath() + QStringLiteral("/data.csv")), QByteArray("a,b\n"));
        // Another request of the same trail, or the same id in another trail, is not it.
        QVERIFY(!RunDirectory::adoptKept(t, QStringLiteral("req-2"), uid_t(-1), gid_t(-1), &error));
        QVERIFY(!RunDirectory::adoptKept(trail(), QStringLiteral("req-1"), uid_t(-1), gid_t(-1), &error));

        // Decided and finished: it goes with the object.
        const QString path = again->path();
        again->setKept(false);
        again.reset();
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!RunDirectory::adoptKept(t, QStringLiteral("req-1"), uid_t(-1), gid_t(-1), &error));
        QVERIFY(!error.isEmpty());
    }

    void aHeldFolderIsNeitherTakenNorPruned()
    {
        const QString t = trail();
        QString error;
        auto held = RunDirectory::createKept(t, QStringLiteral("busy"), uid_t(-1), gid_t(-1), &error);
        QVERIFY2(held, qPrintable(error));
        write(held->inputsPath() + QStringLiteral("/x.csv"), "1\n");
        QVERIFY(!RunDirectory::adoptKept(t, QStringLiteral("busy"), uid_t(-1), gid_t(-1), &error));
        QVERIFY2(error.contains(QLatin1String("another Airlock process")), qPrintable(error));
        // The same id arriving twice gets a folder of its own, not the other's.
        auto twin = RunDirectory::createKept(t, QStringLiteral("busy"), uid_t(-1), gid_t(-1), &error);
        QVERIFY2(twin, qPrintable(error));
        QVERIFY(twin->path() != held->path());
        QVERIFY(!twin->isKept());
        // Not undecided in the trail, but in use: pruning leaves it alone.
        RunDirectory::pruneKept(t, {});
        QCOMPARE(read(held->inputsPath() + QStringLiteral("/x.csv")), QByteArray("1\n"));
    }

    void aCrashedHolderLetsGo()
    {
        const QString t = trail();
        QString error;
        {
            auto dir = RunDirectory::createKept(t, QStringLiteral("crashed"), uid_t(-1), gid_t(-1), &error);
            QVERIFY2(dir, qPrintable(error));
            write(dir->inputsPath() + QStringLiteral("/x.csv"), "kept\n");
        }
        // Another process holds it, as a workbench would, and is killed.
        const QString path = RunDirectory::keptPath(t, QStringLiteral("crashed"));
        QProcess holder;
        holder.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
                QStringLiteral("import fcntl, sys, time\n"
                               "f = open(sys.argv[1], 'a')\n"
                               "fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
                               "print('held', flush=True)\n"
                               "time.sleep(300)\n"),
                path + QStringLiteral(".lock")});
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readAllStandardOutput().trimmed(), QByteArray("held"));
        QVERIFY(!RunDirectory::adoptKept(t, QStringLiteral("crashed"), uid_t(-1), gid_t(-1), &error));
        QVERIFY2(error.contains(QLatin1String("another Airlock process")), qPrintable(error));
        ::kill(pid_t(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished());
        std::unique_ptr<RunDirectory> taken;
        QTRY_VERIFY((taken = RunDirectory::adoptKept(t, QStringLiteral("crashed"), uid_t(-1), gid_t(-1), &error)));
        QCOMPARE(read(taken->inputsPath() + QStringLiteral("/x.csv")), QByteArray("kept\n"));
    }

    void pruningKeepsOnlyWhatIsStillNeeded()
    {
        const QString t = trail();
        const QString other = trail();
        const QString vanished = trail();
        QString error;
        for (const QString &id : {QStringLiteral("waiting"), QStringLiteral("decided")})
            QVERIFY(RunDirectory::createKept(t, id, uid_t(-1), gid_t(-1), &error));
        QVERIFY(RunDirectory::createKept(other, QStringLiteral("theirs"), uid_t(-1), gid_t(-1), &error));
        QVERIFY(RunDirectory::createKept(vanished, QStringLiteral("orphan"), uid_t(-1), gid_t(-1), &error));
        QVERIFY(QFile::remove(vanished));
        // A run folder a crash left behind two days ago.
        const QString base = RunDirectory::baseDirectory(&error);
        QVERIFY2(!base.isEmpty(), qPrintable(error));
        QTemporaryDir old(base + QStringLiteral("/run-testXXXXXX"));
        old.setAutoRemove(false);
        QVERIFY(old.isValid());
        const time_t then = time_t(QDateTime::currentSecsSinceEpoch() - 2 * 24 * 3600);
        const struct timespec times[2] = {{then, 0}, {then, 0}};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(old.path()).constData(), times, 0), 0);

        QVERIFY(RunDirectory::pruneKept(t, {QStringLiteral("waiting")}) >= 3);
        QVERIFY(QFileInfo::exists(RunDirectory::keptPath(t, QStringLiteral("waiting"))));
        QVERIFY(!QFileInfo::exists(RunDirectory::keptPath(t, QStringLiteral("decided"))));
        // Another trail's waiting request is its business; a deleted trail's is no one's.
        QVERIFY(QFileInfo::exists(RunDirectory::keptPath(other, QStringLiteral("theirs"))));
        QVERIFY(!QFileInfo::exists(RunDirectory::keptPath(vanished, QStringLiteral("orphan"))));
        QVERIFY(!QFileInfo::exists(QFileInfo(RunDirectory::keptPath(vanished, QStringLiteral("orphan"))).path()));
        QVERIFY(!QFileInfo::exists(old.path()));
    }
};

QTEST_GUILESS_MAIN(TestRunDirectory)
#include "tst_rundirectory.moc"
