// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QAbstractTableModel>

#include "doctorreport.h"

namespace Airlock {

/// The sandbox pre-flight checks, one row each.
class DoctorModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, CheckColumn, DetailColumn, NUM_COLUMNS };
    enum Role {
        IdRole = Qt::UserRole,
        StatusRole, ///< DoctorCheck::Status as int
        BlocksRunsRole,
    };

    explicit DoctorModel(QObject *parent = nullptr);

    void setReport(const DoctorReport &report);
    DoctorReport report() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DoctorReport m_report;
};

} // namespace Airlock
