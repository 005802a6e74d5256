// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Airlock {

/**
 * Matplotlib's font cache, built once per Python runtime in a sandbox of its
 * own that runs no request's code, and handed to every run as read-only
 * files in its MPLCONFIGDIR: no chart run searches the fonts again (fc-list,
 * seconds), and no run's code can change what the next one gets.
 */
class FontCache
{
public:
    /// Where this runtime's cache lives: the user's cache folder, keyed by
    /// @p python, matplotlib's version file and the font folders.
    static QString folder(const QString &python);
    /// Builds it unless it is there. Blocks (a few seconds the first time):
    /// call it off the GUI thread. Empty when it is there or was built, or
    /// when matplotlib is not installed; otherwise why not. @p where is the
    /// cache's folder when there is a cache, empty otherwise.
    static QString ensure(const QString &bwrap, const QString &python, bool *built = nullptr, QString *where = nullptr);
    /// The files a run gets, by name; none before it is built.
    static QList<QPair<QString, QByteArray>> files(const QString &python);
    /// Where a run finds them (its MPLCONFIGDIR).
    static QString sandboxFolder() { return QStringLiteral("/tmp/matplotlib"); }

private:
    static QList<QPair<QString, QByteArray>> filesIn(const QString &folder);
    static bool isBuilt(const QString &folder);
};

} // namespace Airlock
