// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QString>

#include "uniquefd.h"

namespace Airlock {

/**
 * How code reaches a sandbox that is already running: the host keeps one
 * end of a Unix socket pair, the sandbox's process waits on the other, and
 * the code arrives in one message — the byte "g" with a sealed in-memory
 * file holding the code. Until that message is sent, the code exists
 * nowhere the sandbox can reach, so a sandbox can be started (and libraries
 * imported in it) while the analyst still reviews.
 *
 * Sending never blocks and never raises SIGPIPE: a sandbox that has gone
 * away makes send() fail with a message.
 */
class CodeHandover
{
public:
    /// A connected pair: first the host's end, second the sandbox's. Both
    /// close on exec; the sandbox's is handed to bwrap on purpose.
    static bool socketPair(UniqueFd *host, UniqueFd *sandbox, QString *error);
    /// A sealed, anonymous in-memory file holding @p data, at its start;
    /// invalid when it could not be made.
    static UniqueFd sealedFile(const char *name, const QByteArray &data);
    /// Sends "g" and @p code (as a sealed file) on @p hostEnd.
    static bool send(int hostEnd, const QByteArray &code, QString *error);
};

} // namespace Airlock
