// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Analysis code in the styles real users bring (gallery plots, pandas
// cleaning and group-bys, .dat files, scripts that write where they stand),
// from tests/data/scripts: each runs with plain python3 on its data, then
// through `airlockctl check` (no finding) and `airlockctl run` (the same
// output, the same files, text files byte for byte).
class TestRealScripts : public QObject
{
    Q_OBJECT
private:
    static QString scriptsDir() { return QStringLiteral(AIRLOCK_SOURCE_DIR "/tests/data/scripts"); }

    // The data a script reads, from its first line: "# data: a.csv, b.dat".
    static QStringList dataOf(const QString &code)
    {
        const QString first = code.section(QLatin1Char('\n'), 0, 0);
        QStringList out;
        for (const QString &name : first.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!name.trimmed().isEmpty())
                out << name.trimmed();
        return out;
    }

    // Every file below @p root, by path from it, with its SHA-256.
    static QMap<QString, QByteArray> filesBelow(const QString &root, const QStringList &leaveOut)
    {
        QMap<QString, QByteArray> out;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QString name = QDir(root).relativeFilePath(path);
            if (leaveOut.contains(name))
                continue;
            // output/ keeps its own names in the sandbox's collection.
            if (name.startsWith(QLatin1String("output/")))
                name = name.mid(7);
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                out.insert(name, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        }
        return out;
    }

    static bool isText(const QString &name)
    {
        for (const char *suffix : {".csv", ".tsv", ".txt", ".json", ".md"})
            if (name.endsWith(QLatin1String(suffix)))
                return true;
        return false;
    }

    int m_passed = 0;
    int m_total = 0;

private Q_SLOTS:
    void runsAsWritten_data()
    {
        QTest::addColumn<QString>("script");
        const QStringList scripts = QDir(scriptsDir()).entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
        QVERIFY(scripts.size() >= 30);
        for (const QString &s : scripts)
            QTest::addRow("%s", qPrintable(s.chopped(3))) << s;
    }

    void runsAsWritten()
    {
        QFETCH(QString, script);
        ++m_total;
        QFile source(scriptsDir() + QLatin1Char('/') + script);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray code = source.readAll();
        const QStringList data = dataOf(QString::fromUtf8(code));

        // Plain Python, in a folder with the data, as its author ran it.
        QTemporaryDir plain;
        QTemporaryDir scratch;
        for (const QString &name : data)
            QVERIFY(QFile::copy(scriptsDir() + QStringLiteral("/data/") + name, plain.filePath(name)));
        QVERIFY(QDir(plain.path()).mkdir(QStringLiteral("output")));
        QFile copy(plain.filePath(script));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(code);
        copy.close();
        QProcess python;
        python.setWorkingDirectory(plain.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MPLBACKEND"), QStringLiteral("Agg"));
        env.insert(QStringLiteral("MPLCONFIGDIR"), scratch.filePath(QStringLiteral("mpl")));
        python.setProcessEnvironment(env);
        python.start(QStringLiteral("python3"), {script});
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QByteArray plainOut = python.readAllStandardOutput();
        const QMap<QString, QByteArray> plainFiles = filesBelow(plain.path(), data + QStringList{script});

        // The same code as an agent's request, declaring the same files.
        QJsonArray files;
        for (const QString &name : data)
            files.append(QJsonObject{{QStringLiteral("name"), name},
                {QStringLiteral("path"), QString(scriptsDir() + QStringLiteral("/data/") + name)}});
        const QJsonObject request{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
            {QStringLiteral("agent"), QStringLiteral("textbook")}, {QStringLiteral("prompt"), script},
            {QStringLiteral("code"), QString::fromUtf8(code)}, {QStringLiteral("files"), files},
            {QStringLiteral("limits"), QJsonObject{{QStringLiteral("timeout_s"), 120}}}};
        QTemporaryDir work;
        QFile requestFile(work.filePath(QStringLiteral("request.json")));
        QVERIFY(requestFile.open(QIODevice::WriteOnly));
        requestFile.write(QJsonDocument(request).toJson());
        requestFile.close();

        // Nothing for the reviewer to act on: no finding at all.
        QProcess check;
        check.start(QStringLiteral(AIRLOCKCTL_PATH),
            {QStringLiteral("check"), QStringLiteral("--json"), requestFile.fileName()});
        QVERIFY(check.waitForFinished(120000));
        const QJsonObject checked = QJsonDocument::fromJson(check.readAllStandardOutput()).object();
        QVERIFY2(checked.value(QStringLiteral("verdicts")).toArray().isEmpty(),
            QJsonDocument(checked.value(QStringLiteral("verdicts")).toArray()).toJson().constData());
        QCOMPARE(check.exitCode(), 0);

        QProcess run;
        run.start(QStringLiteral(AIRLOCKCTL_PATH),
            {QStringLiteral("run"), requestFile.fileName(), QStringLiteral("--approve"), QStringLiteral("--reviewer"),
                QStringLiteral("tester"), QStringLiteral("--json"), QStringLiteral("--out"),
                work.filePath(QStringLiteral("out")), QStringLiteral("--db"), work.filePath(QStringLiteral("trail.sqlite"))});
        QVERIFY(run.waitForFinished(240000));
        const QJsonObject result = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
        QVERIFY2(run.exitCode() == 0,
            qPrintable(result.value(QStringLiteral("stderr")).toString() + QString::fromUtf8(run.readAllStandardError())));
        QCOMPARE(result.value(QStringLiteral("stdout")).toString().toUtf8(), plainOut);
        const QMap<QString, QByteArray> sandboxFiles = filesBelow(work.filePath(QStringLiteral("out")), {});
        QCOMPARE(sandboxFiles.keys(), plainFiles.keys());
        for (auto it = plainFiles.begin(); it != plainFiles.end(); ++it)
            if (isText(it.key()))
                QVERIFY2(sandboxFiles.value(it.key()) == it.value(), qPrintable(it.key()));
        ++m_passed;
    }

    void cleanupTestCase()
    {
        // The figure the README gives.
        qInfo("%d of %d scripts ran unchanged in the sandbox", m_passed, m_total);
    }
};

QTEST_GUILESS_MAIN(TestRealScripts)
#include "tst_realscripts.moc"
