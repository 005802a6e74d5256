// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "historyview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "auditexport.h"
#include "codehtml.h"
#include "historymodel.h"
#include "outcometext.h"
#include "sandboxinspector.h"

namespace Airlock {

namespace {
QComboBox *choices(QWidget *parent, const QString &name, const QList<std::pair<QString, QString>> &items)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    for (const auto &[label, value] : items)
        box->addItem(label, value);
    return box;
}
} // namespace

HistoryView::HistoryView(KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_model(new HistoryModel(this))
    , m_list(new QTreeView(this))
    , m_detail(new QTextBrowser(this))
    , m_matches(new QLabel(this))
    , m_verification(new QLabel(this))
    , m_verifyProgress(new QProgressBar(this))
    , m_verifyButton(new QPushButton(QIcon::fromTheme(QStringLiteral("security-high")), tr("Ver&ify Trail"), this))
    , m_exportNote(new QLabel(this))
    , m_inspectButton(
          new QPushButton(QIcon::fromTheme(QStringLiteral("document-properties")), tr("Inspect Sand&box…"), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("historyView"));
    qRegisterMetaType<AuditTrail::Verification>();

    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("historyFilters"));
    buildFilterBar(bar);

    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Requests in the audit trail"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSortingEnabled(true);
    m_list->header()->setSortIndicator(HistoryModel::AtColumn, Qt::DescendingOrder);
    m_list->header()->setSectionResizeMode(HistoryModel::PromptColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    // Dates, outcomes and severities are short: shown whole, never cut.
    for (const int column : {HistoryModel::AtColumn, HistoryModel::OutcomeColumn, HistoryModel::StatusColumn,
             HistoryModel::SeverityColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryView::showCurrent);

    m_detail->setObjectName(QStringLiteral("historyDetail"));
    m_detail->setAccessibleName(tr("The selected request's story"));
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select a request to read its whole story: what arrived, the verdicts, the "
                                    "decision, the run and its files."));
    // The story is the printable record, styled as a page: black on white
    // in either theme, as it prints and exports.
    QPalette paper = m_detail->palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    m_detail->setPalette(paper);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_matches->setObjectName(QStringLiteral("historyMatches"));
    m_matches->setTextFormat(Qt::PlainText);
    m_verification->setObjectName(QStringLiteral("verificationLabel"));
    m_verification->setTextFormat(Qt::RichText);
    m_verification->setWordWrap(true);
    // Its links (the bad record, the newer records) by Tab and Enter too.
    m_verification->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_verification, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("#newer"))
            verifyNewer();
        else if (m_firstBad > 0)
            showRecord(m_firstBad);
    });
    m_verifyProgress->setObjectName(QStringLiteral("verifyProgress"));
    m_verifyProgress->hide();
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setToolTip(tr("Check every record's hash and the chain, in the background"));
    connect(m_verifyButton, &QPushButton::clicked, this, &HistoryView::verifyTrail);
    m_inspectButton->setObjectName(QStringLiteral("inspectSandboxButton"));
    m_inspectButton->setToolTip(tr("The sandbox the shown request's run got, as recorded when it started"));
    m_inspectButton->setEnabled(false);
    connect(m_inspectButton, &QPushButton::clicked, this, &HistoryView::inspectSandbox);

    // A push button with a menu: its arrow has room of its own, beside the text.
    auto *exportButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("E&xport"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Export the selected requests, or every matching one when none is selected"));
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Evidence Report (HTML)…"), this, [this]() { chooseExport(ExportFormat::Html); });
    exportMenu->addAction(tr("Records (JSON)…"), this, [this]() { chooseExport(ExportFormat::Json); });
    exportMenu->addAction(tr("List (CSV)…"), this, [this]() { chooseExport(ExportFormat::Csv); });
    exportMenu->addSeparator();
    exportMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print Request…"), this, &HistoryView::printDetail);
    exportMenu->addAction(tr("Save Request as &PDF…"), this, &HistoryView::chooseDetailPdf);
    exportButton->setMenu(exportMenu);

    auto *status = new QHBoxLayout;
    status->addWidget(m_matches);
    status->addWidget(m_verification, 1);
    status->addWidget(m_verifyProgress);
    status->addWidget(m_verifyButton);
    status->addWidget(m_inspectButton);
    status->addWidget(exportButton);

    m_exportNote->setObjectName(QStringLiteral("exportNote"));
    m_exportNote->setTextFormat(Qt::RichText);
    m_exportNote->setWordWrap(true);
    m_exportNote->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_exportNote->hide();
    connect(m_exportNote, &QLabel::linkActivated, this,
        [](const QString &folder) { QDesktopServices::openUrl(QUrl(folder)); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(status);
    layout->addWidget(m_exportNote);
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &HistoryView::applyFilter);
    connect(m_model, &HistoryModel::matchCountChanged, this, &HistoryView::updateMatchCount);
    updateMatchCount(-1);
}

HistoryView::~HistoryView()
{
    // Verification and exports read the trail on workers; let them end.
    const QList<QFutureWatcherBase *> running = findChildren<QFutureWatcherBase *>();
    for (QFutureWatcherBase *watcher : running)
        watcher->waitForFinished();
}

void HistoryView::buildFilterBar(QWidget *bar)
{
    auto line = [&](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(bar);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(placeholder);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, this, &HistoryView::filtersEdited);
        return edit;
    };
    m_search = line(QStringLiteral("searchEdit"), tr("Search prompts and code"));
    m_search->setAccessibleName(tr("Full-text search"));
    m_agent = line(QStringLiteral("agentEdit"), tr("Agent"));
    m_agentReference = line(QStringLiteral("agentReferenceEdit"), tr("Agent's reference (its request_id)"));
    m_reviewer = line(QStringLiteral("reviewerFilterEdit"), tr("Reviewer"));
    m_policy = line(QStringLiteral("policyEdit"), tr("Policy name or SHA-256"));
    m_input = line(QStringLiteral("inputEdit"), tr("Input file name or SHA-256"));
    // The same words as the list and the workbench (OutcomeText).
    QList<std::pair<QString, QString>> outcomes{{tr("Any decision"), QString()}};
    for (const char *id : {"approved", "overridden", "rejected", "blocked", "malformed", "withdrawn"})
        outcomes.append({OutcomeText::decision(QLatin1String(id)), QLatin1String(id)});
    m_outcome = choices(bar, QStringLiteral("outcomeFilter"), outcomes);
    m_severity = choices(bar, QStringLiteral("severityFilter"),
        {{tr("Any verdict"), QString()}, {tr("Worst: blocks"), QStringLiteral("block")},
            {tr("Worst: warning"), QStringLiteral("warn")}, {tr("Worst: information"), QStringLiteral("info")}});
    m_status = choices(bar, QStringLiteral("statusFilter"),
        {{tr("Any run"), QString()}, {OutcomeText::run(QStringLiteral("succeeded")), QStringLiteral("succeeded")},
            {OutcomeText::run(QStringLiteral("failed")), QStringLiteral("failed")},
            {OutcomeText::run(QStringLiteral("timed_out")), QStringLiteral("timed_out")},
            // One status for every run ended by a kill, whoever asked for it.
            {tr("Killed, stopped or withdrawn"), QStringLiteral("killed")},
            {OutcomeText::notRecorded(), QStringLiteral("interrupted")}});
    // Training runs stay out of the evidence unless the reviewer asks for them.
    m_scenarios = choices(bar, QStringLiteral("scenarioFilter"),
        {{tr("Real requests"), QStringLiteral("exclude")}, {tr("Real and training"), QStringLiteral("include")},
            {tr("Training scenarios only"), QStringLiteral("only")}});
    m_outcome->setAccessibleName(tr("Decision"));
    m_severity->setAccessibleName(tr("Worst verdict"));
    m_status->setAccessibleName(tr("Run status"));
    m_scenarios->setAccessibleName(tr("Training scenarios"));
    for (QComboBox *box : {m_outcome, m_severity, m_status, m_scenarios})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryView::filtersEdited);

    auto date = [&](const QString &name, const QString &label, QCheckBox **check, QDateEdit **edit) {
        *check = new QCheckBox(label, bar);
        (*check)->setObjectName(name + QStringLiteral("Check"));
        *edit = new QDateEdit(QDate::currentDate(), bar);
        (*edit)->setObjectName(name);
        (*edit)->setCalendarPopup(true);
        (*edit)->setEnabled(false);
        connect(*check, &QCheckBox::toggled, *edit, &QWidget::setEnabled);
        connect(*check, &QCheckBox::toggled, this, &HistoryView::filtersEdited);
        connect(*edit, &QDateEdit::dateChanged, this, &HistoryView::filtersEdited);
    };
    date(QStringLiteral("sinceEdit"), tr("Fro&m"), &m_useSince, &m_since);
    date(QStringLiteral("untilEdit"), tr("Unti&l"), &m_useUntil, &m_until);

    auto *clear = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-clear")), tr("Cl&ear Filters"), bar);
    clear->setObjectName(QStringLiteral("clearFilters"));
    connect(clear, &QPushButton::clicked, this, [this]() {
        for (QLineEdit *e : {m_search, m_agent, m_agentReference, m_reviewer, m_policy, m_input})
            e->clear();
        for (QComboBox *b : {m_outcome, m_severity, m_status, m_scenarios})
            b->setCurrentIndex(0);
        m_useSince->setChecked(false);
        m_useUntil->setChecked(false);
    });

    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    first->addWidget(m_search, 3);
    first->addWidget(m_agentReference, 1);
    first->addWidget(m_useSince);
    first->addWidget(m_since);
    first->addWidget(m_useUntil);
    first->addWidget(m_until);
    first->addWidget(clear);
    auto *second = new QHBoxLayout;
    second->addWidget(m_agent, 1);
    second->addWidget(m_reviewer, 1);
    second->addWidget(m_outcome);
    second->addWidget(m_severity);
    second->addWidget(m_status);
    second->addWidget(m_scenarios);
    second->addWidget(m_policy, 1);
    second->addWidget(m_input, 2);
    layout->addLayout(first);
    layout->addLayout(second);
}

bool HistoryView::openTrail(const QString &path, QString *error, bool live)
{
    QString why;
    m_mode = live ? AuditTrail::Mode::ReadOnlyLive : AuditTrail::Mode::ReadOnly;
    std::unique_ptr<AuditTrail> trail = AuditTrail::open(path, m_mode, &why);
    m_model->setTrail(nullptr);
    m_trail = std::move(trail);
    m_detail->clear();
    m_shownRun = {};
    m_inspectButton->setEnabled(false);
    if (!m_trail) {
        m_matches->setText(tr("The audit trail could not be opened: %1").arg(why));
        if (error)
            *error = why;
        return false;
    }
    m_model->setTrail(m_trail.get());
    applyFilter();
    showLastVerification();
    return true;
}

QString HistoryView::trailPath() const
{
    return m_trail ? m_trail->path() : QString();
}

void HistoryView::refresh()
{
    if (!m_trail)
        return;
    const QString current = m_list->currentIndex().data(HistoryModel::RequestIdRole).toString();
    m_model->refresh();
    if (!m_verifying)
        showLastVerification();
    // Keep the reviewer's place when it is still loaded.
    for (int row = 0; row < m_model->loadedRows(); ++row) {
        if (m_model->summary(row).requestId == current) {
            m_list->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
}

AuditTrail::Filter HistoryView::currentFilter() const
{
    AuditTrail::Filter f;
    f.search = m_search->text().trimmed();
    f.agent = m_agent->text().trimmed();
    f.agentReference = m_agentReference->text().trimmed();
    f.reviewer = m_reviewer->text().trimmed();
    f.policy = m_policy->text().trimmed();
    f.input = m_input->text().trimmed();
    f.outcome = m_outcome->currentData().toString();
    f.severity = m_severity->currentData().toString();
    f.status = m_status->currentData().toString();
    const QString scenarios = m_scenarios->currentData().toString();
    f.scenarios = scenarios == QLatin1String("only") ? AuditTrail::Filter::Scenarios::Only
        : scenarios == QLatin1String("include")      ? AuditTrail::Filter::Scenarios::Include
                                                     : AuditTrail::Filter::Scenarios::Exclude;
    // Whole local days: from the start of the first to the end of the last.
    if (m_useSince->isChecked())
        f.since = m_since->date().startOfDay();
    if (m_useUntil->isChecked())
        f.until = m_until->date().addDays(1).startOfDay();
    return f;
}

void HistoryView::filtersEdited()
{
    m_debounce->start();
}

void HistoryView::applyFilter()
{
    m_debounce->stop();
    m_model->setFilter(currentFilter());
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    else {
        m_detail->clear();
        m_shownRun = {};
        m_inspectButton->setEnabled(false);
    }
}

void HistoryView::updateMatchCount(qint64 count)
{
    if (!m_trail)
        m_matches->setText(tr("No audit trail open."));
    else if (!m_model->lastError().isEmpty())
        m_matches->setText(tr("The trail could not be read: %1").arg(m_model->lastError()));
    else
        m_matches->setText(tr("%n matching request(s)", nullptr, int(qMin<qint64>(count, INT_MAX))));
}

QString HistoryView::matchText() const
{
    return m_matches->text();
}

void HistoryView::showCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || !m_trail)
        return;
    showStory(m_model->summary(index.row()));
}

void HistoryView::showStory(const AuditTrail::Summary &summary)
{
    KSyntaxHighlighting::Repository *repository = m_repository;
    const QByteArray page = AuditExport::storyPage(
        *m_trail, summary, [repository](const QString &code) { return CodeHtml::python(repository, code); });
    m_detail->setHtml(QString::fromUtf8(page));
    // Its last run's sandbox, for the inspector.
    m_shownRun = {};
    for (const AuditTrail::Record &r : m_trail->story(summary.requestId))
        if (r.kind == QLatin1String("run_started"))
            m_shownRun = r;
    m_shownAgent = summary.agent;
    m_inspectButton->setEnabled(m_shownRun.seq > 0);
}

SandboxInspector *HistoryView::inspectSandbox()
{
    if (m_shownRun.seq == 0)
        return nullptr;
    auto *inspector = new SandboxInspector(
        m_shownRun.body, m_shownRun.requestId, m_shownAgent, m_shownRun.runId, m_shownRun.at, this);
    inspector->setAttribute(Qt::WA_DeleteOnClose);
    inspector->open();
    return inspector;
}

void HistoryView::showRecord(qint64 seq)
{
    if (!m_trail)
        return;
    const QList<AuditTrail::Record> records = m_trail->storyOfRecord(seq);
    if (records.isEmpty()) {
        Q_EMIT statusMessage(tr("Record #%1 is not in the trail (it was cut off or deleted).").arg(seq));
        return;
    }
    const QString requestId = records.constFirst().requestId;
    // Its row, when it is among those loaded; the story either way.
    for (int row = 0; row < m_model->loadedRows(); ++row) {
        if (m_model->summary(row).requestId == requestId) {
            m_list->setCurrentIndex(m_model->index(row, 0));
            Q_EMIT statusMessage(tr("Showing the request of record #%1.").arg(seq));
            return;
        }
    }
    AuditTrail::Summary summary;
    summary.requestId = requestId;
    summary.at = records.constFirst().at;
    m_list->clearSelection();
    showStory(summary);
    Q_EMIT statusMessage(tr("Showing the request of record #%1.").arg(seq));
}

QString HistoryView::detailHtml() const
{
    return m_detail->toHtml();
}

QString HistoryView::lastVerifiedKey() const
{
    // Per trail, kept in our settings: a read-only trail cannot hold it.
    const QByteArray id = QCryptographicHash::hash(trailPath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("history/lastVerified/") + QString::fromLatin1(id);
}

QJsonObject HistoryView::lastVerification() const
{
    return QJsonDocument::fromJson(QSettings().value(lastVerifiedKey()).toByteArray()).object();
}

void HistoryView::verifyTrail()
{
    startVerification({});
}

void HistoryView::verifyNewer()
{
    const QJsonObject last = lastVerification();
    if (!last.value(QStringLiteral("intact")).toBool())
        return startVerification({});
    startVerification({last.value(QStringLiteral("last_seq")).toInteger(), last.value(QStringLiteral("last_hash")).toString()});
}

void HistoryView::startVerification(const AuditTrail::Anchor &anchor)
{
    if (!m_trail || m_verifying)
        return;
    m_verifying = true;
    m_verifyButton->setEnabled(false);
    m_verifyProgress->setRange(0, 0);
    m_verifyProgress->show();
    m_verification->setText(tr("Verifying…"));
    const QString path = m_trail->path();
    QPointer<HistoryView> self(this);
    const AuditTrail::Mode mode = m_mode;
    auto *watcher = new QFutureWatcher<AuditTrail::Verification>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        m_verifying = false;
        m_verifyButton->setEnabled(true);
        m_verifyProgress->hide();
        showVerification(watcher->result());
    });
    // Its own read-only connection: a Qt SQL connection belongs to one thread.
    watcher->setFuture(QtConcurrent::run([path, self, mode, anchor]() {
        QString error;
        AuditTrail::Verification result;
        std::unique_ptr<AuditTrail> trail = AuditTrail::open(path, mode, &error);
        if (!trail) {
            result.problem = error;
            return result;
        }
        return trail->verify(
            [self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                self,
                [self, done, total]() {
                    if (!self)
                        return;
                    const int scale = total > INT_MAX ? 1000 : 1;
                    self->m_verifyProgress->setRange(0, int(total / scale));
                    self->m_verifyProgress->setValue(int(done / scale));
                },
                Qt::QueuedConnection);
            },
            anchor);
    }));
}

void HistoryView::showVerification(const AuditTrail::Verification &result)
{
    // Kept as facts, not as the sentence shown: the next look at the trail
    // says how much was verified, and how much came since.
    const QJsonObject before = lastVerification();
    const bool wentOn = result.fromSeq > 1;
    QJsonObject kept{{QStringLiteral("intact"), result.intact}, {QStringLiteral("last_seq"), result.lastSeq},
        {QStringLiteral("last_hash"), result.lastHash},
        {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("first_bad"), result.firstBad}, {QStringLiteral("bad_records"), result.badRecords},
        {QStringLiteral("problem"), result.problem},
        {QStringLiteral("full_at"),
            wentOn ? before.value(QStringLiteral("full_at")).toString()
                   : QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QSettings().setValue(lastVerifiedKey(), QJsonDocument(kept).toJson(QJsonDocument::Compact));
    showLastVerification();
    Q_EMIT statusMessage(result.intact ? tr("The audit trail is intact.") : tr("The audit trail is NOT intact."));
    Q_EMIT verified(result);
}

void HistoryView::showLastVerification()
{
    if (!m_trail)
        return;
    const QJsonObject last = lastVerification();
    if (last.isEmpty()) {
        m_firstBad = 0;
        m_verification->setText(tr("Not verified yet on this computer."));
        return;
    }
    const QLocale locale;
    const auto when = [&](const QString &key) {
        return locale.toString(QDateTime::fromString(last.value(key).toString(), Qt::ISODate).toLocalTime(),
                   QLocale::ShortFormat)
            .toHtmlEscaped();
    };
    const qint64 verified = last.value(QStringLiteral("last_seq")).toInteger();
    const qint64 now = m_trail->lastSeq();
    QString text;
    if (last.value(QStringLiteral("intact")).toBool()) {
        if (now <= verified) {
            text = tr("<b>Intact</b>: all %n record(s) verified at %1.", nullptr, int(qMin<qint64>(verified, INT_MAX)))
                       .arg(when(QStringLiteral("at")));
        } else {
            // Say what is not covered, and offer to cover it.
            text = tr("<b>Intact</b> up to record %1: verified %1 of %2 records at %3; %n newer, not yet verified. "
                      "<a href=\"#newer\">Verify the newer records</a>",
                nullptr, int(qMin<qint64>(now - verified, INT_MAX)))
                       .arg(locale.toString(verified), locale.toString(now), when(QStringLiteral("at")));
        }
        m_firstBad = 0;
    } else {
        m_firstBad = last.value(QStringLiteral("first_bad")).toInteger();
        const QString problem = last.value(QStringLiteral("problem")).toString().toHtmlEscaped();
        text = m_firstBad > 0
            ? tr("<b style=\"color:#d03030\">NOT intact</b> at %1: %n bad record(s); the first is record "
                 "<a href=\"#bad\">#%2</a>: %3",
                  nullptr, int(qMin<qint64>(last.value(QStringLiteral("bad_records")).toInteger(), INT_MAX)))
                  .arg(when(QStringLiteral("at")))
                  .arg(m_firstBad)
                  .arg(problem)
            : tr("<b style=\"color:#d03030\">NOT intact</b> at %1: %2").arg(when(QStringLiteral("at")), problem);
    }
    m_verification->setText(text);
}

QString HistoryView::verificationText() const
{
    return m_verification->text();
}

QString HistoryView::exportNoteText() const
{
    return m_exportNote->isHidden() ? QString() : m_exportNote->text();
}

QList<AuditTrail::Summary> HistoryView::exportSelection() const
{
    QList<AuditTrail::Summary> out;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        out << m_model->summary(index.row());
    return out;
}

void HistoryView::chooseExport(ExportFormat format)
{
    const QString filter = format == ExportFormat::Csv ? tr("CSV (*.csv)")
        : format == ExportFormat::Json                 ? tr("JSON (*.json)")
                                                       : tr("HTML (*.html)");
    const QString suffix = format == ExportFormat::Csv ? QStringLiteral(".csv")
        : format == ExportFormat::Json                 ? QStringLiteral(".json")
                                                       : QStringLiteral(".html");
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("history/exportFolder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), folder + QStringLiteral("/airlock-evidence") + suffix, filter);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("history/exportFolder"), QFileInfo(path).absolutePath());
    exportTo(format, path);
}

void HistoryView::exportTo(ExportFormat format, const QString &path)
{
    if (!m_trail)
        return;
    // The selection, or every match; read on a worker with its own connection.
    QList<AuditTrail::Summary> chosen = exportSelection();
    AuditTrail::Filter filter = m_model->filter();
    filter.offset = 0;
    filter.limit = std::numeric_limits<int>::max();
    const bool all = chosen.isEmpty();
    const QString trailPath = m_trail->path();
    const AuditTrail::Mode mode = m_mode;
    Q_EMIT statusMessage(tr("Exporting to %1…").arg(path));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path]() {
        watcher->deleteLater();
        const QString error = watcher->result();
        Q_EMIT statusMessage(error.isEmpty() ? tr("Exported to %1.").arg(path) : tr("Export failed: %1").arg(error));
        // Where it went stays in view, with the way to it.
        m_exportNote->setText(error.isEmpty()
                ? tr("Exported to %1. <a href=\"%2\">Open the folder</a>")
                      .arg(QDir::toNativeSeparators(path).toHtmlEscaped(),
                          QUrl::fromLocalFile(QFileInfo(path).absolutePath()).toString(QUrl::FullyEncoded).toHtmlEscaped())
                : tr("<b>The export failed</b>: %1").arg(error.toHtmlEscaped()));
        m_exportNote->show();
        Q_EMIT exportFinished(path, error);
    });
    watcher->setFuture(QtConcurrent::run([=]() -> QString {
        QString error;
        std::unique_ptr<AuditTrail> trail = AuditTrail::open(trailPath, mode, &error);
        if (!trail)
            return error;
        const QList<AuditTrail::Summary> requests = all ? trail->list(filter, &error) : chosen;
        if (!error.isEmpty())
            return error;
        QByteArray data;
        switch (format) {
        case ExportFormat::Csv:
            data = AuditExport::csv(requests);
            break;
        case ExportFormat::Json:
            data = AuditExport::json(*trail, requests);
            break;
        case ExportFormat::Html:
            data = AuditExport::html(*trail, requests, trail->verify());
            break;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            return file.errorString();
        return {};
    }));
}

QString HistoryView::saveDetailAsPdf(const QString &path)
{
    if (m_detail->document()->isEmpty())
        return tr("No request is shown.");
    QPdfWriter writer(path);
    writer.setTitle(tr("Airlock request"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15)));
    std::unique_ptr<QTextDocument> copy(m_detail->document()->clone());
    copy->print(&writer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return tr("%1 could not be written.").arg(path);
    return {};
}

void HistoryView::chooseDetailPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Request as PDF"), QDir::homePath() + QStringLiteral("/airlock-request.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = saveDetailAsPdf(path);
    Q_EMIT statusMessage(error.isEmpty() ? tr("Saved %1.").arg(path) : error);
}

void HistoryView::printDetail()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Request"));
    if (dialog.exec() == QDialog::Accepted)
        m_detail->document()->print(&printer);
}

} // namespace Airlock
