// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QString>

namespace Airlock {

/// The SHA-256 of @p data as lower-case hex: how every hash in a request,
/// a policy, a record or a run is written.
inline QString sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace Airlock
