<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ChooseVmPage</name>
    <message>
        <source>Choose a virtual machine</source>
        <translation>Virtuellen Computer auswählen</translation>
    </message>
    <message>
        <source>Select the VM whose boot integrity monitoring you want to check or enable.</source>
        <translation>Wählen Sie die VM aus, deren Startintegritätsüberwachung Sie prüfen oder aktivieren möchten.</translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation>&amp;Abonnement:</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Name, resource group or region</source>
        <translation>Name, Ressourcengruppe oder Region</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle Computer</translation>
    </message>
    <message>
        <source>Loading virtual machines</source>
        <translation>Virtuelle Computer werden geladen</translation>
    </message>
    <message>
        <source>All subscriptions</source>
        <translation>Alle Abonnements</translation>
    </message>
    <message numerus="yes">
        <source>Loading virtual machines… %n found so far.</source>
        <translation>
            <numerusform>Virtuelle Computer werden geladen … bisher %n gefunden.</numerusform>
            <numerusform>Virtuelle Computer werden geladen … bisher %n gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s) found.</source>
        <translation>
            <numerusform>%n virtueller Computer gefunden.</numerusform>
            <numerusform>%n virtuelle Computer gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo scenario: {title}.&lt;/b&gt; {story}</source>
        <translation>&lt;b&gt;Demoszenario: {title}.&lt;/b&gt; {story}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source> on the network interface</source>
        <translation> an der Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source> on the subnet</source>
        <translation> am Subnetz</translation>
    </message>
    <message>
        <source>NIC NSG</source>
        <translation>NIC-NSG</translation>
    </message>
    <message>
        <source>Subnet NSG</source>
        <translation>Subnetz-NSG</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>{vm_id} is not a VM resource id; expected /subscriptions/&lt;id&gt;/resourceGroups/&lt;group&gt;/providers/Microsoft.Compute/virtualMachines/&lt;name&gt;</source>
        <translation>{vm_id} ist keine Ressourcen-ID eines virtuellen Computers; erwartet wird /subscriptions/&lt;id&gt;/resourceGroups/&lt;group&gt;/providers/Microsoft.Compute/virtualMachines/&lt;name&gt;</translation>
    </message>
    <message>
        <source>unknown VM: {error}</source>
        <translation>unbekannter virtueller Computer: {error}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>default deny</source>
        <translation>Standardverweigerung</translation>
    </message>
    <message>
        <source> (priority {priority})</source>
        <translation> (Priorität {priority})</translation>
    </message>
    <message>
        <source> (+%n more)</source>
        <translation> (+%n weitere)</translation>
    </message>
    <message>
        <source>system routes</source>
        <translation>Systemrouten</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>zugelassen</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise blockiert</translation>
    </message>
    <message>
        <source>VM {name} ({location}, {os}, private IP {ip})</source>
        <translation>VM {name} ({location}, {os}, private IP-Adresse {ip})</translation>
    </message>
    <message>
        <source>Prerequisites: {type}, Secure Boot {secure_boot}, vTPM {vtpm} — {met}</source>
        <translation>Voraussetzungen: {type}, sicherer Start {secure_boot}, vTPM {vtpm} – {met}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>Guest Attestation extension: installed, {state}</source>
        <translation>Gastnachweiserweiterung: installiert, {state}</translation>
    </message>
    <message>
        <source>Guest Attestation extension: not installed</source>
        <translation>Gastnachweiserweiterung: nicht installiert</translation>
    </message>
    <message>
        <source>Path to Azure Attestation ({host}, {tag}, TCP 443): {verdict}</source>
        <translation>Pfad zu Azure Attestation ({host}, {tag}, TCP 443): {verdict}</translation>
    </message>
    <message>
        <source>unknown OS</source>
        <translation>Betriebssystem unbekannt</translation>
    </message>
    <message>
        <source>host unknown</source>
        <translation>Host unbekannt</translation>
    </message>
    <message>
        <source>Blocked by:</source>
        <translation>Blockiert durch:</translation>
    </message>
    <message>
        <source>, rule {rule}</source>
        <translation>, Regel {rule}</translation>
    </message>
    <message>
        <source>system route</source>
        <translation>Systemroute</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Boot integrity monitoring is on: the Guest Attestation extension {name} reports Succeeded.</source>
        <translation>Die Startintegritätsüberwachung ist aktiv: Die Gastnachweiserweiterung {name} meldet Succeeded.</translation>
    </message>
    <message>
        <source>The Guest Attestation extension did not succeed. What the diagnosis finds:</source>
        <translation>Die Gastnachweiserweiterung war nicht erfolgreich. Das findet die Diagnose:</translation>
    </message>
    <message>
        <source>the plan restarts the VM; add --allow-restart to agree to that</source>
        <translation>Der Plan startet die VM neu; geben Sie --allow-restart an, um dem zuzustimmen.</translation>
    </message>
    <message>
        <source>the plan changes an existing rule (see above); add --allow-renumber to agree to that, or change the rule yourself</source>
        <translation>Der Plan ändert eine vorhandene Regel (siehe oben); geben Sie --allow-renumber an, um dem zuzustimmen, oder ändern Sie die Regel selbst.</translation>
    </message>
    <message>
        <source>not applied: without a terminal to confirm, pass --yes to apply this plan (or --dry-run to preview)</source>
        <translation>Nicht angewendet: Ohne Terminal zur Bestätigung geben Sie --yes an, um diesen Plan anzuwenden (oder --dry-run für die Vorschau).</translation>
    </message>
    <message>
        <source>Apply these changes (the VM restarts)? [y/N] </source>
        <translation>Diese Änderungen anwenden (die VM wird neu gestartet)? [j/N] </translation>
    </message>
    <message>
        <source>Apply these changes? [y/N] </source>
        <translation>Diese Änderungen anwenden? [j/N] </translation>
    </message>
    <message>
        <source>not applied: cancelled</source>
        <translation>Nicht angewendet: abgebrochen.</translation>
    </message>
    <message>
        <source>not applied: a role is missing (see above)</source>
        <translation>Nicht angewendet: Es fehlt eine Rolle (siehe oben).</translation>
    </message>
    <message>
        <source>Audit record: {run_id}</source>
        <translation>Eintrag im Überwachungsprotokoll: {run_id}</translation>
    </message>
    <message>
        <source>Checking the VM again…</source>
        <translation>Die VM wird erneut geprüft …</translation>
    </message>
    <message>
        <source>The diagnosis could not be repeated; run &apos;boot-integrity diagnose&apos; to check the result.</source>
        <translation>Die Diagnose konnte nicht wiederholt werden; prüfen Sie das Ergebnis mit „boot-integrity diagnose“.</translation>
    </message>
    <message>
        <source>Verified: the diagnosis now finds the path to Azure Attestation allowed.</source>
        <translation>Überprüft: Laut Diagnose ist der Pfad zu Azure Attestation jetzt zugelassen.</translation>
    </message>
    <message>
        <source>The diagnosis still finds the path {verdict}:</source>
        <translation>Laut Diagnose ist der Pfad weiterhin {verdict}:</translation>
    </message>
    <message>
        <source>the region&apos;s attestation host</source>
        <translation>der Nachweishost der Region</translation>
    </message>
    <message>
        <source>{vm}: {outcome} (host {host}, {command})</source>
        <translation>{vm}: {outcome} (Host {host}, {command})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Security type</source>
        <translation>Sicherheitstyp</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>Sicherer Start</translation>
    </message>
    <message>
        <source>vTPM</source>
        <translation>vTPM</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Machines: {count} in {subscriptions} subscriptions</source>
        <translation>Computer: {count} in {subscriptions} Abonnements</translation>
    </message>
    <message>
        <source>Shared causes: none found.</source>
        <translation>Gemeinsame Ursachen: keine gefunden.</translation>
    </message>
    <message>
        <source>Shared causes ({contexts} network contexts evaluated):</source>
        <translation>Gemeinsame Ursachen ({contexts} Netzwerkkontexte ausgewertet):</translation>
    </message>
    <message>
        <source>Operation {number} serves %n VM(s).</source>
        <translation>Vorgang {number} dient %n VM(s).</translation>
    </message>
    <message>
        <source>no interrupted fleet run to resume</source>
        <translation>es gibt keinen unterbrochenen Flottenlauf, der fortgesetzt werden kann</translation>
    </message>
    <message>
        <source>Interrupted. Run the same command with --resume to finish.</source>
        <translation>Unterbrochen. Führen Sie denselben Befehl mit --resume aus, um ihn abzuschließen.</translation>
    </message>
    <message>
        <source>Applied for {ok} of {total} VMs; journal: {journal}</source>
        <translation>Für {ok} von {total} VMs angewendet; Journal: {journal}</translation>
    </message>
    <message>
        <source>After the run:</source>
        <translation>Nach dem Lauf:</translation>
    </message>
    <message>
        <source>The fleet could not be scanned again; run &apos;boot-integrity fleet scan&apos;.</source>
        <translation>Die Flotte konnte nicht erneut überprüft werden; führen Sie „boot-integrity fleet scan“ aus.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
</context>
<context>
    <name>Clouds</name>
    <message>
        <source>Azure (global)</source>
        <translation>Azure (global)</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation>Azure China (21Vianet)</translation>
    </message>
</context>
<context>
    <name>CopyableText</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Copy {what}</source>
        <translation>{what} kopieren</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong that the wizard did not expect. Nothing further was changed in Azure. Please copy the details below into your ticket (check them for personal data first).</source>
        <translation>Es ist ein unerwarteter Fehler aufgetreten. In Azure wurde nichts weiter geändert. Bitte kopieren Sie die Details unten in Ihr Ticket (prüfen Sie sie vorher auf personenbezogene Daten).</translation>
    </message>
    <message>
        <source>Log folder: {folder}</source>
        <translation>Protokollordner: {folder}</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <source>Network diagnosis</source>
        <translation>Netzwerkdiagnose</translation>
    </message>
    <message>
        <source>Each step of the VM&apos;s outbound path to Azure Attestation, with the rule that decides it.</source>
        <translation>Jeder Schritt des ausgehenden Wegs der VM zu Azure Attestation, mit der Regel, die dort entscheidet.</translation>
    </message>
    <message>
        <source>&amp;Recheck</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Diagnosing the network path</source>
        <translation>Netzwerkpfad wird diagnostiziert</translation>
    </message>
    <message>
        <source>Reading NSGs, routes and firewalls on the path…</source>
        <translation>NSGs, Routen und Firewalls auf dem Weg werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) found. Select Next to see how to fix them.</source>
        <translation>
            <numerusform>%n Blockade gefunden. Wählen Sie „Weiter“, um zu sehen, wie sie sich beheben lässt.</numerusform>
            <numerusform>%n Blockaden gefunden. Wählen Sie „Weiter“, um zu sehen, wie sie sich beheben lassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No blocker found on the network path. Select Next to check the extension again.</source>
        <translation>Auf dem Netzwerkpfad wurde keine Blockade gefunden. Wählen Sie „Weiter“, um die Erweiterung erneut zu prüfen.</translation>
    </message>
</context>
<context>
    <name>DiagnosisPanel</name>
    <message>
        <source>Nothing on the Azure network path blocks Azure Attestation.</source>
        <translation>Auf dem Azure-Netzwerkpfad blockiert nichts Azure Attestation.</translation>
    </message>
    <message>
        <source>Azure Attestation is blocked on the way out of this VM.</source>
        <translation>Azure Attestation wird auf dem Weg aus dieser VM blockiert.</translation>
    </message>
    <message>
        <source>Some Azure Attestation addresses are blocked; the extension may fail at times.</source>
        <translation>Einige Adressen von Azure Attestation werden blockiert; die Erweiterung kann zeitweise fehlschlagen.</translation>
    </message>
    <message>
        <source>Some steps could not be read, so the result is not certain; see the findings.</source>
        <translation>Einige Schritte konnten nicht gelesen werden, daher ist das Ergebnis unsicher; siehe Befunde.</translation>
    </message>
    <message>
        <source>the regional attestation provider</source>
        <translation>dem regionalen Nachweisanbieter</translation>
    </message>
    <message>
        <source>Checked: TCP 443 from {ip} to {host} (service tag {tag}).</source>
        <translation>Geprüft: TCP 443 von {ip} zu {host} (Diensttag {tag}).</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Befunde:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>EnablePage</name>
    <message>
        <source>Enable boot integrity monitoring</source>
        <translation>Startintegritätsüberwachung aktivieren</translation>
    </message>
    <message>
        <source>Installs the Guest Attestation extension on the VM with the options below.</source>
        <translation>Installiert die Gastnachweiserweiterung mit den folgenden Optionen auf der VM.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Upgrade the extension &amp;automatically (recommended)</source>
        <translation>Erweiterung &amp;automatisch aktualisieren (empfohlen)</translation>
    </message>
    <message>
        <source>Known issue on Linux: with automatic upgrade on, the extension can stay in the state “Transitioning”. If that happens, enable it again with this option off.</source>
        <translation>Bekanntes Problem unter Linux: Mit automatischer Aktualisierung kann die Erweiterung im Zustand „Transitioning“ hängen bleiben. Aktivieren Sie sie in diesem Fall erneut, mit dieser Option ausgeschaltet.</translation>
    </message>
    <message>
        <source>C&amp;ustom attestation provider:</source>
        <translation>&amp;Benutzerdefinierter Nachweisanbieter:</translation>
    </message>
    <message>
        <source>Custom attestation provider URL</source>
        <translation>URL des benutzerdefinierten Nachweisanbieters</translation>
    </message>
    <message>
        <source>&amp;Enable monitoring</source>
        <translation>Überwachung a&amp;ktivieren</translation>
    </message>
    <message>
        <source>Enabling monitoring</source>
        <translation>Überwachung wird aktiviert</translation>
    </message>
    <message>
        <source>Checking the VM and planning the installation…</source>
        <translation>VM wird geprüft und die Installation geplant …</translation>
    </message>
    <message>
        <source>Installing the extension; this can take a few minutes…</source>
        <translation>Die Erweiterung wird installiert; das kann einige Minuten dauern …</translation>
    </message>
    <message>
        <source>&amp;Shared regional provider: {host} ({url})</source>
        <translation>&amp;Gemeinsamer regionaler Anbieter: {host} ({url})</translation>
    </message>
    <message>
        <source>&amp;Shared regional provider (chosen by Azure for the VM&apos;s region)</source>
        <translation>&amp;Gemeinsamer regionaler Anbieter (von Azure für die Region der VM gewählt)</translation>
    </message>
    <message>
        <source>Boot integrity monitoring is on: the extension {name} reports {state}.</source>
        <translation>Die Startintegritätsüberwachung ist aktiv: Die Erweiterung {name} meldet {state}.</translation>
    </message>
    <message>
        <source>The extension {name} is installed but reports {state}. Select Next to find out why, or repair it here.</source>
        <translation>Die Erweiterung {name} ist installiert, meldet aber {state}. Wählen Sie „Weiter“, um die Ursache zu finden, oder reparieren Sie sie hier.</translation>
    </message>
    <message>
        <source>The Guest Attestation extension is not installed yet.</source>
        <translation>Die Gastnachweiserweiterung ist noch nicht installiert.</translation>
    </message>
    <message>
        <source>Nothing to change here. Select Next for the summary and the report.</source>
        <translation>Hier ist nichts zu ändern. Wählen Sie „Weiter“ für die Zusammenfassung und den Bericht.</translation>
    </message>
    <message>
        <source>Done: the extension reports {state}. Select Next for the summary and the report.</source>
        <translation>Fertig: Die Erweiterung meldet {state}. Wählen Sie „Weiter“ für die Zusammenfassung und den Bericht.</translation>
    </message>
    <message>
        <source>The network path to Azure Attestation is blocked; select Next to see where.</source>
        <translation>Der Netzwerkpfad zu Azure Attestation ist blockiert; wählen Sie „Weiter“, um zu sehen, wo.</translation>
    </message>
    <message>
        <source>The extension reports {state}.</source>
        <translation>Die Erweiterung meldet {state}.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <source>HTTP status: {status}</source>
        <translation>HTTP-Status: {status}</translation>
    </message>
    <message>
        <source>Request ID: {id}</source>
        <translation>Anforderungs-ID: {id}</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The connection to Azure failed: {detail}. Check the network or proxy and try again.</source>
        <translation>Die Verbindung zu Azure ist fehlgeschlagen: {detail}. Prüfen Sie das Netzwerk oder den Proxy, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign-in failed or expired: {detail}. Please sign in again.</source>
        <translation>Die Anmeldung ist fehlgeschlagen oder abgelaufen: {detail}. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Azure is throttling requests (HTTP 429). Wait a moment, then select Retry.</source>
        <translation>Azure drosselt die Anforderungen (HTTP 429). Warten Sie einen Moment, und wählen Sie dann „Wiederholen“.</translation>
    </message>
    <message>
        <source>You are not allowed to do this: {detail}. Ask an owner of the resource for a suitable role.</source>
        <translation>Dazu sind Sie nicht berechtigt: {detail}. Bitten Sie einen Besitzer der Ressource um eine passende Rolle.</translation>
    </message>
    <message>
        <source>Azure returned an error: {detail}</source>
        <translation>Azure hat einen Fehler zurückgegeben: {detail}</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The attestation endpoint is empty.</source>
        <translation>Der Nachweisendpunkt ist leer.</translation>
    </message>
    <message>
        <source>The attestation endpoint is not a valid URL.</source>
        <translation>Der Nachweisendpunkt ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The attestation endpoint must start with https://.</source>
        <translation>Der Nachweisendpunkt muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The attestation endpoint must not contain a user name or password.</source>
        <translation>Der Nachweisendpunkt darf keinen Benutzernamen und kein Kennwort enthalten.</translation>
    </message>
    <message>
        <source>The attestation endpoint must be a host name ending in .attest.azure.net, .attest.azure.us or .attest.azure.cn.</source>
        <translation>Der Nachweisendpunkt muss ein Hostname sein, der auf .attest.azure.net, .attest.azure.us oder .attest.azure.cn endet.</translation>
    </message>
    <message>
        <source>The attestation endpoint must use the standard HTTPS port 443 (no other port).</source>
        <translation>Der Nachweisendpunkt muss den HTTPS-Standardport 443 verwenden (keinen anderen Port).</translation>
    </message>
    <message>
        <source>The attestation endpoint must not contain a path, query or fragment; give only the address.</source>
        <translation>Der Nachweisendpunkt darf keinen Pfad, keine Abfrage und kein Fragment enthalten; geben Sie nur die Adresse an.</translation>
    </message>
    <message>
        <source>The attestation endpoint belongs to a different Azure cloud than the VM.</source>
        <translation>Der Nachweisendpunkt gehört zu einer anderen Azure-Cloud als die VM.</translation>
    </message>
    <message>
        <source>Azure Firewall rule {rule} in collection {collection} denies traffic to Azure Attestation.</source>
        <translation>Die Azure Firewall-Regel {rule} in der Regelsammlung {collection} verweigert Datenverkehr zu Azure Attestation.</translation>
    </message>
    <message>
        <source>No Azure Firewall rule allows traffic to Azure Attestation on TCP port {port}, so the firewall denies it by default.</source>
        <translation>Keine Azure Firewall-Regel erlaubt Datenverkehr zu Azure Attestation über TCP-Port {port}, daher verweigert die Firewall ihn standardmäßig.</translation>
    </message>
    <message>
        <source>Only the application rule {rule} in collection {collection} allows traffic to Azure Attestation. This works for HTTPS with a server name (SNI); a network rule for the AzureAttestation service tag is more robust.</source>
        <translation>Nur die Anwendungsregel {rule} in der Regelsammlung {collection} erlaubt Datenverkehr zu Azure Attestation. Das funktioniert für HTTPS mit Servernamen (SNI); eine Netzwerkregel für den Diensttag AzureAttestation ist zuverlässiger.</translation>
    </message>
    <message>
        <source>Threat intelligence on the firewall is set to Deny. It is applied before all rules and cannot be checked offline.</source>
        <translation>Threat Intelligence ist auf der Firewall auf „Verweigern“ gesetzt. Sie wird vor allen Regeln angewendet und lässt sich offline nicht prüfen.</translation>
    </message>
    <message>
        <source>The IP group {ip_group} used by firewall rule {rule} could not be read; the rule&apos;s effect is unknown.</source>
        <translation>Die IP-Gruppe {ip_group}, die die Firewallregel {rule} verwendet, konnte nicht gelesen werden; die Wirkung der Regel ist unbekannt.</translation>
    </message>
    <message>
        <source>The firewall policy {policy} could not be read, so the firewall cannot be evaluated.</source>
        <translation>Die Firewallrichtlinie {policy} konnte nicht gelesen werden, daher lässt sich die Firewall nicht auswerten.</translation>
    </message>
    <message>
        <source>The firewall policy {policy} inherits from itself through its parent policies.</source>
        <translation>Die Firewallrichtlinie {policy} erbt über ihre übergeordneten Richtlinien von sich selbst.</translation>
    </message>
    <message>
        <source>The rule collection group {group} of firewall policy {policy} could not be read, so the result is unknown.</source>
        <translation>Die Regelsammlungsgruppe {group} der Firewallrichtlinie {policy} konnte nicht gelesen werden, daher ist das Ergebnis unbekannt.</translation>
    </message>
    <message>
        <source>The rule collection {collection} has no priority; it is treated as evaluated after all others.</source>
        <translation>Die Regelsammlung {collection} hat keine Priorität; sie wird so behandelt, als würde sie nach allen anderen ausgewertet.</translation>
    </message>
    <message>
        <source>The rule collection group {collection} has no priority; it is treated as evaluated after all others.</source>
        <translation>Die Regelsammlungsgruppe {collection} hat keine Priorität; sie wird so behandelt, als würde sie nach allen anderen ausgewertet.</translation>
    </message>
    <message>
        <source>Network rule {rule} names {fqdn}, but DNS proxy is off, so the firewall cannot match it by name; it was treated as not matching.</source>
        <translation>Die Netzwerkregel {rule} nennt {fqdn}, aber der DNS-Proxy ist deaktiviert, sodass die Firewall die Regel nicht anhand des Namens zuordnen kann; sie wurde als nicht zutreffend gewertet.</translation>
    </message>
    <message>
        <source>Network rule {rule} names {fqdn}; with DNS proxy on, the firewall resolves the name and the rule applies to Azure Attestation.</source>
        <translation>Die Netzwerkregel {rule} nennt {fqdn}; bei aktiviertem DNS-Proxy löst die Firewall den Namen auf, und die Regel gilt für Azure Attestation.</translation>
    </message>
    <message>
        <source>The firewall&apos;s built-in infrastructure rule collection is assumed not to allow Azure Attestation.</source>
        <translation>Es wird angenommen, dass die integrierte Infrastrukturregelsammlung der Firewall Azure Attestation nicht erlaubt.</translation>
    </message>
    <message>
        <source>The service tag {tag} in firewall rule {rule} is unknown; the rule&apos;s effect is unknown.</source>
        <translation>Der Diensttag {tag} in der Firewallregel {rule} ist unbekannt; die Wirkung der Regel ist unbekannt.</translation>
    </message>
    <message>
        <source>Firewall rule {rule} in collection {collection} could not be read completely ({detail}); its effect is unknown.</source>
        <translation>Die Firewallregel {rule} in der Regelsammlung {collection} konnte nicht vollständig gelesen werden ({detail}); ihre Wirkung ist unbekannt.</translation>
    </message>
    <message>
        <source>Application rule {rule} filters by web category, which cannot be checked offline.</source>
        <translation>Die Anwendungsregel {rule} filtert nach Webkategorie; das lässt sich offline nicht prüfen.</translation>
    </message>
    <message>
        <source>Application rule {rule} filters by URL path, which cannot be checked offline.</source>
        <translation>Die Anwendungsregel {rule} filtert nach URL-Pfad; das lässt sich offline nicht prüfen.</translation>
    </message>
    <message>
        <source>The attestation host name is unknown, so application rules with host names could not be checked.</source>
        <translation>Der Hostname für den Nachweis ist unbekannt, daher konnten Anwendungsregeln mit Hostnamen nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The VM uses the security type {securityType}.</source>
        <translation>Die VM verwendet den Sicherheitstyp {securityType}.</translation>
    </message>
    <message>
        <source>The VM reports a security type this tool does not recognise ({securityType}). Boot integrity monitoring needs Trusted Launch or a Confidential VM; check the VM in the Azure portal.</source>
        <translation>Die VM meldet einen Sicherheitstyp, den dieses Tool nicht kennt ({securityType}). Die Startintegritätsüberwachung erfordert den vertrauenswürdigen Start oder eine vertrauliche VM; prüfen Sie die VM im Azure-Portal.</translation>
    </message>
    <message>
        <source>This is a Standard generation 1 VM. Boot integrity monitoring needs Trusted Launch. First convert the OS disk from MBR to GPT (Microsoft&apos;s Gen1-to-Trusted-Launch upgrade), then stop (deallocate) the VM, set the security type to Trusted Launch with Secure Boot and vTPM on, and start it again.</source>
        <translation>Dies ist eine Standard-VM der Generation 1. Die Startintegritätsüberwachung erfordert den vertrauenswürdigen Start. Konvertieren Sie zuerst den Betriebssystemdatenträger von MBR in GPT (Microsofts Upgrade von Gen1 auf vertrauenswürdigen Start), beenden Sie dann die VM (Zuordnung aufheben), setzen Sie den Sicherheitstyp auf „Vertrauenswürdiger Start“ mit aktiviertem sicherem Start und vTPM, und starten Sie sie wieder.</translation>
    </message>
    <message>
        <source>This is a Standard VM. Boot integrity monitoring needs Trusted Launch. To switch: stop (deallocate) the VM, set the security type to Trusted Launch with Secure Boot and vTPM on, and start it again.</source>
        <translation>Dies ist eine Standard-VM. Die Startintegritätsüberwachung erfordert den vertrauenswürdigen Start. So stellen Sie um: Beenden Sie die VM (Zuordnung aufheben), setzen Sie den Sicherheitstyp auf „Vertrauenswürdiger Start“ mit aktiviertem sicherem Start und vTPM, und starten Sie sie wieder.</translation>
    </message>
    <message>
        <source>This is a Standard VM. Boot integrity monitoring needs Trusted Launch. To switch: stop (deallocate) the VM, set the security type to Trusted Launch with Secure Boot and vTPM on, and start it again. Generation 1 VMs must first have their OS disk converted from MBR to GPT.</source>
        <translation>Dies ist eine Standard-VM. Die Startintegritätsüberwachung erfordert den vertrauenswürdigen Start. So stellen Sie um: Beenden Sie die VM (Zuordnung aufheben), setzen Sie den Sicherheitstyp auf „Vertrauenswürdiger Start“ mit aktiviertem sicherem Start und vTPM, und starten Sie sie wieder. Bei VMs der Generation 1 muss zuvor der Betriebssystemdatenträger von MBR in GPT konvertiert werden.</translation>
    </message>
    <message>
        <source>Not available until the VM uses Trusted Launch.</source>
        <translation>Erst verfügbar, wenn die VM den vertrauenswürdigen Start verwendet.</translation>
    </message>
    <message>
        <source>Secure Boot is on.</source>
        <translation>Der sichere Start ist aktiviert.</translation>
    </message>
    <message>
        <source>The Secure Boot setting could not be read from the VM. Check it in the Azure portal.</source>
        <translation>Die Einstellung für den sicheren Start konnte nicht von der VM gelesen werden. Prüfen Sie sie im Azure-Portal.</translation>
    </message>
    <message>
        <source>Secure Boot is off. Attestation fails without it. Turning it on restarts the VM automatically.</source>
        <translation>Der sichere Start ist deaktiviert. Ohne ihn schlägt der Nachweis fehl. Beim Aktivieren wird die VM automatisch neu gestartet.</translation>
    </message>
    <message>
        <source>Secure Boot is off on this Confidential VM. Attestation fails without it. This tool changes the setting only on Trusted Launch VMs; change it in the Azure portal or redeploy the VM.</source>
        <translation>Der sichere Start ist auf dieser vertraulichen VM deaktiviert. Ohne ihn schlägt der Nachweis fehl. Dieses Tool ändert die Einstellung nur bei VMs mit vertrauenswürdigem Start; ändern Sie sie im Azure-Portal, oder stellen Sie die VM neu bereit.</translation>
    </message>
    <message>
        <source>The virtual TPM (vTPM) is on.</source>
        <translation>Das virtuelle TPM (vTPM) ist aktiviert.</translation>
    </message>
    <message>
        <source>The vTPM setting could not be read from the VM. Check it in the Azure portal.</source>
        <translation>Die vTPM-Einstellung konnte nicht von der VM gelesen werden. Prüfen Sie sie im Azure-Portal.</translation>
    </message>
    <message>
        <source>The virtual TPM (vTPM) is off. The Guest Attestation extension cannot be installed without it. Turning it on restarts the VM automatically.</source>
        <translation>Das virtuelle TPM (vTPM) ist deaktiviert. Ohne vTPM lässt sich die Gastnachweiserweiterung nicht installieren. Beim Aktivieren wird die VM automatisch neu gestartet.</translation>
    </message>
    <message>
        <source>The virtual TPM (vTPM) is off on this Confidential VM. The Guest Attestation extension cannot be installed without it. This tool changes the setting only on Trusted Launch VMs; change it in the Azure portal or redeploy the VM.</source>
        <translation>Das virtuelle TPM (vTPM) ist auf dieser vertraulichen VM deaktiviert. Ohne vTPM lässt sich die Gastnachweiserweiterung nicht installieren. Dieses Tool ändert die Einstellung nur bei VMs mit vertrauenswürdigem Start; ändern Sie sie im Azure-Portal, oder stellen Sie die VM neu bereit.</translation>
    </message>
    <message>
        <source>Operating system: {osType}.</source>
        <translation>Betriebssystem: {osType}.</translation>
    </message>
    <message>
        <source>Could not tell whether the VM runs Windows or Linux. The extension comes in a Windows and a Linux variant, so choose the operating system before installing it.</source>
        <translation>Es ließ sich nicht feststellen, ob auf der VM Windows oder Linux läuft. Die Erweiterung gibt es in einer Windows- und einer Linux-Variante; wählen Sie daher vor der Installation das Betriebssystem aus.</translation>
    </message>
    <message>
        <source>The VM is running.</source>
        <translation>Die VM wird ausgeführt.</translation>
    </message>
    <message>
        <source>The VM&apos;s power state is not known. Installing the extension and attesting need a running VM.</source>
        <translation>Der Betriebszustand der VM ist nicht bekannt. Für die Installation der Erweiterung und den Nachweis muss die VM laufen.</translation>
    </message>
    <message>
        <source>The VM is not running (state: {powerState}). Installing the extension and attesting need a running VM; start it first.</source>
        <translation>Die VM wird nicht ausgeführt (Status: {powerState}). Für die Installation der Erweiterung und den Nachweis muss die VM laufen; starten Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The Azure VM Agent is ready (version {version}).</source>
        <translation>Der Azure VM-Agent ist bereit (Version {version}).</translation>
    </message>
    <message>
        <source>The VM Agent can only be checked while the VM is running.</source>
        <translation>Der VM-Agent kann nur geprüft werden, während die VM ausgeführt wird.</translation>
    </message>
    <message>
        <source>The VM Agent status was not loaded.</source>
        <translation>Der Status des VM-Agents wurde nicht geladen.</translation>
    </message>
    <message>
        <source>The Azure VM Agent is not ready (status: {status}). Extensions cannot be installed until the agent inside the VM is running and can reach Azure.</source>
        <translation>Der Azure VM-Agent ist nicht bereit (Status: {status}). Erweiterungen lassen sich erst installieren, wenn der Agent in der VM läuft und Azure erreichen kann.</translation>
    </message>
    <message>
        <source>The Azure VM Agent is not ready (status: {status}). Extensions cannot be installed until the agent inside the VM is running and can reach Azure. Agent message: {message}</source>
        <translation>Der Azure VM-Agent ist nicht bereit (Status: {status}). Erweiterungen lassen sich erst installieren, wenn der Agent in der VM läuft und Azure erreichen kann. Meldung des Agents: {message}</translation>
    </message>
    <message>
        <source>The VM reports no Azure VM Agent status. The agent may not be installed or not be running; extensions cannot be installed without it.</source>
        <translation>Die VM meldet keinen Status des Azure VM-Agents. Der Agent ist möglicherweise nicht installiert oder läuft nicht; ohne ihn lassen sich keine Erweiterungen installieren.</translation>
    </message>
    <message>
        <source>The Guest Attestation extension is not installed, so boot integrity monitoring is off.</source>
        <translation>Die Gastnachweiserweiterung ist nicht installiert, daher ist die Startintegritätsüberwachung deaktiviert.</translation>
    </message>
    <message>
        <source>The extension {name} uses the publisher {publisher}, which is meant for another operating system. This {osType} VM needs {expected}. Remove the extension and install the right one.</source>
        <translation>Die Erweiterung {name} verwendet den Herausgeber {publisher}, der für ein anderes Betriebssystem gedacht ist. Diese {osType}-VM benötigt {expected}. Entfernen Sie die Erweiterung, und installieren Sie die richtige.</translation>
    </message>
    <message>
        <source>The extension {name} is installed but reports an error: {message}</source>
        <translation>Die Erweiterung {name} ist installiert, meldet aber einen Fehler: {message}</translation>
    </message>
    <message>
        <source>The Guest Attestation extension {name} failed (state: {state}). A network security group, firewall or proxy that blocks the Azure Attestation service is the most common cause.</source>
        <translation>Die Gastnachweiserweiterung {name} ist fehlgeschlagen (Status: {state}). Die häufigste Ursache ist eine Netzwerksicherheitsgruppe (NSG), Firewall oder ein Proxy, die bzw. der den Azure Attestation-Dienst blockiert.</translation>
    </message>
    <message>
        <source>The Guest Attestation extension {name} failed (state: {state}). A network security group, firewall or proxy that blocks the Azure Attestation service is the most common cause. Message from the VM: {message}</source>
        <translation>Die Gastnachweiserweiterung {name} ist fehlgeschlagen (Status: {state}). Die häufigste Ursache ist eine Netzwerksicherheitsgruppe (NSG), Firewall oder ein Proxy, die bzw. der den Azure Attestation-Dienst blockiert. Meldung der VM: {message}</translation>
    </message>
    <message>
        <source>The Linux Guest Attestation extension {name} is stuck in a transitional state ({state}). This is a known issue when automatic upgrade is on; reinstall the extension with automatic upgrade turned off.</source>
        <translation>Die Linux-Gastnachweiserweiterung {name} hängt in einem Übergangszustand fest ({state}). Das ist ein bekanntes Problem bei aktiviertem automatischem Upgrade; installieren Sie die Erweiterung mit deaktiviertem automatischem Upgrade neu.</translation>
    </message>
    <message>
        <source>The Guest Attestation extension {name} is still being set up (state: {state}). Check again in a few minutes.</source>
        <translation>Die Gastnachweiserweiterung {name} wird noch eingerichtet (Status: {state}). Prüfen Sie in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The Guest Attestation extension {name} is not healthy (state: {state}). Check its status messages.</source>
        <translation>Die Gastnachweiserweiterung {name} ist nicht fehlerfrei (Status: {state}). Prüfen Sie ihre Statusmeldungen.</translation>
    </message>
    <message>
        <source>The extension was installed without attestation settings. It can still work, but the Azure portal may not show the attestation status. Reinstalling it with the standard settings fixes this.</source>
        <translation>Die Erweiterung wurde ohne Nachweiseinstellungen installiert. Sie kann trotzdem funktionieren, aber das Azure-Portal zeigt den Nachweisstatus möglicherweise nicht an. Eine Neuinstallation mit den Standardeinstellungen behebt das.</translation>
    </message>
    <message>
        <source>The extension attests against {endpoint} instead of the region&apos;s default provider. The network checks use this address.</source>
        <translation>Die Erweiterung führt den Nachweis gegen {endpoint} statt gegen den Standardanbieter der Region durch. Die Netzwerkprüfungen verwenden diese Adresse.</translation>
    </message>
    <message>
        <source>Route {route} in route table {route_table} sends traffic for {prefix} to next hop None, which drops traffic to Azure Attestation. Remove the route or point it to your firewall.</source>
        <translation>Die Route {route} in der Routentabelle {route_table} leitet Datenverkehr für {prefix} an den nächsten Hop „Keiner“ weiter und verwirft damit Datenverkehr zu Azure Attestation. Entfernen Sie die Route, oder leiten Sie sie an Ihre Firewall weiter.</translation>
    </message>
    <message>
        <source>Azure&apos;s system route for {prefix} drops traffic to Azure Attestation (next hop None).</source>
        <translation>Die Systemroute von Azure für {prefix} verwirft Datenverkehr zu Azure Attestation (nächster Hop „Keiner“).</translation>
    </message>
    <message>
        <source>Route {route} sends traffic to Azure Attestation to the virtual appliance {next_hop_ip}, which is not an Azure Firewall we know. Make sure the appliance allows outbound TCP port 443 to the AzureAttestation service tag.</source>
        <translation>Die Route {route} leitet Datenverkehr zu Azure Attestation an das virtuelle Gerät {next_hop_ip} weiter, das keine uns bekannte Azure Firewall ist. Stellen Sie sicher, dass das Gerät ausgehenden Datenverkehr über TCP-Port 443 zum Diensttag AzureAttestation erlaubt.</translation>
    </message>
    <message>
        <source>Route {route} sends traffic for the service tag {tag} directly to the internet, so it bypasses the virtual appliance of the default route.</source>
        <translation>Die Route {route} leitet Datenverkehr für den Diensttag {tag} direkt ins Internet und umgeht so das virtuelle Gerät der Standardroute.</translation>
    </message>
    <message>
        <source>Route {route} sends traffic to Azure Attestation to the virtual network gateway (forced tunnelling). The on-premises network must allow outbound TCP port 443 to the AzureAttestation service tag.</source>
        <translation>Die Route {route} leitet Datenverkehr zu Azure Attestation an das Gateway des virtuellen Netzwerks weiter (Tunnelerzwingung). Das lokale Netzwerk muss ausgehenden Datenverkehr über TCP-Port 443 zum Diensttag AzureAttestation erlauben.</translation>
    </message>
    <message>
        <source>Route {route} uses the service tag {tag}, which is unknown; the route was ignored.</source>
        <translation>Die Route {route} verwendet den Diensttag {tag}, der unbekannt ist; die Route wurde ignoriert.</translation>
    </message>
    <message>
        <source>Route {route} has an address prefix that could not be read ({prefix}); the route was ignored.</source>
        <translation>Die Route {route} hat ein Adresspräfix, das nicht gelesen werden konnte ({prefix}); die Route wurde ignoriert.</translation>
    </message>
    <message>
        <source>Route {route} has a next hop that could not be read ({next_hop}); where it applies, the result is unknown.</source>
        <translation>Die Route {route} hat einen nächsten Hop, der nicht gelesen werden konnte ({next_hop}); wo sie greift, ist das Ergebnis unbekannt.</translation>
    </message>
    <message>
        <source>Azure Attestation addresses in {prefix} fall into a virtual network address space, so the traffic stays inside the virtual network and does not reach the service.</source>
        <translation>Azure Attestation-Adressen in {prefix} liegen im Adressraum eines virtuellen Netzwerks, daher bleibt der Datenverkehr im virtuellen Netzwerk und erreicht den Dienst nicht.</translation>
    </message>
    <message>
        <source>Route table {route_table} does not propagate gateway routes (BGP route propagation is off).</source>
        <translation>Die Routentabelle {route_table} gibt keine Gatewayrouten weiter (BGP-Routenverteilung ist deaktiviert).</translation>
    </message>
    <message>
        <source>Rule {rule} (priority {priority}) in network security group {nsg} on the VM&apos;s network interface blocks outbound {protocol} port {port} to Azure Attestation. The VM cannot reach the attestation service until an outbound rule allowing the service tag AzureAttestation has a lower priority number.</source>
        <translation>Die Regel {rule} (Priorität {priority}) in der Netzwerksicherheitsgruppe {nsg} an der Netzwerkschnittstelle der VM blockiert ausgehenden {protocol}-Datenverkehr an Port {port} zu Azure Attestation. Die VM kann den Nachweisdienst erst erreichen, wenn eine ausgehende Sicherheitsregel, die das Diensttag AzureAttestation zulässt, eine niedrigere Prioritätsnummer hat.</translation>
    </message>
    <message>
        <source>Rule {rule} (priority {priority}) in network security group {nsg} on the VM&apos;s subnet blocks outbound {protocol} port {port} to Azure Attestation. The VM cannot reach the attestation service until an outbound rule allowing the service tag AzureAttestation has a lower priority number.</source>
        <translation>Die Regel {rule} (Priorität {priority}) in der Netzwerksicherheitsgruppe {nsg} am Subnetz der VM blockiert ausgehenden {protocol}-Datenverkehr an Port {port} zu Azure Attestation. Die VM kann den Nachweisdienst erst erreichen, wenn eine ausgehende Sicherheitsregel, die das Diensttag AzureAttestation zulässt, eine niedrigere Prioritätsnummer hat.</translation>
    </message>
    <message>
        <source>The network security groups block only part of Azure Attestation: {blocked} of {total} address ranges are blocked. Connections can fail or succeed depending on which address the service uses.</source>
        <translation>Die Netzwerksicherheitsgruppen (NSGs) blockieren Azure Attestation nur teilweise: {blocked} von {total} Adressbereichen sind blockiert. Verbindungen können daher je nach verwendeter Adresse des Diensts fehlschlagen oder gelingen.</translation>
    </message>
    <message>
        <source>Rule {rule} (priority {priority}) in network security group {nsg} uses the service tag {tag}, which is not in the loaded service tag data. Whether this rule lets the VM reach Azure Attestation cannot be determined.</source>
        <translation>Die Regel {rule} (Priorität {priority}) in der Netzwerksicherheitsgruppe {nsg} verwendet das Diensttag {tag}, das in den geladenen Diensttagdaten nicht enthalten ist. Ob diese Regel den Zugriff der VM auf Azure Attestation zulässt, lässt sich nicht feststellen.</translation>
    </message>
    <message>
        <source>Rule {rule} in network security group {nsg} contains a value that cannot be read. Whether this rule lets the VM reach Azure Attestation cannot be determined; check the rule in the Azure portal.</source>
        <translation>Die Regel {rule} in der Netzwerksicherheitsgruppe {nsg} enthält einen Wert, der nicht gelesen werden kann. Ob diese Regel den Zugriff der VM auf Azure Attestation zulässt, lässt sich nicht feststellen. Bitte prüfen Sie die Regel im Azure-Portal.</translation>
    </message>
    <message>
        <source>Rule {rule} (priority {priority}) in network security group {nsg} targets an application security group. Which addresses belong to it cannot be determined here, so its effect is unknown.</source>
        <translation>Die Regel {rule} (Priorität {priority}) in der Netzwerksicherheitsgruppe {nsg} hat eine Anwendungssicherheitsgruppe als Ziel. Welche Adressen dazugehören, lässt sich hier nicht ermitteln, daher ist ihre Wirkung unbekannt.</translation>
    </message>
    <message>
        <source>Rule {rule} (priority {priority}) in network security group {nsg} uses the regional service tag {tag}. It covers only the addresses of one region; use the global service tag AzureAttestation in rules.</source>
        <translation>Die Regel {rule} (Priorität {priority}) in der Netzwerksicherheitsgruppe {nsg} verwendet das regionale Diensttag {tag}. Es umfasst nur die Adressen einer Region. Verwenden Sie in Regeln stattdessen das globale Diensttag AzureAttestation.</translation>
    </message>
    <message>
        <source>Rule {rule} (priority {priority}) in network security group {nsg} matches Azure Attestation through the VirtualNetwork service tag, because a user-defined route (usually 0.0.0.0/0) adds public addresses to that tag. If the route table changes, this rule no longer applies.</source>
        <translation>Die Regel {rule} (Priorität {priority}) in der Netzwerksicherheitsgruppe {nsg} erfasst Azure Attestation über das Diensttag VirtualNetwork, weil eine benutzerdefinierte Route (meist 0.0.0.0/0) diesem Diensttag öffentliche Adressen hinzufügt. Wenn sich die Routentabelle ändert, greift diese Regel nicht mehr.</translation>
    </message>
    <message>
        <source>Rule {rule} (priority {priority}) in network security group {nsg} applies only to source ports {ports}. The VM picks a random source port for each connection, so this rule affects only some connections and was not counted in this check.</source>
        <translation>Die Regel {rule} (Priorität {priority}) in der Netzwerksicherheitsgruppe {nsg} gilt nur für die Quellports {ports}. Die VM wählt für jede Verbindung einen zufälligen Quellport, daher betrifft diese Regel nur einen Teil der Verbindungen und wurde bei dieser Prüfung nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Rule {rule} (priority {priority}) in network security group {nsg} applies only to members of the application security group {asg}. The VM&apos;s network interface is not a member, so the rule does not apply to it.</source>
        <translation>Die Regel {rule} (Priorität {priority}) in der Netzwerksicherheitsgruppe {nsg} gilt nur für Mitglieder der Anwendungssicherheitsgruppe {asg}. Die Netzwerkschnittstelle der VM ist kein Mitglied, daher gilt die Regel für sie nicht.</translation>
    </message>
    <message>
        <source>{name} ({type}) was not found. The parts of the path to Azure Attestation that depend on it are reported as unknown.</source>
        <translation>{name} ({type}) wurde nicht gefunden. Die Teile des Pfads zu Azure Attestation, die davon abhängen, werden als unbekannt gemeldet.</translation>
    </message>
    <message>
        <source>You are not allowed to read {name} ({type}): the permission {permission} is missing. The Reader role on the resource group {resource_group} is enough. Until then, the parts of the path to Azure Attestation that depend on it are reported as unknown.</source>
        <translation>Sie dürfen {name} ({type}) nicht lesen: Die Berechtigung {permission} fehlt. Die Rolle „Leser“ für die Ressourcengruppe {resource_group} genügt. Bis dahin werden die Teile des Pfads zu Azure Attestation, die davon abhängen, als unbekannt gemeldet.</translation>
    </message>
    <message>
        <source>{name} ({type}) could not be read: {detail}. The parts of the path to Azure Attestation that depend on it are reported as unknown.</source>
        <translation>{name} ({type}) konnte nicht gelesen werden: {detail}. Die Teile des Pfads zu Azure Attestation, die davon abhängen, werden als unbekannt gemeldet.</translation>
    </message>
    <message>
        <source>The VM&apos;s network configuration is incomplete ({missing} is missing), so its path to Azure Attestation cannot be checked.</source>
        <translation>Die Netzwerkkonfiguration der VM ist unvollständig ({missing} fehlt), daher kann ihr Pfad zu Azure Attestation nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The service tag data has no addresses of Azure Attestation for this VM, so its network path cannot be checked.</source>
        <translation>Die Diensttag-Daten enthalten keine Adressen von Azure Attestation für diese VM, daher kann ihr Netzwerkpfad nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The VM can reach Azure Attestation ({tag}, TCP port 443): the network security groups, routes and firewalls on the way allow it.</source>
        <translation>Die VM kann Azure Attestation erreichen ({tag}, TCP-Port 443): Die Netzwerksicherheitsgruppen, Routen und Firewalls auf dem Weg lassen den Datenverkehr zu.</translation>
    </message>
    <message>
        <source>Only part of Azure Attestation is reachable: {blocked} of {total} address ranges of {tag} are blocked on the way. Attestation can fail whenever the service answers from a blocked address.</source>
        <translation>Azure Attestation ist nur teilweise erreichbar: {blocked} von {total} Adressbereichen von {tag} werden unterwegs blockiert. Der Gastnachweis kann immer dann fehlschlagen, wenn der Dienst von einer blockierten Adresse antwortet.</translation>
    </message>
    <message>
        <source>No current service tag data was available, so the bundled extract dated {date} was used. Microsoft updates service tags weekly; addresses added since then are not taken into account.</source>
        <translation>Es waren keine aktuellen Diensttag-Daten verfügbar, daher wurde der mitgelieferte Auszug vom {date} verwendet. Microsoft aktualisiert Diensttags wöchentlich; seitdem hinzugekommene Adressen werden nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>The service tags {tags} are not in the current service tag data; their addresses were taken from the bundled extract dated {date}.</source>
        <translation>Die Diensttags {tags} sind nicht in den aktuellen Diensttag-Daten enthalten; ihre Adressen stammen aus dem mitgelieferten Auszug vom {date}.</translation>
    </message>
    <message>
        <source>No service tag data is available for this Azure cloud, so the addresses of Azure Attestation are unknown.</source>
        <translation>Für diese Azure-Cloud sind keine Diensttag-Daten verfügbar, daher sind die Adressen von Azure Attestation unbekannt.</translation>
    </message>
    <message>
        <source>Inside the VM everything attestation needs works: {host} resolves, TCP port 443 and TLS with a Microsoft certificate succeed, no proxy is set, and the Instance Metadata Service and the wire server answer. No action is needed.</source>
        <translation>In der VM funktioniert alles, was der Nachweis braucht: {host} wird aufgelöst, TCP-Port 443 und TLS mit einem Microsoft-Zertifikat funktionieren, es ist kein Proxy eingestellt, und der Instanzmetadatendienst sowie der Wire-Server antworten. Es ist nichts zu tun.</translation>
    </message>
    <message>
        <source>A proxy is configured inside the VM ({sources}) and it did not let the connection to {host} through ({detail}). Microsoft documents that the Guest Attestation extension does not work properly behind a proxy. Next step: let the VM reach {host} directly on port 443: remove the proxy setting for the VM agent, or add {host}, 169.254.169.254 and 168.63.129.16 to the proxy bypass list (no_proxy).</source>
        <translation>In der VM ist ein Proxy konfiguriert ({sources}), und er hat die Verbindung zu {host} nicht durchgelassen ({detail}). Laut Microsoft funktioniert die Gastnachweiserweiterung hinter einem Proxy nicht zuverlässig. Nächster Schritt: Sorgen Sie dafür, dass die VM {host} direkt über Port 443 erreicht: Entfernen Sie die Proxyeinstellung für den VM-Agent, oder tragen Sie {host}, 169.254.169.254 und 168.63.129.16 in die Proxy-Umgehungsliste (no_proxy) ein.</translation>
    </message>
    <message>
        <source>A proxy is configured inside the VM ({sources}). Microsoft documents that the Guest Attestation extension does not work properly behind a proxy. Next step: let the VM reach {host} directly on port 443: remove the proxy setting for the VM agent, or add {host}, 169.254.169.254 and 168.63.129.16 to the proxy bypass list (no_proxy).</source>
        <translation>In der VM ist ein Proxy konfiguriert ({sources}). Laut Microsoft funktioniert die Gastnachweiserweiterung hinter einem Proxy nicht zuverlässig. Nächster Schritt: Sorgen Sie dafür, dass die VM {host} direkt über Port 443 erreicht: Entfernen Sie die Proxyeinstellung für den VM-Agent, oder tragen Sie {host}, 169.254.169.254 und 168.63.129.16 in die Proxy-Umgehungsliste (no_proxy) ein.</translation>
    </message>
    <message>
        <source>The VM cannot resolve the attestation host {host} (DNS servers: {servers}). Without name resolution the Guest Attestation extension cannot reach Azure Attestation. Next step: if the VM uses custom DNS servers, let them forward Azure names to Azure DNS (168.63.129.16); also check private DNS zones for attest.azure.net that hide the public name.</source>
        <translation>Die VM kann den Nachweishost {host} nicht auflösen (DNS-Server: {servers}). Ohne Namensauflösung erreicht die Gastnachweiserweiterung Azure Attestation nicht. Nächster Schritt: Wenn die VM eigene DNS-Server verwendet, lassen Sie diese Azure-Namen an Azure DNS (168.63.129.16) weiterleiten; prüfen Sie außerdem private DNS-Zonen für attest.azure.net, die den öffentlichen Namen verdecken.</translation>
    </message>
    <message>
        <source>The VM resolved {host} to {address} but could not open a TCP connection on port {port}. Something on the network path drops the traffic: a network security group, a route, Azure Firewall or another appliance. Next step: run the network path diagnosis for this VM and allow outbound TCP 443 to the service tag AzureAttestation.</source>
        <translation>Die VM hat {host} zu {address} aufgelöst, konnte aber keine TCP-Verbindung über Port {port} aufbauen. Etwas auf dem Netzwerkpfad verwirft den Datenverkehr: eine Netzwerksicherheitsgruppe, eine Route, Azure Firewall oder eine andere Appliance. Nächster Schritt: Führen Sie die Netzwerkpfaddiagnose für diese VM aus, und erlauben Sie ausgehendes TCP 443 zum Diensttag AzureAttestation.</translation>
    </message>
    <message>
        <source>The connection to {host} is answered with a certificate issued by &quot;{issuer}&quot;, not by Microsoft: a proxy or firewall inspects TLS traffic, and attestation fails because the extension expects Microsoft&apos;s certificate. Next step: exclude {host} (or *.attest.azure.net) from TLS inspection on that proxy or firewall.</source>
        <translation>Die Verbindung zu {host} wird mit einem Zertifikat beantwortet, das „{issuer}“ ausgestellt hat und nicht Microsoft: Ein Proxy oder eine Firewall prüft den TLS-Datenverkehr, und der Nachweis schlägt fehl, weil die Erweiterung das Zertifikat von Microsoft erwartet. Nächster Schritt: Nehmen Sie {host} (oder *.attest.azure.net) auf diesem Proxy bzw. dieser Firewall von der TLS-Prüfung aus.</translation>
    </message>
    <message>
        <source>A TCP connection to {host} opened, but the TLS handshake failed ({detail}). A firewall or proxy probably ends the connection, for example because an application rule does not allow the name. Next step: allow {host} (or *.attest.azure.net) on that firewall or proxy, without TLS inspection.</source>
        <translation>Eine TCP-Verbindung zu {host} wurde aufgebaut, aber der TLS-Handshake ist fehlgeschlagen ({detail}). Vermutlich beendet eine Firewall oder ein Proxy die Verbindung, etwa weil eine Anwendungsregel den Namen nicht erlaubt. Nächster Schritt: Erlauben Sie {host} (oder *.attest.azure.net) auf dieser Firewall bzw. diesem Proxy, ohne TLS-Prüfung.</translation>
    </message>
    <message>
        <source>The operating system firewall inside the VM blocks outbound connections on port 443: {rule}. Next step: allow outbound TCP 443 to {host} in the operating system firewall (before the blocking rule), then run the check again.</source>
        <translation>Die Betriebssystemfirewall in der VM blockiert ausgehende Verbindungen über Port 443: {rule}. Nächster Schritt: Erlauben Sie in der Betriebssystemfirewall ausgehendes TCP 443 zu {host} (vor der blockierenden Regel), und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The VM cannot reach the Instance Metadata Service at 169.254.169.254 (HTTP status: {code}). The Guest Attestation extension reads the vTPM certificate from it. Next step: make sure no operating system firewall rule, proxy or route diverts 169.254.169.254; it must be reached directly, bypassing any proxy.</source>
        <translation>Die VM erreicht den Instanzmetadatendienst unter 169.254.169.254 nicht (HTTP-Status: {code}). Die Gastnachweiserweiterung liest dort das vTPM-Zertifikat. Nächster Schritt: Stellen Sie sicher, dass keine Regel der Betriebssystemfirewall, kein Proxy und keine Route 169.254.169.254 umleitet; die Adresse muss direkt und an jedem Proxy vorbei erreichbar sein.</translation>
    </message>
    <message>
        <source>The VM cannot reach the Azure wire server 168.63.129.16 on port {ports}. The VM agent installs extensions and reports their status over it. Next step: allow outbound TCP 80 and 32526 to 168.63.129.16 in the operating system firewall and bypass any proxy for it.</source>
        <translation>Die VM erreicht den Azure-Wire-Server 168.63.129.16 über Port {ports} nicht. Über ihn installiert der VM-Agent Erweiterungen und meldet deren Status. Nächster Schritt: Erlauben Sie in der Betriebssystemfirewall ausgehendes TCP 80 und 32526 zu 168.63.129.16, und nehmen Sie die Adresse von jedem Proxy aus.</translation>
    </message>
    <message>
        <source>The output of the check inside the VM could not be read: it does not start with the expected header. It may have been cut off or changed by other software in the VM. Next step: run the check again; if this repeats, run the script by hand in the VM and compare.</source>
        <translation>Die Ausgabe der Prüfung in der VM konnte nicht gelesen werden: Sie beginnt nicht mit der erwarteten Kopfzeile. Möglicherweise wurde sie abgeschnitten oder von anderer Software in der VM verändert. Nächster Schritt: Führen Sie die Prüfung erneut aus; wenn das wieder passiert, führen Sie das Skript von Hand in der VM aus, und vergleichen Sie.</translation>
    </message>
    <message>
        <source>The output of the check inside the VM uses format version {version}, which this version of the tool does not know. Next step: update Boot Integrity Wizard and run the check again.</source>
        <translation>Die Ausgabe der Prüfung in der VM verwendet die Formatversion {version}, die diese Version des Tools nicht kennt. Nächster Schritt: Aktualisieren Sie Boot Integrity Wizard, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The output of the check inside the VM ends early: the script stopped or its output was cut off, so the results are incomplete. Next step: run the check again.</source>
        <translation>Die Ausgabe der Prüfung in der VM endet vorzeitig: Das Skript wurde angehalten oder die Ausgabe abgeschnitten, die Ergebnisse sind also unvollständig. Nächster Schritt: Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>{count} lines of the output of the check inside the VM could not be read and were ignored. Next step: if the results look wrong, run the check again.</source>
        <translation>{count} Zeilen der Ausgabe der Prüfung in der VM konnten nicht gelesen werden und wurden ignoriert. Nächster Schritt: Wenn die Ergebnisse falsch wirken, führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The certificate of {host} could not be checked inside the VM ({reason}), so TLS inspection could not be ruled out.</source>
        <translation>Das Zertifikat von {host} konnte in der VM nicht geprüft werden ({reason}); eine TLS-Prüfung durch Proxy oder Firewall lässt sich daher nicht ausschließen.</translation>
    </message>
    <message>
        <source>The operating system firewall rules could not be read inside the VM ({reason}), so a blocking rule could not be ruled out.</source>
        <translation>Die Regeln der Betriebssystemfirewall konnten in der VM nicht gelesen werden ({reason}); eine blockierende Regel lässt sich daher nicht ausschließen.</translation>
    </message>
    <message>
        <source>The check {check} was skipped inside the VM ({reason}).</source>
        <translation>Die Prüfung {check} wurde in der VM übersprungen ({reason}).</translation>
    </message>
    <message>
        <source>The check script inside the VM refused to run: {detail}. Next step: check the attestation host name and run the check again.</source>
        <translation>Das Prüfskript in der VM hat die Ausführung verweigert: {detail}. Nächster Schritt: Prüfen Sie den Namen des Nachweishosts, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The VM is not running (power state: {state}), so nothing can be checked inside it. Next step: start the VM, wait until its VM agent is ready, then run the check again.</source>
        <translation>Die VM läuft nicht (Energiezustand: {state}), daher kann in ihr nichts geprüft werden. Nächster Schritt: Starten Sie die VM, warten Sie, bis ihr VM-Agent bereit ist, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The VM agent is not ready (status: {status}), so Run Command cannot run the check. Next step: make sure the VM agent (waagent on Linux, WindowsAzureGuestAgent on Windows) is running and can reach 168.63.129.16, then try again.</source>
        <translation>Der VM-Agent ist nicht bereit (Status: {status}), daher kann Run Command die Prüfung nicht ausführen. Nächster Schritt: Stellen Sie sicher, dass der VM-Agent (waagent unter Linux, WindowsAzureGuestAgent unter Windows) läuft und 168.63.129.16 erreicht, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The VM&apos;s operating system could not be determined, so the tool cannot choose a check script. Next step: check the OS type of the VM&apos;s OS disk in the Azure portal.</source>
        <translation>Das Betriebssystem der VM konnte nicht ermittelt werden, daher kann das Tool kein Prüfskript auswählen. Nächster Schritt: Prüfen Sie im Azure-Portal den Betriebssystemtyp des Betriebssystemdatenträgers der VM.</translation>
    </message>
    <message>
        <source>The tool knows no shared attestation provider for the VM&apos;s region ({region}). Next step: name the attestation host explicitly and run the check again.</source>
        <translation>Für die Region der VM ({region}) kennt das Tool keinen gemeinsamen Nachweisanbieter. Nächster Schritt: Geben Sie den Nachweishost ausdrücklich an, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>You are not allowed to run commands on this VM (action {action}). Next step: ask an owner of the VM or its resource group for the role {role}, or another role that includes this action.</source>
        <translation>Sie dürfen auf dieser VM keine Befehle ausführen (Aktion {action}). Nächster Schritt: Bitten Sie einen Besitzer der VM oder ihrer Ressourcengruppe um die Rolle {role} oder eine andere Rolle, die diese Aktion enthält.</translation>
    </message>
    <message>
        <source>Run Command failed on the VM: {detail}. Next step: check the VM agent&apos;s status and try again; another Run Command may still be running, and only one can run at a time.</source>
        <translation>Run Command ist auf der VM fehlgeschlagen: {detail}. Nächster Schritt: Prüfen Sie den Status des VM-Agents, und versuchen Sie es erneut; möglicherweise läuft noch ein anderer Run Command, und es kann immer nur einer gleichzeitig laufen.</translation>
    </message>
</context>
<context>
    <name>FixPage</name>
    <message>
        <source>Fix the network path</source>
        <translation>Netzwerkpfad reparieren</translation>
    </message>
    <message>
        <source>Review the planned changes. Nothing is changed in Azure until you agree and select Apply.</source>
        <translation>Prüfen Sie die geplanten Änderungen. In Azure wird nichts geändert, bis Sie zustimmen und „Änderungen anwenden“ wählen.</translation>
    </message>
    <message>
        <source>I have reviewed these changes and &amp;want to apply them</source>
        <translation>Ich habe die Änderungen geprüft und &amp;möchte sie anwenden</translation>
    </message>
    <message>
        <source>I agree that an existing rule gets a new priority &amp;number (it is restored by Undo)</source>
        <translation>Ich bin einverstanden, dass eine vorhandene Regel eine neue Prioritäts&amp;nummer erhält („Rückgängig“ stellt sie wieder her)</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>Änderungen an&amp;wenden</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Änderungen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Working on the changes</source>
        <translation>Änderungen werden bearbeitet</translation>
    </message>
    <message>
        <source>Planning the changes…</source>
        <translation>Änderungen werden geplant …</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s) and checking the path again…</source>
        <translation>
            <numerusform>%n Änderung wird angewendet und der Pfad erneut geprüft …</numerusform>
            <numerusform>%n Änderungen werden angewendet und der Pfad erneut geprüft …</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the changes…</source>
        <translation>Änderungen werden rückgängig gemacht …</translation>
    </message>
    <message>
        <source>The changes were undone.</source>
        <translation>Die Änderungen wurden rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Azure Attestation is reachable now.</source>
        <translation>Azure Attestation ist jetzt erreichbar.</translation>
    </message>
    <message>
        <source>There is nothing this wizard can change automatically; see the notes.</source>
        <translation>Der Assistent kann hier nichts automatisch ändern; siehe Hinweise.</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>The path of %n VM(s) in {subnet} cannot be decided ({reason})</source>
        <translation>Der Weg von %n VM(s) in {subnet} lässt sich nicht bestimmen ({reason})</translation>
    </message>
    <message>
        <source>NSG {nsg} on subnet {subnet} blocks %n VM(s)</source>
        <translation>Die NSG {nsg} im Subnetz {subnet} blockiert %n VM(s)</translation>
    </message>
    <message>
        <source>NSG {nsg} on the network interface blocks %n VM(s)</source>
        <translation>Die NSG {nsg} an der Netzwerkschnittstelle blockiert %n VM(s)</translation>
    </message>
    <message>
        <source>Azure Firewall {firewall} (rule {rule}) blocks %n VM(s) from {subnet}</source>
        <translation>Azure Firewall {firewall} (Regel {rule}) blockiert %n VM(s) aus {subnet}</translation>
    </message>
    <message>
        <source>Route {rule} in {table} drops the traffic of %n VM(s) in {subnet}</source>
        <translation>Die Route {rule} in {table} verwirft den Datenverkehr von %n VM(s) in {subnet}</translation>
    </message>
    <message>
        <source>default deny</source>
        <translation>Standardverweigerung</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Nicht geeignet</translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <source>Many VMs</source>
        <translation>Viele VMs</translation>
    </message>
    <message>
        <source>Every VM you can see, in one Resource Graph scan. Shared causes are fixed once; nothing changes before you have seen and confirmed the plan.</source>
        <translation>Alle VMs, die Sie sehen dürfen, in einer Resource Graph-Abfrage. Gemeinsame Ursachen werden einmal behoben; nichts wird geändert, bevor Sie den Plan gesehen und bestätigt haben.</translation>
    </message>
    <message>
        <source>Management &amp;group (optional):</source>
        <translation>&amp;Verwaltungsgruppe (optional):</translation>
    </message>
    <message>
        <source>all subscriptions</source>
        <translation>alle Abonnements</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>Ü&amp;berprüfen</translation>
    </message>
    <message>
        <source>E&amp;xport report</source>
        <translation>Bericht e&amp;xportieren</translation>
    </message>
    <message>
        <source>HTML report with chart…</source>
        <translation>HTML-Bericht mit Diagramm…</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet…</source>
        <translation>CSV für eine Tabellenkalkulation…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Search by name, resource group or region</source>
        <translation>Nach Name, Ressourcengruppe oder Region suchen</translation>
    </message>
    <message>
        <source>Search machines</source>
        <translation>Computer durchsuchen</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>&amp;Machines</source>
        <translation>&amp;Computer</translation>
    </message>
    <message>
        <source>Shared causes and &amp;changes</source>
        <translation>Gemeinsame Ursachen und Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>Find shared ca&amp;uses</source>
        <translation>Gemeinsame &amp;Ursachen finden</translation>
    </message>
    <message>
        <source>Plan the network &amp;fix</source>
        <translation>Netzwerkkorrektur &amp;planen</translation>
    </message>
    <message>
        <source>Plan &amp;enabling</source>
        <translation>A&amp;ktivierung planen</translation>
    </message>
    <message>
        <source>I have reviewed these changes and &amp;want to apply them</source>
        <translation>Ich habe die Änderungen geprüft und &amp;möchte sie anwenden</translation>
    </message>
    <message>
        <source>I agree that an existing rule is &amp;renumbered so that the new rule can go ahead of it</source>
        <translation>Ich bin damit einverstanden, dass eine vorhandene Regel umnummer&amp;iert wird, damit die neue Regel vor ihr steht</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Showing all machines</source>
        <translation>Alle Computer werden angezeigt</translation>
    </message>
    <message>
        <source>Click a bar of the chart to show only the machines in it.</source>
        <translation>Klicken Sie auf einen Balken des Diagramms, um nur dessen Computer anzuzeigen.</translation>
    </message>
    <message>
        <source>Showing: {status}</source>
        <translation>Angezeigt: {status}</translation>
    </message>
    <message>
        <source>Click the bar again to show all machines.</source>
        <translation>Klicken Sie erneut auf den Balken, um alle Computer anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) in {subscriptions} subscriptions.</source>
        <translation>
            <numerusform>%n Computer in {subscriptions} Abonnements.</numerusform>
            <numerusform>%n Computer in {subscriptions} Abonnements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find shared causes to see which NSG, route or firewall blocks the failed VMs.</source>
        <translation>Suchen Sie gemeinsame Ursachen, um zu sehen, welche NSG, Route oder Firewall die fehlgeschlagenen VMs blockiert.</translation>
    </message>
    <message>
        <source>No shared cause found: the network lets these VMs through.</source>
        <translation>Keine gemeinsame Ursache gefunden: Das Netzwerk lässt diese VMs durch.</translation>
    </message>
    <message numerus="yes">
        <source>%n more cause(s)</source>
        <translation>
            <numerusform>%n weitere Ursache</numerusform>
            <numerusform>%n weitere Ursachen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) with a path that cannot be decided</source>
        <translation>
            <numerusform>%n VM, deren Weg sich nicht bestimmen lässt</numerusform>
            <numerusform>%n VMs, deren Weg sich nicht bestimmen lässt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network context(s) evaluated, each once:</source>
        <translation>
            <numerusform>%n Netzwerkkontext ausgewertet, jeder einmal:</numerusform>
            <numerusform>%n Netzwerkkontexte ausgewertet, jeder einmal:</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing subscriptions…</source>
        <translation>Abonnements werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning… %n machine(s) so far</source>
        <translation>
            <numerusform>Überprüfung läuft… bisher %n Computer</numerusform>
            <numerusform>Überprüfung läuft… bisher %n Computer</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the network and evaluating each shared context once…</source>
        <translation>Das Netzwerk wird gelesen und jeder gemeinsame Kontext einmal ausgewertet…</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planung läuft…</translation>
    </message>
    <message>
        <source>Checking your permissions…</source>
        <translation>Ihre Berechtigungen werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) selected.</source>
        <translation>
            <numerusform>%n VM ausgewählt.</numerusform>
            <numerusform>%n VMs ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not allowed: {missing}</source>
        <translation>Nicht erlaubt: {missing}</translation>
    </message>
    <message>
        <source>Review the plan, then confirm below.</source>
        <translation>Prüfen Sie den Plan und bestätigen Sie ihn unten.</translation>
    </message>
    <message>
        <source>Stopping after the changes in flight…</source>
        <translation>Wird nach den laufenden Änderungen angehalten…</translation>
    </message>
    <message>
        <source>Applying: {done} of {total} changes finished</source>
        <translation>Anwenden: {done} von {total} Änderungen abgeschlossen</translation>
    </message>
    <message>
        <source>Scanning the fleet again…</source>
        <translation>Die Flotte wird erneut überprüft…</translation>
    </message>
    <message>
        <source>Applied for {ok} of {total} VMs.</source>
        <translation>Für {ok} von {total} VMs angewendet.</translation>
    </message>
    <message>
        <source>Stopped. Scan again and plan the rest, or resume from the command line.</source>
        <translation>Angehalten. Überprüfen Sie erneut und planen Sie den Rest, oder setzen Sie über die Befehlszeile fort.</translation>
    </message>
    <message>
        <source>Verified: the fleet was scanned again and every selected VM is through.</source>
        <translation>Überprüft: Die Flotte wurde erneut geprüft, und jede ausgewählte VM kommt durch.</translation>
    </message>
    <message numerus="yes">
        <source>Scanned again: %n VM(s) still need attention.</source>
        <translation>
            <numerusform>Erneut überprüft: %n VM benötigt noch Aufmerksamkeit.</numerusform>
            <numerusform>Erneut überprüft: %n VMs benötigen noch Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The fleet could not be scanned again; press Scan to check.</source>
        <translation>Die Flotte konnte nicht erneut überprüft werden; klicken Sie zur Kontrolle auf „Überprüfen“.</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
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
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message>
        <source>Boot integrity monitoring: fleet report</source>
        <translation>Startintegritätsüberwachung: Flottenbericht</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Shared causes</source>
        <translation>Gemeinsame Ursachen</translation>
    </message>
    <message>
        <source>No shared cause found.</source>
        <translation>Keine gemeinsame Ursache gefunden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Security type</source>
        <translation>Sicherheitstyp</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>Machines that need attention</source>
        <translation>Computer, die Aufmerksamkeit benötigen</translation>
    </message>
</context>
<context>
    <name>FleetTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Security type</source>
        <translation>Sicherheitstyp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>Defender</source>
        <translation>Defender</translation>
    </message>
    <message>
        <source>Trusted Launch</source>
        <translation>Vertrauenswürdiger Start</translation>
    </message>
    <message>
        <source>Confidential VM</source>
        <translation>Vertrauliche VM</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>{type} (scale set)</source>
        <translation>{type} (Skalierungsgruppe)</translation>
    </message>
</context>
<context>
    <name>InsideVmButton</name>
    <message>
        <source>&amp;Inside the VM…</source>
        <translation>&amp;In der VM prüfen …</translation>
    </message>
    <message>
        <source>Check proxy, DNS, TLS and the OS firewall from inside the VM (Run Command)</source>
        <translation>Proxy, DNS, TLS und die Betriebssystemfirewall aus der VM heraus prüfen („Befehl ausführen“)</translation>
    </message>
</context>
<context>
    <name>LayersView</name>
    <message>
        <source>NSG on the network interface</source>
        <translation>NSG der Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>NSG on the subnet</source>
        <translation>NSG des Subnetzes</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Azure Firewall</source>
        <translation>Azure Firewall</translation>
    </message>
    <message>
        <source>Network appliance</source>
        <translation>Netzwerkappliance</translation>
    </message>
    <message>
        <source>No NSG on the network interface</source>
        <translation>Keine NSG an der Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>No NSG on the subnet</source>
        <translation>Keine NSG am Subnetz</translation>
    </message>
    <message>
        <source>No route table (system routes)</source>
        <translation>Keine Routentabelle (Systemrouten)</translation>
    </message>
    <message>
        <source>No firewall on the path</source>
        <translation>Keine Firewall auf dem Weg</translation>
    </message>
    <message>
        <source>No appliance on the path</source>
        <translation>Keine Appliance auf dem Weg</translation>
    </message>
    <message>
        <source>{rule} (default)</source>
        <translation>{rule} (Standard)</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Deciding rule</source>
        <translation>Entscheidende Regel</translation>
    </message>
    <message>
        <source>Also applies</source>
        <translation>Gilt ebenfalls</translation>
    </message>
    <message>
        <source>Nothing to evaluate; traffic passes this step.</source>
        <translation>Nichts auszuwerten; der Datenverkehr passiert diesen Schritt.</translation>
    </message>
    <message>
        <source>No rule decided at this step.</source>
        <translation>In diesem Schritt hat keine Regel entschieden.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Matched rule</source>
        <translation>Zutreffende Regel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Network path to Azure Attestation</source>
        <translation>Netzwerkpfad zu Azure Attestation</translation>
    </message>
    <message>
        <source>One row per step of the outbound path; expand a row to see its evidence.</source>
        <translation>Eine Zeile je Schritt des ausgehenden Wegs; erweitern Sie eine Zeile, um die Nachweise zu sehen.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Boot Integrity Wizard</source>
        <translation>Assistent für die Startintegritätsüberwachung</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Modify</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>(restarts the VM)</source>
        <translation>(startet die VM neu)</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Azure CLI command</source>
        <translation>Azure CLI-Befehl</translation>
    </message>
    <message>
        <source>PowerShell command</source>
        <translation>PowerShell-Befehl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>An&amp;forderung</translation>
    </message>
    <message>
        <source>A&amp;zure CLI</source>
        <translation>A&amp;zure CLI</translation>
    </message>
    <message>
        <source>&amp;PowerShell</source>
        <translation>&amp;PowerShell</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>Trusted Launch or Confidential VM</source>
        <translation>Vertrauenswürdiger Start oder vertrauliche VM</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>Sicherer Start</translation>
    </message>
    <message>
        <source>vTPM</source>
        <translation>vTPM</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>VM is running</source>
        <translation>VM wird ausgeführt</translation>
    </message>
    <message>
        <source>Azure VM Agent</source>
        <translation>Azure VM-Agent</translation>
    </message>
    <message>
        <source>Check prerequisites</source>
        <translation>Voraussetzungen prüfen</translation>
    </message>
    <message>
        <source>Boot integrity monitoring needs a Trusted Launch or Confidential VM with Secure Boot and vTPM turned on, a running VM and a ready VM Agent.</source>
        <translation>Die Startintegritätsüberwachung braucht eine VM mit vertrauenswürdigem Start oder eine vertrauliche VM mit aktiviertem sicherem Start und vTPM, eine laufende VM und einen bereiten VM-Agent.</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Checking prerequisites</source>
        <translation>Voraussetzungen werden geprüft</translation>
    </message>
    <message>
        <source>Turn on Secure Boot and vTPM</source>
        <translation>Sicheren Start und vTPM aktivieren</translation>
    </message>
    <message>
        <source>This VM is a Trusted Launch VM, so Secure Boot and vTPM can be turned on without redeploying it. Azure restarts the VM to apply the change; applications on it are unavailable for a few minutes.</source>
        <translation>Diese VM nutzt den vertrauenswürdigen Start, daher lassen sich sicherer Start und vTPM ohne erneute Bereitstellung aktivieren. Azure startet die VM dafür neu; Anwendungen darauf sind einige Minuten nicht verfügbar.</translation>
    </message>
    <message>
        <source>I understand that the VM &amp;restarts</source>
        <translation>Mir ist bewusst, dass die VM &amp;neu startet</translation>
    </message>
    <message>
        <source>&amp;Turn on and restart the VM</source>
        <translation>&amp;Aktivieren und VM neu starten</translation>
    </message>
    <message>
        <source>Reading the VM&apos;s configuration…</source>
        <translation>Konfiguration der VM wird gelesen …</translation>
    </message>
    <message>
        <source>The VM meets the requirements for boot integrity monitoring.</source>
        <translation>Die VM erfüllt die Voraussetzungen für die Startintegritätsüberwachung.</translation>
    </message>
    <message numerus="yes">
        <source>%n other item(s) need attention; see the list.</source>
        <translation>
            <numerusform>%n weiterer Punkt braucht Aufmerksamkeit; siehe Liste.</numerusform>
            <numerusform>%n weitere Punkte brauchen Aufmerksamkeit; siehe Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Boot integrity monitoring cannot be enabled on this VM yet. Solve the problems marked ✖, or select Next for a summary you can hand on.</source>
        <translation>Die Startintegritätsüberwachung kann auf dieser VM noch nicht aktiviert werden. Beheben Sie die mit ✖ markierten Probleme, oder wählen Sie „Weiter“ für eine Zusammenfassung zum Weitergeben.</translation>
    </message>
    <message>
        <source>Turning on Secure Boot and vTPM; the VM restarts…</source>
        <translation>Sicherer Start und vTPM werden aktiviert; die VM startet neu …</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>Look inside the VM?</source>
        <translation>In die VM hineinsehen?</translation>
    </message>
    <message>
        <source>To check the proxy, DNS, TLS and operating system firewall settings, the tool runs a short read-only script in the VM {vm} through Azure Run Command. The script runs as {account}, changes nothing, contacts only {host}, the Instance Metadata Service and the Azure wire server, and ends within a minute. Azure records the run in the activity log. Only one Run Command can run on a VM at a time.</source>
        <translation>Um die Einstellungen für Proxy, DNS, TLS und Betriebssystemfirewall zu prüfen, führt das Tool über den Azure-Befehl „Befehl ausführen“ (Run Command) ein kurzes, rein lesendes Skript in der VM {vm} aus. Das Skript läuft als {account}, ändert nichts, kontaktiert nur {host}, den Instanzmetadatendienst und den Azure-Wire-Server und ist nach spätestens einer Minute beendet. Azure protokolliert die Ausführung im Aktivitätsprotokoll. Auf einer VM kann immer nur ein Run Command gleichzeitig laufen.</translation>
    </message>
    <message>
        <source>Run the check</source>
        <translation>Prüfung ausführen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>ProbeDialog</name>
    <message>
        <source>Script that will run in the VM:</source>
        <translation>Skript, das in der VM ausgeführt wird:</translation>
    </message>
    <message>
        <source>Probe script</source>
        <translation>Prüfskript</translation>
    </message>
    <message>
        <source>Running the check in the VM</source>
        <translation>Die Prüfung wird in der VM ausgeführt</translation>
    </message>
    <message>
        <source>Results of the check inside the VM</source>
        <translation>Ergebnisse der Prüfung in der VM</translation>
    </message>
    <message>
        <source>Running the check in the VM. Run Command can take a minute…</source>
        <translation>Die Prüfung wird in der VM ausgeführt. „Befehl ausführen“ kann eine Minute dauern …</translation>
    </message>
    <message>
        <source>The check found problems inside the VM:</source>
        <translation>Die Prüfung hat in der VM Probleme gefunden:</translation>
    </message>
    <message>
        <source>The check found nothing inside the VM that blocks Azure Attestation.</source>
        <translation>Die Prüfung hat in der VM nichts gefunden, was Azure Attestation blockiert.</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>Remediation</name>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Already in place; nothing was changed.</source>
        <translation>Bereits vorhanden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not attempted, because an earlier step failed.</source>
        <translation>Nicht versucht, weil ein vorheriger Schritt fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Not attempted: applying was stopped before this step.</source>
        <translation>Nicht versucht: Das Anwenden wurde vor diesem Schritt angehalten.</translation>
    </message>
    <message>
        <source>Sent to Azure, but the run was interrupted before Azure&apos;s answer was recorded. Undo checks whether it landed.</source>
        <translation>An Azure gesendet, aber der Lauf wurde unterbrochen, bevor die Antwort von Azure aufgezeichnet wurde. Beim Rückgängigmachen wird geprüft, ob die Änderung angekommen ist.</translation>
    </message>
    <message>
        <source>Not sent: the value {ref} could not be taken from the answer to an earlier step. Nothing was changed by this step.</source>
        <translation>Nicht gesendet: Der Wert {ref} konnte nicht aus der Antwort auf einen früheren Schritt übernommen werden. Dieser Schritt hat nichts geändert.</translation>
    </message>
    <message>
        <source>Someone else created or changed {name} after the plan was made. Nothing was overwritten; run the command again to plan against the current state.</source>
        <translation>Jemand anderes hat {name} erstellt oder geändert, nachdem der Plan erstellt wurde. Es wurde nichts überschrieben; führen Sie den Befehl erneut aus, um auf Basis des aktuellen Stands zu planen.</translation>
    </message>
    <message>
        <source>Azure is still busy with another change on this resource (AnotherOperationInProgress). Nothing was changed; wait a minute and run the command again.</source>
        <translation>Azure führt noch eine andere Änderung an dieser Ressource aus (AnotherOperationInProgress). Es wurde nichts geändert; warten Sie eine Minute und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>Failed, and the change did not reach Azure: {name} is unchanged. {error}</source>
        <translation>Fehlgeschlagen; die Änderung ist nicht in Azure angekommen: {name} ist unverändert. {error}</translation>
    </message>
    <message>
        <source>The answer from Azure was lost, but the change did reach Azure: {name} is in place. {error}</source>
        <translation>Die Antwort von Azure ging verloren, die Änderung ist aber in Azure angekommen: {name} ist vorhanden. {error}</translation>
    </message>
    <message>
        <source>Failed, and whether the change reached Azure could not be checked. Run the command again; it repeats only what is missing. {error}</source>
        <translation>Fehlgeschlagen; ob die Änderung in Azure angekommen ist, konnte nicht geprüft werden. Führen Sie den Befehl erneut aus; er wiederholt nur, was fehlt. {error}</translation>
    </message>
    <message>
        <source>The action {name} failed. {error}</source>
        <translation>Die Aktion {name} ist fehlgeschlagen. {error}</translation>
    </message>
    <message>
        <source>Azure reported the new {name} as Failed; it was removed again, so nothing half-applied stays behind. {error}</source>
        <translation>Azure hat das neue Element {name} als fehlgeschlagen gemeldet; es wurde wieder entfernt, sodass nichts halb Angewendetes zurückbleibt. {error}</translation>
    </message>
    <message>
        <source>Azure accepted the change to {name} but reports it as Failed. Run the command again to re-apply it, or undo it. {error}</source>
        <translation>Azure hat die Änderung an {name} angenommen, meldet sie aber als fehlgeschlagen. Führen Sie den Befehl erneut aus, um sie erneut anzuwenden, oder machen Sie sie rückgängig. {error}</translation>
    </message>
    <message>
        <source>Install the Guest Attestation extension ({publisher}) on {vm} to turn on boot integrity monitoring.</source>
        <translation>Die Gastnachweiserweiterung ({publisher}) auf {vm} installieren, um die Startintegritätsüberwachung zu aktivieren.</translation>
    </message>
    <message>
        <source>Re-deploy the Guest Attestation extension {name} on {vm} with the recommended settings (it is currently {state}).</source>
        <translation>Die Gastnachweiserweiterung {name} auf {vm} mit den empfohlenen Einstellungen neu bereitstellen (aktueller Status: {state}).</translation>
    </message>
    <message>
        <source>Boot integrity monitoring is already on: the Guest Attestation extension {name} reports success.</source>
        <translation>Die Startintegritätsüberwachung ist bereits aktiviert: Die Gastnachweiserweiterung {name} meldet Erfolg.</translation>
    </message>
    <message>
        <source>The VM attests against the regional shared attestation provider {host} ({url}).</source>
        <translation>Die VM verwendet für den Nachweis den regionalen freigegebenen Nachweisanbieter {host} ({url}).</translation>
    </message>
    <message>
        <source>No shared attestation provider is known for region {region}; the platform chooses one (usually {url}).</source>
        <translation>Für die Region {region} ist kein freigegebener Nachweisanbieter bekannt; die Plattform wählt einen aus (meist {url}).</translation>
    </message>
    <message>
        <source>The VM attests against the custom attestation provider {url}. Make sure the network allows it on TCP 443.</source>
        <translation>Die VM verwendet für den Nachweis den benutzerdefinierten Nachweisanbieter {url}. Stellen Sie sicher, dass das Netzwerk ihn über TCP 443 zulässt.</translation>
    </message>
    <message>
        <source>Automatic upgrade is on. On some Linux VMs the extension then stays in the Transitioning state; if that happens, run enable again with --no-auto-upgrade.</source>
        <translation>Das automatische Upgrade ist aktiviert. Auf manchen Linux-VMs bleibt die Erweiterung dann im Status „Transitioning“ hängen; führen Sie in diesem Fall enable erneut mit --no-auto-upgrade aus.</translation>
    </message>
    <message>
        <source>The VM is {state}. Azure installs extensions only on a running VM: start it, then run enable again.</source>
        <translation>Die VM ist im Zustand {state}. Azure installiert Erweiterungen nur auf einer laufenden VM: Starten Sie sie und führen Sie enable dann erneut aus.</translation>
    </message>
    <message>
        <source>Add the network rule collection {collection} (priority {priority}, Allow) to the Azure Firewall {firewall}: TCP 443 from {source} to the service tag AzureAttestation, evaluated before {blocker}.</source>
        <translation>Der Azure Firewall {firewall} die Netzwerkregelsammlung {collection} (Priorität {priority}, Zulassen) hinzufügen: TCP 443 von {source} zum Diensttag AzureAttestation, ausgewertet vor {blocker}.</translation>
    </message>
    <message>
        <source>Add the application rule collection {collection} (priority {priority}, Allow) to the Azure Firewall {firewall}: HTTPS from {source} to {fqdn}, evaluated before {blocker}.</source>
        <translation>Der Azure Firewall {firewall} die Anwendungsregelsammlung {collection} (Priorität {priority}, Zulassen) hinzufügen: HTTPS von {source} zu {fqdn}, ausgewertet vor {blocker}.</translation>
    </message>
    <message>
        <source>Add the rule collection group {group} (priority {priority}) to the firewall policy {policy} with a network rule that allows TCP 443 from {source} to the service tag AzureAttestation, evaluated before {blocker}.</source>
        <translation>Der Firewallrichtlinie {policy} die Regelsammlungsgruppe {group} (Priorität {priority}) hinzufügen, mit einer Netzwerkregel, die TCP 443 von {source} zum Diensttag AzureAttestation zulässt, ausgewertet vor {blocker}.</translation>
    </message>
    <message>
        <source>Add the rule collection group {group} (priority {priority}) to the firewall policy {policy} with an application rule that allows HTTPS from {source} to {fqdn}, evaluated before {blocker}.</source>
        <translation>Der Firewallrichtlinie {policy} die Regelsammlungsgruppe {group} (Priorität {priority}) hinzufügen, mit einer Anwendungsregel, die HTTPS von {source} zu {fqdn} zulässt, ausgewertet vor {blocker}.</translation>
    </message>
    <message>
        <source>An application rule cannot help here: the network rule {rule} denies the traffic, and Azure Firewall evaluates network rules first. A network rule is planned instead.</source>
        <translation>Eine Anwendungsregel hilft hier nicht: Die Netzwerkregel {rule} verweigert den Datenverkehr, und Azure Firewall wertet Netzwerkregeln zuerst aus. Stattdessen wird eine Netzwerkregel geplant.</translation>
    </message>
    <message>
        <source>The shared attestation host of this region is unknown, so an application rule cannot name it. A network rule is planned instead.</source>
        <translation>Der freigegebene Nachweishost dieser Region ist unbekannt, daher kann eine Anwendungsregel ihn nicht benennen. Stattdessen wird eine Netzwerkregel geplant.</translation>
    </message>
    <message>
        <source>The denying rule is in the parent policy {policy}, whose rules take precedence over child policies; the fix goes there and applies to every firewall that inherits from it.</source>
        <translation>Die verweigernde Regel steht in der übergeordneten Richtlinie {policy}, deren Regeln Vorrang vor untergeordneten Richtlinien haben; die Korrektur erfolgt dort und gilt für jede Firewall, die von ihr erbt.</translation>
    </message>
    <message>
        <source>The VM&apos;s private IP address is unknown, so no firewall rule can be limited to it. Nothing is changed on {firewall}.</source>
        <translation>Die private IP-Adresse der VM ist unbekannt, daher kann keine Firewallregel auf sie beschränkt werden. An {firewall} wird nichts geändert.</translation>
    </message>
    <message>
        <source>No free priority is left before {blocker} in {holder}. Ask the firewall&apos;s owner to make room, then run fix again.</source>
        <translation>Vor {blocker} in {holder} ist keine Priorität mehr frei. Bitten Sie den Besitzer der Firewall, Platz zu schaffen, und führen Sie fix dann erneut aus.</translation>
    </message>
    <message>
        <source>the default deny</source>
        <translation>die Standardverweigerung</translation>
    </message>
    <message>
        <source>The application rule names only this region&apos;s shared attestation host; attestation against another provider would still be denied.</source>
        <translation>Die Anwendungsregel nennt nur den freigegebenen Nachweishost dieser Region; ein Nachweis bei einem anderen Anbieter würde weiterhin verweigert.</translation>
    </message>
    <message>
        <source>The route {route} in the route table {table} drops the traffic to Azure Attestation (next hop None). Ask the network team why this subnet is isolated. A route for the service tag AzureAttestation with next hop Internet would let attestation out, but it punches a hole into an isolation someone set up on purpose, so only the network owner should add it: {command}</source>
        <translation>Die Route {route} in der Routingtabelle {table} verwirft den Datenverkehr zu Azure Attestation (nächster Hop „None“). Fragen Sie das Netzwerkteam, warum dieses Subnetz isoliert ist. Eine Route für das Diensttag AzureAttestation mit dem nächsten Hop „Internet“ würde den Nachweis durchlassen, durchbricht aber eine absichtlich eingerichtete Isolation; nur der Besitzer des Netzwerks sollte sie hinzufügen: {command}</translation>
    </message>
    <message>
        <source>The traffic to Azure Attestation goes through the network virtual appliance at {ip}, whose rules this tool cannot read. Ask its owner to allow HTTPS (TCP 443) from {source} to {fqdn} (or *.attest.azure.net). A route for the service tag AzureAttestation with next hop Internet would bypass the appliance, but also its inspection and logging, which your security team may require.</source>
        <translation>Der Datenverkehr zu Azure Attestation läuft über das virtuelle Netzwerkgerät unter {ip}, dessen Regeln dieses Tool nicht lesen kann. Bitten Sie dessen Besitzer, HTTPS (TCP 443) von {source} zu {fqdn} (oder *.attest.azure.net) zuzulassen. Eine Route für das Diensttag AzureAttestation mit dem nächsten Hop „Internet“ würde das Gerät umgehen – aber auch dessen Prüfung und Protokollierung, die Ihr Sicherheitsteam möglicherweise verlangt.</translation>
    </message>
    <message>
        <source>Part of the path to Azure Attestation could not be evaluated, so fix does not change anything it cannot see. Check the diagnosis for the layers marked unknown (often a resource you may not read).</source>
        <translation>Ein Teil des Pfads zu Azure Attestation konnte nicht ausgewertet werden; fix ändert daher nichts, was es nicht sehen kann. Prüfen Sie in der Diagnose die als unbekannt markierten Ebenen (oft eine Ressource, die Sie nicht lesen dürfen).</translation>
    </message>
    <message>
        <source>The blocking resource {resource} could not be read, so no change can be planned for it.</source>
        <translation>Die blockierende Ressource {resource} konnte nicht gelesen werden, daher kann keine Änderung für sie geplant werden.</translation>
    </message>
    <message>
        <source>The network already lets {vm} reach Azure Attestation; there is nothing to fix.</source>
        <translation>Das Netzwerk lässt {vm} bereits Azure Attestation erreichen; es gibt nichts zu korrigieren.</translation>
    </message>
    <message>
        <source>Add the outbound rule {rule} (priority {priority}) to the network security group {nsg}: allow TCP 443 from {source} to the service tag AzureAttestation, ahead of {blocker}.</source>
        <translation>Der Netzwerksicherheitsgruppe (NSG) {nsg} die ausgehende Sicherheitsregel {rule} (Priorität {priority}) hinzufügen: TCP 443 von {source} zum Diensttag AzureAttestation zulassen, vor {blocker}.</translation>
    </message>
    <message>
        <source>Move the rule {rule} in the network security group {nsg} from priority {old} to {new}, ahead of {blocker}.</source>
        <translation>Die Sicherheitsregel {rule} in der Netzwerksicherheitsgruppe (NSG) {nsg} von Priorität {old} auf {new} verschieben, vor {blocker}.</translation>
    </message>
    <message>
        <source>Change the priority of the blocking rule {rule} in {nsg} from {old} to {new}, which keeps its order relative to every other rule, so that the new Allow rule can take priority {old}.</source>
        <translation>Die Priorität der blockierenden Sicherheitsregel {rule} in {nsg} von {old} auf {new} ändern – ihre Reihenfolge gegenüber allen anderen Regeln bleibt dabei gleich –, damit die neue Zulassungsregel die Priorität {old} erhalten kann.</translation>
    </message>
    <message>
        <source>The blocking rule {rule} already uses priority {priority} and no lower number is free, so nothing can be placed ahead of it without moving it by one step. No other rule is changed.</source>
        <translation>Die blockierende Sicherheitsregel {rule} verwendet bereits die Priorität {priority}, und keine niedrigere Zahl ist frei; ohne sie um einen Schritt zu verschieben, lässt sich nichts vor ihr einordnen. Keine andere Regel wird geändert.</translation>
    </message>
    <message>
        <source>No free priority is left ahead of the blocking rule {blocker} in {nsg}. Ask the owner of the network security group to free a priority below {priority}, then run fix again.</source>
        <translation>Vor der blockierenden Sicherheitsregel {blocker} in {nsg} ist keine Priorität mehr frei. Bitten Sie den Besitzer der Netzwerksicherheitsgruppe (NSG), eine Priorität unter {priority} freizugeben, und führen Sie fix dann erneut aus.</translation>
    </message>
    <message>
        <source>The network security group {nsg} already has an equivalent rule {rule} (priority {priority}) ahead of the blocking rule; nothing is added there.</source>
        <translation>Die Netzwerksicherheitsgruppe (NSG) {nsg} hat bereits eine gleichwertige Sicherheitsregel {rule} (Priorität {priority}) vor der blockierenden Regel; dort wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The rule allows only this VM&apos;s private IP address {ip}: the narrowest rule that works. Other VMs under the same network security group are not opened up.</source>
        <translation>Die Regel lässt nur die private IP-Adresse {ip} dieser VM zu – die engste Regel, die funktioniert. Andere VMs unter derselben Netzwerksicherheitsgruppe (NSG) werden nicht geöffnet.</translation>
    </message>
    <message>
        <source>The rule uses the source VirtualNetwork, because the VM&apos;s private IP address is unknown or you chose it: every VM under this network security group may then reach Azure Attestation.</source>
        <translation>Die Regel verwendet die Quelle VirtualNetwork, weil die private IP-Adresse der VM unbekannt ist oder Sie dies gewählt haben: Dann darf jede VM unter dieser Netzwerksicherheitsgruppe (NSG) Azure Attestation erreichen.</translation>
    </message>
    <message>
        <source>You are not allowed to perform {action} on {resource}. Ask an owner for the role {role} on it (or on its resource group), then run the command again.</source>
        <translation>Sie dürfen {action} für {resource} nicht ausführen. Bitten Sie einen Besitzer um die Rolle {role} für diese Ressource (oder ihre Ressourcengruppe) und führen Sie den Befehl dann erneut aus.</translation>
    </message>
    <message>
        <source>Your permissions on {resource} could not be checked ({detail}); the change is attempted anyway.</source>
        <translation>Ihre Berechtigungen für {resource} konnten nicht geprüft werden ({detail}); die Änderung wird trotzdem versucht.</translation>
    </message>
    <message>
        <source>Turn on Secure Boot and vTPM on {vm}. Azure restarts the VM to apply the change.</source>
        <translation>Sicheren Start und vTPM auf {vm} aktivieren. Azure startet die VM neu, um die Änderung anzuwenden.</translation>
    </message>
    <message>
        <source>Turn on Secure Boot on {vm}. Azure restarts the VM to apply the change.</source>
        <translation>Sicheren Start auf {vm} aktivieren. Azure startet die VM neu, um die Änderung anzuwenden.</translation>
    </message>
    <message>
        <source>Turn on vTPM on {vm}. Azure restarts the VM to apply the change.</source>
        <translation>vTPM auf {vm} aktivieren. Azure startet die VM neu, um die Änderung anzuwenden.</translation>
    </message>
    <message>
        <source>{vm} uses the Standard security type. Boot integrity monitoring needs Trusted Launch. The supported path: deallocate the VM, set the security type to Trusted Launch with Secure Boot and vTPM on, then start it (Generation 2 VMs only; Generation 1 VMs first need a conversion). Commands: {commands}</source>
        <translation>{vm} verwendet den Sicherheitstyp „Standard“. Die Startintegritätsüberwachung erfordert den vertrauenswürdigen Start. Der unterstützte Weg: die Zuordnung der VM aufheben, den Sicherheitstyp auf vertrauenswürdigen Start mit aktiviertem sicherem Start und vTPM setzen und die VM dann starten (nur VMs der 2. Generation; VMs der 1. Generation müssen zuerst konvertiert werden). Befehle: {commands}</translation>
    </message>
    <message>
        <source>The security type of {vm} could not be read, so Secure Boot and vTPM are left unchanged.</source>
        <translation>Der Sicherheitstyp von {vm} konnte nicht gelesen werden, daher bleiben sicherer Start und vTPM unverändert.</translation>
    </message>
    <message>
        <source>Remove {name}, which this tool added at {time}.</source>
        <translation>{name} entfernen, das dieses Tool am {time} hinzugefügt hat.</translation>
    </message>
    <message>
        <source>Restore {name} to how it was before {time}.</source>
        <translation>{name} auf den Stand vor {time} zurücksetzen.</translation>
    </message>
    <message>
        <source>Remove the rule collection {collection} from the Azure Firewall {name}, added at {time}.</source>
        <translation>Die Regelsammlung {collection} aus der Azure Firewall {name} entfernen, hinzugefügt am {time}.</translation>
    </message>
    <message>
        <source>{name} was changed after this tool wrote it, so undo leaves it alone. Compare it with the audit log and remove the addition by hand if you still want it gone.</source>
        <translation>{name} wurde geändert, nachdem dieses Tool es geschrieben hat; das Rückgängigmachen lässt es daher unverändert. Vergleichen Sie es mit dem Überwachungsprotokoll und entfernen Sie die Ergänzung von Hand, wenn Sie sie trotzdem loswerden möchten.</translation>
    </message>
    <message>
        <source>{name} is already gone; there is nothing to undo.</source>
        <translation>{name} ist bereits entfernt; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Secure Boot and vTPM stay on: switching them off again would weaken {name} and restart it. If you really need that, run: {command}</source>
        <translation>Sicherer Start und vTPM bleiben aktiviert: Sie wieder auszuschalten würde {name} schwächen und neu starten. Falls Sie das wirklich brauchen, führen Sie Folgendes aus: {command}</translation>
    </message>
    <message>
        <source>No change made by this tool was found to undo for {vm}.</source>
        <translation>Für {vm} wurde keine Änderung dieses Tools gefunden, die rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>{name} was an action (not a stored setting), so there is nothing to take back automatically.</source>
        <translation>{name} war eine Aktion (keine gespeicherte Einstellung); es gibt daher nichts, was automatisch zurückgenommen werden könnte.</translation>
    </message>
    <message>
        <source>The network path from {vm} to Azure Attestation is {verdict}, so the extension is likely to fail until it is fixed. Run fix first: boot-integrity fix --vm {vm_id}</source>
        <translation>Der Netzwerkpfad von {vm} zu Azure Attestation ist {verdict}; die Erweiterung wird daher vermutlich fehlschlagen, bis er korrigiert ist. Führen Sie zuerst fix aus: boot-integrity fix --vm {vm_id}</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>only partly open</source>
        <translation>nur teilweise offen</translation>
    </message>
    <message>
        <source>not known to be open</source>
        <translation>nicht nachweislich offen</translation>
    </message>
    <message>
        <source>Write {name} again with its current configuration, because Azure marks it Failed. Nothing in it is changed.</source>
        <translation>{name} mit der aktuellen Konfiguration erneut schreiben, weil Azure es als fehlgeschlagen markiert. Inhaltlich wird nichts geändert.</translation>
    </message>
    <message>
        <source>{name} is in the Failed state (often after an interrupted change); writing it again lets Azure finish it.</source>
        <translation>{name} ist im Status „Failed“ (oft nach einer unterbrochenen Änderung); erneutes Schreiben lässt Azure den Vorgang abschließen.</translation>
    </message>
    <message>
        <source>Checking the VM and its network path again…</source>
        <translation>Die VM und ihr Netzwerkpfad werden erneut geprüft…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3…</source>
        <translation>Schritt %1 von %2: %3…</translation>
    </message>
    <message>
        <source>APPLIED</source>
        <translation>ANGEWENDET</translation>
    </message>
    <message>
        <source>ALREADY IN PLACE</source>
        <translation>BEREITS VORHANDEN</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>NOT ATTEMPTED</source>
        <translation>NICHT VERSUCHT</translation>
    </message>
    <message>
        <source>Planned changes ({count}):</source>
        <translation>Geplante Änderungen ({count}):</translation>
    </message>
    <message>
        <source>  [restarts the VM]</source>
        <translation>  [startet die VM neu]</translation>
    </message>
    <message>
        <source>adds to properties.{key}:</source>
        <translation>ergänzt properties.{key}:</translation>
    </message>
    <message>
        <source>No changes planned.</source>
        <translation>Keine Änderungen geplant.</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>request ids: {ids}</source>
        <translation>Anforderungs-IDs: {ids}</translation>
    </message>
    <message>
        <source>Durable alternative for whole subscriptions: assign the built-in initiative &quot;[Preview]: Configure prerequisites to enable Guest Attestation on Trusted Launch enabled VMs&quot; (281d9e47-d14d-4f05-b8eb-18f2c4a034ff). Azure Policy then installs the extension on new VMs and scale sets too; it does not fix the network.</source>
        <translation>Dauerhafte Alternative für ganze Abonnements: Weisen Sie die integrierte Initiative „[Preview]: Configure prerequisites to enable Guest Attestation on Trusted Launch enabled VMs“ (281d9e47-d14d-4f05-b8eb-18f2c4a034ff) zu. Azure Policy installiert die Erweiterung dann auch auf neuen VMs und Skalierungsgruppen; das Netzwerk korrigiert sie nicht.</translation>
    </message>
    <message>
        <source>Scale sets in the selection: {n}. Their model is changed through Azure Policy (the initiative below) or the scale set&apos;s own upgrade, not by this plan.</source>
        <translation>Skalierungsgruppen in der Auswahl: {n}. Ihr Modell wird über Azure Policy (die Initiative unten) oder das eigene Upgrade der Skalierungsgruppe geändert, nicht durch diesen Plan.</translation>
    </message>
    <message>
        <source>VMs skipped because they are not running: {n}. Azure installs extensions only on a running VM.</source>
        <translation>Übersprungene VMs, weil sie nicht ausgeführt werden: {n}. Azure installiert Erweiterungen nur auf einer laufenden VM.</translation>
    </message>
    <message>
        <source>VMs skipped because their path to Azure Attestation stays blocked or unknown after this plan: {n}. See the guidance; an install would fail.</source>
        <translation>Übersprungene VMs, deren Weg zu Azure Attestation nach diesem Plan blockiert oder unbekannt bleibt: {n}. Beachten Sie die Hinweise; eine Installation würde fehlschlagen.</translation>
    </message>
    <message>
        <source>The rule for {holder} lists {count} address prefixes. For many addresses Microsoft recommends an IP group, which you can then reuse in other rules.</source>
        <translation>Die Regel für {holder} führt {count} Adresspräfixe auf. Für viele Adressen empfiehlt Microsoft eine IP-Gruppe, die Sie dann auch in anderen Regeln verwenden können.</translation>
    </message>
    <message>
        <source>Nothing to change for the selected VMs.</source>
        <translation>Für die ausgewählten VMs ist nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Boot integrity monitoring report</source>
        <translation>Bericht zur Startintegritätsüberwachung</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Simulated demo tenant</source>
        <translation>Simulierter Demomandant</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtueller Computer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Prerequisites met</source>
        <translation>Voraussetzungen erfüllt</translation>
    </message>
    <message>
        <source>Prerequisites not met</source>
        <translation>Voraussetzungen nicht erfüllt</translation>
    </message>
    <message>
        <source>Guest Attestation extension</source>
        <translation>Gastnachweiserweiterung</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation>Bereitstellungsstatus</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Attestation provider</source>
        <translation>Nachweisanbieter</translation>
    </message>
    <message>
        <source>Shared regional provider</source>
        <translation>Gemeinsamer regionaler Anbieter</translation>
    </message>
    <message>
        <source>Network path to Azure Attestation</source>
        <translation>Netzwerkpfad zu Azure Attestation</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blockaden</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Changes made</source>
        <translation>Vorgenommene Änderungen</translation>
    </message>
    <message>
        <source>The wizard made no changes.</source>
        <translation>Der Assistent hat nichts geändert.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request IDs</source>
        <translation>Anforderungs-IDs</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Check this report for personal or confidential data before you attach it to a ticket.</source>
        <translation>Prüfen Sie diesen Bericht auf personenbezogene oder vertrauliche Daten, bevor Sie ihn an ein Ticket anhängen.</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Zugelassen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Partly blocked</source>
        <translation>Teilweise blockiert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>NSG on the network interface</source>
        <translation>NSG der Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>NSG on the subnet</source>
        <translation>NSG des Subnetzes</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Azure Firewall</source>
        <translation>Azure Firewall</translation>
    </message>
    <message>
        <source>Network appliance</source>
        <translation>Netzwerkappliance</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>Contoso demo tenant</source>
        <translation>Contoso-Demomandant</translation>
    </message>
    <message>
        <source>Three subscriptions with VMs in West Europe, Germany West Central and East US. Each VM shows one typical situation: healthy, monitoring not enabled, Secure Boot or vTPM off, not Trusted Launch, blocked by an NSG, a route, Azure Firewall, a third-party appliance or an in-guest proxy.</source>
        <translation>Drei Abonnements mit VMs in „Europa, Westen“, „Deutschland, Westen-Mitte“ und „USA, Osten“. Jede VM zeigt eine typische Situation: fehlerfrei, Überwachung nicht aktiviert, sicherer Start oder vTPM aus, kein vertrauenswürdiger Start, blockiert durch eine Netzwerksicherheitsgruppe (NSG), eine Route, Azure Firewall, ein Netzwerkgerät eines Drittanbieters oder einen Proxy im Gastbetriebssystem.</translation>
    </message>
    <message>
        <source>Healthy VM</source>
        <translation>Fehlerfreie VM</translation>
    </message>
    <message>
        <source>vm-web-01 is a Trusted Launch Windows VM with Secure Boot and vTPM on. The Guest Attestation extension is installed and reports success; the NSG on its NIC keeps the default rules, so Azure Attestation is reachable. Nothing needs to be fixed.</source>
        <translation>vm-web-01 ist eine Windows-VM mit vertrauenswürdigem Start, sicherem Start und vTPM. Die Gastnachweiserweiterung ist installiert und meldet Erfolg; die NSG an der Netzwerkschnittstelle enthält nur die Standardregeln, daher ist Azure Attestation erreichbar. Es ist nichts zu tun.</translation>
    </message>
    <message>
        <source>Monitoring not enabled (Windows)</source>
        <translation>Überwachung nicht aktiviert (Windows)</translation>
    </message>
    <message>
        <source>vm-app-02 is a Trusted Launch Windows VM with Secure Boot and vTPM on, but the Guest Attestation extension is not installed, so boot integrity is not monitored. The network allows Azure Attestation; installing the extension is all it takes.</source>
        <translation>vm-app-02 ist eine Windows-VM mit vertrauenswürdigem Start, sicherem Start und vTPM, aber die Gastnachweiserweiterung ist nicht installiert, daher wird die Startintegrität nicht überwacht. Das Netzwerk lässt Azure Attestation zu; es genügt, die Erweiterung zu installieren.</translation>
    </message>
    <message>
        <source>Monitoring not enabled (Linux)</source>
        <translation>Überwachung nicht aktiviert (Linux)</translation>
    </message>
    <message>
        <source>vm-lnx-03 is a Trusted Launch Ubuntu VM with Secure Boot and vTPM on, without the Guest Attestation extension. The wizard installs the Linux extension (Microsoft.Azure.Security.LinuxAttestation); the network already allows Azure Attestation.</source>
        <translation>vm-lnx-03 ist eine Ubuntu-VM mit vertrauenswürdigem Start, sicherem Start und vTPM, jedoch ohne Gastnachweiserweiterung. Der Assistent installiert die Linux-Erweiterung (Microsoft.Azure.Security.LinuxAttestation); das Netzwerk lässt Azure Attestation bereits zu.</translation>
    </message>
    <message>
        <source>Secure Boot off</source>
        <translation>Sicherer Start deaktiviert</translation>
    </message>
    <message>
        <source>vm-sql-04 is a Trusted Launch VM with vTPM on but Secure Boot off. Attestation fails without Secure Boot, so its Guest Attestation extension reports a failure. Turning Secure Boot on restarts the VM; afterwards the extension reports success.</source>
        <translation>vm-sql-04 ist eine VM mit vertrauenswürdigem Start und aktiviertem vTPM, aber ohne sicheren Start. Ohne sicheren Start schlägt der Nachweis fehl, deshalb meldet die Gastnachweiserweiterung einen Fehler. Wenn Sie den sicheren Start aktivieren, wird die VM neu gestartet; danach meldet die Erweiterung Erfolg.</translation>
    </message>
    <message>
        <source>vTPM off</source>
        <translation>vTPM deaktiviert</translation>
    </message>
    <message>
        <source>vm-lnx-05 is a Trusted Launch Linux VM with Secure Boot on but vTPM off, and without the Guest Attestation extension. vTPM must be turned on first (this restarts the VM); then the extension can be installed.</source>
        <translation>vm-lnx-05 ist eine Linux-VM mit vertrauenswürdigem Start und sicherem Start, aber ohne vTPM und ohne Gastnachweiserweiterung. Zuerst muss vTPM aktiviert werden (dabei wird die VM neu gestartet); danach kann die Erweiterung installiert werden.</translation>
    </message>
    <message>
        <source>Not a Trusted Launch VM</source>
        <translation>Keine VM mit vertrauenswürdigem Start</translation>
    </message>
    <message>
        <source>vm-legacy-06 uses the Standard security type. Boot integrity monitoring needs Trusted Launch; converting requires deallocating the VM, so the wizard explains the steps instead of changing it on its own.</source>
        <translation>vm-legacy-06 verwendet den Sicherheitstyp „Standard“. Die Startintegritätsüberwachung setzt den vertrauenswürdigen Start voraus; für die Umstellung muss die VM freigegeben werden. Der Assistent erklärt deshalb die Schritte, statt die VM selbst zu ändern.</translation>
    </message>
    <message>
        <source>Confidential VM</source>
        <translation>Vertrauliche VM</translation>
    </message>
    <message>
        <source>vm-cvm-16 is a Confidential VM with Secure Boot and vTPM on and the Guest Attestation extension reporting success. Confidential VMs are eligible for boot integrity monitoring just like Trusted Launch VMs.</source>
        <translation>vm-cvm-16 ist eine vertrauliche VM mit sicherem Start und vTPM; die Gastnachweiserweiterung meldet Erfolg. Vertrauliche VMs eignen sich genauso für die Startintegritätsüberwachung wie VMs mit vertrauenswürdigem Start.</translation>
    </message>
    <message>
        <source>NIC NSG denies Internet</source>
        <translation>NSG an der Netzwerkschnittstelle blockiert das Internet</translation>
    </message>
    <message>
        <source>The NSG nsg-vm-web-07-nic on the network interface of vm-web-07 has the outbound rule Deny-Internet-Outbound (priority 100) that denies all traffic to the Internet service tag. It also blocks Azure Attestation, so the Guest Attestation extension fails. Fix: an outbound Allow rule to the AzureAttestation service tag on TCP 443 with a lower priority number.</source>
        <translation>Die NSG nsg-vm-web-07-nic an der Netzwerkschnittstelle von vm-web-07 enthält die ausgehende Regel Deny-Internet-Outbound (Priorität 100), die jeglichen Datenverkehr zum Diensttag „Internet“ verweigert. Damit ist auch Azure Attestation blockiert, und die Gastnachweiserweiterung schlägt fehl. Abhilfe: eine ausgehende Zulassungsregel für das Diensttag AzureAttestation auf TCP 443 mit einer niedrigeren Prioritätsnummer.</translation>
    </message>
    <message>
        <source>Subnet NSG denies outbound traffic</source>
        <translation>Subnetz-NSG blockiert ausgehenden Datenverkehr</translation>
    </message>
    <message>
        <source>vm-app-08 has no NSG on its NIC, but the NSG nsg-snet-app on subnet snet-app has the outbound rule Deny-All-Outbound (priority 4000); only Storage is allowed before it. Azure Attestation is blocked and the Guest Attestation extension fails. Fix: allow the AzureAttestation service tag on TCP 443 in nsg-snet-app.</source>
        <translation>vm-app-08 hat keine NSG an der Netzwerkschnittstelle, aber die NSG nsg-snet-app am Subnetz snet-app enthält die ausgehende Regel Deny-All-Outbound (Priorität 4000); davor ist nur Storage zugelassen. Azure Attestation ist blockiert, und die Gastnachweiserweiterung schlägt fehl. Abhilfe: Lassen Sie in nsg-snet-app das Diensttag AzureAttestation auf TCP 443 zu.</translation>
    </message>
    <message>
        <source>Forced tunnelling through Azure Firewall (classic rules)</source>
        <translation>Tunnelerzwingung über Azure Firewall (klassische Regeln)</translation>
    </message>
    <message>
        <source>The route table rt-spoke-finance sends all traffic of vm-fin-09 (0.0.0.0/0) to the Azure Firewall fw-hub-weu at 10.100.0.4. Its classic rules allow only DNS, NTP and Windows Update, so the firewall denies Azure Attestation by default. Fix: a network rule collection that allows the AzureAttestation service tag on TCP 443.</source>
        <translation>Die Routentabelle rt-spoke-finance leitet den gesamten Datenverkehr von vm-fin-09 (0.0.0.0/0) an die Azure Firewall fw-hub-weu unter 10.100.0.4. Deren klassische Regeln lassen nur DNS, NTP und Windows Update zu, daher verweigert die Firewall Azure Attestation standardmäßig. Abhilfe: eine Netzwerkregelsammlung, die das Diensttag AzureAttestation auf TCP 443 zulässt.</translation>
    </message>
    <message>
        <source>Firewall policy missing a rule</source>
        <translation>Firewallrichtlinie ohne passende Regel</translation>
    </message>
    <message>
        <source>vm-hr-10 is forced through the Azure Firewall fw-hub-gwc (10.110.0.4), which is managed by the firewall policy fwpol-hub-gwc. The rule collection group DefaultNetworkRuleCollectionGroup allows only Azure Monitor and Key Vault, so Azure Attestation is denied by default. Fix: a network rule for the AzureAttestation service tag on TCP 443 in that group.</source>
        <translation>Der Datenverkehr von vm-hr-10 wird über die Azure Firewall fw-hub-gwc (10.110.0.4) erzwungen, die über die Firewallrichtlinie fwpol-hub-gwc verwaltet wird. Die Regelsammlungsgruppe DefaultNetworkRuleCollectionGroup lässt nur Azure Monitor und Key Vault zu, daher wird Azure Attestation standardmäßig verweigert. Abhilfe: eine Netzwerkregel für das Diensttag AzureAttestation auf TCP 443 in dieser Gruppe.</translation>
    </message>
    <message>
        <source>Only an application rule for the FQDN</source>
        <translation>Nur eine Anwendungsregel für den FQDN</translation>
    </message>
    <message>
        <source>vm-ana-11 goes through the Azure Firewall fw-hub-eus. The policy fwpol-hub-eus has no network rule for Azure Attestation, but the application rule attest-azure-net allows HTTPS to *.attest.azure.net, which Microsoft documents as sufficient. Attestation works; the wizard reports that it depends on this FQDN rule.</source>
        <translation>vm-ana-11 kommuniziert über die Azure Firewall fw-hub-eus. Die Richtlinie fwpol-hub-eus hat keine Netzwerkregel für Azure Attestation, aber die Anwendungsregel attest-azure-net lässt HTTPS zu *.attest.azure.net zu – laut Microsoft-Dokumentation genügt das. Der Nachweis funktioniert; der Assistent weist darauf hin, dass er von dieser FQDN-Regel abhängt.</translation>
    </message>
    <message>
        <source>Route with next hop None</source>
        <translation>Route mit nächstem Hop „Keiner“</translation>
    </message>
    <message>
        <source>The route table rt-isolated on the subnet of vm-iso-12 has the route blackhole-internet: 0.0.0.0/0 with next hop None. Azure drops all traffic to Azure Attestation, so the Guest Attestation extension fails. Fix: a route for the AzureAttestation service tag with next hop Internet, or remove the blackhole route.</source>
        <translation>Die Routentabelle rt-isolated am Subnetz von vm-iso-12 enthält die Route blackhole-internet: 0.0.0.0/0 mit dem nächsten Hop „Keiner“. Azure verwirft den gesamten Datenverkehr zu Azure Attestation, daher schlägt die Gastnachweiserweiterung fehl. Abhilfe: eine Route für das Diensttag AzureAttestation mit dem nächsten Hop „Internet“ – oder entfernen Sie die Blackhole-Route.</translation>
    </message>
    <message>
        <source>Third-party network appliance</source>
        <translation>Netzwerkgerät eines Drittanbieters</translation>
    </message>
    <message>
        <source>The route table rt-via-nva sends the traffic of vm-dmz-13 to the network virtual appliance vm-nva-01 at 10.15.0.4, which is not an Azure Firewall. The wizard cannot see its rules and reports the result as unknown; the appliance drops the traffic, so ask its owner to allow *.attest.azure.net on TCP 443.</source>
        <translation>Die Routentabelle rt-via-nva leitet den Datenverkehr von vm-dmz-13 an das virtuelle Netzwerkgerät vm-nva-01 unter 10.15.0.4, das keine Azure Firewall ist. Der Assistent kann dessen Regeln nicht einsehen und meldet das Ergebnis als unbekannt. Das Gerät verwirft den Datenverkehr; bitten Sie den Verantwortlichen, *.attest.azure.net auf TCP 443 zuzulassen.</translation>
    </message>
    <message>
        <source>Proxy inside the VM</source>
        <translation>Proxy in der VM</translation>
    </message>
    <message>
        <source>NSGs and routes allow Azure Attestation for vm-lnx-14, yet the Guest Attestation extension fails: the operating system sends HTTPS through the proxy proxy.contoso.local:3128, which refuses the connection. A run command shows the proxy settings; the fix happens inside the VM.</source>
        <translation>NSGs und Routen lassen Azure Attestation für vm-lnx-14 zu, trotzdem schlägt die Gastnachweiserweiterung fehl: Das Betriebssystem leitet HTTPS über den Proxy proxy.contoso.local:3128, der die Verbindung ablehnt. Ein Ausführungsbefehl zeigt die Proxyeinstellungen; die Korrektur erfolgt innerhalb der VM.</translation>
    </message>
    <message>
        <source>Signed in with Reader role only</source>
        <translation>Angemeldet nur mit der Rolle „Leser“</translation>
    </message>
    <message>
        <source>The signed-in user has only the Reader role on Contoso Production. The wizard can list vm-web-15 and find that monitoring is not enabled, but installing the extension or reading effective security rules fails with AuthorizationFailed. Someone with Contributor rights must make the change.</source>
        <translation>Der angemeldete Benutzer hat für Contoso Production nur die Rolle „Leser“. Der Assistent kann vm-web-15 auflisten und feststellen, dass die Überwachung nicht aktiviert ist, aber das Installieren der Erweiterung und das Lesen der effektiven Sicherheitsregeln schlagen mit AuthorizationFailed fehl. Die Änderung muss jemand mit der Rolle „Mitwirkender“ vornehmen.</translation>
    </message>
    <message>
        <source>Large tenant</source>
        <translation>Großer Mandant</translation>
    </message>
    <message>
        <source>Over 5,000 VMs in 60 subscriptions, a generated mix of Trusted Launch, Confidential and Standard VMs with and without the Guest Attestation extension. Use it to check listing, paging and responsiveness at scale.</source>
        <translation>Über 5.000 VMs in 60 Abonnements – eine generierte Mischung aus VMs mit vertrauenswürdigem Start, vertraulichen VMs und Standard-VMs, mit und ohne Gastnachweiserweiterung. Damit prüfen Sie Auflistung, Seitenumbruch und Reaktionsfähigkeit bei großen Datenmengen.</translation>
    </message>
    <message>
        <source>In-guest check: healthy</source>
        <translation>Prüfung in der VM: fehlerfrei</translation>
    </message>
    <message>
        <source>vm-lnx-21 is a Trusted Launch Ubuntu VM in Sweden Central with Guest Attestation installed and working. The check inside the VM confirms it: the attestation host resolves, TCP 443 and TLS with a Microsoft certificate work, no proxy is set, and IMDS and the wire server answer.</source>
        <translation>vm-lnx-21 ist eine Ubuntu-VM mit vertrauenswürdigem Start in „Schweden, Mitte“, deren Gastnachweiserweiterung installiert ist und funktioniert. Die Prüfung in der VM bestätigt das: Der Nachweishost wird aufgelöst, TCP 443 und TLS mit einem Microsoft-Zertifikat funktionieren, es ist kein Proxy eingestellt, und IMDS sowie der Wire-Server antworten.</translation>
    </message>
    <message>
        <source>In-guest check: proxy</source>
        <translation>Prüfung in der VM: Proxy</translation>
    </message>
    <message>
        <source>vm-lnx-22 in West Europe reports a failed Guest Attestation extension although every NSG and route allows Azure Attestation. The check inside the VM finds a proxy in the agent&apos;s environment, /etc/environment and a waagent drop-in, and the proxy refuses the connection to the attestation host.</source>
        <translation>Bei vm-lnx-22 in „Europa, Westen“ meldet die Gastnachweiserweiterung einen Fehler, obwohl alle NSGs und Routen Azure Attestation zulassen. Die Prüfung in der VM findet einen Proxy in der Umgebung des Agents, in /etc/environment und in einer waagent-Drop-in-Datei, und der Proxy lehnt die Verbindung zum Nachweishost ab.</translation>
    </message>
    <message>
        <source>In-guest check: DNS failure</source>
        <translation>Prüfung in der VM: DNS-Fehler</translation>
    </message>
    <message>
        <source>vm-app-23 is a Windows VM in Germany West Central that uses the company&apos;s own DNS servers. They do not resolve the shared attestation host, so the Guest Attestation extension fails although the network path is open.</source>
        <translation>vm-app-23 ist eine Windows-VM in „Deutschland, Westen-Mitte“, die die firmeneigenen DNS-Server verwendet. Diese lösen den gemeinsamen Nachweishost nicht auf, daher schlägt die Gastnachweiserweiterung fehl, obwohl der Netzwerkpfad offen ist.</translation>
    </message>
    <message>
        <source>In-guest check: TLS inspection</source>
        <translation>Prüfung in der VM: TLS-Prüfung</translation>
    </message>
    <message>
        <source>vm-lnx-24 in France Central reaches the attestation host, but the certificate it receives was issued by Contoso&apos;s outbound inspection CA instead of Microsoft. A TLS-inspecting firewall breaks attestation; the host must be excluded from inspection.</source>
        <translation>vm-lnx-24 in „Frankreich, Mitte“ erreicht den Nachweishost, erhält aber ein Zertifikat, das die Prüfzertifizierungsstelle von Contoso statt Microsoft ausgestellt hat. Eine Firewall mit TLS-Prüfung verhindert den Nachweis; der Host muss von der Prüfung ausgenommen werden.</translation>
    </message>
    <message>
        <source>In-guest check: OS firewall</source>
        <translation>Prüfung in der VM: Betriebssystemfirewall</translation>
    </message>
    <message>
        <source>vm-app-25 is a Windows VM in East US hardened with a baseline that adds an outbound Windows Firewall rule blocking port 443. The NSGs allow Azure Attestation, but the operating system firewall stops the connection.</source>
        <translation>vm-app-25 ist eine Windows-VM in „USA, Osten“, die mit einer Sicherheitsbaseline gehärtet wurde; diese fügt eine ausgehende Windows-Firewallregel hinzu, die Port 443 blockiert. Die NSGs lassen Azure Attestation zu, aber die Betriebssystemfirewall unterbricht die Verbindung.</translation>
    </message>
</context>
<context>
    <name>SignInErrors</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in timed out: nobody completed it in the browser in time. Select Sign in to try again.</source>
        <translation>Zeitüberschreitung bei der Anmeldung: Die Anmeldung wurde im Browser nicht rechtzeitig abgeschlossen. Wählen Sie „Anmelden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>No web browser could be opened on this computer ({detail}). Use the device code sign-in instead.</source>
        <translation>Auf diesem Computer konnte kein Webbrowser geöffnet werden ({detail}). Verwenden Sie stattdessen die Anmeldung per Gerätecode.</translation>
    </message>
    <message>
        <source>Your sign-in cannot be remembered on this computer because no keyring is available ({detail}). You will be asked to sign in each time you start the wizard. Install and unlock GNOME Keyring or KWallet to change this.</source>
        <translation>Ihre Anmeldung kann auf diesem Computer nicht gespeichert werden, weil kein Schlüsselbund verfügbar ist ({detail}). Sie werden bei jedem Start des Assistenten erneut zur Anmeldung aufgefordert. Installieren und entsperren Sie GNOME Keyring oder KWallet, um dies zu ändern.</translation>
    </message>
    <message>
        <source>The Azure CLI sign-in could not be used: {detail}. Install the Azure CLI and run &apos;az login&apos;, or choose another sign-in method.</source>
        <translation>Die Anmeldung der Azure CLI konnte nicht verwendet werden: {detail}. Installieren Sie die Azure CLI und führen Sie „az login“ aus, oder wählen Sie eine andere Anmeldemethode.</translation>
    </message>
    <message>
        <source>Your saved sign-in is no longer valid. Please sign in again.</source>
        <translation>Ihre gespeicherte Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in: {detail}</source>
        <translation>Microsoft Entra ID hat die Anmeldung abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>Sign-in failed: {detail}</source>
        <translation>Fehler bei der Anmeldung: {detail}</translation>
    </message>
    <message>
        <source>The app&apos;s reply address is not registered (AADSTS50011). Ask your administrator to check the app registration.</source>
        <translation>Die Antwortadresse der App ist nicht registriert (AADSTS50011). Bitten Sie Ihren Administrator, die App-Registrierung zu prüfen.</translation>
    </message>
    <message>
        <source>Your account does not exist in the selected tenant (AADSTS50020). Sign in with an account of that tenant or choose another tenant.</source>
        <translation>Ihr Konto ist im ausgewählten Mandanten nicht vorhanden (AADSTS50020). Melden Sie sich mit einem Konto dieses Mandanten an, oder wählen Sie einen anderen Mandanten.</translation>
    </message>
    <message>
        <source>You are not signed in any more (AADSTS50058). Please sign in again.</source>
        <translation>Sie sind nicht mehr angemeldet (AADSTS50058). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your organization requires multi-factor authentication (AADSTS50076). Sign in again with the browser and complete the additional verification.</source>
        <translation>Ihre Organisation verlangt die mehrstufige Authentifizierung (AADSTS50076). Melden Sie sich erneut über den Browser an, und schließen Sie die zusätzliche Überprüfung ab.</translation>
    </message>
    <message>
        <source>You need to register for multi-factor authentication (AADSTS50079). Sign in with the browser to set it up.</source>
        <translation>Sie müssen sich für die mehrstufige Authentifizierung registrieren (AADSTS50079). Melden Sie sich über den Browser an, um sie einzurichten.</translation>
    </message>
    <message>
        <source>Your account is not assigned to this app (AADSTS50105). Ask your administrator to grant you access.</source>
        <translation>Ihr Konto ist dieser App nicht zugewiesen (AADSTS50105). Bitten Sie Ihren Administrator, Ihnen Zugriff zu gewähren.</translation>
    </message>
    <message>
        <source>The user name or password is incorrect (AADSTS50126).</source>
        <translation>Der Benutzername oder das Kennwort ist falsch (AADSTS50126).</translation>
    </message>
    <message>
        <source>Your password or security settings changed (AADSTS50173). Please sign in again.</source>
        <translation>Ihr Kennwort oder Ihre Sicherheitseinstellungen wurden geändert (AADSTS50173). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>A Conditional Access policy of your organization blocked this sign-in (AADSTS53003). Device code sign-in is often blocked; try the browser sign-in or ask your administrator.</source>
        <translation>Eine Richtlinie für bedingten Zugriff Ihrer Organisation hat diese Anmeldung blockiert (AADSTS53003). Die Anmeldung per Gerätecode wird häufig blockiert. Versuchen Sie die Anmeldung über den Browser, oder wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>The app has not been given consent in your organization (AADSTS65001). Ask an administrator to grant consent.</source>
        <translation>Für die App wurde in Ihrer Organisation keine Einwilligung erteilt (AADSTS65001). Bitten Sie einen Administrator, die Einwilligung zu erteilen.</translation>
    </message>
    <message>
        <source>You declined to give the app access (AADSTS65004). Sign in again and accept to continue.</source>
        <translation>Sie haben der App den Zugriff verweigert (AADSTS65004). Melden Sie sich erneut an, und stimmen Sie zu, um fortzufahren.</translation>
    </message>
    <message>
        <source>The sign-in took too long or was used twice and has expired (AADSTS70008). Please sign in again.</source>
        <translation>Die Anmeldung hat zu lange gedauert oder wurde zweimal verwendet und ist abgelaufen (AADSTS70008). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Still waiting for you to enter the code in the browser (AADSTS70016).</source>
        <translation>Es wird noch auf die Eingabe des Codes im Browser gewartet (AADSTS70016).</translation>
    </message>
    <message>
        <source>The device code has expired (AADSTS70019). Select Sign in to get a new code.</source>
        <translation>Der Gerätecode ist abgelaufen (AADSTS70019). Wählen Sie „Anmelden“, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser (AADSTS70020).</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt (AADSTS70020).</translation>
    </message>
    <message>
        <source>Your organization requires you to sign in again regularly (AADSTS70043). Please sign in again.</source>
        <translation>Ihre Organisation verlangt eine regelmäßige erneute Anmeldung (AADSTS70043). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The tenant was not found (AADSTS90002). Check the tenant and the selected cloud (global, US Government or China).</source>
        <translation>Der Mandant wurde nicht gefunden (AADSTS90002). Prüfen Sie den Mandanten und die ausgewählte Cloud (global, US Government oder China).</translation>
    </message>
    <message>
        <source>The app is not known in this tenant (AADSTS700016). Check the cloud and tenant, or the client ID set in BOOT_INTEGRITY_CLIENT_ID.</source>
        <translation>Die App ist in diesem Mandanten nicht bekannt (AADSTS700016). Prüfen Sie die Cloud und den Mandanten oder die in BOOT_INTEGRITY_CLIENT_ID festgelegte Client-ID.</translation>
    </message>
    <message>
        <source>Your saved sign-in expired after 90 days without use (AADSTS700082). Please sign in again.</source>
        <translation>Ihre gespeicherte Anmeldung ist nach 90 Tagen ohne Nutzung abgelaufen (AADSTS700082). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Device code sign-in is not enabled for this app (AADSTS7000218). Use the browser sign-in.</source>
        <translation>Die Anmeldung per Gerätecode ist für diese App nicht aktiviert (AADSTS7000218). Verwenden Sie die Anmeldung über den Browser.</translation>
    </message>
    <message>
        <source>The sign-in response did not match the request (AADSTS501481). Please sign in again.</source>
        <translation>Die Antwort der Anmeldung passte nicht zur Anforderung (AADSTS501481). Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>SignInMethods</name>
    <message>
        <source>System browser (recommended)</source>
        <translation>Systembrowser (empfohlen)</translation>
    </message>
    <message>
        <source>Device code (not recommended)</source>
        <translation>Gerätecode (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Azure CLI sign-in (az login)</source>
        <translation>Anmeldung der Azure CLI (az login)</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Azure</source>
        <translation>Bei Azure anmelden</translation>
    </message>
    <message>
        <source>Sign in with your work or school account, then choose the tenant.</source>
        <translation>Melden Sie sich mit Ihrem Geschäfts-, Schul- oder Unikonto an, und wählen Sie dann den Mandanten aus.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Ca&amp;ncel sign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Forget saved sign-ins</source>
        <translation>Gespeicherte Anmeldungen &amp;entfernen</translation>
    </message>
    <message>
        <source>Removes the remembered accounts and cached tokens from this computer.</source>
        <translation>Entfernt die gespeicherten Konten und zwischengespeicherten Token von diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Your default web browser opens the Microsoft sign-in page. Multi-factor authentication and Conditional Access work as usual. Your sign-in is remembered for the next start.</source>
        <translation>Ihr Standardwebbrowser öffnet die Microsoft-Anmeldeseite. Mehrstufige Authentifizierung und bedingter Zugriff funktionieren wie gewohnt. Ihre Anmeldung wird für den nächsten Start gespeichert.</translation>
    </message>
    <message>
        <source>For computers without a browser: you get a code to enter on another device. Many organizations block this method with Conditional Access; use it only if the browser sign-in is impossible.</source>
        <translation>Für Computer ohne Browser: Sie erhalten einen Code, den Sie auf einem anderen Gerät eingeben. Viele Organisationen blockieren diese Methode mit bedingtem Zugriff. Verwenden Sie sie nur, wenn die Anmeldung über den Browser nicht möglich ist.</translation>
    </message>
    <message>
        <source>Uses the account you signed in with in the Azure CLI (&apos;az login&apos;). The Azure CLI must be installed on this computer.</source>
        <translation>Verwendet das Konto, mit dem Sie sich in der Azure CLI angemeldet haben („az login“). Die Azure CLI muss auf diesem Computer installiert sein.</translation>
    </message>
    <message>
        <source>Signed in as {user}.</source>
        <translation>Angemeldet als {user}.</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <source>Signing in… Complete the sign-in in your browser.</source>
        <translation>Anmeldung läuft … Schließen Sie die Anmeldung in Ihrem Browser ab.</translation>
    </message>
    <message>
        <source>Signing in… Waiting for the code to be entered.</source>
        <translation>Anmeldung läuft … Es wird auf die Eingabe des Codes gewartet.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>On any device, open &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt; and enter this code:</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;, und geben Sie diesen Code ein:</translation>
    </message>
    <message>
        <source>Saved sign-ins were removed from this computer.</source>
        <translation>Die gespeicherten Anmeldungen wurden von diesem Computer entfernt.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Zugelassen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Partly blocked</source>
        <translation>Teilweise blockiert</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Machines by status</source>
        <translation>Computer nach Status</translation>
    </message>
    <message>
        <source>Click a bar to show only the machines in it.</source>
        <translation>Klicken Sie auf einen Balken, um nur dessen Computer anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>{vm} does not meet the prerequisites for boot integrity monitoring yet.</source>
        <translation>{vm} erfüllt die Voraussetzungen für die Startintegritätsüberwachung noch nicht.</translation>
    </message>
    <message>
        <source>Boot integrity monitoring is on and healthy for {vm}.</source>
        <translation>Die Startintegritätsüberwachung ist für {vm} aktiv und fehlerfrei.</translation>
    </message>
    <message>
        <source>{vm} cannot reach Azure Attestation yet; the blockers are listed below.</source>
        <translation>{vm} kann Azure Attestation noch nicht erreichen; die Blockaden stehen unten.</translation>
    </message>
    <message>
        <source>{vm} can reach Azure Attestation now, but the extension still reports {state} from when the path was blocked. Re-deploy it on the Enable page so that it attests again.</source>
        <translation>{vm} kann Azure Attestation jetzt erreichen, aber die Erweiterung meldet noch {state} aus der Zeit, als der Pfad blockiert war. Stellen Sie sie auf der Seite „Startintegritätsüberwachung aktivieren“ erneut bereit, damit sie den Nachweis erneut durchführt.</translation>
    </message>
    <message>
        <source>Boot integrity monitoring for {vm} is not healthy yet.</source>
        <translation>Die Startintegritätsüberwachung für {vm} ist noch nicht fehlerfrei.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What the wizard found and changed. Export a report to attach it to a ticket.</source>
        <translation>Was der Assistent gefunden und geändert hat. Exportieren Sie einen Bericht, um ihn an ein Ticket anzuhängen.</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>Befehle &amp;kopieren</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Report saved: {html} and {json}</source>
        <translation>Bericht gespeichert: {html} und {json}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>The report could not be saved: {error}</source>
        <translation>Der Bericht konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) copied to the clipboard.</source>
        <translation>
            <numerusform>%n Befehl in die Zwischenablage kopiert.</numerusform>
            <numerusform>%n Befehle in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Check the extension and the network path again, now that the changes are made.</source>
        <translation>Prüfen Sie die Erweiterung und den Netzwerkpfad erneut, nachdem die Änderungen vorgenommen wurden.</translation>
    </message>
    <message>
        <source>&amp;Recheck</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Re-&amp;deploy extension…</source>
        <translation>Erweiterung erneut &amp;bereitstellen …</translation>
    </message>
    <message>
        <source>Back to the Enable page, which shows the deployment before it runs</source>
        <translation>Zurück zur Seite „Startintegritätsüberwachung aktivieren“, die die Bereitstellung zeigt, bevor sie ausgeführt wird</translation>
    </message>
    <message>
        <source>Checking again</source>
        <translation>Erneute Prüfung läuft</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Boot integrity monitoring works: the extension reports success.</source>
        <translation>Die Startintegritätsüberwachung funktioniert: Die Erweiterung meldet Erfolg.</translation>
    </message>
    <message>
        <source>The Guest Attestation extension is not installed.</source>
        <translation>Die Gastnachweiserweiterung ist nicht installiert.</translation>
    </message>
    <message>
        <source>The path is open, but the extension still reports {state} from when the path was blocked. Re-deploy it (Re-deploy extension), then check again.</source>
        <translation>Der Pfad ist offen, aber die Erweiterung meldet noch {state} aus der Zeit, als der Pfad blockiert war. Stellen Sie sie erneut bereit („Erweiterung erneut bereitstellen“) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Azure Attestation is still not reachable from this VM.</source>
        <translation>Azure Attestation ist von dieser VM aus weiterhin nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>VmTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Security type</source>
        <translation>Sicherheitstyp</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>Sicherer Start</translation>
    </message>
    <message>
        <source>vTPM</source>
        <translation>vTPM</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Trusted Launch</source>
        <translation>Vertrauenswürdiger Start</translation>
    </message>
    <message>
        <source>Confidential VM</source>
        <translation>Vertrauliche VM</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Boot integrity monitoring</source>
        <translation>Startintegritätsüberwachung</translation>
    </message>
    <message>
        <source>Check, enable and repair boot integrity monitoring for an Azure VM.</source>
        <translation>Prüfen, aktivieren und reparieren Sie die Startintegritätsüberwachung einer Azure-VM.</translation>
    </message>
    <message>
        <source>This wizard guides you through five steps: choose a virtual machine, check the Trusted Launch prerequisites (security type, Secure Boot, vTPM, VM agent), enable boot integrity monitoring with the Guest Attestation extension, find exactly what blocks the VM from reaching Azure Attestation, and fix it safely. Nothing is changed in Azure before you have seen and confirmed it.</source>
        <translation>Dieser Assistent führt Sie in fünf Schritten: Sie wählen einen virtuellen Computer aus, prüfen die Voraussetzungen für den vertrauenswürdigen Start (Sicherheitstyp, sicherer Start, vTPM, VM-Agent), aktivieren die Startintegritätsüberwachung mit der Gastnachweiserweiterung, finden genau heraus, was die VM daran hindert, Azure Attestation zu erreichen, und beheben das Problem sicher. In Azure wird nichts geändert, bevor Sie es gesehen und bestätigt haben.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>Use the &amp;demo tenant (simulated Azure, for training and demonstrations)</source>
        <translation>&amp;Demomandanten verwenden (simuliertes Azure für Schulungen und Vorführungen)</translation>
    </message>
    <message>
        <source>Connect to &amp;real Azure (sign in on the next page)</source>
        <translation>Mit dem &amp;echten Azure verbinden (Anmeldung auf der nächsten Seite)</translation>
    </message>
    <message>
        <source>&amp;One VM: check, enable and fix it step by step</source>
        <translation>Ei&amp;ne VM: Schritt für Schritt prüfen, aktivieren und korrigieren</translation>
    </message>
    <message>
        <source>&amp;Many VMs: scan every subscription, fix shared causes once, enable in parallel</source>
        <translation>&amp;Viele VMs: alle Abonnements überprüfen, gemeinsame Ursachen einmal beheben, parallel aktivieren</translation>
    </message>
    <message>
        <source>On the next page you sign in with your browser, a device code or the Azure CLI login.</source>
        <translation>Auf der nächsten Seite melden Sie sich mit Ihrem Browser, einem Gerätecode oder der Azure CLI-Anmeldung an.</translation>
    </message>
    <message>
        <source>The demo tenant runs on this computer. No data leaves it and nothing in Azure is changed.</source>
        <translation>Der Demomandant läuft auf diesem Computer. Es verlassen keine Daten den Computer, und in Azure wird nichts geändert.</translation>
    </message>
</context>
</TS>
