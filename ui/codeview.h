// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QList>
#include <QMap>
#include <QColor>
#include <QPlainTextEdit>

#include "verdict.h"

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Airlock {

/**
 * Proposed code, read-only: highlighted as Python in a theme that follows
 * the palette, with line numbers, and the verdicts as markers in the margin
 * whose tooltips explain each finding. showLine() brings a verdict's line
 * into view and highlights it.
 */
class CodeView : public QPlainTextEdit
{
    Q_OBJECT
public:
    /// @p repository: the application's one syntax repository.
    explicit CodeView(KSyntaxHighlighting::Repository *repository, QWidget *parent = nullptr);
    ~CodeView() override;

    void setCode(const QString &code);
    void setVerdicts(const QList<Verdict> &verdicts);
    /// Scrolls to @p line (1-based) and highlights it.
    void showLine(int line);

    /// What the margin's tooltip says for @p line (1-based); empty when unmarked.
    QString toolTipForLine(int line) const;
    /// The worst severity on each marked line.
    QMap<int, Verdict::Severity> markers() const;
    QString themeName() const;
    int lineNumberAreaWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The palette the theme is chosen by: the view's, but with the window's
    /// colour for a base that is the theme's own.
    QPalette surroundings() const;
    friend class CodeViewMargin;
    void applyTheme();
    void paintMargin(QPaintEvent *event);
    int lineAt(int y) const;
    void updateMarginWidth();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QColor m_themeBase; ///< the base colour the applied theme set
    QColor m_outsideBase; ///< a base colour set on the view from outside, if any
    KSyntaxHighlighting::Repository *m_repository;
    QWidget *m_margin;
    QList<Verdict> m_verdicts;
    QMap<int, Verdict::Severity> m_markers;
    int m_shownLine = 0;
};

} // namespace Airlock
