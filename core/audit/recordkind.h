// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QString>
#include <QStringList>

namespace Airlock::RecordKind {

// The kinds of record in the audit trail, as stored in records.kind. These
// strings are part of the trail's format (SPEC): never rename one.
inline const QString Request = QStringLiteral("request");
inline const QString Malformed = QStringLiteral("malformed");
inline const QString Verdicts = QStringLiteral("verdicts");
inline const QString Blocked = QStringLiteral("blocked");
inline const QString Decision = QStringLiteral("decision");
inline const QString RunStarted = QStringLiteral("run_started");
inline const QString Artifact = QStringLiteral("artifact");
inline const QString RunFinished = QStringLiteral("run_finished");
inline const QString Interrupted = QStringLiteral("interrupted");
inline const QString Withdrawn = QStringLiteral("withdrawn");
inline const QString Release = QStringLiteral("release");

/// Every kind Airlock writes.
inline QStringList all()
{
    return {Request, Malformed, Verdicts, Blocked, Decision, RunStarted, Artifact, RunFinished, Interrupted, Withdrawn,
        Release};
}

/// The kinds the derived request table (listing, filters, History) is
/// built from: what each says about its request's outcome and status.
inline QStringList indexed()
{
    return {Request, Malformed, Verdicts, Blocked, Decision, RunFinished, Interrupted, Withdrawn};
}

} // namespace Airlock::RecordKind
