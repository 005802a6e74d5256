// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "audittrail.h"
#include "doctor.h"
#include "privatefiles.h"

using namespace Airlock;

namespace {
int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}
} // namespace

// The trail holds code, outputs and artifacts: nobody else on the machine
// may read it, whatever the umask, also when airlockctl creates it.
class TestPrivateFiles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    mode_t m_umask = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A desktop's usual umask: files 0644, folders 0755 unless asked.
        m_umask = ::umask(022);
    }

    void cleanupTestCase() { ::umask(m_umask); }

    void foldersAreMadePrivate()
    {
        const QString deep = m_dir.filePath(QStringLiteral("a/b/c"));
        QVERIFY(PrivateFiles::makeFolder(deep));
        for (const QString &f : {QStringLiteral("a"), QStringLiteral("a/b"), QStringLiteral("a/b/c")})
            QCOMPARE(modeOf(m_dir.filePath(f)), 0700);
        // An existing folder is the user's business and left alone.
        QVERIFY(QDir().mkdir(m_dir.filePath(QStringLiteral("open"))));
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("open"))), 0755);
        QVERIFY(PrivateFiles::makeFolder(m_dir.filePath(QStringLiteral("open/inner"))));
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("open"))), 0755);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("open/inner"))), 0700);
        // A file in the way is an error, not a folder.
        QFile blocker(m_dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!PrivateFiles::makeFolder(m_dir.filePath(QStringLiteral("file")), &error));
        QVERIFY(!error.isEmpty());
    }

    void filesAreCreatedPrivateNeverThroughALink()
    {
        const QString path = m_dir.filePath(QStringLiteral("f.sqlite"));
        QVERIFY(PrivateFiles::createFile(path));
        QCOMPARE(modeOf(path), 0600);
        const QString target = m_dir.filePath(QStringLiteral("target"));
        const QString link = m_dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(target, link));
        // A link in its place is someone's choice, left alone: nothing is
        // created at the far end of it.
        PrivateFiles::createFile(link);
        QVERIFY(!QFile::exists(target));
    }

    void trailFilesArePrivate()
    {
        const QString path = m_dir.filePath(QStringLiteral("data/Airlock/audit.sqlite"));
        QString error;
        {
            auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadWrite, &error);
            QVERIFY2(trail, qPrintable(error));
            QVERIFY2(trail->append(QStringLiteral("request"), QStringLiteral("r1"), {},
                         {{QStringLiteral("code"), QStringLiteral("print(1)")}}, &error),
                qPrintable(error));
            // While it is open the log and shared memory exist too.
            for (const QString &f : QStringList{path, path + QStringLiteral(".head"), path + QStringLiteral("-wal"),
                     path + QStringLiteral("-shm")})
                QVERIFY2(modeOf(f) == 0600, qPrintable(f + QStringLiteral(": ") + QString::number(modeOf(f), 8)));
            QCOMPARE(modeOf(QFileInfo(path).path()), 0700);
            QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("data"))), 0700);
            QVERIFY(trail->exposure().isEmpty());
            QCOMPARE(Doctor::trailPrivacy(path).status, DoctorCheck::Status::Passed);
        }
        // A trail someone opened up is reported, by the trail and the doctor.
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        auto trail = AuditTrail::open(path, AuditTrail::Mode::ReadOnly, &error);
        QVERIFY2(trail, qPrintable(error));
        const QStringList exposed = trail->exposure();
        QCOMPARE(exposed.size(), 1);
        QVERIFY2(exposed.constFirst().contains(path) && exposed.constFirst().contains(QLatin1String("0644")),
            qPrintable(exposed.constFirst()));
        const DoctorCheck check = Doctor::trailPrivacy(path);
        QCOMPARE(check.status, DoctorCheck::Status::Failed);
        QVERIFY(!check.blocksRuns());
        QVERIFY(check.detail.contains(path));
    }

    void airlockctlCreatesAPrivateTrailAndWarnsOfAnOpenOne()
    {
        const QString db = m_dir.filePath(QStringLiteral("ctl/new/audit.sqlite"));
        QFile request(m_dir.filePath(QStringLiteral("r.json")));
        QVERIFY(request.open(QIODevice::WriteOnly));
        request.write(R"j({"schema":"airlock.request/v1","code":"print(1)"})j");
        request.close();
        QProcess ctl;
        ctl.start(QStringLiteral(AIRLOCKCTL_PATH),
            {QStringLiteral("reject"), request.fileName(), QStringLiteral("--reviewer"), QStringLiteral("rita"),
                QStringLiteral("--reason"), QStringLiteral("not today"), QStringLiteral("--db"), db});
        QVERIFY(ctl.waitForFinished(60000));
        QCOMPARE(ctl.exitCode(), 4);
        QCOMPARE(modeOf(db), 0600);
        QCOMPARE(modeOf(db + QStringLiteral(".head")), 0600);
        QCOMPARE(modeOf(QFileInfo(db).path()), 0700);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("ctl"))), 0700);

        auto verify = [&] {
            QProcess v;
            v.start(QStringLiteral(AIRLOCKCTL_PATH),
                {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
            v.waitForFinished(60000);
            return std::pair{v.exitCode(), QString::fromUtf8(v.readAllStandardError())};
        };
        auto [code, err] = verify();
        QCOMPARE(code, 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(::chmod(QFile::encodeName(QFileInfo(db).path()).constData(), 0755) == 0);
        std::tie(code, err) = verify();
        // Still intact; but its owner is told that others can read it.
        QCOMPARE(code, 0);
        QVERIFY2(err.contains(QLatin1String("warning")) && err.contains(QFileInfo(db).path()), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
