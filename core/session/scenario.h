// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "policy.h"

namespace Airlock {

struct RunResult;

/**
 * A bundled trainer scenario (`airlock.scenario/v1`, resources/scenarios):
 * a request with its input files, a teaching note, the layer that stops it
 * and the outcome it must have. A hostile scenario that suddenly succeeds
 * fails its expectation, in the tests and in `airlockctl demo`.
 */
struct Scenario
{
    QString id;
    QString title;
    QString kind; ///< "benign" or "hostile"
    QString note; ///< for the trainer
    QString stoppedBy; ///< the layer that stops it; empty for benign ones
    bool caughtStatically = false;
    QString requestFile; ///< relative to the scenario's folder
    QStringList files; ///< every file of the scenario, relative
    QJsonObject expect;

    bool hostile() const { return kind == QLatin1String("hostile"); }
    /// How its run should end, in the words the run pane uses ("Timed out").
    QString expectedOutcome() const;
    /// The language the interface speaks, for the scenarios' own
    /// translations ("en", "de", "fr").
    static QString interfaceLanguage();
    /// What in @p result differs from the expectation; empty when it holds.
    QStringList mismatches(const RunResult &result) const;

    /// Every bundled scenario, in teaching order.
    static QList<Scenario> all(QString *error = nullptr);
    static std::optional<Scenario> find(const QString &id);
    /// Copies the scenario's files into @p dir; returns the request's path.
    /// With @p runTag, the copy's request id gets it appended, so each
    /// opening is a request of its own in the audit trail.
    QString extract(const QString &dir, QString *error, const QString &runTag = {}) const;
    /// The policy scenarios are reviewed under: `training`, whose static
    /// check only warns, so the sandbox can be shown stopping the code.
    static Policy policy();
    /// Set in the host's environment while scenarios run, so the secrets
    /// scenario shows it never reaches the sandbox.
    static inline const char *const DemoSecretName = "AIRLOCK_DEMO_SECRET";
    static inline const char *const DemoSecretValue = "trainer-visible-secret-42";
};

} // namespace Airlock
