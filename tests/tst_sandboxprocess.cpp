// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

#include "hosttools.h"
#include "sandboxcommand.h"
#include "sandboxprocess.h"

using Airlock::SandboxCommand;
using Airlock::SandboxProcess;

class TestSandboxProcess : public QObject
{
    Q_OBJECT
private:
    static SandboxCommand python(const QString &code)
    {
        const QString py = Airlock::HostTools::python();
        SandboxCommand cmd = SandboxCommand::pythonRuntime(py);
        cmd.setBwrapPath(Airlock::HostTools::bwrap());
        cmd.setCommand({py, QStringLiteral("-I"), QStringLiteral("-B"), QStringLiteral("-c"), code});
        return cmd;
    }

    static bool runToEnd(SandboxProcess &p, const SandboxCommand &cmd)
    {
        QSignalSpy finished(&p, &SandboxProcess::finished);
        p.start(cmd);
        return finished.wait(60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!Airlock::HostTools::bwrap().isEmpty(), "bwrap is required");
        QVERIFY2(!Airlock::HostTools::python().isEmpty(), "python3 under /usr is required");
    }

    void runsPythonInside()
    {
        SandboxProcess p;
        QVERIFY(runToEnd(p, python(QStringLiteral("import os, socket; print(os.getcwd(), socket.gethostname())"))));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.standardOutput(), QByteArray("/workspace airlock\n"));
        QVERIFY(!p.standardOutputTruncated());
    }

    void leaksNoDescriptor()
    {
        // Descriptors this process holds open without FD_CLOEXEC, as a
        // careless library might, must not reach the sandbox.
        const int leak = ::open("/etc/hostname", O_RDONLY);
        QVERIFY(leak >= 0);
        const int high = ::dup2(leak, 77);
        QCOMPARE(high, 77);
        SandboxProcess p;
        const bool done = runToEnd(p,
            python(QStringLiteral("import os\nfds=[]\nfor fd in range(1024):\n  try: os.fstat(fd); fds.append(fd)\n  "
                                  "except OSError: pass\nprint(fds)")));
        ::close(leak);
        ::close(high);
        QVERIFY(done);
        QCOMPARE(p.standardOutput().trimmed(), QByteArray("[0, 1, 2]"));
    }

    void optionsDoNotShowInProc1()
    {
        SandboxProcess p;
        QVERIFY(runToEnd(p,
            python(QStringLiteral("print(open('/proc/1/cmdline','rb').read().split(b'\\0')[:4]); "
                                  "print(open('/proc/1/environ','rb').read())"))));
        const QList<QByteArray> lines = p.standardOutput().split('\n');
        QVERIFY2(lines.value(0).contains("b'--args', b'3', b'--'"), lines.value(0).constData());
        // bwrap's own environment: the minimal one, nothing of ours.
        QCOMPARE(lines.value(1), QByteArray("b'PATH=/usr/bin:/bin\\x00'"));
    }

    void stdinIsEmpty()
    {
        SandboxProcess p;
        QVERIFY(runToEnd(p, python(QStringLiteral("import sys; print(repr(sys.stdin.read()))"))));
        QCOMPARE(p.standardOutput(), QByteArray("''\n"));
    }

    void outputIsCappedAndCounted()
    {
        SandboxProcess p;
        p.setOutputLimit(1000);
        QVERIFY(runToEnd(
            p, python(QStringLiteral("import sys; sys.stdout.write('x' * 3000000); sys.stderr.write('e' * 10)"))));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.standardOutput().size(), 1000);
        QVERIFY(p.standardOutputTruncated());
        QCOMPARE(p.standardOutputBytes(), 3000000);
        QCOMPARE(p.standardError(), QByteArray(10, 'e'));
        QVERIFY(!p.standardErrorTruncated());
    }

    void exitCodeComesBack()
    {
        SandboxProcess p;
        QVERIFY(runToEnd(p, python(QStringLiteral("raise SystemExit(7)"))));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 7);
    }

    void killEndsTheSandbox()
    {
        SandboxProcess p;
        QSignalSpy started(&p, &SandboxProcess::started);
        QSignalSpy finished(&p, &SandboxProcess::finished);
        p.start(python(QStringLiteral("import time; time.sleep(600)")));
        QVERIFY(started.wait(30000));
        p.kill();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!p.isRunning());
    }

    void missingBwrapFails()
    {
        SandboxCommand cmd = python(QStringLiteral("print(1)"));
        cmd.setBwrapPath(QStringLiteral("/nonexistent/bwrap"));
        SandboxProcess p;
        QSignalSpy failed(&p, &SandboxProcess::failed);
        p.start(cmd);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.constFirst().constFirst().toString().contains(QLatin1String("/nonexistent/bwrap")));
    }

    void accountingLeaksNoDescriptor()
    {
        // The keeper's report pipe stays outside, like every other descriptor.
        SandboxProcess p;
        p.setAccounting(true);
        QVERIFY(runToEnd(p,
            python(QStringLiteral("import os\nfds=[]\nfor fd in range(1024):\n  try: os.fstat(fd); fds.append(fd)\n  "
                                  "except OSError: pass\nprint(fds)"))));
        QCOMPARE(p.standardOutput().trimmed(), QByteArray("[0, 1, 2]"));
        QVERIFY(p.usage());
    }

    void accountingSeesEveryProcess()
    {
        // A grandchild, orphaned to the sandbox's pid 1, burns CPU after its
        // parent has gone: bwrap leaves without waiting for that pid 1, so
        // only the keeper's reaping sees the time.
        const QString code = QStringLiteral("import os, time\n"
                                            "def burn(s):\n"
                                            "    t = time.process_time()\n"
                                            "    while time.process_time() - t < s: pass\n"
                                            "r, w = os.pipe()\n"
                                            "if os.fork() == 0:\n"
                                            "    if os.fork() == 0:\n"
                                            "        os.close(r); burn(0.6); os._exit(0)\n"
                                            "    os._exit(0)\n"
                                            "os.close(w)\n"
                                            "os.wait()\n"
                                            "os.read(r, 1)\n"
                                            "burn(0.2)\n"
                                            "raise SystemExit(7)\n");
        SandboxProcess p;
        p.setAccounting(true);
        QVERIFY(runToEnd(p, python(code)));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 7);
        QVERIFY(p.usage());
        QVERIFY2(p.usage()->cpuUs >= 800000, QByteArray::number(p.usage()->cpuUs).constData());
        QVERIFY2(p.usage()->cpuUs < 1500000, QByteArray::number(p.usage()->cpuUs).constData());

        SandboxProcess without;
        QVERIFY(runToEnd(without, python(QStringLiteral("pass"))));
        QVERIFY(!without.usage());
    }

    void accountingSeesAPeakThatEndedAtOnce()
    {
        SandboxProcess p;
        p.setAccounting(true);
        QVERIFY(runToEnd(p, python(QStringLiteral("import os\nblock = b'x' * (100 << 20)\nos._exit(0)"))));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.usage());
        QVERIFY2(
            p.usage()->peakProcessBytes >= 100LL << 20, QByteArray::number(p.usage()->peakProcessBytes).constData());
    }

    void accountingKeepsTheSignalExit()
    {
        SandboxProcess p;
        p.setAccounting(true);
        QVERIFY(runToEnd(p, python(QStringLiteral("import os, signal; os.kill(os.getpid(), signal.SIGKILL)"))));
        // bwrap reports a killed command as 128 + the signal.
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 128 + 9);
    }

    void killStillReportsTheUsage()
    {
        SandboxProcess p;
        p.setAccounting(true);
        QSignalSpy started(&p, &SandboxProcess::started);
        QSignalSpy finished(&p, &SandboxProcess::finished);
        p.start(python(QStringLiteral("import time\n"
                                      "t = time.process_time()\n"
                                      "while time.process_time() - t < 0.5: pass\n"
                                      "print('burned', flush=True)\n"
                                      "time.sleep(600)\n")));
        QVERIFY(started.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(p.standardOutput().contains("burned"), 60000);
        p.kill();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!p.isRunning());
        // bwrap was killed, and the keeper ends the same way, after its
        // report. (The processes the kill ends are reaped unaccounted by the
        // dying pid 1: the runner's sampling counts those.)
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QVERIFY(p.usage());
        QVERIFY(p.usage()->cpuUs > 0);
    }

    void accountingWithMissingBwrapFails()
    {
        SandboxCommand cmd = python(QStringLiteral("print(1)"));
        cmd.setBwrapPath(QStringLiteral("/nonexistent/bwrap"));
        SandboxProcess p;
        p.setAccounting(true);
        QSignalSpy failed(&p, &SandboxProcess::failed);
        p.start(cmd);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.constFirst().constFirst().toString().contains(QLatin1String("/nonexistent/bwrap")));
    }

    void invalidCommandFailsWithoutStarting()
    {
        SandboxCommand cmd = python(QStringLiteral("print(1)"));
        cmd.addDir(QStringLiteral("relative/dir"));
        SandboxProcess p;
        QSignalSpy failed(&p, &SandboxProcess::failed);
        p.start(cmd);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!p.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
