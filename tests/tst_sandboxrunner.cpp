// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <QElapsedTimer>
#include <QProcess>

#include <memory>
#include <csignal>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

#include "codehandover.h"
#include "doctor.h"
#include "fontcache.h"
#include "hosttools.h"
#include "limitenforcement.h"
#include "policy.h"
#include "preparedrun.h"
#include "rundirectory.h"
#include "sandboxrunner.h"

using namespace Airlock;
using Status = RunResult::Status;
using End = RunResult::EndReason;

namespace {
constexpr char SalesCsv[] = "month,revenue\n2026-01,100\n2026-02,150\n2026-03,125\n";

// Processes in a pid namespace below ours that descend from this test:
// the sandboxes it started. Those of tests running alongside (ctest -j) are
// not its business. A sandbox's orphans stay below it: they are reparented
// to its pid 1, which does not finish exiting before they are gone.
QSet<int> nestedProcesses()
{
    QHash<int, int> parentOf;
    QSet<int> nested;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const int pid = entry.toInt(&ok);
        if (!ok)
            continue;
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("PPid:"))
                parentOf.insert(pid, line.mid(5).trimmed().toInt());
            else if (line.startsWith("NSpid:") && line.simplified().split(' ').size() > 2)
                nested.insert(pid);
        }
    }
    const int self = int(::getpid());
    QSet<int> ours;
    for (const int pid : std::as_const(nested)) {
        int up = parentOf.value(pid);
        for (int depth = 0; up > 1 && up != self && depth < 64; ++depth)
            up = parentOf.value(up);
        if (up == self)
            ours.insert(pid);
    }
    return ours;
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestSandboxRunner : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_requests;
    QTemporaryDir m_canary;
    QSet<int> m_baselineNested;
    QStringList m_baselineRuns;
    SandboxRunner::Options m_options;
    bool m_withoutCgroup = false; ///< run as a machine without a writable cgroup would

    /// What this machine enforces, or the same without a cgroup.
    LimitEnforcement enforcement() const
    {
        LimitEnforcement e = LimitEnforcement::detect();
        if (m_withoutCgroup) {
            e.cgroup = LimitEnforcement::CgroupKind::None;
            e.cgroupPath.clear();
            e.cgroupPidsPath.clear();
            e.cgroupCpuPath.clear();
        }
        return e;
    }

    QString baseDir() const
    {
        QString error;
        return RunDirectory::baseDirectory(&error);
    }

    /// Writes a request with @p code (and sales.csv as an input) and
    /// prepares it as the workbench does for review.
    std::unique_ptr<PreparedRun> prepare(const QString &code, const QJsonObject &limits = {})
    {
        QFile csv(m_requests.filePath(QStringLiteral("sales.csv")));
        if (!csv.exists()) {
            csv.open(QIODevice::WriteOnly);
            csv.write(SalesCsv);
            csv.close();
        }
        QJsonObject doc{{QStringLiteral("schema"), QStringLiteral("airlock.request/v1")},
            {QStringLiteral("agent"), QStringLiteral("test")}, {QStringLiteral("code"), code},
            {QStringLiteral("files"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("sales.csv")},
                    {QStringLiteral("path"), QStringLiteral("sales.csv")}}}},
            {QStringLiteral("limits"), limits}};
        Request::Error error;
        const auto request = Request::parse(QJsonDocument(doc).toJson(), m_requests.path(), &error);
        if (!request)
            qFatal("test request invalid: %s", qPrintable(error.toString()));
        QString prepareError;
        std::unique_ptr<PreparedRun> prepared
            = PreparedRun::prepare(*request, Policy::builtIn(), enforcement(), &prepareError);
        if (!prepared)
            qFatal("cannot prepare: %s", qPrintable(prepareError));
        if (prepared->blocked())
            qFatal("test request blocked: %s", qPrintable(prepared->verdicts().constFirst().message));
        return prepared;
    }

    static Decision approval(const PreparedRun &run)
    {
        return Decision::make(Decision::Outcome::Approved, QStringLiteral("tester"), {}, QStringLiteral("test"),
            run.request().codeSha256());
    }

    /// Runs @p code through the real pipeline.
    RunResult run(const QString &code, const QJsonObject &limits = {}, std::unique_ptr<PreparedRun> *keep = nullptr,
        const std::function<void()> &beforeStart = {})
    {
        std::unique_ptr<PreparedRun> prepared = prepare(code, limits);
        if (beforeStart)
            beforeStart();
        SandboxRunner runner;
        runner.setOptions(m_options);
        QSignalSpy finished(&runner, &SandboxRunner::finished);
        runner.start(prepared.get(), approval(*prepared));
        if (!finished.wait(180000))
            qFatal("the run did not finish");
        if (keep)
            *keep = std::move(prepared);
        return finished.constFirst().constFirst().value<RunResult>();
    }

    static qint64 artifactBytes(const RunResult &r)
    {
        qint64 total = 0;
        for (const auto &a : r.artifacts)
            total += a.content.size();
        return total;
    }

    void verifyHostUnharmed()
    {
        // Nothing of the sandbox lives on, double-forked daemons included.
        // The kernel reaps a whole pid namespace (a fork bomb's thousands of
        // processes) on its own time, slower on a loaded machine.
        QTRY_VERIFY_WITH_TIMEOUT((nestedProcesses() - m_baselineNested).isEmpty(), 30000);
        // Nothing outside the run changed.
        QCOMPARE(QDir(m_canary.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList{QStringLiteral("canary.txt")});
        QFile canary(m_canary.filePath(QStringLiteral("canary.txt")));
        QVERIFY(canary.open(QIODevice::ReadOnly));
        QCOMPARE(canary.readAll(), QByteArray("untouched"));
        QFile csv(m_requests.filePath(QStringLiteral("sales.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), QByteArray(SalesCsv));
        // The private run folder is gone with the run.
        QCOMPARE(QDir(baseDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), m_baselineRuns);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_requests.isValid() && m_canary.isValid());
        QFile canary(m_canary.filePath(QStringLiteral("canary.txt")));
        QVERIFY(canary.open(QIODevice::WriteOnly));
        canary.write("untouched");
        canary.close();
        m_baselineNested = nestedProcesses();
        m_baselineRuns = QDir(baseDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        qputenv("AIRLOCK_TEST_SECRET", "hunter2-do-not-leak");
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QJsonObject>("limits");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("endReason");
        QTest::addColumn<QStringList>("stdoutHas");
        QTest::addColumn<QStringList>("stdoutLacks");

        const QJsonObject none;
        const QJsonObject short2{{QStringLiteral("timeout_s"), 2}};
        const int ok = int(Status::Succeeded);
        const int exit = int(End::Exit);

        // Every probe prints what it got, so a changed outcome shows.
        const QString tryIt = QStringLiteral("import os, errno\n"
                                             "def attempt(label, fn):\n"
                                             "    try:\n"
                                             "        r = fn()\n"
                                             "        print(label, 'ALLOWED', repr(r)[:200])\n"
                                             "    except OSError as e:\n"
                                             "        print(label, 'denied', errno.errorcode.get(e.errno, e.errno))\n"
                                             "    except Exception as e:\n"
                                             "        print(label, 'denied', type(e).__name__)\n");

        // Memory files escape RLIMIT_AS: without a cgroup, 960 MiB were held
        // under a 256 MiB limit. Refused, so the bound by construction holds.
        QTest::addRow("memfd bomb")
            << tryIt
                + QStringLiteral("attempt('memfd', lambda: os.memfd_create('hoard'))\n"
                                 "def hoard():\n"
                                 "    fd = os.memfd_create('hoard')\n"
                                 "    for i in range(64): os.write(fd, b'x' * (16 * 1024 * 1024))\n"
                                 "    return os.fstat(fd).st_size\n"
                                 "attempt('hoard', hoard)\n")
            << QJsonObject{{QStringLiteral("memory_mb"), 256}} << ok << exit
            << QStringList{QStringLiteral("memfd denied EPERM"), QStringLiteral("hoard denied EPERM")}
            << QStringList{QStringLiteral("ALLOWED")};
        QTest::addRow("secret in os.environ")
            << tryIt + QStringLiteral("print(sorted(os.environ))\nprint(os.environ.get('AIRLOCK_TEST_SECRET'))\n")
            << none << ok << exit << QStringList{QStringLiteral("None")}
            << QStringList{QStringLiteral("hunter2"), QStringLiteral("AIRLOCK_TEST_SECRET")};
        QTest::addRow("secret in /proc/1/environ")
            << tryIt
                + QStringLiteral("print(open('/proc/1/environ','rb').read())\n"
                                 "print(open('/proc/1/cmdline','rb').read())\n"
                                 "import glob\n"
                                 "for p in glob.glob('/proc/[0-9]*/environ'):\n"
                                 "    attempt(p, lambda: open(p,'rb').read())\n")
            << none << ok << exit << QStringList{QStringLiteral("PATH=/usr/bin:/bin")}
            << QStringList{QStringLiteral("hunter2"), QStringLiteral("AIRLOCK_TEST_SECRET")};
        QTest::addRow("/etc/shadow") << tryIt
                + QStringLiteral("attempt('shadow', lambda: open('/etc/shadow').read())\n")
                                     << none << ok << exit << QStringList{QStringLiteral("shadow denied ENOENT")}
                                     << QStringList{QStringLiteral("ALLOWED")};
        QTest::addRow("home and /root") << tryIt
                + QStringLiteral("attempt('root', lambda: os.listdir('/root'))\n"
                                 "attempt('home', lambda: os.listdir('%1'))\n"
                                 "attempt('canary', lambda: open('%2/canary.txt','w').write('x'))\n")
                      .arg(QDir::homePath(), m_canary.path())
                                        << none << ok << exit
                                        << QStringList{QStringLiteral("root denied ENOENT"),
                                               QStringLiteral("canary denied")}
                                        << QStringList{QStringLiteral("ALLOWED")};
        QTest::addRow("writes outside output and into an input")
            << tryIt
                + QStringLiteral("attempt('input', lambda: open('/workspace/sales.csv','a').write('x'))\n"
                                 "attempt('chmod', lambda: os.chmod('/workspace/sales.csv', 0o777))\n"
                                 "attempt('usr', lambda: open('/usr/lib/evil','w'))\n"
                                 "attempt('etc', lambda: open('/etc/passwd','a'))\n"
                                 "attempt('dev', lambda: os.mknod('/dev/evil'))\n"
                                 "open('/tmp/fine.txt','w').write('ok'); print('tmp ok')\n")
            << none << ok << exit
            << QStringList{QStringLiteral("input denied EROFS"),
                   QStringLiteral("usr denied EROFS"), QStringLiteral("tmp ok")}
            << QStringList{QStringLiteral("ALLOWED")};
        QTest::addRow("network to an outside address")
            << tryIt
                + QStringLiteral("import socket\n"
                                 "attempt('tcp', lambda: socket.create_connection(('192.0.2.1', 443), timeout=2))\n"
                                 "attempt('udp', lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM))\n"
                                 "attempt('inet6', lambda: socket.socket(socket.AF_INET6))\n"
                                 "attempt('packet', lambda: socket.socket(17, socket.SOCK_RAW))\n"
                                 "attempt('netlink', lambda: socket.socket(16, socket.SOCK_RAW))\n")
            << none << ok << exit
            << QStringList{QStringLiteral("tcp denied EAFNOSUPPORT"), QStringLiteral("udp denied EAFNOSUPPORT"),
                   QStringLiteral("netlink denied EAFNOSUPPORT")}
            << QStringList{QStringLiteral("ALLOWED")};
        QTest::addRow("DNS") << tryIt
                + QStringLiteral("import socket\n"
                                 "attempt('dns', lambda: socket.getaddrinfo('example.com', 80))\n"
                                 "attempt('resolv', lambda: open('/etc/resolv.conf').read())\n")
                             << none << ok << exit
                             << QStringList{QStringLiteral("dns denied"), QStringLiteral("resolv denied ENOENT")}
                             << QStringList{QStringLiteral("ALLOWED")};
        QTest::addRow("ptrace, mount, unshare, keyctl, TIOCSTI")
            << tryIt
                + QStringLiteral("import ctypes, fcntl, termios, platform\n"
                                 "libc = ctypes.CDLL(None, use_errno=True)\n"
                                 "def call(f, *a):\n"
                                 "    r = f(*a)\n"
                                 "    if r == -1:\n"
                                 "        e = ctypes.get_errno(); raise OSError(e, os.strerror(e))\n"
                                 "    return r\n"
                                 "attempt('ptrace', lambda: call(libc.ptrace, 0, 0, 0, 0))\n"
                                 "attempt('mount', lambda: call(libc.mount, b'none', b'/tmp', b'tmpfs', 0, None))\n"
                                 "attempt('unshare-ns', lambda: os.unshare(os.CLONE_NEWNS))\n"
                                 "attempt('unshare-user', lambda: os.unshare(os.CLONE_NEWUSER))\n"
                                 "keyctl = {'x86_64': 250, 'aarch64': 219}[platform.machine()]\n"
                                 "attempt('keyctl', lambda: call(libc.syscall, keyctl, 0, 0, 0, 0, 0))\n"
                                 "attempt('tiocsti', lambda: fcntl.ioctl(1, termios.TIOCSTI, b'x'))\n"
                                 "attempt('tiocsti-high', lambda: fcntl.ioctl(1, termios.TIOCSTI | (1 << 32), b'x'))\n")
            << none << ok << exit
            << QStringList{QStringLiteral("ptrace denied EPERM"), QStringLiteral("mount denied EPERM"),
                   QStringLiteral("unshare-ns denied EPERM"), QStringLiteral("unshare-user denied EPERM"),
                   QStringLiteral("keyctl denied EPERM"), QStringLiteral("tiocsti denied EPERM")}
            << QStringList{QStringLiteral("ALLOWED")};
        QTest::addRow("infinite loop") << QStringLiteral("while True:\n    pass\n") << short2 << int(Status::TimedOut)
                                       << int(End::Timeout) << QStringList{} << QStringList{};
        QTest::addRow("sleep forever") << QStringLiteral(
            "import time\nprint('sleeping', flush=True)\ntime.sleep(10**6)\n")
                                       << short2 << int(Status::TimedOut) << int(End::Timeout)
                                       << QStringList{QStringLiteral("sleeping")} << QStringList{};
        QTest::addRow("fork bomb") << QStringLiteral("import os\n"
                                                     "while True:\n"
                                                     "    try:\n"
                                                     "        os.fork()\n"
                                                     "    except OSError:\n"
                                                     "        pass\n")
                                   << QJsonObject{{QStringLiteral("timeout_s"), 4}} << int(Status::TimedOut)
                                   << int(End::Timeout) << QStringList{} << QStringList{};
        QTest::addRow("daemon that double-forks")
            << QStringLiteral("import os, time\n"
                              "if os.fork() == 0:\n"
                              "    os.setsid()\n"
                              "    if os.fork() == 0:\n"
                              "        time.sleep(10**6)\n"
                              "    os._exit(0)\n"
                              "print('parent leaves')\n")
            << none << ok << exit << QStringList{QStringLiteral("parent leaves")} << QStringList{};
        QTest::addRow("filling /tmp") << tryIt
                + QStringLiteral("def fill():\n"
                                 "    for i in range(1000):\n"
                                 "        with open('/tmp/big%d' % i, 'wb') as f:\n"
                                 "            for j in range(8): f.write(b'x' * 1048576)\n"
                                 "attempt('tmp', fill)\n")
                                      << none << ok << exit << QStringList{QStringLiteral("tmp denied ENOSPC")}
                                      << QStringList{};
        // Numbers from 424 on are the same on every architecture; kcmp's is not.
        QTest::addRow("pidfd_open, pidfd_getfd, process_madvise, process_mrelease, kcmp")
            << tryIt
                + QStringLiteral("import ctypes, platform\n"
                                 "libc = ctypes.CDLL(None, use_errno=True)\n"
                                 "def call(nr, *a):\n"
                                 "    r = libc.syscall(ctypes.c_long(nr), *[ctypes.c_long(x) for x in a])\n"
                                 "    if r == -1:\n"
                                 "        e = ctypes.get_errno(); raise OSError(e, os.strerror(e))\n"
                                 "    return r\n"
                                 "attempt('pidfd_open', lambda: call(434, 1, 0))\n"
                                 "attempt('pidfd_open-self', lambda: os.pidfd_open(os.getpid()))\n"
                                 "attempt('pidfd_getfd', lambda: call(438, 0, 0, 0))\n"
                                 "attempt('process_madvise', lambda: call(440, 0, 0, 0, 0, 0))\n"
                                 "attempt('process_mrelease', lambda: call(448, 0, 0))\n"
                                 "kcmp = {'x86_64': 312, 'aarch64': 272}[platform.machine()]\n"
                                 "attempt('kcmp', lambda: call(kcmp, os.getpid(), os.getpid(), 0, 0, 0))\n")
            << none << ok << exit
            << QStringList{QStringLiteral("pidfd_open denied EPERM"), QStringLiteral("pidfd_open-self denied EPERM"),
                   QStringLiteral("pidfd_getfd denied EPERM"), QStringLiteral("process_madvise denied EPERM"),
                   QStringLiteral("process_mrelease denied EPERM"), QStringLiteral("kcmp denied EPERM")}
            << QStringList{QStringLiteral("ALLOWED")};
        // bwrap itself, whose descriptors and memory the code could reach,
        // is no process inside: the code is pid 1.
        QTest::addRow("no bwrap process inside")
            << QStringLiteral("import glob, os\n"
                              "for p in sorted(glob.glob('/proc/[0-9]*/cmdline')):\n"
                              "    print(p, open(p, 'rb').read().replace(b'\\0', b' '))\n"
                              "print('pid', os.getpid())\n")
            << none << ok << exit
            << QStringList{QStringLiteral("/proc/1/cmdline"), QStringLiteral("launcher.py"), QStringLiteral("pid 1\n")}
            << QStringList{QStringLiteral("bwrap")};
    }

    void hostile()
    {
        QFETCH(QString, code);
        QFETCH(QJsonObject, limits);
        QFETCH(int, status);
        QFETCH(int, endReason);
        QFETCH(QStringList, stdoutHas);
        QFETCH(QStringList, stdoutLacks);

        const RunResult r = run(code, limits);
        const QString out = QString::fromUtf8(r.stdoutData);
        const QString context = QStringLiteral("status %1/%2, stdout:\n%3\nstderr:\n%4")
                                    .arg(RunResult::statusId(r.status), RunResult::endReasonId(r.endReason), out,
                                        QString::fromUtf8(r.stderrData).right(1500));
        QVERIFY2(int(r.status) == status, qPrintable(context));
        QVERIFY2(int(r.endReason) == endReason, qPrintable(context));
        for (const QString &s : std::as_const(stdoutHas))
            QVERIFY2(out.contains(s), qPrintable(s + QLatin1String(" missing; ") + context));
        for (const QString &s : std::as_const(stdoutLacks))
            QVERIFY2(!out.contains(s), qPrintable(s + QLatin1String(" present; ") + context));
        verifyHostUnharmed();
    }

    void loopbackWhereTheHostListens()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const RunResult r = run(QStringLiteral("import socket\n"
                                               "try:\n"
                                               "    socket.create_connection(('127.0.0.1', %1), timeout=2)\n"
                                               "    print('connected')\n"
                                               "except OSError as e:\n"
                                               "    print('refused', e.errno)\n")
                                    .arg(server.serverPort()));
        QCOMPARE(r.status, Status::Succeeded);
        QVERIFY2(r.stdoutData.startsWith("refused"), r.stdoutData.constData());
        QTest::qWait(0);
        QVERIFY(!server.hasPendingConnections());
        // The attempt is in the self-reported events, marked blocked.
        const QJsonArray attempts = r.events.value(QStringLiteral("network_attempts")).toArray();
        QVERIFY(!attempts.isEmpty());
        QVERIFY(attempts.at(0).toObject().value(QStringLiteral("blocked")).toBool());
        verifyHostUnharmed();
    }

    void hostAbstractUnixSocket()
    {
        QLocalServer server;
        server.setSocketOptions(QLocalServer::AbstractNamespaceOption);
        const QString name = QStringLiteral("airlock-test-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(server.listen(name));
        const RunResult r = run(QStringLiteral("import socket\n"
                                               "s = socket.socket(socket.AF_UNIX)\n"
                                               "try:\n"
                                               "    s.connect('\\0%1')\n"
                                               "    print('connected')\n"
                                               "except OSError as e:\n"
                                               "    print('refused', e.errno)\n")
                                    .arg(name));
        QCOMPARE(r.status, Status::Succeeded);
        QVERIFY2(r.stdoutData.startsWith("refused"), r.stdoutData.constData());
        QVERIFY(!server.hasPendingConnections());
        verifyHostUnharmed();
    }

    void theUsersRuntimeFolderSocketAndProcessesAreOutOfReach()
    {
        // What an ordinary user's session has beside the sandbox: the runtime
        // folder, the workbench's agent socket in it, and other processes of
        // the same uid (as an ordinary user the sandbox shares it).
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        QVERIFY(!runtime.isEmpty());
        QVERIFY(QDir().mkpath(runtime + QStringLiteral("/airlock")));
        const QString socketPath = runtime + QStringLiteral("/airlock/workbench.socket");
        QFile::remove(socketPath);
        QLocalServer server;
        QVERIFY2(server.listen(socketPath), qPrintable(server.errorString()));
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("120")});
        QVERIFY(sleeper.waitForStarted());
        const auto stopSleeper = qScopeGuard([&sleeper]() {
            sleeper.kill();
            sleeper.waitForFinished();
        });
        const RunResult r = run(QStringLiteral("import os, signal, socket\n"
                                               "def attempt(label, fn):\n"
                                               "    try:\n"
                                               "        print(label, 'ALLOWED', repr(fn())[:200])\n"
                                               "    except OSError as e:\n"
                                               "        print(label, 'denied', e.errno)\n"
                                               "attempt('runtime', lambda: os.listdir('%1'))\n"
                                               "def connect():\n"
                                               "    s = socket.socket(socket.AF_UNIX)\n"
                                               "    s.connect('%2')\n"
                                               "    return 'connected'\n"
                                               "attempt('socket', connect)\n"
                                               "print('sending kill -1', flush=True)\n"
                                               "os.kill(-1, signal.SIGKILL)\n")
                                    .arg(runtime, socketPath));
        QVERIFY2(r.stdoutData.contains("runtime denied"), r.stdoutData.constData());
        QVERIFY2(r.stdoutData.contains("socket denied"), r.stdoutData.constData());
        QVERIFY2(!r.stdoutData.contains("ALLOWED"), r.stdoutData.constData());
        QVERIFY2(r.stdoutData.contains("sending kill -1"), r.stdoutData.constData());
        QVERIFY(!server.hasPendingConnections());
        // kill(-1) reached the sandbox's own processes only (it may take the
        // sandbox down with them, which is its own business).
        QCOMPARE(sleeper.state(), QProcess::Running);
        verifyHostUnharmed();
    }

    void selfReportedEventsShowAttemptsOnSystemFiles()
    {
        // Tried, and missing in here: still what the analyst should see.
        const RunResult r = run(QStringLiteral("for p in ('/etc/shadow', '/etc/ssh/ssh_host_rsa_key'):\n"
                                               "    try:\n"
                                               "        open(p).read()\n"
                                               "    except OSError:\n"
                                               "        pass\n"
                                               "print('tried')\n"));
        QCOMPARE(r.status, Status::Succeeded);
        const QJsonArray opened = r.events.value(QStringLiteral("files_opened")).toArray();
        QVERIFY2(opened.contains(QStringLiteral("/etc/shadow")), QJsonDocument(opened).toJson().constData());
        QVERIFY(opened.contains(QStringLiteral("/etc/ssh/ssh_host_rsa_key")));
        verifyHostUnharmed();
    }

    void eventsPastTheCapAreCounted()
    {
        m_options.maxEvents = 5;
        const auto restore = qScopeGuard([this]() { m_options.maxEvents = SandboxRunner::Options().maxEvents; });
        const RunResult r = run(QStringLiteral("for i in range(20):\n"
                                               "    try:\n"
                                               "        open('/workspace/missing-%d' % i)\n"
                                               "    except OSError:\n"
                                               "        pass\n"));
        QCOMPARE(r.status, Status::Succeeded);
        QCOMPARE(r.events.value(QStringLiteral("files_opened")).toArray().size(), 5);
        // The launcher's final count gets out past the cap it reports on.
        QVERIFY2(r.events.value(QStringLiteral("dropped")).toInt() >= 15,
            QJsonDocument(r.events).toJson().constData());
        verifyHostUnharmed();
    }

    void noGoNoCode()
    {
        // The launcher as the sandbox starts it, with the go socket at its
        // end: the host went away, or sent something else than the go.
        QTemporaryDir dir;
        const QByteArray code = "open('" + QFile::encodeName(dir.filePath(QStringLiteral("ran"))) + "', 'w').write('x')\n";
        const QString launcher = QStringLiteral(AIRLOCK_SOURCE_DIR "/resources/sandbox/launcher.py");
        enum class Go { Closed, WrongByte, NoFile, Proper };
        for (const Go go : {Go::Closed, Go::WrongByte, Go::NoFile, Go::Proper}) {
            UniqueFd host, sandbox;
            QVERIFY(CodeHandover::socketPair(&host, &sandbox, nullptr));
            QProcess p;
            p.setChildProcessModifier([fd = sandbox.get()]() { ::dup2(fd, 4); });
            p.start(QStringLiteral("bash"), {QStringLiteral("-c"),
                QStringLiteral("exec python3 -I \"$1\" 3 4 100 3>/dev/null"), QStringLiteral("bash"), launcher});
            QVERIFY(p.waitForStarted());
            sandbox.reset();
            switch (go) {
            case Go::Closed:
                break;
            case Go::WrongByte:
                QCOMPARE(::send(host.get(), "x", 1, MSG_NOSIGNAL), ssize_t(1));
                break;
            case Go::NoFile:
                QCOMPARE(::send(host.get(), "g", 1, MSG_NOSIGNAL), ssize_t(1));
                break;
            case Go::Proper:
                QVERIFY(CodeHandover::send(host.get(), code, nullptr));
                break;
            }
            host.reset();
            QVERIFY(p.waitForFinished(30000));
            const bool said = go == Go::Proper;
            QCOMPARE(p.exitCode(), said ? 0 : 125);
            QCOMPARE(QFile::exists(dir.filePath(QStringLiteral("ran"))), said);
            if (!said)
                QVERIFY(p.readAllStandardError().contains("did not say go"));
        }
        // Sending to a sandbox that has gone fails with a message, and
        // does not take the host down (no SIGPIPE).
        UniqueFd host, sandbox;
        QVERIFY(CodeHandover::socketPair(&host, &sandbox, nullptr));
        sandbox.reset();
        QString error;
        QVERIFY(!CodeHandover::send(host.get(), code, &error));
        QVERIFY(!error.isEmpty());
    }

    // A sandbox started while the request is reviewed holds nothing of the
    // code until the run is recorded; then the code runs as in any run, on
    // the run's own clock.
    void warmSandboxHasNoCodeBeforeGo()
    {
        const QByteArray marker = "warm-marker-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        std::unique_ptr<PreparedRun> prepared = prepare(
            QStringLiteral("import pandas as pd\nprint('%1', len(pd.read_csv('sales.csv')))\n")
                .arg(QString::fromLatin1(marker)),
            QJsonObject{{QStringLiteral("timeout_s"), 3}});
        SandboxRunner runner;
        runner.setOptions(m_options);
        QJsonObject recorded;
        runner.setBeforeStart([&recorded](const QString &, const QJsonObject &sandbox, QString *) {
            recorded = sandbox;
            return true;
        });
        QSignalSpy ready(&runner, &SandboxRunner::warmReady);
        QSignalSpy finished(&runner, &SandboxRunner::finished);
        runner.warm(prepared.get(), {QStringLiteral("pandas"), QStringLiteral("os")});
        QVERIFY(runner.isWarm());
        QVERIFY(ready.wait(60000));
        QVERIFY(runner.isWarmReady());
        QVERIFY(!runner.isRunning());
        const qint64 pid = runner.sandboxPid();
        QVERIFY(pid > 0);

        // Nowhere in the sandbox: no file under its folders, no descriptor,
        // not its command line; pandas is loaded already.
        const QString root = QStringLiteral("/proc/%1/root").arg(pid);
        QVERIFY2(QFileInfo::exists(root + QStringLiteral("/run/airlock/launcher.py")), qPrintable(root));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/run/airlock/code.py")));
        for (const QString &folder : {QStringLiteral("/run"), QStringLiteral("/workspace"), QStringLiteral("/tmp")}) {
            QDirIterator it(root + folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.read(64 * 1024 * 1024).contains(marker), qPrintable(f.fileName()));
            }
        }
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)) {
            char link[4096] = {};
            const ssize_t n = ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), link, sizeof link - 1);
            const QString target = QString::fromLocal8Bit(link, qMax<ssize_t>(n, 0));
            QVERIFY2(!target.contains(QLatin1String("airlock-code")), qPrintable(target));
            QFile f(fds.filePath(fd));
            if (target.startsWith(QLatin1Char('/')) && !target.startsWith(QLatin1String("/dev/"))
                && f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.read(64 * 1024 * 1024).contains(marker), qPrintable(target));
        }
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray command = cmdline.readAll();
        QVERIFY(!command.contains(marker));
        QVERIFY2(command.endsWith(QByteArrayLiteral("pandas\0")), command.constData()); // "os" is not imported ahead
        QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        QVERIFY(maps.readAll().contains("pandas"));

        // Longer than the run's timeout: the wait is not the run's time.
        QTest::qWait(3500);
        runner.start(prepared.get(), approval(*prepared));
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(60000));
        const RunResult r = finished.constFirst().constFirst().value<RunResult>();
        QCOMPARE(r.status, Status::Succeeded);
        QCOMPARE(r.stdoutData, marker + " 3\n");
        const QJsonObject warm = recorded.value(QStringLiteral("warm")).toObject();
        QVERIFY2(warm.value(QStringLiteral("ms")).toInteger() >= 3500, QJsonDocument(recorded).toJson().constData());
        QCOMPARE(warm.value(QStringLiteral("preloaded")).toArray(), QJsonArray{QStringLiteral("pandas")});
        QVERIFY(QDateTime::fromString(warm.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(r.durationMs < 3000);
        prepared.reset(); // its private copies go with it
        verifyHostUnharmed();
    }

    void coolingAWarmSandboxLeavesNothing()
    {
        std::unique_ptr<PreparedRun> prepared = prepare(QStringLiteral("print('never')\n"));
        SandboxRunner runner;
        runner.setOptions(m_options);
        bool asked = false;
        runner.setBeforeStart([&asked](const QString &, const QJsonObject &, QString *) { return asked = true; });
        QSignalSpy ready(&runner, &SandboxRunner::warmReady);
        QSignalSpy ended(&runner, &SandboxRunner::warmEnded);
        QSignalSpy finished(&runner, &SandboxRunner::finished);
        runner.warm(prepared.get(), {});
        QVERIFY(ready.wait(60000));
        const qint64 pid = runner.sandboxPid();
        QVERIFY(QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)));
        runner.cool();
        QVERIFY(ended.wait(30000));
        QVERIFY(!runner.isWarm());
        QVERIFY(finished.isEmpty());
        QVERIFY(!asked);
        QTRY_VERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1/root/run/airlock").arg(pid)));

        // A warm sandbox killed from outside says so, and the runner can start afresh.
        runner.warm(prepared.get(), {});
        QVERIFY(ready.wait(60000));
        QVERIFY(::kill(pid_t(runner.sandboxPid()), SIGKILL) == 0 || errno == EPERM);
        if (errno != EPERM) {
            QVERIFY(ended.wait(30000));
            QVERIFY2(ended.constLast().constFirst().toString().contains(QLatin1String("ended")),
                qPrintable(ended.constLast().constFirst().toString()));
            runner.start(prepared.get(), approval(*prepared));
        } else {
            runner.cool();
            QVERIFY(ended.wait(30000));
            runner.start(prepared.get(), approval(*prepared));
        }
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().constFirst().value<RunResult>().stdoutData, QByteArray("never\n"));
        prepared.reset(); // its private copies go with it
        verifyHostUnharmed();
    }

    void approvedWhileStillWarming()
    {
        // The approval may come before the libraries are loaded: the code
        // goes once the launcher is ready.
        std::unique_ptr<PreparedRun> prepared
            = prepare(QStringLiteral("import matplotlib.pyplot as plt\nprint(plt.get_backend())\n"));
        SandboxRunner runner;
        runner.setOptions(m_options);
        QSignalSpy finished(&runner, &SandboxRunner::finished);
        runner.warm(prepared.get(), {QStringLiteral("matplotlib")});
        runner.start(prepared.get(), approval(*prepared));
        QVERIFY(finished.wait(60000));
        const RunResult r = finished.constFirst().constFirst().value<RunResult>();
        QCOMPARE(r.status, Status::Succeeded);
        QCOMPARE(r.stdoutData.toLower(), QByteArray("agg\n"));
        prepared.reset(); // its private copies go with it
        verifyHostUnharmed();
    }

    // The launcher ends the process itself once the code is done: what the
    // code can notice of Python's exit is as in plain Python.
    void theEndIsPythonsOwn_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("stdoutData");
        QTest::addColumn<QByteArray>("stderrPart");
        QTest::addColumn<QByteArray>("file"); ///< output/kept.txt, when not empty
        QTest::newRow("atexit handlers run") << QStringLiteral("import atexit\natexit.register(print, 'bye')\nprint('hi')\n")
                                            << 0 << QByteArray("hi\nbye\n") << QByteArray() << QByteArray();
        QTest::newRow("a file never closed is flushed")
            << QStringLiteral("f = open('output/kept.txt', 'w')\nf.write('x' * 10)\n") << 0 << QByteArray()
            << QByteArray() << QByteArray("xxxxxxxxxx");
        QTest::newRow("a file in a cycle is flushed")
            << QStringLiteral("class Holder:\n    pass\nh = Holder()\nh.me = h\nh.f = open('output/kept.txt', 'w')\n"
                              "h.f.write('cycle')\n")
            << 0 << QByteArray() << QByteArray() << QByteArray("cycle");
        QTest::newRow("threads are waited for")
            << QStringLiteral("import threading, time\n"
                              "def late():\n    time.sleep(0.3)\n    print('late', flush=True)\n"
                              "threading.Thread(target=late).start()\nprint('early')\n")
            << 0 << QByteArray("early\nlate\n") << QByteArray() << QByteArray();
        QTest::newRow("sys.exit with a message") << QStringLiteral("import sys\nsys.exit('no data')\n") << 1
                                                << QByteArray() << QByteArray("no data") << QByteArray();
        QTest::newRow("sys.exit(3)") << QStringLiteral("import sys\nprint('x')\nsys.exit(3)\n") << 3
                                    << QByteArray("x\n") << QByteArray() << QByteArray();
        QTest::newRow("sys.exit in atexit") << QStringLiteral("import atexit, sys\natexit.register(sys.exit, 4)\n") << 0
                                           << QByteArray() << QByteArray() << QByteArray();
        QTest::newRow("stdout set to None") << QStringLiteral("import sys\nprint('a')\nsys.stdout = None\n") << 0
                                           << QByteArray("a\n") << QByteArray() << QByteArray();
        QTest::newRow("an exception") << QStringLiteral("print('before')\nraise ValueError('bad')\n") << 1
                                     << QByteArray("before\n") << QByteArray("ValueError: bad") << QByteArray();
    }

    void theEndIsPythonsOwn()
    {
        QFETCH(QString, code);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, stdoutData);
        QFETCH(QByteArray, stderrPart);
        QFETCH(QByteArray, file);
        // The same code under plain Python, for the reference.
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("output"));
        QProcess plain;
        plain.setWorkingDirectory(dir.path());
        plain.start(QStringLiteral("python3"), {QStringLiteral("-I"), QStringLiteral("-c"), code});
        QVERIFY(plain.waitForFinished(30000));
        const RunResult r = run(code);
        QCOMPARE(r.exitCode.value_or(-1), plain.exitCode());
        QCOMPARE(r.exitCode.value_or(-1), exitCode);
        QCOMPARE(r.stdoutData, plain.readAllStandardOutput());
        QCOMPARE(r.stdoutData, stdoutData);
        QVERIFY2(r.stderrData.contains(stderrPart), r.stderrData.constData());
        if (!file.isEmpty()) {
            QCOMPARE(r.artifacts.size(), 1);
            QCOMPARE(r.artifacts.constFirst().content, file);
        }
    }

    void memoryBombSingleProcess()
    {
        const RunResult r = run(QStringLiteral("chunks = []\n"
                                               "while True:\n"
                                               "    chunks.append(bytearray(16 * 1024 * 1024))\n"),
            QJsonObject{{QStringLiteral("memory_mb"), 256}, {QStringLiteral("timeout_s"), 30}});
        QVERIFY2(r.status != Status::Succeeded, qPrintable(RunResult::statusId(r.status)));
        if (LimitEnforcement::detect().cgroup != LimitEnforcement::CgroupKind::None) {
            QCOMPARE(r.status, Status::Killed);
            QCOMPARE(r.endReason, End::Memory);
            QVERIFY(r.peakMemoryBytes > 200LL * 1024 * 1024);
            QVERIFY(r.peakMemoryBytes <= 257LL * 1024 * 1024);
        }
        verifyHostUnharmed();
    }

    void memoryBombManyProcesses()
    {
        // Four children of 100 MiB each: every one is under the per-process
        // limit; together they are over the sandbox's 256 MiB. Only a
        // control group sees the total; without one it is bounded by
        // construction (the "memfd bomb" row, the process cap, sized tmpfs).
        if (LimitEnforcement::detect().cgroup == LimitEnforcement::CgroupKind::None)
            QSKIP("no writable cgroup here: totals are bounded by construction, not capped");
        const RunResult r = run(QStringLiteral("import os, time\n"
                                               "for i in range(4):\n"
                                               "    if os.fork() == 0:\n"
                                               "        block = bytearray(100 * 1024 * 1024)\n"
                                               "        for j in range(0, len(block), 4096): block[j] = 1\n"
                                               "        time.sleep(30)\n"
                                               "        os._exit(0)\n"
                                               "for i in range(4): os.wait()\n"
                                               "print('all children survived')\n"),
            QJsonObject{{QStringLiteral("memory_mb"), 256}, {QStringLiteral("timeout_s"), 20}});
        QVERIFY2(!r.stdoutData.contains("all children survived"), r.stdoutData.constData());
        QVERIFY(r.peakMemoryBytes <= 257LL * 1024 * 1024);
        verifyHostUnharmed();
    }

    void outputFloodIsCapped()
    {
        const RunResult r
            = run(QStringLiteral("import sys\nfor i in range(2000):\n    sys.stdout.write('x' * 50000)\n"),
                QJsonObject{{QStringLiteral("max_output_bytes"), 8192}});
        QCOMPARE(r.status, Status::Succeeded);
        QCOMPARE(r.stdoutData.size(), 8192);
        QVERIFY(r.stdoutTruncated);
        QCOMPARE(r.stdoutBytes, 100000000);
        QVERIFY(!r.stderrTruncated);
        verifyHostUnharmed();
    }

    void fillingTheOutputFolder()
    {
        const RunResult r = run(QStringLiteral("import errno\n"
                                               "try:\n"
                                               "    with open('output/big.bin', 'wb') as f:\n"
                                               "        while True: f.write(b'x' * 1048576)\n"
                                               "except OSError as e:\n"
                                               "    print('stopped', errno.errorcode[e.errno])\n"),
            QJsonObject{{QStringLiteral("max_artifact_mb"), 2}});
        QCOMPARE(r.status, Status::Succeeded);
        QVERIFY2(r.stdoutData.startsWith("stopped E"), r.stdoutData.constData());
        // What came back is within the cap.
        QVERIFY(artifactBytes(r) <= 2 * 1024 * 1024);
        verifyHostUnharmed();
    }

    void workingFolderIsWritableAndCollected()
    {
        // What textbook code does: write where it stands, in folders of its
        // own, next to output/; the input stays as reviewed.
        const RunResult r = run(QStringLiteral("import os, errno\n"
                                               "open('clean.csv', 'w').write('a,b\\n1,2\\n')\n"
                                               "os.makedirs('figures/2026')\n"
                                               "open('figures/2026/plot.txt', 'w').write('p')\n"
                                               "open('output/kept.txt', 'w').write('k')\n"
                                               "open(os.path.expanduser('~/home.txt'), 'w').write('h')\n"
                                               "for label, action in [\n"
                                               "    ('append', lambda: open('sales.csv', 'a').write('x')),\n"
                                               "    ('truncate', lambda: open('sales.csv', 'w')),\n"
                                               "    ('chmod', lambda: os.chmod('sales.csv', 0o666)),\n"
                                               "]:\n"
                                               "    try:\n"
                                               "        action(); print(label, 'ALLOWED')\n"
                                               "    except OSError as e:\n"
                                               "        print(label, 'denied', errno.errorcode[e.errno])\n"
                                               "print(open('sales.csv').read().count('\\n'), 'lines')\n"));
        QVERIFY2(r.status == Status::Succeeded, r.stderrData.constData());
        for (const char *line : {"append denied EROFS", "truncate denied EROFS", "chmod denied EROFS"})
            QVERIFY2(r.stdoutData.contains(line), r.stdoutData.constData());
        QVERIFY(!r.stdoutData.contains("ALLOWED"));
        QStringList names;
        for (const auto &a : r.artifacts)
            names << a.name;
        // output/ first, named as before; then the rest, from /workspace.
        QCOMPARE(names,
            (QStringList{QStringLiteral("kept.txt"), QStringLiteral("clean.csv"),
                QStringLiteral("figures/2026/plot.txt"), QStringLiteral("home.txt")}));
        QCOMPARE(r.artifacts.at(1).content, QByteArray("a,b\n1,2\n"));
        // The link to the input is the layout, not something the code made.
        QVERIFY(r.rejectedArtifacts.isEmpty());
        verifyHostUnharmed();
    }

    void chartRunsUseTheFontCacheBuiltOutside()
    {
        const QString chart = QStringLiteral("import matplotlib.pyplot as plt\n"
                                             "plt.plot([1, 2, 3])\n"
                                             "plt.savefig('output/a.png')\n");
        const auto searchedFonts = [](const RunResult &r) {
            for (const QJsonValue &v : r.events.value(QStringLiteral("subprocesses")).toArray())
                if (v.toObject().value(QStringLiteral("executable")).toString().contains(QLatin1String("fc-list")))
                    return true;
            return false;
        };
        const QString python = HostTools::python();
        // This test's own cache folder starts empty: the run searches the fonts.
        QVERIFY(FontCache::files(python).isEmpty());
        const RunResult before = run(chart, QJsonObject{{QStringLiteral("timeout_s"), 120}});
        QVERIFY2(before.status == Status::Succeeded, before.stderrData.constData());
        QVERIFY(searchedFonts(before));

        bool built = false;
        QCOMPARE(FontCache::ensure(HostTools::bwrap(), python, &built), QString());
        QVERIFY(built);
        QVERIFY(!FontCache::files(python).isEmpty());
        QCOMPARE(FontCache::ensure(HostTools::bwrap(), python, &built), QString());
        QVERIFY(!built); // once per runtime

        const RunResult after = run(chart, QJsonObject{{QStringLiteral("timeout_s"), 120}});
        QVERIFY2(after.status == Status::Succeeded, after.stderrData.constData());
        QVERIFY(!searchedFonts(after));
        QCOMPARE(after.artifacts.size(), 1);
        verifyHostUnharmed();
    }

    void theWorkingFolderSharesOneSizeCap()
    {
        const RunResult r = run(QStringLiteral("import errno\n"
                                               "open('output/a.bin', 'wb').write(b'x' * 1500000)\n"
                                               "try:\n"
                                               "    open('b.bin', 'wb').write(b'y' * 1500000)\n"
                                               "except OSError as e:\n"
                                               "    print('stopped', errno.errorcode[e.errno])\n"),
            QJsonObject{{QStringLiteral("max_artifact_mb"), 2}});
        QCOMPARE(r.status, Status::Succeeded);
        QVERIFY2(r.stdoutData.startsWith("stopped ENOSPC"), r.stdoutData.constData());
        QVERIFY(artifactBytes(r) <= 2 * 1024 * 1024);
        verifyHostUnharmed();
    }

    void manyOutputFiles()
    {
        const RunResult r = run(QStringLiteral("for i in range(100000):\n"
                                               "    open('output/f%06d.txt' % i, 'w').close()\n"
                                               "print('made')\n"),
            QJsonObject{{QStringLiteral("timeout_s"), 120}});
        QCOMPARE(r.status, Status::Succeeded);
        QCOMPARE(r.artifacts.size(), Policy::builtIn().maxArtifactFiles);
        QCOMPARE(r.artifactsNotCollected, 100000 - Policy::builtIn().maxArtifactFiles);
        verifyHostUnharmed();
    }

    void linkAndFifoTricksInOutput()
    {
        const RunResult r = run(QStringLiteral("import os\n"
                                               "os.symlink('/etc/passwd', 'output/passwd-link')\n"
                                               "os.symlink('/workspace/sales.csv', 'output/input-link')\n"
                                               "open('output/real.txt', 'w').write('real')\n"
                                               "os.link('output/real.txt', 'output/hard.txt')\n"
                                               "try:\n"
                                               "    os.link('/workspace/sales.csv', 'output/input-hard')\n"
                                               "except OSError as e:\n"
                                               "    print('hard link to input:', e.errno)\n"
                                               "os.mkfifo('output/pipe')\n"
                                               "os.mkdir('output/folder')\n"
                                               "open('output/folder/inner.txt', 'w').write('in')\n"
                                               "open('output/ok.txt', 'w').write('fine')\n"
                                               "open('output/..hidden name!.txt', 'w').write('renamed')\n"));
        QCOMPARE(r.status, Status::Succeeded);
        QStringList names;
        for (const auto &a : r.artifacts)
            names << a.name;
        QCOMPARE(names,
            (QStringList{QStringLiteral("__hidden_name_.txt"), QStringLiteral("folder/inner.txt"),
                QStringLiteral("ok.txt")}));
        QCOMPARE(r.artifacts.constFirst().originalName, QStringLiteral("..hidden name!.txt"));
        QMap<QString, QString> rejected;
        for (const auto &x : r.rejectedArtifacts)
            rejected.insert(x.name, x.reason);
        QVERIFY(rejected.value(QStringLiteral("passwd-link")).contains(QLatin1String("symbolic link")));
        QVERIFY(rejected.value(QStringLiteral("input-link")).contains(QLatin1String("symbolic link")));
        QVERIFY(rejected.value(QStringLiteral("real.txt")).contains(QLatin1String("hard link")));
        QVERIFY(rejected.value(QStringLiteral("hard.txt")).contains(QLatin1String("hard link")));
        QVERIFY(rejected.value(QStringLiteral("pipe")).contains(QLatin1String("named pipe")));
        // A hard link to the input's link is a link, never the input.
        QVERIFY(!names.contains(QStringLiteral("input-hard")));
        verifyHostUnharmed();
    }

    void inputChangedAfterStaging()
    {
        const QString path = m_requests.filePath(QStringLiteral("sales.csv"));
        const RunResult r = run(QStringLiteral("print(open('sales.csv').read())"), {}, nullptr, [&]() {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("2026-04,999\n");
        });
        // Put it back for the other tests before checking anything.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(SalesCsv);
        f.close();
        QCOMPARE(r.status, Status::Failed);
        QCOMPARE(r.endReason, End::Refused);
        QVERIFY2(
            r.message.contains(QLatin1String("\"sales.csv\" changed after it was reviewed")), qPrintable(r.message));
        QVERIFY(r.stdoutData.isEmpty());
        verifyHostUnharmed();
    }

    void benignChart()
    {
        const RunResult r = run(QStringLiteral("import pandas as pd\n"
                                               "import matplotlib.pyplot as plt\n"
                                               "df = pd.read_csv('sales.csv')\n"
                                               "print(df['revenue'].sum())\n"
                                               "df.plot(x='month', y='revenue').figure.savefig('output/chart.png')\n"));
        QVERIFY2(r.status == Status::Succeeded, r.stderrData.constData());
        QCOMPARE(r.stdoutData, QByteArray("375\n"));
        // No warnings of fonts or caches in the analyst's error output.
        QVERIFY2(r.stderrData.isEmpty(), r.stderrData.constData());
        QCOMPARE(r.artifacts.size(), 1);
        const auto &png = r.artifacts.constFirst();
        QCOMPARE(png.name, QStringLiteral("chart.png"));
        QCOMPARE(png.mediaType, QStringLiteral("image/png"));
        QVERIFY(png.content.startsWith("\x89PNG"));
        QCOMPARE(png.sha256, sha256(png.content));
        // Self-reported: the code opened its input.
        QVERIFY(r.events.value(QStringLiteral("files_opened")).toArray().contains(QStringLiteral("sales.csv")));
        QVERIFY(r.events.value(QStringLiteral("self_reported")).toBool());
        QVERIFY(r.inputs.constFirst().sha256 == sha256(SalesCsv));
        QVERIFY(r.durationMs > 0);
        QVERIFY(r.peakMemoryBytes > 0);
        verifyHostUnharmed();
    }

    void aForgedExitIsNotBelieved()
    {
        // Once, a descriptor taken from bwrap's pid 1 let the code report its
        // own end: exit 0 at once, while it would have exited 7 later.
        const QString forge = QStringLiteral("import ctypes, os, struct, sys, time\n"
                                             "libc = ctypes.CDLL(None, use_errno=True)\n"
                                             "stolen = []\n"
                                             "try:\n"
                                             "    pidfd = os.pidfd_open(1)\n"
                                             "    for fd in range(3, 64):\n"
                                             "        got = libc.syscall(ctypes.c_long(438), pidfd, fd, 0)\n"
                                             "        if got >= 0:\n"
                                             "            stolen.append(got)\n"
                                             "except OSError as e:\n"
                                             "    print('pidfd_open refused', e.errno, flush=True)\n"
                                             "for name in os.listdir('/proc/1/fd'):\n"
                                             "    try:\n"
                                             "        if 'eventfd' in os.readlink('/proc/1/fd/' + name):\n"
                                             "            stolen.append(os.open('/proc/1/fd/' + name, os.O_WRONLY))\n"
                                             "    except OSError:\n"
                                             "        pass\n"
                                             "print('stolen', len(stolen), flush=True)\n"
                                             "for fd in stolen:\n"
                                             "    for fake in (struct.pack('Q', 1), b'{ \"exit-code\": 0 }\\n'):\n"
                                             "        try:\n"
                                             "            os.write(fd, fake)\n"
                                             "        except OSError:\n"
                                             "            pass\n"
                                             "time.sleep(2)\n"
                                             "sys.exit(7)\n");
        QElapsedTimer clock;
        clock.start();
        const RunResult r = run(forge);
        const qint64 wall = clock.elapsed();
        const QString context = QStringLiteral("status %1/%2, exit %3, %4 ms, stdout: %5 stderr: %6")
                                    .arg(RunResult::statusId(r.status), RunResult::endReasonId(r.endReason))
                                    .arg(r.exitCode.value_or(-1))
                                    .arg(r.durationMs)
                                    .arg(QString::fromUtf8(r.stdoutData), QString::fromUtf8(r.stderrData).right(800));
        QVERIFY2(r.stdoutData.contains("stolen 0"), qPrintable(context));
        QVERIFY2(r.exitCode == 7, qPrintable(context));
        QCOMPARE(r.status, Status::Failed);
        QCOMPARE(r.endReason, End::Exit);
        // The host's own clock: the two seconds the code slept, and no more
        // than the host itself waited.
        QVERIFY2(r.durationMs >= 2000, qPrintable(context));
        QVERIFY2(r.durationMs <= wall, qPrintable(context));
        verifyHostUnharmed();
    }

    void anEndBwrapDoesNotConfirmIsNotBelieved()
    {
        // bwrap's exit and its status report must agree: here a wrapper
        // changes the exit after bwrap reported the code's.
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther));
        const QString wrapper = dir.filePath(QStringLiteral("bwrap"));
        QFile script(wrapper);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n" + QFile::encodeName(HostTools::bwrap()) + " \"$@\"\nexit 3\n");
        script.close();
        QVERIFY(QFile::setPermissions(wrapper,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther));
        m_options.bwrapPath = wrapper;
        const RunResult r = run(QStringLiteral("print('done')\n"));
        m_options = {};
        QCOMPARE(r.stdoutData, QByteArray("done\n"));
        QCOMPARE(r.status, Status::Failed);
        QCOMPARE(r.endReason, End::SandboxError);
        QVERIFY2(r.message.contains(QLatin1String("cannot be trusted")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("exited with 3")), qPrintable(r.message));
        verifyHostUnharmed();
    }

    void mountTableNamesNoHostFolder()
    {
        const RunResult r = run(QStringLiteral("print(open('/proc/self/mountinfo').read())\n"
                                               "print(open('/workspace/sales.csv').read())\n"));
        QVERIFY2(r.status == Status::Succeeded, r.stderrData.constData());
        const QString mounts = QString::fromUtf8(r.stdoutData);
        QVERIFY2(mounts.contains(QLatin1String(" /proc ")), qPrintable(mounts));
        QVERIFY2(mounts.contains(QLatin1String("2026-03,125")), qPrintable(mounts));
        const QString staged = r.inputs.constFirst().stagedPath;
        const QString runFolder = QFileInfo(QFileInfo(staged).path()).path();
        QStringList hidden{staged, runFolder, QFileInfo(runFolder).fileName(), baseDir(), m_requests.path(),
            QStringLiteral("/run/user/%1").arg(::getuid())};
        if (QDir::homePath() != QLatin1String("/"))
            hidden << QDir::homePath();
        if (::getuid() != 0) {
            if (const struct passwd *account = ::getpwuid(::getuid()))
                hidden << QStringLiteral("/%1/").arg(QFile::decodeName(account->pw_name));
        }
        hidden += Doctor::mountHiddenStrings(runFolder);
        for (const QString &h : std::as_const(hidden))
            QVERIFY2(!mounts.contains(h), qPrintable(h + QLatin1String(" is named in:\n") + mounts));
        verifyHostUnharmed();
    }

    void theUsersOwnProcessesAreAddedToTheCap()
    {
        if (LimitEnforcement::detect().sandboxUid != uid_t(-1))
            QSKIP("started as root: each sandbox has a uid of its own, which has no other processes");
        // RLIMIT_NPROC counts every process of the uid the sandbox shares
        // with the user: with more of them than the policy's process count,
        // the sandbox could not even start unless they are added.
        const int extra = Policy::builtIn().maxProcesses + 8;
        std::vector<std::unique_ptr<QProcess>> others;
        for (int i = 0; i < extra; ++i) {
            others.push_back(std::make_unique<QProcess>());
            others.back()->start(QStringLiteral("/usr/bin/sleep"), {QStringLiteral("300")});
            QVERIFY(others.back()->waitForStarted());
        }
        const RunResult r = run(QStringLiteral("import os\n"
                                               "children = []\n"
                                               "for _ in range(4):\n"
                                               "    pid = os.fork()\n"
                                               "    if pid == 0:\n"
                                               "        os._exit(0)\n"
                                               "    children.append(pid)\n"
                                               "for pid in children:\n"
                                               "    os.waitpid(pid, 0)\n"
                                               "print('forked', len(children))\n"));
        for (const auto &other : others) {
            other->kill();
            other->waitForFinished();
        }
        QVERIFY2(r.status == Status::Succeeded,
            qPrintable(r.message + QLatin1Char(' ') + QString::fromUtf8(r.stderrData).right(800)));
        QCOMPARE(r.stdoutData, QByteArray("forked 4\n"));
        verifyHostUnharmed();
    }

    void tracebackShowsTheRequestsLines()
    {
        const RunResult r = run(QStringLiteral("x = 1\n\nraise ValueError('bad data')\n"));
        QCOMPARE(r.status, Status::Failed);
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.stderrData);
        QVERIFY2(err.contains(QLatin1String("File \"code.py\", line 3")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("ValueError: bad data")), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("launcher")), qPrintable(err));
    }

    void accounting_data()
    {
        QTest::addColumn<bool>("cgroup");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("exactCpu"); ///< nothing may be missed
        QTest::addColumn<qint64>("minMemory");

        // Every process prints its own CPU time right before it ends; the
        // sum is what the run used, less bwrap and the interpreter's exit.
        const QString burn = QStringLiteral("import os, signal, sys, time\n"
                                            "def burn(s):\n"
                                            "    t = time.process_time()\n"
                                            "    while time.process_time() - t < s: pass\n"
                                            "def done():\n"
                                            "    print('cpu', time.process_time(), flush=True)\n");
        const QString children = QStringLiteral("r, w = os.pipe()\n"
                                                "for i in range(4):\n"
                                                "    if os.fork() == 0:\n"
                                                "        os.close(r); burn(0.5); done(); os._exit(0)\n"
                                                "os.close(w)\n"
                                                "os.read(r, 1)\n"); // end of file once every child has ended
        // Children of a parent that ignores SIGCHLD are reaped without their
        // time reaching anyone's rusage.
        const QString unaccounted = burn + QStringLiteral("signal.signal(signal.SIGCHLD, signal.SIG_IGN)\n") + children
            + QStringLiteral("done()\n");
        const QString fourAtOnce = burn
            + QStringLiteral("r, w = os.pipe()\n"
                             "go_r, go_w = os.pipe()\n"
                             "for i in range(4):\n"
                             "    if os.fork() == 0:\n"
                             "        block = b'x' * (60 << 20)\n"
                             "        os.write(w, b'x')\n"
                             "        os.read(go_r, 1)\n" // held until all four are there
                             "        time.sleep(0.3)\n"
                             "        done(); os._exit(0)\n"
                             "for i in range(4): os.read(r, 1)\n"
                             "os.write(go_w, b'gggg')\n"
                             "for i in range(4): os.wait()\n"
                             "done()\n");
        constexpr qint64 MiB = 1024 * 1024;
        for (const bool cgroup : {true, false}) {
            const char *with = cgroup ? "cgroup" : "no cgroup";
            QTest::addRow("%s: busy loop of 1 s", with)
                << cgroup << burn + QStringLiteral("burn(1.0)\ndone()\n") << true << qint64(0);
            QTest::addRow("%s: four processes of 0.5 s", with)
                << cgroup << burn + children + QStringLiteral("for i in range(4): os.wait()\ndone()\n") << true
                << qint64(0);
            QTest::addRow("%s: four processes reaped unaccounted", with) << cgroup << unaccounted << false << qint64(0);
            QTest::addRow("%s: 200 MiB", with)
                << cgroup << burn + QStringLiteral("block = b'x' * (200 << 20)\ntime.sleep(0.3)\ndone()\n") << false
                << 200 * MiB;
            QTest::addRow("%s: 200 MiB, ended before any sample", with)
                << cgroup << burn + QStringLiteral("block = b'x' * (200 << 20)\ndone()\nos._exit(0)\n") << false
                << 200 * MiB;
            // The whole sandbox's memory, not its largest process's.
            QTest::addRow("%s: four processes of 60 MiB at once", with) << cgroup << fourAtOnce << false << 240 * MiB;
        }
    }

    void accounting()
    {
        QFETCH(bool, cgroup);
        QFETCH(QString, code);
        QFETCH(bool, exactCpu);
        QFETCH(qint64, minMemory);
        if (cgroup && LimitEnforcement::detect().cgroup == LimitEnforcement::CgroupKind::None)
            QSKIP("no writable cgroup here");
        m_withoutCgroup = !cgroup;
        const auto restore = qScopeGuard([this]() { m_withoutCgroup = false; });

        const RunResult r = run(code, QJsonObject{{QStringLiteral("timeout_s"), 60}});
        QVERIFY2(r.status == Status::Succeeded, r.stderrData.constData());
        QVERIFY2(r.enforcement.contains(QLatin1String("cgroup")) == cgroup, qPrintable(r.enforcement));
        const QString source = cgroup ? QStringLiteral("cgroup") : QStringLiteral("process-tree");
        QCOMPARE(r.cpuSource, source);
        if (cgroup && r.memorySource == QLatin1String("cgroup-sampled"))
            qInfo("this kernel's cgroup keeps no memory peak: sampled");
        else
            QCOMPARE(r.memorySource, source);
        QCOMPARE(r.toJson().value(QStringLiteral("cpu_source")).toString(), r.cpuSource);
        QCOMPARE(r.toJson().value(QStringLiteral("memory_source")).toString(), r.memorySource);

        qint64 workMs = 0;
        const QList<QByteArray> lines = r.stdoutData.split('\n');
        for (const QByteArray &line : lines)
            if (line.startsWith("cpu "))
                workMs += qint64(line.mid(4).toDouble() * 1000);
        const QByteArray context = "reported " + QByteArray::number(r.cpuMs) + " ms (" + r.cpuSource.toUtf8()
            + "), the processes measured " + QByteArray::number(workMs) + " ms; peak "
            + QByteArray::number(r.peakMemoryBytes) + " bytes (" + r.memorySource.toUtf8() + ")";
        qInfo("%s", context.constData());
        if (workMs >= 1000) {
            // Within 20 % of what the processes used themselves; where
            // nothing can be missed, never less (a clock tick aside).
            QVERIFY2(r.cpuMs >= workMs * 8 / 10, context.constData());
            QVERIFY2(r.cpuMs <= workMs * 12 / 10, context.constData());
            if (exactCpu)
                QVERIFY2(r.cpuMs >= workMs - 10, context.constData());
        }
        QVERIFY2(r.peakMemoryBytes >= minMemory, context.constData());
        verifyHostUnharmed();
    }

    void stoppedRunIsAccounted()
    {
        // The analyst's Stop kills bwrap; what ran until then still counts.
        m_withoutCgroup = true;
        const auto restore = qScopeGuard([this]() { m_withoutCgroup = false; });
        QTemporaryDir dir;
        Request::Error error;
        const auto request = Request::parse(R"json({"schema":"airlock.request/v1","code":
            "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.6: pass\nprint('burned', flush=True)\ntime.sleep(600)"})json",
            dir.path(), &error);
        QVERIFY(request);
        QString prepareError;
        auto prepared = PreparedRun::prepare(*request, Policy::builtIn(), enforcement(), &prepareError);
        QVERIFY(prepared);
        SandboxRunner runner;
        QSignalSpy output(&runner, &SandboxRunner::outputReceived);
        QSignalSpy finished(&runner, &SandboxRunner::finished);
        runner.start(prepared.get(),
            Decision::make(Decision::Outcome::Approved, QStringLiteral("t"), {}, QStringLiteral("test"), {}));
        QTRY_VERIFY_WITH_TIMEOUT(!output.isEmpty(), 60000);
        runner.stop();
        QVERIFY(finished.wait(10000));
        const RunResult r = finished.constFirst().constFirst().value<RunResult>();
        QCOMPARE(r.endReason, End::Stopped);
        QCOMPARE(r.cpuSource, QStringLiteral("process-tree"));
        QVERIFY2(r.cpuMs >= 600, QByteArray::number(r.cpuMs).constData());
        prepared.reset();
        verifyHostUnharmed();
    }

    void stopKillsTheSandbox()
    {
        QTemporaryDir dir;
        Request::Error error;
        const auto request = Request::parse(
            R"json({"schema":"airlock.request/v1","code":"import time\nprint('go', flush=True)\ntime.sleep(600)"})json",
            dir.path(), &error);
        QVERIFY(request);
        QString prepareError;
        auto prepared = PreparedRun::prepare(*request, Policy::builtIn(), LimitEnforcement::detect(), &prepareError);
        QVERIFY(prepared);
        SandboxRunner runner;
        QSignalSpy started(&runner, &SandboxRunner::started);
        QSignalSpy finished(&runner, &SandboxRunner::finished);
        runner.start(prepared.get(),
            Decision::make(Decision::Outcome::Approved, QStringLiteral("t"), {}, QStringLiteral("test"), {}));
        QVERIFY(started.wait(30000));
        runner.stop();
        QVERIFY(finished.wait(10000));
        const RunResult r = finished.constFirst().constFirst().value<RunResult>();
        QCOMPARE(r.status, Status::Killed);
        QCOMPARE(r.endReason, End::Stopped);
        prepared.reset();
        verifyHostUnharmed();
    }
};

QTEST_GUILESS_MAIN(TestSandboxRunner)
#include "tst_sandboxrunner.moc"
