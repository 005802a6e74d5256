// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include "artifactcollector.h"
#include "outputfolder.h"

using namespace Airlock;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// An account that is not us, for folders that belong to someone else.
constexpr uid_t Stranger = 4242;
} // namespace

// What a run wrote is the sandboxed code's choice of bytes: it must land
// exactly where the analyst said, never through a link or into a folder
// someone else can rearrange.
class TestOutputFolder : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesAndReplacesOwnFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/out"));
        QString error;
        auto folder = OutputFolder::open(path, &error);
        QVERIFY2(folder, qPrintable(error));
        QVERIFY(!folder->isShared());
        QVERIFY2(folder->write(QStringLiteral("a.csv"), "1,2\n", &error), qPrintable(error));
        QCOMPARE(readAll(path + QStringLiteral("/a.csv")), QByteArray("1,2\n"));
        // A second run into the same folder replaces its own file.
        QVERIFY2(folder->write(QStringLiteral("a.csv"), "3,4\n", &error), qPrintable(error));
        QCOMPARE(readAll(path + QStringLiteral("/a.csv")), QByteArray("3,4\n"));
        QCOMPARE(QDir(path).entryList(QDir::Files | QDir::Hidden).size(), 1);
        for (const QString &bad : {QStringLiteral("../x"), QStringLiteral(".."), QString(), QStringLiteral("a/b")})
            QVERIFY(!folder->write(bad, "x", &error));
    }

    void neverWritesThroughALink()
    {
        const QString path = m_dir.filePath(QStringLiteral("links"));
        QVERIFY(QDir().mkpath(path));
        const QString victim = m_dir.filePath(QStringLiteral("bashrc"));
        writeFile(victim, "# the analyst's own\n");
        QVERIFY(QFile::link(victim, path + QStringLiteral("/monthly_revenue.csv")));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("nowhere")), path + QStringLiteral("/dangling.png")));
        QString error;
        auto folder = OutputFolder::open(path, &error);
        QVERIFY2(folder, qPrintable(error));
        QVERIFY(!folder->write(QStringLiteral("monthly_revenue.csv"), "evil\n", &error));
        QVERIFY2(error.contains(QLatin1String("monthly_revenue.csv")) && error.contains(QLatin1String("link")),
            qPrintable(error));
        QVERIFY(!folder->write(QStringLiteral("dangling.png"), "evil\n", &error));
        QCOMPARE(readAll(victim), QByteArray("# the analyst's own\n"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nowhere"))));
        // The same through the collector's writer, as --out and the demo use it.
        ArtifactCollector::Artifact a;
        a.name = QStringLiteral("monthly_revenue.csv");
        a.content = "evil\n";
        QVERIFY(!ArtifactCollector::writeTo({a}, path).isEmpty());
        QCOMPARE(readAll(victim), QByteArray("# the analyst's own\n"));
        // A folder that is itself a link is not opened.
        QVERIFY(QFile::link(path, m_dir.filePath(QStringLiteral("linked-folder"))));
        QVERIFY(!OutputFolder::open(m_dir.filePath(QStringLiteral("linked-folder")), &error));
        // Nor is anything but a regular file replaced.
        QVERIFY(QDir().mkdir(path + QStringLiteral("/sub")));
        QVERIFY(!folder->write(QStringLiteral("sub"), "x", &error));
    }

    void refusesFoldersOthersCanRedirect()
    {
        const QString open = m_dir.filePath(QStringLiteral("world-writable"));
        QVERIFY(QDir().mkdir(open));
        QVERIFY(::chmod(QFile::encodeName(open).constData(), 0777) == 0);
        QString error;
        QVERIFY(!OutputFolder::open(open, &error));
        QVERIFY2(error.contains(open), qPrintable(error));
        if (::geteuid() != 0)
            QSKIP("handing a folder to another account needs root; CI runs this part as root");
        // Someone else's folder, even one only they can write.
        const QString theirs = m_dir.filePath(QStringLiteral("theirs"));
        QVERIFY(QDir().mkdir(theirs));
        QVERIFY(::chown(QFile::encodeName(theirs).constData(), Stranger, Stranger) == 0);
        QVERIFY(!OutputFolder::open(theirs, &error));
        QVERIFY2(error.contains(QLatin1String("another account")), qPrintable(error));
    }

    void filesInFoldersNeverGoThroughALink()
    {
        // The run wrote results/2026/x.csv; someone planted results as a link.
        const QString out = m_dir.filePath(QStringLiteral("nested"));
        const QString victim = m_dir.filePath(QStringLiteral("victim"));
        QVERIFY(QDir().mkpath(out));
        QVERIFY(QDir().mkpath(victim));
        QVERIFY(QFile::link(victim, out + QStringLiteral("/results")));
        ArtifactCollector::Artifact a;
        a.name = QStringLiteral("results/2026/x.csv");
        a.content = "code's bytes\n";
        const QString error = ArtifactCollector::writeTo({a}, out);
        QVERIFY2(error.contains(QLatin1String("not a folder")), qPrintable(error));
        QVERIFY(QDir(victim).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

        // Without the link, the folders are made and the file lands in them.
        QVERIFY(QFile::remove(out + QStringLiteral("/results")));
        QCOMPARE(ArtifactCollector::writeTo({a}, out), QString());
        QCOMPARE(readAll(out + QStringLiteral("/results/2026/x.csv")), QByteArray("code's bytes\n"));
    }

    void stickySharedFolderTakesFreshFilesOnly()
    {
        if (::geteuid() != 0)
            QSKIP("a shared folder of another account needs root; CI runs this as root");
        const QString shared = m_dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkdir(shared));
        QVERIFY(::chmod(QFile::encodeName(shared).constData(), 01777) == 0);
        QVERIFY(::chown(QFile::encodeName(shared).constData(), Stranger, Stranger) == 0);
        writeFile(shared + QStringLiteral("/planted.csv"), "theirs\n");
        QString error;
        auto folder = OutputFolder::open(shared, &error);
        QVERIFY2(folder, qPrintable(error));
        QVERIFY(folder->isShared());
        QVERIFY2(folder->write(QStringLiteral("fresh.csv"), "ours\n", &error), qPrintable(error));
        QCOMPARE(readAll(shared + QStringLiteral("/fresh.csv")), QByteArray("ours\n"));
        QVERIFY(!folder->write(QStringLiteral("planted.csv"), "ours\n", &error));
        QCOMPARE(readAll(shared + QStringLiteral("/planted.csv")), QByteArray("theirs\n"));
    }

    // The README's own example, run into a folder where another user
    // planted a link to the analyst's shell start-up file.
    void runOutIntoAPlantedFolder()
    {
        const QString out = m_dir.filePath(QStringLiteral("chart-out"));
        QVERIFY(QDir().mkdir(out));
        const QString victim = m_dir.filePath(QStringLiteral("victim-bashrc"));
        writeFile(victim, "# mine\n");
        QVERIFY(QFile::link(victim, out + QStringLiteral("/monthly_revenue.csv")));
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        QProcess ctl;
        ctl.setProcessEnvironment(env);
        ctl.start(QStringLiteral(AIRLOCKCTL_PATH),
            {QStringLiteral("run"), QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/examples/chart/monthly-revenue.airlock.json"),
                QStringLiteral("--approve"), QStringLiteral("--reviewer"), QStringLiteral("ann"), QStringLiteral("--out"),
                out, QStringLiteral("--db"), home.filePath(QStringLiteral("audit.sqlite"))});
        QVERIFY(ctl.waitForFinished(240000));
        const QString err = QString::fromUtf8(ctl.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("monthly_revenue.csv")) && err.contains(QLatin1String("link")),
            qPrintable(err));
        QCOMPARE(readAll(victim), QByteArray("# mine\n"));
        QVERIFY(QFileInfo(out + QStringLiteral("/monthly_revenue.csv")).isSymLink());
    }
};

QTEST_GUILESS_MAIN(TestOutputFolder)
#include "tst_outputfolder.moc"
