// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "codehtml.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QStringList>

namespace Airlock::CodeHtml {

namespace {
class HtmlWriter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString line;
    QStringView text;

    KSyntaxHighlighting::State highlight(QStringView lineText, const KSyntaxHighlighting::State &state)
    {
        line.clear();
        text = lineText;
        return highlightLine(lineText, state);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        const QString part = text.mid(offset, length).toString().toHtmlEscaped();
        if (format.isDefaultTextStyle(theme())) {
            line += part;
            return;
        }
        QString style;
        if (format.hasTextColor(theme()))
            style += QStringLiteral("color:%1;").arg(format.textColor(theme()).name());
        if (format.isBold(theme()))
            style += QStringLiteral("font-weight:bold;");
        if (format.isItalic(theme()))
            style += QStringLiteral("font-style:italic;");
        line += style.isEmpty() ? part : QStringLiteral("<span style=\"%1\">%2</span>").arg(style, part);
    }
};
} // namespace

QString python(KSyntaxHighlighting::Repository *repository, const QString &code)
{
    HtmlWriter writer;
    writer.setDefinition(repository->definitionForName(QStringLiteral("Python")));
    writer.setTheme(repository->defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    KSyntaxHighlighting::State state;
    QStringList lines;
    const QStringList source = code.split(QLatin1Char('\n'));
    for (const QString &l : source) {
        state = writer.highlight(l, state);
        lines << writer.line;
    }
    return QStringLiteral("<pre>") + lines.join(QLatin1Char('\n')) + QStringLiteral("</pre>");
}

} // namespace Airlock::CodeHtml
