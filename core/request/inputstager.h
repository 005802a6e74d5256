// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QJsonObject>
#include <QList>

#include <sys/types.h>

#include "verdict.h"

namespace Airlock {

class Request;
struct Policy;

/**
 * Copies a request's declared files into a run's private folder, hashing
 * what it copies, so that what runs reads exactly what the analyst saw.
 *
 * Each file is opened without following a final symlink and without
 * blocking (a FIFO cannot stall us), must be a regular file within the
 * size caps, and is read once: the hash is of the bytes copied, not of a
 * second read that could differ.
 */
class InputStager
{
public:
    struct Input
    {
        QString name; ///< /workspace/<name>
        QString sourcePath; ///< the declared file, resolved
        QString stagedPath; ///< the private copy
        qint64 size = 0;
        QString sha256;
        QJsonObject toJson() const;
    };

    struct Result
    {
        QList<Input> inputs;
        QList<Verdict> verdicts;
    };

    /// Stages every file of @p request whose name is usable into
    /// @p inputsDir; the copies belong to @p owner/@p group when given.
    static Result stage(const Request &request, const Policy &policy, const QString &inputsDir, uid_t owner = uid_t(-1),
        gid_t group = gid_t(-1));

    /// Before a run: each staged copy still has its hash, and each declared
    /// file still has the content that was reviewed. Empty when so;
    /// otherwise a sentence naming the first file that changed.
    static QString verifyUnchanged(const QList<Input> &inputs);

    /// A request read back from the audit trail: looks for the copy of each
    /// of @p inputs (as recorded: name, size, SHA-256) kept in @p inputsDir,
    /// and sets its stagedPath when it is there, a regular file and
    /// unchanged; the copies go to @p owner/@p group when given. Empty when
    /// every copy is usable; otherwise a sentence naming the first that is not.
    static QString adoptKept(
        QList<Input> &inputs, const QString &inputsDir, uid_t owner = uid_t(-1), gid_t group = gid_t(-1));
};

} // namespace Airlock
