// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QJsonObject>
#include <QStandardItemModel>

namespace Airlock {

/**
 * A run's timeline as a reviewer reads it: one clock (the host's, from the
 * run's start), details in words rather than JSON, the events a reviewer
 * cares about marked (a file outside the workspace, a network attempt, a
 * subprocess, a native library, a limit hit), and the hundreds of imports
 * a library pulls in folded into one counted row.
 */
class TimelineModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        SourceColumn,
        EventColumn,
        DetailsColumn,
    };
    enum Role {
        NotableRole = Qt::UserRole + 1, ///< bool: one of the events a reviewer looks for
        KindRole, ///< the event's kind id
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void clearEvents();
    /// Adds one event as it comes (t_ms, source, kind and its own fields).
    void addEvent(const QJsonObject &event);
    /// How many notable events it holds.
    int notableCount() const { return m_notable; }

    /// The event in words, without time or source: "opened /etc/passwd for reading".
    static QString describe(const QJsonObject &event);
    /// Whether a reviewer should look at it.
    static bool isNotable(const QJsonObject &event);

private:
    QStandardItem *m_imports = nullptr; ///< the group the current run of imports goes into
    QStringList m_importNames;
    int m_notable = 0;
};

} // namespace Airlock
