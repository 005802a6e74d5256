// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "scenariopicker.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace Airlock {

ScenarioPicker::ScenarioPicker(QWidget *parent)
    : QDialog(parent)
    , m_scenarios(Scenario::all())
    , m_model(new QStandardItemModel(this))
    , m_list(new QTreeView(this))
    , m_note(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("scenarioPicker"));
    setWindowTitle(tr("Training Scenarios"));
    resize(820, 520);
    m_model->setHorizontalHeaderLabels({tr("Scenario"), tr("Kind"), tr("Stopped by")});
    for (const Scenario &s : std::as_const(m_scenarios)) {
        QList<QStandardItem *> row{new QStandardItem(s.title),
            new QStandardItem(s.hostile() ? tr("hostile") : tr("benign")),
            new QStandardItem(s.stoppedBy.isEmpty() ? QStringLiteral("—") : s.stoppedBy)};
        row.first()->setData(s.id, Qt::UserRole);
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setAccessibleName(tr("Training scenarios"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_note->setObjectName(QStringLiteral("scenarioNote"));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ScenarioPicker::showNote);
    connect(m_list, &QTreeView::activated, this, &QDialog::accept);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
}

QString ScenarioPicker::selectedId() const
{
    return m_model->index(m_list->currentIndex().row(), 0).data(Qt::UserRole).toString();
}

void ScenarioPicker::select(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(Qt::UserRole).toString() == id)
            m_list->setCurrentIndex(m_model->index(row, 0));
    }
}

void ScenarioPicker::showNote()
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_scenarios.size())
        return m_note->clear();
    const Scenario &s = m_scenarios.at(row);
    QString h = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(s.title.toHtmlEscaped(), s.note.toHtmlEscaped());
    if (s.hostile())
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Stopped by:").toHtmlEscaped(), s.stoppedBy.toHtmlEscaped());
    // What stops it, and where; an ordinary request has nothing to stop.
    const QString how = !s.hostile() ? tr("Nothing needs stopping: the static check finds nothing to block, and the "
                                          "run should succeed.")
        : s.caughtStatically
        ? tr("The static check flags it; under the training policy it only warns, so the code can be run to show "
             "the sandbox.")
        : tr("The static check does not flag it: only the sandbox stops it.");
    h += QStringLiteral("<p><i>%1</i></p>").arg(how.toHtmlEscaped());
    h += QStringLiteral("<p><b>%1</b> %2</p>")
             .arg(tr("Expected outcome:").toHtmlEscaped(), s.expectedOutcome().toHtmlEscaped());
    m_note->setHtml(h);
}

} // namespace Airlock
