// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "timelinemodel.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include "quantitytext.h"
#include "severitystyle.h"
#include "terminaltext.h"

namespace Airlock {

namespace {
QString field(const QJsonObject &event, const char *key)
{
    const QJsonValue v = event.value(QLatin1String(key));
    return visibleText(v.isString() ? v.toString() : v.toVariant().toString());
}

bool insideWorkspace(const QString &path)
{
    // Relative paths are the working folder's; /tmp is the sandbox's own.
    return !path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1String("/workspace"))
        || path.startsWith(QLatin1String("/tmp")) || path.startsWith(QLatin1String("/usr/"))
        || path.startsWith(QLatin1String("/dev/null")) || path.startsWith(QLatin1String("/proc/self"));
}
} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QStandardItemModel(parent)
{
    clearEvents();
}

void TimelineModel::clearEvents()
{
    clear();
    setHorizontalHeaderLabels({tr("Time"), tr("Source"), tr("Event"), tr("Details")});
    m_imports = nullptr;
    m_notable = 0;
}

bool TimelineModel::isNotable(const QJsonObject &event)
{
    const QString kind = event.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("open"))
        return !insideWorkspace(event.value(QStringLiteral("path")).toString());
    return kind == QLatin1String("connect") || kind == QLatin1String("dns") || kind == QLatin1String("socket")
        || kind == QLatin1String("subprocess") || kind == QLatin1String("fork") || kind == QLatin1String("dlopen")
        || kind == QLatin1String("limit") || kind == QLatin1String("stop");
}

QString TimelineModel::describe(const QJsonObject &e)
{
    const QString kind = e.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("open")) {
        const QString mode = e.value(QStringLiteral("mode")).toString();
        const bool writing = mode.contains(QLatin1Char('w')) || mode.contains(QLatin1Char('a'))
            || mode.contains(QLatin1Char('+')) || mode.contains(QLatin1Char('x'));
        return writing ? tr("opened %1 for writing").arg(field(e, "path")) : tr("opened %1").arg(field(e, "path"));
    }
    if (kind == QLatin1String("connect"))
        return tr("tried to connect to %1, port %2 (blocked)").arg(field(e, "address"), field(e, "port"));
    if (kind == QLatin1String("dns"))
        return tr("tried to look up %1 (blocked)").arg(field(e, "address"));
    if (kind == QLatin1String("socket"))
        return tr("opened a network socket (family %1)").arg(field(e, "family"));
    if (kind == QLatin1String("subprocess")) {
        QStringList args;
        for (const QJsonValue &a : e.value(QStringLiteral("args")).toArray())
            args << visibleText(a.toString());
        return tr("started %1 %2").arg(field(e, "executable"), args.join(QLatin1Char(' '))).trimmed();
    }
    if (kind == QLatin1String("fork"))
        return tr("forked a child process");
    if (kind == QLatin1String("dlopen"))
        return tr("loaded the native library %1").arg(field(e, "library"));
    if (kind == QLatin1String("import"))
        return tr("imported %1").arg(field(e, "module"));
    if (kind == QLatin1String("limit")) {
        const QString limit = e.value(QStringLiteral("limit")).toString();
        if (limit == QLatin1String("timeout"))
            return tr("the time limit was reached");
        if (limit == QLatin1String("memory"))
            return tr("the memory limit was hit (%n time(s))", nullptr, e.value(QStringLiteral("count")).toInt());
        if (limit == QLatin1String("processes"))
            return e.contains(QStringLiteral("of"))
                ? tr("%1 of at most %2 processes: at the process limit").arg(field(e, "count"), field(e, "of"))
                : tr("the process limit refused a new process (%n time(s))", nullptr,
                      e.value(QStringLiteral("count")).toInt());
        return tr("the %1 limit was hit").arg(visibleText(limit));
    }
    if (kind == QLatin1String("start")) {
        if (e.contains(QStringLiteral("warm_ms"))) {
            QStringList modules;
            for (const QJsonValue &m : e.value(QStringLiteral("preloaded")).toArray())
                modules << visibleText(m.toString());
            return modules.isEmpty()
                ? tr("the sandbox was ready ahead (%1 before the approval)")
                      .arg(QuantityText::duration(e.value(QStringLiteral("warm_ms")).toInteger()))
                : tr("the sandbox was ready ahead (%1 before the approval), with %2 imported")
                      .arg(QuantityText::duration(e.value(QStringLiteral("warm_ms")).toInteger()),
                          modules.join(QStringLiteral(", ")));
        }
        return tr("the sandbox started");
    }
    if (kind == QLatin1String("ready"))
        return tr("the code was handed to the sandbox");
    if (kind == QLatin1String("stop"))
        return tr("stopped by the analyst");
    if (kind == QLatin1String("end")) {
        const QString reason = e.value(QStringLiteral("reason")).toString();
        return reason.isEmpty() ? tr("the run ended") : tr("the run ended: %1").arg(visibleText(reason));
    }
    if (kind == QLatin1String("dropped"))
        return tr("%n more event(s) not reported (over the cap)", nullptr, e.value(QStringLiteral("count")).toInt());
    // Anything else in words as far as it goes: key: value.
    QStringList parts;
    for (auto it = e.begin(); it != e.end(); ++it) {
        if (it.key() == QLatin1String("kind") || it.key() == QLatin1String("source") || it.key().endsWith(QLatin1String("t_ms")))
            continue;
        parts << QStringLiteral("%1: %2").arg(
            visibleText(it.key()), visibleText(it.value().isString() ? it.value().toString()
                                                                      : QString::fromUtf8(QJsonDocument::fromVariant(
                                                                            it.value().toVariant()).toJson(QJsonDocument::Compact))));
    }
    return parts.join(QStringLiteral(", "));
}

void TimelineModel::addEvent(const QJsonObject &event)
{
    const QString kind = event.value(QStringLiteral("kind")).toString();
    const qint64 t = event.value(QStringLiteral("t_ms")).toInteger(-1);
    // The host's observations are facts; the code's are its word.
    const bool host = event.value(QStringLiteral("source")).toString() == QLatin1String("host");
    const QString time = t >= 0 ? QLocale().toString(double(t) / 1000.0, 'f', 3) + QStringLiteral(" s") : QString();
    QList<QStandardItem *> row{new QStandardItem(time), new QStandardItem(host ? tr("host") : tr("self-reported")),
        new QStandardItem(visibleText(kind)), new QStandardItem(describe(event))};
    const bool notable = isNotable(event);
    for (QStandardItem *item : row) {
        item->setEditable(false);
        item->setData(notable, NotableRole);
        item->setData(kind, KindRole);
        if (notable) {
            item->setData(SeverityStyle::colour(host ? Verdict::Severity::Block : Verdict::Severity::Warn),
                Qt::ForegroundRole);
            QFont bold;
            bold.setBold(true);
            item->setData(bold, Qt::FontRole);
        }
    }
    row.last()->setToolTip(describe(event));
    m_notable += notable;

    // Imports come by the hundred when a library loads: one counted,
    // folded row per unbroken run of them.
    if (kind != QLatin1String("import") || host) {
        m_imports = nullptr;
        appendRow(row);
        return;
    }
    if (!m_imports) {
        QList<QStandardItem *> group{new QStandardItem(time), new QStandardItem(tr("self-reported")),
            new QStandardItem(QStringLiteral("import")), new QStandardItem()};
        for (QStandardItem *item : group)
            item->setEditable(false);
        appendRow(group);
        m_imports = group.first();
        m_importNames.clear();
    }
    m_imports->appendRow(row);
    m_importNames << field(event, "module");
    const int n = int(m_importNames.size());
    item(m_imports->row(), DetailsColumn)
        ->setText(tr("%n module(s) imported: %1", nullptr, n)
                      .arg(QStringList(m_importNames.mid(0, 4)).join(QStringLiteral(", "))
                          + (n > 4 ? QStringLiteral(", …") : QString())));
}

} // namespace Airlock
