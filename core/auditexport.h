// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QList>

#include "audittrail.h"

namespace Airlock {

/// Exports of audit trail requests, for spreadsheets, programs and auditors.
namespace AuditExport {

/// One row per request: what the listing shows.
QByteArray csv(const QList<AuditTrail::Summary> &requests);
/// Every record of every request, bodies included.
QByteArray json(const AuditTrail &trail, const QList<AuditTrail::Summary> &requests);
/// A self-contained evidence report (one HTML file, charts inline): each
/// request's prompt, code, verdicts with the policy, decision, run, output,
/// self-reported events and artifacts, and the trail's verification.
QByteArray html(
    const AuditTrail &trail, const QList<AuditTrail::Summary> &requests, const AuditTrail::Verification &verification);

} // namespace AuditExport
} // namespace Airlock
