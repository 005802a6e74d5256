// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "doctorreport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::DoctorReport)
};
} // namespace

bool DoctorReport::ready() const
{
    return !checks.isEmpty() && blocking().isEmpty();
}

QList<DoctorCheck> DoctorReport::blocking() const
{
    QList<DoctorCheck> out;
    for (const DoctorCheck &c : checks)
        if (c.blocksRuns())
            out.append(c);
    return out;
}

const DoctorCheck *DoctorReport::find(const QString &id) const
{
    for (const DoctorCheck &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

QJsonObject DoctorReport::toJson() const
{
    QJsonArray list;
    QJsonArray failing;
    for (const DoctorCheck &c : checks) {
        list.append(c.toJson());
        if (c.blocksRuns())
            failing.append(c.id);
    }
    return {
        {QStringLiteral("ready"), ready()},
        {QStringLiteral("failing"), failing},
        {QStringLiteral("checks"), list},
        {QStringLiteral("checked_at"), finishedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

QString DoctorReport::toText() const
{
    qsizetype idWidth = 0;
    qsizetype statusWidth = 0;
    for (const DoctorCheck &c : checks) {
        idWidth = qMax(idWidth, c.id.size());
        statusWidth = qMax(statusWidth, DoctorCheck::statusText(c.status).size());
    }
    QString out;
    for (const DoctorCheck &c : checks) {
        out += DoctorCheck::statusText(c.status).leftJustified(statusWidth) + QLatin1String("  ")
            + c.id.leftJustified(idWidth) + QLatin1String("  ") + c.title + QLatin1Char('\n');
        if (!c.detail.isEmpty()) {
            const QString indent(statusWidth + idWidth + 4, QLatin1Char(' '));
            for (const QString &line : c.detail.split(QLatin1Char('\n')))
                out += indent + line + QLatin1Char('\n');
        }
    }
    out += QLatin1Char('\n') + summary() + QLatin1Char('\n');
    return out;
}

QString DoctorReport::summary() const
{
    if (checks.isEmpty())
        return Tr::tr("The sandbox has not been checked yet: runs are disabled.");
    if (ready())
        return Tr::tr("The sandbox is ready: all %n required check(s) passed.", nullptr,
            int(std::count_if(checks.cbegin(), checks.cend(),
                [](const DoctorCheck &c) { return c.required && c.status == DoctorCheck::Status::Passed; })));
    QStringList ids;
    for (const DoctorCheck &c : blocking())
        ids.append(c.id);
    return Tr::tr("The sandbox is NOT ready, runs are disabled. Failing: %1").arg(ids.join(QLatin1String(", ")));
}

} // namespace Airlock
