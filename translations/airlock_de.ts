<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Airlock::ArtifactCollector</name>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; only regular files are collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hard link; only files with one name are collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes would exceed the %2 bytes allowed for all output files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed while it was being collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeds the %1 bytes allowed for all output files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::CgroupScope</name>
    <message>
        <source>cannot create cgroup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no writable cgroup on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the memory limit in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the process limit in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1/cgroup.procs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot enable the memory and pids controllers in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set limits in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::CodeAnalyzer</name>
    <message>
        <source>The code is %1 bytes long; the policy allows at most %2, so it was not analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code could not be analysed: the sandbox is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run airlockctl doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code could not be analysed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The code could not be analysed within %n second(s); it is too large or too complex to check.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the analyzer gave no report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::CodeCheck</name>
    <message>
        <source>it starts other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts further processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it opens network connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it calls native code directly, around Python&apos;s own checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it sends or fetches data over the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it loads code chosen only when the program runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it changes low-level file and terminal controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy forbids it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it reads or changes environment variables, where secrets often live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it runs code made up while the program runs, which no one reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it loads modules around the import checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it runs other programs or shell commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it sends signals to processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it waits for someone to type, and nobody will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not valid Python: %1 (line %2, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code cannot be analysed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 loads %2 by name at run time; the policy forbids it: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 imports %2, which the policy forbids: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 imports %2, which is not on the policy&apos;s list of allowed modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 calls %2 from the forbidden module %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 uses %2 from the forbidden module %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 calls %2, which the policy forbids: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 reaches %2 indirectly through getattr; the policy forbids it: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 uses %2, which the policy forbids: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 loads a module whose name is only known when the code runs, so no one can check which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 uses %2, a way to reach functions indirectly, around checks like this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 uses the file %2, outside the workspace; the sandbox does not have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 uses the file %2, which the request does not declare; it will not be there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 mentions the network address %2; the sandbox has no network, so any attempt to reach it will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has more findings than can be listed, so it could not be checked completely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::CommandLine</name>
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
    <message>
        <source>Usage: airlockctl COMMAND [OPTIONS]

Commands:
  check REQUEST.json [--policy P] [--json]
                    the policy&apos;s verdicts on a request; exit 0 when runnable, 3 when blocked
  run REQUEST.json --approve --reviewer NAME [--reason TEXT] [--override-reason TEXT]
                    [--policy P] [--out DIR] [--json]
                    run an approved request in a fresh sandbox
  doctor [--json]   prove that the sandbox is real on this machine; exit 0 only
                    when every required check passes

Exit codes: 0 success, 1 the run failed (non-zero exit, timeout, killed),
2 bad usage or malformed input, 3 blocked by policy, 4 rejected.

airlockctl --help | --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl: the policy %1 is not valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl: %1 is not a valid request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl: cannot prepare the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl: %1 Run &quot;airlockctl doctor&quot; for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the policy&apos;s verdicts on a request, without running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request file (airlock.request/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy to check against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the verdicts as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl check: give exactly one request file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by the policy &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runnable under the policy &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs an approved request in a fresh sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the request: nothing runs without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approves (recorded with the decision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run despite a blocking verdict, where the policy allows it, for this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy to hold the request to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the run&apos;s output files into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl run: give exactly one request file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl run: nothing runs without an explicit --approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl run: --reviewer NAME is required: every decision names who made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The policy blocks this request; nothing ran. The policy allows an override with --override-reason and a justification of at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The policy blocks this request and allows no override; nothing ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; allows no override of a blocking verdict; nothing ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An override needs a justification of at least %n character(s); nothing ran.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[output truncated: %1 of %2 bytes shown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[error output truncated: %1 of %2 bytes shown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artifact %1 (%2 bytes, %3, sha256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not collected: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 ms</source>
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
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: the seccomp filter could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seccomp: %1 (filters: %2); an internet socket: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried</source>
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
    <name>Airlock::InputStager</name>
    <message>
        <source>&quot;%1&quot; is a symbolic link%2; links are not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pointing outside the request&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; only regular files can be mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes; the policy allows at most %3 per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &quot;%1&quot; the inputs exceed %2 bytes in total, the policy&apos;s cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; grew beyond %2 bytes while it was being copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be copied: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private copy of &quot;%1&quot; no longer matches what was reviewed; the run is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed after it was reviewed (reviewed SHA-256 %2, now %3); the run is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable or larger</source>
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
    <message>
        <source>started as root: each sandbox drops to a uid of its own (this one: %1), under which the process limit holds</source>
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
    <name>Airlock::Policy</name>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known setting (known here: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must look like &quot;.csv&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; that is not a policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::Request</name>
    <message>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the request file is larger than %n MiB</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most 200 characters, without NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: a request must carry the code to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::RequestCheck</name>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains a slash; files appear directly in /workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains &quot;..&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name starts with a dot (hidden files are not mounted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;output&quot; is reserved for the run&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than 255 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request asks for network access (&quot;%1&quot;); runs never have a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request declares %1 files; the policy allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is declared twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed kind of file; allowed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of &quot;%1&quot; is empty or contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carries no code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::RunDirectory</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder of ours that only we can write; refusing to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a run folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hand %1 to the sandbox user: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::RunLimits</name>
    <message>
        <source>The request asks for %1 of %2; the policy allows at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds of run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes of printed output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB of output files</source>
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
    <name>Airlock::SandboxRunner</name>
    <message>
        <source>bwrap or python3 is missing; run airlockctl doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system call filter could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s cgroup could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cgroup %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a pipe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rlimits (files %1, processes %2, file size %3, address space %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watchdog %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::SeccompFilter</name>
    <message>
        <source>libseccomp could not create a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seccomp rule for %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export the seccomp filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export the seccomp filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (EPERM): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clone3 refused with ENOSYS, so clone&apos;s flags are what the kernel checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ioctl TIOCSTI and TIOCLINUX refused (EPERM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket and socketpair for any family but AF_UNIX refused (EAFNOSUPPORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system calls of another architecture kill the process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>is larger than max (%1)</source>
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
