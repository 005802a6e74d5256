// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "settingsdialog.h"

#include <QCheckBox>
#include <QSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleHints>
#include <QVBoxLayout>

#include "audittrail.h"
#include "apptheme.h"
#include "policy.h"
#include "settings.h"
#include "teamtrail.h"

namespace Airlock {

namespace {
QWidget *withBrowse(QWidget *parent, QLineEdit *edit, const std::function<void()> &browse)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *button = new QPushButton(SettingsDialog::tr("Browse…"), row);
    QObject::connect(button, &QPushButton::clicked, row, browse);
    layout->addWidget(button);
    // The keyboard reaches each Browse… button right after its field.
    QWidget::setTabOrder(edit, button);
    return row;
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_reviewer(new QLineEdit(this))
    , m_policy(new QLineEdit(this))
    , m_inbox(new QLineEdit(this))
    , m_trail(new QLineEdit(this))
    , m_team(new QLineEdit(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_agents(new QCheckBox(tr("Take requests from a&gents (airlockctl submit, MCP)"), this))
    , m_warm(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Configure Airlock"));
    const Settings settings;
    m_reviewer->setObjectName(QStringLiteral("reviewerNameEdit"));
    m_reviewer->setText(settings.reviewerName());
    m_reviewer->setToolTip(tr("Proposed in every decision; your account and computer are recorded as well"));
    m_policy->setObjectName(QStringLiteral("policyPathEdit"));
    m_policy->setText(settings.policyPath());
    m_policy->setPlaceholderText(tr("The shipped default policy"));
    m_policy->setClearButtonEnabled(true);
    m_inbox->setObjectName(QStringLiteral("inboxFolderEdit"));
    m_inbox->setText(settings.inboxFolder());
    m_trail->setObjectName(QStringLiteral("trailPathEdit"));
    m_trail->setText(settings.auditTrailPath());
    m_team->setObjectName(QStringLiteral("teamTrailEdit"));
    m_team->setText(settings.teamTrail());
    m_team->setPlaceholderText(tr("None: this computer's trail only"));
    m_team->setClearButtonEnabled(true);
    m_team->setWhatsThis(tr("A team's trail on PostgreSQL, for example postgresql://alice@db.example.org/airlock. "
                            "Every record is kept in this computer's trail first and then shipped there, with a "
                            "signed head; while the server cannot be reached, the records wait and nothing is "
                            "lost."));
    // Paths are long: room for a typical one whole, and the full one on hover.
    for (QLineEdit *path : {m_policy, m_inbox, m_trail, m_team}) {
        path->setMinimumWidth(path->fontMetrics().averageCharWidth() * 56);
        path->setToolTip(path->text());
        connect(path, &QLineEdit::textChanged, path, [path](const QString &text) { path->setToolTip(text); });
    }
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("As the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(m_theme->findData(settings.theme()));
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("As the system"), QString());
    // Each language in its own name, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_agents->setObjectName(QStringLiteral("agentsBox"));
    m_agents->setChecked(settings.acceptAgentRequests());
    m_agents->setToolTip(tr("Agents hand in requests on a socket only this account can use; every one waits for "
                            "your decision, and results go back only when you release them"));
    m_warm->setObjectName(QStringLiteral("warmBox"));
    m_warm->setRange(0, 8);
    m_warm->setSpecialValueText(tr("None: start each run when approved"));
    m_warm->setValue(settings.warmSandboxes());
    m_warm->setToolTip(tr("While you review, the sandboxes of the requests you looked at last are started and their "
                          "libraries loaded, so a run starts as you approve. None of the request's code is in "
                          "such a sandbox before your approval is recorded."));
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Your name:"), m_reviewer);
    form->addRow(tr("&Policy:"), withBrowse(this, m_policy, [this]() {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Policy"), m_policy->text(), tr("Policies (*.json);;All files (*)"));
        if (!path.isEmpty())
            m_policy->setText(path);
    }));
    form->addRow(tr("&Inbox folder:"), withBrowse(this, m_inbox, [this]() {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Inbox Folder"), m_inbox->text());
        if (!path.isEmpty())
            m_inbox->setText(path);
    }));
    form->addRow(tr("&Audit trail:"), withBrowse(this, m_trail, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("Audit Trail"), m_trail->text(),
            tr("Audit trails (*.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_trail->setText(path);
    }));
    form->addRow(tr("Tea&m trail:"), m_team);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_agents);
    form->addRow(tr("&Sandboxes started ahead:"), m_warm);
    auto *note = new QLabel(
        tr("The audit trail, the team trail, the policy and the language apply from the next start."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        const QString problem = save();
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
        if (problem.isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString SettingsDialog::save()
{
    const QString policy = m_policy->text().trimmed();
    if (!policy.isEmpty()) {
        QList<Policy::Error> errors;
        if (!Policy::load(policy, &errors))
            return tr("The policy %1 is not valid: %2").arg(policy, Policy::describe(errors));
    }
    if (m_reviewer->text().trimmed().isEmpty())
        return tr("Give the name to propose for decisions.");
    const QString team = m_team->text().trimmed();
    if (!team.isEmpty() && !TeamTrail::isTeamTrail(team))
        return tr("The team trail is a PostgreSQL connection, such as postgresql://alice@db.example.org/airlock.");
    Settings settings;
    settings.setReviewerName(m_reviewer->text());
    settings.setPolicyPath(policy);
    settings.setInboxFolder(
        m_inbox->text().trimmed() == Settings::defaultInboxFolder() ? QString() : m_inbox->text().trimmed());
    settings.setAuditTrailPath(
        m_trail->text().trimmed() == AuditTrail::defaultPath() ? QString() : m_trail->text().trimmed());
    settings.setTeamTrail(team);
    settings.setTheme(m_theme->currentData().toString());
    settings.setLanguage(m_language->currentData().toString());
    settings.setAcceptAgentRequests(m_agents->isChecked());
    settings.setWarmSandboxes(m_warm->value());
    return {};
}

void SettingsDialog::applyTheme()
{
    AppTheme::apply(AppTheme::fromSetting(Settings().theme()));
}

} // namespace Airlock
