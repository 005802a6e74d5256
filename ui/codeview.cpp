// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "codeview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include "severitystyle.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace Airlock {

/// The margin: line numbers and verdict markers.
class CodeViewMargin : public QWidget
{
public:
    explicit CodeViewMargin(CodeView *view)
        : QWidget(view)
        , m_view(view)
    {
        setAccessibleName(CodeView::tr("Line numbers and findings"));
    }
    QSize sizeHint() const override { return {m_view->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintMargin(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            const auto *help = static_cast<QHelpEvent *>(event);
            const QString text = m_view->toolTipForLine(m_view->lineAt(help->pos().y()));
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), plainToolTip(text), this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    CodeView *m_view;
};

CodeView::CodeView(KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
    , m_repository(repository)
    , m_margin(new CodeViewMargin(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Proposed code"));
    m_highlighter->setDefinition(m_repository->definitionForName(QStringLiteral("Python")));
    applyTheme();
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeView::updateMarginWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    updateMarginWidth();
}

CodeView::~CodeView() = default;

void CodeView::setCode(const QString &code)
{
    m_shownLine = 0;
    setExtraSelections({});
    setPlainText(code);
}

void CodeView::setVerdicts(const QList<Verdict> &verdicts)
{
    m_verdicts = verdicts;
    m_markers.clear();
    for (const Verdict &v : verdicts) {
        if (v.line <= 0)
            continue;
        const auto it = m_markers.constFind(v.line);
        if (it == m_markers.cend() || int(v.severity) > int(*it))
            m_markers.insert(v.line, v.severity);
    }
    m_margin->update();
}

QMap<int, Verdict::Severity> CodeView::markers() const
{
    return m_markers;
}

QString CodeView::toolTipForLine(int line) const
{
    QStringList lines;
    for (const Verdict &v : m_verdicts)
        if (v.line == line)
            lines << QStringLiteral("%1 (%2): %3").arg(Verdict::severityId(v.severity), v.rule, v.message);
    return lines.join(QLatin1Char('\n'));
}

void CodeView::showLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    m_shownLine = line;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    QTextEdit::ExtraSelection selection;
    QColor color = SeverityStyle::colour(m_markers.value(line, Verdict::Severity::Info));
    color.setAlpha(60);
    selection.format.setBackground(color);
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    selection.cursor = cursor;
    setExtraSelections({selection});
}

QString CodeView::themeName() const
{
    return m_highlighter->theme().name();
}

void CodeView::applyTheme()
{
    // The theme follows the palette, light or dark; its editor colours are
    // copied into the palette so the whole view matches.
    const KSyntaxHighlighting::Theme theme = m_repository->themeForPalette(surroundings());
    m_highlighter->setTheme(theme);
    QPalette pal = palette();
    pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    m_themeBase = pal.color(QPalette::Base);
    setPalette(pal);
    m_highlighter->rehighlight();
}

void CodeView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // Our own setPalette() sends PaletteChange too; re-theme only when the
    // theme the new palette calls for is another one.
    // A base set from outside (not the theme's own) is the surroundings' word.
    if (event->type() == QEvent::PaletteChange && palette().color(QPalette::Base) != m_themeBase)
        m_outsideBase = palette().color(QPalette::Base);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        && m_repository->themeForPalette(surroundings()).name() != m_highlighter->theme().name())
        applyTheme();
}

QPalette CodeView::surroundings() const
{
    // The base is the theme's own once applied, so it cannot say whether
    // the surroundings turned dark: a base set on the view from outside
    // does, or else the window colour, which the application or a parent
    // sets (a dark theme switched on while Airlock runs).
    QPalette p = palette();
    if (p.color(QPalette::Base) == m_themeBase)
        p.setColor(QPalette::Base, m_outsideBase.isValid() ? m_outsideBase : p.color(QPalette::Window));
    return p;
}

int CodeView::lineNumberAreaWidth() const
{
    const int digits = QString::number(qMax(1, blockCount())).size();
    // Room for the digits and for the marker.
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 2);
}

void CodeView::updateMarginWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    const QRect r = contentsRect();
    m_margin->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMarginWidth();
}

int CodeView::lineAt(int y) const
{
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (y >= top && y < bottom)
            return block.blockNumber() + 1;
        block = block.next();
        top = bottom;
    }
    return 0;
}

void CodeView::paintMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    painter.fillRect(event->rect(), QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::IconBorder)));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int markerSize = fontMetrics().height() / 2;
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        const int line = block.blockNumber() + 1;
        if (block.isVisible() && top + height >= event->rect().top()) {
            painter.setPen(
                QColor::fromRgba(theme.editorColor(line == m_shownLine ? KSyntaxHighlighting::Theme::CurrentLineNumber
                                                                       : KSyntaxHighlighting::Theme::LineNumbers)));
            painter.drawText(0, top, m_margin->width() - markerSize - 8, height, Qt::AlignRight | Qt::AlignVCenter,
                QString::number(line));
            if (const auto it = m_markers.constFind(line); it != m_markers.cend()) {
                painter.setBrush(SeverityStyle::colour(*it));
                painter.setPen(Qt::NoPen);
                painter.drawEllipse(
                    QRect(m_margin->width() - markerSize - 4, top + (height - markerSize) / 2, markerSize, markerSize));
            }
        }
        block = block.next();
        top += height;
    }
}

} // namespace Airlock
