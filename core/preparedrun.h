// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QList>

#include <memory>

#include "inputstager.h"
#include "limitenforcement.h"
#include "policy.h"
#include "request.h"
#include "rundirectory.h"
#include "runlimits.h"
#include "verdict.h"

namespace Airlock {

/**
 * A request made ready for review and running: checked against the policy,
 * its inputs staged (copied, hashed) into a private run folder, its limits
 * resolved. What the reviewer sees here is what runs.
 *
 * Staging reads files: in the GUI, prepare() belongs on a worker thread.
 */
class PreparedRun
{
public:
    static std::unique_ptr<PreparedRun> prepare(
        const Request &request, const Policy &policy, const LimitEnforcement &enforcement, QString *error);

    const Request &request() const { return m_request; }
    const Policy &policy() const { return m_policy; }
    const QList<Verdict> &verdicts() const { return m_verdicts; }
    const RunLimits &limits() const { return m_limits; }
    const QList<InputStager::Input> &inputs() const { return m_inputs; }
    const LimitEnforcement &enforcement() const { return m_enforcement; }
    /// The host folders the sandbox's /workspace is made of (RunDirectory).
    QStringList workspaceLayers() const { return m_directory->workspaceLayers(); }
    bool blocked() const { return isBlocked(m_verdicts); }
    /// The static check's verdicts, which arrive after staging.
    void addVerdicts(const QList<Verdict> &verdicts) { m_verdicts += verdicts; }
    QStringList declaredNames() const;

private:
    PreparedRun() = default;
    Request m_request;
    Policy m_policy;
    QList<Verdict> m_verdicts;
    RunLimits m_limits;
    QList<InputStager::Input> m_inputs;
    LimitEnforcement m_enforcement;
    std::unique_ptr<RunDirectory> m_directory;
};

} // namespace Airlock
