// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QAbstractTableModel>

namespace Airlock {

class RequestSession;
class Workbench;

/**
 * The inbox: every request the workbench holds, oldest first, with its
 * agent, the first line of its prompt, when it arrived, its worst verdict
 * and where it stands. Malformed files are listed with their error. The
 * workbench owns the sessions; the model only shows them.
 */
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AgentColumn, PromptColumn, ArrivedColumn, VerdictColumn, StateColumn, NUM_COLUMNS };
    enum Role {
        SessionRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit InboxModel(Workbench *workbench, QObject *parent = nullptr);

    RequestSession *session(int row) const;
    int rowOf(const RequestSession *session) const;
    QList<RequestSession *> sessions() const { return m_sessions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void sessionAdded(RequestSession *session);
    void sessionRemoved(RequestSession *session);
    void sessionChanged(RequestSession *session);

    QList<RequestSession *> m_sessions;
};

} // namespace Airlock
