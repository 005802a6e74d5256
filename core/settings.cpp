// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "settings.h"

#include <QSettings>

#include "audittrail.h"

namespace Airlock {

namespace {
const QString AuditTrailKey = QStringLiteral("audit/trailPath");
const QString PolicyKey = QStringLiteral("policy/path");
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

} // namespace Airlock
