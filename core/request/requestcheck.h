// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QList>

#include "verdict.h"

namespace Airlock {

class AuditTrail;
class Request;
struct Policy;

/// The checks of a request's declarations against the policy that need no
/// file access: names, suffixes, counts, network, limits, code size. What
/// the files themselves are is found when they are staged.
namespace RequestCheck {

QList<Verdict> check(const Request &request, const Policy &policy);

/// Empty when @p name may appear as /workspace/<name>; otherwise why not.
QString nameProblem(const QString &name);

/// What @p trail knows of the request's agent reference: a warning when the
/// same agent sent it before (`request.reference-seen`, naming Airlock's
/// ids for those requests and when), and one for each decision made on the
/// latest of them (`request.decided-before`). One place for the workbench
/// and airlockctl, called before the request is recorded.
QList<Verdict> seenBefore(const Request &request, const AuditTrail &trail);

} // namespace RequestCheck
} // namespace Airlock
