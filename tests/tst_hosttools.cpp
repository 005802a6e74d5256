// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "hosttools.h"

namespace HostTools = Airlock::HostTools;

class TestHostTools : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsBwrapAndPython()
    {
        const QString bwrap = HostTools::bwrap();
        QVERIFY2(!bwrap.isEmpty(), "bubblewrap must be installed for Airlock to run");
        QVERIFY(QFileInfo(bwrap).isAbsolute());
        QCOMPARE(QFileInfo(bwrap).canonicalFilePath(), bwrap);
        const QString python = HostTools::python();
        QVERIFY(python.startsWith(QLatin1String("/usr/")));
        QVERIFY(QFileInfo(python).isExecutable());
    }

    void pathCannotRedirect()
    {
        // A "bwrap" earlier in $PATH must not be picked: Airlock would then run
        // code under whatever that program does.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile fake(dir.filePath(QStringLiteral("bwrap")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\nexec \"$@\"\n");
        fake.close();
        fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", QByteArray(dir.path().toLocal8Bit() + ':' + oldPath));
        const QString found = HostTools::bwrap();
        qputenv("PATH", oldPath);
        QVERIFY(!found.startsWith(dir.path()));
    }

    void rejectsNamesThatArePaths_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("absolute") << QStringLiteral("/usr/bin/bwrap");
        QTest::addRow("relative") << QStringLiteral("../bin/sh");
        QTest::addRow("empty") << QString();
        QTest::addRow("missing") << QStringLiteral("airlock-no-such-program");
    }

    void rejectsNamesThatArePaths()
    {
        QFETCH(QString, name);
        QCOMPARE(HostTools::findSystemProgram(name), QString());
    }
};

QTEST_GUILESS_MAIN(TestHostTools)
#include "tst_hosttools.moc"
