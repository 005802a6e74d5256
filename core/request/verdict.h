// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Airlock {

/// One finding about a request: a stable rule id (SPEC §2), how serious it
/// is, and a sentence a non-programmer reviewer understands.
struct Verdict
{
    enum class Severity {
        Info,
        Warn,
        Block,
    };

    QString rule; ///< e.g. "file.missing", "limit.timeout"
    Severity severity = Severity::Info;
    QString message;
    int line = 0; ///< 1-based; 0 when not about a code line
    int column = 0; ///< 1-based; 0 when unknown

    static QString severityId(Severity severity); ///< "info", "warn", "block"
    QJsonObject toJson() const;
    /// As recorded; an unknown severity reads as block, never as less.
    static Verdict fromJson(const QJsonObject &o);
    bool operator==(const Verdict &other) const = default;
};

/// True when any verdict blocks the run.
bool isBlocked(const QList<Verdict> &verdicts);

} // namespace Airlock

Q_DECLARE_METATYPE(Airlock::Verdict)
