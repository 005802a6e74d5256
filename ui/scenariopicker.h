// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QDialog>

#include "scenario.h"

class QStandardItemModel;
class QTextBrowser;
class QTreeView;

namespace Airlock {

/// The trainer's list of bundled scenarios: what each shows and what stops
/// it, with its teaching note; Open puts the chosen one in the inbox.
class ScenarioPicker : public QDialog
{
    Q_OBJECT
public:
    explicit ScenarioPicker(QWidget *parent = nullptr);

    QString selectedId() const;
    void select(const QString &id);
    QStandardItemModel *model() const { return m_model; }

private:
    void showNote();

    QList<Scenario> m_scenarios;
    QStandardItemModel *m_model;
    QTreeView *m_list;
    QTextBrowser *m_note;
};

} // namespace Airlock
