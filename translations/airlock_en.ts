<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Airlock::ArtifactView</name>
    <message numerus="yes">
        <source>Only part of the file is shown: the first %n row(s), at most %1 columns and %2 bytes a cell.</source>
        <translation>
            <numerusform>Only part of the file is shown: the first %n row, at most %1 columns and %2 bytes a cell.</numerusform>
            <numerusform>Only part of the file is shown: the first %n rows, at most %1 columns and %2 bytes a cell.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::AuditExport</name>
    <message numerus="yes">
        <source>intact: %n record(s) verified</source>
        <translation>
            <numerusform>intact: %n record verified</numerusform>
            <numerusform>intact: %n records verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT intact: %n bad record(s); the first is #%1: %2</source>
        <translation>
            <numerusform>NOT intact: %n bad record; the first is #%1: %2</numerusform>
            <numerusform>NOT intact: %n bad records; the first is #%1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::AuditTrail</name>
    <message numerus="yes">
        <source>the trail was truncated: the last %n record(s) are gone</source>
        <translation>
            <numerusform>the trail was truncated: the last %n record are gone</numerusform>
            <numerusform>the trail was truncated: the last %n records are gone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::CodeAnalyzer</name>
    <message numerus="yes">
        <source>The code could not be analysed within %n second(s); it is too large or too complex to check.</source>
        <translation>
            <numerusform>The code could not be analysed within %n second; it is too large or too complex to check.</numerusform>
            <numerusform>The code could not be analysed within %n seconds; it is too large or too complex to check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::CommandLine</name>
    <message numerus="yes">
        <source>The policy blocks this request; nothing ran. The policy allows an override with --override-reason and a justification of at least %n character(s).</source>
        <translation>
            <numerusform>The policy blocks this request; nothing ran. The policy allows an override with --override-reason and a justification of at least %n character.</numerusform>
            <numerusform>The policy blocks this request; nothing ran. The policy allows an override with --override-reason and a justification of at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail verified: intact, %n record(s).</source>
        <translation>
            <numerusform>Audit trail verified: intact, %n record.</numerusform>
            <numerusform>Audit trail verified: intact, %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s) verified.</source>
        <translation>
            <numerusform>The audit trail is intact: %n record verified.</numerusform>
            <numerusform>The audit trail is intact: %n records verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>Exported %n request to %1.</numerusform>
            <numerusform>Exported %n requests to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad record(s):</source>
        <translation>
            <numerusform>%n bad record:</numerusform>
            <numerusform>%n bad records:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (audit verify --json lists them all)</source>
        <translation>
            <numerusform>… and %n more (audit verify --json lists them all)</numerusform>
            <numerusform>… and %n more (audit verify --json lists them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shipped %n record(s) to %1; </source>
        <translation>
            <numerusform>Shipped %n record to %1; </numerusform>
            <numerusform>Shipped %n records to %1; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: intact, %n record(s) verified.</source>
        <translation>
            <numerusform>%1: intact, %n record verified.</numerusform>
            <numerusform>%1: intact, %n records verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::DecisionDialog</name>
    <message numerus="yes">
        <source>You override %n blocking verdict(s):</source>
        <translation>
            <numerusform>You override %n blocking verdict:</numerusform>
            <numerusform>You override %n blocking verdicts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::Doctor</name>
    <message numerus="yes">
        <source>the probe did not finish within %n second(s)</source>
        <translation>
            <numerusform>the probe did not finish within %n second</numerusform>
            <numerusform>the probe did not finish within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open inside: %n standard descriptor(s) only</source>
        <translation>
            <numerusform>open inside: %n standard descriptor only</numerusform>
            <numerusform>open inside: %n standard descriptors only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::DoctorReport</name>
    <message numerus="yes">
        <source>The sandbox is ready: all %n required check(s) passed.</source>
        <translation>
            <numerusform>The sandbox is ready: all %n required check passed.</numerusform>
            <numerusform>The sandbox is ready: all %n required checks passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::HistoryView</name>
    <message numerus="yes">
        <source>%n matching request(s)</source>
        <translation>
            <numerusform>%n matching request</numerusform>
            <numerusform>%n matching requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt;: all %n record(s) verified at %1.</source>
        <translation>
            <numerusform>&lt;b&gt;Intact&lt;/b&gt;: all %n record verified at %1.</numerusform>
            <numerusform>&lt;b&gt;Intact&lt;/b&gt;: all %n records verified at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt; up to record %1: verified %1 of %2 records at %3; %n newer, not yet verified. &lt;a href="#newer"&gt;Verify the newer records&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Intact&lt;/b&gt; up to record %1: verified %1 of %2 records at %3; %n newer, not yet verified. &lt;a href="#newer"&gt;Verify the newer records&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;Intact&lt;/b&gt; up to record %1: verified %1 of %2 records at %3; %n newer, not yet verified. &lt;a href="#newer"&gt;Verify the newer records&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style="color:#d03030"&gt;NOT intact&lt;/b&gt; at %1: %n bad record(s); the first is record &lt;a href="#bad"&gt;#%2&lt;/a&gt;: %3</source>
        <translation>
            <numerusform>&lt;b style="color:#d03030"&gt;NOT intact&lt;/b&gt; at %1: %n bad record; the first is record &lt;a href="#bad"&gt;#%2&lt;/a&gt;: %3</numerusform>
            <numerusform>&lt;b style="color:#d03030"&gt;NOT intact&lt;/b&gt; at %1: %n bad records; the first is record &lt;a href="#bad"&gt;#%2&lt;/a&gt;: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::MainWindow</name>
    <message numerus="yes">
        <source>Back in the inbox from the last session: %n request(s) still waiting for a decision.</source>
        <translation>
            <numerusform>Back in the inbox from the last session: %n request still waiting for a decision.</numerusform>
            <numerusform>Back in the inbox from the last session: %n requests still waiting for a decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agents are waiting for an answer to %n request(s); they are told that the workbench closed.</source>
        <translation>
            <numerusform>Agents are waiting for an answer to %n request; they are told that the workbench closed.</numerusform>
            <numerusform>Agents are waiting for an answer to %n requests; they are told that the workbench closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in progress will be stopped; each stop is recorded in the audit trail.</source>
        <translation>
            <numerusform>%n run in progress will be stopped; each stop is recorded in the audit trail.</numerusform>
            <numerusform>%n runs in progress will be stopped; each stop is recorded in the audit trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the next start, the inbox shows the %n undecided request(s) again: the audit trail keeps every request until it is decided. A request from an agent can then still be decided, but its answer can no longer be delivered.</source>
        <translation>
            <numerusform>At the next start, the inbox shows the %n undecided request again: the audit trail keeps every request until it is decided. A request from an agent can then still be decided, but its answer can no longer be delivered.</numerusform>
            <numerusform>At the next start, the inbox shows the %n undecided requests again: the audit trail keeps every request until it is decided. A request from an agent can then still be decided, but its answer can no longer be delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team trail: %n record(s) to ship</source>
        <translation>
            <numerusform>Team trail: %n record to ship</numerusform>
            <numerusform>Team trail: %n records to ship</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team trail: %n record(s) waiting</source>
        <translation>
            <numerusform>Team trail: %n record waiting</numerusform>
            <numerusform>Team trail: %n records waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::MountModel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::PreviewRenderer</name>
    <message numerus="yes">
        <source>Drawing it took longer than %n second(s).</source>
        <translation>
            <numerusform>Drawing it took longer than %n second.</numerusform>
            <numerusform>Drawing it took longer than %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::QuantityText</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n process</numerusform>
            <numerusform>%n processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open file(s)</source>
        <translation>
            <numerusform>%n open file</numerusform>
            <numerusform>%n open files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::ReleaseDialog</name>
    <message numerus="yes">
        <source>The scan found %n possible secret(s) or personal data in these results:</source>
        <translation>
            <numerusform>The scan found %n possible secret or personal data in these results:</numerusform>
            <numerusform>The scan found %n possible secrets or personal data in these results:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::Request</name>
    <message numerus="yes">
        <source>the request file is larger than %n MiB</source>
        <translation>
            <numerusform>the request file is larger than %n MiB</numerusform>
            <numerusform>the request file is larger than %n MiB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::RequestCheck</name>
    <message numerus="yes">
        <source>The agent %1 sent the reference "%2" before, in %n other request(s): %3.</source>
        <translation>
            <numerusform>The agent %1 sent the reference "%2" before, in %n other request: %3.</numerusform>
            <numerusform>The agent %1 sent the reference "%2" before, in %n other requests: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::RequestSession</name>
    <message numerus="yes">
        <source>Overriding a blocking verdict needs a justification of at least %n character(s).</source>
        <translation>
            <numerusform>Overriding a blocking verdict needs a justification of at least %n character.</numerusform>
            <numerusform>Overriding a blocking verdict needs a justification of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::ReviewPane</name>
    <message numerus="yes">
        <source>… [%n more character(s)]</source>
        <translation>
            <numerusform>… [%n more character]</numerusform>
            <numerusform>… [%n more characters]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source># [%n more character(s) not shown: the code is over the policy's size limit]</source>
        <translation>
            <numerusform># [%n more character not shown: the code is over the policy's size limit]</numerusform>
            <numerusform># [%n more characters not shown: the code is over the policy's size limit]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::RunPane</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) over the limit</source>
        <translation>
            <numerusform>%n more file over the limit</numerusform>
            <numerusform>%n more files over the limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is waiting for these results. The scan found %n possible secret(s) or personal data: look before you release.</source>
        <translation>
            <numerusform>%1 is waiting for these results. The scan found %n possible secret or personal data: look before you release.</numerusform>
            <numerusform>%1 is waiting for these results. The scan found %n possible secrets or personal data: look before you release.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) not reported (over the cap)</source>
        <translation>
            <numerusform>%n more event not reported (over the cap)</numerusform>
            <numerusform>%n more events not reported (over the cap)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) opened</source>
        <translation>
            <numerusform>%n file opened</numerusform>
            <numerusform>%n files opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network attempt(s), all blocked</source>
        <translation>
            <numerusform>%n network attempt, all blocked</numerusform>
            <numerusform>%n network attempts, all blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subprocess(es)</source>
        <translation>
            <numerusform>%n subprocess</numerusform>
            <numerusform>%n subprocesses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::TeamChainModel</name>
    <message numerus="yes">
        <source>✓ Intact: %n record(s); signed head at record %1</source>
        <translation>
            <numerusform>✓ Intact: %n record; signed head at record %1</numerusform>
            <numerusform>✓ Intact: %n records; signed head at record %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Intact: %n record(s); no signed head yet</source>
        <translation>
            <numerusform>✓ Intact: %n record; no signed head yet</numerusform>
            <numerusform>✓ Intact: %n records; no signed head yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✗ NOT intact: %n bad record(s), the first #%1</source>
        <translation>
            <numerusform>✗ NOT intact: %n bad record, the first #%1</numerusform>
            <numerusform>✗ NOT intact: %n bad records, the first #%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::TeamHistoryWindow</name>
    <message numerus="yes">
        <source>%n chain(s) in %1; nothing here writes to it.</source>
        <translation>
            <numerusform>%n chain in %1; nothing here writes to it.</numerusform>
            <numerusform>%n chains in %1; nothing here writes to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verifying %n chain(s)…</source>
        <translation>
            <numerusform>Verifying %n chain…</numerusform>
            <numerusform>Verifying %n chains…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::TimelineModel</name>
    <message numerus="yes">
        <source>the memory limit was hit (%n time(s))</source>
        <translation>
            <numerusform>the memory limit was hit (%n time)</numerusform>
            <numerusform>the memory limit was hit (%n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the process limit refused a new process (%n time(s))</source>
        <translation>
            <numerusform>the process limit refused a new process (%n time)</numerusform>
            <numerusform>the process limit refused a new process (%n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) not reported (over the cap)</source>
        <translation>
            <numerusform>%n more event not reported (over the cap)</numerusform>
            <numerusform>%n more events not reported (over the cap)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) imported: %1</source>
        <translation>
            <numerusform>%n module imported: %1</numerusform>
            <numerusform>%n modules imported: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
