<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Airlock::CommandLine</name>
    <message>
        <source>Usage: airlockctl COMMAND [OPTIONS]

Commands:
  doctor [--json]   prove that the sandbox is real on this machine; exit 0 only
                    when every required check passes

airlockctl --help | --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl: no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proves that the sandbox is real on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl doctor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl doctor: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::Doctor</name>
    <message>
        <source>bubblewrap is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bubblewrap is recent enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a real sandbox starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python with numpy, pandas and matplotlib runs inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a loopback network interface exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection to an outside address fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment holds only the allow-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host secret is not in os.environ, /proc/1/environ or /proc/1/cmdline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s home, /root and host sockets are not visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/, /usr, /etc and /dev are read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file descriptor is inherited beyond 0-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no capabilities are held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new user namespace can be created inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a seccomp filter is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit enforcement available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bwrap was not found in %1; install the bubblewrap package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: no bwrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: no bwrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not bubblewrap: its --version printed &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bubblewrap %1 is older than the required %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bubblewrap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: bwrap cannot be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: no python3 under /usr (install python3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the probe did not finish within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the probe failed (exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its report is not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started the probe in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interfaces inside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect to 192.0.2.1:9 failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect to 192.0.2.1:9 was not refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the allow-list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stayed outside; pid 1 (bwrap) sees only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is readable in %2 (or it could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not visible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible: %1; not reported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes to /, /usr, /etc and /dev are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writable (or not reported): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private /tmp is not writable either</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>open inside: %n standard descriptor(s) only</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>also open inside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective %1, bounding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unshare(CLONE_NEWUSER) refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code could create a user namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seccomp: %1 (filters: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no seccomp filter is installed yet (Seccomp: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::DoctorCheck</name>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::DoctorModel</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::DoctorReport</name>
    <message>
        <source>The sandbox has not been checked yet: runs are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sandbox is ready: all %n required check(s) passed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox is NOT ready, runs are disabled. Failing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::LimitEnforcement</name>
    <message>
        <source>cgroup v2 (%1): caps total memory and process count of the whole sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cgroup v1 as root (%1, %2): caps total memory and process count of the whole sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no writable cgroup: totals rest on per-process limits and the watchdog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started as root: an unprivileged uid to drop to, under which the process limit holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started as uid %1: already unprivileged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rlimits: open files, file size, per-process memory, process count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host watchdog: a wall-clock timeout that kills the whole sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::MainWindow</name>
    <message>
        <source>Airlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Sandbox Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the pre-flight check that proves the sandbox is real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Airlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox readiness checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the sandbox… runs are disabled until it passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Airlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Airlock %1&lt;/h3&gt;&lt;p&gt;A workbench for governed analysis: agent-proposed Python code is reviewed, approved or rejected, and run in a bubblewrap sandbox, with every step kept in an audit trail.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::SandboxProcess</name>
    <message>
        <source>Cannot build the sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the sandbox: too many files to pass in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the sandbox&apos;s arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the sandbox&apos;s files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start bubblewrap (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Airlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
