// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "verdict.h"

namespace Airlock {

/// A request's verdicts, the most serious first: severity, rule id, line
/// and the reviewer-facing message.
class VerdictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, LineColumn, MessageColumn, NUM_COLUMNS };
    enum Role {
        LineRole = Qt::UserRole + 1, ///< 1-based; 0 when not about a line
        SeverityRole,
    };

    explicit VerdictModel(QObject *parent = nullptr);

    void setVerdicts(const QList<Verdict> &verdicts);
    const QList<Verdict> &verdicts() const { return m_verdicts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Verdict> m_verdicts;
};

} // namespace Airlock
