// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include "doctor.h"
#include "hosttools.h"
#include "limitenforcement.h"
#include "policy.h"
#include "runlimits.h"
#include "sandboxcommand.h"

using Airlock::Doctor;
using Airlock::DoctorCheck;
using Airlock::DoctorReport;
using Airlock::LimitEnforcement;
using Airlock::Policy;
using Airlock::RunLimits;
using Status = DoctorCheck::Status;

namespace {
const QStringList SandboxCheckIds = {
    QStringLiteral("sandbox.starts"),
    QStringLiteral("python.runtime"),
    QStringLiteral("network.interfaces"),
    QStringLiteral("network.connect"),
    QStringLiteral("env.allow-list"),
    QStringLiteral("env.secret"),
    QStringLiteral("fs.host-paths"),
    QStringLiteral("fs.mountinfo"),
    QStringLiteral("fs.read-only"),
    QStringLiteral("fd.inherited"),
    QStringLiteral("caps.none"),
    QStringLiteral("userns.disabled"),
    QStringLiteral("seccomp.supervisor"),
};

DoctorReport runDoctor(const Doctor::Options &options = {})
{
    Doctor doctor;
    doctor.setOptions(options);
    QSignalSpy spy(&doctor, &Doctor::finished);
    doctor.start();
    if (!spy.wait(120000))
        qFatal("the doctor did not finish");
    return spy.constFirst().constFirst().value<DoctorReport>();
}
} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realSandboxPassesEveryRequiredCheck()
    {
        const DoctorReport report = runDoctor();
        const QString text = report.toText();
        QVERIFY2(report.ready(), qPrintable(text));
        QVERIFY(report.find(QStringLiteral("bwrap.found")));
        QCOMPARE(report.find(QStringLiteral("bwrap.found"))->status, Status::Passed);
        QCOMPARE(report.find(QStringLiteral("bwrap.version"))->status, Status::Passed);
        for (const QString &id : SandboxCheckIds) {
            const DoctorCheck *check = report.find(id);
            QVERIFY2(check, qPrintable(id));
            QVERIFY2(check->status == Status::Passed, qPrintable(id + QLatin1String(": ") + check->detail));
        }
        const DoctorCheck *limits = report.find(QStringLiteral("limits.enforcement"));
        QVERIFY(limits);
        QCOMPARE(limits->status, Status::Info);
        // What a run's total memory comes to here, as a number.
        const bool capped = LimitEnforcement::detect().cgroup != LimitEnforcement::CgroupKind::None;
        const QString bound = LimitEnforcement::memoryBound(RunLimits::atCaps(Policy::defaultPolicy()), capped);
        QVERIFY2(bound.contains(QLatin1String(" MiB")), qPrintable(bound));
        QVERIFY2(limits->detail.contains(bound), qPrintable(limits->detail));
        // The filter is really installed and refuses an internet socket.
        const DoctorCheck *seccomp = report.find(QStringLiteral("seccomp.active"));
        QVERIFY(seccomp);
        QCOMPARE(seccomp->status, Status::Passed);
        QVERIFY(seccomp->required);
        QVERIFY2(seccomp->detail.contains(QLatin1String("Seccomp: 2")), qPrintable(seccomp->detail));
        QVERIFY2(seccomp->detail.contains(QLatin1String("EAFNOSUPPORT")), qPrintable(seccomp->detail));
        // The calls that reach into another process are the filter's to refuse.
        const DoctorCheck *supervisor = report.find(QStringLiteral("seccomp.supervisor"));
        QVERIFY2(supervisor->detail.contains(QLatin1String("pidfd_getfd")), qPrintable(supervisor->detail));
        // The mount table was looked at, for the user's home among others.
        const DoctorCheck *mounts = report.find(QStringLiteral("fs.mountinfo"));
        QVERIFY(mounts->required);
        QVERIFY2(mounts->detail.contains(QDir::homePath()), qPrintable(mounts->detail));
        // The planted secret is gone again from our own environment.
        QVERIFY(!qEnvironmentVariableIsSet("AIRLOCK_PROBE_SECRET"));
    }

    void missingBwrapFailsEverySandboxCheck()
    {
        const DoctorReport report = runDoctor({QStringLiteral("/nonexistent/bwrap"), {}, 60000});
        QVERIFY(!report.ready());
        QCOMPARE(report.find(QStringLiteral("bwrap.found"))->status, Status::Failed);
        for (const QString &id : SandboxCheckIds)
            QCOMPARE(report.find(id)->status, Status::Failed);
        QVERIFY(report.summary().contains(QLatin1String("bwrap.found")));
        QVERIFY(
            report.toJson().value(QStringLiteral("failing")).toArray().contains(QStringLiteral("network.interfaces")));
    }

    void aProgramThatIsNotBwrapNeverPasses()
    {
        // /bin/true accepts anything and sandboxes nothing.
        const DoctorReport report
            = runDoctor({Airlock::HostTools::findSystemProgram(QStringLiteral("true")), {}, 60000});
        QVERIFY(!report.ready());
        QCOMPARE(report.find(QStringLiteral("bwrap.version"))->status, Status::Failed);
        QCOMPARE(report.find(QStringLiteral("sandbox.starts"))->status, Status::Failed);
        for (const QString &id : SandboxCheckIds)
            QVERIFY2(report.find(id)->status != Status::Passed, qPrintable(id));
    }

    void probeOutsideAnySandboxFails()
    {
        // The same probe run directly on the host, with a secret in its
        // environment and a stray descriptor: the host-side judgement must see
        // through it.
        const QString script = QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/sandbox/doctor_probe.py");
        Doctor::ProbeContext ctx;
        ctx.secretName = QStringLiteral("AIRLOCK_PROBE_SECRET");
        ctx.secretValue = QStringLiteral("0123456789abcdef");
        ctx.hiddenPaths = {QStringLiteral("/usr"), QStringLiteral("/etc/hostname")};
        ctx.mountHidden = {QStringLiteral(" /proc ")};
        for (const auto &pair :
            Airlock::SandboxCommand::pythonRuntime(QStringLiteral("/usr/bin/python3")).visibleEnvironment())
            ctx.allowedEnvironment << pair.first;

        QProcess host;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(ctx.secretName, ctx.secretValue);
        host.setProcessEnvironment(env);
        // No connection attempt from the host itself: nothing may leave here.
        host.start(Airlock::HostTools::python(),
            QStringList{QStringLiteral("-I"), script, QStringLiteral("--no-connect")} + ctx.hiddenPaths);
        QVERIFY(host.waitForFinished(60000));
        QCOMPARE(host.exitCode(), 0);
        const QJsonObject probe = QJsonDocument::fromJson(host.readAllStandardOutput()).object();
        QVERIFY(!probe.isEmpty());

        const QList<DoctorCheck> checks = Doctor::evaluateProbe(probe, ctx);
        auto status = [&](const QString &id) {
            for (const DoctorCheck &c : checks)
                if (c.id == id)
                    return c.status;
            return Status::Info;
        };
        QCOMPARE(status(QStringLiteral("env.secret")), Status::Failed);
        QCOMPARE(status(QStringLiteral("env.allow-list")), Status::Failed);
        QCOMPARE(status(QStringLiteral("fs.host-paths")), Status::Failed);
        QCOMPARE(status(QStringLiteral("network.connect")), Status::Failed);
        QCOMPARE(status(QStringLiteral("seccomp.active")), Status::Failed);
        QCOMPARE(status(QStringLiteral("seccomp.supervisor")), Status::Failed);
        QCOMPARE(status(QStringLiteral("fs.mountinfo")), Status::Failed);
    }

    void evaluatingGarbageFailsEverything()
    {
        Doctor::ProbeContext ctx;
        ctx.secretName = QStringLiteral("AIRLOCK_PROBE_SECRET");
        ctx.secretValue = QStringLiteral("x1");
        ctx.hiddenPaths = {QStringLiteral("/root")};
        const QList<DoctorCheck> checks = Doctor::evaluateProbe(QJsonObject{{QStringLiteral("unexpected"), 1}}, ctx);
        for (const DoctorCheck &c : checks)
            QVERIFY2(c.status != Status::Passed, qPrintable(c.id));
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
