// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "doctorcheck.h"

#include <QCoreApplication>

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::DoctorCheck)
};
} // namespace

QString DoctorCheck::statusId(Status status)
{
    switch (status) {
    case Status::Passed:
        return QStringLiteral("pass");
    case Status::Failed:
        return QStringLiteral("fail");
    case Status::Missing:
        return QStringLiteral("missing");
    case Status::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString DoctorCheck::statusText(Status status)
{
    switch (status) {
    case Status::Passed:
        return Tr::tr("pass");
    case Status::Failed:
        return Tr::tr("FAIL");
    case Status::Missing:
        return Tr::tr("missing");
    case Status::Info:
        return Tr::tr("info");
    }
    return {};
}

QJsonObject DoctorCheck::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("status"), statusId(status)},
        {QStringLiteral("required"), required},
        {QStringLiteral("detail"), detail},
    };
}

} // namespace Airlock
