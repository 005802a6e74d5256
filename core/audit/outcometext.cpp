// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "outcometext.h"

#include <QCoreApplication>

#include "runresult.h"
#include "terminaltext.h"

namespace Airlock::OutcomeText {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::OutcomeText)
};
} // namespace

QString notRecorded()
{
    return Tr::tr("End not recorded");
}

QString decision(const QString &id)
{
    if (id == QLatin1String("approved"))
        return Tr::tr("Approved");
    if (id == QLatin1String("overridden"))
        return Tr::tr("Overridden");
    if (id == QLatin1String("rejected"))
        return Tr::tr("Rejected");
    if (id == QLatin1String("blocked"))
        return Tr::tr("Blocked");
    if (id == QLatin1String("malformed"))
        return Tr::tr("Malformed");
    if (id == QLatin1String("withdrawn"))
        return Tr::tr("Withdrawn by the agent");
    // From a trail written by a newer Airlock, perhaps: as it is, but harmless.
    return visibleText(id);
}

QString run(const QString &status, const QString &endReason)
{
    if (status.isEmpty())
        return {};
    if (status == QLatin1String("interrupted"))
        return notRecorded();
    if (status == QLatin1String("withdrawn"))
        return Tr::tr("Withdrawn by the agent");
    if (status == QLatin1String("withheld"))
        return Tr::tr("Withheld");
    if (status == QLatin1String("succeeded"))
        return Tr::tr("Succeeded");
    // Who ended it says more than how the process died.
    if (endReason == QLatin1String("stopped"))
        return Tr::tr("Stopped by the analyst");
    if (endReason == QLatin1String("withdrawn"))
        return Tr::tr("Withdrawn by the agent");
    if (status == QLatin1String("timed_out"))
        return Tr::tr("Timed out");
    if (status == QLatin1String("killed"))
        return endReason == QLatin1String("memory") ? Tr::tr("Killed at the memory limit") : Tr::tr("Killed");
    if (status == QLatin1String("failed"))
        return Tr::tr("Failed");
    return decision(status);
}

QString run(const RunResult &result)
{
    if (!result.recordError.isEmpty())
        return notRecorded();
    return run(RunResult::statusId(result.status), RunResult::endReasonId(result.endReason));
}

QString endReason(const QString &id)
{
    if (id == QLatin1String("exit"))
        return Tr::tr("Exit");
    if (id == QLatin1String("timeout"))
        return Tr::tr("Timeout");
    if (id == QLatin1String("memory"))
        return Tr::tr("Memory limit");
    if (id == QLatin1String("stopped"))
        return Tr::tr("Stopped by the analyst");
    if (id == QLatin1String("withdrawn"))
        return Tr::tr("Withdrawn by the agent");
    if (id == QLatin1String("killed"))
        return Tr::tr("A signal");
    if (id == QLatin1String("sandbox_error"))
        return Tr::tr("Sandbox error");
    if (id == QLatin1String("refused"))
        return Tr::tr("Refused before the start");
    if (id == QLatin1String("none") || id.isEmpty())
        return Tr::tr("Never started");
    return visibleText(id);
}

} // namespace Airlock::OutcomeText
