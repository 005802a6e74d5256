// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "verdict.h"

namespace Airlock {

/**
 * The rules a request is held to (SPEC §2): policy as code, one JSON
 * document (`airlock.policy/v1`) whose SHA-256 goes with every verdict set.
 *
 * Loading validates the whole document and reports every problem with its
 * JSON path; an unknown key is an error, since a misspelt rule that is
 * silently ignored is a rule that does not hold.
 */
struct Policy
{
    static inline const QString Schema = QStringLiteral("airlock.policy/v1");

    /// Default and cap of one limit: a request may ask for less, never more.
    struct Limit
    {
        qint64 defaultValue = 0;
        qint64 cap = 0;
    };

    /// One problem in a policy document.
    struct Error
    {
        QString path; ///< JSON path, e.g. "limits.timeout_s.max"
        QString message; ///< translated
        QString toString() const;
    };

    enum class OverrideRule {
        Never,
        WithReason,
    };

    /// Who sends the results of an agent's request back to the agent.
    enum class ReleaseMode {
        Analyst, ///< only when the analyst releases them
        AutoWhenClean, ///< a successful run whose outputs have no scanner findings goes back unasked
    };

    QString name;
    QString description;
    QString sha256; ///< of the document's bytes
    QString sourcePath; ///< where it was loaded from; empty for the built-in default

    QStringList allowedSuffixes;
    qint64 maxFileBytes = 0;
    qint64 maxTotalInputBytes = 0;
    int maxFiles = 0;
    /// A declared file that is a symlink is accepted only when it resolves
    /// inside the request's folder, and only when this is true.
    bool allowSymlinksInsideRequestDir = false;
    /// `files.roots` (optional): the folders declared files must resolve
    /// inside, absolute and cleaned, `~` expanded. Unset, a request the
    /// analyst opened may read anywhere and an agent's request nowhere.
    std::optional<QStringList> fileRoots;

    Limit timeoutS;
    Limit maxOutputBytes;
    Limit memoryMb;
    Limit maxArtifactMb;
    int maxProcesses = 0;
    int maxOpenFiles = 0;
    int maxArtifactFiles = 0;
    qint64 tmpBytes = 0;
    /// limits.require_total_memory_cap: refuse to run where nothing caps the
    /// whole sandbox's memory (no cgroup), rather than rely on the bound
    /// that per-process limits give by construction.
    bool requireTotalMemoryCap = false;

    qint64 maxCodeBytes = 0;
    int analysisTimeoutS = 10;
    QStringList forbiddenModules; ///< "subprocess", "http.client", ...
    QStringList forbiddenCalls; ///< "os.system", "eval", "os.exec*" (fnmatch-style)
    std::optional<QStringList> allowedModules; ///< when set, nothing else may be imported
    /// Severity per static-analysis finding kind ("forbidden-module", ...).
    QHash<QString, Verdict::Severity> codeSeverity;

    OverrideRule overrideBlock = OverrideRule::Never;
    int overrideMinReasonChars = 0;
    bool rejectionRequiresReason = true;

    /// `release.mode` (optional; "analyst" when absent).
    ReleaseMode releaseMode = ReleaseMode::Analyst;

    /// The finding kinds a policy sets a severity for, all of them required.
    static QStringList codeFindingKinds();
    Verdict::Severity severityOf(const QString &kind) const;
    /// Name, SHA-256 and path: what goes with every verdict set.
    QJsonObject identity() const;

    /// Parses and validates @p document; on failure returns nothing and
    /// lists every problem in @p errors.
    static std::optional<Policy> parse(const QByteArray &document, QList<Error> *errors);
    static std::optional<Policy> load(const QString &path, QList<Error> *errors);
    /// A policy shipped with Airlock (resources/policies/NAME.json):
    /// "default", "strict" or "training".
    static Policy shipped(const QString &name);
    /// The default policy shipped with Airlock (resources/policies/default.json).
    static Policy defaultPolicy();
    /// The policy at @p path, or the shipped default when @p path is empty:
    /// what "the configured policy" means for every interface.
    static std::optional<Policy> loadOrDefault(const QString &path, QList<Error> *errors);
    /// Every problem of a policy on one line, for a message.
    static QString describe(const QList<Error> &errors);
    /// Same as defaultPolicy(); kept for code written before policy documents.
    static Policy builtIn() { return defaultPolicy(); }
};

} // namespace Airlock
