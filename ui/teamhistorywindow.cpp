// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "teamhistorywindow.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "auditexport.h"
#include "teamchainmodel.h"
#include "teamrequestmodel.h"
#include "teamtrail.h"

namespace Airlock {

namespace {
// Runs @p work on a pool thread with a connection of its own to @p location,
// then @p done on @p context's thread with what it returned, or with the
// reason it could not connect.
template<typename Result>
void onTeamTrail(const QString &location, QObject *context,
    std::function<Result(TeamTrail &team, QString *error)> work,
    std::function<void(const Result &result, const QString &error)> done)
{
    auto *watcher = new QFutureWatcher<std::pair<Result, QString>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done]() {
        const auto [result, error] = watcher->result();
        done(result, error);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([location, work]() -> std::pair<Result, QString> {
        QString error;
        std::unique_ptr<TeamTrail> team = TeamTrail::connect(location, &error);
        if (!team)
            return {Result(), error};
        Result result = work(*team, &error);
        return {result, error};
    }));
}
} // namespace

TeamHistoryWindow::TeamHistoryWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_chains(new TeamChainModel(this))
    , m_requests(new TeamRequestModel(this))
    , m_chainView(new QTableView(this))
    , m_requestView(new QTableView(this))
    , m_story(new QTextBrowser(this))
    , m_analyst(new QComboBox(this))
    , m_machine(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_verify(new QPushButton(tr("&Verify All Chains"), this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("TeamHistoryWindow"));
    for (QTableView *view : {m_chainView, m_requestView}) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setWordWrap(false);
    }
    m_chainView->setObjectName(QStringLiteral("teamChains"));
    m_chainView->setModel(m_chains);
    m_chainView->setAccessibleName(tr("Chains, one per workbench"));
    m_chainView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_requestView->setObjectName(QStringLiteral("teamRequests"));
    m_requestView->setModel(m_requests);
    m_requestView->setAccessibleName(tr("Requests of every chain, newest first"));
    m_requestView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_requestView->horizontalHeader()->setSectionResizeMode(TeamRequestModel::Prompt, QHeaderView::Stretch);
    m_story->setObjectName(QStringLiteral("teamStory"));
    m_story->setOpenLinks(false);
    m_story->setPlaceholderText(tr("Select a request to see its whole story."));
    m_analyst->setObjectName(QStringLiteral("analystFilter"));
    m_machine->setObjectName(QStringLiteral("machineFilter"));
    m_search->setObjectName(QStringLiteral("teamSearch"));
    m_search->setPlaceholderText(tr("Words in the prompt or the code"));
    m_search->setClearButtonEnabled(true);
    m_verify->setObjectName(QStringLiteral("verifyAllChains"));
    m_verify->setAutoDefault(false);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);

    auto *filters = new QHBoxLayout;
    auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    labelled(tr("&Analyst:"), m_analyst);
    labelled(tr("&Machine:"), m_machine);
    labelled(tr("&Search:"), m_search);
    filters->addStretch();
    filters->addWidget(m_verify);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chainView);
    auto *lower = new QSplitter(Qt::Horizontal, split);
    lower->addWidget(m_requestView);
    lower->addWidget(m_story);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(filters);
    layout->addWidget(split);
    setCentralWidget(central);
    // Reading order: the filters, the chains, the requests, the story.
    QWidget::setTabOrder({m_analyst, m_machine, m_search, m_verify, m_chainView, m_requestView, m_story});

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *verify = file->addAction(tr("&Verify All Chains"));
    connect(verify, &QAction::triggered, this, &TeamHistoryWindow::verifyAll);
    QAction *reload = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &TeamHistoryWindow::refresh);
    file->addSeparator();
    QAction *close = file->addAction(QIcon::fromTheme(QStringLiteral("window-close")), tr("&Close"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);

    connect(m_verify, &QPushButton::clicked, this, &TeamHistoryWindow::verifyAll);
    connect(m_analyst, &QComboBox::currentIndexChanged, this, &TeamHistoryWindow::loadRequests);
    connect(m_machine, &QComboBox::currentIndexChanged, this, &TeamHistoryWindow::loadRequests);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &TeamHistoryWindow::loadRequests);
    connect(m_requestView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TeamHistoryWindow::showStory);
    // Choosing a chain filters the requests to its workbench.
    connect(m_chainView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            const TeamTrail::Chain &c = m_chains->chains().at(current.row());
            m_analyst->setCurrentIndex(qMax(0, m_analyst->findData(c.analyst)));
            m_machine->setCurrentIndex(qMax(0, m_machine->findData(c.machine)));
        });

    if (!restoreGeometry(QSettings().value(QStringLiteral("TeamHistoryWindow/geometry")).toByteArray()))
        resize(1300, 850);
}

TeamHistoryWindow::~TeamHistoryWindow() = default;

void TeamHistoryWindow::openTeamTrail(const QString &location)
{
    m_location = location;
    setWindowTitle(tr("%1 — Team Trail (read-only)").arg(TeamTrail::displayLocation(location)));
    refresh();
}

void TeamHistoryWindow::refresh()
{
    loadChains();
    loadRequests();
}

void TeamHistoryWindow::loadChains()
{
    statusBar()->showMessage(tr("Reading the chains of %1…").arg(TeamTrail::displayLocation(m_location)));
    onTeamTrail<QList<TeamTrail::Chain>>(
        m_location, this, [](TeamTrail &team, QString *error) { return team.chains(error); },
        [this](const QList<TeamTrail::Chain> &chains, const QString &error) {
            if (!error.isEmpty()) {
                statusBar()->showMessage(tr("The team trail could not be read: %1").arg(error));
                return;
            }
            m_chains->setChains(chains);
            fillChoices();
            statusBar()->showMessage(tr("%n chain(s) in %1; nothing here writes to it.", nullptr, int(chains.size()))
                                         .arg(TeamTrail::displayLocation(m_location)));
        });
}

void TeamHistoryWindow::fillChoices()
{
    // The analysts and machines that have chains, each once, keeping the
    // current choice.
    for (auto [box, pick] : {std::pair{m_analyst, &TeamTrail::Chain::analyst}, std::pair{m_machine, &TeamTrail::Chain::machine}}) {
        const QString current = box->currentData().toString();
        QStringList names;
        for (const TeamTrail::Chain &c : m_chains->chains())
            if (!names.contains(c.*pick))
                names << c.*pick;
        names.sort(Qt::CaseInsensitive);
        const QSignalBlocker quiet(box);
        box->clear();
        box->addItem(box == m_analyst ? tr("Every analyst") : tr("Every machine"), QString());
        for (const QString &name : std::as_const(names))
            box->addItem(name, name);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    }
}

void TeamHistoryWindow::loadRequests()
{
    TeamTrail::Filter filter;
    filter.analyst = m_analyst->currentData().toString();
    filter.machine = m_machine->currentData().toString();
    filter.search = m_search->text().trimmed();
    filter.limit = 200;
    const quint64 generation = ++m_generation;
    onTeamTrail<QList<TeamTrail::Request>>(
        m_location, this, [filter](TeamTrail &team, QString *error) { return team.requests(filter, error); },
        [this, generation](const QList<TeamTrail::Request> &requests, const QString &error) {
            if (generation != m_generation)
                return; // a newer filter is on its way
            if (!error.isEmpty()) {
                statusBar()->showMessage(tr("The team trail could not be read: %1").arg(error));
                return;
            }
            m_requests->setRequests(requests);
            m_story->clear();
            Q_EMIT requestsLoaded();
        });
}

void TeamHistoryWindow::showStory()
{
    const QModelIndex current = m_requestView->currentIndex();
    if (!current.isValid())
        return;
    const AuditTrail::Summary summary = m_requests->request(current.row()).summary;
    onTeamTrail<QByteArray>(
        m_location, this,
        [summary](TeamTrail &team, QString *) {
            const AuditExport::Source source(
                [&team](const QString &id) {
                    QString ignored;
                    return team.story(id, &ignored);
                },
                [&team](const QString &sha256) { return team.artifactContent(sha256); }, team.location());
            return AuditExport::storyPage(source, summary);
        },
        [this, requestId = summary.requestId](const QByteArray &page, const QString &error) {
            const QModelIndex now = m_requestView->currentIndex();
            if (!now.isValid() || m_requests->request(now.row()).summary.requestId != requestId)
                return;
            if (!error.isEmpty())
                m_story->setPlainText(tr("The request's records could not be read: %1").arg(error));
            else
                m_story->setHtml(QString::fromUtf8(page));
        });
}

void TeamHistoryWindow::verifyAll()
{
    const QList<TeamTrail::Chain> chains = m_chains->chains();
    if (chains.isEmpty())
        return;
    statusBar()->showMessage(tr("Verifying %n chain(s)…", nullptr, int(chains.size())));
    for (const TeamTrail::Chain &c : chains) {
        m_chains->setVerification(c.chainId, std::nullopt);
        onTeamTrail<AuditTrail::Verification>(
            m_location, this,
            [chainId = c.chainId](TeamTrail &team, QString *) { return team.verify(chainId); },
            [this, chainId = c.chainId](const AuditTrail::Verification &v, const QString &error) {
                AuditTrail::Verification shown = v;
                if (!error.isEmpty()) {
                    shown.intact = false;
                    shown.problem = error;
                }
                m_chains->setVerification(chainId, shown);
                Q_EMIT chainVerified(chainId);
            });
    }
}

void TeamHistoryWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("TeamHistoryWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace Airlock
