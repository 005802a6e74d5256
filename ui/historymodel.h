// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QAbstractTableModel>

#include "audittrail.h"

namespace Airlock {

/**
 * The requests of an audit trail that match a filter, one row each, read
 * page by page as the view scrolls (canFetchMore/fetchMore), so a trail of
 * a million records opens at once.
 *
 * Sorting happens in the store, not in a proxy: a proxy would have to load
 * every row first. The trail is not owned and must outlive the model.
 */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AtColumn,
        AgentColumn,
        AgentReferenceColumn, ///< the agent's own request_id
        PromptColumn,
        ReviewerColumn,
        OutcomeColumn,
        StatusColumn,
        SeverityColumn,
        PolicyColumn,
        NUM_COLUMNS
    };
    enum Role {
        RequestIdRole = Qt::UserRole + 1,
        SeqRole,
    };
    static constexpr int PageSize = 200;

    explicit HistoryModel(QObject *parent = nullptr);

    void setTrail(const AuditTrail *trail);
    const AuditTrail *trail() const { return m_trail; }
    /// Shows what matches @p filter (its sort, limit and offset are the model's).
    void setFilter(const AuditTrail::Filter &filter);
    AuditTrail::Filter filter() const { return m_filter; }
    /// Reads the first page again, e.g. after new records arrived.
    void refresh();
    /// How many requests match, loaded or not; -1 when unknown.
    qint64 matchCount() const { return m_count; }
    QString lastError() const { return m_error; }
    const AuditTrail::Summary &summary(int row) const { return m_rows.at(row); }
    int loadedRows() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void matchCountChanged(qint64 count);

private:
    QList<AuditTrail::Summary> page(int offset, QString *error) const;

    const AuditTrail *m_trail = nullptr;
    AuditTrail::Filter m_filter;
    QList<AuditTrail::Summary> m_rows;
    qint64 m_count = -1;
    bool m_atEnd = true;
    bool m_resetting = false;
    QString m_error;
};

} // namespace Airlock
