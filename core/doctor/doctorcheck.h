// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Airlock {

/// One line of the pre-flight check: a stable id, what was checked, and what
/// was found.
struct DoctorCheck
{
    enum class Status {
        Passed,
        Failed,
        /// A protection that is not built yet: reported, never as passing.
        Missing,
        /// A fact worth knowing that passes or fails nothing.
        Info,
    };

    QString id; ///< stable, e.g. "network.interfaces"
    QString title; ///< translated, one line
    Status status = Status::Failed;
    QString detail; ///< translated, what was seen
    bool required = true; ///< a failure blocks every run

    bool blocksRuns() const { return required && status != Status::Passed && status != Status::Info; }

    static QString statusId(Status status); ///< "pass", "fail", "missing", "info"
    static QString statusText(Status status); ///< translated
    QJsonObject toJson() const;
};

} // namespace Airlock

Q_DECLARE_METATYPE(Airlock::DoctorCheck)
