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
    /// With @p keptFor (the audit trail the request will be recorded in),
    /// the private copies go to a kept folder that outlives the process
    /// until setSettled(): a restarted workbench finds them (RunDirectory).
    static std::unique_ptr<PreparedRun> prepare(const Request &request, const Policy &policy,
        const LimitEnforcement &enforcement, QString *error, const QString &keptFor = {});
    /// A request read back from the audit trail @p trail, with the verdicts
    /// and inputs recorded for it, and the private copies kept for it when
    /// they are still there and unchanged. Otherwise @p inputsProblem says
    /// why they are not usable, and the inputs are the recorded ones with no
    /// staged copy: it can be rejected, never run.
    static std::unique_ptr<PreparedRun> restore(const Request &request, const Policy &policy,
        const LimitEnforcement &enforcement, const QList<Verdict> &verdicts, const QList<InputStager::Input> &inputs,
        const QString &trail, QString *inputsProblem);

    const Request &request() const { return m_request; }
    const Policy &policy() const { return m_policy; }
    const QList<Verdict> &verdicts() const { return m_verdicts; }
    const RunLimits &limits() const { return m_limits; }
    const QList<InputStager::Input> &inputs() const { return m_inputs; }
    const LimitEnforcement &enforcement() const { return m_enforcement; }
    /// The host folders the sandbox's /workspace is made of (RunDirectory).
    QStringList workspaceLayers() const { return m_directory->workspaceLayers(); }
    bool blocked() const { return isBlocked(m_verdicts); }
    /// The verdicts an approval would override, in the order shown.
    QList<Verdict> blockingVerdicts() const;
    /// The static check's verdicts, which arrive after staging.
    void addVerdicts(const QList<Verdict> &verdicts) { m_verdicts += verdicts; }
    QStringList declaredNames() const;
    /// The request has its outcome: kept copies go with this object.
    void setSettled();

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
