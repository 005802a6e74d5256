// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QString>

namespace Airlock {

/**
 * @p text with every character that a terminal or a text view would act on
 * or hide made visible as an escape: C0 controls (`\x1b`, `\r`, `\t`, …),
 * DEL (`\x7f`), C1 controls (`\u009b`), and invisible format characters
 * that can reorder or hide text (bidi controls such as `\u202e`, zero-width
 * characters, the BOM, tag characters), line and paragraph separators and
 * unpaired surrogates. Text from a request, a run or the trail passes
 * through this before it is shown, so it can neither move the cursor, clear
 * the screen, retitle the window nor pose as Airlock's own words.
 *
 * With @p multiline, newlines (and tabs) of a block of text are kept as
 * they are; a single-line value shows them as `\n` and `\t`.
 */
QString visibleText(const QString &text, bool multiline = false);

} // namespace Airlock
