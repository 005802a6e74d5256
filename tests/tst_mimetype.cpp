// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers

// The MIME type the package installs, as a desktop would use it: the
// bundled example and any *.airlock.json open with the workbench.
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString SourceDir = QStringLiteral(AIRLOCK_SOURCE_DIR);
const QString RequestType = QStringLiteral("application/vnd.airlock.request+json");
} // namespace

class TestMimeType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The package's MIME file in a data folder of our own, compiled by
        // the same tool a package's trigger runs; seen before any lookup.
        QVERIFY(m_data.isValid());
        const QString packages = m_data.filePath(QStringLiteral("mime/packages"));
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QFile::copy(SourceDir + QStringLiteral("/packaging/desktop/dev.airlock.Airlock.mime.xml"),
            packages + QStringLiteral("/dev.airlock.Airlock.xml")));
        QProcess update;
        update.start(QStringLiteral("update-mime-database"), {m_data.filePath(QStringLiteral("mime"))});
        QVERIFY(update.waitForFinished(60000));
        QVERIFY2(update.exitCode() == 0, update.readAllStandardError().constData());
        qputenv("XDG_DATA_DIRS", QByteArray(QFile::encodeName(m_data.path()) + ":/usr/share"));
    }

    void theBundledExampleIsARequest()
    {
        QMimeDatabase db;
        const QString example = SourceDir + QStringLiteral("/resources/examples/chart/monthly-revenue.airlock.json");
        QVERIFY(QFile::exists(example));
        QCOMPARE(db.mimeTypeForFile(example).name(), RequestType);
        // Still JSON to everything else.
        QVERIFY(db.mimeTypeForName(RequestType).inherits(QStringLiteral("application/json")));
        // A plain .json is not claimed.
        QCOMPARE(db.mimeTypeForFile(QStringLiteral("policy.json"), QMimeDatabase::MatchExtension).name(),
            QStringLiteral("application/json"));
    }

private:
    QTemporaryDir m_data;
};

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
