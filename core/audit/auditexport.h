// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

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

/// Turns code into HTML (the workbench highlights it); empty: plain <pre>.
using CodeFormatter = std::function<QString(const QString &code)>;
/// One request's whole story as an HTML fragment: what html() shows per request.
QString storyHtml(const AuditTrail &trail, const AuditTrail::Summary &request, const CodeFormatter &code = {});
/// The same as a page of its own (the history's detail pane, print, PDF).
QByteArray storyPage(const AuditTrail &trail, const AuditTrail::Summary &request, const CodeFormatter &code = {});
/// The report's style sheet.
QString styleSheet();

} // namespace AuditExport
} // namespace Airlock
