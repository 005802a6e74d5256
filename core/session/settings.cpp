// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include "audittrail.h"

#include <pwd.h>
#include <unistd.h>

namespace Airlock {

namespace {
const QString AuditTrailKey = QStringLiteral("audit/trailPath");
const QString TeamTrailKey = QStringLiteral("audit/teamTrail");
const QString PolicyKey = QStringLiteral("policy/path");
const QString InboxKey = QStringLiteral("inbox/folder");
const QString ReviewerKey = QStringLiteral("review/reviewerName");
const QString LanguageKey = QStringLiteral("ui/language");
const QString ThemeKey = QStringLiteral("ui/theme");
const QString AgentsKey = QStringLiteral("agents/accept");
const QString WarmKey = QStringLiteral("sandbox/warm");
const QString WarmBudgetKey = QStringLiteral("sandbox/warmMemoryMiB");
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
{
}

QString Settings::auditTrailPath() const
{
    const QString chosen = QSettings().value(AuditTrailKey).toString();
    return chosen.isEmpty() ? AuditTrail::defaultPath() : chosen;
}

void Settings::setAuditTrailPath(const QString &path)
{
    QSettings settings;
    if (path.isEmpty())
        settings.remove(AuditTrailKey);
    else
        settings.setValue(AuditTrailKey, path);
    Q_EMIT auditTrailPathChanged(auditTrailPath());
}

QString Settings::teamTrail() const
{
    return QSettings().value(TeamTrailKey).toString().trimmed();
}

void Settings::setTeamTrail(const QString &location)
{
    QSettings settings;
    if (location.trimmed().isEmpty())
        settings.remove(TeamTrailKey);
    else
        settings.setValue(TeamTrailKey, location.trimmed());
    Q_EMIT teamTrailChanged(teamTrail());
}

QString Settings::policyPath() const
{
    return QSettings().value(PolicyKey).toString();
}

void Settings::setPolicyPath(const QString &path)
{
    QSettings settings;
    if (path.isEmpty())
        settings.remove(PolicyKey);
    else
        settings.setValue(PolicyKey, path);
    Q_EMIT policyPathChanged(path);
}

QString Settings::inboxFolder() const
{
    const QString chosen = QSettings().value(InboxKey).toString();
    return chosen.isEmpty() ? defaultInboxFolder() : chosen;
}

QString Settings::defaultInboxFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/inbox");
}

void Settings::setInboxFolder(const QString &path)
{
    QSettings settings;
    if (path.isEmpty())
        settings.remove(InboxKey);
    else
        settings.setValue(InboxKey, QDir::cleanPath(path));
    Q_EMIT inboxFolderChanged(inboxFolder());
}

QString Settings::accountName()
{
    // The account, not what the environment claims it is.
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("uid-%1").arg(::getuid()) : user;
}

QString Settings::reviewerName() const
{
    const QString given = QSettings().value(ReviewerKey).toString();
    return given.isEmpty() ? qEnvironmentVariable("USER") : given;
}

void Settings::setReviewerName(const QString &name)
{
    QSettings().setValue(ReviewerKey, name.trimmed());
}

QString Settings::language() const
{
    return QSettings().value(LanguageKey).toString();
}

void Settings::setLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, language);
}

QString Settings::theme() const
{
    const QString theme = QSettings().value(ThemeKey).toString();
    return theme == QLatin1String("light") || theme == QLatin1String("dark") ? theme : QStringLiteral("system");
}

void Settings::setTheme(const QString &theme)
{
    QSettings().setValue(ThemeKey, theme);
}

int Settings::warmSandboxes() const
{
    return qBound(0, QSettings().value(WarmKey, DefaultWarmSandboxes).toInt(), 8);
}

void Settings::setWarmSandboxes(int count)
{
    QSettings().setValue(WarmKey, qBound(0, count, 8));
}

int Settings::warmMemoryBudgetMiB() const
{
    return qMax(0, QSettings().value(WarmBudgetKey, 0).toInt());
}

void Settings::setWarmMemoryBudgetMiB(int mib)
{
    QSettings().setValue(WarmBudgetKey, qMax(0, mib));
}

bool Settings::acceptAgentRequests() const
{
    return QSettings().value(AgentsKey, true).toBool();
}

void Settings::setAcceptAgentRequests(bool accept)
{
    QSettings().setValue(AgentsKey, accept);
}

} // namespace Airlock
