// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSpinBox>
#include <QTest>

#include "settings.h"
#include "settingsdialog.h"

using Airlock::Settings;
using Airlock::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void savesWhatIsShown()
    {
        QTemporaryDir dir;
        SettingsDialog dialog;
        dialog.reviewerEdit()->setText(QStringLiteral("Rita Reviewer"));
        dialog.inboxEdit()->setText(dir.filePath(QStringLiteral("inbox")));
        dialog.trailEdit()->setText(dir.filePath(QStringLiteral("trail.sqlite")));
        dialog.policyEdit()->setText(QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/policies/strict.json"));
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fr")));
        QCOMPARE(dialog.warmBox()->value(), Settings::DefaultWarmSandboxes);
        dialog.warmBox()->setValue(0);
        QCOMPARE(dialog.save(), QString());
        const Settings settings;
        QCOMPARE(settings.reviewerName(), QStringLiteral("Rita Reviewer"));
        QCOMPARE(settings.inboxFolder(), dir.filePath(QStringLiteral("inbox")));
        QCOMPARE(settings.auditTrailPath(), dir.filePath(QStringLiteral("trail.sqlite")));
        QVERIFY(settings.policyPath().endsWith(QLatin1String("strict.json")));
        QCOMPARE(settings.theme(), QStringLiteral("dark"));
        QCOMPARE(settings.language(), QStringLiteral("fr"));
        QCOMPARE(settings.warmSandboxes(), 0);
        // Shown again as saved.
        SettingsDialog again;
        QCOMPARE(again.reviewerEdit()->text(), QStringLiteral("Rita Reviewer"));
        QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("fr"));
        SettingsDialog::applyTheme();
    }

    void invalidPolicyIsNotSaved()
    {
        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("policy.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"schema\": \"airlock.policy/v1\", \"limits\": 7}");
        broken.close();
        Settings().setPolicyPath({});
        SettingsDialog dialog;
        dialog.policyEdit()->setText(broken.fileName());
        const QString problem = dialog.save();
        QVERIFY2(problem.contains(QLatin1String("not valid")), qPrintable(problem));
        QCOMPARE(Settings().policyPath(), QString());
        // And a decision always names somebody.
        dialog.policyEdit()->clear();
        dialog.reviewerEdit()->setText(QStringLiteral("  "));
        QVERIFY(!dialog.save().isEmpty());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
