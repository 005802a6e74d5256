// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "terminaltext.h"

#include <QChar>

namespace Airlock {

namespace {
bool hidden(char32_t c)
{
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
        return true;
    // Surrogates only arrive here unpaired: nothing can show them.
    if (QChar::isSurrogate(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Format: // bidi controls, zero-width characters, BOM, tags
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString escape(char32_t c)
{
    switch (c) {
    case U'\n':
        return QStringLiteral("\\n");
    case U'\r':
        return QStringLiteral("\\r");
    case U'\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    if (c < 0x80)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    if (c <= 0xffff)
        return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    return QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
}
} // namespace

QString visibleText(const QString &text, bool multiline)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text.at(i).unicode();
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate();
        if (pair)
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
        const bool keep = multiline && (c == U'\n' || c == U'\t');
        if (!keep && hidden(c))
            out += escape(c);
        else if (pair)
            out += text.mid(i, 2);
        else
            out += text.at(i);
        if (pair)
            ++i;
    }
    return out;
}

} // namespace Airlock
