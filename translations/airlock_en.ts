<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>An override needs a justification of at least %n character(s); nothing ran.</source>
        <translation>
            <numerusform>An override needs a justification of at least %n character; nothing ran.</numerusform>
            <numerusform>An override needs a justification of at least %n characters; nothing ran.</numerusform>
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
    <name>Airlock::Request</name>
    <message numerus="yes">
        <source>the request file is larger than %n MiB</source>
        <translation>
            <numerusform>the request file is larger than %n MiB</numerusform>
            <numerusform>the request file is larger than %n MiB</numerusform>
        </translation>
    </message>
</context>
</TS>
