// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QList>

#include "verdict.h"

namespace Airlock {

class Request;
struct Policy;

/// The checks of a request's declarations against the policy that need no
/// file access: names, suffixes, counts, network, limits, code size. What
/// the files themselves are is found when they are staged.
namespace RequestCheck {

QList<Verdict> check(const Request &request, const Policy &policy);

/// Empty when @p name may appear as /workspace/<name>; otherwise why not.
QString nameProblem(const QString &name);

} // namespace RequestCheck
} // namespace Airlock
