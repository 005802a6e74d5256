// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QString>

class QCoreApplication;

namespace Airlock {

/// What both executables do first: identity (which decides the per-user
/// settings and data locations) and translations.
namespace ApplicationSetup {

/// Reverse-DNS id: desktop file name, AppStream id, D-Bus name.
QString applicationId();

void initialize(QCoreApplication &app);

/// Loads Qt's own catalogue and Airlock's for the system locale (or the
/// AIRLOCK_LANGUAGE override) into @p app.
void installTranslations(QCoreApplication &app);

} // namespace ApplicationSetup
} // namespace Airlock
