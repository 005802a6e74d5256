// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QList>

namespace Airlock {

/**
 * Cuts a byte stream into newline-terminated messages (JSON-RPC over a
 * socket or stdio). A message longer than the cap is dropped up to its end
 * and reported once, so one hostile line cannot take all memory or stop
 * the messages after it.
 */
class LineFramer
{
public:
    explicit LineFramer(qsizetype maxLineBytes)
        : m_max(maxLineBytes)
    {
    }
    struct Line
    {
        QByteArray data;
        bool tooLong = false; ///< data is empty; the line was skipped
    };
    /// Adds @p chunk and returns every line it completed (without '\n').
    QList<Line> feed(const QByteArray &chunk);
    /// What is left unterminated (at the end of the stream).
    QByteArray pending() const { return m_buffer; }

private:
    qsizetype m_max;
    QByteArray m_buffer;
    bool m_skipping = false;
};

} // namespace Airlock
