// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "codeanalyzer.h"

#include <algorithm>

#include <QFile>
#include <QJsonDocument>
#include <QTimer>

#include "canonicaltext.h"
#include "codecheck.h"
#include "hosttools.h"
#include "limitenforcement.h"
#include "policy.h"
#include "sandboxcommand.h"
#include "sandboxprocess.h"

namespace Airlock {

namespace {
const QString AnalyzerPath = QStringLiteral("/run/airlock/analyzer.py");
const QString CodePath = QStringLiteral("/run/airlock/code.py");
constexpr qint64 MiB = 1024 * 1024;
} // namespace

CodeAnalyzer::CodeAnalyzer(QObject *parent)
    : QObject(parent)
{
}

CodeAnalyzer::~CodeAnalyzer() = default;

void CodeAnalyzer::setPaths(const QString &bwrapPath, const QString &pythonPath)
{
    m_bwrap = bwrapPath;
    m_python = pythonPath;
}

bool CodeAnalyzer::isRunning() const
{
    return m_running;
}

QJsonObject CodeAnalyzer::facts() const
{
    return m_facts;
}

void CodeAnalyzer::done(const QList<Verdict> &verdicts)
{
    m_running = false;
    if (m_timeout)
        m_timeout->stop();
    if (m_process) {
        m_process->deleteLater();
        m_process = nullptr;
    }
    Q_EMIT finished(verdicts);
}

void CodeAnalyzer::start(const QByteArray &code, const Policy &policy, const QStringList &declaredNames)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_timedOut = false;
    m_facts = {};
    using S = Verdict::Severity;

    auto finishLater = [this](const QList<Verdict> &verdicts) {
        QTimer::singleShot(0, this, [this, verdicts]() { done(verdicts); });
    };
    if (code.size() > policy.maxCodeBytes) {
        // Never hand the parser more than the policy allows.
        return finishLater({{QStringLiteral("code.size"), S::Block,
            tr("The code is %1 bytes long; the policy allows at most %2, so it was not analysed.")
                .arg(code.size())
                .arg(policy.maxCodeBytes)}});
    }
    const QString bwrap = m_bwrap.isEmpty() ? HostTools::bwrap() : m_bwrap;
    const QString python = m_python.isEmpty() ? HostTools::python() : m_python;
    QString error;
    std::optional<SandboxCommand> hardened = SandboxCommand::hardenedPython(bwrap, python, &error);
    QFile script(QStringLiteral(":/airlock/sandbox/analyzer.py"));
    if (!hardened || !script.open(QIODevice::ReadOnly)) {
        return finishLater({{QStringLiteral("code.analysis"), S::Block,
            tr("The code could not be analysed: the sandbox is not available (%1).")
                .arg(error.isEmpty() ? tr("run airlockctl doctor") : error)}});
    }

    SandboxCommand &command = *hardened;
    command.addDataFile(AnalyzerPath, script.readAll());
    command.addDataFile(CodePath, code);
    command.setCommand({python, QStringLiteral("-I"), QStringLiteral("-B"), AnalyzerPath, CodePath});

    const LimitEnforcement enforcement = LimitEnforcement::detect();
    SandboxProcess::ChildSetup setup;
    setup.uid = enforcement.sandboxUid;
    setup.gid = enforcement.sandboxGid;
    // Only our own parser runs here: no process cap, which for a user without
    // a uid of the sandbox's own would count all their other processes too.
    setup.rlimits = {{
        {RLIMIT_CPU, rlim_t(policy.analysisTimeoutS + 1)},
        {RLIMIT_AS, rlim_t(2048 * MiB)},
        // bwrap writes the code and the analyzer into the sandbox itself.
        {RLIMIT_FSIZE, rlim_t(2 * policy.maxCodeBytes + 16 * MiB)},
        {RLIMIT_CORE, 0},
    }};

    m_process = new SandboxProcess(this);
    m_process->setOutputLimit(32 * MiB);
    m_process->setChildSetup(setup);
    m_timeout = m_timeout ? m_timeout : new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, m_process, [this]() {
        m_timedOut = true;
        m_process->kill();
    });
    connect(m_process, &SandboxProcess::failed, this, [this](const QString &message) {
        done({{QStringLiteral("code.analysis"), Verdict::Severity::Block,
            tr("The code could not be analysed: %1.").arg(message)}});
    });
    connect(m_process, &SandboxProcess::finished, this,
        [this, timeoutS = policy.analysisTimeoutS, policy, declaredNames, hidden = CodeCheck::hiddenCharacters(code)]() {
            if (m_timedOut || m_process->exitStatus() != QProcess::NormalExit) {
                done({{QStringLiteral("code.analysis"), Verdict::Severity::Block,
                    tr("The code could not be analysed within %n second(s); it is too large or too complex to check.",
                        nullptr, timeoutS)}});
                return;
            }
            QJsonParseError parseError{};
            const QJsonDocument doc = QJsonDocument::fromJson(m_process->standardOutput(), &parseError);
            if (m_process->exitCode() != 0 || !doc.isObject()) {
                const QString err = QString::fromUtf8(m_process->standardError()).trimmed();
                const QString last = err.section(QLatin1Char('\n'), -1);
                done({{QStringLiteral("code.analysis"), Verdict::Severity::Block,
                    tr("The code could not be analysed: %1.")
                        .arg(last.isEmpty() ? tr("the analyzer gave no report") : last.left(300))}});
                return;
            }
            // Facts quote the code (paths, names); text the trail cannot store
            // as UTF-8 is shown replaced, never dropped with the verdicts.
            m_facts = CanonicalText::withoutLoneSurrogates(doc.object());
            QList<Verdict> verdicts = CodeCheck::evaluate(m_facts, policy, declaredNames);
            // The parser takes them as it takes any text; the reviewer must not.
            verdicts += hidden;
            std::stable_sort(verdicts.begin(), verdicts.end(),
                [](const Verdict &a, const Verdict &b) { return a.line < b.line; });
            done(verdicts);
        });
    m_timeout->start(policy.analysisTimeoutS * 1000);
    m_process->start(command);
}

} // namespace Airlock
