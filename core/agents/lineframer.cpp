// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "lineframer.h"

namespace Airlock {

QList<LineFramer::Line> LineFramer::feed(const QByteArray &chunk)
{
    QList<Line> lines;
    qsizetype from = 0;
    while (from < chunk.size()) {
        const qsizetype nl = chunk.indexOf('\n', from);
        const qsizetype end = nl < 0 ? chunk.size() : nl;
        if (!m_skipping) {
            m_buffer.append(chunk.constData() + from, end - from);
            if (m_buffer.size() > m_max) {
                m_buffer.clear();
                m_skipping = true;
                lines.append({{}, true});
            }
        }
        if (nl < 0)
            break;
        if (!m_skipping) {
            QByteArray data = std::move(m_buffer);
            m_buffer = QByteArray();
            if (data.endsWith('\r'))
                data.chop(1);
            if (!data.trimmed().isEmpty())
                lines.append({std::move(data), false});
        }
        m_skipping = false;
        from = nl + 1;
    }
    return lines;
}

} // namespace Airlock
