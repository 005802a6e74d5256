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
    <name>Airlock::ArtifactModel</name>
    <message>
        <source>It is compressed (SVGZ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It declares XML entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It refers to a file or address outside itself (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PNG or JPEG image, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to show (%1 × %2 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::ArtifactView</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SHA-256 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “%1” As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this kind of file.
%1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not shown: %2 Save it to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be shown: it is not a valid SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be shown.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only part of the file is shown: the first %n row(s), at most %1 columns and %2 bytes a cell.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is not valid JSON (%1 at byte %2); it is shown as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 of %2 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::AuditExport</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounted files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, as approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot;, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact %1 (%2 bytes, %3, SHA-256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reported events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by the code itself, which could have altered them; shown, never relied on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airlock evidence report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>intact: %n record(s) verified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>NOT intact: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::AuditTrail</name>
    <message>
        <source>there is no audit trail at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the audit trail %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an audit trail Airlock can read (not a SQLite database, or damaged): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the audit trail %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not an Airlock audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Airlock (audit schema %2); this one reads up to schema %3. Open it with a newer Airlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the audit trail %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Airlock audit trail (no schema version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the audit trail %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process that ran it ended before recording the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail %1 is busy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is missing (the next one is %2): deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 was edited: its content no longer matches its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is out of order: it belongs after record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 does not follow the one before it: the chain was rewritten or a record replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: the artifact&apos;s stored content is missing or altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the trail was truncated: the last %n record(s) are gone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>record %1 does not match the head kept beside the trail: the chain was rewritten or the head file replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::AuditWriter</name>
    <message>
        <source>The audit trail is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail %1 could not be opened: %2</source>
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
    <name>Airlock::CodeView</name>
    <message>
        <source>Line numbers and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed code</source>
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
        <source>airlockctl doctor: unexpected argument &quot;%1&quot;</source>
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
    <message>
        <source>Usage: airlockctl COMMAND [OPTIONS]

Commands:
  check REQUEST.json [--policy P] [--json]
                    the policy&apos;s verdicts on a request; exit 0 when runnable, 3 when blocked
  run REQUEST.json --approve --reviewer NAME [--reason TEXT] [--override-reason TEXT]
                    [--policy P] [--out DIR] [--json] [--db DB]
                    run an approved request in a fresh sandbox
  reject REQUEST.json --reviewer NAME --reason TEXT [--policy P] [--db DB]
                    record a rejection
  audit list [--since T] [--until T] [--agent A] [--reviewer R] [--status S]
             [--search TEXT] [--limit N] [--json] [--db DB]
  audit show ID [--json] [--db DB]
  audit verify [--db DB]
  audit export --format csv|json|html [filters] [-o FILE] [--db DB]
               (listing and export leave trainer scenarios out unless --scenarios include|only)
  demo [--out DIR] [--scenario ID]...
                    run every trainer scenario end to end into a fresh trail, print what
                    stopped each one, write the artifacts and the evidence report
  doctor [--json]   prove that the sandbox is real on this machine; exit 0 only
                    when every required check passes

Exit codes: 0 success, 1 the run failed (non-zero exit, timeout, killed),
2 bad usage or malformed input, 3 blocked by policy, 4 rejected.

airlockctl --help | --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl: the audit trail could not record this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl: the audit trail could not record the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail to record in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl: the audit trail could not record the decision, so nothing ran: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is not ready on this machine; nothing ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl: the audit trail could not record the run&apos;s end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs every bundled trainer scenario through the policy, a recorded decision and the sandbox, into a fresh audit trail, and writes the artifacts and the evidence report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the trail, artifacts and report go (default: ./airlock-demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only this scenario (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl demo: the bundled scenarios cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl demo: unknown scenario among: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl demo: cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(benign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: the request could not be reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 block, %2 warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training demonstration of the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl demo: the audit trail could not record the decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNEXPECTED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl demo: cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail verified: intact, %n record(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail NOT intact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 scenario(s) behaved as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the rejection of a request; nothing runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy to check the request against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl reject: give exactly one request file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl reject: --reviewer NAME is required: every decision names who made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl reject: the policy &quot;%1&quot; requires a reason: --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl: the audit trail could not record the rejection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browses, verifies and exports the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail (default: the per-user one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests from this time on (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests before this time (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this agent&apos;s requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests this reviewer decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests with this outcome or run status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search over prompt and code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many requests (list: 100; export: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: csv, json or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer scenarios: exclude (the default), include or only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show ID, verify or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl audit: say list, show ID, verify or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl audit: &quot;%1&quot; is not an ISO 8601 date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl audit: --scenarios takes exclude, include or only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl audit: --limit takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s) verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is NOT intact. First bad record: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl audit show: give a request id or record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl audit show: nothing recorded for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl audit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl audit export: --format csv, json or html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airlockctl audit export: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::CsvModel</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::CsvTable</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::DecisionDialog</name>
    <message>
        <source>Reject Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override Blocking Verdicts and Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and Run Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request will not run. The rejection is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The policy blocks this request.&lt;/b&gt; It allows an override by a reviewer who justifies it; the justification is recorded with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code below runs in the sandbox as soon as you confirm. The decision is recorded first, bound to exactly this code and these inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this request is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why running it despite the policy is justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override and Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve and Run</source>
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
        <source>Seccomp: %1 (filters: %2); an internet socket: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: %1</source>
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
    <name>Airlock::HistoryModel</name>
    <message>
        <source>Training scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::HistoryView</name>
    <message>
        <source>&amp;Verify Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected request&apos;s story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every record&apos;s hash and the chain, in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected requests, or every matching one when none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence Report (HTML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Request as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search prompts and code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy name or SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input file name or SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst: blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst: warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst: information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training scenarios only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit trail open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the request of record #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt;: %n record(s) verified at %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#a00&quot;&gt;NOT intact&lt;/b&gt; at %1: record &lt;a href=&quot;#bad&quot;&gt;#%2&lt;/a&gt;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#a00&quot;&gt;NOT intact&lt;/b&gt; at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is NOT intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airlock request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Request as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::HistoryWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Audit Trail (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 read-only: nothing here writes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::InboxFolder</name>
    <message>
        <source>The inbox folder &quot;%1&quot; has disappeared; it will be watched again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox folder &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox folder &quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox &quot;%1&quot; is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::InboxModel</name>
    <message>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
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
    <message>
        <source>The policy %1 is not valid, so no request can be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Requests can be read but not decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not record a step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request in the inbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add request files to the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Audit Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse any audit trail read-only, such as one copied from another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Inbox Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder watched for new request files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a decided request off the list; its records stay in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sce&amp;narios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A benign analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect the Sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact sandbox the selected request&apos;s run gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show R&amp;un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox is being checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request can be opened while the policy is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs are disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; blocks this request and allows no override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder for the scenario&apos;s files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trails (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Running Requests?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) still in progress. Stop them and quit? Each stop is recorded in the audit trail.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::MountModel</name>
    <message>
        <source>/workspace/%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This file was not copied for the run; see the verdicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
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
    <message>
        <source>%1 is not a regular file</source>
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
    <name>Airlock::RequestSession</name>
    <message>
        <source>It could not be recorded in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request, with this same code, was already decided: %1 by %2 at %3 (audit record #%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request with this id but other code was already decided: %1 by %2 at %3 (audit record #%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be recorded in the audit trail, so it cannot be decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a request waiting for a decision can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your name: every decision names who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; blocks this request and allows no override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overriding a blocking verdict needs a justification of at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only a request waiting for a decision can be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; requires a reason for a rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be recorded in the audit trail, so it was not made and nothing ran: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the analyst before the run started; nothing ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s end could not be recorded in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::ReviewPane</name>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and run this request (Ctrl+Shift+A); asks for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject this request (Ctrl+Shift+R); asks for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a request file (Ctrl+O), drop one on the window, or place one in the inbox folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… [%n more character(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source># [%n more character(s) not shown: the code is over the policy&apos;s size limit]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No declared files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and staging the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runnable: no finding blocks this request under the policy &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an override: the policy &quot;%1&quot; blocks this request, but allows a reviewer to override it with a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: the policy &quot;%1&quot; blocks this request and allows no override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training scenario &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy allows no override: this request can only be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs are disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staged copy cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary file: no preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[… only the first %1 are shown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was not staged, so there is nothing to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first rows are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The limits are known once the request is staged.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output per stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
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
    <name>Airlock::RunPane</name>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used of the run&apos;s timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill the whole sandbox now (Ctrl+.); the stop is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events the code reported about itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: nothing ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running in the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s of %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on stdout, %2 on stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output beyond %1 per stream was counted but not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) over the limit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1, hash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file(s) opened, %2 network attempt(s) (all blocked), %3 subprocess(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events are reported by an audit hook inside the sandbox: they show what the code did, but code that attacks the hook can hide from it. The sandbox&apos;s limits do not depend on them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::SandboxCommand</name>
    <message>
        <source>bwrap or python3 is missing; run airlockctl doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system call filter could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::SandboxInspector</name>
    <message>
        <source>Sandbox Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is known once the request is read and staged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not be described: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In Plain Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw bwrap Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1, SHA-256 %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the host&apos;s %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the host&apos;s %2, writable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a sealed copy made for this run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (empty, in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (empty, in memory, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a minimal /dev (null, zero, random, urandom, tty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sandbox&apos;s own processes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment is cleared: nothing of the host&apos;s is passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it dies with Airlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new session: it cannot type into Airlock&apos;s terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capabilities dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a seccomp filter (see below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the code can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices and processes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else of the host exists inside: no home folders, no /etc beyond what is listed, no sockets, no other processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own namespaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: a namespace of its own with only a loopback; no route out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment the code sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits and what enforces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 s, by a watchdog that kills the whole sandbox, and CPU-time rlimits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: %1 for the whole sandbox (cgroup where there is one; per process by RLIMIT_AS otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes: %1 (cgroup pids and RLIMIT_NPROC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open files: %1 per process (RLIMIT_NOFILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: %1 per stream kept; the rest is counted and dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files written: at most %1 files, %2 in all (tmpfs size and RLIMIT_FSIZE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: the analyst&apos;s own, without any capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: uid %1, used by this sandbox alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As enforced for this run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cgroup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System calls (seccomp)</source>
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
    <message>
        <source>refused before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was stopped before its sandbox started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox cannot be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airlock::ScenarioPicker</name>
    <message>
        <source>Training Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The static check flags it; under the training policy it only warns, so the code can be run to show the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The static check does not flag it: only the sandbox stops it.</source>
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
    <name>Airlock::VerdictModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario in %1 calls itself %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the scenario file %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdout lacks &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdout contains &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host&apos;s secret reached the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no artifact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 artifact(s) rejected, expected at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdout truncated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityStyle</name>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
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
    <message>
        <source>The Airlock workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse this audit trail read-only, without the workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request files to open in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
