// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QTest>
#include <QTextBlock>

#include "codeview.h"

using Airlock::CodeView;
using Airlock::Verdict;

class TestCodeView : public QObject
{
    Q_OBJECT
private:
    KSyntaxHighlighting::Repository m_repository;

    static QString code()
    {
        QString s;
        for (int i = 1; i <= 80; ++i)
            s += QStringLiteral("x%1 = %1\n").arg(i);
        return s;
    }

private Q_SLOTS:
    void highlightsAsPythonReadOnly()
    {
        CodeView view(&m_repository);
        view.setCode(QStringLiteral("import os\nprint('hi')\n"));
        QVERIFY(view.isReadOnly());
        QCOMPARE(view.toPlainText(), QStringLiteral("import os\nprint('hi')\n"));
        QVERIFY(view.font().fixedPitch() || QFontInfo(view.font()).fixedPitch());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The highlighter formatted the keyword.
        const QTextBlock first = view.document()->firstBlock();
        QVERIFY(!first.layout()->formats().isEmpty());
        QVERIFY(view.lineNumberAreaWidth() > 0);
    }

    void markersTakeTheWorstSeverityAndExplainThemselves()
    {
        CodeView view(&m_repository);
        view.setCode(code());
        view.setVerdicts({{QStringLiteral("code.network-literal"), Verdict::Severity::Warn,
                              QStringLiteral("mentions an address"), 3, 1},
            {QStringLiteral("code.forbidden-call"), Verdict::Severity::Block, QStringLiteral("calls os.system"), 3, 5},
            {QStringLiteral("code.dynamic-access"), Verdict::Severity::Warn, QStringLiteral("uses getattr"), 40, 1},
            {QStringLiteral("file.missing"), Verdict::Severity::Block, QStringLiteral("no line"), 0, 0}});
        const auto markers = view.markers();
        QCOMPARE(markers.size(), 2);
        QCOMPARE(markers.value(3), Verdict::Severity::Block);
        QCOMPARE(markers.value(40), Verdict::Severity::Warn);
        const QString tip = view.toolTipForLine(3);
        QVERIFY(tip.contains(QLatin1String("calls os.system")) && tip.contains(QLatin1String("mentions an address")));
        QCOMPARE(view.toolTipForLine(4), QString());
    }

    void showLineScrollsAndHighlights()
    {
        CodeView view(&m_repository);
        view.resize(400, 200);
        view.setCode(code());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.cursorForPosition(QPoint(1, 1)).blockNumber(), 0);
        view.showLine(60);
        QCOMPARE(view.textCursor().blockNumber(), 59);
        QVERIFY(view.cursorForPosition(QPoint(1, 1)).blockNumber() > 30);
        QCOMPARE(view.extraSelections().size(), 1);
        QCOMPARE(view.extraSelections().constFirst().cursor.blockNumber(), 59);
        view.showLine(1000); // beyond the end: nothing moves
        QCOMPARE(view.textCursor().blockNumber(), 59);
    }

    void themeFollowsThePalette()
    {
        CodeView view(&m_repository);
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        view.setPalette(light);
        const QString lightTheme = view.themeName();
        view.setPalette(dark);
        const QString darkTheme = view.themeName();
        QVERIFY2(lightTheme != darkTheme, qPrintable(lightTheme + QLatin1String(" / ") + darkTheme));
        // The view's own colours come from the theme.
        QVERIFY(view.palette().color(QPalette::Base).lightness() < 128);
    }
};

QTEST_MAIN(TestCodeView)
#include "tst_codeview.moc"
