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

    Request request(const QString &name, const QString &path, const QString &channel = {})
    {
        const QJsonObject doc{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
            {QStringLiteral("code"), QStringLiteral("")},
            {QStringLiteral("files"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("path"), path}}}}};
        Request::Error error;
        Request r = *Request::parse(QJsonDocument(doc).toJson(), m_dir.filePath(QStringLiteral("req")), &error);
        r.setChannel(channel);
        return r;
    }

    Policy rootedAt(const QStringList &folders)
    {
        Policy policy = Policy::builtIn();
        policy.fileRoots = QStringList();
        for (const QString &folder : folders)
            policy.fileRoots->append(m_dir.filePath(folder));
        return policy;
    }

    // Exactly one verdict, blocking, with @p rule and @p message; nothing staged.
    void expectRefused(
        const InputStager::Result &result, const QString &inputsDir, const QString &rule, const QString &message)
    {
        QVERIFY(result.inputs.isEmpty());
        QCOMPARE(result.verdicts.size(), 1);
        QCOMPARE(result.verdicts.constFirst().rule, rule);
        QCOMPARE(result.verdicts.constFirst().severity, Verdict::Severity::Block);
        QVERIFY2(
            result.verdicts.constFirst().message.contains(message), qPrintable(result.verdicts.constFirst().message));
        QVERIFY(QDir(inputsDir).isEmpty());
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

        // Roots: data/ is one; data2/ only shares its prefix.
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("data"))));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("data2"))));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("req/sub"))));
        write(m_dir.filePath(QStringLiteral("data/sales.csv")), "q,n\n3,7\n");
        write(m_dir.filePath(QStringLiteral("data2/sales.csv")), "not yours\n");
        QFile::link(m_dir.filePath(QStringLiteral("outside.csv")), m_dir.filePath(QStringLiteral("data/out-link.csv")));
        QFile::link(
            m_dir.filePath(QStringLiteral("data/sales.csv")), m_dir.filePath(QStringLiteral("data/in-link.csv")));
        QFile::link(m_dir.filePath(QStringLiteral("data")), m_dir.filePath(QStringLiteral("data-alias")));
        QFile::link(m_dir.filePath(QStringLiteral("req/data.csv")), m_dir.filePath(QStringLiteral("req/sub/up.csv")));
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

    void keptCopiesAreTakenOnlyWhenUnchanged()
    {
        QTemporaryDir inputs;
        const auto staged = InputStager::stage(
            request(QStringLiteral("data.csv"), QStringLiteral("data.csv")), Policy::builtIn(), inputs.path());
        QCOMPARE(staged.inputs.size(), 1);
        // As the trail records them: no staged path.
        QList<InputStager::Input> recorded = staged.inputs;
        recorded.first().stagedPath.clear();

        QList<InputStager::Input> intact = recorded;
        QCOMPARE(InputStager::adoptKept(intact, inputs.path()), QString());
        QCOMPARE(intact.constFirst().stagedPath, staged.inputs.constFirst().stagedPath);

        // Changed behind our back (same size, other bytes): not the reviewed copy.
        const QString copy = staged.inputs.constFirst().stagedPath;
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        write(copy, "a,b\n1,3\n");
        QList<InputStager::Input> changed = recorded;
        QVERIFY(InputStager::adoptKept(changed, inputs.path()).contains(QLatin1String("no longer matches")));
        QVERIFY(changed.constFirst().stagedPath.isEmpty());

        // A link in its place is not followed.
        QFile::remove(copy);
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("req/data.csv")), copy));
        QList<InputStager::Input> linked = recorded;
        QVERIFY(InputStager::adoptKept(linked, inputs.path()).contains(QLatin1String("is gone")));
        QVERIFY(linked.constFirst().stagedPath.isEmpty());

        QFile::remove(copy);
        QList<InputStager::Input> gone = recorded;
        QCOMPARE(
            InputStager::adoptKept(gone, inputs.path()), QStringLiteral("the private copy of \"data.csv\" is gone"));

        // A name from the trail that could never have been staged is never used as a path.
        QList<InputStager::Input> hostile = recorded;
        hostile.first().name = QStringLiteral("../req/data.csv");
        QVERIFY(!InputStager::adoptKept(hostile, inputs.path()).isEmpty());
        QVERIFY(hostile.constFirst().stagedPath.isEmpty());
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
        // Refused by its place before it is even opened.
        QTest::addRow("device") << QStringLiteral("/dev/null") << QStringLiteral("file.type")
                                << QStringLiteral("a file of the system");
        QTest::addRow("through a file") << QStringLiteral("data.csv/x") << QStringLiteral("file.missing")
                                        << QStringLiteral("does not exist");
        // Regular files to stat(), but the host's secrets: Airlock's own
        // environment, kernel state, runtime sockets.
        for (const char *system : {"/proc/self/environ", "/proc/self/root/etc/hostname", "/proc/1/cmdline",
                 "/sys/kernel/mm/transparent_hugepage/enabled", "/run/user/1000/secret", "/dev/shm/x",
                 "/var/run/x", "/proc/../proc/self/environ"})
            QTest::addRow("%s", system) << QString::fromLatin1(system) << QStringLiteral("file.type")
                                        << QStringLiteral("a file of the system");
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

    void insideARoot_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("root");
        QTest::addRow("opened by the analyst") << QString() << QStringLiteral("data");
        QTest::addRow("socket") << QStringLiteral("socket") << QStringLiteral("data");
        QTest::addRow("mcp, root through a link") << QStringLiteral("mcp") << QStringLiteral("data-alias");
    }

    void insideARoot()
    {
        QFETCH(QString, channel);
        QFETCH(QString, root);
        QTemporaryDir inputs;
        const auto result = InputStager::stage(
            request(QStringLiteral("sales.csv"), m_dir.filePath(QStringLiteral("data/sales.csv")), channel),
            rootedAt({QStringLiteral("elsewhere"), root}), inputs.path());
        QVERIFY2(result.verdicts.isEmpty(), qPrintable(result.verdicts.value(0).message));
        QCOMPARE(result.inputs.size(), 1);
        QCOMPARE(result.inputs.constFirst().size, 8);
    }

    void theWholeFileSystemAsRoot()
    {
        QTemporaryDir inputs;
        Policy policy = Policy::builtIn();
        policy.fileRoots = QStringList{QStringLiteral("/")};
        const auto result = InputStager::stage(
            request(QStringLiteral("x.csv"), m_dir.filePath(QStringLiteral("outside.csv")), QStringLiteral("socket")),
            policy, inputs.path());
        QVERIFY2(result.verdicts.isEmpty(), qPrintable(result.verdicts.value(0).message));
        QCOMPARE(result.inputs.size(), 1);
    }

    void outsideTheRoots_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addRow("opened by the analyst") << QString();
        QTest::addRow("socket") << QStringLiteral("socket");
    }

    void outsideTheRoots()
    {
        QFETCH(QString, channel);
        QTemporaryDir inputs;
        const Policy policy = rootedAt({QStringLiteral("data"), QStringLiteral("req")});
        const QString secret = QFileInfo(m_dir.filePath(QStringLiteral("outside.csv"))).canonicalFilePath();
        const auto result = InputStager::stage(
            request(QStringLiteral("sales.csv"), m_dir.filePath(QStringLiteral("outside.csv")), channel), policy,
            inputs.path());
        expectRefused(result, inputs.path(), QStringLiteral("file.root"),
            QStringLiteral("\"sales.csv\" (%1) is outside the folders this policy lets requests read from: %2, %3.")
                .arg(secret, m_dir.filePath(QStringLiteral("data")), m_dir.filePath(QStringLiteral("req"))));
    }

    void aPrefixIsNotAFolder()
    {
        // /…/data2 shares a prefix with /…/data, not a folder.
        QTemporaryDir inputs;
        const auto result
            = InputStager::stage(request(QStringLiteral("sales.csv"), m_dir.filePath(QStringLiteral("data2/sales.csv")),
                                     QStringLiteral("mcp")),
                rootedAt({QStringLiteral("data")}), inputs.path());
        expectRefused(result, inputs.path(), QStringLiteral("file.root"), QStringLiteral("data2/sales.csv)"));
    }

    void dotDotDoesNotLeaveARoot()
    {
        QTemporaryDir inputs;
        const auto result
            = InputStager::stage(request(QStringLiteral("x.csv"), m_dir.filePath(QStringLiteral("data/../outside.csv")),
                                     QStringLiteral("socket")),
                rootedAt({QStringLiteral("data")}), inputs.path());
        expectRefused(result, inputs.path(), QStringLiteral("file.root"), QStringLiteral("outside.csv)"));
    }

    void aSymlinkInARootPointingOutside()
    {
        const QString link = m_dir.filePath(QStringLiteral("data/out-link.csv"));
        // Links refused, as by every shipped policy.
        QTemporaryDir inputs;
        auto result = InputStager::stage(request(QStringLiteral("x.csv"), link, QStringLiteral("socket")),
            rootedAt({QStringLiteral("data")}), inputs.path());
        expectRefused(result, inputs.path(), QStringLiteral("file.symlink"),
            QStringLiteral("pointing outside the folders this policy lets requests read from"));

        // Links allowed: for an agent's request, inside means inside a root.
        Policy policy = rootedAt({QStringLiteral("data")});
        policy.allowSymlinksInsideRequestDir = true;
        QTemporaryDir inputs2;
        result = InputStager::stage(
            request(QStringLiteral("x.csv"), link, QStringLiteral("socket")), policy, inputs2.path());
        expectRefused(result, inputs2.path(), QStringLiteral("file.symlink"),
            QStringLiteral("pointing outside the folders this policy lets requests read from"));

        // ...and one that stays inside is followed.
        QTemporaryDir inputs3;
        result = InputStager::stage(request(QStringLiteral("x.csv"), m_dir.filePath(QStringLiteral("data/in-link.csv")),
                                        QStringLiteral("socket")),
            policy, inputs3.path());
        QVERIFY2(result.verdicts.isEmpty(), qPrintable(result.verdicts.value(0).message));
        QCOMPARE(result.inputs.size(), 1);
    }

    void theFileOpenedIsWhatIsChecked()
    {
        // Opened by the analyst, so the symlink rule's folder is the
        // request's: req/sub/up.csv -> req/data.csv passes it, but what is
        // opened is outside the only root, req/sub.
        Policy policy = rootedAt({QStringLiteral("req/sub")});
        policy.allowSymlinksInsideRequestDir = true;
        QTemporaryDir inputs;
        const auto result
            = InputStager::stage(request(QStringLiteral("x.csv"), QStringLiteral("sub/up.csv")), policy, inputs.path());
        expectRefused(result, inputs.path(), QStringLiteral("file.root"),
            QStringLiteral("(%1)").arg(QFileInfo(m_dir.filePath(QStringLiteral("req/data.csv"))).canonicalFilePath()));
    }

    void agentRequestsNeedRoots_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("present") << QStringLiteral("data.csv");
        QTest::addRow("missing: nothing is even looked at") << QStringLiteral("nope.csv");
    }

    void agentRequestsNeedRoots()
    {
        QFETCH(QString, path);
        QTemporaryDir inputs;
        const auto result = InputStager::stage(
            request(QStringLiteral("sales.csv"), path, QStringLiteral("mcp")), Policy::builtIn(), inputs.path());
        expectRefused(result, inputs.path(), QStringLiteral("file.root"),
            QStringLiteral("\"sales.csv\": the policy \"default\" names no folders (files.roots) that agent "
                           "requests may read from."));
    }

    void emptyRootsLetNothingIn()
    {
        QTemporaryDir inputs;
        const auto result = InputStager::stage(
            request(QStringLiteral("x.csv"), QStringLiteral("data.csv")), rootedAt({}), inputs.path());
        expectRefused(result, inputs.path(), QStringLiteral("file.root"),
            QStringLiteral("names no folders (files.roots) that requests may read from."));
    }

    void openedByTheAnalystWithoutRootsAsBefore()
    {
        // Policies without roots: a request the analyst opened may name any
        // file, inside its folder or not.
        QTemporaryDir inputs;
        const auto result
            = InputStager::stage(request(QStringLiteral("x.csv"), m_dir.filePath(QStringLiteral("outside.csv"))),
                Policy::builtIn(), inputs.path());
        QVERIFY(result.verdicts.isEmpty());
        QCOMPARE(result.inputs.size(), 1);
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

    void appendsAfterReviewAreSeen_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("toTheCopy");
        // Empty and whole multiples of the 64 KiB read were once missed.
        for (const int size : {0, 100, 64 * 1024, 128 * 1024}) {
            QTest::addRow("%d bytes, original", size) << size << false;
            QTest::addRow("%d bytes, private copy", size) << size << true;
        }
    }

    void appendsAfterReviewAreSeen()
    {
        QFETCH(int, size);
        QFETCH(bool, toTheCopy);
        const QByteArray reviewed(size, 'r');
        const QString name = QStringLiteral("append-%1-%2.csv").arg(size).arg(toTheCopy);
        const QString path = m_dir.filePath(QStringLiteral("req/") + name);
        write(path, reviewed);
        QTemporaryDir inputs;
        const auto result
            = InputStager::stage(request(QStringLiteral("a.csv"), name), Policy::builtIn(), inputs.path());
        QCOMPARE(result.inputs.size(), 1);
        QCOMPARE(InputStager::verifyUnchanged(result.inputs), QString());

        const QString changed = toTheCopy ? result.inputs.constFirst().stagedPath : path;
        QVERIFY(QFile::setPermissions(changed, QFile::ReadOwner | QFile::WriteOwner));
        QFile file(changed);
        QVERIFY(file.open(QIODevice::Append));
        QCOMPARE(file.write("x"), qint64(1));
        file.close();

        const QString message = InputStager::verifyUnchanged(result.inputs);
        auto hash = [](const QByteArray &data) {
            return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        };
        // The file, where it is, what was reviewed and what is there now.
        for (const QString &part : {QStringLiteral("\"a.csv\""), changed, hash(reviewed), hash(reviewed + 'x')})
            QVERIFY2(message.contains(part), qPrintable(part + QLatin1String(" missing from: ") + message));
        if (size > 0)
            QVERIFY2(!message.contains(hash({})), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestInputStager)
#include "tst_inputstager.moc"
