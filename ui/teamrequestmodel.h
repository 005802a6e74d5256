// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QAbstractTableModel>

#include "teamtrail.h"

namespace Airlock {

/// A page of a team trail's requests, newest first, each with the analyst
/// and machine whose chain holds it (TeamHistoryWindow).
class TeamRequestModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Analyst, Machine, Agent, Prompt, Outcome, Status, ColumnCount };

    explicit TeamRequestModel(QObject *parent = nullptr);

    void setRequests(const QList<TeamTrail::Request> &requests);
    const TeamTrail::Request &request(int row) const { return m_requests.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TeamTrail::Request> m_requests;
};

} // namespace Airlock
