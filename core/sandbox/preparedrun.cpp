// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "preparedrun.h"

#include <QCoreApplication>

#include "requestcheck.h"

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::PreparedRun)
};
} // namespace

std::unique_ptr<PreparedRun> PreparedRun::prepare(const Request &request, const Policy &policy,
    const LimitEnforcement &enforcement, QString *error, const QString &keptFor)
{
    std::unique_ptr<PreparedRun> run(new PreparedRun);
    run->m_request = request;
    run->m_policy = policy;
    run->m_enforcement = enforcement;
    run->m_verdicts = RequestCheck::check(request, policy);
    run->m_limits = RunLimits::resolve(request, policy, nullptr);
    run->m_directory = keptFor.isEmpty()
        ? RunDirectory::create(enforcement.sandboxUid, enforcement.sandboxGid, error)
        : RunDirectory::createKept(keptFor, request.requestId(), enforcement.sandboxUid, enforcement.sandboxGid, error);
    if (!run->m_directory)
        return nullptr;
    InputStager::Result staged = InputStager::stage(
        request, policy, run->m_directory->inputsPath(), enforcement.sandboxUid, enforcement.sandboxGid);
    run->m_inputs = staged.inputs;
    run->m_verdicts += staged.verdicts;
    if (policy.requireTotalMemoryCap && enforcement.cgroup == LimitEnforcement::CgroupKind::None) {
        const qint64 MiB = 1024 * 1024;
        run->m_verdicts.append({QStringLiteral("limit.total-memory"), Verdict::Severity::Block,
            Tr::tr("The policy \"%1\" requires a cap on the whole sandbox's memory, and this machine offers none "
                   "to this account (no writable cgroup). Per-process limits would bound the run only at %2 MiB "
                   "(%3 processes of %4 MiB each, plus its memory file systems).")
                .arg(policy.name)
                .arg(run->m_limits.worstCaseMemoryBytes() / MiB)
                .arg(run->m_limits.processCeiling())
                .arg(run->m_limits.addressSpacePerProcess() / MiB)});
    }
    return run;
}

std::unique_ptr<PreparedRun> PreparedRun::restore(const Request &request, const Policy &policy,
    const LimitEnforcement &enforcement, const QList<Verdict> &verdicts, const QList<InputStager::Input> &inputs,
    const QString &trail, QString *inputsProblem)
{
    std::unique_ptr<PreparedRun> run(new PreparedRun);
    run->m_request = request;
    run->m_policy = policy;
    run->m_enforcement = enforcement;
    run->m_verdicts = verdicts;
    run->m_limits = RunLimits::resolve(request, policy, nullptr);
    run->m_inputs = inputs;
    QString problem;
    run->m_directory
        = RunDirectory::adoptKept(trail, request.requestId(), enforcement.sandboxUid, enforcement.sandboxGid, &problem);
    if (run->m_directory)
        problem = InputStager::adoptKept(
            run->m_inputs, run->m_directory->inputsPath(), enforcement.sandboxUid, enforcement.sandboxGid);
    else
        for (InputStager::Input &input : run->m_inputs)
            input.stagedPath.clear();
    // Without declared files there is nothing to lose; the run still needs its folder.
    if (inputs.isEmpty() && !run->m_directory) {
        problem.clear();
        run->m_directory = RunDirectory::createKept(
            trail, request.requestId(), enforcement.sandboxUid, enforcement.sandboxGid, &problem);
        if (!run->m_directory)
            problem = QCoreApplication::translate("Airlock::PreparedRun", "no run folder: %1").arg(problem);
    }
    *inputsProblem = problem;
    return run;
}

void PreparedRun::setSettled()
{
    if (m_directory)
        m_directory->setKept(false);
}

QStringList PreparedRun::declaredNames() const
{
    QStringList names;
    for (const Request::File &f : m_request.files())
        names << f.name;
    return names;
}

QList<Verdict> PreparedRun::blockingVerdicts() const
{
    QList<Verdict> out;
    for (const Verdict &v : m_verdicts)
        if (v.severity == Verdict::Severity::Block)
            out << v;
    return out;
}

} // namespace Airlock
