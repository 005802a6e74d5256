// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace Airlock {

/**
 * A folder that a run's files are written into (`--out`, Save As, the
 * demo's copies) where nothing can redirect them: the content comes from
 * the sandboxed code, the folder may be somebody else's.
 *
 * The folder is opened once, without following a link, and must be the
 * user's own and writable by nobody else; a folder others may write is
 * accepted only when it is sticky (like /tmp), and then files are only ever
 * created fresh. Each file is written through the folder's descriptor:
 * created with O_EXCL|O_NOFOLLOW, or written under a temporary name and
 * renamed into place, which replaces a name without following it. A link,
 * folder or anything else but a regular file at a name is an error that
 * names it.
 */
class OutputFolder
{
public:
    /// Opens @p path, creating it (and missing parents) when it does not
    /// exist. Returns nullptr and a translated @p error when it is unsafe.
    static std::unique_ptr<OutputFolder> open(const QString &path, QString *error);
    ~OutputFolder();

    OutputFolder(const OutputFolder &) = delete;
    OutputFolder &operator=(const OutputFolder &) = delete;

    QString path() const { return m_path; }
    /// Whether others may create names here (a sticky shared folder).
    bool isShared() const { return m_shared; }

    /// Writes @p content as @p name, a single file name in this folder.
    /// Returns false and a translated @p error naming the file otherwise.
    bool write(const QString &name, const QByteArray &content, QString *error);
    /// The folder @p name (a single name) in this one, made when missing and
    /// opened through this folder's descriptor without following a link,
    /// under the same rules as open(). nullptr and a translated @p error
    /// when it is not safe.
    std::unique_ptr<OutputFolder> subfolder(const QString &name, QString *error) const;

private:
    OutputFolder() = default;
    /// Takes @p fd, an open folder, when it is safe to write into.
    static std::unique_ptr<OutputFolder> adopt(int fd, const QString &path, QString *error);

    QString m_path;
    int m_fd = -1;
    bool m_shared = false;
};

} // namespace Airlock
