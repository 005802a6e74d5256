// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QDateTime>
#include <QList>

#include "doctorcheck.h"

namespace Airlock {

/// The outcome of one pre-flight check of the sandbox.
struct DoctorReport
{
    QList<DoctorCheck> checks;
    QDateTime finishedAt;

    /// True when every required check passed: only then may code run.
    bool ready() const;
    /// The required checks that did not pass.
    QList<DoctorCheck> blocking() const;
    const DoctorCheck *find(const QString &id) const;

    QJsonObject toJson() const;
    /// A table for the terminal, one check a line, and a closing verdict.
    QString toText() const;
    /// One translated line for a status bar.
    QString summary() const;
};

} // namespace Airlock

Q_DECLARE_METATYPE(Airlock::DoctorReport)
