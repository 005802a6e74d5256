// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Airlock {

/// A reviewer's decision on one request, bound to the code and inputs shown.
struct Decision
{
    enum class Outcome {
        Approved,
        Rejected,
        Overridden, ///< approved despite a blocking verdict, with a reason
    };

    Outcome outcome = Outcome::Rejected;
    QString reviewer; ///< the name given
    QString account; ///< the OS account that made it
    QString host;
    QString interface; ///< "airlockctl", "workbench", ...
    QString reason;
    QDateTime at;
    QString codeSha256;

    static QString outcomeId(Outcome outcome); ///< "approved", "rejected", "overridden"
    /// Fills account, host and time for a decision made now.
    static Decision make(Outcome outcome, const QString &reviewer, const QString &reason, const QString &interface,
        const QString &codeSha256);
    QJsonObject toJson() const;
};

} // namespace Airlock
