// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "codeanalyzer.h"

#include <algorithm>

#include <QFile>
#include <QJsonDocument>
#include <QTimer>

#include "canonicaltext.h"
#include "codecheck.h"
#include "codehandover.h"
#include "hosttools.h"
#include "limitenforcement.h"
#include "policy.h"
#include "quantitytext.h"
#include "sandboxcommand.h"
#include "sandboxprocess.h"
#include "warmanalyzer.h"

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
            tr("The code is %1 long; the policy allows at most %2, so it was not analysed.")
                .arg(QuantityText::size(code.size()), QuantityText::size(policy.maxCodeBytes))}});
    }
    const QString bwrap = m_bwrap.isEmpty() ? HostTools::bwrap() : m_bwrap;
    const QString python = m_python.isEmpty() ? HostTools::python() : m_python;
    m_usedWarm = false;
    if (m_warm && m_bwrap.isEmpty() && m_python.isEmpty()) {
        // One started ahead: only the code has to go.
        if (std::optional<WarmAnalyzer::Taken> taken = m_warm->take(policy.analysisTimeoutS, this)) {
            m_process = taken->process;
            watch(policy, declaredNames, code);
            if (CodeHandover::send(taken->channel.get(), code, nullptr)) {
                m_usedWarm = true;
                m_timeout->start(policy.analysisTimeoutS * 1000);
                return;
            }
            // Gone before it got the code: a fresh one, as without.
            m_process->disconnect(this);
            m_process->kill();
            m_process->deleteLater();
            m_process = nullptr;
        }
    }
    QString error;
    std::optional<SandboxCommand> hardened = command(bwrap, python, code, -1, &error);
    if (!hardened) {
        return finishLater({{QStringLiteral("code.analysis"), S::Block,
            tr("The code could not be analysed: the sandbox is not available (%1).")
                .arg(error.isEmpty() ? tr("run airlockctl doctor") : error)}});
    }
    m_process = new SandboxProcess(this);
    limit(m_process, policy.analysisTimeoutS, policy.maxCodeBytes);
    watch(policy, declaredNames, code);
    m_timeout->start(policy.analysisTimeoutS * 1000);
    m_process->start(*hardened);
}

std::optional<SandboxCommand> CodeAnalyzer::command(
    const QString &bwrap, const QString &python, const QByteArray &code, int socketFd, QString *error)
{
    std::optional<SandboxCommand> hardened = SandboxCommand::hardenedPython(bwrap, python, error);
    QFile script(QStringLiteral(":/airlock/sandbox/analyzer.py"));
    if (!hardened)
        return std::nullopt;
    if (!script.open(QIODevice::ReadOnly)) {
        *error = script.errorString();
        return std::nullopt;
    }
    hardened->addDataFile(AnalyzerPath, script.readAll());
    if (socketFd >= 0) {
        hardened->setCommand({python, QStringLiteral("-I"), QStringLiteral("-B"), AnalyzerPath,
            QStringLiteral("--socket"), QString::number(socketFd)});
    } else {
        hardened->addDataFile(CodePath, code);
        hardened->setCommand({python, QStringLiteral("-I"), QStringLiteral("-B"), AnalyzerPath, CodePath});
    }
    return hardened;
}

void CodeAnalyzer::limit(SandboxProcess *process, int timeoutS, qint64 maxCodeBytes)
{
    const LimitEnforcement enforcement = LimitEnforcement::detect();
    SandboxProcess::ChildSetup setup;
    setup.uid = enforcement.sandboxUid;
    setup.gid = enforcement.sandboxGid;
    // Only our own parser runs here: no process cap, which for a user without
    // a uid of the sandbox's own would count all their other processes too.
    setup.rlimits = {{
        {RLIMIT_CPU, rlim_t(timeoutS + 1)},
        {RLIMIT_AS, rlim_t(2048 * MiB)},
        // bwrap writes the code and the analyzer into the sandbox itself.
        {RLIMIT_FSIZE, rlim_t(2 * maxCodeBytes + 16 * MiB)},
        {RLIMIT_CORE, 0},
    }};
    process->setOutputLimit(32 * MiB);
    process->setChildSetup(setup);
}

void CodeAnalyzer::watch(const Policy &policy, const QStringList &declaredNames, const QByteArray &code)
{
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
}

} // namespace Airlock
