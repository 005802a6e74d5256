// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "decision.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace Airlock {

QString Decision::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Approved:
        return QStringLiteral("approved");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::Overridden:
        return QStringLiteral("overridden");
    }
    return {};
}

Decision Decision::make(Outcome outcome, const QString &reviewer, const QString &reason, const QString &interface,
    const QString &codeSha256)
{
    Decision d;
    d.outcome = outcome;
    d.reviewer = reviewer;
    d.reason = reason;
    d.interface = interface;
    d.codeSha256 = codeSha256;
    d.at = QDateTime::currentDateTimeUtc();
    d.host = QSysInfo::machineHostName();
    // The account comes from the kernel, not from the environment.
    const uid_t uid = ::getuid();
    if (const passwd *pw = ::getpwuid(uid))
        d.account = QString::fromLocal8Bit(pw->pw_name);
    else
        d.account = QString::number(uid);
    return d;
}

QJsonObject Decision::toJson() const
{
    return {{QStringLiteral("outcome"), outcomeId(outcome)}, {QStringLiteral("reviewer"), reviewer},
        {QStringLiteral("account"), account}, {QStringLiteral("host"), host}, {QStringLiteral("interface"), interface},
        {QStringLiteral("reason"), reason}, {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("code_sha256"), codeSha256}};
}

} // namespace Airlock
