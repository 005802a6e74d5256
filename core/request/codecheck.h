// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "verdict.h"

namespace Airlock {

struct Policy;

/**
 * Judges what the static analyzer found in a request's code against the
 * policy. The analyzer (Python's own parser, inside the sandbox) only
 * reports facts; severities and the reviewer's wording live here.
 */
namespace CodeCheck {

/// @p facts: the analyzer's report; @p declaredNames: the request's files.
QList<Verdict> evaluate(const QJsonObject &facts, const Policy &policy, const QStringList &declaredNames);

/// Invisible and direction-changing characters in @p code (Trojan Source):
/// one blocking code.hidden-characters verdict per line that holds any.
QList<Verdict> hiddenCharacters(const QByteArray &code);

/// True when @p module (dotted) is @p pattern or inside it ("http.client" is
/// inside "http"; "httpx" is not).
bool moduleMatches(const QString &module, const QString &pattern);

/// fnmatch-style: '*' matches any run of characters, nothing else is special.
bool nameMatches(const QString &name, const QString &pattern);

} // namespace CodeCheck
} // namespace Airlock
