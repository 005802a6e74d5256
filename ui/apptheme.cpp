// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "apptheme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace Airlock {

namespace {
AppTheme::Scheme s_asked = AppTheme::Scheme::System;
QString s_platformStyle; // the style Qt chose before any dark palette of ours
bool s_following = false;

bool platformIsDark()
{
    return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
}
} // namespace

AppTheme::Scheme AppTheme::fromSetting(const QString &value)
{
    if (value == QLatin1String("dark"))
        return Scheme::Dark;
    if (value == QLatin1String("light"))
        return Scheme::Light;
    return Scheme::System;
}

QPalette AppTheme::darkPalette()
{
    // Breeze Dark's colours, which KDE users know and which keep the
    // contrast ratios of text on its backgrounds above 4.5:1.
    const QColor window(0x20, 0x23, 0x26);
    const QColor base(0x14, 0x16, 0x18);
    const QColor alternate(0x1d, 0x1f, 0x22);
    const QColor button(0x29, 0x2c, 0x30);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor disabledText(0x7f, 0x82, 0x85);
    const QColor highlight(0x3d, 0xae, 0xe9);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, button.lighter(130));
    p.setColor(QPalette::Midlight, button.lighter(115));
    p.setColor(QPalette::Mid, button.darker(120));
    p.setColor(QPalette::Dark, button.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, highlight);
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, button);
    return p;
}

void AppTheme::apply(Scheme scheme)
{
    s_asked = scheme;
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    if (s_platformStyle.isEmpty())
        s_platformStyle = QApplication::style()->name();
    if (!s_following) {
        // "As the system" follows the desktop when it switches, too.
        s_following = true;
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, app, [](Qt::ColorScheme) {
            if (s_asked == Scheme::System && (current() == Scheme::Dark) != platformIsDark())
                apply(Scheme::System);
        });
    }
    // What the platform says, unless the user said otherwise.
    QGuiApplication::styleHints()->unsetColorScheme();
    const bool dark = scheme == Scheme::Dark || (scheme == Scheme::System && platformIsDark());
    if (scheme != Scheme::System)
        QGuiApplication::styleHints()->setColorScheme(dark ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light);
    if (dark) {
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else {
        if (QApplication::style()->name() != s_platformStyle)
            QApplication::setStyle(QStyleFactory::create(s_platformStyle));
        // An empty palette: the platform's, or the style's own light one.
        QApplication::setPalette(QPalette());
    }
}

AppTheme::Scheme AppTheme::current()
{
    return isDark(QGuiApplication::palette()) ? Scheme::Dark : Scheme::Light;
}

bool AppTheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette AppTheme::alertPalette(const QPalette &palette)
{
    QPalette p = palette;
    if (isDark(palette)) {
        p.setColor(QPalette::Window, QColor(0x5c, 0x1c, 0x1c));
        p.setColor(QPalette::WindowText, QColor(0xfb, 0xe0, 0xe0));
    } else {
        p.setColor(QPalette::Window, QColor(0xf6, 0xd5, 0xd5));
        p.setColor(QPalette::WindowText, QColor(0x50, 0x10, 0x10));
    }
    return p;
}

} // namespace Airlock
