// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "audittrail.h"
#include "settings.h"

using Airlock::Settings;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Airlock"));
        QCoreApplication::setApplicationName(QStringLiteral("airlock-settings-test"));
        Settings().setAuditTrailPath({});
        Settings().setPolicyPath({});
    }

    void auditTrailPath()
    {
        Settings settings;
        QCOMPARE(settings.auditTrailPath(), Airlock::AuditTrail::defaultPath());
        QSignalSpy changed(&settings, &Settings::auditTrailPathChanged);
        settings.setAuditTrailPath(QStringLiteral("/srv/audit/team.sqlite"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().toString(), QStringLiteral("/srv/audit/team.sqlite"));
        // Another instance (another process, in real use) sees the same.
        QCOMPARE(Settings().auditTrailPath(), QStringLiteral("/srv/audit/team.sqlite"));
        settings.setAuditTrailPath({});
        QCOMPARE(settings.auditTrailPath(), Airlock::AuditTrail::defaultPath());
    }

    void policyPath()
    {
        Settings settings;
        QCOMPARE(settings.policyPath(), QString());
        settings.setPolicyPath(QStringLiteral("/etc/airlock/strict.json"));
        QCOMPARE(Settings().policyPath(), QStringLiteral("/etc/airlock/strict.json"));
        settings.setPolicyPath({});
        QCOMPARE(settings.policyPath(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
