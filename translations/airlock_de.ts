<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Airlock::AgentClient</name>
    <message>
        <source>No Airlock workbench is running for this user (nothing answers at %1). Start the workbench (airlock) and try again.</source>
        <translation>Für diesen Benutzer läuft keine Airlock-Werkbank (unter %1 antwortet nichts). Starten Sie die Werkbank (airlock) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workbench socket %1 is not this user&apos;s to use.</source>
        <translation>Der Werkbank-Socket %1 darf von diesem Benutzer nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The workbench cannot be reached at %1: %2</source>
        <translation>Die Werkbank ist unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>This user has no private runtime folder ($XDG_RUNTIME_DIR), so no workbench can be reached.</source>
        <translation>Dieser Benutzer hat keinen privaten Laufzeitordner ($XDG_RUNTIME_DIR), daher ist keine Werkbank erreichbar.</translation>
    </message>
    <message>
        <source>The workbench&apos;s answer was larger than %1 bytes and could not be read.</source>
        <translation>Die Antwort der Werkbank war größer als %1 Byte und konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Airlock::AgentOrigin</name>
    <message>
        <source>an unnamed client</source>
        <translation>Client ohne Namen</translation>
    </message>
    <message>
        <source>%1 via MCP</source>
        <translation>%1 über MCP</translation>
    </message>
    <message>
        <source>%1 via the workbench socket</source>
        <translation>%1 über den Werkbank-Socket</translation>
    </message>
</context>
<context>
    <name>Airlock::AgentServer</name>
    <message>
        <source>The folder %1 for the agent socket cannot be made.</source>
        <translation>Der Ordner %1 für den Agenten-Socket kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder %1 for the agent socket is not a folder of this user&apos;s own.</source>
        <translation>Der Ordner %1 für den Agenten-Socket gehört nicht diesem Benutzer.</translation>
    </message>
    <message>
        <source>Another Airlock workbench is already receiving agent requests (%1).</source>
        <translation>Eine andere Airlock-Werkbank empfängt bereits Anfragen von Agenten (%1).</translation>
    </message>
    <message>
        <source>Agents cannot reach the workbench: the socket %1 could not be opened (%2).</source>
        <translation>Agenten können die Werkbank nicht erreichen: Der Socket %1 konnte nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>Connections from other users are refused.</source>
        <translation>Verbindungen anderer Benutzer werden abgewiesen.</translation>
    </message>
    <message>
        <source>A connection from another user (uid %1, process %2) was refused.</source>
        <translation>Eine Verbindung eines anderen Benutzers (uid %1, Prozess %2) wurde abgewiesen.</translation>
    </message>
    <message>
        <source>A message was longer than %1 bytes and was ignored.</source>
        <translation>Eine Nachricht war länger als %1 Byte und wurde ignoriert.</translation>
    </message>
    <message>
        <source>Not JSON: %1 at offset %2.</source>
        <translation>Kein JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>Not a JSON-RPC 2.0 request: it needs &quot;jsonrpc&quot;: &quot;2.0&quot;, a &quot;method&quot; string, an &quot;id&quot; and &quot;params&quot; as an object.</source>
        <translation>Keine JSON-RPC-2.0-Anfrage: Erforderlich sind &quot;jsonrpc&quot;: &quot;2.0&quot;, eine Zeichenkette &quot;method&quot;, eine &quot;id&quot; und &quot;params&quot; als Objekt.</translation>
    </message>
    <message>
        <source>No request with the ticket &quot;%1&quot; was handed in to this workbench.</source>
        <translation>Dieser Werkbank wurde keine Anfrage mit dem Ticket „%1“ übergeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something an agent can do: only the analyst in the workbench approves, rejects and releases.</source>
        <translation>„%1“ steht einem Agenten nicht zu: Nur Analyst(in) in der Werkbank genehmigt, lehnt ab und gibt frei.</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation>Unbekannte Methode „%1“.</translation>
    </message>
    <message>
        <source>&quot;submit&quot; needs &quot;request&quot; (the request as an object) or &quot;document&quot; (its text).</source>
        <translation>„submit“ erfordert „request“ (die Anfrage als Objekt) oder „document“ (ihren Text).</translation>
    </message>
    <message>
        <source>The workbench does not take requests right now.</source>
        <translation>Die Werkbank nimmt gerade keine Anfragen an.</translation>
    </message>
    <message>
        <source>Being checked against the policy.</source>
        <translation>Wird anhand der Richtlinie geprüft.</translation>
    </message>
    <message>
        <source>Waiting for the analyst&apos;s decision.</source>
        <translation>Wartet auf die Entscheidung durch Analyst(in).</translation>
    </message>
    <message>
        <source>Approved; the sandbox is being set up.</source>
        <translation>Genehmigt; die Sandbox wird eingerichtet.</translation>
    </message>
    <message>
        <source>Running in the sandbox: %1 s of at most %2 s.</source>
        <translation>Läuft in der Sandbox: %1 s von höchstens %2 s.</translation>
    </message>
    <message>
        <source>The run ended; its outputs are being scanned before release.</source>
        <translation>Der Lauf ist beendet; seine Ausgaben werden vor der Freigabe durchsucht.</translation>
    </message>
    <message>
        <source>The run ended; waiting for the analyst to release the results.</source>
        <translation>Der Lauf ist beendet; wartet auf die Freigabe der Ergebnisse durch Analyst(in).</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <source>Not a valid request.</source>
        <translation>Keine gültige Anfrage.</translation>
    </message>
    <message>
        <source>Rejected by the analyst.</source>
        <translation>Von Analyst(in) abgelehnt.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Zurückgezogen.</translation>
    </message>
    <message>
        <source>The request was removed from the workbench before it was settled.</source>
        <translation>Die Anfrage wurde aus der Werkbank entfernt, bevor sie erledigt war.</translation>
    </message>
    <message>
        <source>Agents cannot reach the workbench: this user has no private runtime folder ($XDG_RUNTIME_DIR) for its socket.</source>
        <translation>Agenten können die Werkbank nicht erreichen: Dieser Benutzer hat keinen privaten Laufzeitordner ($XDG_RUNTIME_DIR) für ihren Socket.</translation>
    </message>
    <message>
        <source>This connection is already waiting for that request.</source>
        <translation>Diese Verbindung wartet bereits auf diese Anfrage.</translation>
    </message>
    <message>
        <source>%1 requests from agents already wait for the analyst; try again later.</source>
        <translation>Bereits %1 Anfragen von Agenten warten auf Analyst(in); versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>Airlock::ArtifactCollector</name>
    <message>
        <source>a symbolic link</source>
        <translation>eine symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1; only regular files are collected</source>
        <translation>%1; nur reguläre Dateien werden übernommen</translation>
    </message>
    <message>
        <source>a hard link; only files with one name are collected</source>
        <translation>ein harter Link; nur Dateien mit genau einem Namen werden übernommen</translation>
    </message>
    <message>
        <source>changed while it was being collected</source>
        <translation>wurde während der Übernahme geändert</translation>
    </message>
    <message>
        <source>its %1 would exceed the %2 allowed for all output files</source>
        <translation>seine %1 würden die für alle Ausgabedateien erlaubten %2 überschreiten</translation>
    </message>
    <message>
        <source>exceeds the %1 allowed for all output files</source>
        <translation>überschreitet die für alle Ausgabedateien erlaubten %1</translation>
    </message>
</context>
<context>
    <name>Airlock::ArtifactModel</name>
    <message>
        <source>It is compressed (SVGZ).</source>
        <translation>Die Datei ist komprimiert (SVGZ).</translation>
    </message>
    <message>
        <source>It is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>It declares XML entities.</source>
        <translation>Die Datei deklariert XML-Entitäten.</translation>
    </message>
    <message>
        <source>It refers to a file or address outside itself (%1).</source>
        <translation>Die Datei verweist auf eine Datei oder Adresse außerhalb ihrer selbst (%1).</translation>
    </message>
    <message>
        <source>This is not a PNG or JPEG image, or it is damaged.</source>
        <translation>Dies ist kein PNG- oder JPEG-Bild, oder es ist beschädigt.</translation>
    </message>
    <message>
        <source>The image is too large to show (%1 × %2 pixels).</source>
        <translation>Das Bild ist zu groß für die Anzeige (%1 × %2 Pixel).</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>Das Bild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Written as “%1”</source>
        <translation>Geschrieben als „%1“</translation>
    </message>
</context>
<context>
    <name>Airlock::ArtifactView</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verkl&amp;einern</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the SHA-256 to the clipboard</source>
        <translation>SHA-256 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>SHA-256 kopieren</translation>
    </message>
    <message>
        <source>No files to show.</source>
        <translation>Keine Dateien zum Anzeigen.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>File contents</source>
        <translation>Dateiinhalt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>There is no file to save.</source>
        <translation>Es gibt keine Datei zum Speichern.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save “%1” As</source>
        <translation>„%1“ speichern unter</translation>
    </message>
    <message>
        <source>Written as “%1”</source>
        <translation>Geschrieben als „%1“</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) · %3</source>
        <translation>%1 (%2 Byte) · %3</translation>
    </message>
    <message>
        <source>No preview for this kind of file.
%1, SHA-256 %2</source>
        <translation>Für diesen Dateityp gibt es keine Vorschau.
%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>“%1” is not shown: %2 Save it to inspect it.</source>
        <translation>„%1“ wird nicht angezeigt: %2 Speichern Sie die Datei, um sie zu untersuchen.</translation>
    </message>
    <message>
        <source>“%1” cannot be shown.
%2</source>
        <translation>„%1“ kann nicht angezeigt werden.
%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>Only part of the file is shown: the first %n row(s), at most %1 columns and %2 bytes a cell.</source>
        <translation>
            <numerusform>Nur ein Teil der Datei wird angezeigt: %n Zeile, höchstens %1 Spalten und %2 Byte pro Zelle.</numerusform>
            <numerusform>Nur ein Teil der Datei wird angezeigt: die ersten %n Zeilen, höchstens %1 Spalten und %2 Byte pro Zelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not valid JSON (%1 at byte %2); it is shown as it is.</source>
        <translation>Dies ist kein gültiges JSON (%1 bei Byte %2); es wird unverändert angezeigt.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 are shown.</source>
        <translation>Nur die ersten %1 von %2 werden angezeigt.</translation>
    </message>
    <message>
        <source>Not recorded: the audit trail could not take this run&apos;s end, so these files are not in it. They are shown for your judgement only and cannot be saved.</source>
        <translation>Nicht festgehalten: Das Prüfprotokoll konnte das Ende dieses Laufs nicht aufnehmen, daher sind diese Dateien nicht darin. Sie werden nur zu Ihrer Beurteilung gezeigt und können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>“%1” is not recorded in the audit trail, so it cannot be saved.</source>
        <translation>„%1“ ist nicht im Prüfprotokoll festgehalten und kann daher nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Rendering “%1”…</source>
        <translation>„%1“ wird gezeichnet …</translation>
    </message>
    <message>
        <source>“%1” not rendered: too complex. %2 Save it to inspect it.</source>
        <translation>„%1“ nicht gezeichnet: zu komplex. %2 Speichern Sie die Datei, um sie zu untersuchen.</translation>
    </message>
    <message>
        <source>“%1” not rendered: it takes too long. %2 Save it to inspect it.</source>
        <translation>„%1“ nicht gezeichnet: es dauert zu lange. %2 Speichern Sie die Datei, um sie zu untersuchen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Airlock::AuditExport</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Code SHA-256</source>
        <translation>Code-SHA-256</translation>
    </message>
    <message>
        <source>Mounted files</source>
        <translation>Eingebundene Dateien</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Code, as approved</source>
        <translation>Code, wie genehmigt</translation>
    </message>
    <message>
        <source>Malformed request: %1</source>
        <translation>Fehlerhafte Anfrage: %1</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot;, SHA-256 %2</source>
        <translation>Richtlinie „%1“, SHA-256 %2</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Feststellungen.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Beendet durch</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU-Zeit</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Maximaler Speicher</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Error output</source>
        <translation>Fehlerausgabe</translation>
    </message>
    <message>
        <source>Self-reported events</source>
        <translation>Selbst gemeldete Ereignisse</translation>
    </message>
    <message>
        <source>Reported by the code itself, which could have altered them; shown, never relied on.</source>
        <translation>Vom Code selbst gemeldet, der sie verändert haben könnte; angezeigt, aber nie als verlässlich behandelt.</translation>
    </message>
    <message>
        <source>Airlock evidence report</source>
        <translation>Airlock-Nachweisbericht</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Requests in this report</source>
        <translation>Anfragen in diesem Bericht</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message numerus="yes">
        <source>intact: %n record(s) verified</source>
        <translation>
            <numerusform>intakt: %n Eintrag verifiziert</numerusform>
            <numerusform>intakt: %n Einträge verifiziert</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT intact: %1</source>
        <translation>NICHT intakt: %1</translation>
    </message>
    <message>
        <source>Training scenario &quot;%1&quot;: not real work.</source>
        <translation>Trainingsszenario „%1“: keine echte Arbeit.</translation>
    </message>
    <message>
        <source>Handed in by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <source>%1 %2 over %3 (process %4, uid %5)</source>
        <translation>%1 %2 über %3 (Prozess %4, uid %5)</translation>
    </message>
    <message>
        <source>Withdrawn by the agent while %1: %2</source>
        <translation>Vom Agenten zurückgezogen im Zustand %1: %2</translation>
    </message>
    <message>
        <source>Results released to the agent</source>
        <translation>Ergebnisse an den Agenten freigegeben</translation>
    </message>
    <message>
        <source>Results withheld</source>
        <translation>Ergebnisse zurückgehalten</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>%1 (%2 over %3)</source>
        <translation>%1 (%2 über %3)</translation>
    </message>
    <message>
        <source>What left</source>
        <translation>Was hinausging</translation>
    </message>
    <message>
        <source>Scan findings</source>
        <translation>Treffer des Scans</translation>
    </message>
    <message>
        <source>Agent&apos;s reference</source>
        <translation>Referenz des Agenten</translation>
    </message>
    <message numerus="yes">
        <source>NOT intact: %n bad record(s); the first is #%1: %2</source>
        <translation>
            <numerusform>NICHT intakt: %n fehlerhafter Eintrag; der erste ist #%1: %2</numerusform>
            <numerusform>NICHT intakt: %n fehlerhafte Einträge; der erste ist #%1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Code, as approved over blocking verdicts</source>
        <translation>Code, wie trotz blockierender Befunde genehmigt</translation>
    </message>
    <message>
        <source>Code, as rejected</source>
        <translation>Code, wie abgelehnt</translation>
    </message>
    <message>
        <source>Code, as blocked by the policy</source>
        <translation>Code, wie von der Richtlinie blockiert</translation>
    </message>
    <message>
        <source>Code, as submitted (not decided)</source>
        <translation>Code, wie eingereicht (nicht entschieden)</translation>
    </message>
    <message>
        <source>Overridden verdicts</source>
        <translation>Übersteuerte Befunde</translation>
    </message>
    <message>
        <source>%1 (%2, SHA-256 %3)</source>
        <translation>%1 (%2, SHA-256 %3)</translation>
    </message>
    <message>
        <source>stdout %1 (SHA-256 %2), stderr %3 (SHA-256 %4)</source>
        <translation>stdout %1 (SHA-256 %2), stderr %3 (SHA-256 %4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Artifact %1 (%2, %3, SHA-256 %4)</source>
        <translation>Datei %1 (%2, %3, SHA-256 %4)</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
</context>
<context>
    <name>Airlock::AuditRecorder</name>
    <message>
        <source>its end could not be recorded, so nothing it made was delivered: %1</source>
        <translation>sein Ende konnte nicht festgehalten werden, daher wurde nichts von dem, was er erzeugt hat, ausgeliefert: %1</translation>
    </message>
    <message>
        <source>The run&apos;s end could not be recorded in the audit trail, so it does not count and nothing it made is delivered: %1</source>
        <translation>Das Ende des Laufs konnte nicht im Prüfprotokoll festgehalten werden; er zählt daher nicht, und nichts von dem, was er erzeugt hat, wird ausgeliefert: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::AuditTrail</name>
    <message>
        <source>there is no audit trail at %1</source>
        <translation>unter %1 gibt es kein Prüfprotokoll</translation>
    </message>
    <message>
        <source>cannot open the audit trail %1: %2</source>
        <translation>das Prüfprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an audit trail Airlock can read (not a SQLite database, or damaged): %2</source>
        <translation>%1 ist kein Prüfprotokoll, das Airlock lesen kann (keine SQLite-Datenbank oder beschädigt): %2</translation>
    </message>
    <message>
        <source>cannot prepare the audit trail %1: %2</source>
        <translation>das Prüfprotokoll %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not an Airlock audit trail</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Airlock-Prüfprotokoll</translation>
    </message>
    <message>
        <source>%1 was written by a newer Airlock (audit schema %2); this one reads up to schema %3. Open it with a newer Airlock.</source>
        <translation>%1 wurde von einer neueren Airlock-Version geschrieben (Protokollschema %2); diese Version liest bis Schema %3. Öffnen Sie es mit einer neueren Airlock-Version.</translation>
    </message>
    <message>
        <source>cannot read the audit trail %1: %2</source>
        <translation>das Prüfprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Airlock audit trail (no schema version)</source>
        <translation>%1 ist kein Airlock-Prüfprotokoll (keine Schemaversion)</translation>
    </message>
    <message>
        <source>cannot lock the audit trail %1: %2</source>
        <translation>das Prüfprotokoll %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the audit trail is open read-only</source>
        <translation>das Prüfprotokoll ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>the audit trail %1 is busy: %2</source>
        <translation>das Prüfprotokoll %1 ist belegt: %2</translation>
    </message>
    <message>
        <source>cannot read the records: %1</source>
        <translation>die Einträge können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>record %1 is missing (the next one is %2): deleted</source>
        <translation>Eintrag %1 fehlt (der nächste ist %2): gelöscht</translation>
    </message>
    <message>
        <source>record %1 was edited: its content no longer matches its hash</source>
        <translation>Eintrag %1 wurde bearbeitet: sein Inhalt passt nicht mehr zu seinem Hash</translation>
    </message>
    <message>
        <source>record %1 is out of order: it belongs after record %2</source>
        <translation>Eintrag %1 steht an falscher Stelle: er gehört hinter Eintrag %2</translation>
    </message>
    <message>
        <source>record %1 does not follow the one before it: the chain was rewritten or a record replaced</source>
        <translation>Eintrag %1 schließt nicht an den vorherigen an: Die Kette wurde neu geschrieben oder ein Eintrag ersetzt</translation>
    </message>
    <message>
        <source>record %1: the artifact&apos;s stored content is missing or altered</source>
        <translation>Eintrag %1: Der gespeicherte Inhalt der Ausgabedatei fehlt oder wurde verändert</translation>
    </message>
    <message numerus="yes">
        <source>the trail was truncated: the last %n record(s) are gone</source>
        <translation>
            <numerusform>das Protokoll wurde gekürzt: %n Eintrag am Ende fehlt</numerusform>
            <numerusform>das Protokoll wurde gekürzt: die letzten %n Einträge fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1 does not match the head kept beside the trail: the chain was rewritten or the head file replaced</source>
        <translation>Eintrag %1 passt nicht zum Kopf, der neben dem Protokoll abgelegt ist: Die Kette wurde neu geschrieben oder die Kopfdatei ersetzt</translation>
    </message>
    <message>
        <source>the head file %1 is missing</source>
        <translation>die Kopfdatei %1 fehlt</translation>
    </message>
    <message>
        <source>its end was never recorded, so nothing it made was delivered (the process that ran it ended first)</source>
        <translation>sein Ende wurde nie festgehalten, daher wurde nichts von dem, was er erzeugt hat, ausgeliefert (der ausführende Prozess endete zuvor)</translation>
    </message>
    <message>
        <source>the record&apos;s %1 &quot;%2&quot; contains a lone UTF-16 surrogate, which has no UTF-8 form; nothing was recorded</source>
        <translation>%1 „%2“ des Eintrags enthält ein einzelnes UTF-16-Surrogat, das keine UTF-8-Form hat; nichts wurde festgehalten</translation>
    </message>
    <message>
        <source>the record&apos;s %1 contains a NUL character; nothing was recorded</source>
        <translation>%1 des Eintrags enthält ein NUL-Zeichen; nichts wurde festgehalten</translation>
    </message>
    <message>
        <source>the record&apos;s %1 cannot be stored as UTF-8: %2; nothing was recorded</source>
        <translation>%1 des Eintrags kann nicht als UTF-8 gespeichert werden: %2; nichts wurde festgehalten</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>records %1 to %2 are missing (the next one is %3): deleted</source>
        <translation>Einträge %1 bis %2 fehlen (der nächste ist %3): gelöscht</translation>
    </message>
    <message>
        <source>record %1, verified before, is gone: the trail was cut or rewritten</source>
        <translation>Eintrag %1, zuvor verifiziert, fehlt: das Protokoll wurde gekürzt oder neu geschrieben</translation>
    </message>
    <message>
        <source>record %1 changed since it was verified: the chain was rewritten</source>
        <translation>Eintrag %1 hat sich seit seiner Verifizierung geändert: die Kette wurde neu geschrieben</translation>
    </message>
    <message>
        <source>cannot give the audit trail a chain id: %1</source>
        <translation>dem Prüfprotokoll kann keine Ketten-ID gegeben werden: %1</translation>
    </message>
    <message>
        <source>the audit trail %1 has no chain id: it was never shipped to a team trail</source>
        <translation>das Prüfprotokoll %1 hat keine Ketten-ID: es wurde nie an ein Teamprotokoll übertragen</translation>
    </message>
</context>
<context>
    <name>Airlock::AuditWriter</name>
    <message>
        <source>The audit trail is not open yet.</source>
        <translation>Das Prüfprotokoll ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>The audit trail %1 could not be opened: %2</source>
        <translation>Das Prüfprotokoll %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::CanonicalText</name>
    <message>
        <source>contains a lone UTF-16 surrogate (%1) at character %2; such text has no UTF-8 form and cannot be recorded as it is</source>
        <translation>enthält ein einzelnes UTF-16-Surrogat (%1) an Zeichen %2; solcher Text hat keine UTF-8-Form und kann nicht so festgehalten werden, wie er ist</translation>
    </message>
    <message>
        <source>the field&apos;s name %1</source>
        <translation>der Name des Feldes %1</translation>
    </message>
</context>
<context>
    <name>Airlock::CgroupScope</name>
    <message>
        <source>cannot create cgroup %1: %2</source>
        <translation>cgroup %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>no writable cgroup on this machine</source>
        <translation>auf diesem Rechner gibt es keine beschreibbare cgroup</translation>
    </message>
    <message>
        <source>cannot set the memory limit in %1: %2</source>
        <translation>die Speichergrenze in %1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot set the process limit in %1: %2</source>
        <translation>die Prozessgrenze in %1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1/cgroup.procs: %2</source>
        <translation>%1/cgroup.procs kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot enable the memory and pids controllers in %1: %2</source>
        <translation>die Controller memory und pids können in %1 nicht aktiviert werden: %2</translation>
    </message>
    <message>
        <source>cannot set limits in %1: %2</source>
        <translation>in %1 können keine Grenzen gesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::CodeAnalyzer</name>
    <message>
        <source>The code could not be analysed: the sandbox is not available (%1).</source>
        <translation>Der Code konnte nicht analysiert werden: Die Sandbox ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>run airlockctl doctor</source>
        <translation>führen Sie airlockctl doctor aus</translation>
    </message>
    <message>
        <source>The code could not be analysed: %1.</source>
        <translation>Der Code konnte nicht analysiert werden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The code could not be analysed within %n second(s); it is too large or too complex to check.</source>
        <translation>
            <numerusform>Der Code konnte nicht innerhalb von %n Sekunde analysiert werden; er ist zu groß oder zu komplex für die Prüfung.</numerusform>
            <numerusform>Der Code konnte nicht innerhalb von %n Sekunden analysiert werden; er ist zu groß oder zu komplex für die Prüfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>the analyzer gave no report</source>
        <translation>der Analysator lieferte keinen Bericht</translation>
    </message>
    <message>
        <source>The code is %1 long; the policy allows at most %2, so it was not analysed.</source>
        <translation>Der Code ist %1 lang; die Richtlinie erlaubt höchstens %2, daher wurde er nicht analysiert.</translation>
    </message>
</context>
<context>
    <name>Airlock::CodeCheck</name>
    <message>
        <source>it starts other programs</source>
        <translation>startet andere Programme</translation>
    </message>
    <message>
        <source>it starts further processes</source>
        <translation>startet weitere Prozesse</translation>
    </message>
    <message>
        <source>it opens network connections</source>
        <translation>öffnet Netzwerkverbindungen</translation>
    </message>
    <message>
        <source>it calls native code directly, around Python&apos;s own checks</source>
        <translation>ruft nativen Code direkt auf, an den Prüfungen von Python vorbei</translation>
    </message>
    <message>
        <source>it sends or fetches data over the network</source>
        <translation>sendet oder lädt Daten über das Netzwerk</translation>
    </message>
    <message>
        <source>it loads code chosen only when the program runs</source>
        <translation>lädt Code, der erst zur Laufzeit festgelegt wird</translation>
    </message>
    <message>
        <source>it changes low-level file and terminal controls</source>
        <translation>ändert systemnahe Datei- und Terminalsteuerungen</translation>
    </message>
    <message>
        <source>the policy forbids it</source>
        <translation>die Richtlinie verbietet es</translation>
    </message>
    <message>
        <source>it reads or changes environment variables, where secrets often live</source>
        <translation>liest oder ändert Umgebungsvariablen, in denen oft Geheimnisse stehen</translation>
    </message>
    <message>
        <source>it runs code made up while the program runs, which no one reviewed</source>
        <translation>führt zur Laufzeit erzeugten Code aus, den niemand geprüft hat</translation>
    </message>
    <message>
        <source>it loads modules around the import checks</source>
        <translation>lädt Module an den Importprüfungen vorbei</translation>
    </message>
    <message>
        <source>it runs other programs or shell commands</source>
        <translation>führt andere Programme oder Shell-Befehle aus</translation>
    </message>
    <message>
        <source>it sends signals to processes</source>
        <translation>sendet Signale an Prozesse</translation>
    </message>
    <message>
        <source>it waits for someone to type, and nobody will</source>
        <translation>wartet auf eine Eingabe, die nie kommen wird</translation>
    </message>
    <message>
        <source>The code is not valid Python: %1 (line %2, column %3).</source>
        <translation>Der Code ist kein gültiges Python: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>The code cannot be analysed: %1.</source>
        <translation>Der Code kann nicht analysiert werden: %1.</translation>
    </message>
    <message>
        <source>Line %1 loads %2 by name at run time; the policy forbids it: %3.</source>
        <translation>Zeile %1 lädt %2 zur Laufzeit über den Namen; die Richtlinie verbietet das: %3.</translation>
    </message>
    <message>
        <source>Line %1 imports %2, which the policy forbids: %3.</source>
        <translation>Zeile %1 importiert %2, was die Richtlinie verbietet: %3.</translation>
    </message>
    <message>
        <source>Line %1 calls %2 from the forbidden module %3: %4.</source>
        <translation>Zeile %1 ruft %2 aus dem verbotenen Modul %3 auf: %4.</translation>
    </message>
    <message>
        <source>Line %1 uses %2 from the forbidden module %3: %4.</source>
        <translation>Zeile %1 verwendet %2 aus dem verbotenen Modul %3: %4.</translation>
    </message>
    <message>
        <source>Line %1 calls %2, which the policy forbids: %3.</source>
        <translation>Zeile %1 ruft %2 auf, was die Richtlinie verbietet: %3.</translation>
    </message>
    <message>
        <source>Line %1 reaches %2 indirectly through getattr; the policy forbids it: %3.</source>
        <translation>Zeile %1 greift über getattr indirekt auf %2 zu; die Richtlinie verbietet das: %3.</translation>
    </message>
    <message>
        <source>Line %1 uses %2, which the policy forbids: %3.</source>
        <translation>Zeile %1 verwendet %2, was die Richtlinie verbietet: %3.</translation>
    </message>
    <message>
        <source>Line %1 loads a module whose name is only known when the code runs, so no one can check which.</source>
        <translation>Zeile %1 lädt ein Modul, dessen Name erst zur Laufzeit feststeht, sodass niemand prüfen kann, welches.</translation>
    </message>
    <message>
        <source>Line %1 uses %2, a way to reach functions indirectly, around checks like this one.</source>
        <translation>Zeile %1 verwendet %2, einen Weg, Funktionen indirekt zu erreichen – an Prüfungen wie dieser vorbei.</translation>
    </message>
    <message>
        <source>Line %1 uses the file %2, outside the workspace; the sandbox does not have it.</source>
        <translation>Zeile %1 verwendet die Datei %2 außerhalb des Arbeitsbereichs; die Sandbox enthält sie nicht.</translation>
    </message>
    <message>
        <source>Line %1 mentions the network address %2; the sandbox has no network, so any attempt to reach it will fail.</source>
        <translation>Zeile %1 erwähnt die Netzwerkadresse %2; die Sandbox hat kein Netzwerk, daher schlägt jeder Versuch fehl, sie zu erreichen.</translation>
    </message>
    <message>
        <source>The code has more findings than can be listed, so it could not be checked completely.</source>
        <translation>Der Code enthält mehr Feststellungen, als aufgelistet werden können, daher konnte er nicht vollständig geprüft werden.</translation>
    </message>
    <message>
        <source>The line is inside an if: it runs only when that condition holds.</source>
        <translation>Die Zeile steht in einem if: Sie läuft nur, wenn diese Bedingung gilt.</translation>
    </message>
    <message>
        <source>The line is inside a try: the code may go on without it.</source>
        <translation>Die Zeile steht in einem try: Der Code kann auch ohne sie weiterlaufen.</translation>
    </message>
    <message>
        <source>The line is inside a function: it runs only when that is called.</source>
        <translation>Die Zeile steht in einer Funktion: Sie läuft nur, wenn diese aufgerufen wird.</translation>
    </message>
    <message>
        <source>Line %1 writes %2, outside the working folder: only /workspace and /tmp can be written in the sandbox, so this will fail.</source>
        <translation>Zeile %1 schreibt %2, außerhalb des Arbeitsordners: In der Sandbox sind nur /workspace und /tmp beschreibbar, daher wird das fehlschlagen.</translation>
    </message>
    <message>
        <source>Line %1 writes %2, a declared input: inputs are read-only, so this will fail.</source>
        <translation>Zeile %1 schreibt %2, eine angegebene Eingabedatei: Eingabedateien sind schreibgeschützt, daher wird das fehlschlagen.</translation>
    </message>
    <message>
        <source>Line %1 reads the file %2, which the request does not declare and the code does not write; it will not be there.</source>
        <translation>Zeile %1 liest die Datei %2, die die Anfrage nicht angibt und der Code nicht schreibt; sie wird nicht vorhanden sein.</translation>
    </message>
    <message>
        <source>Line %1 holds characters that are invisible or change the direction of the text (%2, first at column %3): what the reviewer sees is not what runs.</source>
        <translation>Zeile %1 enthält unsichtbare oder die Schreibrichtung ändernde Zeichen (%2, zuerst in Spalte %3): Was die Prüfenden sehen, ist nicht, was ausgeführt wird.</translation>
    </message>
    <message>
        <source>Line %1 imports %2, which is not on the policy&apos;s list of allowed modules (%3).</source>
        <translation>Zeile %1 importiert %2, das nicht auf der Liste der erlaubten Module der Richtlinie steht (%3).</translation>
    </message>
</context>
<context>
    <name>Airlock::CodeHandover</name>
    <message>
        <source>cannot create a socket pair: %1</source>
        <translation>Kein Socket-Paar anlegbar: %1</translation>
    </message>
    <message>
        <source>cannot hold the code in memory: %1</source>
        <translation>Der Code kann nicht im Speicher gehalten werden: %1</translation>
    </message>
    <message>
        <source>the sandbox did not take the code: %1</source>
        <translation>Die Sandbox hat den Code nicht angenommen: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::CodeView</name>
    <message>
        <source>Line numbers and findings</source>
        <translation>Zeilennummern und Feststellungen</translation>
    </message>
    <message>
        <source>Proposed code</source>
        <translation>Vorgeschlagener Code</translation>
    </message>
</context>
<context>
    <name>Airlock::CommandLine</name>
    <message>
        <source>airlockctl: no command given</source>
        <translation>airlockctl: kein Befehl angegeben</translation>
    </message>
    <message>
        <source>airlockctl: unknown command &quot;%1&quot;</source>
        <translation>airlockctl: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Proves that the sandbox is real on this machine.</source>
        <translation>Weist nach, dass die Sandbox auf diesem Rechner echt ist.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>airlockctl doctor: unexpected argument &quot;%1&quot;</source>
        <translation>airlockctl doctor: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>airlockctl: the policy %1 is not valid:</source>
        <translation>airlockctl: Die Richtlinie %1 ist nicht gültig:</translation>
    </message>
    <message>
        <source>airlockctl: %1 is not a valid request: %2</source>
        <translation>airlockctl: %1 ist keine gültige Anfrage: %2</translation>
    </message>
    <message>
        <source>airlockctl: %1 Run &quot;airlockctl doctor&quot; for the details.</source>
        <translation>airlockctl: %1 Details liefert „airlockctl doctor“.</translation>
    </message>
    <message>
        <source>Shows the policy&apos;s verdicts on a request, without running it.</source>
        <translation>Zeigt die Befunde der Richtlinie zu einer Anfrage, ohne sie auszuführen.</translation>
    </message>
    <message>
        <source>The request file (airlock.request/v1).</source>
        <translation>Die Anfragedatei (airlock.request/v1).</translation>
    </message>
    <message>
        <source>The policy to check against.</source>
        <translation>Die Richtlinie, gegen die geprüft wird.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Print the verdicts as JSON.</source>
        <translation>Die Befunde als JSON ausgeben.</translation>
    </message>
    <message>
        <source>airlockctl check: give exactly one request file</source>
        <translation>airlockctl check: Geben Sie genau eine Anfragedatei an</translation>
    </message>
    <message>
        <source>Blocked by the policy &quot;%1&quot;.</source>
        <translation>Von der Richtlinie „%1“ blockiert.</translation>
    </message>
    <message>
        <source>Runnable under the policy &quot;%1&quot;.</source>
        <translation>Unter der Richtlinie „%1“ ausführbar.</translation>
    </message>
    <message>
        <source>Runs an approved request in a fresh sandbox.</source>
        <translation>Führt eine genehmigte Anfrage in einer frischen Sandbox aus.</translation>
    </message>
    <message>
        <source>Approve the request: nothing runs without it.</source>
        <translation>Die Anfrage genehmigen: Ohne Genehmigung wird nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Who approves (recorded with the decision).</source>
        <translation>Wer genehmigt (wird mit der Entscheidung festgehalten).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why it is approved.</source>
        <translation>Warum die Anfrage genehmigt wird.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Run despite a blocking verdict, where the policy allows it, for this reason.</source>
        <translation>Trotz eines blockierenden Befunds ausführen, sofern die Richtlinie es erlaubt, mit dieser Begründung.</translation>
    </message>
    <message>
        <source>The policy to hold the request to.</source>
        <translation>Die Richtlinie, an der die Anfrage gemessen wird.</translation>
    </message>
    <message>
        <source>Copy the run&apos;s output files into this folder.</source>
        <translation>Die Ausgabedateien des Laufs in diesen Ordner kopieren.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>airlockctl run: %1</source>
        <translation>airlockctl run: %1</translation>
    </message>
    <message>
        <source>airlockctl run: give exactly one request file</source>
        <translation>airlockctl run: Geben Sie genau eine Anfragedatei an</translation>
    </message>
    <message>
        <source>airlockctl run: nothing runs without an explicit --approve</source>
        <translation>airlockctl run: Ohne ausdrückliches --approve wird nichts ausgeführt</translation>
    </message>
    <message>
        <source>airlockctl run: --reviewer NAME is required: every decision names who made it</source>
        <translation>airlockctl run: --reviewer NAME ist erforderlich: Jede Entscheidung nennt, wer sie getroffen hat</translation>
    </message>
    <message numerus="yes">
        <source>The policy blocks this request; nothing ran. The policy allows an override with --override-reason and a justification of at least %n character(s).</source>
        <translation>
            <numerusform>Die Richtlinie blockiert diese Anfrage; nichts wurde ausgeführt. Die Richtlinie erlaubt eine Übersteuerung mit --override-reason und einer Begründung von mindestens %n Zeichen.</numerusform>
            <numerusform>Die Richtlinie blockiert diese Anfrage; nichts wurde ausgeführt. Die Richtlinie erlaubt eine Übersteuerung mit --override-reason und einer Begründung von mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Feststellungen.</translation>
    </message>
    <message>
        <source>[output truncated: %1 of %2 bytes shown]</source>
        <translation>[Ausgabe gekürzt: %1 von %2 Byte angezeigt]</translation>
    </message>
    <message>
        <source>[error output truncated: %1 of %2 bytes shown]</source>
        <translation>[Fehlerausgabe gekürzt: %1 von %2 Byte angezeigt]</translation>
    </message>
    <message>
        <source>artifact %1 (%2 bytes, %3, sha256 %4)</source>
        <translation>Ausgabedatei %1 (%2 Byte, %3, sha256 %4)</translation>
    </message>
    <message>
        <source>not collected: %1 (%2)</source>
        <translation>nicht übernommen: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, exit code %1</source>
        <translation>, Exit-Code %1</translation>
    </message>
    <message>
        <source>, %1 ms</source>
        <translation>, %1 ms</translation>
    </message>
    <message>
        <source>airlockctl: %1</source>
        <translation>airlockctl: %1</translation>
    </message>
    <message>
        <source>The sandbox is not ready on this machine; nothing ran.</source>
        <translation>Die Sandbox ist auf diesem Rechner nicht bereit; nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Runs every bundled trainer scenario through the policy, a recorded decision and the sandbox, into a fresh audit trail, and writes the artifacts and the evidence report.</source>
        <translation>Führt jedes mitgelieferte Trainer-Szenario durch die Richtlinie, eine festgehaltene Entscheidung und die Sandbox in ein frisches Prüfprotokoll und schreibt die Ausgabedateien und den Nachweisbericht.</translation>
    </message>
    <message>
        <source>Where the trail, artifacts and report go (default: ./airlock-demo).</source>
        <translation>Wohin Protokoll, Ausgabedateien und Bericht geschrieben werden (Standard: ./airlock-demo).</translation>
    </message>
    <message>
        <source>Run only this scenario (repeatable).</source>
        <translation>Nur dieses Szenario ausführen (wiederholbar).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>airlockctl demo: the bundled scenarios cannot be read: %1</source>
        <translation>airlockctl demo: Die mitgelieferten Szenarien können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>airlockctl demo: unknown scenario among: %1</source>
        <translation>airlockctl demo: Unbekanntes Szenario unter: %1</translation>
    </message>
    <message>
        <source>airlockctl demo: cannot create %1</source>
        <translation>airlockctl demo: %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 wird ausgeführt…</translation>
    </message>
    <message>
        <source>(benign)</source>
        <translation>(harmlos)</translation>
    </message>
    <message>
        <source>FAILED: the request could not be reviewed</source>
        <translation>FEHLGESCHLAGEN: Die Anfrage konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1 block, %2 warn</source>
        <translation>%1 blockierend, %2 warnend</translation>
    </message>
    <message>
        <source>demo reviewer</source>
        <translation>Demo-Prüfer</translation>
    </message>
    <message>
        <source>Training demonstration of the sandbox</source>
        <translation>Schulungsvorführung der Sandbox</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>wie erwartet</translation>
    </message>
    <message>
        <source>UNEXPECTED: %1</source>
        <translation>UNERWARTET: %1</translation>
    </message>
    <message>
        <source>airlockctl demo: %1</source>
        <translation>airlockctl demo: %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stopped by</source>
        <translation>Gestoppt durch</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>airlockctl demo: cannot write the report: %1</source>
        <translation>airlockctl demo: Der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail verified: intact, %n record(s).</source>
        <translation>
            <numerusform>Prüfprotokoll verifiziert: intakt, %n Eintrag.</numerusform>
            <numerusform>Prüfprotokoll verifiziert: intakt, %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail NOT intact: %1</source>
        <translation>Prüfprotokoll NICHT intakt: %1</translation>
    </message>
    <message>
        <source>%1 of %2 scenario(s) behaved as expected.</source>
        <translation>%1 von %2 Szenarien verhielten sich wie erwartet.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>Artifacts: %1</source>
        <translation>Ausgabedateien: %1</translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation>Prüfprotokoll: %1</translation>
    </message>
    <message>
        <source>Records the rejection of a request; nothing runs.</source>
        <translation>Hält die Ablehnung einer Anfrage fest; nichts wird ausgeführt.</translation>
    </message>
    <message>
        <source>Who rejects.</source>
        <translation>Wer ablehnt.</translation>
    </message>
    <message>
        <source>Why it is rejected.</source>
        <translation>Warum die Anfrage abgelehnt wird.</translation>
    </message>
    <message>
        <source>The policy to check the request against.</source>
        <translation>Die Richtlinie, gegen die die Anfrage geprüft wird.</translation>
    </message>
    <message>
        <source>airlockctl reject: give exactly one request file</source>
        <translation>airlockctl reject: Geben Sie genau eine Anfragedatei an</translation>
    </message>
    <message>
        <source>airlockctl reject: --reviewer NAME is required: every decision names who made it</source>
        <translation>airlockctl reject: --reviewer NAME ist erforderlich: Jede Entscheidung nennt, wer sie getroffen hat</translation>
    </message>
    <message>
        <source>airlockctl reject: the policy &quot;%1&quot; requires a reason: --reason TEXT</source>
        <translation>airlockctl reject: Die Richtlinie „%1“ verlangt einen Grund: --reason TEXT</translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation>Abgelehnt von %1: %2</translation>
    </message>
    <message>
        <source>Browses, verifies and exports the audit trail.</source>
        <translation>Durchsucht, verifiziert und exportiert das Prüfprotokoll.</translation>
    </message>
    <message>
        <source>The audit trail (default: the per-user one).</source>
        <translation>Das Prüfprotokoll (Standard: das des aktuellen Benutzers).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Only requests from this time on (ISO 8601).</source>
        <translation>Nur Anfragen ab diesem Zeitpunkt (ISO 8601).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Only requests before this time (ISO 8601).</source>
        <translation>Nur Anfragen vor diesem Zeitpunkt (ISO 8601).</translation>
    </message>
    <message>
        <source>Only this agent&apos;s requests.</source>
        <translation>Nur Anfragen dieses Agenten.</translation>
    </message>
    <message>
        <source>Only requests this reviewer decided.</source>
        <translation>Nur Anfragen, über die dieser Prüfer entschieden hat.</translation>
    </message>
    <message>
        <source>Only requests with this outcome or run status.</source>
        <translation>Nur Anfragen mit diesem Ergebnis oder Laufstatus.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Full-text search over prompt and code.</source>
        <translation>Volltextsuche in Prompt und Code.</translation>
    </message>
    <message>
        <source>At most this many requests (list: 100; export: all).</source>
        <translation>Höchstens so viele Anfragen (list: 100; export: alle).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Export format: csv, json or html.</source>
        <translation>Exportformat: csv, json oder html.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation>In diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Trainer scenarios: exclude (the default), include or only.</source>
        <translation>Trainer-Szenarien: exclude (Standard), include oder only.</translation>
    </message>
    <message>
        <source>which</source>
        <translation>welche</translation>
    </message>
    <message>
        <source>airlockctl audit: &quot;%1&quot; is not an ISO 8601 date or time</source>
        <translation>airlockctl audit: „%1“ ist kein Datum und keine Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>airlockctl audit: --scenarios takes exclude, include or only</source>
        <translation>airlockctl audit: --scenarios akzeptiert exclude, include oder only</translation>
    </message>
    <message>
        <source>airlockctl audit: --limit takes a positive number</source>
        <translation>airlockctl audit: --limit erwartet eine positive Zahl</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s) verified.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist intakt: %n Eintrag verifiziert.</numerusform>
            <numerusform>Das Prüfprotokoll ist intakt: %n Einträge verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is NOT intact. First bad record: %1. %2</source>
        <translation>Das Prüfprotokoll ist NICHT intakt. Erster fehlerhafter Eintrag: %1. %2</translation>
    </message>
    <message>
        <source>airlockctl audit show: give a request id or record number</source>
        <translation>airlockctl audit show: Geben Sie eine Anfrage-ID oder Eintragsnummer an</translation>
    </message>
    <message>
        <source>airlockctl audit show: nothing recorded for &quot;%1&quot;</source>
        <translation>airlockctl audit show: Für „%1“ ist nichts festgehalten</translation>
    </message>
    <message>
        <source>airlockctl audit: %1</source>
        <translation>airlockctl audit: %1</translation>
    </message>
    <message>
        <source>No requests match.</source>
        <translation>Keine passenden Anfragen.</translation>
    </message>
    <message>
        <source>airlockctl audit export: --format csv, json or html</source>
        <translation>airlockctl audit export: --format csv, json oder html</translation>
    </message>
    <message>
        <source>airlockctl audit export: cannot write %1: %2</source>
        <translation>airlockctl audit export: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>%n Anfrage nach %1 exportiert.</numerusform>
            <numerusform>%n Anfragen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>airlockctl demo: %1 is not empty and was not made by the demo; choose another --out</source>
        <translation>airlockctl demo: %1 ist nicht leer und wurde nicht von der Demo angelegt; wählen Sie ein anderes --out</translation>
    </message>
    <message>
        <source>Hands a request to the running workbench, where the analyst decides on it.</source>
        <translation>Übergibt eine Anfrage an die laufende Werkbank, wo Analyst(in) über sie entscheidet.</translation>
    </message>
    <message>
        <source>Wait until the analyst has decided and the results are released; exit with the run&apos;s code.</source>
        <translation>Warten, bis Analyst(in) entschieden hat und die Ergebnisse freigegeben sind; mit dem Exit-Code des Laufs beenden.</translation>
    </message>
    <message>
        <source>With --wait: give up after this many seconds and withdraw the request.</source>
        <translation>Mit --wait: nach so vielen Sekunden aufgeben und die Anfrage zurückziehen.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>airlockctl submit: give exactly one request file</source>
        <translation>airlockctl submit: Geben Sie genau eine Anfragedatei an</translation>
    </message>
    <message>
        <source>airlockctl submit: --timeout takes a number of seconds, and only with --wait</source>
        <translation>airlockctl submit: --timeout erwartet eine Anzahl Sekunden und ist nur mit --wait möglich</translation>
    </message>
    <message>
        <source>airlockctl submit: cannot read %1: %2</source>
        <translation>airlockctl submit: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>airlockctl submit: %1</source>
        <translation>airlockctl submit: %1</translation>
    </message>
    <message>
        <source>airlockctl submit: the workbench closed the connection</source>
        <translation>airlockctl submit: Die Werkbank hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Handed to the workbench: ticket %1 (%2)</source>
        <translation>An die Werkbank übergeben: Ticket %1 (%2)</translation>
    </message>
    <message>
        <source>airlockctl submit: no result after %1 s; the request was withdrawn</source>
        <translation>airlockctl submit: kein Ergebnis nach %1 s; die Anfrage wurde zurückgezogen</translation>
    </message>
    <message>
        <source>airlockctl submit gave up waiting after %1 s.</source>
        <translation>airlockctl submit hat das Warten nach %1 s aufgegeben.</translation>
    </message>
    <message>
        <source> (released by %1)</source>
        <translation> (freigegeben von %1)</translation>
    </message>
    <message>
        <source>A Model Context Protocol server on stdin/stdout: its run_python tool hands each call to the running workbench and answers once the analyst has decided and released the results.</source>
        <translation>Ein Model-Context-Protocol-Server auf stdin/stdout: Sein Werkzeug run_python übergibt jeden Aufruf an die laufende Werkbank und antwortet, sobald Analyst(in) entschieden und die Ergebnisse freigegeben hat.</translation>
    </message>
    <message>
        <source>airlockctl mcp: takes no arguments</source>
        <translation>airlockctl mcp: erwartet keine Argumente</translation>
    </message>
    <message>
        <source>its end was not recorded</source>
        <translation>sein Ende wurde nicht festgehalten</translation>
    </message>
    <message>
        <source>%1 (the run: %2)</source>
        <translation>%1 (der Lauf: %2)</translation>
    </message>
    <message>
        <source>The audit trail to look for the agent&apos;s reference in (only read).</source>
        <translation>Das Prüfprotokoll, in dem nach der Referenz des Agenten gesucht wird (nur gelesen).</translation>
    </message>
    <message>
        <source>Only requests that carried this reference (the agent&apos;s own request_id).</source>
        <translation>Nur Anfragen mit dieser Referenz (der eigenen request_id des Agenten).</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message numerus="yes">
        <source>%n bad record(s):</source>
        <translation>
            <numerusform>%n fehlerhafter Eintrag:</numerusform>
            <numerusform>%n fehlerhafte Einträge:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (audit verify --json lists them all)</source>
        <translation>
            <numerusform>… und %n weiterer (audit verify --json listet alle auf)</numerusform>
            <numerusform>… und %n weitere (audit verify --json listet alle auf)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an agent&apos;s reference; the requests that carried it:</source>
        <translation>„%1“ ist die Referenz eines Agenten; die Anfragen, die sie trugen:</translation>
    </message>
    <message>
        <source>airlockctl submit: %1 is not UTF-8 text (byte %2); nothing was sent</source>
        <translation>airlockctl submit: %1 ist kein UTF-8-Text (Byte %2); nichts wurde gesendet</translation>
    </message>
    <message>
        <source>airlockctl audit verify: warning: %1</source>
        <translation>airlockctl audit verify: Warnung: %1</translation>
    </message>
    <message>
        <source>%1 Nothing ran.</source>
        <translation>%1 Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>airlockctl reject: %1</source>
        <translation>airlockctl reject: %1</translation>
    </message>
    <message>
        <source>Usage: airlockctl COMMAND [OPTIONS]

Commands:
  check REQUEST.json [--policy P] [--json] [--db DB]
                    the policy&apos;s verdicts on a request; exit 0 when runnable, 3 when blocked
  run REQUEST.json --approve --reviewer NAME [--reason TEXT] [--override-reason TEXT]
                    [--policy P] [--out DIR] [--json] [--db DB]
                    run an approved request in a fresh sandbox
  reject REQUEST.json --reviewer NAME --reason TEXT [--policy P] [--json] [--db DB]
                    record a rejection
  audit list [--since T] [--until T] [--agent A] [--agent-ref REF] [--reviewer R]
             [--status S] [--search TEXT] [--limit N] [--json] [--db DB]
  audit show ID [--json] [--db DB]
  audit verify [--json] [--db DB]
  audit export --format csv|json|html [filters] [-o FILE] [--db DB]
               (listing and export leave trainer scenarios out unless --scenarios include|only)
  demo [--out DIR] [--scenario ID]...
                    run every trainer scenario end to end into a fresh trail, print what
                    stopped each one, write the artifacts and the evidence report
  doctor [--json]   prove that the sandbox is real on this machine; exit 0 only
                    when every required check passes
  submit REQUEST.json [--wait] [--timeout S] [--json]
                    hand a request to the running workbench; with --wait, wait for the
                    analyst&apos;s decision and the released result
  mcp               a Model Context Protocol server on stdin/stdout whose run_python
                    tool hands each call to the running workbench

Exit codes: 0 success, 1 the run failed (non-zero exit, timeout, killed),
2 bad usage or malformed input, 3 blocked by policy, 4 rejected (or results
withheld), 5 withdrawn after --timeout, 6 no workbench running.

airlockctl --help | --version; airlockctl COMMAND --help for a command&apos;s options
</source>
        <translation>Aufruf: airlockctl BEFEHL [OPTIONEN]

Befehle:
  check REQUEST.json [--policy P] [--json] [--db DB]
                    Befunde der Richtlinie zu einer Anfrage; Exit-Code 0, wenn ausführbar, 3, wenn blockiert
  run REQUEST.json --approve --reviewer NAME [--reason TEXT] [--override-reason TEXT]
                    [--policy P] [--out DIR] [--json] [--db DB]
                    eine genehmigte Anfrage in einer frischen Sandbox ausführen
  reject REQUEST.json --reviewer NAME --reason TEXT [--policy P] [--json] [--db DB]
                    eine Ablehnung festhalten
  audit list [--since T] [--until T] [--agent A] [--agent-ref REF] [--reviewer R]
             [--status S] [--search TEXT] [--limit N] [--json] [--db DB]
  audit show ID [--json] [--db DB]
  audit verify [--json] [--db DB]
  audit export --format csv|json|html [Filter] [-o FILE] [--db DB]
               (Auflistung und Export lassen Trainer-Szenarien aus, außer mit --scenarios include|only)
  demo [--out DIR] [--scenario ID]...
                    jedes Trainer-Szenario vollständig in ein frisches Protokoll ausführen, ausgeben,
                    was es jeweils gestoppt hat, die Ausgabedateien und den Nachweisbericht schreiben
  doctor [--json]   nachweisen, dass die Sandbox auf diesem Rechner echt ist; Exit-Code 0 nur,
                    wenn jede erforderliche Prüfung besteht
  submit REQUEST.json [--wait] [--timeout S] [--json]
                    eine Anfrage an die laufende Werkbank übergeben; mit --wait auf die
                    Entscheidung durch Analyst(in) und das freigegebene Ergebnis warten
  mcp               ein Model-Context-Protocol-Server auf stdin/stdout, dessen Werkzeug
                    run_python jeden Aufruf an die laufende Werkbank übergibt

Exit-Codes: 0 Erfolg, 1 der Lauf ist fehlgeschlagen (Exit-Code ungleich 0, Zeitlimit, zwangsbeendet),
2 falscher Aufruf oder fehlerhafte Eingabe, 3 von der Richtlinie blockiert,
4 abgelehnt (oder Ergebnisse zurückgehalten), 5 nach --timeout zurückgezogen, 6 keine Werkbank aktiv.

airlockctl --help | --version; airlockctl BEFEHL --help zeigt die Optionen eines Befehls
</translation>
    </message>
    <message>
        <source>airlockctl: unknown option &quot;%1&quot; (options follow the command)</source>
        <translation>airlockctl: unbekannte Option „%1“ (Optionen folgen dem Befehl)</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for its options.</source>
        <translation>„%1 --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Try &apos;airlockctl audit --help&apos; for its options.</source>
        <translation>„airlockctl audit --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Team trail: only this analyst&apos;s requests.</source>
        <translation>Teamprotokoll: nur die Anfragen dieser Analystin oder dieses Analysten.</translation>
    </message>
    <message>
        <source>Team trail: only requests from this machine.</source>
        <translation>Teamprotokoll: nur Anfragen von diesem Rechner.</translation>
    </message>
    <message>
        <source>ship: the team trail to ship to; verify: the one whose signed heads the trail must match (default: the one in the settings).</source>
        <translation>ship: das Teamprotokoll, an das übertragen wird; verify: das, zu dessen signierten Köpfen das Protokoll passen muss (Standard: das aus den Einstellungen).</translation>
    </message>
    <message>
        <source>postgresql://…</source>
        <translation>postgresql://…</translation>
    </message>
    <message>
        <source>list, show ID, verify, export or ship</source>
        <translation>list, show ID, verify, export oder ship</translation>
    </message>
    <message>
        <source>airlockctl audit: say list, show ID, verify, export or ship</source>
        <translation>airlockctl audit: list, show ID, verify, export oder ship angeben</translation>
    </message>
    <message>
        <source>airlockctl audit: unknown action &quot;%1&quot;: say list, show ID, verify, export or ship</source>
        <translation>airlockctl audit: unbekannte Aktion „%1“: list, show ID, verify, export oder ship angeben</translation>
    </message>
    <message>
        <source>airlockctl audit: --analyst and --machine filter a team trail (--db postgresql://…)</source>
        <translation>airlockctl audit: --analyst und --machine filtern ein Teamprotokoll (--db postgresql://…)</translation>
    </message>
    <message>
        <source>airlockctl audit verify: warning: not checked against the team trail&apos;s signed heads: %1</source>
        <translation>airlockctl audit verify: Warnung: nicht mit den signierten Köpfen des Teamprotokolls abgeglichen: %1</translation>
    </message>
    <message>
        <source>It matches the head signed and published to the team trail at record %1.</source>
        <translation>Es passt zum signierten Kopf, der bei Eintrag %1 im Teamprotokoll veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>airlockctl audit ship: no team trail: give --team postgresql://… or set one in the settings</source>
        <translation>airlockctl audit ship: kein Teamprotokoll: --team postgresql://… angeben oder in den Einstellungen festlegen</translation>
    </message>
    <message>
        <source>airlockctl: the records stay in %1 and are shipped later: %2</source>
        <translation>airlockctl: die Einträge bleiben in %1 und werden später übertragen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Shipped %n record(s) to %1; </source>
        <translation>
            <numerusform>%n Eintrag an %1 übertragen; </numerusform>
            <numerusform>%n Einträge an %1 übertragen; </numerusform>
        </translation>
    </message>
    <message>
        <source>the team trail holds this chain up to record %1.</source>
        <translation>das Teamprotokoll enthält diese Kette bis Eintrag %1.</translation>
    </message>
    <message>
        <source>%1 on %2 (chain %3)</source>
        <translation>%1 auf %2 (Kette %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: intact, %n record(s) verified.</source>
        <translation>
            <numerusform>%1: intakt, %n Eintrag verifiziert.</numerusform>
            <numerusform>%1: intakt, %n Einträge verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: NOT intact. First bad record: %2. %3</source>
        <translation>%1: NICHT intakt. Erster fehlerhafter Eintrag: %2. %3</translation>
    </message>
    <message>
        <source>The team trail holds no chains yet.</source>
        <translation>Das Teamprotokoll enthält noch keine Ketten.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>The audit trail to record in; a team trail (postgresql://…): record in the local one and ship there.</source>
        <translation>Das Prüfprotokoll, in das aufgezeichnet wird; ein Teamprotokoll (postgresql://…): in das lokale aufzeichnen und dorthin übertragen.</translation>
    </message>
    <message>
        <source>The team trail to ship the records to (default: the one in the settings).</source>
        <translation>Das Teamprotokoll, an das die Einträge übertragen werden (Standard: das aus den Einstellungen).</translation>
    </message>
    <message>
        <source>airlockctl audit: --%1 filters a local trail; a team trail is filtered by --analyst, --machine, --agent and --search</source>
        <translation>airlockctl audit: --%1 filtert ein lokales Protokoll; ein Teamprotokoll wird mit --analyst, --machine, --agent und --search gefiltert</translation>
    </message>
</context>
<context>
    <name>Airlock::ConfirmationDialog</name>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
</context>
<context>
    <name>Airlock::CsvModel</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>Airlock::CsvTable</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::DecisionDialog</name>
    <message>
        <source>Reject Request</source>
        <translation>Anfrage ablehnen</translation>
    </message>
    <message>
        <source>Override Blocking Verdicts and Run</source>
        <translation>Blockierende Befunde übersteuern und ausführen</translation>
    </message>
    <message>
        <source>Approve and Run Request</source>
        <translation>Anfrage genehmigen und ausführen</translation>
    </message>
    <message>
        <source>The request will not run. The rejection is recorded in the audit trail.</source>
        <translation>Die Anfrage wird nicht ausgeführt. Die Ablehnung wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The policy blocks this request.&lt;/b&gt; It allows an override by a reviewer who justifies it; the justification is recorded with the decision.</source>
        <translation>&lt;b&gt;Die Richtlinie blockiert diese Anfrage.&lt;/b&gt; Sie erlaubt eine Übersteuerung durch einen Prüfer, der sie begründet; die Begründung wird mit der Entscheidung festgehalten.</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <source>Code SHA-256:</source>
        <translation>Code-SHA-256:</translation>
    </message>
    <message>
        <source>Input %1:</source>
        <translation>Eingabedatei %1:</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Richtlinie:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Why this request is rejected</source>
        <translation>Warum diese Anfrage abgelehnt wird</translation>
    </message>
    <message>
        <source>Why running it despite the policy is justified</source>
        <translation>Warum die Ausführung trotz der Richtlinie gerechtfertigt ist</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>G&amp;rund:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Override and Run</source>
        <translation>Übersteuern und aus&amp;führen</translation>
    </message>
    <message>
        <source>&amp;Approve and Run</source>
        <translation>&amp;Genehmigen und ausführen</translation>
    </message>
    <message>
        <source>Agent&apos;s reference:</source>
        <translation>Referenz des Agenten:</translation>
    </message>
    <message>
        <source>The code you reviewed runs in the sandbox as soon as you confirm. The decision is recorded first, bound to exactly that code and these inputs (their hashes below).</source>
        <translation>Der geprüfte Code wird in der Sandbox ausgeführt, sobald Sie bestätigen. Die Entscheidung wird zuerst festgehalten, gebunden an genau diesen Code und diese Eingabedateien (ihre Hashes unten).</translation>
    </message>
    <message numerus="yes">
        <source>You override %n blocking verdict(s):</source>
        <translation>
            <numerusform>Sie übersteuern %n blockierenden Befund:</numerusform>
            <numerusform>Sie übersteuern %n blockierende Befunde:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>A&amp;blehnen</translation>
    </message>
</context>
<context>
    <name>Airlock::Doctor</name>
    <message>
        <source>bubblewrap is installed</source>
        <translation>bubblewrap ist installiert</translation>
    </message>
    <message>
        <source>bubblewrap is recent enough</source>
        <translation>bubblewrap ist aktuell genug</translation>
    </message>
    <message>
        <source>a real sandbox starts</source>
        <translation>eine echte Sandbox startet</translation>
    </message>
    <message>
        <source>Python with numpy, pandas and matplotlib runs inside</source>
        <translation>Python mit numpy, pandas und matplotlib läuft darin</translation>
    </message>
    <message>
        <source>only a loopback network interface exists</source>
        <translation>es gibt nur eine Loopback-Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>a connection to an outside address fails</source>
        <translation>eine Verbindung zu einer externen Adresse schlägt fehl</translation>
    </message>
    <message>
        <source>the environment holds only the allow-list</source>
        <translation>die Umgebung enthält nur die Positivliste</translation>
    </message>
    <message>
        <source>a host secret is not in os.environ, /proc/1/environ or /proc/1/cmdline</source>
        <translation>ein Geheimnis des Hosts steht nicht in os.environ, /proc/1/environ oder /proc/1/cmdline</translation>
    </message>
    <message>
        <source>the user&apos;s home, /root and host sockets are not visible</source>
        <translation>das Benutzerverzeichnis, /root und Host-Sockets sind nicht sichtbar</translation>
    </message>
    <message>
        <source>/, /usr, /etc and /dev are read-only</source>
        <translation>/, /usr, /etc und /dev sind schreibgeschützt</translation>
    </message>
    <message>
        <source>no file descriptor is inherited beyond 0-2</source>
        <translation>kein Dateideskriptor über 0-2 hinaus wird vererbt</translation>
    </message>
    <message>
        <source>no capabilities are held</source>
        <translation>es werden keine Capabilities gehalten</translation>
    </message>
    <message>
        <source>no new user namespace can be created inside</source>
        <translation>darin kann kein neuer Benutzer-Namespace erstellt werden</translation>
    </message>
    <message>
        <source>a seccomp filter is active</source>
        <translation>ein seccomp-Filter ist aktiv</translation>
    </message>
    <message>
        <source>limit enforcement available</source>
        <translation>Durchsetzung der Grenzen verfügbar</translation>
    </message>
    <message>
        <source>bwrap was not found in %1; install the bubblewrap package</source>
        <translation>bwrap wurde in %1 nicht gefunden; installieren Sie das Paket bubblewrap</translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation>%1 ist keine ausführbare Datei</translation>
    </message>
    <message>
        <source>not checked: no bwrap</source>
        <translation>nicht geprüft: kein bwrap</translation>
    </message>
    <message>
        <source>not run: no bwrap</source>
        <translation>nicht ausgeführt: kein bwrap</translation>
    </message>
    <message>
        <source>%1 is not bubblewrap: its --version printed &quot;%2&quot;</source>
        <translation>%1 ist nicht bubblewrap: --version gab „%2“ aus</translation>
    </message>
    <message>
        <source>bubblewrap %1 is older than the required %2</source>
        <translation>bubblewrap %1 ist älter als die erforderliche Version %2</translation>
    </message>
    <message>
        <source>bubblewrap %1</source>
        <translation>bubblewrap %1</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>not run: bwrap cannot be started</source>
        <translation>nicht ausgeführt: bwrap kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>not run: no python3 under /usr (install python3)</source>
        <translation>nicht ausgeführt: kein python3 unter /usr (installieren Sie python3)</translation>
    </message>
    <message numerus="yes">
        <source>the probe did not finish within %n second(s)</source>
        <translation>
            <numerusform>das Testprogramm wurde nicht innerhalb von %n Sekunde beendet</numerusform>
            <numerusform>das Testprogramm wurde nicht innerhalb von %n Sekunden beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>the probe failed (exit code %1)</source>
        <translation>das Testprogramm ist fehlgeschlagen (Exit-Code %1)</translation>
    </message>
    <message>
        <source>its report is not JSON (%1)</source>
        <translation>sein Bericht ist kein JSON (%1)</translation>
    </message>
    <message>
        <source>%1 started the probe in %2 ms</source>
        <translation>%1 hat das Testprogramm in %2 ms gestartet</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>interfaces inside: %1</source>
        <translation>Schnittstellen darin: %1</translation>
    </message>
    <message>
        <source>(none reported)</source>
        <translation>(keine gemeldet)</translation>
    </message>
    <message>
        <source>connect to 192.0.2.1:9 failed: %1</source>
        <translation>Verbindung zu 192.0.2.1:9 fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>connect to 192.0.2.1:9 was not refused</source>
        <translation>Verbindung zu 192.0.2.1:9 wurde nicht abgewiesen</translation>
    </message>
    <message>
        <source>variables: %1</source>
        <translation>Variablen: %1</translation>
    </message>
    <message>
        <source>not on the allow-list: %1</source>
        <translation>nicht auf der Positivliste: %1</translation>
    </message>
    <message>
        <source>%1 stayed outside; pid 1 (bwrap) sees only: %2</source>
        <translation>%1 blieb draußen; PID 1 (bwrap) sieht nur: %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>%1 is readable in %2 (or it could not be read)</source>
        <translation>%1 ist in %2 lesbar (oder konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>not visible: %1</source>
        <translation>nicht sichtbar: %1</translation>
    </message>
    <message>
        <source>visible: %1; not reported: %2</source>
        <translation>sichtbar: %1; nicht gemeldet: %2</translation>
    </message>
    <message>
        <source>writes to /, /usr, /etc and /dev are refused</source>
        <translation>Schreibzugriffe auf /, /usr, /etc und /dev werden verweigert</translation>
    </message>
    <message>
        <source>writable (or not reported): %1</source>
        <translation>beschreibbar (oder nicht gemeldet): %1</translation>
    </message>
    <message>
        <source>the private /tmp is not writable either</source>
        <translation>auch das private /tmp ist nicht beschreibbar</translation>
    </message>
    <message numerus="yes">
        <source>open inside: %n standard descriptor(s) only</source>
        <translation>
            <numerusform>darin geöffnet: nur %n Standarddeskriptor</numerusform>
            <numerusform>darin geöffnet: nur %n Standarddeskriptoren</numerusform>
        </translation>
    </message>
    <message>
        <source>also open inside: %1</source>
        <translation>außerdem darin geöffnet: %1</translation>
    </message>
    <message>
        <source>effective %1, bounding %2</source>
        <translation>effektiv %1, Bounding-Set %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>unshare(CLONE_NEWUSER) refused: %1</source>
        <translation>unshare(CLONE_NEWUSER) verweigert: %1</translation>
    </message>
    <message>
        <source>the code could create a user namespace</source>
        <translation>der Code könnte einen Benutzer-Namespace erstellen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Seccomp: %1 (filters: %2); an internet socket: %3</source>
        <translation>Seccomp: %1 (Filter: %2); ein Internet-Socket: %3</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>the mount table inside names no folder or name of the user</source>
        <translation>die Einhängetabelle innen nennt keinen Ordner und keinen Namen des Benutzers</translation>
    </message>
    <message>
        <source>the code cannot reach into other processes through pidfds</source>
        <translation>der Code kann nicht über pidfds in andere Prozesse greifen</translation>
    </message>
    <message>
        <source>/proc/self/mountinfo was not reported</source>
        <translation>/proc/self/mountinfo wurde nicht gemeldet</translation>
    </message>
    <message>
        <source>/proc/self/mountinfo names: %1</source>
        <translation>/proc/self/mountinfo nennt: %1</translation>
    </message>
    <message>
        <source>/proc/self/mountinfo names none of: %1</source>
        <translation>/proc/self/mountinfo nennt nichts hiervon: %1</translation>
    </message>
    <message>
        <source>(nothing to look for)</source>
        <translation>(nichts zu suchen)</translation>
    </message>
    <message>
        <source>%1 (not tried)</source>
        <translation>%1 (nicht versucht)</translation>
    </message>
    <message>
        <source>%1 (allowed)</source>
        <translation>%1 (erlaubt)</translation>
    </message>
    <message>
        <source>refused with EPERM: %1</source>
        <translation>mit EPERM verweigert: %1</translation>
    </message>
    <message>
        <source>not refused by the filter: %1</source>
        <translation>nicht vom Filter verweigert: %1</translation>
    </message>
    <message>
        <source>the audit trail is readable by this account only</source>
        <translation>das Prüfprotokoll ist nur für dieses Konto lesbar</translation>
    </message>
    <message>
        <source>%1 and its folder are private to this account</source>
        <translation>%1 und sein Ordner sind diesem Konto vorbehalten</translation>
    </message>
    <message>
        <source>%1 does not exist yet; it will be created private</source>
        <translation>%1 existiert noch nicht; es wird privat angelegt</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot;, by default: %2</source>
        <translation>Richtlinie „%1“, mit ihren Vorgaben: %2</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot;, at its caps: %2</source>
        <translation>Richtlinie „%1“, an ihren Obergrenzen: %2</translation>
    </message>
    <message>
        <source>that is more than this machine&apos;s %1 MiB: a run could exhaust it; where this matters, set limits.require_total_memory_cap in the policy</source>
        <translation>das ist mehr als die %1 MiB dieses Rechners: ein Lauf könnte ihn erschöpfen; wo das zählt, setzen Sie limits.require_total_memory_cap in der Richtlinie</translation>
    </message>
    <message>
        <source>systemd user scope: %1</source>
        <translation>systemd-Benutzer-Scope: %1</translation>
    </message>
    <message>
        <source>matplotlib&apos;s font cache is built for this runtime</source>
        <translation>der Schriftarten-Cache von matplotlib ist für diese Laufzeitumgebung erstellt</translation>
    </message>
    <message>
        <source>not built: %1; chart runs build their own</source>
        <translation>nicht erstellt: %1; Läufe mit Diagrammen erstellen ihren eigenen</translation>
    </message>
    <message>
        <source>matplotlib is not installed</source>
        <translation>matplotlib ist nicht installiert</translation>
    </message>
    <message>
        <source>built in %1 ms: %2</source>
        <translation>in %1 ms erstellt: %2</translation>
    </message>
    <message>
        <source>already there: %1</source>
        <translation>bereits vorhanden: %1</translation>
    </message>
    <message>
        <source>/proc/self/mountinfo shows no /workspace or no %1</source>
        <translation>/proc/self/mountinfo zeigt kein /workspace oder kein %1</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>außerdem %1</translation>
    </message>
</context>
<context>
    <name>Airlock::DoctorCheck</name>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>Airlock::DoctorModel</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Airlock::DoctorReport</name>
    <message>
        <source>The sandbox has not been checked yet: runs are disabled.</source>
        <translation>Die Sandbox wurde noch nicht geprüft: Läufe sind deaktiviert.</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox is ready: all %n required check(s) passed.</source>
        <translation>
            <numerusform>Die Sandbox ist bereit: %n erforderliche Prüfung bestanden.</numerusform>
            <numerusform>Die Sandbox ist bereit: alle %n erforderlichen Prüfungen bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox is NOT ready, runs are disabled. Failing: %1</source>
        <translation>Die Sandbox ist NICHT bereit, Läufe sind deaktiviert. Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::FontCache</name>
    <message>
        <source>building the font cache failed: %1</source>
        <translation>das Erstellen des Schriftarten-Caches ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>matplotlib wrote no font cache</source>
        <translation>matplotlib hat keinen Schriftarten-Cache geschrieben</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::HeadSigner</name>
    <message>
        <source>the signing key %1 is readable by others: %2</source>
        <translation>der Signaturschlüssel %1 ist für andere lesbar: %2</translation>
    </message>
    <message>
        <source>cannot read the signing key %1: %2</source>
        <translation>der Signaturschlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 private key</source>
        <translation>%1 ist kein privater Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>cannot make a signing key: %1</source>
        <translation>es kann kein Signaturschlüssel erzeugt werden: %1</translation>
    </message>
    <message>
        <source>cannot write the signing key %1: %2</source>
        <translation>der Signaturschlüssel %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read the public half of %1: %2</source>
        <translation>der öffentliche Teil von %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::HistoryModel</name>
    <message>
        <source>Training scenario %1</source>
        <translation>Trainingsszenario %1</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Worst verdict</source>
        <translation>Schwerster Befund</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>The agent&apos;s own request_id, a reference it chose; Airlock&apos;s id for this request is %1</source>
        <translation>Die eigene request_id des Agenten, eine von ihm gewählte Referenz; Airlocks Kennung dieser Anfrage ist %1</translation>
    </message>
    <message>
        <source>Agent&apos;s reference</source>
        <translation>Referenz des Agenten</translation>
    </message>
</context>
<context>
    <name>Airlock::HistoryView</name>
    <message>
        <source>Requests in the audit trail</source>
        <translation>Anfragen im Prüfprotokoll</translation>
    </message>
    <message>
        <source>The selected request&apos;s story</source>
        <translation>Werdegang der ausgewählten Anfrage</translation>
    </message>
    <message>
        <source>Check every record&apos;s hash and the chain, in the background</source>
        <translation>Hash jedes Eintrags und die Kette im Hintergrund prüfen</translation>
    </message>
    <message>
        <source>Export the selected requests, or every matching one when none is selected</source>
        <translation>Die ausgewählten Anfragen exportieren oder alle passenden, wenn keine ausgewählt ist</translation>
    </message>
    <message>
        <source>Evidence Report (HTML)…</source>
        <translation>Nachweisbericht (HTML)…</translation>
    </message>
    <message>
        <source>Records (JSON)…</source>
        <translation>Einträge (JSON)…</translation>
    </message>
    <message>
        <source>List (CSV)…</source>
        <translation>Liste (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Print Request…</source>
        <translation>Anfrage &amp;drucken…</translation>
    </message>
    <message>
        <source>Save Request as &amp;PDF…</source>
        <translation>Anfrage als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Search prompts and code</source>
        <translation>Prompts und Code durchsuchen</translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation>Volltextsuche</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Policy name or SHA-256</source>
        <translation>Richtlinienname oder SHA-256</translation>
    </message>
    <message>
        <source>Input file name or SHA-256</source>
        <translation>Name der Eingabedatei oder SHA-256</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Alle Entscheidungen</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>Worst: blocks</source>
        <translation>Schwerster: blockiert</translation>
    </message>
    <message>
        <source>Worst: warning</source>
        <translation>Schwerster: Warnung</translation>
    </message>
    <message>
        <source>Worst: information</source>
        <translation>Schwerster: Information</translation>
    </message>
    <message>
        <source>Any run</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <source>Real requests</source>
        <translation>Echte Anfragen</translation>
    </message>
    <message>
        <source>Real and training</source>
        <translation>Echte und Trainingsanfragen</translation>
    </message>
    <message>
        <source>Training scenarios only</source>
        <translation>Nur Trainingsszenarien</translation>
    </message>
    <message>
        <source>The audit trail could not be opened: %1</source>
        <translation>Das Prüfprotokoll konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Not verified yet on this computer.</source>
        <translation>Auf diesem Computer noch nicht verifiziert.</translation>
    </message>
    <message>
        <source>No audit trail open.</source>
        <translation>Kein Prüfprotokoll geöffnet.</translation>
    </message>
    <message>
        <source>The trail could not be read: %1</source>
        <translation>Das Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching request(s)</source>
        <translation>
            <numerusform>%n passende Anfrage</numerusform>
            <numerusform>%n passende Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the request of record #%1.</source>
        <translation>Angezeigt wird die Anfrage zu Eintrag #%1.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird verifiziert…</translation>
    </message>
    <message>
        <source>The audit trail is intact.</source>
        <translation>Das Prüfprotokoll ist intakt.</translation>
    </message>
    <message>
        <source>The audit trail is NOT intact.</source>
        <translation>Das Prüfprotokoll ist NICHT intakt.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No request is shown.</source>
        <translation>Es wird keine Anfrage angezeigt.</translation>
    </message>
    <message>
        <source>Airlock request</source>
        <translation>Airlock-Anfrage</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Save Request as PDF</source>
        <translation>Anfrage als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Print Request</source>
        <translation>Anfrage drucken</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Worst verdict</source>
        <translation>Schwerster Befund</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Laufstatus</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Trainingsszenarien</translation>
    </message>
    <message>
        <source>Record #%1 is not in the trail (it was cut off or deleted).</source>
        <translation>Eintrag #%1 ist nicht im Protokoll (abgeschnitten oder gelöscht).</translation>
    </message>
    <message>
        <source>Killed, stopped or withdrawn</source>
        <translation>Zwangsbeendet, gestoppt oder zurückgezogen</translation>
    </message>
    <message>
        <source>Agent&apos;s reference (its request_id)</source>
        <translation>Referenz des Agenten (seine request_id)</translation>
    </message>
    <message>
        <source>Ver&amp;ify Trail</source>
        <translation>Protokoll &amp;verifizieren</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>V&amp;on</translation>
    </message>
    <message>
        <source>Unti&amp;l</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Cl&amp;ear Filters</source>
        <translation>Filter zur&amp;ücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt;: all %n record(s) verified at %1.</source>
        <translation>
            <numerusform>&lt;b&gt;Intakt&lt;/b&gt;: der %n Eintrag am %1 verifiziert.</numerusform>
            <numerusform>&lt;b&gt;Intakt&lt;/b&gt;: alle %n Einträge am %1 verifiziert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt; up to record %1: verified %1 of %2 records at %3; %n newer, not yet verified. &lt;a href=&quot;#newer&quot;&gt;Verify the newer records&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Intakt&lt;/b&gt; bis Eintrag %1: %1 von %2 Einträgen am %3 verifiziert; %n neuerer noch nicht. &lt;a href=&quot;#newer&quot;&gt;Die neueren Einträge verifizieren&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;Intakt&lt;/b&gt; bis Eintrag %1: %1 von %2 Einträgen am %3 verifiziert; %n neuere noch nicht. &lt;a href=&quot;#newer&quot;&gt;Die neueren Einträge verifizieren&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#d03030&quot;&gt;NOT intact&lt;/b&gt; at %1: %n bad record(s); the first is record &lt;a href=&quot;#bad&quot;&gt;#%2&lt;/a&gt;: %3</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#d03030&quot;&gt;NICHT intakt&lt;/b&gt; am %1: %n fehlerhafter Eintrag; der erste ist Eintrag &lt;a href=&quot;#bad&quot;&gt;#%2&lt;/a&gt;: %3</numerusform>
            <numerusform>&lt;b style=&quot;color:#d03030&quot;&gt;NICHT intakt&lt;/b&gt; am %1: %n fehlerhafte Einträge; der erste ist Eintrag &lt;a href=&quot;#bad&quot;&gt;#%2&lt;/a&gt;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#d03030&quot;&gt;NOT intact&lt;/b&gt; at %1: %2</source>
        <translation>&lt;b style=&quot;color:#d03030&quot;&gt;NICHT intakt&lt;/b&gt; am %1: %2</translation>
    </message>
    <message>
        <source>Inspect Sand&amp;box…</source>
        <translation>Sandbox &amp;untersuchen…</translation>
    </message>
    <message>
        <source>Select a request to read its whole story: what arrived, the verdicts, the decision, the run and its files.</source>
        <translation>Wählen Sie eine Anfrage, um ihre ganze Geschichte zu lesen: was ankam, die Befunde, die Entscheidung, der Lauf und seine Dateien.</translation>
    </message>
    <message>
        <source>The sandbox the shown request&apos;s run got, as recorded when it started</source>
        <translation>Die Sandbox, die der Lauf der gezeigten Anfrage erhielt, wie bei seinem Start festgehalten</translation>
    </message>
    <message>
        <source>Exported to %1. &lt;a href=&quot;%2&quot;&gt;Open the folder&lt;/a&gt;</source>
        <translation>Exportiert nach %1. &lt;a href=&quot;%2&quot;&gt;Ordner öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The export failed&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Der Export ist fehlgeschlagen&lt;/b&gt;: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::HistoryWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Verify Trail</source>
        <translation>Protokoll &amp;verifizieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>%1 — Audit Trail (read-only)</source>
        <translation>%1 — Prüfprotokoll (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Opened %1 read-only: nothing here writes to it.</source>
        <translation>%1 schreibgeschützt geöffnet: Nichts hier schreibt hinein.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::InboxFolder</name>
    <message>
        <source>The inbox folder &quot;%1&quot; has disappeared; it will be watched again when it is back.</source>
        <translation>Der Eingangsordner „%1“ ist verschwunden; er wird wieder überwacht, sobald er zurück ist.</translation>
    </message>
    <message>
        <source>The inbox folder &quot;%1&quot; does not exist.</source>
        <translation>Der Eingangsordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The inbox folder &quot;%1&quot; cannot be read: %2.</source>
        <translation>Der Eingangsordner „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The inbox &quot;%1&quot; is not a folder.</source>
        <translation>Der Posteingang „%1“ ist kein Ordner.</translation>
    </message>
</context>
<context>
    <name>Airlock::InboxModel</name>
    <message>
        <source>Malformed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Feststellungen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Awaiting release</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>%1 (no longer connected)</source>
        <translation>%1 (nicht mehr verbunden)</translation>
    </message>
</context>
<context>
    <name>Airlock::InputStager</name>
    <message>
        <source>&quot;%1&quot; is a symbolic link%2; links are not followed.</source>
        <translation>„%1“ ist eine symbolische Verknüpfung%2; Verknüpfungen werden nicht verfolgt.</translation>
    </message>
    <message>
        <source> pointing outside the request&apos;s folder</source>
        <translation> mit einem Ziel außerhalb des Ordners der Anfrage</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist (%2).</source>
        <translation>„%1“ existiert nicht (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; only regular files can be mounted.</source>
        <translation>„%1“ ist %2; nur reguläre Dateien können eingebunden werden.</translation>
    </message>
    <message>
        <source>With &quot;%1&quot; the inputs exceed %2 bytes in total, the policy&apos;s cap.</source>
        <translation>Mit „%1“ überschreiten die Eingabedateien insgesamt %2 Byte, die Obergrenze der Richtlinie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; grew beyond %2 bytes while it was being copied.</source>
        <translation>„%1“ ist während des Kopierens über %2 Byte hinaus gewachsen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be copied: %2.</source>
        <translation>„%1“ konnte nicht kopiert werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is outside the folders this policy lets requests read from: %3.</source>
        <translation>„%1“ (%2) liegt außerhalb der Ordner, aus denen diese Richtlinie Anfragen lesen lässt: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the policy &quot;%2&quot; names no folders (files.roots) that agent requests may read from.</source>
        <translation>„%1“: Die Richtlinie „%2“ nennt keine Ordner (files.roots), aus denen Anfragen von Agenten lesen dürfen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the policy &quot;%2&quot; names no folders (files.roots) that requests may read from.</source>
        <translation>„%1“: Die Richtlinie „%2“ nennt keine Ordner (files.roots), aus denen Anfragen lesen dürfen.</translation>
    </message>
    <message>
        <source> pointing outside the folders this policy lets requests read from</source>
        <translation> mit einem Ziel außerhalb der Ordner, aus denen diese Richtlinie Anfragen lesen lässt</translation>
    </message>
    <message>
        <source>the private copy of &quot;%1&quot; is gone</source>
        <translation>die private Kopie von „%1“ ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>the private copy of &quot;%1&quot; no longer matches what was reviewed</source>
        <translation>die private Kopie von „%1“ stimmt nicht mehr mit dem Geprüften überein</translation>
    </message>
    <message>
        <source>the private copy of &quot;%1&quot; cannot be handed to the sandbox user: %2</source>
        <translation>die private Kopie von „%1“ kann nicht an den Sandbox-Benutzer übergeben werden: %2</translation>
    </message>
    <message>
        <source>no longer a regular file</source>
        <translation>keine reguläre Datei mehr</translation>
    </message>
    <message>
        <source>The private copy of &quot;%1&quot; (%2) no longer matches what was reviewed: it had SHA-256 %3 and can no longer be read (%4); the run is refused.</source>
        <translation>Die private Kopie von „%1“ (%2) stimmt nicht mehr mit dem Geprüften überein: Sie hatte SHA-256 %3 und kann nicht mehr gelesen werden (%4); der Lauf wird verweigert.</translation>
    </message>
    <message>
        <source>The private copy of &quot;%1&quot; (%2) no longer matches what was reviewed: it had SHA-256 %3 and now has %4; the run is refused.</source>
        <translation>Die private Kopie von „%1“ (%2) stimmt nicht mehr mit dem Geprüften überein: Sie hatte SHA-256 %3 und hat jetzt %4; der Lauf wird verweigert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed after it was reviewed: %2 had SHA-256 %3 and can no longer be read (%4); the run is refused.</source>
        <translation>„%1“ wurde nach der Prüfung geändert: %2 hatte SHA-256 %3 und kann nicht mehr gelesen werden (%4); der Lauf wird verweigert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed after it was reviewed: %2 had SHA-256 %3 and now has %4; the run is refused.</source>
        <translation>„%1“ wurde nach der Prüfung geändert: %2 hatte SHA-256 %3 und hat jetzt %4; der Lauf wird verweigert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is a file of the system or of a running process (/proc, /sys, /dev, /run), not data; it is never mounted.</source>
        <translation>„%1“ (%2) ist eine Datei des Systems oder eines laufenden Prozesses (/proc, /sys, /dev, /run), keine Daten; sie wird nie eingebunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; the policy allows at most %3 per file.</source>
        <translation>„%1“ ist %2 groß; die Richtlinie erlaubt höchstens %3 pro Datei.</translation>
    </message>
</context>
<context>
    <name>Airlock::LimitEnforcement</name>
    <message>
        <source>cgroup v2 (%1): caps total memory and process count of the whole sandbox</source>
        <translation>cgroup v2 (%1): begrenzt Gesamtspeicher und Prozessanzahl der gesamten Sandbox</translation>
    </message>
    <message>
        <source>cgroup v1 as root (%1, %2): caps total memory and process count of the whole sandbox</source>
        <translation>cgroup v1 als root (%1, %2): begrenzt Gesamtspeicher und Prozessanzahl der gesamten Sandbox</translation>
    </message>
    <message>
        <source>started as uid %1: already unprivileged</source>
        <translation>als uid %1 gestartet: bereits ohne Privilegien</translation>
    </message>
    <message>
        <source>rlimits: open files, file size, per-process memory, process count</source>
        <translation>rlimits: offene Dateien, Dateigröße, Speicher pro Prozess, Prozessanzahl</translation>
    </message>
    <message>
        <source>host watchdog: a wall-clock timeout that kills the whole sandbox</source>
        <translation>Host-Watchdog: ein Echtzeit-Zeitlimit, das die gesamte Sandbox beendet</translation>
    </message>
    <message>
        <source>started as root: each sandbox drops to a uid of its own (this one: %1), under which the process limit holds</source>
        <translation>als root gestartet: Jede Sandbox wechselt zu einer eigenen uid (diese: %1), unter der die Prozessgrenze gilt</translation>
    </message>
    <message>
        <source>total memory capped by the control group at %1 MiB</source>
        <translation>Gesamtspeicher durch die cgroup auf %1 MiB begrenzt</translation>
    </message>
    <message>
        <source>without a control group: total memory bounded by construction at %1 MiB (%2 processes of at most %3 MiB address space, plus /tmp, /dev/shm and the output folder)</source>
        <translation>ohne cgroup: Gesamtspeicher durch den Aufbau auf %1 MiB begrenzt (%2 Prozesse mit höchstens %3 MiB Adressraum, dazu /tmp, /dev/shm und der Ausgabeordner)</translation>
    </message>
    <message>
        <source>no writable cgroup: a sandbox&apos;s total memory is bounded only by construction (per-process limits times the process cap, sized memory file systems), its time by the watchdog</source>
        <translation>keine beschreibbare cgroup: der Gesamtspeicher einer Sandbox ist nur durch den Aufbau begrenzt (Grenzen je Prozess mal Prozessobergrenze, Speicher-Dateisysteme fester Größe), ihre Zeit durch den Wachhund</translation>
    </message>
</context>
<context>
    <name>Airlock::MainWindow</name>
    <message>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>&amp;Check Sandbox Again</source>
        <translation>Sandbox erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Run the pre-flight check that proves the sandbox is real</source>
        <translation>Die Vorabprüfung ausführen, die nachweist, dass die Sandbox echt ist</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Airlock</source>
        <translation>Über &amp;Airlock</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Sandbox Readiness</source>
        <translation>Sandbox-Bereitschaft</translation>
    </message>
    <message>
        <source>Sandbox readiness checks</source>
        <translation>Bereitschaftsprüfungen der Sandbox</translation>
    </message>
    <message>
        <source>Checking the sandbox… runs are disabled until it passes.</source>
        <translation>Die Sandbox wird geprüft… Läufe sind deaktiviert, bis die Prüfung bestanden ist.</translation>
    </message>
    <message>
        <source>About Airlock</source>
        <translation>Über Airlock</translation>
    </message>
    <message>
        <source>%1 Requests can be read but not decided.</source>
        <translation>%1 Anfragen können gelesen, aber nicht entschieden werden.</translation>
    </message>
    <message>
        <source>The audit trail could not record a step: %1</source>
        <translation>Das Prüfprotokoll konnte einen Schritt nicht festhalten: %1</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>New request in the inbox: %1</source>
        <translation>Neue Anfrage im Posteingang: %1</translation>
    </message>
    <message>
        <source>&amp;Open Requests…</source>
        <translation>Anfragen ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Add request files to the inbox</source>
        <translation>Anfragedateien zum Posteingang hinzufügen</translation>
    </message>
    <message>
        <source>Open &amp;Audit Trail…</source>
        <translation>&amp;Prüfprotokoll öffnen…</translation>
    </message>
    <message>
        <source>Browse any audit trail read-only, such as one copied from another computer</source>
        <translation>Ein beliebiges Prüfprotokoll schreibgeschützt durchsuchen, etwa eines, das von einem anderen Computer kopiert wurde</translation>
    </message>
    <message>
        <source>Choose &amp;Inbox Folder…</source>
        <translation>&amp;Eingangsordner wählen…</translation>
    </message>
    <message>
        <source>The folder watched for new request files</source>
        <translation>Der Ordner, der auf neue Anfragedateien überwacht wird</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>An&amp;frage</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>&amp;Stop Run</source>
        <translation>Lauf &amp;stoppen</translation>
    </message>
    <message>
        <source>Re&amp;move from Inbox</source>
        <translation>Aus dem Posteingang ent&amp;fernen</translation>
    </message>
    <message>
        <source>Take a decided request off the list; its records stay in the audit trail</source>
        <translation>Eine entschiedene Anfrage aus der Liste nehmen; ihre Einträge bleiben im Prüfprotokoll</translation>
    </message>
    <message>
        <source>Sce&amp;narios</source>
        <translation>S&amp;zenarien</translation>
    </message>
    <message>
        <source>&amp;Choose Scenario…</source>
        <translation>Szenario &amp;wählen…</translation>
    </message>
    <message>
        <source>A benign analysis</source>
        <translation>Eine harmlose Analyse</translation>
    </message>
    <message>
        <source>Stopped by %1</source>
        <translation>Gestoppt durch %1</translation>
    </message>
    <message>
        <source>&amp;Inspect the Sandbox…</source>
        <translation>Sandbox &amp;untersuchen…</translation>
    </message>
    <message>
        <source>The exact sandbox the selected request&apos;s run gets</source>
        <translation>Die genaue Sandbox, die der Lauf der ausgewählten Anfrage erhält</translation>
    </message>
    <message>
        <source>Go to &amp;Inbox</source>
        <translation>Zum &amp;Posteingang</translation>
    </message>
    <message>
        <source>Show &amp;Review</source>
        <translation>Prü&amp;fung anzeigen</translation>
    </message>
    <message>
        <source>Show R&amp;un</source>
        <translation>&amp;Lauf anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation>&amp;Verlauf anzeigen</translation>
    </message>
    <message>
        <source>the sandbox is being checked.</source>
        <translation>die Sandbox wird gerade geprüft.</translation>
    </message>
    <message>
        <source>No request can be opened while the policy is not valid.</source>
        <translation>Solange die Richtlinie nicht gültig ist, kann keine Anfrage geöffnet werden.</translation>
    </message>
    <message>
        <source>Runs are disabled: %1</source>
        <translation>Läufe sind deaktiviert: %1</translation>
    </message>
    <message>
        <source>Open Requests</source>
        <translation>Anfragen öffnen</translation>
    </message>
    <message>
        <source>Requests (*.json);;All files (*)</source>
        <translation>Anfragen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Audit Trail</source>
        <translation>Prüfprotokoll öffnen</translation>
    </message>
    <message>
        <source>Audit trails (*.sqlite *.db);;All files (*)</source>
        <translation>Prüfprotokolle (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The audit trail %1 could not be opened: %2</source>
        <translation>Das Prüfprotokoll %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Inbox Folder</source>
        <translation>Eingangsordner</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Einste&amp;llungen</translation>
    </message>
    <message>
        <source>&amp;Configure Airlock…</source>
        <translation>Airlock &amp;einrichten…</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Airlock %1&lt;/h3&gt;&lt;p&gt;A workbench for governed analysis: agent-proposed Python code is reviewed, approved or rejected, and run in a bubblewrap sandbox, with every step kept in an audit trail.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KF6 SyntaxHighlighting&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;bubblewrap&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Python&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Airlock %1&lt;/h3&gt;&lt;p&gt;Ein Arbeitsplatz für kontrollierte Analysen: Von Agenten vorgeschlagener Python-Code wird geprüft, genehmigt oder abgelehnt und in einer bubblewrap-Sandbox ausgeführt; jeder Schritt wird im Prüfprotokoll festgehalten.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KF6 SyntaxHighlighting&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;bubblewrap&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Python&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Settings saved. A new audit trail, policy or language applies from the next start.</source>
        <translation>Einstellungen gespeichert. Ein neues Prüfprotokoll, eine neue Richtlinie oder Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Agents: not listening</source>
        <translation>Agenten: nicht empfangsbereit</translation>
    </message>
    <message>
        <source>Agents: listening</source>
        <translation>Agenten: empfangsbereit</translation>
    </message>
    <message>
        <source>Agents hand in requests at %1 (airlockctl submit, airlockctl mcp)</source>
        <translation>Agenten reichen Anfragen unter %1 ein (airlockctl submit, airlockctl mcp)</translation>
    </message>
    <message>
        <source>New request from %1</source>
        <translation>Neue Anfrage von %1</translation>
    </message>
    <message>
        <source>Re&amp;lease Results to Agent…</source>
        <translation>Ergebnisse an den Agenten f&amp;reigeben…</translation>
    </message>
    <message>
        <source>Send a finished run&apos;s output and files to the agent that asked for it</source>
        <translation>Ausgabe und Dateien eines beendeten Laufs an den Agenten senden, der sie angefordert hat</translation>
    </message>
    <message>
        <source>&amp;Withhold Results…</source>
        <translation>Ergebnisse &amp;zurückhalten…</translation>
    </message>
    <message>
        <source>Keep a finished run&apos;s results from the agent; it is told your reason</source>
        <translation>Die Ergebnisse eines beendeten Laufs dem Agenten vorenthalten; ihm wird Ihr Grund mitgeteilt</translation>
    </message>
    <message>
        <source>The Airlock workbench was closed before the request was settled.</source>
        <translation>Die Airlock-Werkbank wurde geschlossen, bevor die Anfrage erledigt war.</translation>
    </message>
    <message>
        <source>Agents: turned off</source>
        <translation>Agenten: ausgeschaltet</translation>
    </message>
    <message>
        <source>Settings ▸ Configure Airlock turns requests from agents back on</source>
        <translation>Einstellungen ▸ Airlock einrichten schaltet Anfragen von Agenten wieder ein</translation>
    </message>
    <message>
        <source>The requests still waiting for a decision could not be read back from the audit trail: %1</source>
        <translation>Die Anfragen, die noch auf eine Entscheidung warten, konnten nicht aus dem Prüfprotokoll gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Back in the inbox from the last session: %n request(s) still waiting for a decision.</source>
        <translation>
            <numerusform>Aus der letzten Sitzung wieder im Posteingang: %n Anfrage, die noch auf eine Entscheidung wartet.</numerusform>
            <numerusform>Aus der letzten Sitzung wieder im Posteingang: %n Anfragen, die noch auf eine Entscheidung warten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agents are waiting for an answer to %n request(s); they are told that the workbench closed.</source>
        <translation>
            <numerusform>Agenten warten auf eine Antwort auf %n Anfrage; sie erfahren, dass die Werkbank geschlossen wurde.</numerusform>
            <numerusform>Agenten warten auf eine Antwort auf %n Anfragen; sie erfahren, dass die Werkbank geschlossen wurde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in progress will be stopped; each stop is recorded in the audit trail.</source>
        <translation>
            <numerusform>%n laufender Lauf wird gestoppt; jeder Stopp wird im Prüfprotokoll festgehalten.</numerusform>
            <numerusform>%n laufende Läufe werden gestoppt; jeder Stopp wird im Prüfprotokoll festgehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the next start, the inbox shows the %n undecided request(s) again: the audit trail keeps every request until it is decided. A request from an agent can then still be decided, but its answer can no longer be delivered.</source>
        <translation>
            <numerusform>Beim nächsten Start zeigt der Posteingang die %n unentschiedene Anfrage wieder: Das Prüfprotokoll bewahrt jede Anfrage auf, bis sie entschieden ist. Eine Anfrage eines Agenten kann dann noch entschieden werden, ihre Antwort aber nicht mehr zugestellt werden.</numerusform>
            <numerusform>Beim nächsten Start zeigt der Posteingang die %n unentschiedenen Anfragen wieder: Das Prüfprotokoll bewahrt jede Anfrage auf, bis sie entschieden ist. Eine Anfrage eines Agenten kann dann noch entschieden werden, ihre Antwort aber nicht mehr zugestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Airlock?</source>
        <translation>Airlock beenden?</translation>
    </message>
    <message>
        <source>Work is still pending. Quit anyway?</source>
        <translation>Es ist noch Arbeit offen. Trotzdem beenden?</translation>
    </message>
    <message>
        <source>Open &amp;Team Trail…</source>
        <translation>&amp;Teamprotokoll öffnen…</translation>
    </message>
    <message>
        <source>Browse a team&apos;s trail on PostgreSQL: every workbench&apos;s records, read-only</source>
        <translation>Das Protokoll eines Teams in PostgreSQL durchsehen: die Einträge jeder Workbench, nur lesend</translation>
    </message>
    <message>
        <source>Team trail: up to date</source>
        <translation>Teamprotokoll: aktuell</translation>
    </message>
    <message numerus="yes">
        <source>Team trail: %n record(s) to ship</source>
        <translation>
            <numerusform>Teamprotokoll: %n Eintrag zu übertragen</numerusform>
            <numerusform>Teamprotokoll: %n Einträge zu übertragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record is also shipped to the team trail %1.</source>
        <translation>Jeder Eintrag wird auch an das Teamprotokoll %1 übertragen.</translation>
    </message>
    <message numerus="yes">
        <source>Team trail: %n record(s) waiting</source>
        <translation>
            <numerusform>Teamprotokoll: %n Eintrag wartet</numerusform>
            <numerusform>Teamprotokoll: %n Einträge warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shipped to %1 yet: %2
The records are safe in the local trail and are shipped when the team trail can be reached again; Airlock keeps trying.</source>
        <translation>Noch nicht an %1 übertragen: %2
Die Einträge sind im lokalen Protokoll sicher und werden übertragen, sobald das Teamprotokoll wieder erreichbar ist; Airlock versucht es weiter.</translation>
    </message>
    <message>
        <source>Open Team Trail</source>
        <translation>Teamprotokoll öffnen</translation>
    </message>
    <message>
        <source>The team trail, as a PostgreSQL connection (a reviewer&apos;s role reads every chain):</source>
        <translation>Das Teamprotokoll als PostgreSQL-Verbindung (die Rolle einer Prüferin oder eines Prüfers liest jede Kette):</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection, such as postgresql://reviewer@db.example.org/airlock.</source>
        <translation>%1 ist keine PostgreSQL-Verbindung wie postgresql://reviewer@db.example.org/airlock.</translation>
    </message>
</context>
<context>
    <name>Airlock::McpServer</name>
    <message>
        <source>A message was longer than %1 bytes and was ignored.</source>
        <translation>Eine Nachricht war länger als %1 Byte und wurde ignoriert.</translation>
    </message>
    <message>
        <source>Parse error: %1.</source>
        <translation>Syntaxfehler: %1.</translation>
    </message>
    <message>
        <source>Invalid request: JSON-RPC 2.0 needs &quot;jsonrpc&quot;: &quot;2.0&quot; and a &quot;method&quot;.</source>
        <translation>Ungültige Anfrage: JSON-RPC 2.0 erfordert &quot;jsonrpc&quot;: &quot;2.0&quot; und ein Feld &quot;method&quot;.</translation>
    </message>
    <message>
        <source>Method not found: %1</source>
        <translation>Methode nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;; run_python takes code, justification, files and limits.</source>
        <translation>Unbekanntes Argument „%1“; run_python nimmt code, justification, files und limits an.</translation>
    </message>
    <message>
        <source>&quot;code&quot; must be a non-empty string.</source>
        <translation>„code“ muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;justification&quot; must be a non-empty string: the analyst reads it.</source>
        <translation>„justification“ muss eine nicht leere Zeichenkette sein: Analyst(in) liest sie.</translation>
    </message>
    <message>
        <source>&quot;files&quot; must be an array of {name, path}.</source>
        <translation>„files“ muss ein Array aus {name, path} sein.</translation>
    </message>
    <message>
        <source>Each entry of &quot;files&quot; must be an object with the strings &quot;name&quot; and &quot;path&quot;.</source>
        <translation>Jeder Eintrag von „files“ muss ein Objekt mit den Zeichenketten „name“ und „path“ sein.</translation>
    </message>
    <message>
        <source>&quot;limits&quot; takes positive integers for timeout_s, max_output_bytes, memory_mb and max_artifact_mb.</source>
        <translation>„limits“ erwartet positive ganze Zahlen für timeout_s, max_output_bytes, memory_mb und max_artifact_mb.</translation>
    </message>
    <message>
        <source>&quot;limits&quot; must be an object.</source>
        <translation>„limits“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Unbekanntes Werkzeug: %1</translation>
    </message>
    <message>
        <source>A call with this id is still in progress.</source>
        <translation>Ein Aufruf mit dieser ID läuft noch.</translation>
    </message>
    <message>
        <source>Handed to the Airlock workbench; waiting for the analyst.</source>
        <translation>An die Airlock-Werkbank übergeben; wartet auf die Entscheidung durch Analyst(in).</translation>
    </message>
    <message>
        <source>The MCP client cancelled the call.</source>
        <translation>Der MCP-Client hat den Aufruf abgebrochen.</translation>
    </message>
    <message>
        <source>The workbench closed the connection before the request was settled.</source>
        <translation>Die Werkbank hat die Verbindung geschlossen, bevor die Anfrage erledigt war.</translation>
    </message>
    <message>
        <source>The MCP client cancelled the call: %1</source>
        <translation>Der MCP-Client hat den Aufruf abgebrochen: %1</translation>
    </message>
    <message>
        <source>The analyst approved the code; it ran and the analyst released its results (exit code %1, %2 ms).</source>
        <translation>Analyst(in) hat den Code genehmigt; er wurde ausgeführt, und seine Ergebnisse wurden freigegeben (Exit-Code %1, %2 ms).</translation>
    </message>
    <message>
        <source>The analyst rejected the request: %1</source>
        <translation>Die Anfrage wurde von Analyst(in) abgelehnt: %1</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; blocks this request, and the analyst did not override it.</source>
        <translation>Die Richtlinie „%1“ blockiert diese Anfrage, und Analyst(in) hat sie nicht übersteuert.</translation>
    </message>
    <message>
        <source>The analyst&apos;s reason: %1</source>
        <translation>Begründung von Analyst(in): %1</translation>
    </message>
    <message>
        <source>The code ran (%1), but the analyst withheld its results: %2</source>
        <translation>Der Code wurde ausgeführt (%1), aber Analyst(in) hat seine Ergebnisse zurückgehalten: %2</translation>
    </message>
    <message>
        <source>The request was not valid: %1</source>
        <translation>Die Anfrage war nicht gültig: %1</translation>
    </message>
    <message>
        <source>The request was withdrawn before it was settled.</source>
        <translation>Die Anfrage wurde zurückgezogen, bevor sie erledigt war.</translation>
    </message>
    <message>
        <source>The run did not succeed (%1%2).</source>
        <translation>Der Lauf war nicht erfolgreich (%1%2).</translation>
    </message>
    <message>
        <source>, exit code %1</source>
        <translation>, Exit-Code %1</translation>
    </message>
    <message>
        <source>
[cut at the limit]</source>
        <translation>
[an der Grenze abgeschnitten]</translation>
    </message>
    <message>
        <source>the MCP client went away</source>
        <translation>der MCP-Client ist nicht mehr verbunden</translation>
    </message>
    <message>
        <source>The code ran (%1), but its end could not be recorded in the audit trail, so nothing it made is released.</source>
        <translation>Der Code lief (%1), aber sein Ende konnte nicht im Prüfprotokoll festgehalten werden, daher wird nichts von dem, was er erzeugt hat, freigegeben.</translation>
    </message>
</context>
<context>
    <name>Airlock::MountModel</name>
    <message>
        <source>/workspace/%1, from %2</source>
        <translation>/workspace/%1, aus %2</translation>
    </message>
    <message>
        <source>not staged</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was not copied for the run; see the verdicts.</source>
        <translation>Diese Datei wurde nicht für den Lauf kopiert; siehe die Befunde.</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Endung</translation>
    </message>
</context>
<context>
    <name>Airlock::OutcomeText</name>
    <message>
        <source>End not recorded</source>
        <translation>Ende nicht festgehalten</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Übersteuert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Withdrawn by the agent</source>
        <translation>Vom Agenten zurückgezogen</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Stopped by the analyst</source>
        <translation>Durch Analyst(in) gestoppt</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>Killed at the memory limit</source>
        <translation>Am Speicherlimit zwangsbeendet</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Zwangsbeendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Speicherlimit</translation>
    </message>
    <message>
        <source>A signal</source>
        <translation>Ein Signal</translation>
    </message>
    <message>
        <source>Sandbox error</source>
        <translation>Sandbox-Fehler</translation>
    </message>
    <message>
        <source>Refused before the start</source>
        <translation>Vor dem Start abgewiesen</translation>
    </message>
    <message>
        <source>Never started</source>
        <translation>Nie gestartet</translation>
    </message>
</context>
<context>
    <name>Airlock::OutputFolder</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder (a link or a file is in its place); refusing to write there</source>
        <translation>%1 ist kein Ordner (an seiner Stelle steht ein Link oder eine Datei); dort wird nicht geschrieben</translation>
    </message>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the folder %1 belongs to another account; refusing to write there</source>
        <translation>der Ordner %1 gehört einem anderen Konto; dort wird nicht geschrieben</translation>
    </message>
    <message>
        <source>others can write to the folder %1 and could redirect what is written there; choose a folder only you can write to</source>
        <translation>andere können in den Ordner %1 schreiben und das dort Geschriebene umlenken; wählen Sie einen Ordner, in den nur Sie schreiben können</translation>
    </message>
    <message>
        <source>%1 is not a file name</source>
        <translation>%1 ist kein Dateiname</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; refusing to write through it</source>
        <translation>%1 ist ein symbolischer Link; durch ihn wird nicht geschrieben</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; refusing to replace it</source>
        <translation>%1 existiert und ist keine reguläre Datei; sie wird nicht ersetzt</translation>
    </message>
    <message>
        <source>%1 already exists in a shared folder; refusing to replace it</source>
        <translation>%1 existiert bereits in einem geteilten Ordner; sie wird nicht ersetzt</translation>
    </message>
    <message>
        <source>%1 appeared while it was being written; refusing to replace it</source>
        <translation>%1 ist während des Schreibens erschienen; sie wird nicht ersetzt</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder name</source>
        <translation>%1 ist kein Ordnername</translation>
    </message>
</context>
<context>
    <name>Airlock::OutputScanner</name>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>AWS access key</source>
        <translation>AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Slack-Token</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Google-API-Schlüssel</translation>
    </message>
    <message>
        <source>Stripe key</source>
        <translation>Stripe-Schlüssel</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Password or secret</source>
        <translation>Passwort oder Geheimnis</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Payment card number</source>
        <translation>Zahlungskartennummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 beyond its first %2 MiB</source>
        <translation>%1 über die ersten %2 MiB hinaus</translation>
    </message>
    <message>
        <source>the name of %1</source>
        <translation>der Name von %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Airlock::Policy</name>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is not a known setting (known here: %1)</source>
        <translation>ist keine bekannte Einstellung (hier bekannt: %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the policy must be a JSON object</source>
        <translation>die Richtlinie muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; expected &quot;%2&quot;</source>
        <translation>„%1“ wird nicht unterstützt; erwartet: „%2“</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must look like &quot;.csv&quot;</source>
        <translation>muss wie „.csv“ aussehen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; that is not a policy</source>
        <translation>%1 ist größer als 4 MiB; das ist keine Richtlinie</translation>
    </message>
    <message>
        <source>must be an array of folders</source>
        <translation>muss ein Array von Ordnern sein</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute folder; start it with / or ~/</source>
        <translation>„%1“ ist kein absoluter Ordnerpfad; er muss mit / oder ~/ beginnen</translation>
    </message>
    <message>
        <source>is larger than max (%1)</source>
        <translation>ist größer als das Maximum (%1)</translation>
    </message>
</context>
<context>
    <name>Airlock::PreparedRun</name>
    <message>
        <source>no run folder: %1</source>
        <translation>kein Ordner für den Lauf: %1</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; requires a cap on the whole sandbox&apos;s memory, and this machine offers none to this account (no writable cgroup). Per-process limits would bound the run only at %2 MiB (%3 processes of %4 MiB each, plus its memory file systems).</source>
        <translation>Die Richtlinie „%1“ verlangt eine Obergrenze für den Speicher der ganzen Sandbox, und dieser Rechner bietet diesem Konto keine (keine beschreibbare cgroup). Grenzen je Prozess würden den Lauf erst bei %2 MiB begrenzen (%3 Prozesse zu je %4 MiB, dazu seine Speicher-Dateisysteme).</translation>
    </message>
</context>
<context>
    <name>Airlock::PreviewRenderer</name>
    <message>
        <source>Its elements are nested more than %1 deep.</source>
        <translation>Seine Elemente sind mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>It refers to itself.</source>
        <translation>Es verweist auf sich selbst.</translation>
    </message>
    <message>
        <source>Its references are nested more than %1 deep.</source>
        <translation>Seine Verweise sind mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>It applies filters more than %1 times.</source>
        <translation>Es wendet Filter mehr als %1-mal an.</translation>
    </message>
    <message>
        <source>It would draw more than %L1 elements.</source>
        <translation>Es würde mehr als %L1 Elemente zeichnen.</translation>
    </message>
    <message numerus="yes">
        <source>Drawing it took longer than %n second(s).</source>
        <translation>
            <numerusform>Das Zeichnen dauerte länger als %n Sekunde.</numerusform>
            <numerusform>Das Zeichnen dauerte länger als %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview helper airlock-preview is not installed.</source>
        <translation>Das Vorschauprogramm airlock-preview ist nicht installiert.</translation>
    </message>
    <message>
        <source>The preview helper could not be started: %1</source>
        <translation>Das Vorschauprogramm konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The preview helper sent more than was asked for.</source>
        <translation>Das Vorschauprogramm hat mehr gesendet als angefordert.</translation>
    </message>
    <message>
        <source>Drawing it needed more memory or time than allowed, or failed.</source>
        <translation>Das Zeichnen brauchte mehr Speicher oder Zeit als erlaubt oder ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>This is not a PNG or JPEG image, or it is damaged.</source>
        <translation>Dies ist kein PNG- oder JPEG-Bild, oder es ist beschädigt.</translation>
    </message>
    <message>
        <source>The image is too large to show (%1 × %2 pixels).</source>
        <translation>Das Bild ist zu groß für die Anzeige (%1 × %2 Pixel).</translation>
    </message>
    <message>
        <source>It is not a valid SVG image.</source>
        <translation>Es ist kein gültiges SVG-Bild.</translation>
    </message>
    <message>
        <source>Drawing it failed (exit code %1).</source>
        <translation>Das Zeichnen ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The preview helper&apos;s answer is not an image of the size asked for.</source>
        <translation>Die Antwort des Vorschauprogramms ist kein Bild der angeforderten Größe.</translation>
    </message>
    <message>
        <source>There is not enough memory to show it.</source>
        <translation>Es ist nicht genug Speicher vorhanden, um es anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Airlock::PrivateFiles</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 is open to other accounts (mode %2); make it private with: chmod 700 %1</source>
        <translation>%1 ist für andere Konten offen (Modus %2); machen Sie ihn privat mit: chmod 700 %1</translation>
    </message>
    <message>
        <source>%1 is readable or writable by other accounts (mode %2); make it private with: chmod 600 %1</source>
        <translation>%1 ist für andere Konten les- oder schreibbar (Modus %2); machen Sie sie privat mit: chmod 600 %1</translation>
    </message>
</context>
<context>
    <name>Airlock::QuantityText</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Printed output, per stream</source>
        <translation>Ausgabe, je Strom</translation>
    </message>
    <message>
        <source>Output files, in all</source>
        <translation>Ausgabedateien, insgesamt</translation>
    </message>
    <message>
        <source>Output files, how many</source>
        <translation>Ausgabedateien, Anzahl</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Open files, per process</source>
        <translation>Offene Dateien, je Prozess</translation>
    </message>
    <message>
        <source>Temporary space</source>
        <translation>Temporärer Speicherplatz</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open file(s)</source>
        <translation>
            <numerusform>%n offene Datei</numerusform>
            <numerusform>%n offene Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>Airlock::ReleaseDialog</name>
    <message>
        <source>Release Results to the Agent</source>
        <translation>Ergebnisse an den Agenten freigeben</translation>
    </message>
    <message>
        <source>Withhold Results</source>
        <translation>Ergebnisse zurückhalten</translation>
    </message>
    <message>
        <source>These results go to %1 as soon as you confirm. What leaves, and to whom, is recorded.</source>
        <translation>Diese Ergebnisse gehen an %1, sobald Sie bestätigen. Was hinausgeht und an wen, wird festgehalten.</translation>
    </message>
    <message>
        <source>Nothing the run made goes to %1; it is told only your reason. This is recorded.</source>
        <translation>Nichts, was der Lauf erzeugt hat, geht an %1; mitgeteilt wird nur Ihr Grund. Dies wird festgehalten.</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>%1 on stdout, %2 on stderr</source>
        <translation>%1 auf stdout, %2 auf stderr</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>The scan found %n possible secret(s) or personal data in these results:</source>
        <translation>
            <numerusform>Der Scan hat in diesen Ergebnissen %n Treffer gefunden, der ein Geheimnis oder personenbezogene Daten sein könnte:</numerusform>
            <numerusform>Der Scan hat in diesen Ergebnissen %n Treffer gefunden, die Geheimnisse oder personenbezogene Daten sein könnten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Excerpt (masked)</source>
        <translation>Auszug (maskiert)</translation>
    </message>
    <message>
        <source>Why the results are withheld (the agent is told)</source>
        <translation>Warum die Ergebnisse zurückgehalten werden (wird dem Agenten mitgeteilt)</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>G&amp;rund:</translation>
    </message>
    <message>
        <source>&amp;Withhold</source>
        <translation>&amp;Zurückhalten</translation>
    </message>
    <message>
        <source>These results are not waiting for release.</source>
        <translation>Diese Ergebnisse warten nicht auf Freigabe.</translation>
    </message>
    <message>
        <source>Give your name: every release names who made it.</source>
        <translation>Geben Sie Ihren Namen an: Jede Freigabeentscheidung nennt, wer sie getroffen hat.</translation>
    </message>
    <message>
        <source>Say why the results are withheld: the agent is told.</source>
        <translation>Geben Sie an, warum die Ergebnisse zurückgehalten werden: Dem Agenten wird es mitgeteilt.</translation>
    </message>
    <message>
        <source>Look at the findings first, and confirm that you have.</source>
        <translation>Sehen Sie sich zuerst die Treffer an und bestätigen Sie das.</translation>
    </message>
    <message>
        <source>Not scanned (images, other binary files, output beyond the scan&apos;s limit): %1. Look at them yourself.</source>
        <translation>Nicht durchsucht (Bilder, andere Binärdateien, Ausgabe jenseits der Grenze des Scans): %1. Sehen Sie sie sich selbst an.</translation>
    </message>
    <message>
        <source>I have looked at these findings and release the results &amp;anyway</source>
        <translation>Ich habe mir diese Treffer angesehen und gebe die Ergebnisse &amp;trotzdem frei</translation>
    </message>
    <message>
        <source>Re&amp;lease to Agent</source>
        <translation>An den Agenten f&amp;reigeben</translation>
    </message>
</context>
<context>
    <name>Airlock::Request</name>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>the request file is larger than %n MiB</source>
        <translation>
            <numerusform>die Anfragedatei ist größer als %n MiB</numerusform>
            <numerusform>die Anfragedatei ist größer als %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the request must be a JSON object</source>
        <translation>die Anfrage muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is missing; expected &quot;%1&quot;</source>
        <translation>fehlt; erwartet: „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; expected &quot;%2&quot;</source>
        <translation>„%1“ wird nicht unterstützt; erwartet: „%2“</translation>
    </message>
    <message>
        <source>must be at most 200 characters, without NUL</source>
        <translation>darf höchstens 200 Zeichen lang sein, ohne NUL</translation>
    </message>
    <message>
        <source>is missing: a request must carry the code to run</source>
        <translation>fehlt: Eine Anfrage muss den auszuführenden Code enthalten</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>darf kein NUL-Zeichen enthalten</translation>
    </message>
</context>
<context>
    <name>Airlock::RequestCheck</name>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the name contains a NUL character</source>
        <translation>der Name enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the name contains a slash; files appear directly in /workspace</source>
        <translation>der Name enthält einen Schrägstrich; Dateien erscheinen direkt in /workspace</translation>
    </message>
    <message>
        <source>the name contains &quot;..&quot;</source>
        <translation>der Name enthält „..“</translation>
    </message>
    <message>
        <source>the name starts with a dot (hidden files are not mounted)</source>
        <translation>der Name beginnt mit einem Punkt (versteckte Dateien werden nicht eingebunden)</translation>
    </message>
    <message>
        <source>&quot;output&quot; is reserved for the run&apos;s results</source>
        <translation>„output“ ist für die Ergebnisse des Laufs reserviert</translation>
    </message>
    <message>
        <source>the name is longer than 255 bytes</source>
        <translation>der Name ist länger als 255 Byte</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>der Name enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>The request asks for network access (&quot;%1&quot;); runs never have a network.</source>
        <translation>Die Anfrage verlangt Netzwerkzugriff („%1“); Läufe haben nie ein Netzwerk.</translation>
    </message>
    <message>
        <source>The request declares %1 files; the policy allows at most %2.</source>
        <translation>Die Anfrage deklariert %1 Dateien; die Richtlinie erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; cannot be used: %2.</source>
        <translation>Der Dateiname „%1“ kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is declared twice.</source>
        <translation>Der Dateiname „%1“ ist doppelt deklariert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed kind of file; allowed: %2.</source>
        <translation>„%1“ ist keine erlaubte Dateiart; erlaubt: %2.</translation>
    </message>
    <message>
        <source>The path of &quot;%1&quot; is empty or contains a NUL character.</source>
        <translation>Der Pfad von „%1“ ist leer oder enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The request carries no code.</source>
        <translation>Die Anfrage enthält keinen Code.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message numerus="yes">
        <source>The agent %1 sent the reference &quot;%2&quot; before, in %n other request(s): %3.</source>
        <translation>
            <numerusform>Der Agent %1 hat die Referenz „%2“ schon einmal gesendet, in %n anderen Anfrage: %3.</numerusform>
            <numerusform>Der Agent %1 hat die Referenz „%2“ schon einmal gesendet, in %n anderen Anfragen: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>without a name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>Only the latest %1 are named.</source>
        <translation>Nur die letzten %1 sind genannt.</translation>
    </message>
    <message>
        <source>This is a request of its own, with its own id; check that it is not a replay of an earlier one.</source>
        <translation>Dies ist eine eigene Anfrage mit eigener Kennung; prüfen Sie, dass sie keine Wiederholung einer früheren ist.</translation>
    </message>
    <message>
        <source>This request, with this same code, was already decided: %1 by %2 at %3 (audit record #%4).</source>
        <translation>Diese Anfrage mit genau diesem Code wurde bereits entschieden: %1 von %2 am %3 (Prüfprotokolleintrag #%4).</translation>
    </message>
    <message>
        <source>A request with this reference but other code was already decided: %1 by %2 at %3 (audit record #%4).</source>
        <translation>Eine Anfrage mit dieser Referenz, aber anderem Code wurde bereits entschieden: %1 von %2 am %3 (Prüfprotokolleintrag #%4).</translation>
    </message>
</context>
<context>
    <name>Airlock::RequestLoader</name>
    <message>
        <source>Reject it, or re-open the request file.</source>
        <translation>Lehnen Sie sie ab oder öffnen Sie die Anfragedatei erneut.</translation>
    </message>
    <message>
        <source>It can only be rejected.</source>
        <translation>Sie kann nur abgelehnt werden.</translation>
    </message>
    <message>
        <source>The code read back from the audit trail does not match the SHA-256 recorded for it.</source>
        <translation>Der aus dem Prüfprotokoll gelesene Code stimmt nicht mit dem dafür festgehaltenen SHA-256 überein.</translation>
    </message>
    <message>
        <source>Its verdicts were never recorded.</source>
        <translation>Ihre Befunde wurden nie festgehalten.</translation>
    </message>
    <message>
        <source>It was checked under the policy &quot;%1&quot; (SHA-256 %2…); the workbench now holds requests to &quot;%3&quot; (SHA-256 %4…).</source>
        <translation>Sie wurde nach der Richtlinie „%1“ (SHA-256 %2…) geprüft; die Werkbank misst Anfragen jetzt an „%3“ (SHA-256 %4…).</translation>
    </message>
    <message>
        <source>Inputs no longer available: %1.</source>
        <translation>Eingabedateien nicht mehr verfügbar: %1.</translation>
    </message>
    <message>
        <source>The request is %1; at most %2 are accepted.</source>
        <translation>Die Anfrage ist %1 groß; höchstens %2 werden angenommen.</translation>
    </message>
</context>
<context>
    <name>Airlock::RequestSession</name>
    <message>
        <source>It could not be recorded in the audit trail: %1</source>
        <translation>Dies konnte nicht im Prüfprotokoll festgehalten werden: %1</translation>
    </message>
    <message>
        <source>The request could not be prepared: %1</source>
        <translation>Die Anfrage konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The request could not be recorded in the audit trail, so it cannot be decided: %1</source>
        <translation>Die Anfrage konnte nicht im Prüfprotokoll festgehalten werden und kann daher nicht entschieden werden: %1</translation>
    </message>
    <message>
        <source>Only a request waiting for a decision can be approved.</source>
        <translation>Nur eine Anfrage, die auf eine Entscheidung wartet, kann genehmigt werden.</translation>
    </message>
    <message>
        <source>Give your name: every decision names who made it.</source>
        <translation>Geben Sie Ihren Namen an: Jede Entscheidung nennt, wer sie getroffen hat.</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; blocks this request and allows no override.</source>
        <translation>Die Richtlinie „%1“ blockiert diese Anfrage und erlaubt keine Übersteuerung.</translation>
    </message>
    <message numerus="yes">
        <source>Overriding a blocking verdict needs a justification of at least %n character(s).</source>
        <translation>
            <numerusform>Das Übersteuern eines blockierenden Befunds erfordert eine Begründung von mindestens %n Zeichen.</numerusform>
            <numerusform>Das Übersteuern eines blockierenden Befunds erfordert eine Begründung von mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a request waiting for a decision can be rejected.</source>
        <translation>Nur eine Anfrage, die auf eine Entscheidung wartet, kann abgelehnt werden.</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; requires a reason for a rejection.</source>
        <translation>Die Richtlinie „%1“ verlangt für eine Ablehnung einen Grund.</translation>
    </message>
    <message>
        <source>The decision could not be recorded in the audit trail, so it was not made and nothing ran: %1</source>
        <translation>Die Entscheidung konnte nicht im Prüfprotokoll festgehalten werden, daher wurde sie nicht getroffen und nichts ausgeführt: %1</translation>
    </message>
    <message>
        <source>Stopped by the analyst before the run started; nothing ran.</source>
        <translation>Vor Beginn des Laufs durch Analyst(in) gestoppt; nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>The withdrawal could not be recorded in the audit trail: %1</source>
        <translation>Der Rückzug konnte nicht im Prüfprotokoll festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Withdrawn by %1.</source>
        <translation>Zurückgezogen von %1.</translation>
    </message>
    <message>
        <source>Released without asking: a successful run with nothing found in its outputs, as the policy &quot;%1&quot; allows.</source>
        <translation>Ohne Rückfrage freigegeben: ein erfolgreicher Lauf ohne Treffer in seinen Ausgaben, wie es die Richtlinie „%1“ erlaubt.</translation>
    </message>
    <message>
        <source>Only results waiting for release can be released.</source>
        <translation>Nur Ergebnisse, die auf Freigabe warten, können freigegeben werden.</translation>
    </message>
    <message>
        <source>Give your name: every release names who made it.</source>
        <translation>Geben Sie Ihren Namen an: Jede Freigabeentscheidung nennt, wer sie getroffen hat.</translation>
    </message>
    <message>
        <source>Only results waiting for release can be withheld.</source>
        <translation>Nur Ergebnisse, die auf Freigabe warten, können zurückgehalten werden.</translation>
    </message>
    <message>
        <source>Say why the results are withheld: the agent is told.</source>
        <translation>Geben Sie an, warum die Ergebnisse zurückgehalten werden: Dem Agenten wird es mitgeteilt.</translation>
    </message>
    <message>
        <source>The release could not be recorded in the audit trail, so nothing was sent: %1</source>
        <translation>Die Freigabe konnte nicht im Prüfprotokoll festgehalten werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The agent has withdrawn this request.</source>
        <translation>Der Agent hat diese Anfrage zurückgezogen.</translation>
    </message>
    <message>
        <source>The agent that sent this is no longer connected: the result cannot be delivered.</source>
        <translation>Der Agent, der dies gesendet hat, ist nicht mehr verbunden: Das Ergebnis kann nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>This request waited for a decision, but it could not be read back from the audit trail: %1</source>
        <translation>Diese Anfrage wartete auf eine Entscheidung, konnte aber nicht aus dem Prüfprotokoll gelesen werden: %1</translation>
    </message>
    <message>
        <source>This is a check only: nothing is recorded, so nothing can be decided.</source>
        <translation>Dies ist nur eine Prüfung: Es wird nichts festgehalten, daher kann nichts entschieden werden.</translation>
    </message>
    <message>
        <source>Only a request waiting for a decision can be refused.</source>
        <translation>Nur eine Anfrage, die auf eine Entscheidung wartet, kann verweigert werden.</translation>
    </message>
    <message>
        <source>The refusal could not be recorded in the audit trail: %1</source>
        <translation>Die Verweigerung konnte nicht im Prüfprotokoll festgehalten werden: %1</translation>
    </message>
    <message>
        <source>its end was not recorded</source>
        <translation>sein Ende wurde nicht festgehalten</translation>
    </message>
    <message>
        <source>✓ As expected: %1 — stopped by %2.</source>
        <translation>✓ Wie erwartet: %1 — gestoppt durch %2.</translation>
    </message>
    <message>
        <source>✓ As expected: %1.</source>
        <translation>✓ Wie erwartet: %1.</translation>
    </message>
    <message>
        <source>✗ Not as expected: it should have ended %1, stopped by %2; it ended %3.</source>
        <translation>✗ Nicht wie erwartet: Erwartet war „%1“, gestoppt durch %2; das Ergebnis war „%3“.</translation>
    </message>
    <message>
        <source>✗ Not as expected: it should have ended %1; it ended %2.</source>
        <translation>✗ Nicht wie erwartet: Erwartet war „%1“; das Ergebnis war „%2“.</translation>
    </message>
    <message>
        <source>What differs: %1.</source>
        <translation>Abweichungen: %1.</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 ✗ unexpected</source>
        <translation>%1 ✗ unerwartet</translation>
    </message>
</context>
<context>
    <name>Airlock::ReviewPane</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Proposed code</source>
        <translation>Vorgeschlagener Code</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Declared files</source>
        <translation>Deklarierte Dateien</translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation>SHA-256 &amp;kopieren</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>G&amp;renzen</translation>
    </message>
    <message>
        <source>Approve and run this request (Ctrl+Shift+A); asks for confirmation</source>
        <translation>Diese Anfrage genehmigen und ausführen (Strg+Umschalt+A); fragt nach Bestätigung</translation>
    </message>
    <message>
        <source>Reject this request (Ctrl+Shift+R); asks for confirmation</source>
        <translation>Diese Anfrage ablehnen (Strg+Umschalt+R); fragt nach Bestätigung</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Keine Anfrage ausgewählt</translation>
    </message>
    <message>
        <source>Open a request file (Ctrl+O), drop one on the window, or place one in the inbox folder.</source>
        <translation>Öffnen Sie eine Anfragedatei (Strg+O), ziehen Sie eine auf das Fenster oder legen Sie eine in den Eingangsordner.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>… [%n more character(s)]</source>
        <translation>
            <numerusform>… [%n weiteres Zeichen]</numerusform>
            <numerusform>… [%n weitere Zeichen]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source># [%n more character(s) not shown: the code is over the policy&apos;s size limit]</source>
        <translation>
            <numerusform># [%n weiteres Zeichen nicht angezeigt: Der Code überschreitet die Größengrenze der Richtlinie]</numerusform>
            <numerusform># [%n weitere Zeichen nicht angezeigt: Der Code überschreitet die Größengrenze der Richtlinie]</numerusform>
        </translation>
    </message>
    <message>
        <source>No declared files.</source>
        <translation>Keine deklarierten Dateien.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>Reading and staging the request…</source>
        <translation>Anfrage wird gelesen und bereitgestellt…</translation>
    </message>
    <message>
        <source>Not a valid request: %1</source>
        <translation>Keine gültige Anfrage: %1</translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation>Entscheidung wird festgehalten…</translation>
    </message>
    <message>
        <source>Runnable: no finding blocks this request under the policy &quot;%1&quot;.</source>
        <translation>Ausführbar: Unter der Richtlinie „%1“ blockiert keine Feststellung diese Anfrage.</translation>
    </message>
    <message>
        <source>Needs an override: the policy &quot;%1&quot; blocks this request, but allows a reviewer to override it with a justification.</source>
        <translation>Übersteuerung erforderlich: Die Richtlinie „%1“ blockiert diese Anfrage, erlaubt aber einem Prüfer, sie mit einer Begründung zu übersteuern.</translation>
    </message>
    <message>
        <source>Blocked: the policy &quot;%1&quot; blocks this request and allows no override.</source>
        <translation>Blockiert: Die Richtlinie „%1“ blockiert diese Anfrage und erlaubt keine Übersteuerung.</translation>
    </message>
    <message>
        <source>Training scenario &quot;%1&quot;: %2</source>
        <translation>Trainingsszenario „%1“: %2</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Übersteuern…</translation>
    </message>
    <message>
        <source>Runs are disabled: %1</source>
        <translation>Läufe sind deaktiviert: %1</translation>
    </message>
    <message>
        <source>The staged copy cannot be read: %1</source>
        <translation>Die bereitgestellte Kopie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Binary file: no preview.</source>
        <translation>Binärdatei: keine Vorschau.</translation>
    </message>
    <message>
        <source>[… only the first %1 are shown]</source>
        <translation>[… nur die ersten %1 werden angezeigt]</translation>
    </message>
    <message>
        <source>This file was not staged, so there is nothing to preview.</source>
        <translation>Diese Datei wurde nicht bereitgestellt, daher gibt es keine Vorschau.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Only the first rows are shown.</source>
        <translation>Nur die ersten Zeilen werden angezeigt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The limits are known once the request is staged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Grenzen stehen fest, sobald die Anfrage bereitgestellt ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Policy cap</source>
        <translation>Obergrenze der Richtlinie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Output per stream</source>
        <translation>Ausgabe pro Datenstrom</translation>
    </message>
    <message>
        <source>Output files</source>
        <translation>Ausgabedateien</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Handed in by %1; its results go back only when you release them.</source>
        <translation>Eingereicht von %1; die Ergebnisse gehen erst zurück, wenn Sie sie freigeben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (decided by %2 at %3).</source>
        <translation>%1 (entschieden von %2 um %3).</translation>
    </message>
    <message>
        <source>%1 — %2 (the agent&apos;s reference: %3)</source>
        <translation>%1 — %2 (Referenz des Agenten: %3)</translation>
    </message>
    <message>
        <source>Handed in by %1.</source>
        <translation>Eingereicht von %1.</translation>
    </message>
    <message>
        <source>Still waiting for a decision from before the workbench was last closed (it arrived %1).</source>
        <translation>Wartet noch auf eine Entscheidung von vor dem letzten Schließen der Werkbank (eingegangen %1).</translation>
    </message>
    <message>
        <source>This request can only be rejected.</source>
        <translation>Diese Anfrage kann nur abgelehnt werden.</translation>
    </message>
    <message>
        <source>Its sandbox is ready; the run starts as you approve.</source>
        <translation>Ihre Sandbox ist bereit; der Lauf beginnt mit Ihrer Freigabe.</translation>
    </message>
    <message>
        <source>Its sandbox is being prepared.</source>
        <translation>Ihre Sandbox wird vorbereitet.</translation>
    </message>
    <message>
        <source>Ver&amp;dicts</source>
        <translation>Befu&amp;nde</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>Date&amp;ien</translation>
    </message>
    <message>
        <source>No findings: the static check and the policy found nothing to report.</source>
        <translation>Keine Befunde: Die statische Prüfung und die Richtlinie haben nichts zu melden.</translation>
    </message>
    <message>
        <source>The static check is running…</source>
        <translation>Die statische Prüfung läuft…</translation>
    </message>
    <message>
        <source>%1 (byte %2: past the first %3 shown)</source>
        <translation>%1 (Byte %2: hinter den ersten gezeigten %3)</translation>
    </message>
</context>
<context>
    <name>Airlock::RunDirectory</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder of ours that only we can write; refusing to use it</source>
        <translation>%1 ist kein eigener Ordner, den nur Airlock beschreiben kann; er wird nicht verwendet</translation>
    </message>
    <message>
        <source>cannot create a run folder in %1: %2</source>
        <translation>in %1 kann kein Laufordner erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot hand %1 to the sandbox user: %2</source>
        <translation>%1 kann nicht an den Sandbox-Benutzer übergeben werden: %2</translation>
    </message>
    <message>
        <source>no private copies were kept for it</source>
        <translation>für sie wurden keine privaten Kopien aufbewahrt</translation>
    </message>
    <message>
        <source>another Airlock process is using its private copies</source>
        <translation>ein anderer Airlock-Prozess verwendet ihre privaten Kopien</translation>
    </message>
    <message>
        <source>%1 is not a folder Airlock made; it is not used</source>
        <translation>%1 ist kein von Airlock angelegter Ordner; er wird nicht verwendet</translation>
    </message>
</context>
<context>
    <name>Airlock::RunLimits</name>
    <message>
        <source>The request asks for %1 of %2; the policy allows at most %3.</source>
        <translation>Die Anfrage verlangt %1 %2; die Richtlinie erlaubt höchstens %3.</translation>
    </message>
</context>
<context>
    <name>Airlock::RunPane</name>
    <message>
        <source>Time used of the run&apos;s timeout</source>
        <translation>Verbrauchte Zeit vom Zeitlimit des Laufs</translation>
    </message>
    <message>
        <source>Kill the whole sandbox now (Ctrl+.); the stop is recorded</source>
        <translation>Die gesamte Sandbox sofort beenden (Strg+.); der Stopp wird festgehalten</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standardfehlerausgabe</translation>
    </message>
    <message>
        <source>Events the code reported about itself</source>
        <translation>Ereignisse, die der Code über sich selbst gemeldet hat</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>Ausga&amp;be</translation>
    </message>
    <message>
        <source>Rejected: nothing ran.</source>
        <translation>Abgelehnt: Nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Nothing has run yet.</source>
        <translation>Bisher wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation>Entscheidung wird festgehalten…</translation>
    </message>
    <message>
        <source>Running in the sandbox…</source>
        <translation>Wird in der Sandbox ausgeführt…</translation>
    </message>
    <message>
        <source>%1 s of %2 s</source>
        <translation>%1 s von %2 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU-Zeit</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Maximaler Speicher</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>%1 on stdout, %2 on stderr</source>
        <translation>%1 auf stdout, %2 auf stderr</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Gekürzt</translation>
    </message>
    <message>
        <source>Output beyond %1 per stream was counted but not kept.</source>
        <translation>Ausgabe über %1 pro Datenstrom wurde gezählt, aber nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Geschriebene Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>File not collected</source>
        <translation>Datei nicht übernommen</translation>
    </message>
    <message>
        <source>Files not collected</source>
        <translation>Dateien nicht übernommen</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) over the limit</source>
        <translation>
            <numerusform>%n weitere Datei über der Grenze</numerusform>
            <numerusform>%n weitere Dateien über der Grenze</numerusform>
        </translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Durchsetzung</translation>
    </message>
    <message>
        <source>Audit record</source>
        <translation>Protokolleintrag</translation>
    </message>
    <message>
        <source>#%1, hash %2</source>
        <translation>#%1, Hash %2</translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation>Selbst gemeldet</translation>
    </message>
    <message>
        <source>Events are reported by an audit hook inside the sandbox: they show what the code did, but code that attacks the hook can hide from it. The sandbox&apos;s limits do not depend on them.</source>
        <translation>Die Ereignisse meldet ein Audit-Hook innerhalb der Sandbox: Sie zeigen, was der Code getan hat, doch Code, der den Hook angreift, kann sich vor ihm verbergen. Die Grenzen der Sandbox hängen nicht von ihnen ab.</translation>
    </message>
    <message>
        <source>Re&amp;lease to Agent…</source>
        <translation>An den Agenten f&amp;reigeben…</translation>
    </message>
    <message>
        <source>&amp;Withhold…</source>
        <translation>Zurückhal&amp;ten…</translation>
    </message>
    <message>
        <source>Send the output and files to the agent that asked (Ctrl+Shift+L)</source>
        <translation>Ausgabe und Dateien an den anfragenden Agenten senden (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Keep the results from the agent; it is told your reason</source>
        <translation>Die Ergebnisse dem Agenten vorenthalten; ihm wird Ihr Grund mitgeteilt</translation>
    </message>
    <message>
        <source>Scanning the results for secrets and personal data before they can go to %1…</source>
        <translation>Die Ergebnisse werden nach Geheimnissen und personenbezogenen Daten durchsucht, bevor sie an %1 gehen können…</translation>
    </message>
    <message numerus="yes">
        <source>%1 is waiting for these results. The scan found %n possible secret(s) or personal data: look before you release.</source>
        <translation>
            <numerusform>%1 wartet auf diese Ergebnisse. Der Scan hat %n Treffer gefunden, der ein Geheimnis oder personenbezogene Daten sein könnte: Sehen Sie ihn sich vor der Freigabe an.</numerusform>
            <numerusform>%1 wartet auf diese Ergebnisse. Der Scan hat %n Treffer gefunden, die Geheimnisse oder personenbezogene Daten sein könnten: Sehen Sie sie sich vor der Freigabe an.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is waiting for these results; the scan found nothing. Release them, or withhold them.</source>
        <translation>%1 wartet auf diese Ergebnisse; der Scan hat nichts gefunden. Geben Sie sie frei oder halten Sie sie zurück.</translation>
    </message>
    <message>
        <source>Recording the release…</source>
        <translation>Freigabe wird festgehalten…</translation>
    </message>
    <message>
        <source>Released to %1 by %2.</source>
        <translation>Von %2 an %1 freigegeben.</translation>
    </message>
    <message>
        <source>Withheld from %1 by %2: %3</source>
        <translation>Von %2 für %1 zurückgehalten: %3</translation>
    </message>
    <message>
        <source>%1 is waiting for these results. The scan found nothing in what it can read; look at the rest yourself before you release: %2</source>
        <translation>%1 wartet auf diese Ergebnisse. Der Scan hat in dem, was er lesen kann, nichts gefunden; sehen Sie sich den Rest vor der Freigabe selbst an: %2</translation>
    </message>
    <message>
        <source>How the run ended</source>
        <translation>Wie der Lauf endete</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>keiner: %1</translation>
    </message>
    <message>
        <source>counted by the run&apos;s cgroup</source>
        <translation>von der cgroup des Laufs gezählt</translation>
    </message>
    <message>
        <source>the run&apos;s cgroup, sampled</source>
        <translation>cgroup des Laufs, in Stichproben gemessen</translation>
    </message>
    <message>
        <source>the sandbox&apos;s processes, as the host saw them</source>
        <translation>die Prozesse der Sandbox, wie der Host sie sah</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) not reported (over the cap)</source>
        <translation>
            <numerusform>%n weiteres Ereignis nicht gemeldet (über der Obergrenze)</numerusform>
            <numerusform>%n weitere Ereignisse nicht gemeldet (über der Obergrenze)</numerusform>
        </translation>
    </message>
    <message>
        <source>more events than the cap; the rest was not read</source>
        <translation>mehr Ereignisse als die Obergrenze; der Rest wurde nicht gelesen</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Er&amp;gebnis</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Zeitl&amp;eiste</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>Date&amp;ien</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) opened</source>
        <translation>
            <numerusform>%n Datei geöffnet</numerusform>
            <numerusform>%n Dateien geöffnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network attempt(s), all blocked</source>
        <translation>
            <numerusform>%n Netzwerkversuch, blockiert</numerusform>
            <numerusform>%n Netzwerkversuche, alle blockiert</numerusform>
        </translation>
    </message>
    <message>
        <source>no network attempt</source>
        <translation>kein Netzwerkversuch</translation>
    </message>
    <message numerus="yes">
        <source>%n subprocess(es)</source>
        <translation>
            <numerusform>%n Unterprozess</numerusform>
            <numerusform>%n Unterprozesse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::SandboxCommand</name>
    <message>
        <source>bwrap or python3 is missing; run airlockctl doctor</source>
        <translation>bwrap oder python3 fehlt; führen Sie airlockctl doctor aus</translation>
    </message>
    <message>
        <source>the system call filter could not be built: %1</source>
        <translation>der Systemaufruf-Filter konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::SandboxInspector</name>
    <message>
        <source>Sandbox Inspector</source>
        <translation>Sandbox-Inspektor</translation>
    </message>
    <message>
        <source>The sandbox is known once the request is read and staged.</source>
        <translation>Die Sandbox steht fest, sobald die Anfrage gelesen und bereitgestellt ist.</translation>
    </message>
    <message>
        <source>The sandbox could not be described: %1</source>
        <translation>Die Sandbox konnte nicht beschrieben werden: %1</translation>
    </message>
    <message>
        <source>&amp;In Plain Language</source>
        <translation>In &amp;einfacher Sprache</translation>
    </message>
    <message>
        <source>&amp;Raw bwrap Arguments</source>
        <translation>&amp;Rohe bwrap-Argumente</translation>
    </message>
    <message>
        <source>&amp;Copy Arguments</source>
        <translation>Argumente &amp;kopieren</translation>
    </message>
    <message>
        <source> (%1, SHA-256 %2…)</source>
        <translation> (%1, SHA-256 %2…)</translation>
    </message>
    <message>
        <source>%1 (from the host&apos;s %2)%3</source>
        <translation>%1 (aus %2 des Hosts)%3</translation>
    </message>
    <message>
        <source>%1 (the host&apos;s %2, writable)</source>
        <translation>%1 (%2 des Hosts, beschreibbar)</translation>
    </message>
    <message>
        <source>%1 (a sealed copy made for this run)</source>
        <translation>%1 (eine für diesen Lauf angelegte, versiegelte Kopie)</translation>
    </message>
    <message>
        <source>%1 (empty, in memory)</source>
        <translation>%1 (leer, im Speicher)</translation>
    </message>
    <message>
        <source>%1 (empty, in memory, at most %2)</source>
        <translation>%1 (leer, im Speicher, höchstens %2)</translation>
    </message>
    <message>
        <source>%1: a minimal /dev (null, zero, random, urandom, tty)</source>
        <translation>%1: ein minimales /dev (null, zero, random, urandom, tty)</translation>
    </message>
    <message>
        <source>%1: the sandbox&apos;s own processes only</source>
        <translation>%1: nur die eigenen Prozesse der Sandbox</translation>
    </message>
    <message>
        <source>the environment is cleared: nothing of the host&apos;s is passed</source>
        <translation>die Umgebung wird geleert: Nichts vom Host wird übergeben</translation>
    </message>
    <message>
        <source>it dies with Airlock</source>
        <translation>sie wird mit Airlock beendet</translation>
    </message>
    <message>
        <source>a new session: it cannot type into Airlock&apos;s terminal</source>
        <translation>eine neue Sitzung: Sie kann keine Eingaben in das Terminal von Airlock einschleusen</translation>
    </message>
    <message>
        <source>capabilities dropped: %1</source>
        <translation>Capabilities entzogen: %1</translation>
    </message>
    <message>
        <source>a seccomp filter (see below)</source>
        <translation>ein seccomp-Filter (siehe unten)</translation>
    </message>
    <message>
        <source>What the code can see</source>
        <translation>Was der Code sehen kann</translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation>Schreibgeschützt:</translation>
    </message>
    <message>
        <source>Writable:</source>
        <translation>Beschreibbar:</translation>
    </message>
    <message>
        <source>Devices and processes:</source>
        <translation>Geräte und Prozesse:</translation>
    </message>
    <message>
        <source>Nothing else of the host exists inside: no home folders, no /etc beyond what is listed, no sockets, no other processes.</source>
        <translation>Sonst existiert nichts vom Host darin: keine Benutzerverzeichnisse, kein /etc über das Aufgeführte hinaus, keine Sockets, keine anderen Prozesse.</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>Own namespaces: %1</source>
        <translation>Eigene Namespaces: %1</translation>
    </message>
    <message>
        <source>Network: a namespace of its own with only a loopback; no route out</source>
        <translation>Netzwerk: ein eigener Namespace mit nur einem Loopback; keine Route nach außen</translation>
    </message>
    <message>
        <source>The environment the code sees</source>
        <translation>Die Umgebung, die der Code sieht</translation>
    </message>
    <message>
        <source>Limits and what enforces them</source>
        <translation>Grenzen und ihre Durchsetzung</translation>
    </message>
    <message>
        <source>Time: %1 s, by a watchdog that kills the whole sandbox, and CPU-time rlimits</source>
        <translation>Zeit: %1 s, durch einen Watchdog, der die gesamte Sandbox beendet, und CPU-Zeit-rlimits</translation>
    </message>
    <message>
        <source>Processes: %1 (cgroup pids and RLIMIT_NPROC)</source>
        <translation>Prozesse: %1 (cgroup pids und RLIMIT_NPROC)</translation>
    </message>
    <message>
        <source>Open files: %1 per process (RLIMIT_NOFILE)</source>
        <translation>Offene Dateien: %1 pro Prozess (RLIMIT_NOFILE)</translation>
    </message>
    <message>
        <source>Output: %1 per stream kept; the rest is counted and dropped</source>
        <translation>Ausgabe: %1 pro Datenstrom wird aufbewahrt; der Rest wird gezählt und verworfen</translation>
    </message>
    <message>
        <source>Files written: at most %1 files, %2 in all (tmpfs size and RLIMIT_FSIZE)</source>
        <translation>Geschriebene Dateien: höchstens %1 Dateien, insgesamt %2 (tmpfs-Größe und RLIMIT_FSIZE)</translation>
    </message>
    <message>
        <source>User: the analyst&apos;s own, without any capability</source>
        <translation>Benutzer: Ihr eigener, ohne jegliche Capabilities</translation>
    </message>
    <message>
        <source>User: uid %1, used by this sandbox alone</source>
        <translation>Benutzer: uid %1, nur von dieser Sandbox verwendet</translation>
    </message>
    <message>
        <source>As enforced for this run: %1</source>
        <translation>Wie für diesen Lauf durchgesetzt: %1</translation>
    </message>
    <message>
        <source>Cgroup: %1</source>
        <translation>Cgroup: %1</translation>
    </message>
    <message>
        <source>System calls (seccomp)</source>
        <translation>Systemaufrufe (seccomp)</translation>
    </message>
    <message>
        <source>%1: the files staged for this run, joined from the host&apos;s %2</source>
        <translation>%1: die für diesen Lauf bereitgestellten Dateien, zusammengefügt aus %2 des Hosts</translation>
    </message>
    <message>
        <source>the code is the sandbox&apos;s first process: no part of bubblewrap runs inside with it</source>
        <translation>der Code ist der erste Prozess der Sandbox: kein Teil von bubblewrap läuft mit ihm darin</translation>
    </message>
    <message>
        <source>Memory: %1 per process (RLIMIT_AS %2); %3</source>
        <translation>Speicher: %1 je Prozess (RLIMIT_AS %2); %3</translation>
    </message>
    <message>
        <source>%1: the working folder, empty, in memory, at most %2; what the code writes here comes back as the run&apos;s files</source>
        <translation>%1: der Arbeitsordner, leer, im Arbeitsspeicher, höchstens %2; was der Code hier schreibt, kommt als Dateien des Laufs zurück</translation>
    </message>
    <message>
        <source>%1 (in the working folder, sharing its size)</source>
        <translation>%1 (im Arbeitsordner, teilt dessen Größe)</translation>
    </message>
    <message>
        <source>%1, a link to %2%3</source>
        <translation>%1, ein Verweis auf %2%3</translation>
    </message>
    <message>
        <source>No request is selected.</source>
        <translation>Keine Anfrage ausgewählt.</translation>
    </message>
    <message>
        <source>Request %1 from %2: the sandbox its run got, as recorded when the run started.</source>
        <translation>Anfrage %1 von %2: die Sandbox, die ihr Lauf erhielt, wie beim Start des Laufs festgehalten.</translation>
    </message>
    <message>
        <source>Request %1 from %2: the sandbox a run would get if it were approved now (planned: nothing has run).</source>
        <translation>Anfrage %1 von %2: die Sandbox, die ein Lauf bei Genehmigung jetzt erhielte (geplant: nichts ist gelaufen).</translation>
    </message>
    <message>
        <source>Request %1 from %2: the sandbox of its run %3, as recorded in the audit trail when the run started (%4).</source>
        <translation>Anfrage %1 von %2: die Sandbox ihres Laufs %3, wie beim Start des Laufs im Prüfprotokoll festgehalten (%4).</translation>
    </message>
    <message>
        <source>The audit trail holds no sandbox for this run.</source>
        <translation>Das Prüfprotokoll enthält keine Sandbox für diesen Lauf.</translation>
    </message>
</context>
<context>
    <name>Airlock::SandboxProcess</name>
    <message>
        <source>Cannot build the sandbox: %1</source>
        <translation>Die Sandbox kann nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>Cannot build the sandbox: too many files to pass in</source>
        <translation>Die Sandbox kann nicht aufgebaut werden: zu viele Dateien zu übergeben</translation>
    </message>
    <message>
        <source>Cannot prepare the sandbox&apos;s arguments: %1</source>
        <translation>Die Argumente der Sandbox können nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the sandbox&apos;s files: %1</source>
        <translation>Die Dateien der Sandbox können nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Cannot start bubblewrap (%1): %2</source>
        <translation>bubblewrap kann nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>Cannot prepare the sandbox&apos;s accounting: %1</source>
        <translation>Die Verbrauchsmessung der Sandbox kann nicht vorbereitet werden: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::SandboxRunner</name>
    <message>
        <source>The run&apos;s cgroup could not be set up: %1</source>
        <translation>Die cgroup des Laufs konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>cgroup %1 (%2)</source>
        <translation>cgroup %1 (%2)</translation>
    </message>
    <message>
        <source>cannot create a pipe: %1</source>
        <translation>es kann keine Pipe erstellt werden: %1</translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation>uid %1</translation>
    </message>
    <message>
        <source>rlimits (files %1, processes %2, file size %3, address space %4)</source>
        <translation>rlimits (Dateien %1, Prozesse %2, Dateigröße %3, Adressraum %4)</translation>
    </message>
    <message>
        <source>watchdog %1 ms</source>
        <translation>Watchdog %1 ms</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>refused before the start</source>
        <translation>vor dem Start verweigert</translation>
    </message>
    <message>
        <source>The run was stopped before its sandbox started.</source>
        <translation>Der Lauf wurde gestoppt, bevor seine Sandbox startete.</translation>
    </message>
    <message>
        <source>The sandbox cannot be built: %1</source>
        <translation>Die Sandbox kann nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>The run was not started: %1</source>
        <translation>Der Lauf wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The run&apos;s end cannot be trusted: bubblewrap exited with %1 but reported the code&apos;s exit as %2.</source>
        <translation>Dem Ende des Laufs ist nicht zu trauen: bubblewrap endete mit %1, meldete das Ende des Codes aber als %2.</translation>
    </message>
    <message>
        <source>The run&apos;s end cannot be trusted: bubblewrap exited with %1 without reporting how the code ended.</source>
        <translation>Dem Ende des Laufs ist nicht zu trauen: bubblewrap endete mit %1, ohne zu melden, wie der Code endete.</translation>
    </message>
    <message>
        <source>The prepared sandbox was ended before a decision.</source>
        <translation>Die vorbereitete Sandbox wurde vor einer Entscheidung beendet.</translation>
    </message>
    <message>
        <source>The prepared sandbox did not become ready in time.</source>
        <translation>Die vorbereitete Sandbox wurde nicht rechtzeitig bereit.</translation>
    </message>
    <message>
        <source>The prepared sandbox ended before a decision: %1</source>
        <translation>Die vorbereitete Sandbox endete vor einer Entscheidung: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::ScenarioPicker</name>
    <message>
        <source>Training Scenarios</source>
        <translation>Trainingsszenarien</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Stopped by</source>
        <translation>Gestoppt durch</translation>
    </message>
    <message>
        <source>hostile</source>
        <translation>feindselig</translation>
    </message>
    <message>
        <source>benign</source>
        <translation>harmlos</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Trainingsszenarien</translation>
    </message>
    <message>
        <source>Stopped by:</source>
        <translation>Gestoppt durch:</translation>
    </message>
    <message>
        <source>The static check flags it; under the training policy it only warns, so the code can be run to show the sandbox.</source>
        <translation>Die statische Prüfung meldet es; unter der Trainingsrichtlinie warnt sie nur, sodass der Code ausgeführt werden kann, um die Sandbox vorzuführen.</translation>
    </message>
    <message>
        <source>The static check does not flag it: only the sandbox stops it.</source>
        <translation>Die statische Prüfung meldet es nicht: Nur die Sandbox stoppt es.</translation>
    </message>
    <message>
        <source>Nothing needs stopping: the static check finds nothing to block, and the run should succeed.</source>
        <translation>Hier ist nichts zu stoppen: Die statische Prüfung findet nichts zu blockieren, und der Lauf sollte gelingen.</translation>
    </message>
    <message>
        <source>Expected outcome:</source>
        <translation>Erwartetes Ergebnis:</translation>
    </message>
</context>
<context>
    <name>Airlock::SeccompFilter</name>
    <message>
        <source>libseccomp could not create a filter</source>
        <translation>libseccomp konnte keinen Filter erstellen</translation>
    </message>
    <message>
        <source>seccomp rule for %1 failed: %2</source>
        <translation>seccomp-Regel für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot export the seccomp filter: %1</source>
        <translation>der seccomp-Filter kann nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>cannot export the seccomp filter</source>
        <translation>der seccomp-Filter kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>refused (EPERM): %1</source>
        <translation>verweigert (EPERM): %1</translation>
    </message>
    <message>
        <source>clone3 refused with ENOSYS, so clone&apos;s flags are what the kernel checks</source>
        <translation>clone3 wird mit ENOSYS verweigert, daher prüft der Kernel die Flags von clone</translation>
    </message>
    <message>
        <source>ioctl TIOCSTI and TIOCLINUX refused (EPERM)</source>
        <translation>ioctl TIOCSTI und TIOCLINUX verweigert (EPERM)</translation>
    </message>
    <message>
        <source>socket and socketpair for any family but AF_UNIX refused (EAFNOSUPPORT)</source>
        <translation>socket und socketpair für jede Familie außer AF_UNIX verweigert (EAFNOSUPPORT)</translation>
    </message>
    <message>
        <source>system calls of another architecture kill the process</source>
        <translation>Systemaufrufe einer anderen Architektur beenden den Prozess</translation>
    </message>
</context>
<context>
    <name>Airlock::SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Configure Airlock</source>
        <translation>Airlock einrichten</translation>
    </message>
    <message>
        <source>Proposed in every decision; your account and computer are recorded as well</source>
        <translation>Wird bei jeder Entscheidung vorgeschlagen; Ihr Benutzerkonto und Ihr Rechner werden ebenfalls festgehalten</translation>
    </message>
    <message>
        <source>The shipped default policy</source>
        <translation>Die mitgelieferte Standardrichtlinie</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Richtlinie:</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>Richtlinien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Inbox folder:</source>
        <translation>&amp;Eingangsordner:</translation>
    </message>
    <message>
        <source>Inbox Folder</source>
        <translation>Eingangsordner</translation>
    </message>
    <message>
        <source>&amp;Audit trail:</source>
        <translation>&amp;Prüfprotokoll:</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Audit trails (*.sqlite);;All files (*)</source>
        <translation>Prüfprotokolle (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The policy %1 is not valid: %2</source>
        <translation>Die Richtlinie %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>Give the name to propose for decisions.</source>
        <translation>Geben Sie den Namen an, der für Entscheidungen vorgeschlagen wird.</translation>
    </message>
    <message>
        <source>Agents hand in requests on a socket only this account can use; every one waits for your decision, and results go back only when you release them</source>
        <translation>Agenten reichen Anfragen über einen Socket ein, den nur dieses Konto nutzen kann; jede wartet auf Ihre Entscheidung, und Ergebnisse gehen erst zurück, wenn Sie sie freigeben</translation>
    </message>
    <message>
        <source>None: start each run when approved</source>
        <translation>Keine: jeder Lauf startet bei der Freigabe</translation>
    </message>
    <message>
        <source>While you review, the sandboxes of the requests you looked at last are started and their libraries loaded, so a run starts as you approve. None of the request&apos;s code is in such a sandbox before your approval is recorded.</source>
        <translation>Während Sie prüfen, werden die Sandboxen der zuletzt angesehenen Anfragen gestartet und ihre Bibliotheken geladen, damit ein Lauf mit Ihrer Freigabe beginnt. Kein Code der Anfrage ist in einer solchen Sandbox, bevor Ihre Freigabe aufgezeichnet ist.</translation>
    </message>
    <message>
        <source>&amp;Sandboxes started ahead:</source>
        <translation>Vorab gestartete Sand&amp;boxen:</translation>
    </message>
    <message>
        <source>Take requests from a&amp;gents (airlockctl submit, MCP)</source>
        <translation>Anfragen von A&amp;genten annehmen (airlockctl submit, MCP)</translation>
    </message>
    <message>
        <source>None: this computer&apos;s trail only</source>
        <translation>Keines: nur das Protokoll dieses Rechners</translation>
    </message>
    <message>
        <source>A team&apos;s trail on PostgreSQL, for example postgresql://alice@db.example.org/airlock. Every record is kept in this computer&apos;s trail first and then shipped there, with a signed head; while the server cannot be reached, the records wait and nothing is lost.</source>
        <translation>Das Protokoll eines Teams in PostgreSQL, zum Beispiel postgresql://alice@db.example.org/airlock. Jeder Eintrag wird zuerst im Protokoll dieses Rechners gespeichert und dann mit einem signierten Kopf dorthin übertragen; solange der Server nicht erreichbar ist, warten die Einträge, und nichts geht verloren.</translation>
    </message>
    <message>
        <source>Tea&amp;m trail:</source>
        <translation>&amp;Teamprotokoll:</translation>
    </message>
    <message>
        <source>The audit trail, the team trail, the policy and the language apply from the next start.</source>
        <translation>Prüfprotokoll, Teamprotokoll, Richtlinie und Sprache gelten ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The team trail is a PostgreSQL connection, such as postgresql://alice@db.example.org/airlock.</source>
        <translation>Das Teamprotokoll ist eine PostgreSQL-Verbindung, etwa postgresql://alice@db.example.org/airlock.</translation>
    </message>
</context>
<context>
    <name>Airlock::TeamChainModel</name>
    <message>
        <source>Verifying…</source>
        <translation>Wird verifiziert…</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message numerus="yes">
        <source>✓ Intact: %n record(s); signed head at record %1</source>
        <translation>
            <numerusform>✓ Intakt: %n Eintrag; signierter Kopf bei Eintrag %1</numerusform>
            <numerusform>✓ Intakt: %n Einträge; signierter Kopf bei Eintrag %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Intact: %n record(s); no signed head yet</source>
        <translation>
            <numerusform>✓ Intakt: %n Eintrag; noch kein signierter Kopf</numerusform>
            <numerusform>✓ Intakt: %n Einträge; noch kein signierter Kopf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✗ NOT intact: %n bad record(s), the first #%1</source>
        <translation>
            <numerusform>✗ NICHT intakt: %n fehlerhafter Eintrag, der erste #%1</numerusform>
            <numerusform>✗ NICHT intakt: %n fehlerhafte Einträge, der erste #%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain %1, shipped by the database role %2</source>
        <translation>Kette %1, übertragen von der Datenbankrolle %2</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
</context>
<context>
    <name>Airlock::TeamHistoryWindow</name>
    <message>
        <source>&amp;Verify All Chains</source>
        <translation>Alle Ketten &amp;verifizieren</translation>
    </message>
    <message>
        <source>Chains, one per workbench</source>
        <translation>Ketten, eine je Workbench</translation>
    </message>
    <message>
        <source>Requests of every chain, newest first</source>
        <translation>Anfragen aller Ketten, neueste zuerst</translation>
    </message>
    <message>
        <source>Select a request to see its whole story.</source>
        <translation>Wählen Sie eine Anfrage, um ihren ganzen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Words in the prompt or the code</source>
        <translation>Wörter im Prompt oder im Code</translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation>&amp;Analyst:</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>&amp;Rechner:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>%1 — Team Trail (read-only)</source>
        <translation>%1 — Teamprotokoll (nur lesend)</translation>
    </message>
    <message>
        <source>Reading the chains of %1…</source>
        <translation>Die Ketten von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The team trail could not be read: %1</source>
        <translation>Das Teamprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s) in %1; nothing here writes to it.</source>
        <translation>
            <numerusform>%n Kette in %1; nichts hier schreibt hinein.</numerusform>
            <numerusform>%n Ketten in %1; nichts hier schreibt hinein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every analyst</source>
        <translation>Alle Analysten</translation>
    </message>
    <message>
        <source>Every machine</source>
        <translation>Alle Rechner</translation>
    </message>
    <message>
        <source>The request&apos;s records could not be read: %1</source>
        <translation>Die Einträge der Anfrage konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verifying %n chain(s)…</source>
        <translation>
            <numerusform>%n Kette wird verifiziert…</numerusform>
            <numerusform>%n Ketten werden verifiziert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::TeamRequestModel</name>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
</context>
<context>
    <name>Airlock::TeamTrail</name>
    <message>
        <source>%1 is not a PostgreSQL connection (postgresql://user@host/database)</source>
        <translation>%1 ist keine PostgreSQL-Verbindung (postgresql://user@host/database)</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: apt-get install libqt6sql6-psql)</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: apt-get install libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot reach the team trail %1: %2</source>
        <translation>das Teamprotokoll %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 has no team trail: run resources/postgresql/team-trail.sql in it first</source>
        <translation>%1 enthält kein Teamprotokoll: zuerst resources/postgresql/team-trail.sql darin ausführen</translation>
    </message>
    <message>
        <source>%1 holds a team trail of format %2, which this Airlock does not read</source>
        <translation>%1 enthält ein Teamprotokoll im Format %2, das dieses Airlock nicht liest</translation>
    </message>
    <message>
        <source>the team trail refused this workbench&apos;s chain: %1</source>
        <translation>das Teamprotokoll hat die Kette dieser Workbench abgelehnt: %1</translation>
    </message>
    <message>
        <source>cannot read where this chain ends in the team trail: %1</source>
        <translation>es kann nicht gelesen werden, wo diese Kette im Teamprotokoll endet: %1</translation>
    </message>
    <message>
        <source>the team trail holds %1 records of this chain, the local trail %2: records were removed from %3 after they were shipped; nothing was shipped</source>
        <translation>das Teamprotokoll enthält %1 Einträge dieser Kette, das lokale Protokoll %2: aus %3 wurden nach der Übertragung Einträge entfernt; nichts wurde übertragen</translation>
    </message>
    <message>
        <source>record %1 of %2 differs from the one the team trail already holds: the local trail was rewritten after it was shipped; nothing was shipped</source>
        <translation>Eintrag %1 von %2 weicht von dem ab, den das Teamprotokoll bereits enthält: das lokale Protokoll wurde nach der Übertragung neu geschrieben; nichts wurde übertragen</translation>
    </message>
    <message>
        <source>cannot start shipping to the team trail: %1</source>
        <translation>die Übertragung an das Teamprotokoll kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>the team trail refused the content of record %1: %2</source>
        <translation>das Teamprotokoll hat den Inhalt von Eintrag %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>the team trail refused record %1: %2</source>
        <translation>das Teamprotokoll hat Eintrag %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>the team trail did not take records %1 to %2: %3</source>
        <translation>das Teamprotokoll hat die Einträge %1 bis %2 nicht angenommen: %3</translation>
    </message>
    <message>
        <source>the records were shipped, but the team trail refused their signed head: %1</source>
        <translation>die Einträge wurden übertragen, aber das Teamprotokoll hat ihren signierten Kopf abgelehnt: %1</translation>
    </message>
    <message>
        <source>cannot list the team trail&apos;s chains: %1</source>
        <translation>die Ketten des Teamprotokolls können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>cannot list the team trail: %1</source>
        <translation>das Teamprotokoll kann nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the team trail: %1</source>
        <translation>das Teamprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the records: %1</source>
        <translation>die Einträge können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>records %1 to %2 are missing: deleted</source>
        <translation>Einträge %1 bis %2 fehlen: gelöscht</translation>
    </message>
    <message>
        <source>record %1 was edited: its content no longer matches its hash</source>
        <translation>Eintrag %1 wurde bearbeitet: sein Inhalt passt nicht mehr zu seinem Hash</translation>
    </message>
    <message>
        <source>record %1 does not follow the one before it: the chain was rewritten or a record replaced</source>
        <translation>Eintrag %1 schließt nicht an den vorherigen an: Die Kette wurde neu geschrieben oder ein Eintrag ersetzt</translation>
    </message>
    <message>
        <source>record %1: the artifact&apos;s stored content is missing or altered</source>
        <translation>Eintrag %1: Der gespeicherte Inhalt der Ausgabedatei fehlt oder wurde verändert</translation>
    </message>
    <message>
        <source>the team trail&apos;s published heads cannot be read: %1</source>
        <translation>die veröffentlichten Köpfe des Teamprotokolls können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the head published for record %1 at %2 is not signed with the chain&apos;s key</source>
        <translation>der für Eintrag %1 um %2 veröffentlichte Kopf ist nicht mit dem Schlüssel der Kette signiert</translation>
    </message>
    <message>
        <source>the chain ends at record %1, but a signed head was published for record %2 at %3: records were removed after it</source>
        <translation>die Kette endet bei Eintrag %1, aber für Eintrag %2 wurde um %3 ein signierter Kopf veröffentlicht: danach wurden Einträge entfernt</translation>
    </message>
    <message>
        <source>record %1 is not the one whose head was signed and published at %2: the chain was rewritten after it</source>
        <translation>Eintrag %1 ist nicht der, dessen Kopf um %2 signiert und veröffentlicht wurde: die Kette wurde danach neu geschrieben</translation>
    </message>
</context>
<context>
    <name>Airlock::TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>opened %1 for writing</source>
        <translation>öffnete %1 zum Schreiben</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>öffnete %1</translation>
    </message>
    <message>
        <source>tried to connect to %1, port %2 (blocked)</source>
        <translation>versuchte, %1, Port %2 zu erreichen (blockiert)</translation>
    </message>
    <message>
        <source>tried to look up %1 (blocked)</source>
        <translation>versuchte, %1 aufzulösen (blockiert)</translation>
    </message>
    <message>
        <source>opened a network socket (family %1)</source>
        <translation>öffnete einen Netzwerk-Socket (Familie %1)</translation>
    </message>
    <message>
        <source>started %1 %2</source>
        <translation>startete %1 %2</translation>
    </message>
    <message>
        <source>forked a child process</source>
        <translation>erzeugte einen Kindprozess</translation>
    </message>
    <message>
        <source>loaded the native library %1</source>
        <translation>lud die native Bibliothek %1</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>importierte %1</translation>
    </message>
    <message>
        <source>the time limit was reached</source>
        <translation>das Zeitlimit wurde erreicht</translation>
    </message>
    <message numerus="yes">
        <source>the memory limit was hit (%n time(s))</source>
        <translation>
            <numerusform>das Speicherlimit griff (%n Mal)</numerusform>
            <numerusform>das Speicherlimit griff (%n Mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of at most %2 processes: at the process limit</source>
        <translation>%1 von höchstens %2 Prozessen: an der Prozessgrenze</translation>
    </message>
    <message numerus="yes">
        <source>the process limit refused a new process (%n time(s))</source>
        <translation>
            <numerusform>die Prozessgrenze verweigerte einen neuen Prozess (%n Mal)</numerusform>
            <numerusform>die Prozessgrenze verweigerte neue Prozesse (%n Mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 limit was hit</source>
        <translation>die Grenze %1 griff</translation>
    </message>
    <message>
        <source>the sandbox was ready ahead (%1 before the approval)</source>
        <translation>die Sandbox war vorab bereit (%1 vor der Genehmigung)</translation>
    </message>
    <message>
        <source>the sandbox was ready ahead (%1 before the approval), with %2 imported</source>
        <translation>die Sandbox war vorab bereit (%1 vor der Genehmigung), mit %2 importiert</translation>
    </message>
    <message>
        <source>the sandbox started</source>
        <translation>die Sandbox startete</translation>
    </message>
    <message>
        <source>the code was handed to the sandbox</source>
        <translation>der Code wurde an die Sandbox übergeben</translation>
    </message>
    <message>
        <source>stopped by the analyst</source>
        <translation>vom Analysten gestoppt</translation>
    </message>
    <message>
        <source>the run ended</source>
        <translation>der Lauf endete</translation>
    </message>
    <message>
        <source>the run ended: %1</source>
        <translation>der Lauf endete: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) not reported (over the cap)</source>
        <translation>
            <numerusform>%n weiteres Ereignis nicht gemeldet (über der Obergrenze)</numerusform>
            <numerusform>%n weitere Ereignisse nicht gemeldet (über der Obergrenze)</numerusform>
        </translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>self-reported</source>
        <translation>selbst gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) imported: %1</source>
        <translation>
            <numerusform>%n Modul importiert: %1</numerusform>
            <numerusform>%n Module importiert: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::UserScope</name>
    <message>
        <source>started as root: Airlock writes the cgroup hierarchy itself</source>
        <translation>als root gestartet: Airlock schreibt die cgroup-Hierarchie selbst</translation>
    </message>
    <message>
        <source>this process already has a cgroup it may write</source>
        <translation>dieser Prozess hat bereits eine cgroup, die er schreiben darf</translation>
    </message>
    <message>
        <source>no systemd user manager is reachable</source>
        <translation>kein systemd-Benutzerdienst ist erreichbar</translation>
    </message>
    <message>
        <source>the user&apos;s systemd manager has no memory and pids controllers delegated to it</source>
        <translation>dem systemd-Benutzerdienst sind die Controller memory und pids nicht übertragen</translation>
    </message>
    <message>
        <source>busctl, to ask the user&apos;s systemd manager, is not installed</source>
        <translation>busctl, um den systemd-Benutzerdienst zu fragen, ist nicht installiert</translation>
    </message>
    <message>
        <source>the user&apos;s systemd manager did not give a scope: %1</source>
        <translation>der systemd-Benutzerdienst hat keinen Scope gegeben: %1</translation>
    </message>
    <message>
        <source>the scope %1 was made, but this process was not moved into it</source>
        <translation>der Scope %1 wurde angelegt, aber dieser Prozess wurde nicht hineinverschoben</translation>
    </message>
    <message>
        <source>the scope %1 cannot be written, or lacks the memory and pids controllers</source>
        <translation>der Scope %1 ist nicht beschreibbar oder hat die Controller memory und pids nicht</translation>
    </message>
    <message>
        <source>a delegated scope from the user&apos;s systemd manager (%1)</source>
        <translation>ein übertragener Scope des systemd-Benutzerdienstes (%1)</translation>
    </message>
</context>
<context>
    <name>Airlock::VerdictModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
</context>
<context>
    <name>Airlock::Workbench</name>
    <message>
        <source>The policy %1 is not valid, so no request can be opened: %2</source>
        <translation>Die Richtlinie %1 ist nicht gültig, daher kann keine Anfrage geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The analyst stopped taking requests from agents; this one stays in the inbox, but its answer cannot be sent.</source>
        <translation>Der/die Analyst(in) nimmt keine Anfragen von Agenten mehr an; diese bleibt im Posteingang, aber ihre Antwort kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>There is no scenario &quot;%1&quot;.</source>
        <translation>Es gibt kein Szenario „%1“.</translation>
    </message>
    <message>
        <source>No folder for the scenario&apos;s files: %1</source>
        <translation>Kein Ordner für die Dateien des Szenarios: %1</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>the scenario in %1 calls itself %2</source>
        <translation>das Szenario in %1 nennt sich %2</translation>
    </message>
    <message>
        <source>cannot copy the scenario file %1 to %2: %3</source>
        <translation>die Szenariodatei %1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>%1 is %2, expected %3</source>
        <translation>%1 ist %2, erwartet: %3</translation>
    </message>
    <message>
        <source>stdout lacks &quot;%1&quot;</source>
        <translation>stdout enthält „%1“ nicht</translation>
    </message>
    <message>
        <source>stdout contains &quot;%1&quot;</source>
        <translation>stdout enthält „%1“</translation>
    </message>
    <message>
        <source>the host&apos;s secret reached the sandbox</source>
        <translation>das Geheimnis des Hosts hat die Sandbox erreicht</translation>
    </message>
    <message>
        <source>no artifact &quot;%1&quot;</source>
        <translation>keine Ausgabedatei „%1“</translation>
    </message>
    <message>
        <source>%1 artifact(s) rejected, expected at least %2</source>
        <translation>%1 Ausgabedatei(en) abgelehnt, erwartet: mindestens %2</translation>
    </message>
    <message>
        <source>stdout truncated: %1</source>
        <translation>stdout gekürzt: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no verdict %1</source>
        <translation>kein Befund %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <extracomment>The code of this catalogue&apos;s language (de, fr, …): the scenarios&apos; texts are picked by it.</extracomment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>SeverityStyle</name>
    <message>
        <source>Blocks</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <source>The Airlock workbench.</source>
        <translation>Die Airlock-Werkbank.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Request files to open in the inbox.</source>
        <translation>Anfragedateien, die im Posteingang geöffnet werden sollen.</translation>
    </message>
    <message>
        <source>Try &apos;airlock --help&apos; for its options.</source>
        <translation>„airlock --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Browse this audit trail (a file, or a team trail at postgresql://…) read-only, without the workbench.</source>
        <translation>Dieses Prüfprotokoll (eine Datei oder ein Teamprotokoll unter postgresql://…) nur lesend durchsehen, ohne die Workbench.</translation>
    </message>
</context>
</TS>
