// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "preparedrun.h"

#include "requestcheck.h"

namespace Airlock {

std::unique_ptr<PreparedRun> PreparedRun::prepare(
    const Request &request, const Policy &policy, const LimitEnforcement &enforcement, QString *error)
{
    std::unique_ptr<PreparedRun> run(new PreparedRun);
    run->m_request = request;
    run->m_policy = policy;
    run->m_enforcement = enforcement;
    run->m_verdicts = RequestCheck::check(request, policy);
    run->m_limits = RunLimits::resolve(request, policy, nullptr);
    run->m_directory = RunDirectory::create(enforcement.sandboxUid, enforcement.sandboxGid, error);
    if (!run->m_directory)
        return nullptr;
    InputStager::Result staged = InputStager::stage(
        request, policy, run->m_directory->inputsPath(), enforcement.sandboxUid, enforcement.sandboxGid);
    run->m_inputs = staged.inputs;
    run->m_verdicts += staged.verdicts;
    return run;
}

QStringList PreparedRun::declaredNames() const
{
    QStringList names;
    for (const Request::File &f : m_request.files())
        names << f.name;
    return names;
}

} // namespace Airlock
