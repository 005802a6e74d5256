// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

#include "audittrail.h"

namespace Airlock {

/// Exports of audit trail requests, for spreadsheets, programs and auditors.
namespace AuditExport {

/// Where an export reads each request's records and artifacts: a local
/// trail, or a team trail (TeamTrail).
struct Source
{
    /// A local trail (implicit: every export of a trail reads it so).
    Source(const AuditTrail &trail);
    Source(std::function<QList<AuditTrail::Record>(const QString &requestId)> story,
        std::function<std::optional<QByteArray>(const QString &sha256)> artifactContent, const QString &location);
    std::function<QList<AuditTrail::Record>(const QString &requestId)> story;
    std::function<std::optional<QByteArray>(const QString &sha256)> artifactContent;
    QString location; ///< the trail's file, or the team trail's address
};

/// One row per request: what the listing shows.
QByteArray csv(const QList<AuditTrail::Summary> &requests);
/// Every record of every request, bodies included.
QByteArray json(const Source &trail, const QList<AuditTrail::Summary> &requests);
/// A self-contained evidence report (one HTML file, charts inline): each
/// request's prompt, code, verdicts with the policy, decision, run, output,
/// self-reported events and artifacts, and the trail's verification.
QByteArray html(
    const Source &trail, const QList<AuditTrail::Summary> &requests, const AuditTrail::Verification &verification);

/// Turns code into HTML (the workbench highlights it); empty: plain <pre>.
using CodeFormatter = std::function<QString(const QString &code)>;
/// One request's whole story as an HTML fragment: what html() shows per request.
QString storyHtml(const Source &trail, const AuditTrail::Summary &request, const CodeFormatter &code = {});
/// The same as a page of its own (the history's detail pane, print, PDF).
QByteArray storyPage(const Source &trail, const AuditTrail::Summary &request, const CodeFormatter &code = {});
/// The report's style sheet.
QString styleSheet();

} // namespace AuditExport
} // namespace Airlock
