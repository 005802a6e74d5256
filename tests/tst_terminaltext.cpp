// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QTest>

#include "terminaltext.h"

using namespace Airlock;

class TestTerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("multiline");
        QTest::addColumn<QString>("shown");
        QTest::addRow("plain") << QStringLiteral("chart.png") << false << QStringLiteral("chart.png");
        QTest::addRow("colour") << QStringLiteral("\x1b[31mred\x1b[0m") << false
                                << QStringLiteral("\\x1b[31mred\\x1b[0m");
        QTest::addRow("window title and bell")
            << QStringLiteral("\x1b]0;owned\a") << false << QStringLiteral("\\x1b]0;owned\\x07");
        QTest::addRow("clear screen") << QStringLiteral("\x1b[2J") << false << QStringLiteral("\\x1b[2J");
        QTest::addRow("carriage return") << QStringLiteral("real\rfake") << false << QStringLiteral("real\\rfake");
        QTest::addRow("newline in a name")
            << QStringLiteral("a\nFAKE: all clean.txt") << false << QStringLiteral("a\\nFAKE: all clean.txt");
        QTest::addRow("newline in a block")
            << QStringLiteral("line 1\nline 2\tx") << true << QStringLiteral("line 1\nline 2\tx");
        QTest::addRow("carriage return in a block")
            << QStringLiteral("50%\r100%\n") << true << QStringLiteral("50%\\r100%\n");
        QTest::addRow("tab in a name") << QStringLiteral("a\tb") << false << QStringLiteral("a\\tb");
        QTest::addRow("NUL and DEL") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b\x7f")) << false
                                     << QStringLiteral("a\\x00b\\x7f");
        QTest::addRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("2J") << false << QStringLiteral("\\u009b2J");
        QTest::addRow("right-to-left override")
            << QStringLiteral("invoice\u202Egnp.exe") << false << QStringLiteral("invoice\\u202egnp.exe");
        QTest::addRow("bidi isolate") << QStringLiteral("a\u2067b\u2069") << false
                                      << QStringLiteral("a\\u2067b\\u2069");
        QTest::addRow("zero width") << QStringLiteral("ad\u200Bmin\uFEFF") << false
                                    << QStringLiteral("ad\\u200bmin\\ufeff");
        QTest::addRow("line separator") << QStringLiteral("a\u2028b") << true << QStringLiteral("a\\u2028b");
        QTest::addRow("tag character") << QString::fromUcs4(U"x\U000E0041") << false << QStringLiteral("x\\U000e0041");
        QTest::addRow("lone surrogate") << QString(QChar(0xd800)) << false << QStringLiteral("\\ud800");
        QTest::addRow("accents, CJK and emoji stay")
            << QStringLiteral("Umsätze 売上 📈") << false << QStringLiteral("Umsätze 売上 📈");
    }

    void escapes()
    {
        QFETCH(QString, text);
        QFETCH(bool, multiline);
        QFETCH(QString, shown);
        QCOMPARE(visibleText(text, multiline), shown);
    }

    void nothingActiveIsLeft()
    {
        // Every code point a terminal acts on, in one string.
        QString all;
        for (char32_t c = 0; c < 0xa0; ++c)
            all += QChar(char16_t(c));
        const QString shown = visibleText(all, true);
        for (const QChar c : shown) {
            const bool allowed
                = c == QLatin1Char('\n') || c == QLatin1Char('\t') || (c >= QChar(0x20) && c < QChar(0x7f));
            QVERIFY2(allowed, qPrintable(QString::number(c.unicode(), 16)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
