// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include "verdict.h"

namespace Airlock {

/// How a verdict's severity looks everywhere in the workbench: one name,
/// one icon and one colour, so the inbox, the list and the margin agree.
namespace SeverityStyle {
QString name(Verdict::Severity severity);
QIcon icon(Verdict::Severity severity);
QColor colour(Verdict::Severity severity);
} // namespace SeverityStyle

/// A tooltip showing @p text as it is: text from a request or a run is
/// never interpreted as rich text.
QString plainToolTip(const QString &text);

} // namespace Airlock
