// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "doctorcache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include "doctorreport.h"
#include "hosttools.h"
#include "privatefiles.h"

namespace Airlock::DoctorCache {

namespace {
constexpr qint64 MaxAgeSeconds = 3600;

// What the verdict was about: the programs, as files.
QJsonObject identity()
{
    QJsonObject o;
    for (const auto &[key, program] :
        {std::pair{"bwrap", HostTools::bwrap()}, std::pair{"python", HostTools::python()}}) {
        const QFileInfo info(program);
        o.insert(QLatin1String(key),
            QString(program + QLatin1Char('@') + QString::number(info.lastModified().toSecsSinceEpoch())
                + QLatin1Char(':') + QString::number(info.size())));
    }
    return o;
}
} // namespace

QString path()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/doctor.json");
}

bool recentlyPassed()
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("checked_at")).toString(), Qt::ISODateWithMs);
    const qint64 age = at.isValid() ? at.secsTo(QDateTime::currentDateTimeUtc()) : -1;
    return o.value(QStringLiteral("ready")).toBool() && age >= 0 && age < MaxAgeSeconds
        && o.value(QStringLiteral("identity")).toObject() == identity();
}

void store(const DoctorReport &report)
{
    PrivateFiles::makeFolder(QFileInfo(path()).path());
    QJsonObject o = report.toJson();
    o.insert(QStringLiteral("identity"), identity());
    QSaveFile file(path());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

} // namespace Airlock::DoctorCache
