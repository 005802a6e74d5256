<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Airlock::AgentClient</name>
    <message>
        <source>No Airlock workbench is running for this user (nothing answers at %1). Start the workbench (airlock) and try again.</source>
        <translation>Aucun atelier Airlock n&apos;est en cours d&apos;exécution pour cet utilisateur (rien ne répond à %1). Démarrez l&apos;atelier (airlock) et réessayez.</translation>
    </message>
    <message>
        <source>The workbench socket %1 is not this user&apos;s to use.</source>
        <translation>Le socket de l&apos;atelier %1 n&apos;est pas utilisable par cet utilisateur.</translation>
    </message>
    <message>
        <source>The workbench cannot be reached at %1: %2</source>
        <translation>L&apos;atelier est injoignable à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This user has no private runtime folder ($XDG_RUNTIME_DIR), so no workbench can be reached.</source>
        <translation>Cet utilisateur n&apos;a pas de dossier d&apos;exécution privé ($XDG_RUNTIME_DIR), aucun atelier ne peut donc être joint.</translation>
    </message>
    <message>
        <source>The workbench&apos;s answer was larger than %1 bytes and could not be read.</source>
        <translation>La réponse de l&apos;atelier dépassait %1 octets et n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>Airlock::AgentOrigin</name>
    <message>
        <source>an unnamed client</source>
        <translation>un client sans nom</translation>
    </message>
    <message>
        <source>%1 via MCP</source>
        <translation>%1 via MCP</translation>
    </message>
    <message>
        <source>%1 via the workbench socket</source>
        <translation>%1 via le socket de l&apos;atelier</translation>
    </message>
</context>
<context>
    <name>Airlock::AgentServer</name>
    <message>
        <source>The folder %1 for the agent socket cannot be made.</source>
        <translation>Le dossier %1 du socket des agents ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The folder %1 for the agent socket is not a folder of this user&apos;s own.</source>
        <translation>Le dossier %1 du socket des agents n&apos;appartient pas à cet utilisateur.</translation>
    </message>
    <message>
        <source>Another Airlock workbench is already receiving agent requests (%1).</source>
        <translation>Un autre atelier Airlock reçoit déjà les requêtes des agents (%1).</translation>
    </message>
    <message>
        <source>Agents cannot reach the workbench: the socket %1 could not be opened (%2).</source>
        <translation>Les agents ne peuvent pas joindre l&apos;atelier&#xa0;: le socket %1 n&apos;a pas pu être ouvert (%2).</translation>
    </message>
    <message>
        <source>Connections from other users are refused.</source>
        <translation>Les connexions d&apos;autres utilisateurs sont refusées.</translation>
    </message>
    <message>
        <source>A connection from another user (uid %1, process %2) was refused.</source>
        <translation>Une connexion d&apos;un autre utilisateur (uid %1, processus %2) a été refusée.</translation>
    </message>
    <message>
        <source>A message was longer than %1 bytes and was ignored.</source>
        <translation>Un message dépassait %1 octets et a été ignoré.</translation>
    </message>
    <message>
        <source>Not JSON: %1 at offset %2.</source>
        <translation>Pas du JSON&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <source>Not a JSON-RPC 2.0 request: it needs &quot;jsonrpc&quot;: &quot;2.0&quot;, a &quot;method&quot; string, an &quot;id&quot; and &quot;params&quot; as an object.</source>
        <translation>Pas une requête JSON-RPC 2.0&#xa0;: il faut &quot;jsonrpc&quot;: &quot;2.0&quot;, une chaîne &quot;method&quot;, un &quot;id&quot; et &quot;params&quot; sous forme d&apos;objet.</translation>
    </message>
    <message>
        <source>No request with the ticket &quot;%1&quot; was handed in to this workbench.</source>
        <translation>Aucune requête portant le ticket &quot;%1&quot; n&apos;a été remise à cet atelier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something an agent can do: only the analyst in the workbench approves, rejects and releases.</source>
        <translation>&quot;%1&quot; n&apos;est pas permis à un agent&#xa0;: seul l&apos;analyste, dans l&apos;atelier, approuve, rejette et transmet.</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation>Méthode inconnue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;submit&quot; needs &quot;request&quot; (the request as an object) or &quot;document&quot; (its text).</source>
        <translation>&quot;submit&quot; nécessite &quot;request&quot; (la requête sous forme d&apos;objet) ou &quot;document&quot; (son texte).</translation>
    </message>
    <message>
        <source>The workbench does not take requests right now.</source>
        <translation>L&apos;atelier n&apos;accepte pas de requêtes pour le moment.</translation>
    </message>
    <message>
        <source>Being checked against the policy.</source>
        <translation>Vérification par rapport à la politique en cours.</translation>
    </message>
    <message>
        <source>Waiting for the analyst&apos;s decision.</source>
        <translation>En attente de la décision de l&apos;analyste.</translation>
    </message>
    <message>
        <source>Approved; the sandbox is being set up.</source>
        <translation>Approuvée&#xa0;; le bac à sable est en cours de préparation.</translation>
    </message>
    <message>
        <source>Running in the sandbox: %1 s of at most %2 s.</source>
        <translation>Exécution dans le bac à sable&#xa0;: %1 s sur %2 s au plus.</translation>
    </message>
    <message>
        <source>The run ended; its outputs are being scanned before release.</source>
        <translation>L&apos;exécution est terminée&#xa0;; ses sorties sont analysées avant leur transmission.</translation>
    </message>
    <message>
        <source>The run ended; waiting for the analyst to release the results.</source>
        <translation>L&apos;exécution est terminée&#xa0;; en attente de la transmission des résultats par l&apos;analyste.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminée.</translation>
    </message>
    <message>
        <source>Not a valid request.</source>
        <translation>Requête non valide.</translation>
    </message>
    <message>
        <source>Rejected by the analyst.</source>
        <translation>Rejetée par l&apos;analyste.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Retirée.</translation>
    </message>
    <message>
        <source>The request was removed from the workbench before it was settled.</source>
        <translation>La requête a été retirée de l&apos;atelier avant que son sort ne soit réglé.</translation>
    </message>
    <message>
        <source>Agents cannot reach the workbench: this user has no private runtime folder ($XDG_RUNTIME_DIR) for its socket.</source>
        <translation>Les agents ne peuvent pas joindre l&apos;atelier&#xa0;: cet utilisateur n&apos;a pas de dossier d&apos;exécution privé ($XDG_RUNTIME_DIR) pour son socket.</translation>
    </message>
    <message>
        <source>This connection is already waiting for that request.</source>
        <translation>Cette connexion attend déjà cette requête.</translation>
    </message>
    <message>
        <source>%1 requests from agents already wait for the analyst; try again later.</source>
        <translation>%1 requêtes d&apos;agents attendent déjà l&apos;analyste&#xa0;; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>Airlock::ArtifactCollector</name>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>autre chose qu&apos;un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1; only regular files are collected</source>
        <translation>%1&#xa0;; seuls les fichiers ordinaires sont collectés</translation>
    </message>
    <message>
        <source>a hard link; only files with one name are collected</source>
        <translation>un lien physique&#xa0;; seuls les fichiers n&apos;ayant qu&apos;un seul nom sont collectés</translation>
    </message>
    <message>
        <source>changed while it was being collected</source>
        <translation>modifié pendant sa collecte</translation>
    </message>
    <message>
        <source>its %1 would exceed the %2 allowed for all output files</source>
        <translation>ses %1 dépasseraient les %2 autorisés pour l&apos;ensemble des fichiers de sortie</translation>
    </message>
    <message>
        <source>exceeds the %1 allowed for all output files</source>
        <translation>dépasse les %1 autorisés pour l&apos;ensemble des fichiers de sortie</translation>
    </message>
</context>
<context>
    <name>Airlock::ArtifactModel</name>
    <message>
        <source>It is compressed (SVGZ).</source>
        <translation>Il est compressé (SVGZ).</translation>
    </message>
    <message>
        <source>It is not UTF-8 text.</source>
        <translation>Ce n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>It declares XML entities.</source>
        <translation>Il déclare des entités XML.</translation>
    </message>
    <message>
        <source>It refers to a file or address outside itself (%1).</source>
        <translation>Il fait référence à un fichier ou à une adresse extérieurs à lui-même (%1).</translation>
    </message>
    <message>
        <source>This is not a PNG or JPEG image, or it is damaged.</source>
        <translation>Ce n&apos;est pas une image PNG ou JPEG, ou elle est endommagée.</translation>
    </message>
    <message>
        <source>The image is too large to show (%1 × %2 pixels).</source>
        <translation>L&apos;image est trop grande pour être affichée (%1 × %2 pixels).</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>Impossible de lire l&apos;image&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Written as “%1”</source>
        <translation>Écrit sous le nom «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Airlock::ArtifactView</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Taille réelle (100 %)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the SHA-256 to the clipboard</source>
        <translation>Copier le SHA-256 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copier le SHA-256</translation>
    </message>
    <message>
        <source>No files to show.</source>
        <translation>Aucun fichier à afficher.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>File contents</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>There is no file to save.</source>
        <translation>Il n&apos;y a aucun fichier à enregistrer.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save “%1” As</source>
        <translation>Enregistrer «&#xa0;%1&#xa0;» sous</translation>
    </message>
    <message>
        <source>Written as “%1”</source>
        <translation>Écrit sous le nom «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) · %3</source>
        <translation>%1 (%2 octets) · %3</translation>
    </message>
    <message>
        <source>No preview for this kind of file.
%1, SHA-256 %2</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier.
%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>“%1” is not shown: %2 Save it to inspect it.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas affiché&#xa0;: %2 Enregistrez-le pour l&apos;examiner.</translation>
    </message>
    <message>
        <source>“%1” cannot be shown.
%2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être affiché.
%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message numerus="yes">
        <source>Only part of the file is shown: the first %n row(s), at most %1 columns and %2 bytes a cell.</source>
        <translation>
            <numerusform>Seule une partie du fichier est affichée&#xa0;: %n ligne, au plus %1 colonnes et %2 octets par cellule.</numerusform>
            <numerusform>Seule une partie du fichier est affichée&#xa0;: les %n premières lignes, au plus %1 colonnes et %2 octets par cellule.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not valid JSON (%1 at byte %2); it is shown as it is.</source>
        <translation>Ce n&apos;est pas du JSON valide (%1 à l&apos;octet %2)&#xa0;; il est affiché tel quel.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 are shown.</source>
        <translation>Seul le début est affiché&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Not recorded: the audit trail could not take this run&apos;s end, so these files are not in it. They are shown for your judgement only and cannot be saved.</source>
        <translation>Non enregistré&#xa0;: le journal d&apos;audit n&apos;a pas pu recevoir la fin de cette exécution, ces fichiers n&apos;y figurent donc pas. Ils ne sont affichés que pour votre appréciation et ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>“%1” is not recorded in the audit trail, so it cannot be saved.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans le journal d&apos;audit et ne peut donc pas être enregistré.</translation>
    </message>
    <message>
        <source>Rendering “%1”…</source>
        <translation>Dessin de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>“%1” not rendered: too complex. %2 Save it to inspect it.</source>
        <translation>«&#xa0;%1&#xa0;» non dessiné&#xa0;: trop complexe. %2 Enregistrez-le pour l&apos;examiner.</translation>
    </message>
    <message>
        <source>“%1” not rendered: it takes too long. %2 Save it to inspect it.</source>
        <translation>«&#xa0;%1&#xa0;» non dessiné&#xa0;: cela prend trop de temps. %2 Enregistrez-le pour l&apos;examiner.</translation>
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
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Code SHA-256</source>
        <translation>SHA-256 du code</translation>
    </message>
    <message>
        <source>Mounted files</source>
        <translation>Fichiers montés</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Code, as approved</source>
        <translation>Code, tel qu&apos;approuvé</translation>
    </message>
    <message>
        <source>Malformed request: %1</source>
        <translation>Requête mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot;, SHA-256 %2</source>
        <translation>Politique &quot;%1&quot;, SHA-256 %2</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucune observation.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Terminée par</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>Temps CPU</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Pic de mémoire</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Error output</source>
        <translation>Sortie d&apos;erreur</translation>
    </message>
    <message>
        <source>Self-reported events</source>
        <translation>Événements auto-déclarés</translation>
    </message>
    <message>
        <source>Reported by the code itself, which could have altered them; shown, never relied on.</source>
        <translation>Déclarés par le code lui-même, qui a pu les altérer&#xa0;; affichés, mais jamais tenus pour fiables.</translation>
    </message>
    <message>
        <source>Airlock evidence report</source>
        <translation>Rapport de preuve Airlock</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Requests in this report</source>
        <translation>Requêtes de ce rapport</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message numerus="yes">
        <source>intact: %n record(s) verified</source>
        <translation>
            <numerusform>intact&#xa0;: %n enregistrement vérifié</numerusform>
            <numerusform>intact&#xa0;: %n enregistrements vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT intact: %1</source>
        <translation>NON intact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Training scenario &quot;%1&quot;: not real work.</source>
        <translation>Scénario de formation « %1 » : pas un travail réel.</translation>
    </message>
    <message>
        <source>Handed in by</source>
        <translation>Déposée par</translation>
    </message>
    <message>
        <source>%1 %2 over %3 (process %4, uid %5)</source>
        <translation>%1 %2 via %3 (processus %4, uid %5)</translation>
    </message>
    <message>
        <source>Withdrawn by the agent while %1: %2</source>
        <translation>Retirée par l&apos;agent à l&apos;état %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Results released to the agent</source>
        <translation>Résultats transmis à l&apos;agent</translation>
    </message>
    <message>
        <source>Results withheld</source>
        <translation>Résultats retenus</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>%1 (%2 over %3)</source>
        <translation>%1 (%2 via %3)</translation>
    </message>
    <message>
        <source>What left</source>
        <translation>Ce qui est sorti</translation>
    </message>
    <message>
        <source>Scan findings</source>
        <translation>Éléments détectés par l&apos;analyse</translation>
    </message>
    <message>
        <source>Agent&apos;s reference</source>
        <translation>Référence de l&apos;agent</translation>
    </message>
    <message numerus="yes">
        <source>NOT intact: %n bad record(s); the first is #%1: %2</source>
        <translation>
            <numerusform>NON intact&#xa0;: %n enregistrement invalide&#xa0;; le premier est le #%1&#xa0;: %2</numerusform>
            <numerusform>NON intact&#xa0;: %n enregistrements invalides&#xa0;; le premier est le #%1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Code, as approved over blocking verdicts</source>
        <translation>Code, tel qu&apos;approuvé malgré des constats bloquants</translation>
    </message>
    <message>
        <source>Code, as rejected</source>
        <translation>Code, tel que rejeté</translation>
    </message>
    <message>
        <source>Code, as blocked by the policy</source>
        <translation>Code, tel que bloqué par la politique</translation>
    </message>
    <message>
        <source>Code, as submitted (not decided)</source>
        <translation>Code, tel que soumis (non décidé)</translation>
    </message>
    <message>
        <source>Overridden verdicts</source>
        <translation>Constats passés outre</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Artifact %1 (%2, %3, SHA-256 %4)</source>
        <translation>Fichier %1 (%2, %3, SHA-256 %4)</translation>
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
        <translation>sa fin n&apos;a pas pu être enregistrée, rien de ce qu&apos;elle a produit n&apos;a donc été livré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run&apos;s end could not be recorded in the audit trail, so it does not count and nothing it made is delivered: %1</source>
        <translation>La fin de l&apos;exécution n&apos;a pas pu être enregistrée dans le journal d&apos;audit&#xa0;; elle ne compte donc pas et rien de ce qu&apos;elle a produit n&apos;est livré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::AuditTrail</name>
    <message>
        <source>there is no audit trail at %1</source>
        <translation>il n&apos;y a aucun journal d&apos;audit à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>cannot open the audit trail %1: %2</source>
        <translation>impossible d&apos;ouvrir le journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an audit trail Airlock can read (not a SQLite database, or damaged): %2</source>
        <translation>%1 n&apos;est pas un journal d&apos;audit lisible par Airlock (ce n&apos;est pas une base de données SQLite, ou elle est endommagée)&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot prepare the audit trail %1: %2</source>
        <translation>impossible de préparer le journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not an Airlock audit trail</source>
        <translation>%1 est une base de données SQLite, mais pas un journal d&apos;audit Airlock</translation>
    </message>
    <message>
        <source>%1 was written by a newer Airlock (audit schema %2); this one reads up to schema %3. Open it with a newer Airlock.</source>
        <translation>%1 a été écrit par une version plus récente d&apos;Airlock (schéma d&apos;audit %2)&#xa0;; celle-ci lit jusqu&apos;au schéma %3. Ouvrez-le avec une version plus récente d&apos;Airlock.</translation>
    </message>
    <message>
        <source>cannot read the audit trail %1: %2</source>
        <translation>impossible de lire le journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an Airlock audit trail (no schema version)</source>
        <translation>%1 n&apos;est pas un journal d&apos;audit Airlock (aucune version de schéma)</translation>
    </message>
    <message>
        <source>cannot lock the audit trail %1: %2</source>
        <translation>impossible de verrouiller le journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>impossible de verrouiller %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the audit trail is open read-only</source>
        <translation>le journal d&apos;audit est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>the audit trail %1 is busy: %2</source>
        <translation>le journal d&apos;audit %1 est occupé&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the records: %1</source>
        <translation>impossible de lire les enregistrements&#xa0;: %1</translation>
    </message>
    <message>
        <source>record %1 is missing (the next one is %2): deleted</source>
        <translation>l&apos;enregistrement %1 est manquant (le suivant est %2)&#xa0;: supprimé</translation>
    </message>
    <message>
        <source>record %1 was edited: its content no longer matches its hash</source>
        <translation>l&apos;enregistrement %1 a été modifié&#xa0;: son contenu ne correspond plus à son empreinte</translation>
    </message>
    <message>
        <source>record %1 is out of order: it belongs after record %2</source>
        <translation>l&apos;enregistrement %1 n&apos;est pas à sa place&#xa0;: il doit venir après l&apos;enregistrement %2</translation>
    </message>
    <message>
        <source>record %1 does not follow the one before it: the chain was rewritten or a record replaced</source>
        <translation>l&apos;enregistrement %1 ne fait pas suite au précédent&#xa0;: la chaîne a été réécrite ou un enregistrement remplacé</translation>
    </message>
    <message>
        <source>record %1: the artifact&apos;s stored content is missing or altered</source>
        <translation>enregistrement %1&#xa0;: le contenu stocké du fichier produit est manquant ou altéré</translation>
    </message>
    <message numerus="yes">
        <source>the trail was truncated: the last %n record(s) are gone</source>
        <translation>
            <numerusform>le journal a été tronqué&#xa0;: %n enregistrement final a disparu</numerusform>
            <numerusform>le journal a été tronqué&#xa0;: les %n derniers enregistrements ont disparu</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1 does not match the head kept beside the trail: the chain was rewritten or the head file replaced</source>
        <translation>l&apos;enregistrement %1 ne correspond pas à la tête conservée à côté du journal&#xa0;: la chaîne a été réécrite ou le fichier de tête remplacé</translation>
    </message>
    <message>
        <source>the head file %1 is missing</source>
        <translation>le fichier de tête %1 est manquant</translation>
    </message>
    <message>
        <source>its end was never recorded, so nothing it made was delivered (the process that ran it ended first)</source>
        <translation>sa fin n&apos;a jamais été enregistrée, rien de ce qu&apos;elle a produit n&apos;a donc été livré (le processus qui l&apos;exécutait s&apos;est terminé avant)</translation>
    </message>
    <message>
        <source>the record&apos;s %1 &quot;%2&quot; contains a lone UTF-16 surrogate, which has no UTF-8 form; nothing was recorded</source>
        <translation>le champ %1 «&#xa0;%2&#xa0;» de l&apos;enregistrement contient un demi-codet UTF-16 isolé, sans forme UTF-8&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the record&apos;s %1 contains a NUL character; nothing was recorded</source>
        <translation>le champ %1 de l&apos;enregistrement contient un caractère NUL&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the record&apos;s %1 cannot be stored as UTF-8: %2; nothing was recorded</source>
        <translation>le champ %1 de l&apos;enregistrement ne peut pas être stocké en UTF-8&#xa0;: %2&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corps</translation>
    </message>
    <message>
        <source>records %1 to %2 are missing (the next one is %3): deleted</source>
        <translation>les enregistrements %1 à %2 sont manquants (le suivant est %3)&#xa0;: supprimés</translation>
    </message>
    <message>
        <source>record %1, verified before, is gone: the trail was cut or rewritten</source>
        <translation>l&apos;enregistrement %1, vérifié auparavant, a disparu&#xa0;: le journal a été tronqué ou réécrit</translation>
    </message>
    <message>
        <source>record %1 changed since it was verified: the chain was rewritten</source>
        <translation>l&apos;enregistrement %1 a changé depuis sa vérification&#xa0;: la chaîne a été réécrite</translation>
    </message>
    <message>
        <source>cannot give the audit trail a chain id: %1</source>
        <translation>impossible de donner un identifiant de chaîne au journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>the audit trail %1 has no chain id: it was never shipped to a team trail</source>
        <translation>le journal d&apos;audit %1 n&apos;a pas d&apos;identifiant de chaîne&#xa0;: il n&apos;a jamais été transmis à un journal d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>Airlock::AuditWriter</name>
    <message>
        <source>The audit trail is not open yet.</source>
        <translation>Le journal d&apos;audit n&apos;est pas encore ouvert.</translation>
    </message>
    <message>
        <source>The audit trail %1 could not be opened: %2</source>
        <translation>Le journal d&apos;audit %1 n&apos;a pas pu être ouvert&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::CanonicalText</name>
    <message>
        <source>contains a lone UTF-16 surrogate (%1) at character %2; such text has no UTF-8 form and cannot be recorded as it is</source>
        <translation>contient un demi-codet UTF-16 isolé (%1) au caractère %2&#xa0;; un tel texte n&apos;a pas de forme UTF-8 et ne peut pas être enregistré tel quel</translation>
    </message>
    <message>
        <source>the field&apos;s name %1</source>
        <translation>le nom du champ %1</translation>
    </message>
</context>
<context>
    <name>Airlock::CgroupScope</name>
    <message>
        <source>cannot create cgroup %1: %2</source>
        <translation>impossible de créer le cgroup %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no writable cgroup on this machine</source>
        <translation>aucun cgroup accessible en écriture sur cette machine</translation>
    </message>
    <message>
        <source>cannot set the memory limit in %1: %2</source>
        <translation>impossible de définir la limite de mémoire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot set the process limit in %1: %2</source>
        <translation>impossible de définir la limite de processus dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open %1/cgroup.procs: %2</source>
        <translation>impossible d&apos;ouvrir %1/cgroup.procs&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot enable the memory and pids controllers in %1: %2</source>
        <translation>impossible d&apos;activer les contrôleurs memory et pids dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot set limits in %1: %2</source>
        <translation>impossible de définir les limites dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::CodeAnalyzer</name>
    <message>
        <source>The code could not be analysed: the sandbox is not available (%1).</source>
        <translation>Le code n&apos;a pas pu être analysé&#xa0;: le bac à sable n&apos;est pas disponible (%1).</translation>
    </message>
    <message>
        <source>run airlockctl doctor</source>
        <translation>exécutez airlockctl doctor</translation>
    </message>
    <message>
        <source>The code could not be analysed: %1.</source>
        <translation>Le code n&apos;a pas pu être analysé&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The code could not be analysed within %n second(s); it is too large or too complex to check.</source>
        <translation>
            <numerusform>Le code n&apos;a pas pu être analysé en %n seconde&#xa0;; il est trop volumineux ou trop complexe pour être vérifié.</numerusform>
            <numerusform>Le code n&apos;a pas pu être analysé en %n secondes&#xa0;; il est trop volumineux ou trop complexe pour être vérifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>the analyzer gave no report</source>
        <translation>l&apos;analyseur n&apos;a fourni aucun rapport</translation>
    </message>
    <message>
        <source>The code is %1 long; the policy allows at most %2, so it was not analysed.</source>
        <translation>Le code fait %1&#xa0;; la politique autorise au plus %2, il n&apos;a donc pas été analysé.</translation>
    </message>
</context>
<context>
    <name>Airlock::CodeCheck</name>
    <message>
        <source>it starts other programs</source>
        <translation>il lance d&apos;autres programmes</translation>
    </message>
    <message>
        <source>it starts further processes</source>
        <translation>il lance des processus supplémentaires</translation>
    </message>
    <message>
        <source>it opens network connections</source>
        <translation>il ouvre des connexions réseau</translation>
    </message>
    <message>
        <source>it calls native code directly, around Python&apos;s own checks</source>
        <translation>il appelle directement du code natif, en contournant les vérifications propres à Python</translation>
    </message>
    <message>
        <source>it sends or fetches data over the network</source>
        <translation>il envoie ou récupère des données sur le réseau</translation>
    </message>
    <message>
        <source>it loads code chosen only when the program runs</source>
        <translation>il charge du code choisi seulement à l&apos;exécution du programme</translation>
    </message>
    <message>
        <source>it changes low-level file and terminal controls</source>
        <translation>il modifie des contrôles de bas niveau des fichiers et du terminal</translation>
    </message>
    <message>
        <source>the policy forbids it</source>
        <translation>la politique l&apos;interdit</translation>
    </message>
    <message>
        <source>it reads or changes environment variables, where secrets often live</source>
        <translation>il lit ou modifie des variables d&apos;environnement, où se trouvent souvent des secrets</translation>
    </message>
    <message>
        <source>it runs code made up while the program runs, which no one reviewed</source>
        <translation>il exécute du code construit pendant l&apos;exécution du programme, que personne n&apos;a examiné</translation>
    </message>
    <message>
        <source>it loads modules around the import checks</source>
        <translation>il charge des modules en contournant les vérifications d&apos;import</translation>
    </message>
    <message>
        <source>it runs other programs or shell commands</source>
        <translation>il exécute d&apos;autres programmes ou des commandes shell</translation>
    </message>
    <message>
        <source>it sends signals to processes</source>
        <translation>il envoie des signaux à des processus</translation>
    </message>
    <message>
        <source>it waits for someone to type, and nobody will</source>
        <translation>il attend que quelqu&apos;un tape au clavier, et personne ne le fera</translation>
    </message>
    <message>
        <source>The code is not valid Python: %1 (line %2, column %3).</source>
        <translation>Le code n&apos;est pas du Python valide&#xa0;: %1 (ligne %2, colonne %3).</translation>
    </message>
    <message>
        <source>The code cannot be analysed: %1.</source>
        <translation>Le code ne peut pas être analysé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Line %1 loads %2 by name at run time; the policy forbids it: %3.</source>
        <translation>La ligne %1 charge %2 par son nom à l&apos;exécution&#xa0;; la politique l&apos;interdit&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Line %1 imports %2, which the policy forbids: %3.</source>
        <translation>La ligne %1 importe %2, que la politique interdit&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Line %1 calls %2 from the forbidden module %3: %4.</source>
        <translation>La ligne %1 appelle %2 du module interdit %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Line %1 uses %2 from the forbidden module %3: %4.</source>
        <translation>La ligne %1 utilise %2 du module interdit %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Line %1 calls %2, which the policy forbids: %3.</source>
        <translation>La ligne %1 appelle %2, que la politique interdit&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Line %1 reaches %2 indirectly through getattr; the policy forbids it: %3.</source>
        <translation>La ligne %1 atteint %2 indirectement via getattr&#xa0;; la politique l&apos;interdit&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Line %1 uses %2, which the policy forbids: %3.</source>
        <translation>La ligne %1 utilise %2, que la politique interdit&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Line %1 loads a module whose name is only known when the code runs, so no one can check which.</source>
        <translation>La ligne %1 charge un module dont le nom n&apos;est connu qu&apos;à l&apos;exécution du code&#xa0;; personne ne peut donc vérifier lequel.</translation>
    </message>
    <message>
        <source>Line %1 uses %2, a way to reach functions indirectly, around checks like this one.</source>
        <translation>La ligne %1 utilise %2, un moyen d&apos;atteindre des fonctions indirectement, en contournant les vérifications comme celle-ci.</translation>
    </message>
    <message>
        <source>Line %1 uses the file %2, outside the workspace; the sandbox does not have it.</source>
        <translation>La ligne %1 utilise le fichier %2, hors de l&apos;espace de travail&#xa0;; le bac à sable ne le contient pas.</translation>
    </message>
    <message>
        <source>Line %1 mentions the network address %2; the sandbox has no network, so any attempt to reach it will fail.</source>
        <translation>La ligne %1 mentionne l&apos;adresse réseau %2&#xa0;; le bac à sable n&apos;a pas de réseau, donc toute tentative de l&apos;atteindre échouera.</translation>
    </message>
    <message>
        <source>The code has more findings than can be listed, so it could not be checked completely.</source>
        <translation>Le code comporte plus d&apos;observations qu&apos;il n&apos;est possible d&apos;en lister&#xa0;; il n&apos;a donc pas pu être entièrement vérifié.</translation>
    </message>
    <message>
        <source>The line is inside an if: it runs only when that condition holds.</source>
        <translation>La ligne est dans un if&#xa0;: elle ne s&apos;exécute que si cette condition est vraie.</translation>
    </message>
    <message>
        <source>The line is inside a try: the code may go on without it.</source>
        <translation>La ligne est dans un try&#xa0;: le code peut continuer sans elle.</translation>
    </message>
    <message>
        <source>The line is inside a function: it runs only when that is called.</source>
        <translation>La ligne est dans une fonction&#xa0;: elle ne s&apos;exécute que si celle-ci est appelée.</translation>
    </message>
    <message>
        <source>Line %1 writes %2, outside the working folder: only /workspace and /tmp can be written in the sandbox, so this will fail.</source>
        <translation>La ligne %1 écrit %2, hors du dossier de travail&#xa0;: seuls /workspace et /tmp sont accessibles en écriture dans le bac à sable, cela échouera donc.</translation>
    </message>
    <message>
        <source>Line %1 writes %2, a declared input: inputs are read-only, so this will fail.</source>
        <translation>La ligne %1 écrit %2, un fichier d&apos;entrée déclaré&#xa0;: les entrées sont en lecture seule, cela échouera donc.</translation>
    </message>
    <message>
        <source>Line %1 reads the file %2, which the request does not declare and the code does not write; it will not be there.</source>
        <translation>La ligne %1 lit le fichier %2, que la requête ne déclare pas et que le code n&apos;écrit pas&#xa0;; il ne sera pas là.</translation>
    </message>
    <message>
        <source>Line %1 holds characters that are invisible or change the direction of the text (%2, first at column %3): what the reviewer sees is not what runs.</source>
        <translation>La ligne %1 contient des caractères invisibles ou qui changent le sens du texte (%2, d&apos;abord à la colonne %3)&#xa0;: ce que voit la personne qui relit n&apos;est pas ce qui s&apos;exécute.</translation>
    </message>
    <message>
        <source>Line %1 imports %2, which is not on the policy&apos;s list of allowed modules (%3).</source>
        <translation>La ligne %1 importe %2, qui n&apos;est pas dans la liste des modules autorisés par la politique (%3).</translation>
    </message>
</context>
<context>
    <name>Airlock::CodeHandover</name>
    <message>
        <source>cannot create a socket pair: %1</source>
        <translation>impossible de créer une paire de sockets&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot hold the code in memory: %1</source>
        <translation>impossible de garder le code en mémoire&#xa0;: %1</translation>
    </message>
    <message>
        <source>the sandbox did not take the code: %1</source>
        <translation>le bac à sable n’a pas reçu le code&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::CodeView</name>
    <message>
        <source>Line numbers and findings</source>
        <translation>Numéros de ligne et observations</translation>
    </message>
    <message>
        <source>Proposed code</source>
        <translation>Code proposé</translation>
    </message>
</context>
<context>
    <name>Airlock::CommandLine</name>
    <message>
        <source>airlockctl: no command given</source>
        <translation>airlockctl&#xa0;: aucune commande indiquée</translation>
    </message>
    <message>
        <source>airlockctl: unknown command &quot;%1&quot;</source>
        <translation>airlockctl&#xa0;: commande inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Proves that the sandbox is real on this machine.</source>
        <translation>Prouve que le bac à sable est réel sur cette machine.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport au format JSON.</translation>
    </message>
    <message>
        <source>airlockctl doctor: unexpected argument &quot;%1&quot;</source>
        <translation>airlockctl doctor&#xa0;: argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>airlockctl: the policy %1 is not valid:</source>
        <translation>airlockctl&#xa0;: la politique %1 n&apos;est pas valide&#xa0;:</translation>
    </message>
    <message>
        <source>airlockctl: %1 is not a valid request: %2</source>
        <translation>airlockctl&#xa0;: %1 n&apos;est pas une requête valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>airlockctl: %1 Run &quot;airlockctl doctor&quot; for the details.</source>
        <translation>airlockctl&#xa0;: %1 Exécutez &quot;airlockctl doctor&quot; pour plus de détails.</translation>
    </message>
    <message>
        <source>Shows the policy&apos;s verdicts on a request, without running it.</source>
        <translation>Affiche les constats de la politique sur une requête, sans l&apos;exécuter.</translation>
    </message>
    <message>
        <source>The request file (airlock.request/v1).</source>
        <translation>Le fichier de requête (airlock.request/v1).</translation>
    </message>
    <message>
        <source>The policy to check against.</source>
        <translation>La politique servant à la vérification.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Print the verdicts as JSON.</source>
        <translation>Afficher les constats au format JSON.</translation>
    </message>
    <message>
        <source>airlockctl check: give exactly one request file</source>
        <translation>airlockctl check&#xa0;: indiquez exactement un fichier de requête</translation>
    </message>
    <message>
        <source>Blocked by the policy &quot;%1&quot;.</source>
        <translation>Bloquée par la politique &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Runnable under the policy &quot;%1&quot;.</source>
        <translation>Exécutable selon la politique &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Runs an approved request in a fresh sandbox.</source>
        <translation>Exécute une requête approuvée dans un nouveau bac à sable.</translation>
    </message>
    <message>
        <source>Approve the request: nothing runs without it.</source>
        <translation>Approuver la requête&#xa0;: rien ne s&apos;exécute sans cela.</translation>
    </message>
    <message>
        <source>Who approves (recorded with the decision).</source>
        <translation>Qui approuve (enregistré avec la décision).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Why it is approved.</source>
        <translation>Pourquoi elle est approuvée.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Run despite a blocking verdict, where the policy allows it, for this reason.</source>
        <translation>Exécuter malgré un constat bloquant, si la politique le permet, pour ce motif.</translation>
    </message>
    <message>
        <source>The policy to hold the request to.</source>
        <translation>La politique à laquelle soumettre la requête.</translation>
    </message>
    <message>
        <source>Copy the run&apos;s output files into this folder.</source>
        <translation>Copier les fichiers produits par l&apos;exécution dans ce dossier.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Afficher le résultat sous la forme d&apos;un seul objet JSON.</translation>
    </message>
    <message>
        <source>airlockctl run: %1</source>
        <translation>airlockctl run&#xa0;: %1</translation>
    </message>
    <message>
        <source>airlockctl run: give exactly one request file</source>
        <translation>airlockctl run&#xa0;: indiquez exactement un fichier de requête</translation>
    </message>
    <message>
        <source>airlockctl run: nothing runs without an explicit --approve</source>
        <translation>airlockctl run&#xa0;: rien ne s&apos;exécute sans --approve explicite</translation>
    </message>
    <message>
        <source>airlockctl run: --reviewer NAME is required: every decision names who made it</source>
        <translation>airlockctl run&#xa0;: --reviewer NAME est obligatoire&#xa0;: chaque décision nomme son auteur</translation>
    </message>
    <message numerus="yes">
        <source>The policy blocks this request; nothing ran. The policy allows an override with --override-reason and a justification of at least %n character(s).</source>
        <translation>
            <numerusform>La politique bloque cette requête&#xa0;; rien n&apos;a été exécuté. La politique permet de passer outre avec --override-reason et une justification d&apos;au moins %n caractère.</numerusform>
            <numerusform>La politique bloque cette requête&#xa0;; rien n&apos;a été exécuté. La politique permet de passer outre avec --override-reason et une justification d&apos;au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucune observation.</translation>
    </message>
    <message>
        <source>[output truncated: %1 of %2 bytes shown]</source>
        <translation>[sortie tronquée&#xa0;: %1 octets affichés sur %2]</translation>
    </message>
    <message>
        <source>[error output truncated: %1 of %2 bytes shown]</source>
        <translation>[sortie d&apos;erreur tronquée&#xa0;: %1 octets affichés sur %2]</translation>
    </message>
    <message>
        <source>artifact %1 (%2 bytes, %3, sha256 %4)</source>
        <translation>fichier produit %1 (%2 octets, %3, sha256 %4)</translation>
    </message>
    <message>
        <source>not collected: %1 (%2)</source>
        <translation>non collecté&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, exit code %1</source>
        <translation>, code de sortie %1</translation>
    </message>
    <message>
        <source>, %1 ms</source>
        <translation>, %1 ms</translation>
    </message>
    <message>
        <source>airlockctl: %1</source>
        <translation>airlockctl&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox is not ready on this machine; nothing ran.</source>
        <translation>Le bac à sable n&apos;est pas prêt sur cette machine&#xa0;; rien n&apos;a été exécuté.</translation>
    </message>
    <message>
        <source>Runs every bundled trainer scenario through the policy, a recorded decision and the sandbox, into a fresh audit trail, and writes the artifacts and the evidence report.</source>
        <translation>Fait passer chaque scénario du formateur fourni par la politique, une décision enregistrée et le bac à sable, dans un nouveau journal d&apos;audit, puis écrit les fichiers produits et le rapport de preuve.</translation>
    </message>
    <message>
        <source>Where the trail, artifacts and report go (default: ./airlock-demo).</source>
        <translation>Emplacement du journal, des fichiers produits et du rapport (par défaut&#xa0;: ./airlock-demo).</translation>
    </message>
    <message>
        <source>Run only this scenario (repeatable).</source>
        <translation>Exécuter uniquement ce scénario (répétable).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>airlockctl demo: the bundled scenarios cannot be read: %1</source>
        <translation>airlockctl demo&#xa0;: les scénarios fournis ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>airlockctl demo: unknown scenario among: %1</source>
        <translation>airlockctl demo&#xa0;: scénario inconnu parmi&#xa0;: %1</translation>
    </message>
    <message>
        <source>airlockctl demo: cannot create %1</source>
        <translation>airlockctl demo&#xa0;: impossible de créer %1</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message>
        <source>(benign)</source>
        <translation>(bénin)</translation>
    </message>
    <message>
        <source>FAILED: the request could not be reviewed</source>
        <translation>ÉCHEC&#xa0;: la requête n&apos;a pas pu être examinée</translation>
    </message>
    <message>
        <source>%1 block, %2 warn</source>
        <translation>bloque&#xa0;: %1, avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>demo reviewer</source>
        <translation>réviseur de démonstration</translation>
    </message>
    <message>
        <source>Training demonstration of the sandbox</source>
        <translation>Démonstration du bac à sable pour la formation</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>comme prévu</translation>
    </message>
    <message>
        <source>UNEXPECTED: %1</source>
        <translation>INATTENDU&#xa0;: %1</translation>
    </message>
    <message>
        <source>airlockctl demo: %1</source>
        <translation>airlockctl demo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Stopped by</source>
        <translation>Arrêté par</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>airlockctl demo: cannot write the report: %1</source>
        <translation>airlockctl demo&#xa0;: impossible d&apos;écrire le rapport&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail verified: intact, %n record(s).</source>
        <translation>
            <numerusform>Journal d&apos;audit vérifié&#xa0;: intact, %n enregistrement.</numerusform>
            <numerusform>Journal d&apos;audit vérifié&#xa0;: intact, %n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail NOT intact: %1</source>
        <translation>Journal d&apos;audit NON intact&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 scenario(s) behaved as expected.</source>
        <translation>Scénarios conformes aux attentes&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Artifacts: %1</source>
        <translation>Fichiers produits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation>Journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Records the rejection of a request; nothing runs.</source>
        <translation>Enregistre le rejet d&apos;une requête&#xa0;; rien n&apos;est exécuté.</translation>
    </message>
    <message>
        <source>Who rejects.</source>
        <translation>Qui rejette.</translation>
    </message>
    <message>
        <source>Why it is rejected.</source>
        <translation>Pourquoi elle est rejetée.</translation>
    </message>
    <message>
        <source>The policy to check the request against.</source>
        <translation>La politique à laquelle confronter la requête.</translation>
    </message>
    <message>
        <source>airlockctl reject: give exactly one request file</source>
        <translation>airlockctl reject&#xa0;: indiquez exactement un fichier de requête</translation>
    </message>
    <message>
        <source>airlockctl reject: --reviewer NAME is required: every decision names who made it</source>
        <translation>airlockctl reject&#xa0;: --reviewer NAME est obligatoire&#xa0;: chaque décision nomme son auteur</translation>
    </message>
    <message>
        <source>airlockctl reject: the policy &quot;%1&quot; requires a reason: --reason TEXT</source>
        <translation>airlockctl reject&#xa0;: la politique &quot;%1&quot; exige un motif&#xa0;: --reason TEXT</translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation>Rejetée par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Browses, verifies and exports the audit trail.</source>
        <translation>Parcourt, vérifie et exporte le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The audit trail (default: the per-user one).</source>
        <translation>Le journal d&apos;audit (par défaut&#xa0;: celui de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Only requests from this time on (ISO 8601).</source>
        <translation>Uniquement les requêtes à partir de cette date (ISO 8601).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Only requests before this time (ISO 8601).</source>
        <translation>Uniquement les requêtes antérieures à cette date (ISO 8601).</translation>
    </message>
    <message>
        <source>Only this agent&apos;s requests.</source>
        <translation>Uniquement les requêtes de cet agent.</translation>
    </message>
    <message>
        <source>Only requests this reviewer decided.</source>
        <translation>Uniquement les requêtes décidées par ce réviseur.</translation>
    </message>
    <message>
        <source>Only requests with this outcome or run status.</source>
        <translation>Uniquement les requêtes ayant cette issue ou cet état d&apos;exécution.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>Full-text search over prompt and code.</source>
        <translation>Recherche en texte intégral dans la consigne et le code.</translation>
    </message>
    <message>
        <source>At most this many requests (list: 100; export: all).</source>
        <translation>Au plus ce nombre de requêtes (list&#xa0;: 100&#xa0;; export&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Export format: csv, json or html.</source>
        <translation>Format d&apos;export&#xa0;: csv, json ou html.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation>Écrire dans ce fichier.</translation>
    </message>
    <message>
        <source>Trainer scenarios: exclude (the default), include or only.</source>
        <translation>Scénarios du formateur&#xa0;: exclude (par défaut), include ou only.</translation>
    </message>
    <message>
        <source>which</source>
        <translation>lesquels</translation>
    </message>
    <message>
        <source>airlockctl audit: &quot;%1&quot; is not an ISO 8601 date or time</source>
        <translation>airlockctl audit&#xa0;: &quot;%1&quot; n&apos;est pas une date ou une heure ISO 8601</translation>
    </message>
    <message>
        <source>airlockctl audit: --scenarios takes exclude, include or only</source>
        <translation>airlockctl audit&#xa0;: --scenarios accepte exclude, include ou only</translation>
    </message>
    <message>
        <source>airlockctl audit: --limit takes a positive number</source>
        <translation>airlockctl audit&#xa0;: --limit attend un nombre positif</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s) verified.</source>
        <translation>
            <numerusform>Le journal d&apos;audit est intact&#xa0;: %n enregistrement vérifié.</numerusform>
            <numerusform>Le journal d&apos;audit est intact&#xa0;: %n enregistrements vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is NOT intact. First bad record: %1. %2</source>
        <translation>Le journal d&apos;audit n&apos;est PAS intact. Premier enregistrement invalide&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>airlockctl audit show: give a request id or record number</source>
        <translation>airlockctl audit show&#xa0;: indiquez un id de requête ou un numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <source>airlockctl audit show: nothing recorded for &quot;%1&quot;</source>
        <translation>airlockctl audit show&#xa0;: rien n&apos;est enregistré pour &quot;%1&quot;</translation>
    </message>
    <message>
        <source>airlockctl audit: %1</source>
        <translation>airlockctl audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>No requests match.</source>
        <translation>Aucune requête ne correspond.</translation>
    </message>
    <message>
        <source>airlockctl audit export: --format csv, json or html</source>
        <translation>airlockctl audit export&#xa0;: --format csv, json ou html</translation>
    </message>
    <message>
        <source>airlockctl audit export: cannot write %1: %2</source>
        <translation>airlockctl audit export&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>%n requête exportée vers %1.</numerusform>
            <numerusform>%n requêtes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>airlockctl demo: %1 is not empty and was not made by the demo; choose another --out</source>
        <translation>airlockctl demo : %1 n&apos;est pas vide et n&apos;a pas été créé par la démo ; choisissez un autre --out</translation>
    </message>
    <message>
        <source>Hands a request to the running workbench, where the analyst decides on it.</source>
        <translation>Remet une requête à l&apos;atelier en cours d&apos;exécution, où l&apos;analyste décide de son sort.</translation>
    </message>
    <message>
        <source>Wait until the analyst has decided and the results are released; exit with the run&apos;s code.</source>
        <translation>Attendre que l&apos;analyste ait décidé et que les résultats soient transmis&#xa0;; se terminer avec le code de sortie de l&apos;exécution.</translation>
    </message>
    <message>
        <source>With --wait: give up after this many seconds and withdraw the request.</source>
        <translation>Avec --wait&#xa0;: abandonner après ce nombre de secondes et retirer la requête.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>airlockctl submit: give exactly one request file</source>
        <translation>airlockctl submit&#xa0;: indiquez exactement un fichier de requête</translation>
    </message>
    <message>
        <source>airlockctl submit: --timeout takes a number of seconds, and only with --wait</source>
        <translation>airlockctl submit&#xa0;: --timeout attend un nombre de secondes, et seulement avec --wait</translation>
    </message>
    <message>
        <source>airlockctl submit: cannot read %1: %2</source>
        <translation>airlockctl submit&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>airlockctl submit: %1</source>
        <translation>airlockctl submit&#xa0;: %1</translation>
    </message>
    <message>
        <source>airlockctl submit: the workbench closed the connection</source>
        <translation>airlockctl submit&#xa0;: l&apos;atelier a fermé la connexion</translation>
    </message>
    <message>
        <source>Handed to the workbench: ticket %1 (%2)</source>
        <translation>Remise à l&apos;atelier&#xa0;: ticket %1 (%2)</translation>
    </message>
    <message>
        <source>airlockctl submit: no result after %1 s; the request was withdrawn</source>
        <translation>airlockctl submit&#xa0;: aucun résultat après %1 s&#xa0;; la requête a été retirée</translation>
    </message>
    <message>
        <source>airlockctl submit gave up waiting after %1 s.</source>
        <translation>airlockctl submit a cessé d&apos;attendre après %1 s.</translation>
    </message>
    <message>
        <source> (released by %1)</source>
        <translation> (transmis par %1)</translation>
    </message>
    <message>
        <source>A Model Context Protocol server on stdin/stdout: its run_python tool hands each call to the running workbench and answers once the analyst has decided and released the results.</source>
        <translation>Un serveur Model Context Protocol sur stdin/stdout&#xa0;: son outil run_python remet chaque appel à l&apos;atelier en cours d&apos;exécution et répond dès que l&apos;analyste a décidé et transmis les résultats.</translation>
    </message>
    <message>
        <source>airlockctl mcp: takes no arguments</source>
        <translation>airlockctl mcp&#xa0;: n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>its end was not recorded</source>
        <translation>sa fin n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>%1 (the run: %2)</source>
        <translation>%1 (l&apos;exécution&#xa0;: %2)</translation>
    </message>
    <message>
        <source>The audit trail to look for the agent&apos;s reference in (only read).</source>
        <translation>Le journal d&apos;audit où chercher la référence de l&apos;agent (lu seulement).</translation>
    </message>
    <message>
        <source>Only requests that carried this reference (the agent&apos;s own request_id).</source>
        <translation>Seulement les requêtes portant cette référence (le request_id propre à l&apos;agent).</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message numerus="yes">
        <source>%n bad record(s):</source>
        <translation>
            <numerusform>%n enregistrement invalide&#xa0;:</numerusform>
            <numerusform>%n enregistrements invalides&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (audit verify --json lists them all)</source>
        <translation>
            <numerusform>… et %n autre (audit verify --json les liste tous)</numerusform>
            <numerusform>… et %n autres (audit verify --json les liste tous)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an agent&apos;s reference; the requests that carried it:</source>
        <translation>«&#xa0;%1&#xa0;» est la référence d&apos;un agent&#xa0;; les requêtes qui la portaient&#xa0;:</translation>
    </message>
    <message>
        <source>airlockctl submit: %1 is not UTF-8 text (byte %2); nothing was sent</source>
        <translation>airlockctl submit&#xa0;: %1 n&apos;est pas du texte UTF-8 (octet %2)&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>airlockctl audit verify: warning: %1</source>
        <translation>airlockctl audit verify&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 Nothing ran.</source>
        <translation>%1 Rien n&apos;a été exécuté.</translation>
    </message>
    <message>
        <source>airlockctl reject: %1</source>
        <translation>airlockctl reject&#xa0;: %1</translation>
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
        <translation>Utilisation&#xa0;: airlockctl COMMAND [OPTIONS]

Commandes&#xa0;:
  check REQUEST.json [--policy P] [--json] [--db DB]
                    constats de la politique sur une requête&#xa0;; code de sortie 0 si exécutable, 3 si bloquée
  run REQUEST.json --approve --reviewer NAME [--reason TEXT] [--override-reason TEXT]
                    [--policy P] [--out DIR] [--json] [--db DB]
                    exécuter une requête approuvée dans un nouveau bac à sable
  reject REQUEST.json --reviewer NAME --reason TEXT [--policy P] [--json] [--db DB]
                    enregistrer un rejet
  audit list [--since T] [--until T] [--agent A] [--agent-ref REF] [--reviewer R]
             [--status S] [--search TEXT] [--limit N] [--json] [--db DB]
  audit show ID [--json] [--db DB]
  audit verify [--json] [--db DB]
  audit export --format csv|json|html [filtres] [-o FILE] [--db DB]
               (la liste et l&apos;export excluent les scénarios du formateur, sauf avec --scenarios include|only)
  demo [--out DIR] [--scenario ID]...
                    exécuter de bout en bout chaque scénario du formateur dans un nouveau journal,
                    afficher ce qui a arrêté chacun, écrire les fichiers produits et le rapport de preuve
  doctor [--json]   prouver que le bac à sable est réel sur cette machine&#xa0;; code de sortie 0
                    uniquement si toutes les vérifications requises réussissent
  submit REQUEST.json [--wait] [--timeout S] [--json]
                    remettre une requête à l&apos;atelier en cours d&apos;exécution&#xa0;; avec --wait, attendre
                    la décision de l&apos;analyste et le résultat transmis
  mcp               un serveur Model Context Protocol sur stdin/stdout dont l&apos;outil run_python
                    remet chaque appel à l&apos;atelier en cours d&apos;exécution

Codes de sortie&#xa0;: 0 succès, 1 échec de l&apos;exécution (sortie non nulle, délai maximal dépassé, tuée),
2 mauvaise utilisation ou entrée mal formée, 3 bloquée par la politique, 4 rejetée (ou résultats
retenus), 5 retirée après --timeout, 6 aucun atelier en cours d&apos;exécution.

airlockctl --help | --version&#xa0;; airlockctl COMMANDE --help pour les options d&apos;une commande
</translation>
    </message>
    <message>
        <source>airlockctl: unknown option &quot;%1&quot; (options follow the command)</source>
        <translation>airlockctl&#xa0;: option inconnue «&#xa0;%1&#xa0;» (les options suivent la commande)</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for its options.</source>
        <translation>Essayez «&#xa0;%1 --help&#xa0;» pour ses options.</translation>
    </message>
    <message>
        <source>Try &apos;airlockctl audit --help&apos; for its options.</source>
        <translation>Essayez «&#xa0;airlockctl audit --help&#xa0;» pour ses options.</translation>
    </message>
    <message>
        <source>Team trail: only this analyst&apos;s requests.</source>
        <translation>Journal d&apos;équipe&#xa0;: seulement les requêtes de cet analyste.</translation>
    </message>
    <message>
        <source>Team trail: only requests from this machine.</source>
        <translation>Journal d&apos;équipe&#xa0;: seulement les requêtes de cette machine.</translation>
    </message>
    <message>
        <source>ship: the team trail to ship to; verify: the one whose signed heads the trail must match (default: the one in the settings).</source>
        <translation>ship&#xa0;: le journal d&apos;équipe où transmettre&#xa0;; verify&#xa0;: celui dont les têtes signées doivent correspondre au journal (par défaut&#xa0;: celui des paramètres).</translation>
    </message>
    <message>
        <source>postgresql://…</source>
        <translation>postgresql://…</translation>
    </message>
    <message>
        <source>list, show ID, verify, export or ship</source>
        <translation>list, show ID, verify, export ou ship</translation>
    </message>
    <message>
        <source>airlockctl audit: say list, show ID, verify, export or ship</source>
        <translation>airlockctl audit&#xa0;: indiquez list, show ID, verify, export ou ship</translation>
    </message>
    <message>
        <source>airlockctl audit: unknown action &quot;%1&quot;: say list, show ID, verify, export or ship</source>
        <translation>airlockctl audit&#xa0;: action «&#xa0;%1&#xa0;» inconnue&#xa0;: indiquez list, show ID, verify, export ou ship</translation>
    </message>
    <message>
        <source>airlockctl audit: --analyst and --machine filter a team trail (--db postgresql://…)</source>
        <translation>airlockctl audit&#xa0;: --analyst et --machine filtrent un journal d&apos;équipe (--db postgresql://…)</translation>
    </message>
    <message>
        <source>airlockctl audit verify: warning: not checked against the team trail&apos;s signed heads: %1</source>
        <translation>airlockctl audit verify&#xa0;: avertissement&#xa0;: non comparé aux têtes signées du journal d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>It matches the head signed and published to the team trail at record %1.</source>
        <translation>Il correspond à la tête signée et publiée dans le journal d&apos;équipe à l&apos;enregistrement %1.</translation>
    </message>
    <message>
        <source>airlockctl audit ship: no team trail: give --team postgresql://… or set one in the settings</source>
        <translation>airlockctl audit ship&#xa0;: aucun journal d&apos;équipe&#xa0;: indiquez --team postgresql://… ou définissez-en un dans les paramètres</translation>
    </message>
    <message>
        <source>airlockctl: the records stay in %1 and are shipped later: %2</source>
        <translation>airlockctl&#xa0;: les enregistrements restent dans %1 et seront transmis plus tard&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Shipped %n record(s) to %1; </source>
        <translation>
            <numerusform>%n enregistrement transmis à %1&#xa0;; </numerusform>
            <numerusform>%n enregistrements transmis à %1&#xa0;; </numerusform>
        </translation>
    </message>
    <message>
        <source>the team trail holds this chain up to record %1.</source>
        <translation>le journal d&apos;équipe contient cette chaîne jusqu&apos;à l&apos;enregistrement %1.</translation>
    </message>
    <message>
        <source>%1 on %2 (chain %3)</source>
        <translation>%1 sur %2 (chaîne %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: intact, %n record(s) verified.</source>
        <translation>
            <numerusform>%1&#xa0;: intact, %n enregistrement vérifié.</numerusform>
            <numerusform>%1&#xa0;: intact, %n enregistrements vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: NOT intact. First bad record: %2. %3</source>
        <translation>%1&#xa0;: PAS intact. Premier enregistrement défectueux&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>The team trail holds no chains yet.</source>
        <translation>Le journal d&apos;équipe ne contient encore aucune chaîne.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The audit trail to record in; a team trail (postgresql://…): record in the local one and ship there.</source>
        <translation>Le journal d&apos;audit où enregistrer&#xa0;; un journal d&apos;équipe (postgresql://…)&#xa0;: enregistrer dans le journal local et transmettre là-bas.</translation>
    </message>
    <message>
        <source>The team trail to ship the records to (default: the one in the settings).</source>
        <translation>Le journal d&apos;équipe où transmettre les enregistrements (par défaut&#xa0;: celui des paramètres).</translation>
    </message>
    <message>
        <source>airlockctl audit: --%1 filters a local trail; a team trail is filtered by --analyst, --machine, --agent and --search</source>
        <translation>airlockctl audit&#xa0;: --%1 filtre un journal local&#xa0;; un journal d&apos;équipe se filtre avec --analyst, --machine, --agent et --search</translation>
    </message>
</context>
<context>
    <name>Airlock::ConfirmationDialog</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Réviseur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Airlock::CsvModel</name>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>Airlock::CsvTable</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::DecisionDialog</name>
    <message>
        <source>Reject Request</source>
        <translation>Rejeter la requête</translation>
    </message>
    <message>
        <source>Override Blocking Verdicts and Run</source>
        <translation>Passer outre aux constats bloquants et exécuter</translation>
    </message>
    <message>
        <source>Approve and Run Request</source>
        <translation>Approuver et exécuter la requête</translation>
    </message>
    <message>
        <source>The request will not run. The rejection is recorded in the audit trail.</source>
        <translation>La requête ne sera pas exécutée. Le rejet est enregistré dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The policy blocks this request.&lt;/b&gt; It allows an override by a reviewer who justifies it; the justification is recorded with the decision.</source>
        <translation>&lt;b&gt;La politique bloque cette requête.&lt;/b&gt; Elle autorise une dérogation par un réviseur qui la justifie&#xa0;; la justification est enregistrée avec la décision.</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Requête&#xa0;:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent&#xa0;:</translation>
    </message>
    <message>
        <source>Code SHA-256:</source>
        <translation>SHA-256 du code&#xa0;:</translation>
    </message>
    <message>
        <source>Input %1:</source>
        <translation>Fichier d&apos;entrée %1&#xa0;:</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Politique&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Why this request is rejected</source>
        <translation>Pourquoi cette requête est rejetée</translation>
    </message>
    <message>
        <source>Why running it despite the policy is justified</source>
        <translation>Pourquoi il est justifié de l&apos;exécuter malgré la politique</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Override and Run</source>
        <translation>&amp;Passer outre et exécuter</translation>
    </message>
    <message>
        <source>&amp;Approve and Run</source>
        <translation>Approuver et e&amp;xécuter</translation>
    </message>
    <message>
        <source>Agent&apos;s reference:</source>
        <translation>Référence de l&apos;agent&#xa0;:</translation>
    </message>
    <message>
        <source>The code you reviewed runs in the sandbox as soon as you confirm. The decision is recorded first, bound to exactly that code and these inputs (their hashes below).</source>
        <translation>Le code que vous avez examiné s&apos;exécute dans le bac à sable dès que vous confirmez. La décision est d&apos;abord enregistrée, liée exactement à ce code et à ces fichiers d&apos;entrée (leurs empreintes ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <source>You override %n blocking verdict(s):</source>
        <translation>
            <numerusform>Vous passez outre à %n constat bloquant&#xa0;:</numerusform>
            <numerusform>Vous passez outre à %n constats bloquants&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
</context>
<context>
    <name>Airlock::Doctor</name>
    <message>
        <source>bubblewrap is installed</source>
        <translation>bubblewrap est installé</translation>
    </message>
    <message>
        <source>bubblewrap is recent enough</source>
        <translation>bubblewrap est suffisamment récent</translation>
    </message>
    <message>
        <source>a real sandbox starts</source>
        <translation>un vrai bac à sable démarre</translation>
    </message>
    <message>
        <source>Python with numpy, pandas and matplotlib runs inside</source>
        <translation>Python avec numpy, pandas et matplotlib fonctionne à l&apos;intérieur</translation>
    </message>
    <message>
        <source>only a loopback network interface exists</source>
        <translation>seule une interface réseau de bouclage existe</translation>
    </message>
    <message>
        <source>a connection to an outside address fails</source>
        <translation>une connexion vers une adresse extérieure échoue</translation>
    </message>
    <message>
        <source>the environment holds only the allow-list</source>
        <translation>l&apos;environnement ne contient que la liste autorisée</translation>
    </message>
    <message>
        <source>a host secret is not in os.environ, /proc/1/environ or /proc/1/cmdline</source>
        <translation>un secret de l&apos;hôte ne figure ni dans os.environ, ni dans /proc/1/environ, ni dans /proc/1/cmdline</translation>
    </message>
    <message>
        <source>the user&apos;s home, /root and host sockets are not visible</source>
        <translation>le dossier personnel de l&apos;utilisateur, /root et les sockets de l&apos;hôte ne sont pas visibles</translation>
    </message>
    <message>
        <source>/, /usr, /etc and /dev are read-only</source>
        <translation>/, /usr, /etc et /dev sont en lecture seule</translation>
    </message>
    <message>
        <source>no file descriptor is inherited beyond 0-2</source>
        <translation>aucun descripteur de fichier n&apos;est hérité au-delà de 0-2</translation>
    </message>
    <message>
        <source>no capabilities are held</source>
        <translation>aucune capacité n&apos;est détenue</translation>
    </message>
    <message>
        <source>no new user namespace can be created inside</source>
        <translation>aucun nouvel espace de noms utilisateur ne peut être créé à l&apos;intérieur</translation>
    </message>
    <message>
        <source>a seccomp filter is active</source>
        <translation>un filtre seccomp est actif</translation>
    </message>
    <message>
        <source>limit enforcement available</source>
        <translation>application des limites disponible</translation>
    </message>
    <message>
        <source>bwrap was not found in %1; install the bubblewrap package</source>
        <translation>bwrap est introuvable dans %1&#xa0;; installez le paquet bubblewrap</translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation>%1 n&apos;est pas un fichier exécutable</translation>
    </message>
    <message>
        <source>not checked: no bwrap</source>
        <translation>non vérifié&#xa0;: pas de bwrap</translation>
    </message>
    <message>
        <source>not run: no bwrap</source>
        <translation>non exécuté&#xa0;: pas de bwrap</translation>
    </message>
    <message>
        <source>%1 is not bubblewrap: its --version printed &quot;%2&quot;</source>
        <translation>%1 n&apos;est pas bubblewrap&#xa0;: son --version a affiché &quot;%2&quot;</translation>
    </message>
    <message>
        <source>bubblewrap %1 is older than the required %2</source>
        <translation>bubblewrap %1 est plus ancien que la version requise %2</translation>
    </message>
    <message>
        <source>bubblewrap %1</source>
        <translation>bubblewrap %1</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n&apos;a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <source>not run: bwrap cannot be started</source>
        <translation>non exécuté&#xa0;: bwrap ne peut pas être démarré</translation>
    </message>
    <message>
        <source>not run: no python3 under /usr (install python3)</source>
        <translation>non exécuté&#xa0;: pas de python3 sous /usr (installez python3)</translation>
    </message>
    <message numerus="yes">
        <source>the probe did not finish within %n second(s)</source>
        <translation>
            <numerusform>la sonde ne s&apos;est pas terminée en %n seconde</numerusform>
            <numerusform>la sonde ne s&apos;est pas terminée en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the probe failed (exit code %1)</source>
        <translation>la sonde a échoué (code de sortie %1)</translation>
    </message>
    <message>
        <source>its report is not JSON (%1)</source>
        <translation>son rapport n&apos;est pas du JSON (%1)</translation>
    </message>
    <message>
        <source>%1 started the probe in %2 ms</source>
        <translation>%1 a démarré la sonde en %2 ms</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non signalé</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>interfaces inside: %1</source>
        <translation>interfaces à l&apos;intérieur&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none reported)</source>
        <translation>(aucune signalée)</translation>
    </message>
    <message>
        <source>connect to 192.0.2.1:9 failed: %1</source>
        <translation>la connexion à 192.0.2.1:9 a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>connect to 192.0.2.1:9 was not refused</source>
        <translation>la connexion à 192.0.2.1:9 n&apos;a pas été refusée</translation>
    </message>
    <message>
        <source>variables: %1</source>
        <translation>variables&#xa0;: %1</translation>
    </message>
    <message>
        <source>not on the allow-list: %1</source>
        <translation>hors de la liste autorisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 stayed outside; pid 1 (bwrap) sees only: %2</source>
        <translation>%1 est resté à l&apos;extérieur&#xa0;; le pid 1 (bwrap) ne voit que&#xa0;: %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>%1 is readable in %2 (or it could not be read)</source>
        <translation>%1 est lisible dans %2 (ou n&apos;a pas pu être lu)</translation>
    </message>
    <message>
        <source>not visible: %1</source>
        <translation>non visibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>visible: %1; not reported: %2</source>
        <translation>visibles&#xa0;: %1&#xa0;; non signalés&#xa0;: %2</translation>
    </message>
    <message>
        <source>writes to /, /usr, /etc and /dev are refused</source>
        <translation>les écritures dans /, /usr, /etc et /dev sont refusées</translation>
    </message>
    <message>
        <source>writable (or not reported): %1</source>
        <translation>accessibles en écriture (ou non signalés)&#xa0;: %1</translation>
    </message>
    <message>
        <source>the private /tmp is not writable either</source>
        <translation>le /tmp privé n&apos;est pas non plus accessible en écriture</translation>
    </message>
    <message numerus="yes">
        <source>open inside: %n standard descriptor(s) only</source>
        <translation>
            <numerusform>ouverts à l&apos;intérieur&#xa0;: %n descripteur standard uniquement</numerusform>
            <numerusform>ouverts à l&apos;intérieur&#xa0;: %n descripteurs standard uniquement</numerusform>
        </translation>
    </message>
    <message>
        <source>also open inside: %1</source>
        <translation>également ouverts à l&apos;intérieur&#xa0;: %1</translation>
    </message>
    <message>
        <source>effective %1, bounding %2</source>
        <translation>effectives %1, ensemble limitant %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>unshare(CLONE_NEWUSER) refused: %1</source>
        <translation>unshare(CLONE_NEWUSER) refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the code could create a user namespace</source>
        <translation>le code pourrait créer un espace de noms utilisateur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Seccomp: %1 (filters: %2); an internet socket: %3</source>
        <translation>Seccomp&#xa0;: %1 (filtres&#xa0;: %2)&#xa0;; un socket internet&#xa0;: %3</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>non essayé</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>non exécuté&#xa0;: %1</translation>
    </message>
    <message>
        <source>the mount table inside names no folder or name of the user</source>
        <translation>la table des montages à l&apos;intérieur ne nomme aucun dossier ni le nom de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>the code cannot reach into other processes through pidfds</source>
        <translation>le code ne peut pas atteindre d&apos;autres processus par des pidfd</translation>
    </message>
    <message>
        <source>/proc/self/mountinfo was not reported</source>
        <translation>/proc/self/mountinfo n&apos;a pas été rapporté</translation>
    </message>
    <message>
        <source>/proc/self/mountinfo names: %1</source>
        <translation>/proc/self/mountinfo nomme&#xa0;: %1</translation>
    </message>
    <message>
        <source>/proc/self/mountinfo names none of: %1</source>
        <translation>/proc/self/mountinfo ne nomme rien de ceci&#xa0;: %1</translation>
    </message>
    <message>
        <source>(nothing to look for)</source>
        <translation>(rien à chercher)</translation>
    </message>
    <message>
        <source>%1 (not tried)</source>
        <translation>%1 (non essayé)</translation>
    </message>
    <message>
        <source>%1 (allowed)</source>
        <translation>%1 (autorisé)</translation>
    </message>
    <message>
        <source>refused with EPERM: %1</source>
        <translation>refusés avec EPERM&#xa0;: %1</translation>
    </message>
    <message>
        <source>not refused by the filter: %1</source>
        <translation>non refusés par le filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>the audit trail is readable by this account only</source>
        <translation>le journal d&apos;audit n&apos;est lisible que par ce compte</translation>
    </message>
    <message>
        <source>%1 and its folder are private to this account</source>
        <translation>%1 et son dossier sont réservés à ce compte</translation>
    </message>
    <message>
        <source>%1 does not exist yet; it will be created private</source>
        <translation>%1 n&apos;existe pas encore&#xa0;; il sera créé privé</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot;, by default: %2</source>
        <translation>politique «&#xa0;%1&#xa0;», par défaut&#xa0;: %2</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot;, at its caps: %2</source>
        <translation>politique «&#xa0;%1&#xa0;», à ses plafonds&#xa0;: %2</translation>
    </message>
    <message>
        <source>that is more than this machine&apos;s %1 MiB: a run could exhaust it; where this matters, set limits.require_total_memory_cap in the policy</source>
        <translation>c&apos;est plus que les %1 Mio de cette machine&#xa0;: une exécution pourrait l&apos;épuiser&#xa0;; là où cela compte, activez limits.require_total_memory_cap dans la politique</translation>
    </message>
    <message>
        <source>systemd user scope: %1</source>
        <translation>scope utilisateur systemd&#xa0;: %1</translation>
    </message>
    <message>
        <source>matplotlib&apos;s font cache is built for this runtime</source>
        <translation>le cache des polices de matplotlib est construit pour cet environnement d&apos;exécution</translation>
    </message>
    <message>
        <source>not built: %1; chart runs build their own</source>
        <translation>non construit&#xa0;: %1&#xa0;; les exécutions avec graphiques construisent le leur</translation>
    </message>
    <message>
        <source>matplotlib is not installed</source>
        <translation>matplotlib n&apos;est pas installé</translation>
    </message>
    <message>
        <source>built in %1 ms: %2</source>
        <translation>construit en %1 ms&#xa0;: %2</translation>
    </message>
    <message>
        <source>already there: %1</source>
        <translation>déjà présent&#xa0;: %1</translation>
    </message>
    <message>
        <source>/proc/self/mountinfo shows no /workspace or no %1</source>
        <translation>/proc/self/mountinfo ne montre pas /workspace ou pas %1</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>aussi %1</translation>
    </message>
</context>
<context>
    <name>Airlock::DoctorCheck</name>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>Airlock::DoctorModel</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Airlock::DoctorReport</name>
    <message>
        <source>The sandbox has not been checked yet: runs are disabled.</source>
        <translation>Le bac à sable n&apos;a pas encore été vérifié&#xa0;: les exécutions sont désactivées.</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox is ready: all %n required check(s) passed.</source>
        <translation>
            <numerusform>Le bac à sable est prêt&#xa0;: %n vérification requise réussie.</numerusform>
            <numerusform>Le bac à sable est prêt&#xa0;: les %n vérifications requises ont réussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox is NOT ready, runs are disabled. Failing: %1</source>
        <translation>Le bac à sable n&apos;est PAS prêt, les exécutions sont désactivées. En échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::FontCache</name>
    <message>
        <source>building the font cache failed: %1</source>
        <translation>la construction du cache des polices a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>matplotlib wrote no font cache</source>
        <translation>matplotlib n&apos;a écrit aucun cache des polices</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::HeadSigner</name>
    <message>
        <source>the signing key %1 is readable by others: %2</source>
        <translation>la clé de signature %1 est lisible par d&apos;autres&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the signing key %1: %2</source>
        <translation>impossible de lire la clé de signature %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 private key</source>
        <translation>%1 n&apos;est pas une clé privée Ed25519</translation>
    </message>
    <message>
        <source>cannot make a signing key: %1</source>
        <translation>impossible de créer une clé de signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write the signing key %1: %2</source>
        <translation>impossible d&apos;écrire la clé de signature %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the public half of %1: %2</source>
        <translation>impossible de lire la partie publique de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::HistoryModel</name>
    <message>
        <source>Training scenario %1</source>
        <translation>Scénario de formation %1</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Worst verdict</source>
        <translation>Constat le plus grave</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>The agent&apos;s own request_id, a reference it chose; Airlock&apos;s id for this request is %1</source>
        <translation>Le request_id propre à l&apos;agent, une référence qu&apos;il a choisie&#xa0;; l&apos;identifiant Airlock de cette requête est %1</translation>
    </message>
    <message>
        <source>Agent&apos;s reference</source>
        <translation>Référence de l&apos;agent</translation>
    </message>
</context>
<context>
    <name>Airlock::HistoryView</name>
    <message>
        <source>Requests in the audit trail</source>
        <translation>Requêtes du journal d&apos;audit</translation>
    </message>
    <message>
        <source>The selected request&apos;s story</source>
        <translation>L&apos;historique de la requête sélectionnée</translation>
    </message>
    <message>
        <source>Check every record&apos;s hash and the chain, in the background</source>
        <translation>Vérifier en arrière-plan l&apos;empreinte de chaque enregistrement et la chaîne</translation>
    </message>
    <message>
        <source>Export the selected requests, or every matching one when none is selected</source>
        <translation>Exporter les requêtes sélectionnées, ou toutes celles qui correspondent si aucune n&apos;est sélectionnée</translation>
    </message>
    <message>
        <source>Evidence Report (HTML)…</source>
        <translation>Rapport de preuve (HTML)…</translation>
    </message>
    <message>
        <source>Records (JSON)…</source>
        <translation>Enregistrements (JSON)…</translation>
    </message>
    <message>
        <source>List (CSV)…</source>
        <translation>Liste (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Print Request…</source>
        <translation>&amp;Imprimer la requête…</translation>
    </message>
    <message>
        <source>Save Request as &amp;PDF…</source>
        <translation>Enregistrer la requête en &amp;PDF…</translation>
    </message>
    <message>
        <source>Search prompts and code</source>
        <translation>Rechercher dans les consignes et le code</translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation>Recherche en texte intégral</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Policy name or SHA-256</source>
        <translation>Nom ou SHA-256 de la politique</translation>
    </message>
    <message>
        <source>Input file name or SHA-256</source>
        <translation>Nom ou SHA-256 du fichier d&apos;entrée</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Toute décision</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Tout constat</translation>
    </message>
    <message>
        <source>Worst: blocks</source>
        <translation>Le plus grave&#xa0;: bloque</translation>
    </message>
    <message>
        <source>Worst: warning</source>
        <translation>Le plus grave&#xa0;: avertissement</translation>
    </message>
    <message>
        <source>Worst: information</source>
        <translation>Le plus grave&#xa0;: information</translation>
    </message>
    <message>
        <source>Any run</source>
        <translation>Toute exécution</translation>
    </message>
    <message>
        <source>Real requests</source>
        <translation>Requêtes réelles</translation>
    </message>
    <message>
        <source>Real and training</source>
        <translation>Réelles et de formation</translation>
    </message>
    <message>
        <source>Training scenarios only</source>
        <translation>Scénarios de formation uniquement</translation>
    </message>
    <message>
        <source>The audit trail could not be opened: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not verified yet on this computer.</source>
        <translation>Pas encore vérifié sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No audit trail open.</source>
        <translation>Aucun journal d&apos;audit ouvert.</translation>
    </message>
    <message>
        <source>The trail could not be read: %1</source>
        <translation>Le journal n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching request(s)</source>
        <translation>
            <numerusform>%n requête correspondante</numerusform>
            <numerusform>%n requêtes correspondantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the request of record #%1.</source>
        <translation>Affichage de la requête de l&apos;enregistrement #%1.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The audit trail is intact.</source>
        <translation>Le journal d&apos;audit est intact.</translation>
    </message>
    <message>
        <source>The audit trail is NOT intact.</source>
        <translation>Le journal d&apos;audit n&apos;est PAS intact.</translation>
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
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>No request is shown.</source>
        <translation>Aucune requête n&apos;est affichée.</translation>
    </message>
    <message>
        <source>Airlock request</source>
        <translation>Requête Airlock</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Save Request as PDF</source>
        <translation>Enregistrer la requête en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Print Request</source>
        <translation>Imprimer la requête</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Worst verdict</source>
        <translation>Constat le plus grave</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>État de l&apos;exécution</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Scénarios de formation</translation>
    </message>
    <message>
        <source>Record #%1 is not in the trail (it was cut off or deleted).</source>
        <translation>L&apos;enregistrement n° %1 n&apos;est pas dans le journal (tronqué ou supprimé).</translation>
    </message>
    <message>
        <source>Killed, stopped or withdrawn</source>
        <translation>Tuée, arrêtée ou retirée</translation>
    </message>
    <message>
        <source>Agent&apos;s reference (its request_id)</source>
        <translation>Référence de l&apos;agent (son request_id)</translation>
    </message>
    <message>
        <source>Ver&amp;ify Trail</source>
        <translation>&amp;Vérifier le journal</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Depuis</translation>
    </message>
    <message>
        <source>Unti&amp;l</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Cl&amp;ear Filters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt;: all %n record(s) verified at %1.</source>
        <translation>
            <numerusform>&lt;b&gt;Intact&lt;/b&gt;&#xa0;: %n enregistrement vérifié à %1.</numerusform>
            <numerusform>&lt;b&gt;Intact&lt;/b&gt;&#xa0;: les %n enregistrements vérifiés à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt; up to record %1: verified %1 of %2 records at %3; %n newer, not yet verified. &lt;a href=&quot;#newer&quot;&gt;Verify the newer records&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Intact&lt;/b&gt; jusqu&apos;à l&apos;enregistrement %1&#xa0;: %1 sur %2 enregistrements vérifiés à %3&#xa0;; %n plus récent, pas encore vérifié. &lt;a href=&quot;#newer&quot;&gt;Vérifier les enregistrements plus récents&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;Intact&lt;/b&gt; jusqu&apos;à l&apos;enregistrement %1&#xa0;: %1 sur %2 enregistrements vérifiés à %3&#xa0;; %n plus récents, pas encore vérifiés. &lt;a href=&quot;#newer&quot;&gt;Vérifier les enregistrements plus récents&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#d03030&quot;&gt;NOT intact&lt;/b&gt; at %1: %n bad record(s); the first is record &lt;a href=&quot;#bad&quot;&gt;#%2&lt;/a&gt;: %3</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#d03030&quot;&gt;NON intact&lt;/b&gt; à %1&#xa0;: %n enregistrement invalide&#xa0;; le premier est l&apos;enregistrement &lt;a href=&quot;#bad&quot;&gt;#%2&lt;/a&gt;&#xa0;: %3</numerusform>
            <numerusform>&lt;b style=&quot;color:#d03030&quot;&gt;NON intact&lt;/b&gt; à %1&#xa0;: %n enregistrements invalides&#xa0;; le premier est l&apos;enregistrement &lt;a href=&quot;#bad&quot;&gt;#%2&lt;/a&gt;&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#d03030&quot;&gt;NOT intact&lt;/b&gt; at %1: %2</source>
        <translation>&lt;b style=&quot;color:#d03030&quot;&gt;NON intact&lt;/b&gt; à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Inspect Sand&amp;box…</source>
        <translation>Ins&amp;pecter le bac à sable…</translation>
    </message>
    <message>
        <source>Select a request to read its whole story: what arrived, the verdicts, the decision, the run and its files.</source>
        <translation>Sélectionnez une requête pour lire toute son histoire&#xa0;: ce qui est arrivé, les constats, la décision, l&apos;exécution et ses fichiers.</translation>
    </message>
    <message>
        <source>The sandbox the shown request&apos;s run got, as recorded when it started</source>
        <translation>Le bac à sable qu&apos;a reçu l&apos;exécution de la requête affichée, tel qu&apos;enregistré à son démarrage</translation>
    </message>
    <message>
        <source>Exported to %1. &lt;a href=&quot;%2&quot;&gt;Open the folder&lt;/a&gt;</source>
        <translation>Exporté vers %1. &lt;a href=&quot;%2&quot;&gt;Ouvrir le dossier&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The export failed&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;L&apos;export a échoué&lt;/b&gt;&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::HistoryWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Verify Trail</source>
        <translation>&amp;Vérifier le journal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>%1 — Audit Trail (read-only)</source>
        <translation>%1 — Journal d&apos;audit (lecture seule)</translation>
    </message>
    <message>
        <source>Opened %1 read-only: nothing here writes to it.</source>
        <translation>%1 ouvert en lecture seule&#xa0;: rien ici n&apos;y écrit.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Airlock::InboxFolder</name>
    <message>
        <source>The inbox folder &quot;%1&quot; has disappeared; it will be watched again when it is back.</source>
        <translation>Le dossier de réception &quot;%1&quot; a disparu&#xa0;; il sera de nouveau surveillé dès son retour.</translation>
    </message>
    <message>
        <source>The inbox folder &quot;%1&quot; does not exist.</source>
        <translation>Le dossier de réception &quot;%1&quot; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The inbox folder &quot;%1&quot; cannot be read: %2.</source>
        <translation>Le dossier de réception &quot;%1&quot; ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The inbox &quot;%1&quot; is not a folder.</source>
        <translation>La boîte de réception &quot;%1&quot; n&apos;est pas un dossier.</translation>
    </message>
</context>
<context>
    <name>Airlock::InboxModel</name>
    <message>
        <source>Malformed</source>
        <translation>Mal formée</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Aucune observation</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Awaiting release</source>
        <translation>En attente de transmission</translation>
    </message>
    <message>
        <source>%1 (no longer connected)</source>
        <translation>%1 (plus connecté)</translation>
    </message>
</context>
<context>
    <name>Airlock::InputStager</name>
    <message>
        <source>&quot;%1&quot; is a symbolic link%2; links are not followed.</source>
        <translation>&quot;%1&quot; est un lien symbolique%2&#xa0;; les liens ne sont pas suivis.</translation>
    </message>
    <message>
        <source> pointing outside the request&apos;s folder</source>
        <translation> pointant hors du dossier de la requête</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist (%2).</source>
        <translation>&quot;%1&quot; n&apos;existe pas (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2.</source>
        <translation>&quot;%1&quot; ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>autre chose qu&apos;un fichier ordinaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; only regular files can be mounted.</source>
        <translation>&quot;%1&quot; est %2&#xa0;; seuls les fichiers ordinaires peuvent être montés.</translation>
    </message>
    <message>
        <source>With &quot;%1&quot; the inputs exceed %2 bytes in total, the policy&apos;s cap.</source>
        <translation>Avec &quot;%1&quot;, les fichiers d&apos;entrée dépassent %2 octets au total, le plafond fixé par la politique.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; grew beyond %2 bytes while it was being copied.</source>
        <translation>&quot;%1&quot; a dépassé %2 octets pendant sa copie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be copied: %2.</source>
        <translation>&quot;%1&quot; n&apos;a pas pu être copié&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is outside the folders this policy lets requests read from: %3.</source>
        <translation>&quot;%1&quot; (%2) se trouve hors des dossiers dans lesquels cette politique autorise les requêtes à lire&#xa0;: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the policy &quot;%2&quot; names no folders (files.roots) that agent requests may read from.</source>
        <translation>&quot;%1&quot;&#xa0;: la politique &quot;%2&quot; ne désigne aucun dossier (files.roots) dans lequel les requêtes d&apos;agents peuvent lire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the policy &quot;%2&quot; names no folders (files.roots) that requests may read from.</source>
        <translation>&quot;%1&quot;&#xa0;: la politique &quot;%2&quot; ne désigne aucun dossier (files.roots) dans lequel les requêtes peuvent lire.</translation>
    </message>
    <message>
        <source> pointing outside the folders this policy lets requests read from</source>
        <translation> pointant hors des dossiers dans lesquels cette politique autorise les requêtes à lire</translation>
    </message>
    <message>
        <source>the private copy of &quot;%1&quot; is gone</source>
        <translation>la copie privée de &quot;%1&quot; a disparu</translation>
    </message>
    <message>
        <source>the private copy of &quot;%1&quot; no longer matches what was reviewed</source>
        <translation>la copie privée de &quot;%1&quot; ne correspond plus à ce qui a été examiné</translation>
    </message>
    <message>
        <source>the private copy of &quot;%1&quot; cannot be handed to the sandbox user: %2</source>
        <translation>la copie privée de &quot;%1&quot; ne peut pas être confiée à l&apos;utilisateur du bac à sable&#xa0;: %2</translation>
    </message>
    <message>
        <source>no longer a regular file</source>
        <translation>n&apos;est plus un fichier ordinaire</translation>
    </message>
    <message>
        <source>The private copy of &quot;%1&quot; (%2) no longer matches what was reviewed: it had SHA-256 %3 and can no longer be read (%4); the run is refused.</source>
        <translation>La copie privée de «&#xa0;%1&#xa0;» (%2) ne correspond plus à ce qui a été examiné&#xa0;: elle avait le SHA-256 %3 et ne peut plus être lue (%4)&#xa0;; l&apos;exécution est refusée.</translation>
    </message>
    <message>
        <source>The private copy of &quot;%1&quot; (%2) no longer matches what was reviewed: it had SHA-256 %3 and now has %4; the run is refused.</source>
        <translation>La copie privée de «&#xa0;%1&#xa0;» (%2) ne correspond plus à ce qui a été examiné&#xa0;: elle avait le SHA-256 %3 et a maintenant %4&#xa0;; l&apos;exécution est refusée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed after it was reviewed: %2 had SHA-256 %3 and can no longer be read (%4); the run is refused.</source>
        <translation>«&#xa0;%1&#xa0;» a changé après l&apos;examen&#xa0;: %2 avait le SHA-256 %3 et ne peut plus être lu (%4)&#xa0;; l&apos;exécution est refusée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed after it was reviewed: %2 had SHA-256 %3 and now has %4; the run is refused.</source>
        <translation>«&#xa0;%1&#xa0;» a changé après l&apos;examen&#xa0;: %2 avait le SHA-256 %3 et a maintenant %4&#xa0;; l&apos;exécution est refusée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is a file of the system or of a running process (/proc, /sys, /dev, /run), not data; it is never mounted.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) est un fichier du système ou d&apos;un processus en cours (/proc, /sys, /dev, /run), pas des données&#xa0;; il n&apos;est jamais monté.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; the policy allows at most %3 per file.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;; la politique autorise au plus %3 par fichier.</translation>
    </message>
</context>
<context>
    <name>Airlock::LimitEnforcement</name>
    <message>
        <source>cgroup v2 (%1): caps total memory and process count of the whole sandbox</source>
        <translation>cgroup v2 (%1)&#xa0;: plafonne la mémoire totale et le nombre de processus de tout le bac à sable</translation>
    </message>
    <message>
        <source>cgroup v1 as root (%1, %2): caps total memory and process count of the whole sandbox</source>
        <translation>cgroup v1 en tant que root (%1, %2)&#xa0;: plafonne la mémoire totale et le nombre de processus de tout le bac à sable</translation>
    </message>
    <message>
        <source>started as uid %1: already unprivileged</source>
        <translation>démarré avec l&apos;uid %1&#xa0;: déjà sans privilèges</translation>
    </message>
    <message>
        <source>rlimits: open files, file size, per-process memory, process count</source>
        <translation>rlimits&#xa0;: fichiers ouverts, taille de fichier, mémoire par processus, nombre de processus</translation>
    </message>
    <message>
        <source>host watchdog: a wall-clock timeout that kills the whole sandbox</source>
        <translation>chien de garde de l&apos;hôte&#xa0;: un délai maximal en temps réel qui tue tout le bac à sable</translation>
    </message>
    <message>
        <source>started as root: each sandbox drops to a uid of its own (this one: %1), under which the process limit holds</source>
        <translation>démarré en tant que root&#xa0;: chaque bac à sable passe à un uid qui lui est propre (celui-ci&#xa0;: %1), sous lequel la limite de processus s&apos;applique</translation>
    </message>
    <message>
        <source>total memory capped by the control group at %1 MiB</source>
        <translation>mémoire totale plafonnée par le cgroup à %1 Mio</translation>
    </message>
    <message>
        <source>without a control group: total memory bounded by construction at %1 MiB (%2 processes of at most %3 MiB address space, plus /tmp, /dev/shm and the output folder)</source>
        <translation>sans cgroup&#xa0;: mémoire totale bornée par construction à %1 Mio (%2 processus d&apos;au plus %3 Mio d&apos;espace d&apos;adressage, plus /tmp, /dev/shm et le dossier de sortie)</translation>
    </message>
    <message>
        <source>no writable cgroup: a sandbox&apos;s total memory is bounded only by construction (per-process limits times the process cap, sized memory file systems), its time by the watchdog</source>
        <translation>aucun cgroup accessible en écriture&#xa0;: la mémoire totale d&apos;un bac à sable n&apos;est bornée que par construction (limites par processus fois le plafond de processus, systèmes de fichiers en mémoire de taille fixe), sa durée par le chien de garde</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Bac à sable</translation>
    </message>
    <message>
        <source>&amp;Check Sandbox Again</source>
        <translation>&amp;Vérifier à nouveau le bac à sable</translation>
    </message>
    <message>
        <source>Run the pre-flight check that proves the sandbox is real</source>
        <translation>Lancer la vérification préalable qui prouve que le bac à sable est réel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Airlock</source>
        <translation>À &amp;propos d&apos;Airlock</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Sandbox Readiness</source>
        <translation>Disponibilité du bac à sable</translation>
    </message>
    <message>
        <source>Sandbox readiness checks</source>
        <translation>Vérifications de disponibilité du bac à sable</translation>
    </message>
    <message>
        <source>Checking the sandbox… runs are disabled until it passes.</source>
        <translation>Vérification du bac à sable… les exécutions sont désactivées jusqu&apos;à sa réussite.</translation>
    </message>
    <message>
        <source>About Airlock</source>
        <translation>À propos d&apos;Airlock</translation>
    </message>
    <message>
        <source>%1 Requests can be read but not decided.</source>
        <translation>%1 Les requêtes peuvent être consultées, mais aucune décision ne peut être prise.</translation>
    </message>
    <message>
        <source>The audit trail could not record a step: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu enregistrer une étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>New request in the inbox: %1</source>
        <translation>Nouvelle requête dans la boîte de réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Open Requests…</source>
        <translation>&amp;Ouvrir des requêtes…</translation>
    </message>
    <message>
        <source>Add request files to the inbox</source>
        <translation>Ajouter des fichiers de requête à la boîte de réception</translation>
    </message>
    <message>
        <source>Open &amp;Audit Trail…</source>
        <translation>Ouvrir un &amp;journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Browse any audit trail read-only, such as one copied from another computer</source>
        <translation>Parcourir n&apos;importe quel journal d&apos;audit en lecture seule, par exemple un journal copié depuis un autre ordinateur</translation>
    </message>
    <message>
        <source>Choose &amp;Inbox Folder…</source>
        <translation>Choisir le dossier de &amp;réception…</translation>
    </message>
    <message>
        <source>The folder watched for new request files</source>
        <translation>Le dossier surveillé pour les nouveaux fichiers de requête</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>A&amp;pprouver…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>&amp;Stop Run</source>
        <translation>Arrêter l&apos;&amp;exécution</translation>
    </message>
    <message>
        <source>Re&amp;move from Inbox</source>
        <translation>Re&amp;tirer de la boîte de réception</translation>
    </message>
    <message>
        <source>Take a decided request off the list; its records stay in the audit trail</source>
        <translation>Retirer de la liste une requête décidée&#xa0;; ses enregistrements restent dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Sce&amp;narios</source>
        <translation>Scé&amp;narios</translation>
    </message>
    <message>
        <source>&amp;Choose Scenario…</source>
        <translation>&amp;Choisir un scénario…</translation>
    </message>
    <message>
        <source>A benign analysis</source>
        <translation>Une analyse bénigne</translation>
    </message>
    <message>
        <source>Stopped by %1</source>
        <translation>Arrêté par %1</translation>
    </message>
    <message>
        <source>&amp;Inspect the Sandbox…</source>
        <translation>&amp;Inspecter le bac à sable…</translation>
    </message>
    <message>
        <source>The exact sandbox the selected request&apos;s run gets</source>
        <translation>Le bac à sable exact dont bénéficiera l&apos;exécution de la requête sélectionnée</translation>
    </message>
    <message>
        <source>Go to &amp;Inbox</source>
        <translation>Aller à la &amp;boîte de réception</translation>
    </message>
    <message>
        <source>Show &amp;Review</source>
        <translation>Afficher la &amp;revue</translation>
    </message>
    <message>
        <source>Show R&amp;un</source>
        <translation>Afficher l&apos;e&amp;xécution</translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation>Afficher l&apos;&amp;historique</translation>
    </message>
    <message>
        <source>the sandbox is being checked.</source>
        <translation>le bac à sable est en cours de vérification.</translation>
    </message>
    <message>
        <source>No request can be opened while the policy is not valid.</source>
        <translation>Aucune requête ne peut être ouverte tant que la politique n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Runs are disabled: %1</source>
        <translation>Les exécutions sont désactivées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open Requests</source>
        <translation>Ouvrir des requêtes</translation>
    </message>
    <message>
        <source>Requests (*.json);;All files (*)</source>
        <translation>Requêtes (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Audit Trail</source>
        <translation>Ouvrir un journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit trails (*.sqlite *.db);;All files (*)</source>
        <translation>Journaux d&apos;audit (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The audit trail %1 could not be opened: %2</source>
        <translation>Le journal d&apos;audit %1 n&apos;a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>Inbox Folder</source>
        <translation>Dossier de réception</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Configure Airlock…</source>
        <translation>&amp;Configurer Airlock…</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Airlock %1&lt;/h3&gt;&lt;p&gt;A workbench for governed analysis: agent-proposed Python code is reviewed, approved or rejected, and run in a bubblewrap sandbox, with every step kept in an audit trail.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KF6 SyntaxHighlighting&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;bubblewrap&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Python&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Airlock %1&lt;/h3&gt;&lt;p&gt;Un atelier d&apos;analyse encadrée : le code Python proposé par un agent est examiné, approuvé ou rejeté, puis exécuté dans un bac à sable bubblewrap ; chaque étape est conservée dans un journal d&apos;audit.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KF6 SyntaxHighlighting&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;bubblewrap&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Python&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Settings saved. A new audit trail, policy or language applies from the next start.</source>
        <translation>Configuration enregistrée. Un nouveau journal d&apos;audit, une nouvelle politique ou une nouvelle langue s&apos;appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <source>Agents: not listening</source>
        <translation>Agents&#xa0;: pas à l&apos;écoute</translation>
    </message>
    <message>
        <source>Agents: listening</source>
        <translation>Agents&#xa0;: à l&apos;écoute</translation>
    </message>
    <message>
        <source>Agents hand in requests at %1 (airlockctl submit, airlockctl mcp)</source>
        <translation>Les agents déposent leurs requêtes à %1 (airlockctl submit, airlockctl mcp)</translation>
    </message>
    <message>
        <source>New request from %1</source>
        <translation>Nouvelle requête envoyée par %1</translation>
    </message>
    <message>
        <source>Re&amp;lease Results to Agent…</source>
        <translation>Trans&amp;mettre les résultats à l&apos;agent…</translation>
    </message>
    <message>
        <source>Send a finished run&apos;s output and files to the agent that asked for it</source>
        <translation>Envoyer la sortie et les fichiers d&apos;une exécution terminée à l&apos;agent qui les a demandés</translation>
    </message>
    <message>
        <source>&amp;Withhold Results…</source>
        <translation>Rete&amp;nir les résultats…</translation>
    </message>
    <message>
        <source>Keep a finished run&apos;s results from the agent; it is told your reason</source>
        <translation>Ne pas transmettre à l&apos;agent les résultats d&apos;une exécution terminée&#xa0;; votre motif lui est communiqué</translation>
    </message>
    <message>
        <source>The Airlock workbench was closed before the request was settled.</source>
        <translation>L&apos;atelier Airlock a été fermé avant que le sort de la requête ne soit réglé.</translation>
    </message>
    <message>
        <source>Agents: turned off</source>
        <translation>Agents&#xa0;: désactivés</translation>
    </message>
    <message>
        <source>Settings ▸ Configure Airlock turns requests from agents back on</source>
        <translation>Configuration ▸ Configurer Airlock réactive les requêtes des agents</translation>
    </message>
    <message>
        <source>The requests still waiting for a decision could not be read back from the audit trail: %1</source>
        <translation>Les requêtes qui attendent encore une décision n&apos;ont pas pu être relues dans le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Back in the inbox from the last session: %n request(s) still waiting for a decision.</source>
        <translation>
            <numerusform>De retour dans la boîte de réception depuis la dernière session&#xa0;: %n requête qui attend encore une décision.</numerusform>
            <numerusform>De retour dans la boîte de réception depuis la dernière session&#xa0;: %n requêtes qui attendent encore une décision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agents are waiting for an answer to %n request(s); they are told that the workbench closed.</source>
        <translation>
            <numerusform>Des agents attendent une réponse à %n requête&#xa0;; ils sont informés que l&apos;atelier a été fermé.</numerusform>
            <numerusform>Des agents attendent une réponse à %n requêtes&#xa0;; ils sont informés que l&apos;atelier a été fermé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in progress will be stopped; each stop is recorded in the audit trail.</source>
        <translation>
            <numerusform>%n exécution en cours sera arrêtée&#xa0;; chaque arrêt est enregistré dans le journal d&apos;audit.</numerusform>
            <numerusform>%n exécutions en cours seront arrêtées&#xa0;; chaque arrêt est enregistré dans le journal d&apos;audit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the next start, the inbox shows the %n undecided request(s) again: the audit trail keeps every request until it is decided. A request from an agent can then still be decided, but its answer can no longer be delivered.</source>
        <translation>
            <numerusform>Au prochain démarrage, la boîte de réception affiche à nouveau %n requête non décidée&#xa0;: le journal d&apos;audit conserve chaque requête jusqu&apos;à ce qu&apos;elle soit décidée. Une requête d&apos;un agent peut alors encore être décidée, mais sa réponse ne peut plus être remise.</numerusform>
            <numerusform>Au prochain démarrage, la boîte de réception affiche à nouveau %n requêtes non décidées&#xa0;: le journal d&apos;audit conserve chaque requête jusqu&apos;à ce qu&apos;elle soit décidée. Une requête d&apos;un agent peut alors encore être décidée, mais sa réponse ne peut plus être remise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Airlock?</source>
        <translation>Quitter Airlock&#xa0;?</translation>
    </message>
    <message>
        <source>Work is still pending. Quit anyway?</source>
        <translation>Du travail est encore en attente. Quitter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Open &amp;Team Trail…</source>
        <translation>Ouvrir le journal de l&apos;équi&amp;pe…</translation>
    </message>
    <message>
        <source>Browse a team&apos;s trail on PostgreSQL: every workbench&apos;s records, read-only</source>
        <translation>Parcourir le journal d&apos;une équipe sur PostgreSQL&#xa0;: les enregistrements de chaque poste, en lecture seule</translation>
    </message>
    <message>
        <source>Team trail: up to date</source>
        <translation>Journal d&apos;équipe&#xa0;: à jour</translation>
    </message>
    <message numerus="yes">
        <source>Team trail: %n record(s) to ship</source>
        <translation>
            <numerusform>Journal d&apos;équipe&#xa0;: %n enregistrement à transmettre</numerusform>
            <numerusform>Journal d&apos;équipe&#xa0;: %n enregistrements à transmettre</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record is also shipped to the team trail %1.</source>
        <translation>Chaque enregistrement est aussi transmis au journal d&apos;équipe %1.</translation>
    </message>
    <message numerus="yes">
        <source>Team trail: %n record(s) waiting</source>
        <translation>
            <numerusform>Journal d&apos;équipe&#xa0;: %n enregistrement en attente</numerusform>
            <numerusform>Journal d&apos;équipe&#xa0;: %n enregistrements en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shipped to %1 yet: %2
The records are safe in the local trail and are shipped when the team trail can be reached again; Airlock keeps trying.</source>
        <translation>Pas encore transmis à %1&#xa0;: %2
Les enregistrements sont en sécurité dans le journal local et seront transmis dès que le journal d&apos;équipe sera de nouveau joignable&#xa0;; Airlock continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>Open Team Trail</source>
        <translation>Ouvrir le journal d&apos;équipe</translation>
    </message>
    <message>
        <source>The team trail, as a PostgreSQL connection (a reviewer&apos;s role reads every chain):</source>
        <translation>Le journal d&apos;équipe, comme connexion PostgreSQL (un rôle de réviseur lit toutes les chaînes)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection, such as postgresql://reviewer@db.example.org/airlock.</source>
        <translation>%1 n&apos;est pas une connexion PostgreSQL, telle que postgresql://reviewer@db.example.org/airlock.</translation>
    </message>
</context>
<context>
    <name>Airlock::McpServer</name>
    <message>
        <source>A message was longer than %1 bytes and was ignored.</source>
        <translation>Un message dépassait %1 octets et a été ignoré.</translation>
    </message>
    <message>
        <source>Parse error: %1.</source>
        <translation>Erreur d&apos;analyse syntaxique&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Invalid request: JSON-RPC 2.0 needs &quot;jsonrpc&quot;: &quot;2.0&quot; and a &quot;method&quot;.</source>
        <translation>Requête non valide&#xa0;: JSON-RPC 2.0 exige &quot;jsonrpc&quot;: &quot;2.0&quot; et un champ &quot;method&quot;.</translation>
    </message>
    <message>
        <source>Method not found: %1</source>
        <translation>Méthode introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;; run_python takes code, justification, files and limits.</source>
        <translation>Argument inconnu &quot;%1&quot;&#xa0;; run_python accepte code, justification, files et limits.</translation>
    </message>
    <message>
        <source>&quot;code&quot; must be a non-empty string.</source>
        <translation>&quot;code&quot; doit être une chaîne non vide.</translation>
    </message>
    <message>
        <source>&quot;justification&quot; must be a non-empty string: the analyst reads it.</source>
        <translation>&quot;justification&quot; doit être une chaîne non vide&#xa0;: l&apos;analyste la lit.</translation>
    </message>
    <message>
        <source>&quot;files&quot; must be an array of {name, path}.</source>
        <translation>&quot;files&quot; doit être un tableau de {name, path}.</translation>
    </message>
    <message>
        <source>Each entry of &quot;files&quot; must be an object with the strings &quot;name&quot; and &quot;path&quot;.</source>
        <translation>Chaque entrée de &quot;files&quot; doit être un objet contenant les chaînes &quot;name&quot; et &quot;path&quot;.</translation>
    </message>
    <message>
        <source>&quot;limits&quot; takes positive integers for timeout_s, max_output_bytes, memory_mb and max_artifact_mb.</source>
        <translation>&quot;limits&quot; attend des entiers positifs pour timeout_s, max_output_bytes, memory_mb et max_artifact_mb.</translation>
    </message>
    <message>
        <source>&quot;limits&quot; must be an object.</source>
        <translation>&quot;limits&quot; doit être un objet.</translation>
    </message>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Outil inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>A call with this id is still in progress.</source>
        <translation>Un appel avec cet id est toujours en cours.</translation>
    </message>
    <message>
        <source>Handed to the Airlock workbench; waiting for the analyst.</source>
        <translation>Remise à l&apos;atelier Airlock&#xa0;; en attente de l&apos;analyste.</translation>
    </message>
    <message>
        <source>The MCP client cancelled the call.</source>
        <translation>Le client MCP a annulé l&apos;appel.</translation>
    </message>
    <message>
        <source>The workbench closed the connection before the request was settled.</source>
        <translation>L&apos;atelier a fermé la connexion avant que le sort de la requête ne soit réglé.</translation>
    </message>
    <message>
        <source>The MCP client cancelled the call: %1</source>
        <translation>Le client MCP a annulé l&apos;appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>The analyst approved the code; it ran and the analyst released its results (exit code %1, %2 ms).</source>
        <translation>L&apos;analyste a approuvé le code&#xa0;; il a été exécuté et l&apos;analyste en a transmis les résultats (code de sortie %1, %2 ms).</translation>
    </message>
    <message>
        <source>The analyst rejected the request: %1</source>
        <translation>L&apos;analyste a rejeté la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; blocks this request, and the analyst did not override it.</source>
        <translation>La politique &quot;%1&quot; bloque cette requête, et l&apos;analyste n&apos;a pas passé outre.</translation>
    </message>
    <message>
        <source>The analyst&apos;s reason: %1</source>
        <translation>Motif de l&apos;analyste&#xa0;: %1</translation>
    </message>
    <message>
        <source>The code ran (%1), but the analyst withheld its results: %2</source>
        <translation>Le code a été exécuté (%1), mais l&apos;analyste en a retenu les résultats&#xa0;: %2</translation>
    </message>
    <message>
        <source>The request was not valid: %1</source>
        <translation>La requête n&apos;était pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request was withdrawn before it was settled.</source>
        <translation>La requête a été retirée avant que son sort ne soit réglé.</translation>
    </message>
    <message>
        <source>The run did not succeed (%1%2).</source>
        <translation>L&apos;exécution n&apos;a pas réussi (%1%2).</translation>
    </message>
    <message>
        <source>, exit code %1</source>
        <translation>, code de sortie %1</translation>
    </message>
    <message>
        <source>
[cut at the limit]</source>
        <translation>
[coupé à la limite]</translation>
    </message>
    <message>
        <source>the MCP client went away</source>
        <translation>le client MCP s&apos;est déconnecté</translation>
    </message>
    <message>
        <source>The code ran (%1), but its end could not be recorded in the audit trail, so nothing it made is released.</source>
        <translation>Le code s&apos;est exécuté (%1), mais sa fin n&apos;a pas pu être enregistrée dans le journal d&apos;audit&#xa0;; rien de ce qu&apos;il a produit n&apos;est donc transmis.</translation>
    </message>
</context>
<context>
    <name>Airlock::MountModel</name>
    <message>
        <source>/workspace/%1, from %2</source>
        <translation>/workspace/%1, depuis %2</translation>
    </message>
    <message>
        <source>not staged</source>
        <translation>non préparé</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was not copied for the run; see the verdicts.</source>
        <translation>Ce fichier n&apos;a pas été copié pour l&apos;exécution&#xa0;; voir les constats.</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffixe</translation>
    </message>
</context>
<context>
    <name>Airlock::OutcomeText</name>
    <message>
        <source>End not recorded</source>
        <translation>Fin non enregistrée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Avec dérogation</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Mal formée</translation>
    </message>
    <message>
        <source>Withdrawn by the agent</source>
        <translation>Retirée par l&apos;agent</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Stopped by the analyst</source>
        <translation>Arrêtée par l&apos;analyste</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai maximal dépassé</translation>
    </message>
    <message>
        <source>Killed at the memory limit</source>
        <translation>Tuée à la limite de mémoire</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Tuée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Fin du programme</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai maximal</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Limite de mémoire</translation>
    </message>
    <message>
        <source>A signal</source>
        <translation>Un signal</translation>
    </message>
    <message>
        <source>Sandbox error</source>
        <translation>Erreur du bac à sable</translation>
    </message>
    <message>
        <source>Refused before the start</source>
        <translation>Refusée avant le démarrage</translation>
    </message>
    <message>
        <source>Never started</source>
        <translation>Jamais démarrée</translation>
    </message>
</context>
<context>
    <name>Airlock::OutputFolder</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder (a link or a file is in its place); refusing to write there</source>
        <translation>%1 n&apos;est pas un dossier (un lien ou un fichier est à sa place)&#xa0;; refus d&apos;y écrire</translation>
    </message>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>impossible d&apos;ouvrir le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the folder %1 belongs to another account; refusing to write there</source>
        <translation>le dossier %1 appartient à un autre compte&#xa0;; refus d&apos;y écrire</translation>
    </message>
    <message>
        <source>others can write to the folder %1 and could redirect what is written there; choose a folder only you can write to</source>
        <translation>d&apos;autres peuvent écrire dans le dossier %1 et rediriger ce qui y est écrit&#xa0;; choisissez un dossier où vous seul pouvez écrire</translation>
    </message>
    <message>
        <source>%1 is not a file name</source>
        <translation>%1 n&apos;est pas un nom de fichier</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; refusing to write through it</source>
        <translation>%1 est un lien symbolique&#xa0;; refus d&apos;écrire à travers lui</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; refusing to replace it</source>
        <translation>%1 existe et n&apos;est pas un fichier ordinaire&#xa0;; refus de le remplacer</translation>
    </message>
    <message>
        <source>%1 already exists in a shared folder; refusing to replace it</source>
        <translation>%1 existe déjà dans un dossier partagé&#xa0;; refus de le remplacer</translation>
    </message>
    <message>
        <source>%1 appeared while it was being written; refusing to replace it</source>
        <translation>%1 est apparu pendant l&apos;écriture&#xa0;; refus de le remplacer</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder name</source>
        <translation>%1 n&apos;est pas un nom de dossier</translation>
    </message>
</context>
<context>
    <name>Airlock::OutputScanner</name>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>AWS access key</source>
        <translation>Clé d&apos;accès AWS</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>Jeton GitHub</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Jeton Slack</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Clé d&apos;API Google</translation>
    </message>
    <message>
        <source>Stripe key</source>
        <translation>Clé Stripe</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>Jeton web JSON (JWT)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>Password or secret</source>
        <translation>Mot de passe ou secret</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Payment card number</source>
        <translation>Numéro de carte de paiement</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>%1 beyond its first %2 MiB</source>
        <translation>%1 au-delà de ses %2 premiers Mio</translation>
    </message>
    <message>
        <source>the name of %1</source>
        <translation>le nom de %1</translation>
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
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is not a known setting (known here: %1)</source>
        <translation>n&apos;est pas un paramètre connu (paramètres connus ici&#xa0;: %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>doit être l&apos;une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>the policy must be a JSON object</source>
        <translation>la politique doit être un objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; expected &quot;%2&quot;</source>
        <translation>&quot;%1&quot; n&apos;est pas pris en charge&#xa0;; &quot;%2&quot; attendu</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must look like &quot;.csv&quot;</source>
        <translation>doit ressembler à &quot;.csv&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; that is not a policy</source>
        <translation>%1 dépasse 4 Mio&#xa0;; ce n&apos;est pas une politique</translation>
    </message>
    <message>
        <source>must be an array of folders</source>
        <translation>doit être un tableau de dossiers</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>ne doit pas contenir de caractère NUL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute folder; start it with / or ~/</source>
        <translation>&quot;%1&quot; n&apos;est pas un chemin de dossier absolu&#xa0;; il doit commencer par / ou ~/</translation>
    </message>
    <message>
        <source>is larger than max (%1)</source>
        <translation>dépasse le maximum (%1)</translation>
    </message>
</context>
<context>
    <name>Airlock::PreparedRun</name>
    <message>
        <source>no run folder: %1</source>
        <translation>aucun dossier d&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; requires a cap on the whole sandbox&apos;s memory, and this machine offers none to this account (no writable cgroup). Per-process limits would bound the run only at %2 MiB (%3 processes of %4 MiB each, plus its memory file systems).</source>
        <translation>La politique «&#xa0;%1&#xa0;» exige un plafond pour la mémoire de tout le bac à sable, et cette machine n&apos;en offre aucun à ce compte (pas de cgroup inscriptible). Les limites par processus ne borneraient l&apos;exécution qu&apos;à %2 Mio (%3 processus de %4 Mio chacun, plus ses systèmes de fichiers en mémoire).</translation>
    </message>
</context>
<context>
    <name>Airlock::PreviewRenderer</name>
    <message>
        <source>Its elements are nested more than %1 deep.</source>
        <translation>Ses éléments sont imbriqués sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>It refers to itself.</source>
        <translation>Il fait référence à lui-même.</translation>
    </message>
    <message>
        <source>Its references are nested more than %1 deep.</source>
        <translation>Ses références sont imbriquées sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>It applies filters more than %1 times.</source>
        <translation>Il applique des filtres plus de %1 fois.</translation>
    </message>
    <message>
        <source>It would draw more than %L1 elements.</source>
        <translation>Il dessinerait plus de %L1 éléments.</translation>
    </message>
    <message numerus="yes">
        <source>Drawing it took longer than %n second(s).</source>
        <translation>
            <numerusform>Le dessin a pris plus de %n seconde.</numerusform>
            <numerusform>Le dessin a pris plus de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview helper airlock-preview is not installed.</source>
        <translation>Le programme d&apos;aperçu airlock-preview n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The preview helper could not be started: %1</source>
        <translation>Le programme d&apos;aperçu n&apos;a pas pu être lancé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The preview helper sent more than was asked for.</source>
        <translation>Le programme d&apos;aperçu a envoyé plus que demandé.</translation>
    </message>
    <message>
        <source>Drawing it needed more memory or time than allowed, or failed.</source>
        <translation>Le dessin a demandé plus de mémoire ou de temps que permis, ou a échoué.</translation>
    </message>
    <message>
        <source>This is not a PNG or JPEG image, or it is damaged.</source>
        <translation>Ce n&apos;est pas une image PNG ou JPEG, ou elle est endommagée.</translation>
    </message>
    <message>
        <source>The image is too large to show (%1 × %2 pixels).</source>
        <translation>L&apos;image est trop grande pour être affichée (%1 × %2 pixels).</translation>
    </message>
    <message>
        <source>It is not a valid SVG image.</source>
        <translation>Ce n&apos;est pas une image SVG valide.</translation>
    </message>
    <message>
        <source>Drawing it failed (exit code %1).</source>
        <translation>Le dessin a échoué (code de sortie %1).</translation>
    </message>
    <message>
        <source>The preview helper&apos;s answer is not an image of the size asked for.</source>
        <translation>La réponse du programme d&apos;aperçu n&apos;est pas une image de la taille demandée.</translation>
    </message>
    <message>
        <source>There is not enough memory to show it.</source>
        <translation>Il n&apos;y a pas assez de mémoire pour l&apos;afficher.</translation>
    </message>
</context>
<context>
    <name>Airlock::PrivateFiles</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>%1 is open to other accounts (mode %2); make it private with: chmod 700 %1</source>
        <translation>%1 est ouvert aux autres comptes (mode %2)&#xa0;; rendez-le privé avec&#xa0;: chmod 700 %1</translation>
    </message>
    <message>
        <source>%1 is readable or writable by other accounts (mode %2); make it private with: chmod 600 %1</source>
        <translation>%1 est lisible ou modifiable par d&apos;autres comptes (mode %2)&#xa0;; rendez-le privé avec&#xa0;: chmod 600 %1</translation>
    </message>
</context>
<context>
    <name>Airlock::QuantityText</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
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
        <translation>signal %1</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Durée d&apos;exécution</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Printed output, per stream</source>
        <translation>Sortie affichée, par flux</translation>
    </message>
    <message>
        <source>Output files, in all</source>
        <translation>Fichiers de sortie, au total</translation>
    </message>
    <message>
        <source>Output files, how many</source>
        <translation>Fichiers de sortie, nombre</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Open files, per process</source>
        <translation>Fichiers ouverts, par processus</translation>
    </message>
    <message>
        <source>Temporary space</source>
        <translation>Espace temporaire</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n processus</numerusform>
            <numerusform>%n processus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open file(s)</source>
        <translation>
            <numerusform>%n fichier ouvert</numerusform>
            <numerusform>%n fichiers ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
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
        <translation>Transmettre les résultats à l&apos;agent</translation>
    </message>
    <message>
        <source>Withhold Results</source>
        <translation>Retenir les résultats</translation>
    </message>
    <message>
        <source>These results go to %1 as soon as you confirm. What leaves, and to whom, is recorded.</source>
        <translation>Ces résultats sont transmis à %1 dès que vous confirmez. Ce qui sort, et vers qui, est enregistré.</translation>
    </message>
    <message>
        <source>Nothing the run made goes to %1; it is told only your reason. This is recorded.</source>
        <translation>Rien de ce que l&apos;exécution a produit n&apos;est transmis à %1&#xa0;; seul votre motif lui est communiqué. Ceci est enregistré.</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Requête&#xa0;:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Sortie&#xa0;:</translation>
    </message>
    <message>
        <source>%1 on stdout, %2 on stderr</source>
        <translation>%1 sur stdout, %2 sur stderr</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>The scan found %n possible secret(s) or personal data in these results:</source>
        <translation>
            <numerusform>L&apos;analyse a relevé dans ces résultats %n élément pouvant être un secret ou une donnée personnelle&#xa0;:</numerusform>
            <numerusform>L&apos;analyse a relevé dans ces résultats %n éléments pouvant être des secrets ou des données personnelles&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Excerpt (masked)</source>
        <translation>Extrait (masqué)</translation>
    </message>
    <message>
        <source>Why the results are withheld (the agent is told)</source>
        <translation>Pourquoi les résultats sont retenus (communiqué à l&apos;agent)</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Withhold</source>
        <translation>Rete&amp;nir</translation>
    </message>
    <message>
        <source>These results are not waiting for release.</source>
        <translation>Ces résultats ne sont pas en attente de transmission.</translation>
    </message>
    <message>
        <source>Give your name: every release names who made it.</source>
        <translation>Indiquez votre nom&#xa0;: chaque décision de transmission nomme son auteur.</translation>
    </message>
    <message>
        <source>Say why the results are withheld: the agent is told.</source>
        <translation>Indiquez pourquoi les résultats sont retenus&#xa0;: l&apos;agent en est informé.</translation>
    </message>
    <message>
        <source>Look at the findings first, and confirm that you have.</source>
        <translation>Examinez d&apos;abord les éléments détectés, puis confirmez-le.</translation>
    </message>
    <message>
        <source>Not scanned (images, other binary files, output beyond the scan&apos;s limit): %1. Look at them yourself.</source>
        <translation>Non analysés (images, autres fichiers binaires, sortie au-delà de la limite de l&apos;analyse)&#xa0;: %1. Examinez-les vous-même.</translation>
    </message>
    <message>
        <source>I have looked at these findings and release the results &amp;anyway</source>
        <translation>J&apos;ai examiné ces éléments détectés et je transmets &amp;quand même les résultats</translation>
    </message>
    <message>
        <source>Re&amp;lease to Agent</source>
        <translation>&amp;Transmettre à l&apos;agent</translation>
    </message>
</context>
<context>
    <name>Airlock::Request</name>
    <message>
        <source>must be %1, not %2</source>
        <translation>doit être %1, et non %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>the request file is larger than %n MiB</source>
        <translation>
            <numerusform>le fichier de requête dépasse %n Mio</numerusform>
            <numerusform>le fichier de requête dépasse %n Mio</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>the request must be a JSON object</source>
        <translation>la requête doit être un objet JSON</translation>
    </message>
    <message>
        <source>is missing; expected &quot;%1&quot;</source>
        <translation>est manquant&#xa0;; &quot;%1&quot; attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; expected &quot;%2&quot;</source>
        <translation>&quot;%1&quot; n&apos;est pas pris en charge&#xa0;; &quot;%2&quot; attendu</translation>
    </message>
    <message>
        <source>must be at most 200 characters, without NUL</source>
        <translation>doit comporter au plus 200 caractères, sans NUL</translation>
    </message>
    <message>
        <source>is missing: a request must carry the code to run</source>
        <translation>est manquant&#xa0;: une requête doit contenir le code à exécuter</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>ne doit pas contenir de caractère NUL</translation>
    </message>
</context>
<context>
    <name>Airlock::RequestCheck</name>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the name contains a NUL character</source>
        <translation>le nom contient un caractère NUL</translation>
    </message>
    <message>
        <source>the name contains a slash; files appear directly in /workspace</source>
        <translation>le nom contient une barre oblique&#xa0;; les fichiers apparaissent directement dans /workspace</translation>
    </message>
    <message>
        <source>the name contains &quot;..&quot;</source>
        <translation>le nom contient &quot;..&quot;</translation>
    </message>
    <message>
        <source>the name starts with a dot (hidden files are not mounted)</source>
        <translation>le nom commence par un point (les fichiers cachés ne sont pas montés)</translation>
    </message>
    <message>
        <source>&quot;output&quot; is reserved for the run&apos;s results</source>
        <translation>&quot;output&quot; est réservé aux résultats de l&apos;exécution</translation>
    </message>
    <message>
        <source>the name is longer than 255 bytes</source>
        <translation>le nom dépasse 255 octets</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>le nom contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>The request asks for network access (&quot;%1&quot;); runs never have a network.</source>
        <translation>La requête demande un accès réseau (&quot;%1&quot;)&#xa0;; les exécutions n&apos;ont jamais de réseau.</translation>
    </message>
    <message>
        <source>The request declares %1 files; the policy allows at most %2.</source>
        <translation>La requête déclare %1 fichiers&#xa0;; la politique en autorise au plus %2.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; cannot be used: %2.</source>
        <translation>Le nom de fichier &quot;%1&quot; ne peut pas être utilisé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is declared twice.</source>
        <translation>Le nom de fichier &quot;%1&quot; est déclaré deux fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed kind of file; allowed: %2.</source>
        <translation>&quot;%1&quot; n&apos;est pas un type de fichier autorisé&#xa0;; types autorisés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The path of &quot;%1&quot; is empty or contains a NUL character.</source>
        <translation>Le chemin de &quot;%1&quot; est vide ou contient un caractère NUL.</translation>
    </message>
    <message>
        <source>The request carries no code.</source>
        <translation>La requête ne contient aucun code.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message numerus="yes">
        <source>The agent %1 sent the reference &quot;%2&quot; before, in %n other request(s): %3.</source>
        <translation>
            <numerusform>L&apos;agent %1 a déjà envoyé la référence «&#xa0;%2&#xa0;», dans %n autre requête&#xa0;: %3.</numerusform>
            <numerusform>L&apos;agent %1 a déjà envoyé la référence «&#xa0;%2&#xa0;», dans %n autres requêtes&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>without a name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Only the latest %1 are named.</source>
        <translation>Seules les %1 plus récentes sont nommées.</translation>
    </message>
    <message>
        <source>This is a request of its own, with its own id; check that it is not a replay of an earlier one.</source>
        <translation>C&apos;est une requête distincte, avec son propre identifiant&#xa0;; vérifiez qu&apos;elle ne rejoue pas une requête antérieure.</translation>
    </message>
    <message>
        <source>This request, with this same code, was already decided: %1 by %2 at %3 (audit record #%4).</source>
        <translation>Cette requête, avec ce même code, a déjà fait l&apos;objet d&apos;une décision&#xa0;: %1 par %2 le %3 (enregistrement d&apos;audit #%4).</translation>
    </message>
    <message>
        <source>A request with this reference but other code was already decided: %1 by %2 at %3 (audit record #%4).</source>
        <translation>Une requête avec cette référence mais un autre code a déjà fait l&apos;objet d&apos;une décision&#xa0;: %1 par %2 le %3 (enregistrement d&apos;audit #%4).</translation>
    </message>
</context>
<context>
    <name>Airlock::RequestLoader</name>
    <message>
        <source>Reject it, or re-open the request file.</source>
        <translation>Rejetez-la, ou rouvrez le fichier de la requête.</translation>
    </message>
    <message>
        <source>It can only be rejected.</source>
        <translation>Elle ne peut qu&apos;être rejetée.</translation>
    </message>
    <message>
        <source>The code read back from the audit trail does not match the SHA-256 recorded for it.</source>
        <translation>Le code relu dans le journal d&apos;audit ne correspond pas au SHA-256 enregistré pour lui.</translation>
    </message>
    <message>
        <source>Its verdicts were never recorded.</source>
        <translation>Ses verdicts n&apos;ont jamais été enregistrés.</translation>
    </message>
    <message>
        <source>It was checked under the policy &quot;%1&quot; (SHA-256 %2…); the workbench now holds requests to &quot;%3&quot; (SHA-256 %4…).</source>
        <translation>Elle a été vérifiée selon la politique &quot;%1&quot; (SHA-256 %2…)&#xa0;; l&apos;atelier soumet désormais les requêtes à &quot;%3&quot; (SHA-256 %4…).</translation>
    </message>
    <message>
        <source>Inputs no longer available: %1.</source>
        <translation>Fichiers d&apos;entrée plus disponibles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The request is %1; at most %2 are accepted.</source>
        <translation>La requête fait %1&#xa0;; au plus %2 sont acceptés.</translation>
    </message>
</context>
<context>
    <name>Airlock::RequestSession</name>
    <message>
        <source>It could not be recorded in the audit trail: %1</source>
        <translation>Elle n&apos;a pas pu être enregistrée dans le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request could not be prepared: %1</source>
        <translation>La requête n&apos;a pas pu être préparée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request could not be recorded in the audit trail, so it cannot be decided: %1</source>
        <translation>La requête n&apos;a pas pu être enregistrée dans le journal d&apos;audit, aucune décision ne peut donc être prise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only a request waiting for a decision can be approved.</source>
        <translation>Seule une requête en attente de décision peut être approuvée.</translation>
    </message>
    <message>
        <source>Give your name: every decision names who made it.</source>
        <translation>Indiquez votre nom&#xa0;: chaque décision nomme son auteur.</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; blocks this request and allows no override.</source>
        <translation>La politique &quot;%1&quot; bloque cette requête et n&apos;autorise aucune dérogation.</translation>
    </message>
    <message numerus="yes">
        <source>Overriding a blocking verdict needs a justification of at least %n character(s).</source>
        <translation>
            <numerusform>Passer outre à un constat bloquant nécessite une justification d&apos;au moins %n caractère.</numerusform>
            <numerusform>Passer outre à un constat bloquant nécessite une justification d&apos;au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a request waiting for a decision can be rejected.</source>
        <translation>Seule une requête en attente de décision peut être rejetée.</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; requires a reason for a rejection.</source>
        <translation>La politique &quot;%1&quot; exige un motif pour tout rejet.</translation>
    </message>
    <message>
        <source>The decision could not be recorded in the audit trail, so it was not made and nothing ran: %1</source>
        <translation>La décision n&apos;a pas pu être enregistrée dans le journal d&apos;audit&#xa0;; elle n&apos;a donc pas été prise et rien n&apos;a été exécuté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped by the analyst before the run started; nothing ran.</source>
        <translation>Arrêtée par l&apos;analyste avant le début de l&apos;exécution&#xa0;; rien n&apos;a été exécuté.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>The withdrawal could not be recorded in the audit trail: %1</source>
        <translation>Le retrait n&apos;a pas pu être enregistré dans le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Withdrawn by %1.</source>
        <translation>Retirée par %1.</translation>
    </message>
    <message>
        <source>Released without asking: a successful run with nothing found in its outputs, as the policy &quot;%1&quot; allows.</source>
        <translation>Transmis sans demande&#xa0;: une exécution réussie sans rien de relevé dans ses sorties, comme le permet la politique &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only results waiting for release can be released.</source>
        <translation>Seuls des résultats en attente de transmission peuvent être transmis.</translation>
    </message>
    <message>
        <source>Give your name: every release names who made it.</source>
        <translation>Indiquez votre nom&#xa0;: chaque décision de transmission nomme son auteur.</translation>
    </message>
    <message>
        <source>Only results waiting for release can be withheld.</source>
        <translation>Seuls des résultats en attente de transmission peuvent être retenus.</translation>
    </message>
    <message>
        <source>Say why the results are withheld: the agent is told.</source>
        <translation>Indiquez pourquoi les résultats sont retenus&#xa0;: l&apos;agent en est informé.</translation>
    </message>
    <message>
        <source>The release could not be recorded in the audit trail, so nothing was sent: %1</source>
        <translation>La transmission n&apos;a pas pu être enregistrée dans le journal d&apos;audit, donc rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The agent has withdrawn this request.</source>
        <translation>L&apos;agent a retiré cette requête.</translation>
    </message>
    <message>
        <source>The agent that sent this is no longer connected: the result cannot be delivered.</source>
        <translation>L&apos;agent qui a envoyé ceci n&apos;est plus connecté&#xa0;: le résultat ne peut pas être remis.</translation>
    </message>
    <message>
        <source>This request waited for a decision, but it could not be read back from the audit trail: %1</source>
        <translation>Cette requête attendait une décision, mais elle n&apos;a pas pu être relue dans le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is a check only: nothing is recorded, so nothing can be decided.</source>
        <translation>Ceci n&apos;est qu&apos;une vérification&#xa0;: rien n&apos;est enregistré, donc rien ne peut être décidé.</translation>
    </message>
    <message>
        <source>Only a request waiting for a decision can be refused.</source>
        <translation>Seule une requête en attente de décision peut être refusée.</translation>
    </message>
    <message>
        <source>The refusal could not be recorded in the audit trail: %1</source>
        <translation>Le refus n&apos;a pas pu être enregistré dans le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>its end was not recorded</source>
        <translation>sa fin n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>✓ As expected: %1 — stopped by %2.</source>
        <translation>✓ Comme prévu&#xa0;: %1 — arrêté par %2.</translation>
    </message>
    <message>
        <source>✓ As expected: %1.</source>
        <translation>✓ Comme prévu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>✗ Not as expected: it should have ended %1, stopped by %2; it ended %3.</source>
        <translation>✗ Pas comme prévu&#xa0;: attendu «&#xa0;%1&#xa0;», arrêté par %2&#xa0;; obtenu «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>✗ Not as expected: it should have ended %1; it ended %2.</source>
        <translation>✗ Pas comme prévu&#xa0;: attendu «&#xa0;%1&#xa0;»&#xa0;; obtenu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>What differs: %1.</source>
        <translation>Différences&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 ✗ unexpected</source>
        <translation>%1 ✗ inattendu</translation>
    </message>
</context>
<context>
    <name>Airlock::ReviewPane</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>A&amp;pprouver…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <source>Proposed code</source>
        <translation>Code proposé</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Declared files</source>
        <translation>Fichiers déclarés</translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation>C&amp;opier le SHA-256</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Limites</translation>
    </message>
    <message>
        <source>Approve and run this request (Ctrl+Shift+A); asks for confirmation</source>
        <translation>Approuver et exécuter cette requête (Ctrl+Shift+A)&#xa0;; demande une confirmation</translation>
    </message>
    <message>
        <source>Reject this request (Ctrl+Shift+R); asks for confirmation</source>
        <translation>Rejeter cette requête (Ctrl+Shift+R)&#xa0;; demande une confirmation</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Aucune requête sélectionnée</translation>
    </message>
    <message>
        <source>Open a request file (Ctrl+O), drop one on the window, or place one in the inbox folder.</source>
        <translation>Ouvrez un fichier de requête (Ctrl+O), déposez-en un sur la fenêtre ou placez-en un dans le dossier de réception.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>… [%n more character(s)]</source>
        <translation>
            <numerusform>… [%n caractère de plus]</numerusform>
            <numerusform>… [%n caractères de plus]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source># [%n more character(s) not shown: the code is over the policy&apos;s size limit]</source>
        <translation>
            <numerusform># [%n caractère de plus non affiché&#xa0;: le code dépasse la limite de taille de la politique]</numerusform>
            <numerusform># [%n caractères de plus non affichés&#xa0;: le code dépasse la limite de taille de la politique]</numerusform>
        </translation>
    </message>
    <message>
        <source>No declared files.</source>
        <translation>Aucun fichier déclaré.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Reading and staging the request…</source>
        <translation>Lecture et préparation de la requête…</translation>
    </message>
    <message>
        <source>Not a valid request: %1</source>
        <translation>Requête non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation>Enregistrement de la décision…</translation>
    </message>
    <message>
        <source>Runnable: no finding blocks this request under the policy &quot;%1&quot;.</source>
        <translation>Exécutable&#xa0;: aucune observation ne bloque cette requête selon la politique &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Needs an override: the policy &quot;%1&quot; blocks this request, but allows a reviewer to override it with a justification.</source>
        <translation>Dérogation nécessaire&#xa0;: la politique &quot;%1&quot; bloque cette requête, mais permet à un réviseur de passer outre avec une justification.</translation>
    </message>
    <message>
        <source>Blocked: the policy &quot;%1&quot; blocks this request and allows no override.</source>
        <translation>Bloquée&#xa0;: la politique &quot;%1&quot; bloque cette requête et n&apos;autorise aucune dérogation.</translation>
    </message>
    <message>
        <source>Training scenario &quot;%1&quot;: %2</source>
        <translation>Scénario de formation &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>Passer &amp;outre…</translation>
    </message>
    <message>
        <source>Runs are disabled: %1</source>
        <translation>Les exécutions sont désactivées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The staged copy cannot be read: %1</source>
        <translation>La copie préparée ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Binary file: no preview.</source>
        <translation>Fichier binaire&#xa0;: pas d&apos;aperçu.</translation>
    </message>
    <message>
        <source>[… only the first %1 are shown]</source>
        <translation>[… seul le début est affiché&#xa0;: %1]</translation>
    </message>
    <message>
        <source>This file was not staged, so there is nothing to preview.</source>
        <translation>Ce fichier n&apos;a pas été préparé&#xa0;; il n&apos;y a donc rien à prévisualiser.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Only the first rows are shown.</source>
        <translation>Seules les premières lignes sont affichées.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The limits are known once the request is staged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les limites sont connues une fois la requête préparée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>Policy cap</source>
        <translation>Plafond de la politique</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Output per stream</source>
        <translation>Sortie par flux</translation>
    </message>
    <message>
        <source>Output files</source>
        <translation>Fichiers produits</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Handed in by %1; its results go back only when you release them.</source>
        <translation>Déposée par %1&#xa0;; ses résultats ne sont renvoyés que lorsque vous les transmettez.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (decided by %2 at %3).</source>
        <translation>%1 (décidé par %2 à %3).</translation>
    </message>
    <message>
        <source>%1 — %2 (the agent&apos;s reference: %3)</source>
        <translation>%1 — %2 (référence de l&apos;agent&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Handed in by %1.</source>
        <translation>Déposée par %1.</translation>
    </message>
    <message>
        <source>Still waiting for a decision from before the workbench was last closed (it arrived %1).</source>
        <translation>Attend encore une décision depuis avant la dernière fermeture de l&apos;atelier (arrivée le %1).</translation>
    </message>
    <message>
        <source>This request can only be rejected.</source>
        <translation>Cette requête ne peut qu&apos;être rejetée.</translation>
    </message>
    <message>
        <source>Its sandbox is ready; the run starts as you approve.</source>
        <translation>Son bac à sable est prêt&#xa0;; l&apos;exécution commence dès votre approbation.</translation>
    </message>
    <message>
        <source>Its sandbox is being prepared.</source>
        <translation>Son bac à sable est en préparation.</translation>
    </message>
    <message>
        <source>Ver&amp;dicts</source>
        <translation>Cons&amp;tats</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>Fic&amp;hiers</translation>
    </message>
    <message>
        <source>No findings: the static check and the policy found nothing to report.</source>
        <translation>Aucun constat&#xa0;: la vérification statique et la politique n&apos;ont rien à signaler.</translation>
    </message>
    <message>
        <source>The static check is running…</source>
        <translation>La vérification statique est en cours…</translation>
    </message>
    <message>
        <source>%1 (byte %2: past the first %3 shown)</source>
        <translation>%1 (octet %2&#xa0;: au-delà des %3 affichés)</translation>
    </message>
</context>
<context>
    <name>Airlock::RunDirectory</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder of ours that only we can write; refusing to use it</source>
        <translation>%1 n&apos;est pas un dossier nous appartenant et modifiable par nous seuls&#xa0;; refus de l&apos;utiliser</translation>
    </message>
    <message>
        <source>cannot create a run folder in %1: %2</source>
        <translation>impossible de créer un dossier d&apos;exécution dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot hand %1 to the sandbox user: %2</source>
        <translation>impossible de confier %1 à l&apos;utilisateur du bac à sable&#xa0;: %2</translation>
    </message>
    <message>
        <source>no private copies were kept for it</source>
        <translation>aucune copie privée n&apos;a été conservée pour elle</translation>
    </message>
    <message>
        <source>another Airlock process is using its private copies</source>
        <translation>un autre processus Airlock utilise ses copies privées</translation>
    </message>
    <message>
        <source>%1 is not a folder Airlock made; it is not used</source>
        <translation>%1 n&apos;est pas un dossier créé par Airlock&#xa0;; il n&apos;est pas utilisé</translation>
    </message>
</context>
<context>
    <name>Airlock::RunLimits</name>
    <message>
        <source>The request asks for %1 of %2; the policy allows at most %3.</source>
        <translation>La requête demande %1 (%2)&#xa0;; la politique autorise au plus %3.</translation>
    </message>
</context>
<context>
    <name>Airlock::RunPane</name>
    <message>
        <source>Time used of the run&apos;s timeout</source>
        <translation>Temps écoulé sur le délai maximal de l&apos;exécution</translation>
    </message>
    <message>
        <source>Kill the whole sandbox now (Ctrl+.); the stop is recorded</source>
        <translation>Tuer immédiatement tout le bac à sable (Ctrl+.)&#xa0;; l&apos;arrêt est enregistré</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>Sortie standard</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Erreur standard</translation>
    </message>
    <message>
        <source>Events the code reported about itself</source>
        <translation>Événements signalés par le code sur lui-même</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Sortie</translation>
    </message>
    <message>
        <source>Rejected: nothing ran.</source>
        <translation>Rejetée&#xa0;: rien n&apos;a été exécuté.</translation>
    </message>
    <message>
        <source>Nothing has run yet.</source>
        <translation>Rien n&apos;a encore été exécuté.</translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation>Enregistrement de la décision…</translation>
    </message>
    <message>
        <source>Running in the sandbox…</source>
        <translation>Exécution dans le bac à sable…</translation>
    </message>
    <message>
        <source>%1 s of %2 s</source>
        <translation>%1 s sur %2 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>Temps CPU</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Pic de mémoire</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>%1 on stdout, %2 on stderr</source>
        <translation>%1 sur stdout, %2 sur stderr</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Tronquée</translation>
    </message>
    <message>
        <source>Output beyond %1 per stream was counted but not kept.</source>
        <translation>La sortie au-delà de %1 par flux a été comptée mais pas conservée.</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>File not collected</source>
        <translation>Fichier non collecté</translation>
    </message>
    <message>
        <source>Files not collected</source>
        <translation>Fichiers non collectés</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) over the limit</source>
        <translation>
            <numerusform>%n fichier de plus au-delà de la limite</numerusform>
            <numerusform>%n fichiers de plus au-delà de la limite</numerusform>
        </translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Application des limites</translation>
    </message>
    <message>
        <source>Audit record</source>
        <translation>Enregistrement d&apos;audit</translation>
    </message>
    <message>
        <source>#%1, hash %2</source>
        <translation>#%1, empreinte %2</translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation>Auto-déclaré</translation>
    </message>
    <message>
        <source>Events are reported by an audit hook inside the sandbox: they show what the code did, but code that attacks the hook can hide from it. The sandbox&apos;s limits do not depend on them.</source>
        <translation>Les événements sont signalés par un crochet d&apos;audit dans le bac à sable&#xa0;: ils montrent ce que le code a fait, mais un code qui attaque le crochet peut lui échapper. Les limites du bac à sable n&apos;en dépendent pas.</translation>
    </message>
    <message>
        <source>Re&amp;lease to Agent…</source>
        <translation>Transmettre à l&apos;a&amp;gent…</translation>
    </message>
    <message>
        <source>&amp;Withhold…</source>
        <translation>Reten&amp;ir…</translation>
    </message>
    <message>
        <source>Send the output and files to the agent that asked (Ctrl+Shift+L)</source>
        <translation>Envoyer la sortie et les fichiers à l&apos;agent demandeur (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>Keep the results from the agent; it is told your reason</source>
        <translation>Ne pas transmettre les résultats à l&apos;agent&#xa0;; votre motif lui est communiqué</translation>
    </message>
    <message>
        <source>Scanning the results for secrets and personal data before they can go to %1…</source>
        <translation>Recherche de secrets et de données personnelles dans les résultats avant leur transmission à %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 is waiting for these results. The scan found %n possible secret(s) or personal data: look before you release.</source>
        <translation>
            <numerusform>Ces résultats sont attendus par %1. L&apos;analyse a relevé %n élément pouvant être un secret ou une donnée personnelle&#xa0;: examinez-le avant de transmettre.</numerusform>
            <numerusform>Ces résultats sont attendus par %1. L&apos;analyse a relevé %n éléments pouvant être des secrets ou des données personnelles&#xa0;: examinez-les avant de transmettre.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is waiting for these results; the scan found nothing. Release them, or withhold them.</source>
        <translation>Ces résultats sont attendus par %1&#xa0;; l&apos;analyse n&apos;a rien relevé. Transmettez-les ou retenez-les.</translation>
    </message>
    <message>
        <source>Recording the release…</source>
        <translation>Enregistrement de la transmission…</translation>
    </message>
    <message>
        <source>Released to %1 by %2.</source>
        <translation>Transmis à %1 par %2.</translation>
    </message>
    <message>
        <source>Withheld from %1 by %2: %3</source>
        <translation>Retenus par %2, non transmis à %1&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is waiting for these results. The scan found nothing in what it can read; look at the rest yourself before you release: %2</source>
        <translation>Ces résultats sont attendus par %1. L&apos;analyse n&apos;a rien relevé dans ce qu&apos;elle peut lire&#xa0;; examinez vous-même le reste avant de transmettre&#xa0;: %2</translation>
    </message>
    <message>
        <source>How the run ended</source>
        <translation>Comment l&apos;exécution s&apos;est terminée</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>aucun&#xa0;: %1</translation>
    </message>
    <message>
        <source>counted by the run&apos;s cgroup</source>
        <translation>compté par le cgroup de l&apos;exécution</translation>
    </message>
    <message>
        <source>the run&apos;s cgroup, sampled</source>
        <translation>cgroup de l&apos;exécution, par échantillonnage</translation>
    </message>
    <message>
        <source>the sandbox&apos;s processes, as the host saw them</source>
        <translation>les processus du bac à sable, tels que l&apos;hôte les a vus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) not reported (over the cap)</source>
        <translation>
            <numerusform>%n autre événement non signalé (au-delà du plafond)</numerusform>
            <numerusform>%n autres événements non signalés (au-delà du plafond)</numerusform>
        </translation>
    </message>
    <message>
        <source>more events than the cap; the rest was not read</source>
        <translation>plus d&apos;événements que le plafond&#xa0;; le reste n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Rés&amp;ultat</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Chr&amp;onologie</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>Fic&amp;hiers</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) opened</source>
        <translation>
            <numerusform>%n fichier ouvert</numerusform>
            <numerusform>%n fichiers ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network attempt(s), all blocked</source>
        <translation>
            <numerusform>%n tentative réseau, bloquée</numerusform>
            <numerusform>%n tentatives réseau, toutes bloquées</numerusform>
        </translation>
    </message>
    <message>
        <source>no network attempt</source>
        <translation>aucune tentative réseau</translation>
    </message>
    <message numerus="yes">
        <source>%n subprocess(es)</source>
        <translation>
            <numerusform>%n sous-processus</numerusform>
            <numerusform>%n sous-processus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::SandboxCommand</name>
    <message>
        <source>bwrap or python3 is missing; run airlockctl doctor</source>
        <translation>bwrap ou python3 est manquant&#xa0;; exécutez airlockctl doctor</translation>
    </message>
    <message>
        <source>the system call filter could not be built: %1</source>
        <translation>le filtre d&apos;appels système n&apos;a pas pu être construit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::SandboxInspector</name>
    <message>
        <source>Sandbox Inspector</source>
        <translation>Inspecteur de bac à sable</translation>
    </message>
    <message>
        <source>The sandbox is known once the request is read and staged.</source>
        <translation>Le bac à sable est connu une fois la requête lue et préparée.</translation>
    </message>
    <message>
        <source>The sandbox could not be described: %1</source>
        <translation>Le bac à sable n&apos;a pas pu être décrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;In Plain Language</source>
        <translation>En langage &amp;clair</translation>
    </message>
    <message>
        <source>&amp;Raw bwrap Arguments</source>
        <translation>Arguments &amp;bruts de bwrap</translation>
    </message>
    <message>
        <source>&amp;Copy Arguments</source>
        <translation>Co&amp;pier les arguments</translation>
    </message>
    <message>
        <source> (%1, SHA-256 %2…)</source>
        <translation> (%1, SHA-256 %2…)</translation>
    </message>
    <message>
        <source>%1 (from the host&apos;s %2)%3</source>
        <translation>%1 (depuis %2 de l&apos;hôte)%3</translation>
    </message>
    <message>
        <source>%1 (the host&apos;s %2, writable)</source>
        <translation>%1 (%2 de l&apos;hôte, accessible en écriture)</translation>
    </message>
    <message>
        <source>%1 (a sealed copy made for this run)</source>
        <translation>%1 (une copie scellée faite pour cette exécution)</translation>
    </message>
    <message>
        <source>%1 (empty, in memory)</source>
        <translation>%1 (vide, en mémoire)</translation>
    </message>
    <message>
        <source>%1 (empty, in memory, at most %2)</source>
        <translation>%1 (vide, en mémoire, au plus %2)</translation>
    </message>
    <message>
        <source>%1: a minimal /dev (null, zero, random, urandom, tty)</source>
        <translation>%1&#xa0;: un /dev minimal (null, zero, random, urandom, tty)</translation>
    </message>
    <message>
        <source>%1: the sandbox&apos;s own processes only</source>
        <translation>%1&#xa0;: uniquement les processus propres au bac à sable</translation>
    </message>
    <message>
        <source>the environment is cleared: nothing of the host&apos;s is passed</source>
        <translation>l&apos;environnement est vidé&#xa0;: rien de celui de l&apos;hôte n&apos;est transmis</translation>
    </message>
    <message>
        <source>it dies with Airlock</source>
        <translation>il meurt avec Airlock</translation>
    </message>
    <message>
        <source>a new session: it cannot type into Airlock&apos;s terminal</source>
        <translation>une nouvelle session&#xa0;: il ne peut pas écrire dans le terminal d&apos;Airlock</translation>
    </message>
    <message>
        <source>capabilities dropped: %1</source>
        <translation>capacités retirées&#xa0;: %1</translation>
    </message>
    <message>
        <source>a seccomp filter (see below)</source>
        <translation>un filtre seccomp (voir ci-dessous)</translation>
    </message>
    <message>
        <source>What the code can see</source>
        <translation>Ce que le code peut voir</translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation>Lecture seule&#xa0;:</translation>
    </message>
    <message>
        <source>Writable:</source>
        <translation>Accessible en écriture&#xa0;:</translation>
    </message>
    <message>
        <source>Devices and processes:</source>
        <translation>Périphériques et processus&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing else of the host exists inside: no home folders, no /etc beyond what is listed, no sockets, no other processes.</source>
        <translation>Rien d&apos;autre de l&apos;hôte n&apos;existe à l&apos;intérieur&#xa0;: aucun dossier personnel, aucun /etc au-delà de ce qui est listé, aucun socket, aucun autre processus.</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>Own namespaces: %1</source>
        <translation>Espaces de noms propres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Network: a namespace of its own with only a loopback; no route out</source>
        <translation>Réseau&#xa0;: un espace de noms propre avec seulement une interface de bouclage&#xa0;; aucune route vers l&apos;extérieur</translation>
    </message>
    <message>
        <source>The environment the code sees</source>
        <translation>L&apos;environnement que voit le code</translation>
    </message>
    <message>
        <source>Limits and what enforces them</source>
        <translation>Les limites et ce qui les applique</translation>
    </message>
    <message>
        <source>Time: %1 s, by a watchdog that kills the whole sandbox, and CPU-time rlimits</source>
        <translation>Temps&#xa0;: %1 s, par un chien de garde qui tue tout le bac à sable, et des rlimits de temps CPU</translation>
    </message>
    <message>
        <source>Processes: %1 (cgroup pids and RLIMIT_NPROC)</source>
        <translation>Processus&#xa0;: %1 (pids du cgroup et RLIMIT_NPROC)</translation>
    </message>
    <message>
        <source>Open files: %1 per process (RLIMIT_NOFILE)</source>
        <translation>Fichiers ouverts&#xa0;: %1 par processus (RLIMIT_NOFILE)</translation>
    </message>
    <message>
        <source>Output: %1 per stream kept; the rest is counted and dropped</source>
        <translation>Sortie&#xa0;: %1 conservé par flux&#xa0;; le reste est compté puis abandonné</translation>
    </message>
    <message>
        <source>Files written: at most %1 files, %2 in all (tmpfs size and RLIMIT_FSIZE)</source>
        <translation>Fichiers écrits&#xa0;: au plus %1 fichiers, %2 au total (taille du tmpfs et RLIMIT_FSIZE)</translation>
    </message>
    <message>
        <source>User: the analyst&apos;s own, without any capability</source>
        <translation>Utilisateur&#xa0;: celui de l&apos;analyste, sans aucune capacité</translation>
    </message>
    <message>
        <source>User: uid %1, used by this sandbox alone</source>
        <translation>Utilisateur&#xa0;: uid %1, utilisé par ce seul bac à sable</translation>
    </message>
    <message>
        <source>As enforced for this run: %1</source>
        <translation>Tel qu&apos;appliqué pour cette exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cgroup: %1</source>
        <translation>Cgroup&#xa0;: %1</translation>
    </message>
    <message>
        <source>System calls (seccomp)</source>
        <translation>Appels système (seccomp)</translation>
    </message>
    <message>
        <source>%1: the files staged for this run, joined from the host&apos;s %2</source>
        <translation>%1&#xa0;: les fichiers préparés pour cette exécution, réunis depuis %2 de l&apos;hôte</translation>
    </message>
    <message>
        <source>the code is the sandbox&apos;s first process: no part of bubblewrap runs inside with it</source>
        <translation>le code est le premier processus du bac à sable&#xa0;: aucune partie de bubblewrap n&apos;y tourne avec lui</translation>
    </message>
    <message>
        <source>Memory: %1 per process (RLIMIT_AS %2); %3</source>
        <translation>Mémoire&#xa0;: %1 par processus (RLIMIT_AS %2)&#xa0;; %3</translation>
    </message>
    <message>
        <source>%1: the working folder, empty, in memory, at most %2; what the code writes here comes back as the run&apos;s files</source>
        <translation>%1&#xa0;: le dossier de travail, vide, en mémoire, au plus %2&#xa0;; ce que le code y écrit revient comme fichiers de l&apos;exécution</translation>
    </message>
    <message>
        <source>%1 (in the working folder, sharing its size)</source>
        <translation>%1 (dans le dossier de travail, partageant sa taille)</translation>
    </message>
    <message>
        <source>%1, a link to %2%3</source>
        <translation>%1, un lien vers %2%3</translation>
    </message>
    <message>
        <source>No request is selected.</source>
        <translation>Aucune requête n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <source>Request %1 from %2: the sandbox its run got, as recorded when the run started.</source>
        <translation>Requête %1 de %2&#xa0;: le bac à sable qu&apos;a reçu son exécution, tel qu&apos;enregistré au démarrage de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Request %1 from %2: the sandbox a run would get if it were approved now (planned: nothing has run).</source>
        <translation>Requête %1 de %2&#xa0;: le bac à sable qu&apos;obtiendrait une exécution approuvée maintenant (prévu&#xa0;: rien n&apos;a été exécuté).</translation>
    </message>
    <message>
        <source>Request %1 from %2: the sandbox of its run %3, as recorded in the audit trail when the run started (%4).</source>
        <translation>Requête %1 de %2&#xa0;: le bac à sable de son exécution %3, tel qu&apos;enregistré dans le journal d&apos;audit au démarrage de l&apos;exécution (%4).</translation>
    </message>
    <message>
        <source>The audit trail holds no sandbox for this run.</source>
        <translation>Le journal d&apos;audit ne contient aucun bac à sable pour cette exécution.</translation>
    </message>
</context>
<context>
    <name>Airlock::SandboxProcess</name>
    <message>
        <source>Cannot build the sandbox: %1</source>
        <translation>Impossible de construire le bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot build the sandbox: too many files to pass in</source>
        <translation>Impossible de construire le bac à sable&#xa0;: trop de fichiers à transmettre</translation>
    </message>
    <message>
        <source>Cannot prepare the sandbox&apos;s arguments: %1</source>
        <translation>Impossible de préparer les arguments du bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the sandbox&apos;s files: %1</source>
        <translation>Impossible de préparer les fichiers du bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot start bubblewrap (%1): %2</source>
        <translation>Impossible de démarrer bubblewrap (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the sandbox&apos;s accounting: %1</source>
        <translation>Impossible de préparer la mesure des ressources du bac à sable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::SandboxRunner</name>
    <message>
        <source>The run&apos;s cgroup could not be set up: %1</source>
        <translation>Le cgroup de l&apos;exécution n&apos;a pas pu être configuré&#xa0;: %1</translation>
    </message>
    <message>
        <source>cgroup %1 (%2)</source>
        <translation>cgroup %1 (%2)</translation>
    </message>
    <message>
        <source>cannot create a pipe: %1</source>
        <translation>impossible de créer un tube&#xa0;: %1</translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation>uid %1</translation>
    </message>
    <message>
        <source>rlimits (files %1, processes %2, file size %3, address space %4)</source>
        <translation>rlimits (fichiers %1, processus %2, taille de fichier %3, espace d&apos;adressage %4)</translation>
    </message>
    <message>
        <source>watchdog %1 ms</source>
        <translation>chien de garde %1 ms</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Le bac à sable n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>refused before the start</source>
        <translation>refusé avant le démarrage</translation>
    </message>
    <message>
        <source>The run was stopped before its sandbox started.</source>
        <translation>L&apos;exécution a été arrêtée avant le démarrage de son bac à sable.</translation>
    </message>
    <message>
        <source>The sandbox cannot be built: %1</source>
        <translation>Le bac à sable ne peut pas être construit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run was not started: %1</source>
        <translation>L&apos;exécution n&apos;a pas été démarrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run&apos;s end cannot be trusted: bubblewrap exited with %1 but reported the code&apos;s exit as %2.</source>
        <translation>La fin de l&apos;exécution n&apos;est pas fiable&#xa0;: bubblewrap s&apos;est terminé avec %1 mais a rapporté la fin du code comme %2.</translation>
    </message>
    <message>
        <source>The run&apos;s end cannot be trusted: bubblewrap exited with %1 without reporting how the code ended.</source>
        <translation>La fin de l&apos;exécution n&apos;est pas fiable&#xa0;: bubblewrap s&apos;est terminé avec %1 sans rapporter comment le code s&apos;est terminé.</translation>
    </message>
    <message>
        <source>The prepared sandbox was ended before a decision.</source>
        <translation>Le bac à sable préparé a été arrêté avant une décision.</translation>
    </message>
    <message>
        <source>The prepared sandbox did not become ready in time.</source>
        <translation>Le bac à sable préparé n’a pas été prêt à temps.</translation>
    </message>
    <message>
        <source>The prepared sandbox ended before a decision: %1</source>
        <translation>Le bac à sable préparé s’est arrêté avant une décision&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Airlock::ScenarioPicker</name>
    <message>
        <source>Training Scenarios</source>
        <translation>Scénarios de formation</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stopped by</source>
        <translation>Arrêté par</translation>
    </message>
    <message>
        <source>hostile</source>
        <translation>hostile</translation>
    </message>
    <message>
        <source>benign</source>
        <translation>bénin</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Scénarios de formation</translation>
    </message>
    <message>
        <source>Stopped by:</source>
        <translation>Arrêté par&#xa0;:</translation>
    </message>
    <message>
        <source>The static check flags it; under the training policy it only warns, so the code can be run to show the sandbox.</source>
        <translation>La vérification statique le signale&#xa0;; avec la politique de formation, ce n&apos;est qu&apos;un avertissement, le code peut donc être exécuté pour montrer le bac à sable.</translation>
    </message>
    <message>
        <source>The static check does not flag it: only the sandbox stops it.</source>
        <translation>La vérification statique ne le signale pas&#xa0;: seul le bac à sable l&apos;arrête.</translation>
    </message>
    <message>
        <source>Nothing needs stopping: the static check finds nothing to block, and the run should succeed.</source>
        <translation>Rien à arrêter&#xa0;: la vérification statique ne trouve rien à bloquer et l&apos;exécution devrait réussir.</translation>
    </message>
    <message>
        <source>Expected outcome:</source>
        <translation>Résultat attendu&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Airlock::SeccompFilter</name>
    <message>
        <source>libseccomp could not create a filter</source>
        <translation>libseccomp n&apos;a pas pu créer de filtre</translation>
    </message>
    <message>
        <source>seccomp rule for %1 failed: %2</source>
        <translation>la règle seccomp pour %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot export the seccomp filter: %1</source>
        <translation>impossible d&apos;exporter le filtre seccomp&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot export the seccomp filter</source>
        <translation>impossible d&apos;exporter le filtre seccomp</translation>
    </message>
    <message>
        <source>refused (EPERM): %1</source>
        <translation>refusé (EPERM)&#xa0;: %1</translation>
    </message>
    <message>
        <source>clone3 refused with ENOSYS, so clone&apos;s flags are what the kernel checks</source>
        <translation>clone3 refusé avec ENOSYS&#xa0;: ce sont donc les options de clone que le noyau vérifie</translation>
    </message>
    <message>
        <source>ioctl TIOCSTI and TIOCLINUX refused (EPERM)</source>
        <translation>ioctl TIOCSTI et TIOCLINUX refusés (EPERM)</translation>
    </message>
    <message>
        <source>socket and socketpair for any family but AF_UNIX refused (EAFNOSUPPORT)</source>
        <translation>socket et socketpair refusés pour toute famille autre que AF_UNIX (EAFNOSUPPORT)</translation>
    </message>
    <message>
        <source>system calls of another architecture kill the process</source>
        <translation>les appels système d&apos;une autre architecture tuent le processus</translation>
    </message>
</context>
<context>
    <name>Airlock::SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Configure Airlock</source>
        <translation>Configurer Airlock</translation>
    </message>
    <message>
        <source>Proposed in every decision; your account and computer are recorded as well</source>
        <translation>Proposé pour chaque décision ; votre compte et votre ordinateur sont aussi enregistrés</translation>
    </message>
    <message>
        <source>The shipped default policy</source>
        <translation>La politique par défaut fournie</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Politique :</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>Politiques (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Inbox folder:</source>
        <translation>&amp;Dossier de réception :</translation>
    </message>
    <message>
        <source>Inbox Folder</source>
        <translation>Dossier de réception</translation>
    </message>
    <message>
        <source>&amp;Audit trail:</source>
        <translation>Journal d&apos;a&amp;udit&#xa0;:</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit trails (*.sqlite);;All files (*)</source>
        <translation>Journaux d&apos;audit (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The policy %1 is not valid: %2</source>
        <translation>La politique %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>Give the name to propose for decisions.</source>
        <translation>Indiquez le nom à proposer pour les décisions.</translation>
    </message>
    <message>
        <source>Agents hand in requests on a socket only this account can use; every one waits for your decision, and results go back only when you release them</source>
        <translation>Les agents déposent leurs requêtes sur un socket que seul ce compte peut utiliser&#xa0;; chacune attend votre décision, et les résultats ne repartent que lorsque vous les transmettez</translation>
    </message>
    <message>
        <source>None: start each run when approved</source>
        <translation>Aucun&#xa0;: chaque exécution démarre à l&apos;approbation</translation>
    </message>
    <message>
        <source>While you review, the sandboxes of the requests you looked at last are started and their libraries loaded, so a run starts as you approve. None of the request&apos;s code is in such a sandbox before your approval is recorded.</source>
        <translation>Pendant votre examen, les bacs à sable des dernières demandes consultées sont démarrés et leurs bibliothèques chargées, afin qu&apos;une exécution commence dès votre approbation. Aucun code de la demande n&apos;est dans un tel bac à sable avant que votre approbation soit enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Sandboxes started ahead:</source>
        <translation>Bacs à &amp;sable démarrés d&apos;avance&#xa0;:</translation>
    </message>
    <message>
        <source>Take requests from a&amp;gents (airlockctl submit, MCP)</source>
        <translation>Accepter les requêtes des a&amp;gents (airlockctl submit, MCP)</translation>
    </message>
    <message>
        <source>None: this computer&apos;s trail only</source>
        <translation>Aucun&#xa0;: seulement le journal de cet ordinateur</translation>
    </message>
    <message>
        <source>A team&apos;s trail on PostgreSQL, for example postgresql://alice@db.example.org/airlock. Every record is kept in this computer&apos;s trail first and then shipped there, with a signed head; while the server cannot be reached, the records wait and nothing is lost.</source>
        <translation>Le journal d&apos;une équipe sur PostgreSQL, par exemple postgresql://alice@db.example.org/airlock. Chaque enregistrement est d&apos;abord conservé dans le journal de cet ordinateur, puis transmis là-bas avec une tête signée&#xa0;; tant que le serveur est injoignable, les enregistrements attendent et rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Tea&amp;m trail:</source>
        <translation>Journal d&apos;é&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>The audit trail, the team trail, the policy and the language apply from the next start.</source>
        <translation>Le journal d&apos;audit, le journal d&apos;équipe, la politique et la langue s&apos;appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <source>The team trail is a PostgreSQL connection, such as postgresql://alice@db.example.org/airlock.</source>
        <translation>Le journal d&apos;équipe est une connexion PostgreSQL, telle que postgresql://alice@db.example.org/airlock.</translation>
    </message>
</context>
<context>
    <name>Airlock::TeamChainModel</name>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message numerus="yes">
        <source>✓ Intact: %n record(s); signed head at record %1</source>
        <translation>
            <numerusform>✓ Intacte&#xa0;: %n enregistrement&#xa0;; tête signée à l&apos;enregistrement %1</numerusform>
            <numerusform>✓ Intacte&#xa0;: %n enregistrements&#xa0;; tête signée à l&apos;enregistrement %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Intact: %n record(s); no signed head yet</source>
        <translation>
            <numerusform>✓ Intacte&#xa0;: %n enregistrement&#xa0;; pas encore de tête signée</numerusform>
            <numerusform>✓ Intacte&#xa0;: %n enregistrements&#xa0;; pas encore de tête signée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✗ NOT intact: %n bad record(s), the first #%1</source>
        <translation>
            <numerusform>✗ PAS intacte&#xa0;: %n enregistrement défectueux, le premier n°&#xa0;%1</numerusform>
            <numerusform>✗ PAS intacte&#xa0;: %n enregistrements défectueux, le premier n°&#xa0;%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain %1, shipped by the database role %2</source>
        <translation>Chaîne %1, transmise par le rôle de base de données %2</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>Airlock::TeamHistoryWindow</name>
    <message>
        <source>&amp;Verify All Chains</source>
        <translation>&amp;Vérifier toutes les chaînes</translation>
    </message>
    <message>
        <source>Chains, one per workbench</source>
        <translation>Chaînes, une par poste</translation>
    </message>
    <message>
        <source>Requests of every chain, newest first</source>
        <translation>Requêtes de toutes les chaînes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Select a request to see its whole story.</source>
        <translation>Sélectionnez une requête pour voir toute son histoire.</translation>
    </message>
    <message>
        <source>Words in the prompt or the code</source>
        <translation>Mots du prompt ou du code</translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation>&amp;Analyste&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>&amp;Machine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Recherche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>%1 — Team Trail (read-only)</source>
        <translation>%1 — Journal d&apos;équipe (lecture seule)</translation>
    </message>
    <message>
        <source>Reading the chains of %1…</source>
        <translation>Lecture des chaînes de %1…</translation>
    </message>
    <message>
        <source>The team trail could not be read: %1</source>
        <translation>Le journal d&apos;équipe n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s) in %1; nothing here writes to it.</source>
        <translation>
            <numerusform>%n chaîne dans %1&#xa0;; rien ici n&apos;y écrit.</numerusform>
            <numerusform>%n chaînes dans %1&#xa0;; rien ici n&apos;y écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every analyst</source>
        <translation>Tous les analystes</translation>
    </message>
    <message>
        <source>Every machine</source>
        <translation>Toutes les machines</translation>
    </message>
    <message>
        <source>The request&apos;s records could not be read: %1</source>
        <translation>Les enregistrements de la requête n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verifying %n chain(s)…</source>
        <translation>
            <numerusform>Vérification de %n chaîne…</numerusform>
            <numerusform>Vérification de %n chaînes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::TeamRequestModel</name>
    <message>
        <source>Not decided</source>
        <translation>Non décidée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
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
        <translation>Décision</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
</context>
<context>
    <name>Airlock::TeamTrail</name>
    <message>
        <source>%1 is not a PostgreSQL connection (postgresql://user@host/database)</source>
        <translation>%1 n&apos;est pas une connexion PostgreSQL (postgresql://user@host/database)</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: apt-get install libqt6sql6-psql)</source>
        <translation>Le pilote PostgreSQL de Qt n&apos;est pas installé (Debian&#xa0;: apt-get install libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot reach the team trail %1: %2</source>
        <translation>impossible de joindre le journal d&apos;équipe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no team trail: run resources/postgresql/team-trail.sql in it first</source>
        <translation>%1 ne contient pas de journal d&apos;équipe&#xa0;: exécutez-y d&apos;abord resources/postgresql/team-trail.sql</translation>
    </message>
    <message>
        <source>%1 holds a team trail of format %2, which this Airlock does not read</source>
        <translation>%1 contient un journal d&apos;équipe au format %2, que cet Airlock ne lit pas</translation>
    </message>
    <message>
        <source>the team trail refused this workbench&apos;s chain: %1</source>
        <translation>le journal d&apos;équipe a refusé la chaîne de ce poste&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read where this chain ends in the team trail: %1</source>
        <translation>impossible de lire où cette chaîne se termine dans le journal d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>the team trail holds %1 records of this chain, the local trail %2: records were removed from %3 after they were shipped; nothing was shipped</source>
        <translation>le journal d&apos;équipe contient %1 enregistrements de cette chaîne, le journal local %2&#xa0;: des enregistrements ont été retirés de %3 après leur transmission&#xa0;; rien n&apos;a été transmis</translation>
    </message>
    <message>
        <source>record %1 of %2 differs from the one the team trail already holds: the local trail was rewritten after it was shipped; nothing was shipped</source>
        <translation>l&apos;enregistrement %1 de %2 diffère de celui que le journal d&apos;équipe contient déjà&#xa0;: le journal local a été réécrit après sa transmission&#xa0;; rien n&apos;a été transmis</translation>
    </message>
    <message>
        <source>cannot start shipping to the team trail: %1</source>
        <translation>impossible de commencer la transmission au journal d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>the team trail refused the content of record %1: %2</source>
        <translation>le journal d&apos;équipe a refusé le contenu de l&apos;enregistrement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the team trail refused record %1: %2</source>
        <translation>le journal d&apos;équipe a refusé l&apos;enregistrement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the team trail did not take records %1 to %2: %3</source>
        <translation>le journal d&apos;équipe n&apos;a pas accepté les enregistrements %1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the records were shipped, but the team trail refused their signed head: %1</source>
        <translation>les enregistrements ont été transmis, mais le journal d&apos;équipe a refusé leur tête signée&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot list the team trail&apos;s chains: %1</source>
        <translation>impossible de lister les chaînes du journal d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot list the team trail: %1</source>
        <translation>impossible de lister le journal d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the team trail: %1</source>
        <translation>impossible de lire le journal d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the records: %1</source>
        <translation>impossible de lire les enregistrements&#xa0;: %1</translation>
    </message>
    <message>
        <source>records %1 to %2 are missing: deleted</source>
        <translation>les enregistrements %1 à %2 sont manquants&#xa0;: supprimés</translation>
    </message>
    <message>
        <source>record %1 was edited: its content no longer matches its hash</source>
        <translation>l&apos;enregistrement %1 a été modifié&#xa0;: son contenu ne correspond plus à son empreinte</translation>
    </message>
    <message>
        <source>record %1 does not follow the one before it: the chain was rewritten or a record replaced</source>
        <translation>l&apos;enregistrement %1 ne fait pas suite au précédent&#xa0;: la chaîne a été réécrite ou un enregistrement remplacé</translation>
    </message>
    <message>
        <source>record %1: the artifact&apos;s stored content is missing or altered</source>
        <translation>enregistrement %1&#xa0;: le contenu stocké du fichier produit est manquant ou altéré</translation>
    </message>
    <message>
        <source>the team trail&apos;s published heads cannot be read: %1</source>
        <translation>impossible de lire les têtes publiées du journal d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>the head published for record %1 at %2 is not signed with the chain&apos;s key</source>
        <translation>la tête publiée pour l&apos;enregistrement %1 à %2 n&apos;est pas signée avec la clé de la chaîne</translation>
    </message>
    <message>
        <source>the chain ends at record %1, but a signed head was published for record %2 at %3: records were removed after it</source>
        <translation>la chaîne se termine à l&apos;enregistrement %1, mais une tête signée a été publiée pour l&apos;enregistrement %2 à %3&#xa0;: des enregistrements ont été retirés depuis</translation>
    </message>
    <message>
        <source>record %1 is not the one whose head was signed and published at %2: the chain was rewritten after it</source>
        <translation>l&apos;enregistrement %1 n&apos;est pas celui dont la tête a été signée et publiée à %2&#xa0;: la chaîne a été réécrite depuis</translation>
    </message>
</context>
<context>
    <name>Airlock::TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>opened %1 for writing</source>
        <translation>a ouvert %1 en écriture</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>a ouvert %1</translation>
    </message>
    <message>
        <source>tried to connect to %1, port %2 (blocked)</source>
        <translation>a tenté de se connecter à %1, port %2 (bloqué)</translation>
    </message>
    <message>
        <source>tried to look up %1 (blocked)</source>
        <translation>a tenté de résoudre %1 (bloqué)</translation>
    </message>
    <message>
        <source>opened a network socket (family %1)</source>
        <translation>a ouvert une socket réseau (famille %1)</translation>
    </message>
    <message>
        <source>started %1 %2</source>
        <translation>a lancé %1 %2</translation>
    </message>
    <message>
        <source>forked a child process</source>
        <translation>a créé un processus enfant</translation>
    </message>
    <message>
        <source>loaded the native library %1</source>
        <translation>a chargé la bibliothèque native %1</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>a importé %1</translation>
    </message>
    <message>
        <source>the time limit was reached</source>
        <translation>la limite de temps a été atteinte</translation>
    </message>
    <message numerus="yes">
        <source>the memory limit was hit (%n time(s))</source>
        <translation>
            <numerusform>la limite de mémoire a été atteinte (%n fois)</numerusform>
            <numerusform>la limite de mémoire a été atteinte (%n fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of at most %2 processes: at the process limit</source>
        <translation>%1 processus sur %2 au plus&#xa0;: à la limite de processus</translation>
    </message>
    <message numerus="yes">
        <source>the process limit refused a new process (%n time(s))</source>
        <translation>
            <numerusform>la limite de processus a refusé un nouveau processus (%n fois)</numerusform>
            <numerusform>la limite de processus a refusé de nouveaux processus (%n fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 limit was hit</source>
        <translation>la limite %1 a été atteinte</translation>
    </message>
    <message>
        <source>the sandbox was ready ahead (%1 before the approval)</source>
        <translation>le bac à sable était prêt d&apos;avance (%1 avant l&apos;approbation)</translation>
    </message>
    <message>
        <source>the sandbox was ready ahead (%1 before the approval), with %2 imported</source>
        <translation>le bac à sable était prêt d&apos;avance (%1 avant l&apos;approbation), avec %2 importés</translation>
    </message>
    <message>
        <source>the sandbox started</source>
        <translation>le bac à sable a démarré</translation>
    </message>
    <message>
        <source>the code was handed to the sandbox</source>
        <translation>le code a été transmis au bac à sable</translation>
    </message>
    <message>
        <source>stopped by the analyst</source>
        <translation>arrêté par l&apos;analyste</translation>
    </message>
    <message>
        <source>the run ended</source>
        <translation>l&apos;exécution s&apos;est terminée</translation>
    </message>
    <message>
        <source>the run ended: %1</source>
        <translation>l&apos;exécution s&apos;est terminée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) not reported (over the cap)</source>
        <translation>
            <numerusform>%n autre événement non signalé (au-delà du plafond)</numerusform>
            <numerusform>%n autres événements non signalés (au-delà du plafond)</numerusform>
        </translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>self-reported</source>
        <translation>auto-déclaré</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) imported: %1</source>
        <translation>
            <numerusform>%n module importé&#xa0;: %1</numerusform>
            <numerusform>%n modules importés&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airlock::UserScope</name>
    <message>
        <source>started as root: Airlock writes the cgroup hierarchy itself</source>
        <translation>démarré en root&#xa0;: Airlock écrit lui-même la hiérarchie des cgroups</translation>
    </message>
    <message>
        <source>this process already has a cgroup it may write</source>
        <translation>ce processus a déjà un cgroup qu&apos;il peut écrire</translation>
    </message>
    <message>
        <source>no systemd user manager is reachable</source>
        <translation>aucun gestionnaire systemd de l&apos;utilisateur n&apos;est joignable</translation>
    </message>
    <message>
        <source>the user&apos;s systemd manager has no memory and pids controllers delegated to it</source>
        <translation>les contrôleurs memory et pids ne sont pas délégués au gestionnaire systemd de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>busctl, to ask the user&apos;s systemd manager, is not installed</source>
        <translation>busctl, pour interroger le gestionnaire systemd de l&apos;utilisateur, n&apos;est pas installé</translation>
    </message>
    <message>
        <source>the user&apos;s systemd manager did not give a scope: %1</source>
        <translation>le gestionnaire systemd de l&apos;utilisateur n&apos;a pas fourni de scope&#xa0;: %1</translation>
    </message>
    <message>
        <source>the scope %1 was made, but this process was not moved into it</source>
        <translation>le scope %1 a été créé, mais ce processus n&apos;y a pas été déplacé</translation>
    </message>
    <message>
        <source>the scope %1 cannot be written, or lacks the memory and pids controllers</source>
        <translation>le scope %1 n&apos;est pas accessible en écriture ou n&apos;a pas les contrôleurs memory et pids</translation>
    </message>
    <message>
        <source>a delegated scope from the user&apos;s systemd manager (%1)</source>
        <translation>un scope délégué par le gestionnaire systemd de l&apos;utilisateur (%1)</translation>
    </message>
</context>
<context>
    <name>Airlock::VerdictModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Observation</translation>
    </message>
</context>
<context>
    <name>Airlock::Workbench</name>
    <message>
        <source>The policy %1 is not valid, so no request can be opened: %2</source>
        <translation>La politique %1 n&apos;est pas valide, aucune requête ne peut donc être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>The analyst stopped taking requests from agents; this one stays in the inbox, but its answer cannot be sent.</source>
        <translation>L&apos;analyste n&apos;accepte plus de requêtes d&apos;agents&#xa0;; celle-ci reste dans la boîte de réception, mais sa réponse ne peut pas être envoyée.</translation>
    </message>
    <message>
        <source>There is no scenario &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de scénario «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No folder for the scenario&apos;s files: %1</source>
        <translation>Aucun dossier pour les fichiers du scénario&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est manquant</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n&apos;est pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>the scenario in %1 calls itself %2</source>
        <translation>le scénario de %1 se nomme lui-même %2</translation>
    </message>
    <message>
        <source>cannot copy the scenario file %1 to %2: %3</source>
        <translation>impossible de copier le fichier de scénario %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is %2, expected %3</source>
        <translation>%1 vaut %2, %3 attendu</translation>
    </message>
    <message>
        <source>stdout lacks &quot;%1&quot;</source>
        <translation>stdout ne contient pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>stdout contains &quot;%1&quot;</source>
        <translation>stdout contient &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the host&apos;s secret reached the sandbox</source>
        <translation>le secret de l&apos;hôte a atteint le bac à sable</translation>
    </message>
    <message>
        <source>no artifact &quot;%1&quot;</source>
        <translation>aucun fichier produit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 artifact(s) rejected, expected at least %2</source>
        <translation>fichiers produits rejetés&#xa0;: %1, au moins %2 attendus</translation>
    </message>
    <message>
        <source>stdout truncated: %1</source>
        <translation>stdout tronqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>no verdict %1</source>
        <translation>aucun constat %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <extracomment>The code of this catalogue&apos;s language (de, fr, …): the scenarios&apos; texts are picked by it.</extracomment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>SeverityStyle</name>
    <message>
        <source>Blocks</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
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
        <translation>L&apos;atelier Airlock.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Request files to open in the inbox.</source>
        <translation>Fichiers de requête à ouvrir dans la boîte de réception.</translation>
    </message>
    <message>
        <source>Try &apos;airlock --help&apos; for its options.</source>
        <translation>Essayez «&#xa0;airlock --help&#xa0;» pour ses options.</translation>
    </message>
    <message>
        <source>Browse this audit trail (a file, or a team trail at postgresql://…) read-only, without the workbench.</source>
        <translation>Parcourir ce journal d&apos;audit (un fichier, ou un journal d&apos;équipe sur postgresql://…) en lecture seule, sans le poste de travail.</translation>
    </message>
</context>
</TS>
