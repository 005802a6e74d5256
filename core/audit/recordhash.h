// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QString>

#include <array>

#include "sha256.h"

namespace Airlock::RecordHash {

/// The hash before the first record of a chain.
inline const QString Genesis = QString(64, QLatin1Char('0'));

/// The text columns a record's hash covers, in the order it covers them:
/// kind, request_id, run_id, at, agent, reviewer, status.
constexpr int TextColumns = 7;
using Columns = std::array<QByteArray, TextColumns>;

/**
 * The record hash of SPEC §5: a domain byte (so a record hash is never
 * mistaken for another hash), the previous hash, then every stored column
 * but the sequence number, byte for byte as stored, each after its length
 * as a 32-bit big-endian number. Position is carried by the chain alone, so
 * a moved record keeps a valid hash but breaks the chain ("reordered").
 * The team trail's server computes the same (resources/postgresql).
 */
inline QString of(const QString &prevHash, const Columns &columns, const QByteArray &body)
{
    auto appendField = [](QByteArray &out, const QByteArray &field) {
        const quint32 n = quint32(field.size());
        const char len[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
        out.append(len, 4);
        out.append(field);
    };
    QByteArray data;
    data.reserve(body.size() + 512);
    data.append('\x01');
    data.append(QByteArray::fromHex(prevHash.toLatin1()));
    for (const QByteArray &column : columns)
        appendField(data, column);
    appendField(data, body);
    return sha256Hex(data);
}

} // namespace Airlock::RecordHash
