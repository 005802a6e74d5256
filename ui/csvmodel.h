// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QAbstractTableModel>

#include "csvtable.h"

namespace Airlock {

/// A parsed CSV file as a table; its first row is the header.
class CsvModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        /// A double for cells that are numbers, the text otherwise: a proxy
        /// sorting by this role puts 10 after 9.
        SortRole = Qt::UserRole + 1,
    };

    explicit CsvModel(QObject *parent = nullptr);

    void setTable(const CsvTable &table);
    const CsvTable &table() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CsvTable m_table;
    int m_columns = 0;
};

} // namespace Airlock
