// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "severitystyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace Airlock::SeverityStyle {

QString name(Verdict::Severity severity)
{
    switch (severity) {
    case Verdict::Severity::Block:
        return QCoreApplication::translate("SeverityStyle", "Blocks");
    case Verdict::Severity::Warn:
        return QCoreApplication::translate("SeverityStyle", "Warning");
    case Verdict::Severity::Info:
        break;
    }
    return QCoreApplication::translate("SeverityStyle", "Information");
}

QColor colour(Verdict::Severity severity)
{
    switch (severity) {
    case Verdict::Severity::Block:
        return QColor(0xd0, 0x30, 0x30);
    case Verdict::Severity::Warn:
        return QColor(0xe0, 0x9a, 0x20);
    case Verdict::Severity::Info:
        break;
    }
    return QColor(0x40, 0x80, 0xd0);
}

QIcon icon(Verdict::Severity severity)
{
    // The theme's icon where there is one; a drawn dot in our colour otherwise,
    // so the severity is never shown by text alone.
    const char *names[] = {"dialog-information", "dialog-warning", "dialog-error"};
    const QIcon themed = QIcon::fromTheme(QLatin1String(names[int(severity)]));
    if (!themed.isNull())
        return themed;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour(severity));
    painter.drawEllipse(QRectF(2, 2, 12, 12));
    return QIcon(pixmap);
}

} // namespace Airlock::SeverityStyle

namespace Airlock {
QString plainToolTip(const QString &text)
{
    return text.isEmpty()
        ? QString()
        : QStringLiteral("<qt>%1</qt>").arg(text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
}
} // namespace Airlock
