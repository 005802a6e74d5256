// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QString>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Airlock {

/// Python code as highlighted HTML (a <pre> with coloured spans), for pages
/// built as documents: the history's detail page, its print-out and PDF.
/// Light theme: those pages are printed on paper.
namespace CodeHtml {
QString python(KSyntaxHighlighting::Repository *repository, const QString &code);
}

} // namespace Airlock
