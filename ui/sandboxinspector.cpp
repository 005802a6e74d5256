// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "sandboxinspector.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "limitenforcement.h"
#include "preparedrun.h"
#include "quantitytext.h"
#include "requestsession.h"
#include "sandboxcommand.h"
#include "sandboxrunner.h"
#include "seccompfilter.h"
#include "terminaltext.h"

namespace Airlock {

namespace {
QString shellQuoted(const QString &s)
{
    static const QString safe = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,");
    for (const QChar c : s) {
        if (!safe.contains(c))
            return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QLatin1String("'\\''"))
                + QLatin1Char('\'');
    }
    return s.isEmpty() ? QStringLiteral("''") : s;
}

QString item(const QString &text)
{
    return QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
}
} // namespace

SandboxInspector::SandboxInspector(const RequestSession *session, QWidget *parent)
    : QDialog(parent)
    , m_plain(new QTextBrowser(this))
    , m_raw(new QPlainTextEdit(this))
{
    QString error;
    m_sandbox = session ? session->runSandbox() : QJsonObject();
    m_recorded = !m_sandbox.isEmpty();
    if (!m_recorded && session && session->preparedRun())
        m_sandbox = SandboxRunner::plan(*session->preparedRun(), {}, &error);
    const Request *request = session ? session->request() : nullptr;
    QString subject;
    if (!request)
        subject = tr("No request is selected.");
    else if (m_recorded)
        subject = tr("Request %1 from %2: the sandbox its run got, as recorded when the run started.")
                      .arg(visibleText(request->requestId()), visibleText(request->agent()));
    else
        subject = tr("Request %1 from %2: the sandbox a run would get if it were approved now (planned: "
                     "nothing has run).")
                      .arg(visibleText(request->requestId()), visibleText(request->agent()));
    build(subject,
        session && !session->preparedRun() ? tr("The sandbox is known once the request is read and staged.")
                                           : tr("The sandbox could not be described: %1").arg(error),
        session);
}

SandboxInspector::SandboxInspector(const QJsonObject &recorded, const QString &requestId, const QString &agent,
    const QString &runId, const QDateTime &at, QWidget *parent)
    : QDialog(parent)
    , m_plain(new QTextBrowser(this))
    , m_raw(new QPlainTextEdit(this))
{
    m_sandbox = recorded;
    m_recorded = true;
    build(tr("Request %1 from %2: the sandbox of its run %3, as recorded in the audit trail when the run started "
             "(%4).")
              .arg(visibleText(requestId), visibleText(agent), visibleText(runId),
                  QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)),
        tr("The audit trail holds no sandbox for this run."), nullptr);
}

void SandboxInspector::build(const QString &subject, const QString &unavailable, const RequestSession *session)
{
    setObjectName(QStringLiteral("sandboxInspector"));
    setWindowTitle(tr("Sandbox Inspector"));
    resize(900, 700);
    // Which request, and which sandbox: the one a run got or the one it would get.
    m_subject = new QLabel(subject, this);
    m_subject->setObjectName(QStringLiteral("inspectorSubject"));
    m_subject->setWordWrap(true);
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_subject->font();
    bold.setBold(true);
    m_subject->setFont(bold);

    m_plain->setObjectName(QStringLiteral("inspectorPlain"));
    m_raw->setObjectName(QStringLiteral("inspectorRaw"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    if (m_sandbox.isEmpty()) {
        m_plain->setPlainText(unavailable);
    } else {
        m_plain->setHtml(describe(m_sandbox, session));
        m_raw->setPlainText(rawText());
    }

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_plain, tr("&In Plain Language"));
    tabs->addTab(m_raw, tr("&Raw bwrap Arguments"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Arguments"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyArguments"));
    copy->setEnabled(!m_sandbox.isEmpty());
    connect(copy, &QPushButton::clicked, this, [this]() { QApplication::clipboard()->setText(rawText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_subject);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

QString SandboxInspector::subjectText() const
{
    return m_subject->text();
}

QString SandboxInspector::rawText() const
{
    QStringList words{shellQuoted(m_sandbox.value(QStringLiteral("bwrap")).toString())};
    const QJsonArray options = m_sandbox.value(QStringLiteral("options")).toArray();
    for (const QJsonValue &v : options)
        words << shellQuoted(v.toString());
    words << QStringLiteral("--");
    const QJsonArray command = m_sandbox.value(QStringLiteral("command")).toArray();
    for (const QJsonValue &v : command)
        words << shellQuoted(v.toString());
    return words.join(QLatin1Char(' '));
}

QString SandboxInspector::plainText() const
{
    return m_plain->toPlainText();
}

QString SandboxInspector::describe(const QJsonObject &sandbox, const RequestSession *session)
{
    // Walk bwrap's options and say what each does to the code's view.
    QStringList readOnly, writable, devices, unshared, environment, other;
    const QJsonArray array = sandbox.value(QStringLiteral("options")).toArray();
    QStringList o;
    for (const QJsonValue &v : array)
        o << v.toString();
    const PreparedRun *run = session ? session->preparedRun() : nullptr;
    auto sizeOfStaged = [&](const QString &target) -> QString {
        if (!run)
            return {};
        for (const InputStager::Input &input : run->inputs()) {
            if (QStringLiteral("/workspace/") + input.name == target)
                return tr(" (%1, SHA-256 %2…)").arg(QuantityText::size(input.size), input.sha256.left(12));
        }
        return {};
    };
    QString pendingSize;
    QStringList layers;
    for (int i = 0; i < o.size(); ++i) {
        const QString &opt = o.at(i);
        auto arg = [&](int n) { return o.value(i + n); };
        if (opt == QLatin1String("--ro-bind") || opt == QLatin1String("--ro-bind-try")) {
            readOnly << tr("%1 (from the host's %2)%3").arg(arg(2), arg(1), sizeOfStaged(arg(2)));
            i += 2;
        } else if (opt == QLatin1String("--bind") || opt == QLatin1String("--bind-try")) {
            writable << tr("%1 (the host's %2, writable)").arg(arg(2), arg(1));
            i += 2;
        } else if (opt == QLatin1String("--overlay-src")) {
            layers << arg(1);
            i += 1;
        } else if (opt == QLatin1String("--ro-overlay")) {
            readOnly << tr("%1: the files staged for this run, joined from the host's %2")
                            .arg(arg(1), layers.join(QLatin1String(", ")));
            if (run) {
                for (const InputStager::Input &input : run->inputs()) {
                    const QString target = arg(1) + QLatin1Char('/') + input.name;
                    readOnly << target + sizeOfStaged(target);
                }
            }
            layers.clear();
            i += 1;
        } else if (opt == QLatin1String("--as-pid-1")) {
            other << tr("the code is the sandbox's first process: no part of bubblewrap runs inside with it");
        } else if (opt == QLatin1String("--ro-bind-data")) {
            readOnly << tr("%1 (a sealed copy made for this run)").arg(arg(2));
            i += 2;
        } else if (opt == QLatin1String("--size")) {
            pendingSize = QuantityText::size(arg(1).toLongLong());
            i += 1;
        } else if (opt == QLatin1String("--perms")) {
            i += 1;
        } else if (opt == QLatin1String("--tmpfs")) {
            if (arg(1) == QLatin1String("/workspace"))
                writable << tr("%1: the working folder, empty, in memory, at most %2; what the code writes here "
                               "comes back as the run's files")
                                .arg(arg(1), pendingSize);
            else
                writable << (pendingSize.isEmpty() ? tr("%1 (empty, in memory)").arg(arg(1))
                                                   : tr("%1 (empty, in memory, at most %2)").arg(arg(1), pendingSize));
            pendingSize.clear();
            i += 1;
        } else if (opt == QLatin1String("--dev")) {
            devices << tr("%1: a minimal /dev (null, zero, random, urandom, tty)").arg(arg(1));
            i += 1;
        } else if (opt == QLatin1String("--proc")) {
            devices << tr("%1: the sandbox's own processes only").arg(arg(1));
            i += 1;
        } else if (opt.startsWith(QLatin1String("--unshare-"))) {
            unshared << opt.mid(10);
        } else if (opt == QLatin1String("--setenv")) {
            environment << QStringLiteral("%1=%2").arg(arg(1), arg(2));
            i += 2;
        } else if (opt == QLatin1String("--clearenv")) {
            other << tr("the environment is cleared: nothing of the host's is passed");
        } else if (opt == QLatin1String("--die-with-parent")) {
            other << tr("it dies with Airlock");
        } else if (opt == QLatin1String("--new-session")) {
            other << tr("a new session: it cannot type into Airlock's terminal");
        } else if (opt == QLatin1String("--cap-drop")) {
            other << tr("capabilities dropped: %1").arg(arg(1));
            i += 1;
        } else if (opt == QLatin1String("--seccomp")) {
            other << tr("a seccomp filter (see below)");
            i += 1;
        } else if (opt == QLatin1String("--dir") || opt == QLatin1String("--chdir")) {
            if (opt == QLatin1String("--dir") && arg(1) == QLatin1String("/workspace/output"))
                writable << tr("%1 (in the working folder, sharing its size)").arg(arg(1));
            i += 1;
        } else if (opt == QLatin1String("--symlink")) {
            // An input: its name in the working folder, the file read-only.
            if (arg(1).startsWith(SandboxCommand::inputsMount() + QLatin1Char('/')))
                readOnly << tr("%1, a link to %2%3").arg(arg(2), arg(1), sizeOfStaged(arg(2)));
            i += 2;
        } else if (opt == QLatin1String("--info-fd") || opt == QLatin1String("--json-status-fd")
            || opt == QLatin1String("--uid") || opt == QLatin1String("--gid") || opt == QLatin1String("--hostname")) {
            i += 1;
        }
    }
    QString h = QStringLiteral("<h3>%1</h3>").arg(tr("What the code can see").toHtmlEscaped());
    h += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Read-only:").toHtmlEscaped());
    for (const QString &s : std::as_const(readOnly))
        h += item(s);
    h += QStringLiteral("</ul><p><b>%1</b></p><ul>").arg(tr("Writable:").toHtmlEscaped());
    for (const QString &s : std::as_const(writable))
        h += item(s);
    h += QStringLiteral("</ul><p><b>%1</b></p><ul>").arg(tr("Devices and processes:").toHtmlEscaped());
    for (const QString &s : std::as_const(devices))
        h += item(s);
    h += QStringLiteral("</ul><p>%1</p>")
             .arg(tr("Nothing else of the host exists inside: no home folders, no /etc beyond what is listed, "
                     "no sockets, no other processes.")
                      .toHtmlEscaped());
    h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Isolation").toHtmlEscaped());
    h += item(tr("Own namespaces: %1").arg(unshared.join(QLatin1String(", "))));
    if (unshared.contains(QLatin1String("net")))
        h += item(tr("Network: a namespace of its own with only a loopback; no route out"));
    for (const QString &s : std::as_const(other))
        h += item(s);
    h += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("The environment the code sees").toHtmlEscaped());
    for (const QString &s : std::as_const(environment))
        h += item(s);
    h += QStringLiteral("</ul>");
    h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Limits and what enforces them").toHtmlEscaped());
    if (run) {
        const RunLimits &l = run->limits();
        const QLocale locale;
        h += item(
            tr("Time: %1 s, by a watchdog that kills the whole sandbox, and CPU-time rlimits").arg(l.timeoutMs / 1000));
        // What bounds the total here, as a number, also where no cgroup caps it.
        const bool capped = LimitEnforcement::detect().cgroup != LimitEnforcement::CgroupKind::None;
        h += item(tr("Memory: %1 per process (RLIMIT_AS %2); %3")
                      .arg(QuantityText::size(l.memoryBytes),
                          QuantityText::size(l.addressSpacePerProcess()),
                          LimitEnforcement::memoryBound(l, capped)));
        h += item(tr("Processes: %1 (cgroup pids and RLIMIT_NPROC)").arg(l.maxProcesses));
        h += item(tr("Open files: %1 per process (RLIMIT_NOFILE)").arg(l.maxOpenFiles));
        h += item(tr("Output: %1 per stream kept; the rest is counted and dropped")
                      .arg(QuantityText::size(l.maxOutputBytes)));
        h += item(tr("Files written: at most %1 files, %2 in all (tmpfs size and RLIMIT_FSIZE)")
                      .arg(l.maxArtifactFiles)
                      .arg(QuantityText::size(l.maxArtifactBytes)));
    }
    const QJsonValue uid = sandbox.value(QStringLiteral("uid"));
    h += item(uid.isNull() || uid.isUndefined() ? tr("User: the analyst's own, without any capability")
                                                : tr("User: uid %1, used by this sandbox alone").arg(uid.toInteger()));
    const QString enforcement = sandbox.value(QStringLiteral("enforcement")).toString();
    if (!enforcement.isEmpty())
        h += item(tr("As enforced for this run: %1").arg(enforcement));
    else
        h += item(tr("Cgroup: %1").arg(sandbox.value(QStringLiteral("cgroup")).toString()));
    h += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("System calls (seccomp)").toHtmlEscaped());
    for (const QString &rule : SeccompFilter::describe())
        h += item(rule);
    h += QStringLiteral("</ul>");
    return h;
}

} // namespace Airlock
