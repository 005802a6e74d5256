// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "reviewpane.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "codeview.h"
#include "csvmodel.h"
#include "decisionrules.h"
#include "mountmodel.h"
#include "preparedrun.h"
#include "quantitytext.h"
#include "requestsession.h"
#include "severitystyle.h"
#include "terminaltext.h"
#include "verdictmodel.h"

namespace Airlock {

namespace {
constexpr int PreviewRows = 50;
constexpr qint64 PreviewBytes = 64 * 1024;
constexpr qsizetype MaxPromptShown = 4000;
constexpr qsizetype MaxCodeShown = 2 * 1024 * 1024;

QTreeView *makeList(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->header()->setStretchLastSection(true);
    return view;
}
} // namespace

ReviewPane::ReviewPane(KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : QWidget(parent)
    , m_code(new CodeView(repository, this))
    , m_verdicts(new VerdictModel(this))
    , m_mounts(new MountModel(this))
    , m_previewModel(new CsvModel(this))
    , m_title(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_state(new QLabel(this))
    , m_limits(new QLabel(this))
    , m_decisionHint(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_approve(new QPushButton(tr("&Approve…"), this))
    , m_reject(new QPushButton(tr("Re&ject…"), this))
{
    setObjectName(QStringLiteral("reviewPane"));
    m_code->setObjectName(QStringLiteral("codeView"));
    m_code->setAccessibleName(tr("Proposed code"));
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    // Ids and references are long: the title wraps rather than widen the
    // pane and push the inbox's columns out of sight.
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_prompt->setObjectName(QStringLiteral("promptLabel"));
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setMargin(6);
    m_state->setAutoFillBackground(true);
    m_limits->setObjectName(QStringLiteral("limitsLabel"));
    m_limits->setTextFormat(Qt::RichText);
    m_limits->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_decisionHint->setObjectName(QStringLiteral("decisionHint"));
    m_decisionHint->setWordWrap(true);
    m_decisionHint->setTextFormat(Qt::PlainText);

    m_verdictView = makeList(this, QStringLiteral("verdictView"), tr("Verdicts"));
    m_verdictView->setModel(m_verdicts);
    m_verdictView->header()->setSectionResizeMode(VerdictModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_verdictView->header()->setSectionResizeMode(VerdictModel::RuleColumn, QHeaderView::ResizeToContents);
    m_verdictView->header()->setSectionResizeMode(VerdictModel::LineColumn, QHeaderView::ResizeToContents);
    // Long findings wrap rather than hide behind an ellipsis.
    m_verdictView->setUniformRowHeights(false);
    m_verdictView->setWordWrap(true);
    m_verdictView->setTextElideMode(Qt::ElideNone);
    // An empty table says why it is empty.
    m_noVerdicts = new QLabel(m_verdictView->viewport());
    m_noVerdicts->setObjectName(QStringLiteral("noVerdictsLabel"));
    m_noVerdicts->setAlignment(Qt::AlignCenter);
    m_noVerdicts->setWordWrap(true);
    m_noVerdicts->setTextFormat(Qt::PlainText);
    m_noVerdicts->setForegroundRole(QPalette::PlaceholderText);
    m_verdictView->viewport()->installEventFilter(this);
    connect(m_verdictView, &QTreeView::clicked, this, &ReviewPane::showVerdict);
    connect(m_verdictView, &QTreeView::activated, this, &ReviewPane::showVerdict);

    m_mountView = makeList(this, QStringLiteral("mountView"), tr("Declared files"));
    m_mountView->setModel(m_mounts);
    m_mountView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The whole hash, for comparing with the source of the data.
    auto *copyHash = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy SHA-256"), m_mountView);
    copyHash->setObjectName(QStringLiteral("copyHashAction"));
    copyHash->setShortcut(QKeySequence::Copy);
    copyHash->setShortcutContext(Qt::WidgetShortcut);
    connect(copyHash, &QAction::triggered, this, [this]() {
        const QString hash = m_mountView->currentIndex().data(MountModel::Sha256Role).toString();
        if (!hash.isEmpty())
            QGuiApplication::clipboard()->setText(hash);
    });
    m_mountView->addAction(copyHash);
    m_mountView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_mountView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { previewMount(current); });

    m_preview = new QStackedWidget(this);
    m_preview->setObjectName(QStringLiteral("mountPreview"));
    m_previewTable = new QTableView(m_preview);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setAccessibleName(tr("First rows of the file"));
    m_previewTable->setModel(m_previewModel);
    m_previewText = new QPlainTextEdit(m_preview);
    m_previewText->setObjectName(QStringLiteral("previewText"));
    m_previewText->setReadOnly(true);
    m_previewText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewMessage = new QLabel(m_preview);
    m_previewMessage->setObjectName(QStringLiteral("previewMessage"));
    m_previewMessage->setAlignment(Qt::AlignCenter);
    m_previewMessage->setWordWrap(true);
    m_preview->addWidget(m_previewTable);
    m_preview->addWidget(m_previewText);
    m_preview->addWidget(m_previewMessage);

    auto *mounts = new QSplitter(Qt::Vertical, this);
    mounts->setObjectName(QStringLiteral("mountSplitter"));
    mounts->addWidget(m_mountView);
    mounts->addWidget(m_preview);
    // A request declares a few files; their content is what is read. Small
    // minimums, so showing this tab never squeezes the code above.
    mounts->setStretchFactor(0, 1);
    mounts->setStretchFactor(1, 4);
    m_mountView->setMinimumHeight(fontMetrics().height() * 3);
    m_preview->setMinimumHeight(fontMetrics().height() * 4);

    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(m_verdictView, tr("Ver&dicts"));
    m_tabs->addTab(mounts, tr("F&iles"));
    m_tabs->addTab(m_limits, tr("&Limits"));

    m_splitter->setObjectName(QStringLiteral("reviewSplitter"));
    m_splitter->addWidget(m_code);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")));
    m_approve->setToolTip(tr("Approve and run this request (Ctrl+Shift+A); asks for confirmation"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reject->setIcon(QIcon::fromTheme(QStringLiteral("dialog-cancel")));
    m_reject->setToolTip(tr("Reject this request (Ctrl+Shift+R); asks for confirmation"));
    connect(m_approve, &QPushButton::clicked, this, [this]() {
        if (m_session)
            Q_EMIT approveRequested(m_session);
    });
    connect(m_reject, &QPushButton::clicked, this, [this]() {
        if (m_session)
            Q_EMIT rejectRequested(m_session);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_decisionHint, 1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    layout->addWidget(m_state);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(buttons);
    refresh();
}

ReviewPane::~ReviewPane()
{
    if (m_previewWatcher)
        m_previewWatcher->waitForFinished();
}

void ReviewPane::setSession(RequestSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_shownRun.reset();
    m_shownRequest.reset();
    if (session) {
        connect(session, &RequestSession::contentChanged, this, &ReviewPane::refresh);
        connect(session, &RequestSession::stateChanged, this, &ReviewPane::refresh);
        connect(session, &RequestSession::warmChanged, this, &ReviewPane::refresh);
    }
    refresh();
    m_tabs->setCurrentIndex(0);
}

void ReviewPane::setRunsEnabled(bool enabled, const QString &reason)
{
    m_runsEnabled = enabled;
    m_runsDisabledReason = reason;
    updateButtons();
}

bool ReviewPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_verdictView->viewport() && event->type() == QEvent::Resize)
        m_noVerdicts->setGeometry(m_verdictView->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void ReviewPane::changeEvent(QEvent *event)
{
    // The state line's tint is made from the palette: light or dark.
    if (event->type() == QEvent::ApplicationPaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

Verdict ReviewPane::malformedAt(const RequestSession &session)
{
    const QByteArray shown = session.malformedContent();
    const qint64 offset = session.malformedOffset();
    Verdict v{QStringLiteral("request.malformed"), Verdict::Severity::Block, visibleText(session.error())};
    if (offset < 0)
        return v;
    // Line and column of the byte where it goes wrong, as far as it is shown.
    const QByteArray before = shown.left(offset);
    v.line = int(before.count('\n')) + 1;
    v.column = int(before.size() - before.lastIndexOf('\n'));
    if (offset >= shown.size())
        v.message = tr("%1 (byte %2: past the first %3 shown)")
                        .arg(v.message)
                        .arg(offset)
                        .arg(QuantityText::size(shown.size()));
    return v;
}

void ReviewPane::refresh()
{
    RequestSession *s = m_session;
    const Request *request = s ? s->request() : nullptr;
    if (!s) {
        m_title->setText(tr("No request selected"));
        m_prompt->setText(tr("Open a request file (Ctrl+O), drop one on the window, or place one in the inbox "
                             "folder."));
    } else if (!request) {
        m_title->setText(visibleText(s->fromAgent() ? s->origin().describe() : QFileInfo(s->sourcePath()).fileName()));
        m_prompt->setText(visibleText(s->fromAgent() ? s->origin().describe() : s->sourcePath()));
    } else {
        // Airlock's id; the agent's own request_id is only its reference.
        m_title->setText(request->agentReference().isEmpty()
                ? tr("%1 — %2").arg(visibleText(request->agent().left(200)), request->requestId())
                : tr("%1 — %2 (the agent's reference: %3)")
                      .arg(visibleText(request->agent().left(200)), request->requestId(),
                          visibleText(request->agentReference().left(200))));
        // A prompt of megabytes would freeze the label; the trail keeps it whole.
        const QString prompt = visibleText(request->prompt(), true);
        m_prompt->setText(prompt.size() > MaxPromptShown ? prompt.left(MaxPromptShown)
                    + tr("… [%n more character(s)]", nullptr, int(prompt.size() - MaxPromptShown))
                                                         : prompt);
    }
    // A malformed request has no code: what arrived is shown instead, its
    // first KiB, with the place the error is marked.
    const RequestSession *malformed
        = s && !request && s->state() == RequestSession::State::Malformed && !s->malformedContent().isEmpty() ? s
                                                                                                              : nullptr;
    // The code is set (and highlighted) once per request, not on every change of state.
    if (request != m_shownRequest || malformed != m_shownMalformed) {
        m_shownRequest = request;
        m_shownMalformed = malformed;
        QString code = request ? request->code()
            : malformed        ? visibleText(QString::fromUtf8(malformed->malformedContent()), true)
                               : QString();
        if (code.size() > MaxCodeShown) {
            // Far over any policy's limit (it is blocked); the start is enough to judge it.
            code = code.left(MaxCodeShown) + QLatin1Char('\n')
                + tr("# [%n more character(s) not shown: the code is over the policy's size limit]", nullptr,
                    int(code.size() - MaxCodeShown));
        }
        m_code->setCode(code);
    }
    QList<Verdict> verdicts = s ? s->verdicts() : QList<Verdict>();
    if (malformed)
        verdicts << malformedAt(*malformed);
    m_code->setVerdicts(verdicts);
    m_verdicts->setVerdicts(verdicts);
    m_noVerdicts->setText(!verdicts.isEmpty() || !s ? QString()
            : s->analysed()                        ? tr("No findings: the static check and the policy found nothing to "
                                                        "report.")
                                                   : tr("The static check is running…"));
    m_noVerdicts->setVisible(!m_noVerdicts->text().isEmpty());
    m_noVerdicts->setGeometry(m_verdictView->viewport()->rect());
    const PreparedRun *run = s ? s->preparedRun() : nullptr;
    if (run != m_shownRun) {
        m_shownRun = run;
        m_mounts->setRun(run);
        if (m_mounts->rowCount() > 0)
            m_mountView->setCurrentIndex(m_mounts->index(0, 0));
        // The list as tall as its few files; the rest for their content.
        if (auto *mounts = qobject_cast<QSplitter *>(m_mountView->parentWidget())) {
            const int rows = qBound(1, m_mounts->rowCount(), 4);
            const int list = m_mountView->header()->sizeHint().height() + rows * qMax(m_mountView->sizeHintForRow(0), fontMetrics().height())
                + 2 * m_mountView->frameWidth() + 4;
            const int total = qMax(mounts->height(), list * 4);
            mounts->setSizes({list, total - list});
        }
    }
    if (!run || m_mounts->rowCount() == 0) {
        m_previewMessage->setText(tr("No declared files."));
        m_preview->setCurrentWidget(m_previewMessage);
    }
    m_limits->setText(limitsHtml());

    // The overall state, in words and colour.
    QString text;
    std::optional<Verdict::Severity> tone;
    if (s) {
        switch (s->state()) {
        case RequestSession::State::Loading:
            text = s->preparedRun() ? tr("Checking the code…") : tr("Reading and staging the request…");
            break;
        case RequestSession::State::Malformed:
            text = tr("Not a valid request: %1").arg(visibleText(s->error(), true));
            tone = Verdict::Severity::Block;
            break;
        case RequestSession::State::Pending:
            if (s->isDeciding()) {
                text = tr("Recording the decision…");
            } else if (!s->error().isEmpty()) {
                // A decision that could not be recorded was not made.
                text = s->error();
                tone = Verdict::Severity::Block;
            } else if (!s->restoreProblem().isEmpty()) {
                text = s->restoreProblem();
                tone = Verdict::Severity::Block;
            } else if (!s->blocked()) {
                text = tr("Runnable: no finding blocks this request under the policy \"%1\".").arg(s->policy().name);
                tone = s->worstSeverity().value_or(Verdict::Severity::Info);
                if (tone == Verdict::Severity::Info)
                    tone.reset();
            } else if (DecisionRules::overridable(s->policy())) {
                text = tr("Needs an override: the policy \"%1\" blocks this request, but allows a reviewer to "
                          "override it with a justification.")
                           .arg(s->policy().name);
                tone = Verdict::Severity::Warn;
            } else {
                text = tr("Blocked: the policy \"%1\" blocks this request and allows no override.")
                           .arg(s->policy().name);
                tone = Verdict::Severity::Block;
            }
            // Started ahead while the analyst reads (none of the code is in it).
            if (s->isWarmReady())
                text += QLatin1Char(' ') + tr("Its sandbox is ready; the run starts as you approve.");
            else if (s->isWarm())
                text += QLatin1Char(' ') + tr("Its sandbox is being prepared.");
            break;
        case RequestSession::State::Failed:
            text = s->error().isEmpty() ? s->statusText() : tr("%1: %2").arg(s->statusText(), s->error());
            tone = Verdict::Severity::Block;
            break;
        default: {
            text = s->statusText();
            if (const auto d = s->decision())
                text = tr("%1 (decided by %2 at %3).")
                           .arg(s->statusText(), d->reviewer,
                               QLocale().toString(d->at.toLocalTime().time(), QLocale::ShortFormat));
            break;
        }
        }
    }
    if (s && !s->scenarioId().isEmpty())
        text = tr("Training scenario \"%1\": %2").arg(s->scenarioTitle(), s->scenarioNote()) + QStringLiteral("\n")
            + text;
    if (s && s->fromAgent() && s->agentGone())
        text = tr("Handed in by %1.").arg(s->origin().describe()) + QLatin1Char(' ') + RequestSession::agentGoneNotice()
            + QStringLiteral("\n") + text;
    else if (s && s->fromAgent())
        text = tr("Handed in by %1; its results go back only when you release them.").arg(s->origin().describe())
            + QStringLiteral("\n") + text;
    if (s && s->isRestored() && s->state() == RequestSession::State::Pending)
        text = tr("Still waiting for a decision from before the workbench was last closed (it arrived %1).")
                   .arg(QLocale().toString(s->arrivedAt(), QLocale::ShortFormat))
            + QStringLiteral("\n") + text;
    m_state->setText(text);
    m_state->setVisible(!text.isEmpty());
    QPalette pal = palette();
    if (tone) {
        QColor c = SeverityStyle::colour(*tone);
        pal.setColor(QPalette::Window, c.lighter(palette().color(QPalette::Window).lightness() > 128 ? 185 : 60));
    }
    m_state->setPalette(pal);
    updateButtons();
}

void ReviewPane::updateButtons()
{
    RequestSession *s = m_session;
    const bool pending = s && s->state() == RequestSession::State::Pending;
    const RequestSession::Approvability now = s ? s->approvability() : RequestSession::Approvability();
    m_reject->setEnabled(pending);
    m_approve->setEnabled(now.possible && m_runsEnabled);
    m_approve->setText(now.isOverride ? tr("&Override…") : tr("&Approve…"));
    QString hint;
    if (pending && !now.possible)
        hint = tr("This request can only be rejected.");
    else if (pending && !m_runsEnabled)
        hint = tr("Runs are disabled: %1").arg(m_runsDisabledReason);
    m_decisionHint->setText(hint);
}

QString ReviewPane::stateText() const
{
    return m_state->text();
}

void ReviewPane::showVerdict(const QModelIndex &index)
{
    const int line = index.data(VerdictModel::LineRole).toInt();
    if (line > 0)
        m_code->showLine(line);
}

ReviewPane::Preview ReviewPane::readPreview(const QString &path, const QString &name)
{
    Preview preview;
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) {
        QString error;
        preview.table = CsvTable::read(path, PreviewRows, PreviewBytes, &error);
        if (!preview.table)
            preview.message = error;
        return preview;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.message = tr("The staged copy cannot be read: %1").arg(file.errorString());
        return preview;
    }
    const QByteArray head = file.read(PreviewBytes);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(head);
    if (decoder.hasError() && head.size() < PreviewBytes) {
        preview.message = tr("Binary file: no preview.");
        return preview;
    }
    if (suffix == QLatin1String("json") && file.size() <= PreviewBytes) {
        const QJsonDocument doc = QJsonDocument::fromJson(head);
        if (!doc.isNull())
            text = QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    }
    if (file.size() > PreviewBytes)
        text
            += QLatin1Char('\n') + tr("[… only the first %1 are shown]").arg(QuantityText::size(PreviewBytes));
    preview.text = text;
    return preview;
}

void ReviewPane::previewMount(const QModelIndex &index)
{
    const QString staged = index.data(MountModel::StagedPathRole).toString();
    if (!index.isValid() || staged.isEmpty()) {
        m_previewMessage->setText(index.isValid() ? tr("This file was not staged, so there is nothing to preview.")
                                                  : tr("No declared files."));
        m_preview->setCurrentWidget(m_previewMessage);
        return;
    }
    m_previewMessage->setText(tr("Reading…"));
    m_preview->setCurrentWidget(m_previewMessage);
    // The staged copy is what runs, so that is what is shown; read off the GUI thread.
    const quint64 generation = ++m_previewGeneration;
    const QString name = m_mounts->index(index.row(), MountModel::NameColumn).data().toString();
    auto *watcher = new QFutureWatcher<Preview>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation]() {
        if (generation == m_previewGeneration)
            showPreview(watcher->result());
        if (m_previewWatcher == watcher)
            m_previewWatcher = nullptr;
        watcher->deleteLater();
    });
    m_previewWatcher = watcher;
    watcher->setFuture(QtConcurrent::run(&ReviewPane::readPreview, staged, name));
}

void ReviewPane::showPreview(const Preview &preview)
{
    if (preview.table) {
        m_previewModel->setTable(*preview.table);
        m_previewTable->setToolTip(preview.table->truncated ? tr("Only the first rows are shown.") : QString());
        m_preview->setCurrentWidget(m_previewTable);
    } else if (!preview.message.isEmpty()) {
        m_previewMessage->setText(preview.message);
        m_preview->setCurrentWidget(m_previewMessage);
    } else {
        m_previewText->setPlainText(preview.text);
        m_preview->setCurrentWidget(m_previewText);
    }
}

QString ReviewPane::previewText() const
{
    if (m_preview->currentWidget() == m_previewText)
        return m_previewText->toPlainText();
    if (m_preview->currentWidget() == m_previewMessage)
        return m_previewMessage->text();
    return {};
}

QAbstractItemModel *ReviewPane::previewTable() const
{
    return m_preview->currentWidget() == m_previewTable ? m_previewModel : nullptr;
}

QString ReviewPane::limitsHtml() const
{
    const RequestSession *s = m_session;
    const PreparedRun *run = s ? s->preparedRun() : nullptr;
    if (!run)
        return tr("<p>The limits are known once the request is staged.</p>");
    const Request::Limits asked = run->request().limits();
    const Policy &p = run->policy();
    const RunLimits &applied = run->limits();
    const QLocale locale;
    auto seconds = [](qint64 s) { return QuantityText::duration(s * 1000); };
    auto bytes = [](qint64 b) { return QuantityText::size(b); };
    auto mb = [](qint64 m) { return QuantityText::size(m * 1024 * 1024); };
    auto orDefault = [](const std::optional<qint64> &v, const std::function<QString(qint64)> &f) {
        return v ? f(*v) : tr("default");
    };
    QString html = QStringLiteral("<table cellpadding=\"4\"><tr><th align=\"left\">%1</th><th align=\"right\">%2</th>"
                                  "<th align=\"right\">%3</th><th align=\"right\">%4</th></tr>")
                       .arg(tr("Limit"), tr("Requested"), tr("Applied"), tr("Policy cap"));
    auto row = [&](const QString &name, const QString &requested, const QString &used, const QString &cap) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\"><b>%3</b></td>"
                               "<td align=\"right\">%4</td></tr>")
                    .arg(name.toHtmlEscaped(), requested.toHtmlEscaped(), used.toHtmlEscaped(), cap.toHtmlEscaped());
    };
    row(tr("Time"), orDefault(asked.timeoutS, seconds), seconds(applied.timeoutMs / 1000), seconds(p.timeoutS.cap));
    row(tr("Memory"), orDefault(asked.memoryMb, mb), bytes(applied.memoryBytes), mb(p.memoryMb.cap));
    row(tr("Output per stream"), orDefault(asked.maxOutputBytes, bytes), bytes(applied.maxOutputBytes),
        bytes(p.maxOutputBytes.cap));
    row(tr("Output files"), orDefault(asked.maxArtifactMb, mb), bytes(applied.maxArtifactBytes),
        mb(p.maxArtifactMb.cap));
    row(tr("Processes"), QString(), QuantityText::limitValue(QStringLiteral("max_processes"), applied.maxProcesses),
        QuantityText::limitValue(QStringLiteral("max_processes"), p.maxProcesses));
    row(tr("Network"), run->request().network(), tr("none"), tr("none"));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace Airlock
