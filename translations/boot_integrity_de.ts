<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiValue</name>
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
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Transitioning</source>
        <translation>Im Übergang</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Immer zulassen</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Virtual appliance</source>
        <translation>Virtuelles Gerät</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Virtuelles Netzwerk</translation>
    </message>
    <message>
        <source>Virtual network gateway</source>
        <translation>Gateway für virtuelle Netzwerke</translation>
    </message>
    <message>
        <source>Virtual network peering</source>
        <translation>Peering virtueller Netzwerke</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Stopped (deallocated)</source>
        <translation>Beendet (Zuordnung aufgehoben)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Deallocating</source>
        <translation>Zuordnung wird aufgehoben</translation>
    </message>
    <message>
        <source>System route</source>
        <translation>Systemroute</translation>
    </message>
    <message>
        <source>User-defined route</source>
        <translation>Benutzerdefinierte Route</translation>
    </message>
    <message>
        <source>Learned from the gateway (BGP)</source>
        <translation>Vom Gateway gelernt (BGP)</translation>
    </message>
</context>
<context>
    <name>ApplyingPage</name>
    <message>
        <source>Checking the VM and its network path again…</source>
        <translation>Der virtuelle Computer und sein Netzwerkpfad werden erneut geprüft…</translation>
    </message>
    <message>
        <source>Checking your permissions…</source>
        <translation>Ihre Berechtigungen werden geprüft…</translation>
    </message>
    <message>
        <source>Stopping after the current step (%1 of %2); it is finished and recorded first…</source>
        <translation>Anhalten nach dem aktuellen Schritt (%1 von %2); er wird zuerst abgeschlossen und protokolliert…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3…</source>
        <translation>Schritt %1 von %2: %3…</translation>
    </message>
    <message>
        <source>Applying was stopped after the current step. Only the steps marked ✔ were changed in Azure; the audit log has them, and Undo takes them back.</source>
        <translation>Das Anwenden wurde nach dem aktuellen Schritt angehalten. Nur die mit ✔ markierten Schritte wurden in Azure geändert; das Überwachungsprotokoll enthält sie, und sie lassen sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Changes are being applied</source>
        <translation>Änderungen werden angewendet</translation>
    </message>
    <message>
        <source>Changes are being applied. Stop after the current step?</source>
        <translation>Änderungen werden angewendet. Nach dem aktuellen Schritt anhalten?</translation>
    </message>
    <message>
        <source>The step Azure is working on now is finished and recorded either way, so that Undo knows about it.</source>
        <translation>Der Schritt, an dem Azure gerade arbeitet, wird in jedem Fall abgeschlossen und protokolliert, damit er sich rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Changes are being applied. Stop after the changes in flight?</source>
        <translation>Änderungen werden angewendet. Nach den laufenden Änderungen anhalten?</translation>
    </message>
</context>
<context>
    <name>AzureStatus</name>
    <message>
        <source>Virtual machines guest attestation status should be healthy</source>
        <translation>Der Gastnachweisstatus virtueller Computer muss fehlerfrei sein</translation>
    </message>
    <message>
        <source>Guest Attestation extension should be installed on supported Windows virtual machines</source>
        <translation>Die Gastnachweiserweiterung muss auf unterstützten virtuellen Windows-Computern installiert sein</translation>
    </message>
    <message>
        <source>Guest Attestation extension should be installed on supported Linux virtual machines</source>
        <translation>Die Gastnachweiserweiterung muss auf unterstützten virtuellen Linux-Computern installiert sein</translation>
    </message>
    <message>
        <source>vTPM should be enabled on supported virtual machines</source>
        <translation>vTPM muss auf unterstützten virtuellen Computern aktiviert sein</translation>
    </message>
    <message>
        <source>Secure Boot should be enabled on supported Windows virtual machines</source>
        <translation>Der sichere Start muss auf unterstützten virtuellen Windows-Computern aktiviert sein</translation>
    </message>
    <message>
        <source>Linux virtual machines should use Secure Boot</source>
        <translation>Virtuelle Linux-Computer müssen den sicheren Start verwenden</translation>
    </message>
    <message>
        <source>Defender for Cloud reports guest attestation as unhealthy (assessed {time}), but this tool finds the Guest Attestation extension reporting success now. Defender&apos;s assessments lag behind by hours: if the problem was fixed after {time}, Defender will follow. Otherwise the cause is inside the VM (Defender says: {cause}).</source>
        <translation>Defender für Cloud meldet den Gastnachweis als fehlerhaft (bewertet {time}), aber dieses Tool stellt fest, dass die Gastnachweiserweiterung jetzt Erfolg meldet. Die Bewertungen von Defender hinken um Stunden hinterher: Wurde das Problem nach {time} behoben, zieht Defender nach. Andernfalls liegt die Ursache im virtuellen Computer (Defender meldet: {cause}).</translation>
    </message>
    <message>
        <source>Defender for Cloud still reports guest attestation as healthy (assessed {time}), but this tool finds a problem now. Defender&apos;s assessments lag behind by hours; trust the current check.</source>
        <translation>Defender für Cloud meldet den Gastnachweis noch als fehlerfrei (bewertet {time}), aber dieses Tool findet jetzt ein Problem. Die Bewertungen von Defender hinken um Stunden hinterher; verlassen Sie sich auf die aktuelle Prüfung.</translation>
    </message>
    <message>
        <source>Defender for Cloud agrees: guest attestation is unhealthy (assessed {time}). {cause}</source>
        <translation>Defender für Cloud bestätigt: Der Gastnachweis ist fehlerhaft (bewertet {time}). {cause}</translation>
    </message>
    <message>
        <source>Defender for Cloud reports guest attestation as unhealthy (assessed {time}). {cause} Its assessments lag behind by hours: compare with the check of the network path.</source>
        <translation>Defender für Cloud meldet den Gastnachweis als fehlerhaft (bewertet {time}). {cause} Die Bewertungen hinken um Stunden hinterher: Vergleichen Sie sie mit der Prüfung des Netzwerkpfads.</translation>
    </message>
    <message>
        <source>Defender for Cloud has no guest attestation assessment for this VM (yet). New VMs and new extensions appear there after some hours.</source>
        <translation>Defender für Cloud hat für diesen virtuellen Computer (noch) keine Bewertung des Gastnachweises. Neue virtuelle Computer und neue Erweiterungen erscheinen dort erst nach einigen Stunden.</translation>
    </message>
    <message>
        <source>Defender for Servers is not on for this subscription (plan: {plan}): alerts such as &quot;VM attestation failure&quot; are not raised. The recommendations are still shown.</source>
        <translation>Defender für Server ist für dieses Abonnement nicht aktiviert (Plan: {plan}): Warnungen wie „VM attestation failure“ werden nicht ausgelöst. Die Empfehlungen werden weiterhin angezeigt.</translation>
    </message>
    <message>
        <source>Defender for Cloud could not be read: {reason}</source>
        <translation>Defender für Cloud konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The built-in initiative &quot;Configure prerequisites to enable Guest Attestation on Trusted Launch enabled VMs&quot; is not assigned over this VM. Assigning it to the subscription keeps monitoring on for every Trusted Launch VM, including new ones.</source>
        <translation>Die integrierte Initiative „Configure prerequisites to enable Guest Attestation on Trusted Launch enabled VMs“ ist für diesen virtuellen Computer nicht zugewiesen. Wenn Sie sie dem Abonnement zuweisen, bleibt die Überwachung für jeden virtuellen Computer mit vertrauenswürdigem Start eingeschaltet, auch für neue.</translation>
    </message>
    <message>
        <source>The policy assignment {assignment} (at {scope}) installs the Guest Attestation extension on this VM: if the extension is removed, the policy puts it back when the VM is next created or updated, or when a remediation task runs.</source>
        <translation>Die Richtlinienzuweisung {assignment} (in {scope}) installiert die Gastnachweiserweiterung auf diesem virtuellen Computer: Wird die Erweiterung entfernt, installiert die Richtlinie sie wieder, sobald der virtuelle Computer das nächste Mal erstellt oder aktualisiert wird oder ein Wartungstask ausgeführt wird.</translation>
    </message>
    <message>
        <source>The policy assignment {assignment} (at {scope}) is set to DoNotEnforce: it only reports compliance and installs nothing on new or changed VMs. Set its enforcement mode to Default, or start a remediation task by hand.</source>
        <translation>Die Richtlinienzuweisung {assignment} (in {scope}) ist auf DoNotEnforce gesetzt: Sie meldet nur die Konformität und installiert nichts auf neuen oder geänderten virtuellen Computern. Setzen Sie den Erzwingungsmodus auf Default, oder starten Sie einen Wartungstask von Hand.</translation>
    </message>
    <message>
        <source>The policy assignment {assignment} (at {scope}) sets the effect to Disabled: it does nothing.</source>
        <translation>Die Richtlinienzuweisung {assignment} (in {scope}) setzt den Effekt auf Disabled: Sie bewirkt nichts.</translation>
    </message>
    <message>
        <source>The policy assignment {assignment} (at {scope}) has no managed identity, so its remediation cannot deploy anything. Assign it again with a system-assigned identity.</source>
        <translation>Die Richtlinienzuweisung {assignment} (in {scope}) hat keine verwaltete Identität, daher kann ihre Wartung nichts bereitstellen. Weisen Sie sie erneut mit einer vom System zugewiesenen Identität zu.</translation>
    </message>
    <message>
        <source>The identity of the policy assignment {assignment} lacks the role(s) {roles} over this VM, so its remediation fails. Assign these roles to the identity (principal {principal}) at {scope}.</source>
        <translation>Der Identität der Richtlinienzuweisung {assignment} fehlt für diesen virtuellen Computer die Rolle bzw. fehlen die Rollen {roles}, daher schlägt ihre Wartung fehl. Erstellen Sie für die Identität (Prinzipal {principal}) Rollenzuweisungen für diese Rollen in {scope}.</translation>
    </message>
    <message>
        <source>The role assignments of the identity of {assignment} could not be read ({reason}); whether its remediation can succeed is unknown.</source>
        <translation>Die Rollenzuweisungen der Identität von {assignment} konnten nicht gelesen werden ({reason}); ob ihre Wartung gelingen kann, ist unbekannt.</translation>
    </message>
    <message>
        <source>Azure Policy reports this VM as non-compliant with {references} (evaluated {time}).</source>
        <translation>Azure Policy meldet diesen virtuellen Computer als nicht konform mit {references} (ausgewertet {time}).</translation>
    </message>
    <message>
        <source>Azure Policy reports this VM as compliant (evaluated {time}).</source>
        <translation>Azure Policy meldet diesen virtuellen Computer als konform (ausgewertet {time}).</translation>
    </message>
    <message>
        <source>Azure Policy could not be read: {reason}</source>
        <translation>Azure Policy konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>A remediation task of {assignment} is still running in Azure ({tasks}). The VM becomes compliant only after its deployment has run; until then Azure Policy may report it as non-compliant.</source>
        <translation>Ein Wartungstask von {assignment} wird in Azure noch ausgeführt ({tasks}). Die VM wird erst konform, nachdem ihre Bereitstellung gelaufen ist; bis dahin meldet Azure Policy sie möglicherweise als nicht konform.</translation>
    </message>
    <message>
        <source>The policy assignment {assignment} (at {scope}) will install the Guest Attestation extension again after this undo (when the VM is next updated, or when a remediation task runs). To keep it removed, exclude the VM from the assignment first.</source>
        <translation>Die Richtlinienzuweisung {assignment} (in {scope}) installiert die Gastnachweiserweiterung nach diesem Rückgängigmachen wieder (sobald der virtuelle Computer das nächste Mal aktualisiert wird oder ein Wartungstask ausgeführt wird). Damit sie entfernt bleibt, nehmen Sie den virtuellen Computer zuerst von der Zuweisung aus.</translation>
    </message>
</context>
<context>
    <name>AzureStatusBox</name>
    <message>
        <source>Defender for Cloud and Azure Policy</source>
        <translation>Defender für Cloud und Azure Policy</translation>
    </message>
    <message>
        <source>Could not be read: {error}</source>
        <translation>Konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Asking Defender for Cloud and Azure Policy…</source>
        <translation>Defender für Cloud und Azure Policy werden abgefragt…</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>fehlerfrei</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>fehlerhaft</translation>
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
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Defender for Cloud — guest attestation: {verdict}; Defender for Servers: {plan}</source>
        <translation>Defender für Cloud – Gastnachweis: {verdict}; Defender für Server: {plan}</translation>
    </message>
    <message>
        <source>Azure Policy — could not be read</source>
        <translation>Azure Policy – konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Azure Policy — Guest Attestation initiative: not assigned</source>
        <translation>Azure Policy – Gastnachweis-Initiative: nicht zugewiesen</translation>
    </message>
    <message>
        <source>Azure Policy — Guest Attestation initiative: assigned ({count}), enforcement {mode}</source>
        <translation>Azure Policy – Gastnachweis-Initiative: zugewiesen ({count}), Erzwingungsmodus {mode}</translation>
    </message>
</context>
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
            <numerusform>Virtuelle Computer werden geladen… bisher %n gefunden.</numerusform>
            <numerusform>Virtuelle Computer werden geladen… bisher %n gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n virtual machine(s) shown.</source>
        <translation>
            <numerusform>{shown} von %n virtuellen Computer angezeigt.</numerusform>
            <numerusform>{shown} von %n virtuellen Computern angezeigt.</numerusform>
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
        <source>Admin rules</source>
        <translation>Adminregeln</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
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
        <translation>Virtuelles Netzwerkgerät</translation>
    </message>
    <message>
        <source>{vm_id} is not a VM resource id; expected /subscriptions/&lt;id&gt;/resourceGroups/&lt;group&gt;/providers/Microsoft.Compute/virtualMachines/&lt;name&gt;</source>
        <translation>{vm_id} ist keine Ressourcen-ID eines virtuellen Computers; erwartet wird /subscriptions/&lt;id&gt;/resourceGroups/&lt;group&gt;/providers/Microsoft.Compute/virtualMachines/&lt;name&gt;</translation>
    </message>
    <message>
        <source>the VM id is {length} characters long; a VM resource id has at most {limit} (was a file pasted?)</source>
        <translation>Die VM-ID ist {length} Zeichen lang; eine Ressourcen-ID eines virtuellen Computers hat höchstens {limit} (wurde eine Datei eingefügt?)</translation>
    </message>
    <message>
        <source>unknown subscription {subscription}: the tenant has {known}</source>
        <translation>unbekanntes Abonnement {subscription}: Der Mandant hat {known}</translation>
    </message>
    <message>
        <source>unknown VM: {vm_id} is not in the tenant</source>
        <translation>unbekannter virtueller Computer: {vm_id} ist nicht im Mandanten</translation>
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
        <source>effective routes</source>
        <translation>effektive Routen</translation>
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
        <source>Boot integrity monitoring is on: the Guest Attestation extension {name} was deployed successfully.</source>
        <translation>Die Startintegritätsüberwachung ist aktiv: Die Gastnachweiserweiterung {name} wurde erfolgreich bereitgestellt.</translation>
    </message>
    <message>
        <source>The Guest Attestation extension did not succeed. What the diagnosis finds:</source>
        <translation>Die Gastnachweiserweiterung war nicht erfolgreich. Das findet die Diagnose:</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed</source>
        <translation>unterbrochen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>interrupted after {done} of {total} step(s); what was sent is recorded in audit record {run_id}. To take it back: boot-integrity fix --vm {vm_id} --undo {run_id}</source>
        <translation>unterbrochen nach {done} von {total} Schritt(en); was gesendet wurde, ist im Überwachungsprotokolleintrag {run_id} festgehalten. Zum Rückgängigmachen: boot-integrity fix --vm {vm_id} --undo {run_id}</translation>
    </message>
    <message>
        <source>undo interrupted after {done} of {total} step(s); recorded in audit record {run_id}. Run the undo again.</source>
        <translation>Rückgängigmachen unterbrochen nach {done} von {total} Schritt(en); festgehalten im Überwachungsprotokolleintrag {run_id}. Führen Sie das Rückgängigmachen erneut aus.</translation>
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
        <source>not applied: canceled</source>
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
        <translation>Die VM wird erneut geprüft…</translation>
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
        <source>--host {host} is not a host name (for example sharedweu.weu.attest.azure.net)</source>
        <translation>--host {host} ist kein Hostname (zum Beispiel sharedweu.weu.attest.azure.net)</translation>
    </message>
    <message>
        <source>the region&apos;s attestation host</source>
        <translation>den Nachweishost der Region</translation>
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
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>unexpected error: {error}. Details are in the log: {log}</source>
        <translation>unerwarteter Fehler: {error}. Details stehen im Protokoll: {log}</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>{value} is not a port: use 1–65535, or 0 for any free port</source>
        <translation>{value} ist kein Port: Verwenden Sie 1–65535 oder 0 für einen beliebigen freien Port</translation>
    </message>
    <message>
        <source>--save-snapshot {path}: not a file in an existing folder; the final state could not be written there</source>
        <translation>--save-snapshot {path}: keine Datei in einem vorhandenen Ordner; der Endzustand könnte dort nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{value} is not a latency: use 0–60000 milliseconds</source>
        <translation>{value} ist keine Latenz: Verwenden Sie 0–60000 Millisekunden</translation>
    </message>
    <message>
        <source>not written: the export would contain {what}</source>
        <translation>nicht geschrieben: Der Export würde {what} enthalten</translation>
    </message>
    <message>
        <source>cannot write {file}: {error}</source>
        <translation>{file} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Wrote {file}: {count} resources; left out: {omitted}.</source>
        <translation>{file} geschrieben: {count} Ressourcen; weggelassen: {omitted}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Defender for Cloud (Defender for Servers plan: {plan}):</source>
        <translation>Defender für Cloud (Plan für Defender für Server: {plan}):</translation>
    </message>
    <message>
        <source>no boot-integrity assessment for this VM</source>
        <translation>keine Bewertung der Startintegrität für diesen virtuellen Computer</translation>
    </message>
    <message>
        <source>Azure Policy (Guest Attestation initiative):</source>
        <translation>Azure Policy (Gastnachweis-Initiative):</translation>
    </message>
    <message>
        <source>not assigned over this VM</source>
        <translation>für diesen virtuellen Computer nicht zugewiesen</translation>
    </message>
    <message>
        <source>{name} at {scope}: enforcement {mode}, identity {principal}, missing roles: {roles}</source>
        <translation>{name} in {scope}: Erzwingungsmodus {mode}, Identität {principal}, fehlende Rollen: {roles}</translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation>Was das bedeutet:</translation>
    </message>
    <message>
        <source>Remediation {name}: {state}, {ok} of {total} deployments succeeded</source>
        <translation>Wartung {name}: {state}, {ok} von {total} Bereitstellungen erfolgreich</translation>
    </message>
    <message>
        <source>Azure is still working on the remediation task(s) {names}; this tool stopped waiting, nothing was canceled. Azure Policy finishes them on its own, and the VMs become compliant only after their deployments ran. Check later with: boot-integrity policy status --vm &lt;VM resource id&gt;</source>
        <translation>Azure arbeitet noch an den Wartungstasks {names}; dieses Tool wartet nicht länger, abgebrochen wurde nichts. Azure Policy schließt sie selbstständig ab, und die VMs werden erst konform, nachdem ihre Bereitstellungen gelaufen sind. Prüfen Sie es später mit: boot-integrity policy status --vm &lt;Ressourcen-ID der VM&gt;</translation>
    </message>
    <message>
        <source>The remediation tasks have run. Azure Policy&apos;s compliance data follows when it evaluates the VMs again.</source>
        <translation>Die Wartungstasks sind gelaufen. Die Konformitätsdaten von Azure Policy folgen, sobald Azure Policy die VMs erneut auswertet.</translation>
    </message>
    <message>
        <source>Verified: {vm} runs with Trusted Launch, Secure Boot {secure_boot} and vTPM on; the Guest Attestation extension reports {extension}.</source>
        <translation>Überprüft: {vm} läuft mit vertrauenswürdigem Start, sicherem Start {secure_boot} und aktiviertem vTPM; die Gastnachweiserweiterung meldet {extension}.</translation>
    </message>
    <message>
        <source>Verified: {vm} uses the Standard security type again ({power}).</source>
        <translation>Überprüft: {vm} verwendet wieder den Sicherheitstyp „Standard“ ({power}).</translation>
    </message>
    <message>
        <source>Not finished. {vm} is now {power} with the security type {security_type}. Run the same command again: it repeats only what is missing.</source>
        <translation>Nicht abgeschlossen. {vm} ist jetzt im Zustand {power} mit dem Sicherheitstyp {security_type}. Führen Sie denselben Befehl erneut aus: Er wiederholt nur, was noch fehlt.</translation>
    </message>
    <message>
        <source>The VM could not be read again; check it with: boot-integrity upgrade --vm {vm_id} --dry-run</source>
        <translation>Die VM konnte nicht erneut gelesen werden; prüfen Sie sie mit: boot-integrity upgrade --vm {vm_id} --dry-run</translation>
    </message>
    <message>
        <source>{vm} will be deallocated and is unavailable until it has started again. Go ahead? [y/N] </source>
        <translation>Die Zuordnung von {vm} wird aufgehoben, und die VM ist nicht verfügbar, bis sie wieder gestartet ist. Fortfahren? [j/N] </translation>
    </message>
    <message>
        <source>not applied: the plan deallocates the VM; pass --yes to agree to that (or --dry-run to preview)</source>
        <translation>nicht angewendet: Der Plan hebt die Zuordnung der VM auf; geben Sie --yes an, um dem zuzustimmen (oder --dry-run für eine Vorschau)</translation>
    </message>
    <message>
        <source>refused by the pre-flight checks (see above); nothing was changed</source>
        <translation>von den Vorabprüfungen abgelehnt (siehe oben); nichts wurde geändert</translation>
    </message>
    <message>
        <source>Read-only check inside {vm} ({command_id}); nothing was changed. Output as the VM returned it:</source>
        <translation>Schreibgeschützte Prüfung in {vm} ({command_id}); nichts wurde geändert. Ausgabe, wie die VM sie zurückgegeben hat:</translation>
    </message>
    <message>
        <source>interrupted after {done} of {total} step(s), each recorded in audit record {run_id}. Run the same command again to finish what is missing.</source>
        <translation>unterbrochen nach {done} von {total} Schritt(en), jeder davon im Überwachungsprotokolleintrag {run_id} festgehalten. Führen Sie denselben Befehl erneut aus, um das Fehlende abzuschließen.</translation>
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
        <source>the scan has no network data for them</source>
        <translation>die Abfrage enthält keine Netzwerkdaten zu ihnen</translation>
    </message>
    <message>
        <source>part of the path could not be read or evaluated</source>
        <translation>ein Teil des Wegs konnte nicht gelesen oder ausgewertet werden</translation>
    </message>
    <message numerus="yes">
        <source>Operation {number} serves %n VM(s).</source>
        <translation>
            <numerusform>Vorgang {number} gilt für %n VM.</numerusform>
            <numerusform>Vorgang {number} gilt für %n VMs.</numerusform>
        </translation>
    </message>
    <message>
        <source>no interrupted fleet run to resume</source>
        <translation>es gibt keinen unterbrochenen Flottenlauf, der fortgesetzt werden kann</translation>
    </message>
    <message>
        <source>interrupted after {done} of {total} step(s); the journal {journal} has them. Run the same command with --resume to finish.</source>
        <translation>nach {done} von {total} Schritten unterbrochen; das Journal {journal} enthält sie. Führen Sie denselben Befehl mit --resume aus, um den Rest abzuschließen.</translation>
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
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
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
        <source>Reading NSGs, routes, firewalls and Azure&apos;s effective rules and routes on the path…</source>
        <translation>NSGs, Routen, Firewalls sowie die effektiven Regeln und Routen von Azure auf dem Pfad werden gelesen…</translation>
    </message>
    <message>
        <source>The path could not be decided; the findings say what to check.</source>
        <translation>Der Pfad konnte nicht entschieden werden; die Befunde nennen, was zu prüfen ist.</translation>
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
        <translation>Auf dem Azure-Netzwerkpfad blockiert nichts den Zugriff auf Azure Attestation.</translation>
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
        <source>Checked: TCP 443 from {ip} to {host} through the private endpoint at {endpoint_ip}.</source>
        <translation>Geprüft: TCP 443 von {ip} zu {host} über den privaten Endpunkt {endpoint_ip}.</translation>
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
        <translation>&amp;Automatisches Erweiterungsupgrade verwenden (empfohlen)</translation>
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
        <source>I have reviewed these changes and &amp;want to apply them</source>
        <translation>Ich habe die Änderungen geprüft und &amp;möchte sie anwenden</translation>
    </message>
    <message>
        <source>&amp;Enable monitoring</source>
        <translation>Überwachung akti&amp;vieren</translation>
    </message>
    <message>
        <source>Enabling monitoring</source>
        <translation>Überwachung wird aktiviert</translation>
    </message>
    <message>
        <source>Checking the VM and planning the installation…</source>
        <translation>VM wird geprüft und die Installation geplant…</translation>
    </message>
    <message>
        <source>Installing the extension; this can take a few minutes…</source>
        <translation>Die Erweiterung wird installiert; das kann einige Minuten dauern…</translation>
    </message>
    <message>
        <source>&amp;Shared regional provider: {host} ({url})</source>
        <translation>&amp;Regionaler gemeinsam verwendeter Anbieter: {host} ({url})</translation>
    </message>
    <message>
        <source>&amp;Shared regional provider (chosen by Azure for the VM&apos;s region)</source>
        <translation>&amp;Regionaler gemeinsam verwendeter Anbieter (von Azure für die Region der VM gewählt)</translation>
    </message>
    <message>
        <source>Boot integrity monitoring is on: the extension {name} reports {state}.</source>
        <translation>Die Startintegritätsüberwachung ist aktiv: Die Erweiterung {name} meldet den Status „{state}“.</translation>
    </message>
    <message>
        <source>The extension {name} is installed but reports {state}. Select Next to find out why, or deploy it again below with Enable monitoring.</source>
        <translation>Die Erweiterung {name} ist installiert, meldet aber den Status „{state}“. Wählen Sie „Weiter“, um die Ursache zu finden, oder stellen Sie sie unten mit „Überwachung aktivieren“ erneut bereit.</translation>
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
        <translation>Fertig: Die Erweiterung meldet den Status „{state}“. Wählen Sie „Weiter“ für die Zusammenfassung und den Bericht.</translation>
    </message>
    <message>
        <source>The network path to Azure Attestation is blocked; select Next to see where.</source>
        <translation>Der Netzwerkpfad zu Azure Attestation ist blockiert; wählen Sie „Weiter“, um zu sehen, wo.</translation>
    </message>
    <message>
        <source>The extension reports {state}.</source>
        <translation>Die Erweiterung meldet den Status „{state}“.</translation>
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
        <source>You are not allowed to do this: your account lacks the permission {action} on {scope}. Ask an owner of that scope to assign you the role {role} (or another role that grants {action}), then try again.</source>
        <translation>Sie dürfen diese Aktion nicht ausführen: Ihrem Konto fehlt die Berechtigung {action} für {scope}. Bitten Sie einen Besitzer dieses Bereichs, Ihnen die Rolle {role} (oder eine andere Rolle, die {action} gewährt) zuzuweisen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Azure Policy denied this change (RequestDisallowedByPolicy): the policy assignment {assignment} applies the policy definition {definition}, which forbids it. Nothing was changed. Ask whoever manages that assignment for an exemption for this resource, or make the change in a way the policy allows.</source>
        <translation>Azure Policy hat diese Änderung abgelehnt (RequestDisallowedByPolicy): Die Richtlinienzuweisung {assignment} wendet die Richtliniendefinition {definition} an, die sie verbietet. Es wurde nichts geändert. Bitten Sie die Verantwortlichen dieser Zuweisung um eine Ausnahme für diese Ressource, oder nehmen Sie die Änderung so vor, wie die Richtlinie es zulässt.</translation>
    </message>
    <message>
        <source>A resource lock prevents this change (ScopeLocked): {locks}. Nothing was changed. Ask an owner to remove the lock for the time of the change, then try again.</source>
        <translation>Eine Ressourcensperre verhindert diese Änderung (ScopeLocked): {locks}. Es wurde nichts geändert. Bitten Sie einen Besitzer, die Sperre für die Dauer der Änderung aufzuheben, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Azure could not find it: {detail}</source>
        <translation>Azure konnte es nicht finden: {detail}</translation>
    </message>
    <message>
        <source>Azure refused the change because of a conflict (HTTP 409): {detail}. Wait a minute and try again.</source>
        <translation>Azure hat die Änderung wegen eines Konflikts abgelehnt (HTTP 409): {detail}. Warten Sie eine Minute, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The resource was changed by someone else since it was read (HTTP 412): {detail}. Nothing was overwritten; read it again and retry.</source>
        <translation>Die Ressource wurde seit dem Lesen von jemand anderem geändert (HTTP 412): {detail}. Es wurde nichts überschrieben; lesen Sie sie erneut, und wiederholen Sie den Vorgang.</translation>
    </message>
    <message>
        <source>Azure had a problem answering (HTTP {status}): {detail}. Try again in a few minutes.</source>
        <translation>Azure konnte nicht richtig antworten (HTTP {status}): {detail}. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Azure returned an error: {detail}</source>
        <translation>Azure hat einen Fehler zurückgegeben: {detail}</translation>
    </message>
    <message>
        <source>The virtual machine could not be read: {detail}. It may have been deleted, or you may lack read access.</source>
        <translation>Der virtuelle Computer konnte nicht gelesen werden: {detail}. Möglicherweise wurde er gelöscht, oder Ihnen fehlt die Leseberechtigung.</translation>
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
        <source>The attestation host {host} for region {region} comes from the list bundled with this tool, because Azure&apos;s default provider for the region could not be read. Azure decides which provider the VM uses; check it with Get-AzAttestationDefaultProvider -Location {region} if the result looks wrong.</source>
        <translation>Der Nachweishost {host} für die Region {region} stammt aus der mit diesem Tool gelieferten Liste, weil der Standardanbieter von Azure für die Region nicht gelesen werden konnte. Welchen Anbieter die VM verwendet, entscheidet Azure; prüfen Sie ihn mit Get-AzAttestationDefaultProvider -Location {region}, falls das Ergebnis falsch aussieht.</translation>
    </message>
    <message>
        <source>No shared attestation provider is known for region {region}, and Azure&apos;s default provider for the region could not be read. {host} is only a guess: the VM may attest against another host. Check it with Get-AzAttestationDefaultProvider -Location {region}.</source>
        <translation>Für die Region {region} ist kein gemeinsam verwendeter Nachweisanbieter bekannt, und der Standardanbieter von Azure für die Region konnte nicht gelesen werden. {host} ist nur eine Vermutung: Die VM führt den Nachweis möglicherweise über einen anderen Host aus. Prüfen Sie dies mit Get-AzAttestationDefaultProvider -Location {region}.</translation>
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
        <translation>Nur die Anwendungsregel {rule} in der Regelsammlung {collection} erlaubt Datenverkehr zu Azure Attestation. Das funktioniert für HTTPS mit Servernamen (SNI); eine Netzwerkregel für das Diensttag AzureAttestation ist zuverlässiger.</translation>
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
        <translation>Die VM verwendet den Sicherheitstyp „{securityType}“.</translation>
    </message>
    <message>
        <source>The VM reports a security type this tool does not recognize ({securityType}). Boot integrity monitoring needs Trusted Launch or a Confidential VM; check the VM in the Azure portal.</source>
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
        <translation>Der Energiezustand der VM ist nicht bekannt. Für die Installation der Erweiterung und den Nachweis muss die VM laufen.</translation>
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
        <translation>Die Gastnachweiserweiterung {name} ist fehlgeschlagen (Status: {state}). Am häufigsten blockiert eine Netzwerksicherheitsgruppe (NSG), eine Firewall oder ein Proxy den Azure Attestation-Dienst.</translation>
    </message>
    <message>
        <source>The Guest Attestation extension {name} failed (state: {state}). A network security group, firewall or proxy that blocks the Azure Attestation service is the most common cause. Message from the VM: {message}</source>
        <translation>Die Gastnachweiserweiterung {name} ist fehlgeschlagen (Status: {state}). Am häufigsten blockiert eine Netzwerksicherheitsgruppe (NSG), eine Firewall oder ein Proxy den Azure Attestation-Dienst. Meldung der VM: {message}</translation>
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
        <translation>Die Erweiterung verwendet für den Nachweis {endpoint} statt des Standardanbieters der Region. Die Netzwerkprüfungen verwenden diese Adresse.</translation>
    </message>
    <message>
        <source>Route {route} in route table {route_table} sends traffic for {prefix} to next hop None, which drops traffic to Azure Attestation. Remove the route or point it to your firewall.</source>
        <translation>Die Route {route} in der Routingtabelle {route_table} leitet Datenverkehr für {prefix} an den nächsten Hop „Keine“ weiter und verwirft damit Datenverkehr zu Azure Attestation. Entfernen Sie die Route, oder leiten Sie sie an Ihre Firewall weiter.</translation>
    </message>
    <message>
        <source>Azure&apos;s system route for {prefix} drops traffic to Azure Attestation (next hop None).</source>
        <translation>Die Systemroute von Azure für {prefix} verwirft Datenverkehr zu Azure Attestation (nächster Hop „Keine“).</translation>
    </message>
    <message>
        <source>Route {route} sends traffic to Azure Attestation to the virtual appliance {next_hop_ip}, which is not an Azure Firewall we know. Make sure the appliance allows outbound TCP port 443 to the AzureAttestation service tag.</source>
        <translation>Die Route {route} leitet Datenverkehr zu Azure Attestation an das virtuelle Gerät {next_hop_ip} weiter, das keine uns bekannte Azure Firewall ist. Stellen Sie sicher, dass das Gerät ausgehenden Datenverkehr über TCP-Port 443 zum Diensttag AzureAttestation erlaubt.</translation>
    </message>
    <message>
        <source>Route {route} sends traffic for the service tag {tag} directly to the internet, so it bypasses the virtual appliance of the default route.</source>
        <translation>Die Route {route} leitet Datenverkehr für das Diensttag {tag} direkt ins Internet und umgeht so das virtuelle Netzwerkgerät der Standardroute.</translation>
    </message>
    <message>
        <source>Route {route} sends traffic to Azure Attestation to the virtual network gateway (forced tunneling). The on-premises network must allow outbound TCP port 443 to the AzureAttestation service tag.</source>
        <translation>Die Route {route} leitet Datenverkehr zu Azure Attestation an das Gateway für virtuelle Netzwerke weiter (Tunnelerzwingung). Das lokale Netzwerk muss ausgehenden Datenverkehr über TCP-Port 443 zum Diensttag AzureAttestation erlauben.</translation>
    </message>
    <message>
        <source>Route {route} uses the service tag {tag}, which is unknown; the route was ignored.</source>
        <translation>Die Route {route} verwendet das Diensttag {tag}, das unbekannt ist; die Route wurde ignoriert.</translation>
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
        <translation>Die Routingtabelle {route_table} gibt keine Gatewayrouten weiter (BGP-Routenverteilung ist deaktiviert).</translation>
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
        <translation>Die Regel {rule} (Priorität {priority}) in der Netzwerksicherheitsgruppe {nsg} verwendet das Diensttag {tag}, das in den geladenen Diensttag-Daten nicht enthalten ist. Ob diese Regel den Zugriff der VM auf Azure Attestation zulässt, lässt sich nicht feststellen.</translation>
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
        <translation>Die Regel {rule} (Priorität {priority}) in der Netzwerksicherheitsgruppe {nsg} erfasst Azure Attestation über das Diensttag VirtualNetwork, weil eine benutzerdefinierte Route (meist 0.0.0.0/0) diesem Diensttag öffentliche Adressen hinzufügt. Wenn sich die Routingtabelle ändert, greift diese Regel nicht mehr.</translation>
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
        <source>The VM cannot resolve the attestation host {host} (DNS servers: {servers}). Without name resolution the Guest Attestation extension cannot reach Azure Attestation. Next step: if the VM uses custom DNS servers, let them forward Azure names to Azure DNS (168.63.129.16); also check private DNS zones for attest.azure.net that hide the public name.</source>
        <translation>Die VM kann den Nachweishost {host} nicht auflösen (DNS-Server: {servers}). Ohne Namensauflösung erreicht die Gastnachweiserweiterung Azure Attestation nicht. Nächster Schritt: Wenn die VM eigene DNS-Server verwendet, lassen Sie diese Azure-Namen an Azure DNS (168.63.129.16) weiterleiten; prüfen Sie außerdem private DNS-Zonen für attest.azure.net, die den öffentlichen Namen verdecken.</translation>
    </message>
    <message>
        <source>The VM resolved {host} to {address} but could not open a TCP connection on port {port}. Something on the network path drops the traffic: a network security group, a route, Azure Firewall or another appliance. Next step: run the network path diagnosis for this VM and allow outbound TCP 443 to the service tag AzureAttestation.</source>
        <translation>Die VM hat {host} zu {address} aufgelöst, konnte aber keine TCP-Verbindung über Port {port} aufbauen. Etwas auf dem Netzwerkpfad verwirft den Datenverkehr: eine Netzwerksicherheitsgruppe, eine Route, Azure Firewall oder ein anderes virtuelles Netzwerkgerät. Nächster Schritt: Führen Sie die Netzwerkpfaddiagnose für diese VM aus, und erlauben Sie ausgehendes TCP 443 zum Diensttag AzureAttestation.</translation>
    </message>
    <message>
        <source>The connection to {host} is answered with a certificate issued by &quot;{issuer}&quot;, not by Microsoft: a proxy or firewall inspects TLS traffic, and attestation fails because the extension expects Microsoft&apos;s certificate. Next step: exclude {host} (or *.attest.azure.net) from TLS inspection on that proxy or firewall.</source>
        <translation>Die Verbindung zu {host} wird mit einem Zertifikat beantwortet, das „{issuer}“ ausgestellt hat und nicht Microsoft: Ein Proxy oder eine Firewall untersucht den TLS-Datenverkehr (TLS-Inspektion), und der Nachweis schlägt fehl, weil die Erweiterung das Zertifikat von Microsoft erwartet. Nächster Schritt: Nehmen Sie {host} (oder *.attest.azure.net) auf diesem Proxy bzw. dieser Firewall von der TLS-Inspektion aus.</translation>
    </message>
    <message>
        <source>A TCP connection to {host} opened, but the TLS handshake failed ({detail}). A firewall or proxy probably ends the connection, for example because an application rule does not allow the name. Next step: allow {host} (or *.attest.azure.net) on that firewall or proxy, without TLS inspection.</source>
        <translation>Eine TCP-Verbindung zu {host} wurde aufgebaut, aber der TLS-Handshake ist fehlgeschlagen ({detail}). Vermutlich beendet eine Firewall oder ein Proxy die Verbindung, etwa weil eine Anwendungsregel den Namen nicht erlaubt. Nächster Schritt: Erlauben Sie {host} (oder *.attest.azure.net) auf dieser Firewall bzw. diesem Proxy, ohne TLS-Inspektion.</translation>
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
        <source>The check ran inside the VM, but Run Command brought back no output at all. Run Command itself needs outbound HTTPS (TCP 443) to Azure&apos;s public IP addresses to return a script&apos;s output, so on a VM whose outbound traffic is blocked a script can succeed and still show nothing. Next step: allow outbound TCP 443 to the service tag AzureCloud (at least while checking), or run the script in the VM by hand.</source>
        <translation>Die Prüfung lief in der VM, aber „Befehl ausführen“ (Run Command) hat keinerlei Ausgabe zurückgebracht. „Befehl ausführen“ selbst braucht ausgehendes HTTPS (TCP 443) zu den öffentlichen IP-Adressen von Azure, um die Ausgabe eines Skripts zurückzugeben; auf einer VM, deren ausgehender Datenverkehr blockiert ist, kann ein Skript also erfolgreich laufen und trotzdem nichts anzeigen. Nächster Schritt: Lassen Sie ausgehendes TCP 443 zum Diensttag AzureCloud zu (zumindest während der Prüfung), oder führen Sie das Skript von Hand in der VM aus.</translation>
    </message>
    <message>
        <source>The output of the check inside the VM could not be read: it does not start with the expected header. It may have been cut off or changed by other software in the VM, or Run Command could not bring it back: it needs outbound HTTPS (TCP 443) to Azure&apos;s public IP addresses (service tag AzureCloud). Next step: run the check again; if this repeats, allow that traffic or run the script by hand in the VM and compare.</source>
        <translation>Die Ausgabe der Prüfung in der VM konnte nicht gelesen werden: Sie beginnt nicht mit der erwarteten Kopfzeile. Möglicherweise wurde sie abgeschnitten oder von anderer Software in der VM verändert, oder „Befehl ausführen“ (Run Command) konnte sie nicht zurückbringen: Dafür braucht es ausgehendes HTTPS (TCP 443) zu den öffentlichen IP-Adressen von Azure (Diensttag AzureCloud). Nächster Schritt: Führen Sie die Prüfung erneut aus; wenn das wieder passiert, lassen Sie diesen Datenverkehr zu, oder führen Sie das Skript von Hand in der VM aus, und vergleichen Sie.</translation>
    </message>
    <message>
        <source>The output of the check inside the VM ends early: the script stopped or its output was cut off, so the results are incomplete. Run Command returns output only over outbound HTTPS (TCP 443) to Azure&apos;s public IP addresses (service tag AzureCloud), so a blocked VM can lose it. Next step: run the check again; if this repeats, allow that traffic or run the script by hand in the VM.</source>
        <translation>Die Ausgabe der Prüfung in der VM endet vorzeitig: Das Skript wurde angehalten oder die Ausgabe abgeschnitten, die Ergebnisse sind also unvollständig. „Befehl ausführen“ (Run Command) gibt die Ausgabe nur über ausgehendes HTTPS (TCP 443) zu den öffentlichen IP-Adressen von Azure (Diensttag AzureCloud) zurück; bei einer blockierten VM kann sie daher verloren gehen. Nächster Schritt: Führen Sie die Prüfung erneut aus; wenn das wieder passiert, lassen Sie diesen Datenverkehr zu, oder führen Sie das Skript von Hand in der VM aus.</translation>
    </message>
    <message>
        <source>The output of the check inside the VM uses format version {version}, which this version of the tool does not know. Next step: update Boot Integrity Wizard and run the check again.</source>
        <translation>Die Ausgabe der Prüfung in der VM verwendet die Formatversion {version}, die diese Version des Tools nicht kennt. Nächster Schritt: Aktualisieren Sie den Assistenten für die Startintegritätsüberwachung, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>A proxy is configured inside the VM ({sources}) and it did not let the connection to {host} through ({detail}). Microsoft documents that the Guest Attestation extension does not work properly behind a proxy. Next step: let the VM reach {host} directly on port 443: remove the proxy setting for the VM Agent, or add {host}, 169.254.169.254 and 168.63.129.16 to the proxy bypass list (no_proxy).</source>
        <translation>In der VM ist ein Proxy konfiguriert ({sources}), und er hat die Verbindung zu {host} nicht durchgelassen ({detail}). Laut Microsoft funktioniert die Gastnachweiserweiterung hinter einem Proxy nicht zuverlässig. Nächster Schritt: Sorgen Sie dafür, dass die VM {host} direkt über Port 443 erreicht: Entfernen Sie die Proxyeinstellung für den VM-Agent, oder tragen Sie {host}, 169.254.169.254 und 168.63.129.16 in die Proxy-Umgehungsliste (no_proxy) ein.</translation>
    </message>
    <message>
        <source>A proxy is configured inside the VM ({sources}). Microsoft documents that the Guest Attestation extension does not work properly behind a proxy. Next step: let the VM reach {host} directly on port 443: remove the proxy setting for the VM Agent, or add {host}, 169.254.169.254 and 168.63.129.16 to the proxy bypass list (no_proxy).</source>
        <translation>In der VM ist ein Proxy konfiguriert ({sources}). Laut Microsoft funktioniert die Gastnachweiserweiterung hinter einem Proxy nicht zuverlässig. Nächster Schritt: Sorgen Sie dafür, dass die VM {host} direkt über Port 443 erreicht: Entfernen Sie die Proxyeinstellung für den VM-Agent, oder tragen Sie {host}, 169.254.169.254 und 168.63.129.16 in die Proxy-Umgehungsliste (no_proxy) ein.</translation>
    </message>
    <message>
        <source>The VM cannot reach the Azure wire server 168.63.129.16 on port {ports}. The VM Agent installs extensions and reports their status over it. Next step: allow outbound TCP 80 and 32526 to 168.63.129.16 in the operating system firewall and bypass any proxy for it.</source>
        <translation>Die VM erreicht den Azure-Wire-Server 168.63.129.16 über Port {ports} nicht. Über ihn installiert der VM-Agent Erweiterungen und meldet deren Status. Nächster Schritt: Erlauben Sie in der Betriebssystemfirewall ausgehendes TCP 80 und 32526 zu 168.63.129.16, und nehmen Sie die Adresse von jedem Proxy aus.</translation>
    </message>
    <message>
        <source>{count} lines of the output of the check inside the VM could not be read and were ignored. Next step: if the results look wrong, run the check again.</source>
        <translation>{count} Zeilen der Ausgabe der Prüfung in der VM konnten nicht gelesen werden und wurden ignoriert. Nächster Schritt: Wenn die Ergebnisse falsch wirken, führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The certificate of {host} could not be checked inside the VM ({reason}), so TLS inspection could not be ruled out.</source>
        <translation>Das Zertifikat von {host} konnte in der VM nicht geprüft werden ({reason}); eine TLS-Inspektion durch Proxy oder Firewall lässt sich daher nicht ausschließen.</translation>
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
        <source>The VM is not running (power state: {state}), so nothing can be checked inside it. Next step: start the VM, wait until its VM Agent is ready, then run the check again.</source>
        <translation>Die VM läuft nicht (Energiezustand: {state}), daher kann in ihr nichts geprüft werden. Nächster Schritt: Starten Sie die VM, warten Sie, bis ihr VM-Agent bereit ist, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The VM Agent is not ready (status: {status}), so Run Command cannot run the check. Next step: make sure the VM Agent (waagent on Linux, WindowsAzureGuestAgent on Windows) is running and can reach 168.63.129.16, then try again.</source>
        <translation>Der VM-Agent ist nicht bereit (Status: {status}), daher kann „Befehl ausführen“ die Prüfung nicht ausführen. Nächster Schritt: Stellen Sie sicher, dass der VM-Agent (waagent unter Linux, WindowsAzureGuestAgent unter Windows) läuft und 168.63.129.16 erreicht, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The VM&apos;s operating system could not be determined, so the tool cannot choose a check script. Next step: check the OS type of the VM&apos;s OS disk in the Azure portal.</source>
        <translation>Das Betriebssystem der VM konnte nicht ermittelt werden, daher kann das Tool kein Prüfskript auswählen. Nächster Schritt: Prüfen Sie im Azure-Portal den Betriebssystemtyp des Betriebssystemdatenträgers der VM.</translation>
    </message>
    <message>
        <source>The tool knows no shared attestation provider for the VM&apos;s region ({region}). Next step: name the attestation host explicitly and run the check again.</source>
        <translation>Für die Region der VM ({region}) kennt das Tool keinen regionalen gemeinsam verwendeten Nachweisanbieter. Nächster Schritt: Geben Sie den Nachweishost ausdrücklich an, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>You are not allowed to run commands on this VM (action {action}). Next step: ask an owner of the VM or its resource group for the role {role}, or another role that includes this action.</source>
        <translation>Sie dürfen auf dieser VM keine Befehle ausführen (Aktion {action}). Nächster Schritt: Bitten Sie einen Besitzer der VM oder ihrer Ressourcengruppe um die Rolle {role} oder eine andere Rolle, die diese Aktion enthält.</translation>
    </message>
    <message>
        <source>Run Command failed on the VM: {detail}. Next step: check the VM Agent&apos;s status and try again; another Run Command may still be running, and only one can run at a time.</source>
        <translation>„Befehl ausführen“ ist auf der VM fehlgeschlagen: {detail}. Nächster Schritt: Prüfen Sie den Status des VM-Agents, und versuchen Sie es erneut; möglicherweise läuft noch eine andere Ausführung, und es kann immer nur eine gleichzeitig laufen.</translation>
    </message>
    <message>
        <source>{name} ({type}) has data in a shape Azure never returns, at {field}; the path through it cannot be judged. Check where the data came from (snapshot or export) and read it again from Azure.</source>
        <translation>{name} ({type}) enthält bei {field} Daten in einer Form, die Azure nie zurückgibt; der Pfad durch diese Ressource lässt sich nicht beurteilen. Prüfen Sie, woher die Daten stammen (Momentaufnahme oder Export), und lesen Sie sie erneut aus Azure.</translation>
    </message>
    <message>
        <source>Azure&apos;s effective routes send traffic to Azure Attestation to the virtual network gateway: route {prefix}, source {source}. The route was learned from the gateway (BGP over ExpressRoute or a VPN, or Virtual WAN routing) and is in no route table. The traffic leaves Azure&apos;s view here (forced tunneling), so this tool cannot tell whether it arrives: the on-premises firewall or proxy must allow outbound TCP port 443 to the AzureAttestation service tag.</source>
        <translation>Die effektiven Routen von Azure leiten den Datenverkehr zu Azure Attestation an das Gateway für virtuelle Netzwerke: Route {prefix}, Quelle {source}. Die Route wurde vom Gateway gelernt (BGP über ExpressRoute oder VPN oder Virtual WAN-Routing) und steht in keiner Routingtabelle. Der Datenverkehr verlässt hier die Sicht von Azure (Tunnelerzwingung), daher kann dieses Tool nicht feststellen, ob er ankommt: Die lokale Firewall oder der lokale Proxy muss ausgehenden Datenverkehr über TCP-Port 443 zum Diensttag AzureAttestation zulassen.</translation>
    </message>
    <message>
        <source>Azure&apos;s effective routes send traffic to Azure Attestation to the virtual network gateway: route {prefix}, source {source}. The traffic leaves Azure&apos;s view here (forced tunneling), so this tool cannot tell whether it arrives: the on-premises firewall or proxy must allow outbound TCP port 443 to the AzureAttestation service tag.</source>
        <translation>Die effektiven Routen von Azure leiten den Datenverkehr zu Azure Attestation an das Gateway für virtuelle Netzwerke: Route {prefix}, Quelle {source}. Der Datenverkehr verlässt hier die Sicht von Azure (Tunnelerzwingung), daher kann dieses Tool nicht feststellen, ob er ankommt: Die lokale Firewall oder der lokale Proxy muss ausgehenden Datenverkehr über TCP-Port 443 zum Diensttag AzureAttestation zulassen.</translation>
    </message>
    <message>
        <source>Azure&apos;s effective routes and the configured route table disagree for Azure Attestation ({prefix}): Azure uses the route {route} (source {source}, next hop {effective_hop}), the configuration would give next hop {configured_hop}. The diagnosis follows Azure&apos;s effective routes.</source>
        <translation>Die effektiven Routen von Azure und die konfigurierte Routingtabelle weichen für Azure Attestation ({prefix}) voneinander ab: Azure verwendet die Route {route} (Quelle {source}, nächster Hop {effective_hop}), laut Konfiguration wäre der nächste Hop {configured_hop}. Die Diagnose folgt den effektiven Routen von Azure.</translation>
    </message>
    <message>
        <source>Azure&apos;s effective routes and the configured route table disagree for Azure Attestation ({prefix}): Azure uses a route learned from the virtual network gateway (source VirtualNetworkGateway: BGP over ExpressRoute or a VPN, or Virtual WAN routing) with next hop {effective_hop}, which is in no route table; the configuration would give next hop {configured_hop}. The diagnosis follows Azure&apos;s effective routes.</source>
        <translation>Die effektiven Routen von Azure und die konfigurierte Routingtabelle weichen für Azure Attestation ({prefix}) voneinander ab: Azure verwendet eine vom Gateway für virtuelle Netzwerke gelernte Route (Quelle VirtualNetworkGateway: BGP über ExpressRoute oder VPN oder Virtual WAN-Routing) mit dem nächsten Hop {effective_hop}, die in keiner Routingtabelle steht; laut Konfiguration wäre der nächste Hop {configured_hop}. Die Diagnose folgt den effektiven Routen von Azure.</translation>
    </message>
    <message>
        <source>Azure&apos;s effective security rules and the configured network security group {nsg} disagree about traffic to Azure Attestation: Azure applies {effective_rule}, the configuration would apply {configured_rule}. The diagnosis follows Azure&apos;s effective rules (the NSG may have changed since it was read).</source>
        <translation>Die effektiven Sicherheitsregeln von Azure und die konfigurierte Netzwerksicherheitsgruppe {nsg} weichen beim Datenverkehr zu Azure Attestation voneinander ab: Azure wendet {effective_rule} an, laut Konfiguration wäre es {configured_rule}. Die Diagnose folgt den effektiven Regeln von Azure (die NSG wurde möglicherweise seit dem Lesen geändert).</translation>
    </message>
    <message>
        <source>The security admin rule {rule} (priority {priority}) of the Virtual Network Manager {manager} denies traffic to Azure Attestation. Azure evaluates admin rules before any network security group, so no NSG rule can allow this traffic; only the network manager&apos;s administrators can change it. Admin rules are not visible in the NSGs.</source>
        <translation>Die Sicherheitsadministratorregel {rule} (Priorität {priority}) des Virtual Network Managers {manager} verweigert den Datenverkehr zu Azure Attestation. Azure wertet Administratorregeln vor jeder Netzwerksicherheitsgruppe aus, daher kann keine NSG-Regel diesen Datenverkehr zulassen; nur die Administratoren des Netzwerk-Managers können das ändern. Administratorregeln sind in den NSGs nicht sichtbar.</translation>
    </message>
    <message>
        <source>The security admin rule {rule} (priority {priority}) of the Virtual Network Manager {manager} always allows traffic to Azure Attestation; the network security groups are not evaluated for it.</source>
        <translation>Die Sicherheitsadministratorregel {rule} (Priorität {priority}) des Virtual Network Managers {manager} lässt den Datenverkehr zu Azure Attestation immer zu; die Netzwerksicherheitsgruppen werden dafür nicht ausgewertet.</translation>
    </message>
    <message>
        <source>The security admin rule {rule} of the Virtual Network Manager {manager} may apply to traffic to Azure Attestation (it refers to a network group or an address this tool cannot resolve), so the result for the addresses it covers is unknown.</source>
        <translation>Die Sicherheitsadministratorregel {rule} des Virtual Network Managers {manager} gilt möglicherweise für den Datenverkehr zu Azure Attestation (sie verweist auf eine Netzwerkgruppe oder eine Adresse, die dieses Tool nicht auflösen kann), daher ist das Ergebnis für die betroffenen Adressen unbekannt.</translation>
    </message>
    <message>
        <source>Azure reports that the Virtual Network Manager {manager} applies to this network interface, but its security admin rules could not be read. A Deny there would block traffic that the NSGs allow, so the result is unknown until they can be read.</source>
        <translation>Laut Azure gilt der Virtual Network Manager {manager} für diese Netzwerkschnittstelle, aber seine Sicherheitsadministratorregeln konnten nicht gelesen werden. Eine Verweigerung dort würde Datenverkehr blockieren, den die NSGs zulassen; das Ergebnis bleibt daher unbekannt, bis sie gelesen werden können.</translation>
    </message>
    <message>
        <source>Azure&apos;s effective routes of {resource} could not be read: the permission {permission} is missing (Reader does not include it; the {role} role does). The diagnosis uses the configured route table, so a default route learned over BGP (ExpressRoute or VPN forced tunneling) or from Virtual WAN could not be checked.</source>
        <translation>Die effektiven Routen von {resource} konnten nicht gelesen werden: Die Berechtigung {permission} fehlt (die Rolle „Leser“ enthält sie nicht, die Rolle {role} schon). Die Diagnose verwendet die konfigurierte Routingtabelle; eine über BGP (Tunnelerzwingung über ExpressRoute oder VPN) oder von Virtual WAN gelernte Standardroute konnte daher nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Azure&apos;s effective security rules of {resource} could not be read: the permission {permission} is missing (Reader does not include it; the {role} role does). The diagnosis uses the configured network security groups.</source>
        <translation>Die effektiven Sicherheitsregeln von {resource} konnten nicht gelesen werden: Die Berechtigung {permission} fehlt (die Rolle „Leser“ enthält sie nicht, die Rolle {role} schon). Die Diagnose verwendet die konfigurierten Netzwerksicherheitsgruppen.</translation>
    </message>
    <message>
        <source>The Virtual Network Manager security admin rules of {resource} could not be read: the permission {permission} is missing (Reader does not include it; the {role} role does). Azure evaluates these rules before any network security group, so a Deny there would block traffic that the NSGs allow; it could not be checked.</source>
        <translation>Die Sicherheitsadministratorregeln des Virtual Network Managers für {resource} konnten nicht gelesen werden: Die Berechtigung {permission} fehlt (die Rolle „Leser“ enthält sie nicht, die Rolle {role} schon). Azure wertet diese Regeln vor jeder Netzwerksicherheitsgruppe aus; eine Verweigerung dort würde Datenverkehr blockieren, den die NSGs zulassen. Das konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Azure&apos;s computed view {action} of {resource} could not be read ({detail}). The diagnosis uses the configured resources for this part instead.</source>
        <translation>Die von Azure berechnete Ansicht {action} von {resource} konnte nicht gelesen werden ({detail}). Die Diagnose verwendet für diesen Teil stattdessen die konfigurierten Ressourcen.</translation>
    </message>
    <message>
        <source>The data has no result of Azure&apos;s computed view {action} for {resource}; the diagnosis uses the configured resources for this part instead.</source>
        <translation>Die Daten enthalten kein Ergebnis der von Azure berechneten Ansicht {action} für {resource}; die Diagnose verwendet für diesen Teil stattdessen die konfigurierten Ressourcen.</translation>
    </message>
    <message>
        <source>The VM is not running ({state}), so Azure cannot compute the effective routes and security rules of its network interface. The diagnosis uses the configured resources: a default route learned over BGP (ExpressRoute or VPN) or from Virtual WAN could not be checked. Start the VM and run the diagnosis again.</source>
        <translation>Die VM wird nicht ausgeführt ({state}), daher kann Azure die effektiven Routen und Sicherheitsregeln ihrer Netzwerkschnittstelle nicht berechnen. Die Diagnose verwendet die konfigurierten Ressourcen: Eine über BGP (ExpressRoute oder VPN) oder von Virtual WAN gelernte Standardroute konnte nicht geprüft werden. Starten Sie die VM, und führen Sie die Diagnose erneut aus.</translation>
    </message>
    <message>
        <source>The subnet {subnet} is a private subnet (default outbound access is off), and the VM has no other way to the internet: no NAT gateway on the subnet, no public IP address on its network interface and no load balancer outbound rule. Traffic to Azure Attestation cannot leave the virtual network.</source>
        <translation>Das Subnetz {subnet} ist ein privates Subnetz (der ausgehende Standardzugriff ist deaktiviert), und die VM hat keinen anderen Weg ins Internet: kein NAT-Gateway im Subnetz, keine öffentliche IP-Adresse an ihrer Netzwerkschnittstelle und keine Ausgangsregel eines Lastenausgleichs. Der Datenverkehr zu Azure Attestation kann das virtuelle Netzwerk nicht verlassen.</translation>
    </message>
    <message>
        <source>The NAT gateway {nat} on the subnet has no public IP address or prefix. A NAT gateway takes precedence over every other way out, so the subnet&apos;s traffic to the internet goes to it and cannot leave.</source>
        <translation>Das NAT-Gateway {nat} im Subnetz hat keine öffentliche IP-Adresse und kein öffentliches IP-Präfix. Ein NAT-Gateway hat Vorrang vor allen anderen Wegen nach außen, daher geht der Internetdatenverkehr des Subnetzes an das NAT-Gateway und kann es nicht verlassen.</translation>
    </message>
    <message>
        <source>Whether the VM has a way to the internet depends on {name}, which could not be read; outbound connectivity is reported as unknown.</source>
        <translation>Ob die VM einen Weg ins Internet hat, hängt von {name} ab, das nicht gelesen werden konnte; die ausgehende Konnektivität wird als unbekannt gemeldet.</translation>
    </message>
    <message>
        <source>The attestation provider {host} is reached through the private endpoint {endpoint} at {ip}: traffic to it stays private inside the virtual network and does not use the AzureAttestation service tag. The network security groups decide for {ip} (TCP port 443). The host name must resolve to {ip}: link the private DNS zone {zone} to the virtual network.</source>
        <translation>Der Nachweisanbieter {host} wird über den privaten Endpunkt {endpoint} unter {ip} erreicht: Der Datenverkehr bleibt privat im virtuellen Netzwerk und verwendet nicht das Diensttag AzureAttestation. Über {ip} (TCP-Port 443) entscheiden die Netzwerksicherheitsgruppen. Der Hostname muss zu {ip} aufgelöst werden: Verknüpfen Sie die private DNS-Zone {zone} mit dem virtuellen Netzwerk.</translation>
    </message>
    <message>
        <source>The private endpoint {endpoint} for the attestation provider {host} is not approved (state {state}), so it carries no traffic; the provider is checked over its public addresses.</source>
        <translation>Der private Endpunkt {endpoint} für den Nachweisanbieter {host} ist nicht genehmigt (Status {state}) und überträgt daher keinen Datenverkehr; der Anbieter wird über seine öffentlichen Adressen geprüft.</translation>
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
        <source>&amp;Apply changes</source>
        <translation>&amp;Änderungen anwenden</translation>
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
        <translation>Änderungen werden geplant…</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s) and checking the path again…</source>
        <translation>
            <numerusform>%n Änderung wird angewendet und der Pfad erneut geprüft…</numerusform>
            <numerusform>%n Änderungen werden angewendet und der Pfad erneut geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the changes…</source>
        <translation>Änderungen werden rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Changes this page applied earlier are still in place (audit record {run}). The plan above continues from there; Undo takes back what was applied.</source>
        <translation>Änderungen, die diese Seite zuvor angewendet hat, sind weiterhin vorhanden (Überwachungsprotokolleintrag {run}). Der Plan oben setzt dort an; „Änderungen rückgängig machen“ nimmt zurück, was angewendet wurde.</translation>
    </message>
    <message>
        <source>The changes were undone.</source>
        <translation>Die Änderungen wurden rückgängig gemacht.</translation>
    </message>
    <message>
        <source>I agree that these &amp;rule collection groups of the firewall policy get new priority numbers
(their order stays the same; Undo changes restores them):
{moves}</source>
        <translation>Ich bin einverstanden, dass diese &amp;Regelsammlungsgruppen der Firewallrichtlinie neue Prioritätsnummern erhalten
(die Reihenfolge bleibt gleich; „Änderungen rückgängig machen“ stellt sie wieder her):
{moves}</translation>
    </message>
    <message>
        <source>I agree that these &amp;rule collections of the Azure Firewall get new priority numbers
(their order stays the same; Undo changes restores them):
{moves}</source>
        <translation>Ich bin einverstanden, dass diese &amp;Regelsammlungen der Azure Firewall neue Prioritätsnummern erhalten
(die Reihenfolge bleibt gleich; „Änderungen rückgängig machen“ stellt sie wieder her):
{moves}</translation>
    </message>
    <message>
        <source>I agree that an existing &amp;rule gets a new priority number (Undo changes restores it)</source>
        <translation>Ich bin einverstanden, dass eine vorhandene &amp;Regel eine neue Prioritätsnummer erhält
(„Änderungen rückgängig machen“ stellt sie wieder her)</translation>
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
    <message numerus="yes">
        <source>The path of %n VM(s) in {subnet} cannot be decided ({reason})</source>
        <translation>
            <numerusform>Der Weg von %n VM in {subnet} lässt sich nicht bestimmen ({reason})</numerusform>
            <numerusform>Der Weg von %n VMs in {subnet} lässt sich nicht bestimmen ({reason})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NSG {nsg} on subnet {subnet} blocks %n VM(s)</source>
        <translation>
            <numerusform>Die NSG {nsg} im Subnetz {subnet} blockiert %n VM</numerusform>
            <numerusform>Die NSG {nsg} im Subnetz {subnet} blockiert %n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NSG {nsg} on the network interface blocks %n VM(s)</source>
        <translation>
            <numerusform>Die NSG {nsg} an der Netzwerkschnittstelle blockiert %n VM</numerusform>
            <numerusform>Die NSG {nsg} an der Netzwerkschnittstelle blockiert %n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Azure Firewall {firewall} (rule {rule}) blocks %n VM(s) from {subnet}</source>
        <translation>
            <numerusform>Azure Firewall {firewall} (Regel {rule}) blockiert %n VM aus {subnet}</numerusform>
            <numerusform>Azure Firewall {firewall} (Regel {rule}) blockiert %n VMs aus {subnet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Route {rule} in {table} drops the traffic of %n VM(s) in {subnet}</source>
        <translation>
            <numerusform>Die Route {rule} in {table} verwirft den Datenverkehr von %n VM in {subnet}</numerusform>
            <numerusform>Die Route {rule} in {table} verwirft den Datenverkehr von %n VMs in {subnet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Security admin rule {rule} of Virtual Network Manager {manager} blocks %n VM(s) in {subnet}</source>
        <translation>
            <numerusform>Die Sicherheitsadministratorregel {rule} von Virtual Network Manager {manager} blockiert %n VM in {subnet}</numerusform>
            <numerusform>Die Sicherheitsadministratorregel {rule} von Virtual Network Manager {manager} blockiert %n VMs in {subnet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subnet {subnet} has no way out to the internet for %n VM(s)</source>
        <translation>
            <numerusform>Das Subnetz {subnet} hat für %n VM keinen Weg ins Internet</numerusform>
            <numerusform>Das Subnetz {subnet} hat für %n VMs keinen Weg ins Internet</numerusform>
        </translation>
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
        <source>Plan the network f&amp;ix</source>
        <translation>Netzwerkkorrektur &amp;planen</translation>
    </message>
    <message>
        <source>Plan &amp;enabling</source>
        <translation>Aktivierung p&amp;lanen</translation>
    </message>
    <message>
        <source>I have reviewed these changes and &amp;want to apply them</source>
        <translation>Ich habe die Änderungen geprüft und &amp;möchte sie anwenden</translation>
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
        <source>I agree that these Azure Firewall &amp;rule collections
(or groups) get new priority numbers,
in the same order:
{moves}</source>
        <translation>Ich bin einverstanden, dass diese Azure Firewall-
&amp;Regelsammlungen (oder -gruppen) neue
Prioritätsnummern erhalten, in gleicher Reihenfolge:
{moves}</translation>
    </message>
    <message>
        <source>I agree that an existing rule is &amp;renumbered
so that the new rule can go ahead of it</source>
        <translation>Ich bin damit einverstanden, dass eine vorhandene
Regel umnummer&amp;iert wird, damit die neue Regel
vor ihr steht</translation>
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
    <message>
        <source>The report could not be saved: {detail}</source>
        <translation>Der Bericht konnte nicht gespeichert werden: {detail}</translation>
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
        <source>{type} (scale set)</source>
        <translation>{type} (Skalierungsgruppe)</translation>
    </message>
</context>
<context>
    <name>GuiNotes</name>
    <message>
        <source>The network path from {vm} to Azure Attestation is {verdict}, so the extension is likely to fail until it is fixed. Go to Network diagnosis first (Next), fix the path, then come back to enable monitoring.</source>
        <translation>Der Netzwerkpfad von {vm} zu Azure Attestation ist {verdict}, daher schlägt die Erweiterung voraussichtlich fehl, bis er korrigiert ist. Öffnen Sie zuerst die Netzwerkdiagnose (Weiter), korrigieren Sie den Pfad, und aktivieren Sie dann die Überwachung.</translation>
    </message>
    <message>
        <source>Automatic upgrade is on. On some Linux VMs the extension then stays in the Transitioning state; if that happens, clear &quot;Upgrade the extension automatically&quot; and enable monitoring again.</source>
        <translation>Das automatische Erweiterungsupgrade ist aktiviert. Auf manchen Linux-VMs bleibt die Erweiterung dann im Zustand „Im Übergang“; deaktivieren Sie in diesem Fall „Automatisches Erweiterungsupgrade verwenden“, und aktivieren Sie die Überwachung erneut.</translation>
    </message>
    <message>
        <source>The VM is {state}. Azure installs extensions only on a running VM: start it in the Azure portal, then open this page again (Back, then Next).</source>
        <translation>Die VM ist im Zustand „{state}“. Azure installiert Erweiterungen nur auf einer laufenden VM: Starten Sie sie im Azure-Portal, und öffnen Sie diese Seite dann erneut („Zurück“, dann „Weiter“).</translation>
    </message>
    <message>
        <source>No free priority is left ahead of the blocking rule {blocker} in {nsg}. Ask the owner of the network security group to free a priority below {priority}, then go back to Network diagnosis and choose Recheck.</source>
        <translation>Vor der blockierenden Regel {blocker} in {nsg} ist keine Priorität mehr frei. Bitten Sie den Besitzer der Netzwerksicherheitsgruppe, eine Priorität unter {priority} freizugeben. Kehren Sie dann zur Netzwerkdiagnose zurück, und wählen Sie „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>No free priority is left before {blocker} in {holder}. Ask the firewall&apos;s owner to make room, then go back to Network diagnosis and choose Recheck.</source>
        <translation>Vor {blocker} in {holder} ist keine Priorität mehr frei. Bitten Sie den Besitzer der Firewall, Platz zu schaffen. Kehren Sie dann zur Netzwerkdiagnose zurück, und wählen Sie „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>The ReadOnly lock {lock} on {scope} makes {resource} read-only: Azure would refuse the change (ScopeLocked), so nothing is tried. Ask an owner of {scope} to remove the lock for the time of the change, then go back to Network diagnosis and choose Recheck; or hand the change to whoever owns the lock, with this command: {command}</source>
        <translation>Die Sperre {lock} (ReadOnly) auf {scope} macht {resource} schreibgeschützt: Azure würde die Änderung ablehnen (ScopeLocked), daher wird nichts versucht. Bitten Sie einen Besitzer von {scope}, die Sperre für die Dauer der Änderung aufzuheben. Kehren Sie dann zur Netzwerkdiagnose zurück, und wählen Sie „Erneut prüfen“. Oder übergeben Sie die Änderung mit diesem Befehl an die Person, der die Sperre gehört: {command}</translation>
    </message>
</context>
<context>
    <name>InsideVmButton</name>
    <message>
        <source>&amp;Inside the VM…</source>
        <translation>&amp;In der VM prüfen…</translation>
    </message>
    <message>
        <source>Check proxy, DNS, TLS and the OS firewall from inside the VM (Run Command)</source>
        <translation>Proxy, DNS, TLS und die Betriebssystemfirewall aus der VM heraus prüfen („Befehl ausführen“)</translation>
    </message>
</context>
<context>
    <name>LayersView</name>
    <message>
        <source>Virtual Network Manager admin rules</source>
        <translation>AVNM-Administratorregeln</translation>
    </message>
    <message>
        <source>Outbound connectivity</source>
        <translation>Ausgehende Konnektivität</translation>
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
        <translation>Virtuelles Netzwerkgerät</translation>
    </message>
    <message>
        <source>No security admin rules apply</source>
        <translation>Keine Sicherheitsadministratorregeln</translation>
    </message>
    <message>
        <source>Not needed: no traffic goes straight to the internet</source>
        <translation>Nicht nötig: Kein Datenverkehr geht direkt ins Internet</translation>
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
        <translation>Keine Routingtabelle (Systemrouten)</translation>
    </message>
    <message>
        <source>No firewall on the path</source>
        <translation>Keine Firewall auf dem Weg</translation>
    </message>
    <message>
        <source>No appliance on the path</source>
        <translation>Kein virtuelles Netzwerkgerät auf dem Weg</translation>
    </message>
    <message>
        <source>Decided by Azure&apos;s effective view</source>
        <translation>Entschieden anhand der effektiven Ansicht von Azure</translation>
    </message>
    <message>
        <source>Decided by the configured resources</source>
        <translation>Entschieden anhand der konfigurierten Ressourcen</translation>
    </message>
    <message>
        <source>Not checked: Azure&apos;s view could not be read (see the findings)</source>
        <translation>Nicht geprüft: Die Ansicht von Azure konnte nicht gelesen werden (siehe Befunde)</translation>
    </message>
    <message>
        <source>Not reached: a security admin rule decided before the NSGs</source>
        <translation>Nicht erreicht: Eine Sicherheitsadministratorregel hat vor den NSGs entschieden</translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation>NAT-Gateway</translation>
    </message>
    <message>
        <source>Public IP address on the network interface</source>
        <translation>Öffentliche IP-Adresse an der Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>Load balancer outbound rule {name}</source>
        <translation>Ausgangsregel {name} des Lastenausgleichs</translation>
    </message>
    <message>
        <source>Default outbound access</source>
        <translation>Ausgehender Standardzugriff</translation>
    </message>
    <message>
        <source>No way out</source>
        <translation>Kein Weg nach außen</translation>
    </message>
    <message>
        <source>{rule} (default)</source>
        <translation>{rule} (Standard)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>{name} (not reached)</source>
        <translation>{name} (nicht erreicht)</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Route source reported by Azure: {sources}</source>
        <translation>Von Azure gemeldete Routenquelle: {sources}</translation>
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
        <translation>Eine Zeile je Schritt des ausgehenden Wegs; erweitern Sie eine Zeile, um die Details zu sehen.</translation>
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
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Runs after step(s): %1.</source>
        <translation>Wird nach folgenden Schritten ausgeführt: %1.</translation>
    </message>
    <message>
        <source>Uses values from earlier answers, filled in just before it is sent: %1.</source>
        <translation>Verwendet Werte aus früheren Antworten, die direkt vor dem Senden eingesetzt werden: %1.</translation>
    </message>
    <message>
        <source>(restarts the VM)</source>
        <translation>(startet die VM neu)</translation>
    </message>
    <message>
        <source>(the VM is unavailable)</source>
        <translation>(der virtuelle Computer ist nicht verfügbar)</translation>
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
        <translation>Azure &amp;CLI</translation>
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
        <translation>Die Startintegritätsüberwachung braucht eine VM mit vertrauenswürdigem Start oder eine vertrauliche VM mit aktiviertem sicherem Start und vTPM, eine laufende VM und einen betriebsbereiten VM-Agent.</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Upgrade to Trusted Launch…</source>
        <translation>Auf vertrauenswürdigen Start &amp;umstellen…</translation>
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
        <source>I have reviewed this change and understand that the VM &amp;restarts</source>
        <translation>Ich habe diese Änderung geprüft und verstehe, dass der virtuelle Computer &amp;neu gestartet wird</translation>
    </message>
    <message>
        <source>&amp;Turn on and restart the VM</source>
        <translation>&amp;Aktivieren und VM neu starten</translation>
    </message>
    <message>
        <source>Reading the VM&apos;s configuration…</source>
        <translation>Konfiguration der VM wird gelesen…</translation>
    </message>
    <message>
        <source>The VM meets the requirements for boot integrity monitoring.</source>
        <translation>Die VM erfüllt die Voraussetzungen für die Startintegritätsüberwachung.</translation>
    </message>
    <message numerus="yes">
        <source>%n other item(s) need attention; see the list.</source>
        <translation>
            <numerusform>%n weiterer Punkt muss noch behoben werden; siehe Liste.</numerusform>
            <numerusform>%n weitere Punkte müssen noch behoben werden; siehe Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Boot integrity monitoring cannot be enabled on this VM yet. Solve the problems marked ✖, or select Next for a summary you can hand on.</source>
        <translation>Die Startintegritätsüberwachung kann auf dieser VM noch nicht aktiviert werden. Beheben Sie die mit ✖ markierten Probleme, oder wählen Sie „Weiter“ für eine Zusammenfassung zum Weitergeben.</translation>
    </message>
    <message>
        <source>Turning on Secure Boot and vTPM; the VM restarts…</source>
        <translation>Sicherer Start und vTPM werden aktiviert; die VM startet neu…</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>Look inside the VM?</source>
        <translation>In der VM prüfen?</translation>
    </message>
    <message>
        <source>To check the proxy, DNS, TLS and operating system firewall settings, the tool runs a short read-only script in the VM {vm} through Azure Run Command. The script runs as {account}, changes nothing, contacts only {host}, the Instance Metadata Service and the Azure wire server, and ends within a minute. Azure records the run in the activity log. Only one Run Command can run on a VM at a time.</source>
        <translation>Um die Einstellungen für Proxy, DNS, TLS und Betriebssystemfirewall zu prüfen, führt das Tool über „Befehl ausführen“ (Run Command) von Azure ein kurzes, rein lesendes Skript in der VM {vm} aus. Das Skript läuft als {account}, ändert nichts, kontaktiert nur {host}, den Instanzmetadatendienst und den Azure-Wire-Server und ist nach spätestens einer Minute beendet. Azure protokolliert die Ausführung im Aktivitätsprotokoll. Auf einer VM kann immer nur eine Ausführung gleichzeitig laufen.</translation>
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
        <translation>Die Prüfung wird in der VM ausgeführt. „Befehl ausführen“ kann eine Minute dauern…</translation>
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
        <translation>An Azure gesendet, aber der Lauf wurde unterbrochen, bevor die Antwort von Azure aufgezeichnet wurde. Beim Rückgängigmachen wird geprüft, ob die Änderung in Azure angekommen ist.</translation>
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
        <translation>Installieren: Gastnachweiserweiterung ({publisher}) auf {vm}, um die Startintegritätsüberwachung zu aktivieren.</translation>
    </message>
    <message>
        <source>Redeploy the Guest Attestation extension {name} on {vm} with the recommended settings (it is currently {state}).</source>
        <translation>Neu bereitstellen: Gastnachweiserweiterung {name} auf {vm} mit den empfohlenen Einstellungen (aktueller Status: {state}).</translation>
    </message>
    <message>
        <source>Boot integrity monitoring is already on: the Guest Attestation extension {name} reports success.</source>
        <translation>Die Startintegritätsüberwachung ist bereits aktiviert: Die Gastnachweiserweiterung {name} meldet Erfolg.</translation>
    </message>
    <message>
        <source>The VM uses the shared regional provider {host} ({url}) for attestation.</source>
        <translation>Die VM verwendet für den Nachweis den regionalen gemeinsam verwendeten Nachweisanbieter {host} ({url}).</translation>
    </message>
    <message>
        <source>No shared attestation provider is known for region {region}; the platform chooses one. {url} is only a guess; check it with Get-AzAttestationDefaultProvider -Location {region}.</source>
        <translation>Für die Region {region} ist kein gemeinsam verwendeter Nachweisanbieter bekannt; die Plattform wählt einen aus. {url} ist nur eine Vermutung; prüfen Sie dies mit Get-AzAttestationDefaultProvider -Location {region}.</translation>
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
        <translation>Hinzufügen: Netzwerkregelsammlung {collection} (Priorität {priority}, Zulassen) in der Azure Firewall {firewall} – TCP 443 von {source} zum Diensttag AzureAttestation, ausgewertet vor {blocker}.</translation>
    </message>
    <message>
        <source>Add the application rule collection {collection} (priority {priority}, Allow) to the Azure Firewall {firewall}: HTTPS from {source} to {fqdn}, evaluated before {blocker}.</source>
        <translation>Hinzufügen: Anwendungsregelsammlung {collection} (Priorität {priority}, Zulassen) in der Azure Firewall {firewall} – HTTPS von {source} zu {fqdn}, ausgewertet vor {blocker}.</translation>
    </message>
    <message>
        <source>Add the rule collection group {group} (priority {priority}) to the firewall policy {policy} with a network rule that allows TCP 443 from {source} to the service tag AzureAttestation, evaluated before {blocker}.</source>
        <translation>Hinzufügen: Regelsammlungsgruppe {group} (Priorität {priority}) in der Firewallrichtlinie {policy}, mit einer Netzwerkregel, die TCP 443 von {source} zum Diensttag AzureAttestation zulässt, ausgewertet vor {blocker}.</translation>
    </message>
    <message>
        <source>Add the rule collection group {group} (priority {priority}) to the firewall policy {policy} with an application rule that allows HTTPS from {source} to {fqdn}, evaluated before {blocker}.</source>
        <translation>Hinzufügen: Regelsammlungsgruppe {group} (Priorität {priority}) in der Firewallrichtlinie {policy}, mit einer Anwendungsregel, die HTTPS von {source} zu {fqdn} zulässt, ausgewertet vor {blocker}.</translation>
    </message>
    <message>
        <source>An application rule cannot help here: the network rule {rule} denies the traffic, and Azure Firewall evaluates network rules first. A network rule is planned instead.</source>
        <translation>Eine Anwendungsregel hilft hier nicht: Die Netzwerkregel {rule} verweigert den Datenverkehr, und Azure Firewall wertet Netzwerkregeln zuerst aus. Stattdessen wird eine Netzwerkregel geplant.</translation>
    </message>
    <message>
        <source>The shared attestation host of this region is unknown, so an application rule cannot name it. A network rule is planned instead.</source>
        <translation>Der gemeinsam verwendete Nachweishost dieser Region ist unbekannt, daher kann eine Anwendungsregel ihn nicht benennen. Stattdessen wird eine Netzwerkregel geplant.</translation>
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
        <source>Make room in the Azure Firewall {firewall} by moving rule collections to higher numbers, in their present order ({moves}), and add the network rule collection {collection} (priority {priority}, Allow): TCP 443 from {source} to the service tag AzureAttestation, evaluated before {blocker}.</source>
        <translation>Verschieben und hinzufügen: In der Azure Firewall {firewall} werden Regelsammlungen unter Beibehaltung ihrer Reihenfolge auf höhere Nummern verschoben ({moves}), dann wird die Netzwerkregelsammlung {collection} (Priorität {priority}, Zulassen) hinzugefügt – TCP 443 von {source} zum Diensttag AzureAttestation, ausgewertet vor {blocker}.</translation>
    </message>
    <message>
        <source>Make room in the Azure Firewall {firewall} by moving rule collections to higher numbers, in their present order ({moves}), and add the application rule collection {collection} (priority {priority}, Allow): HTTPS from {source} to {fqdn}, evaluated before {blocker}.</source>
        <translation>Verschieben und hinzufügen: In der Azure Firewall {firewall} werden Regelsammlungen unter Beibehaltung ihrer Reihenfolge auf höhere Nummern verschoben ({moves}), dann wird die Anwendungsregelsammlung {collection} (Priorität {priority}, Zulassen) hinzugefügt – HTTPS von {source} zu {fqdn}, ausgewertet vor {blocker}.</translation>
    </message>
    <message>
        <source>Move the rule collection group {group} of the firewall policy {policy} from priority {old} to {new}, which keeps its order relative to every other group, so that the new group can take priority {free}.</source>
        <translation>Verschieben: Regelsammlungsgruppe {group} der Firewallrichtlinie {policy} von Priorität {old} auf {new}. Ihre Reihenfolge gegenüber allen anderen Gruppen bleibt erhalten, und die neue Gruppe kann Priorität {free} erhalten.</translation>
    </message>
    <message>
        <source>{blocker} is in {collection}, which already has priority {priority}, and no lower number is free in {holder}, so nothing can be placed ahead of it without moving it: {moves}. Their order among each other stays the same, and Undo restores the old priorities. This needs your separate consent: --allow-renumber on the command line, or the check box for new priority numbers in the wizard.</source>
        <translation>{blocker} befindet sich in {collection}, das bereits Priorität {priority} hat, und in {holder} ist keine niedrigere Nummer frei. Ohne Verschieben lässt sich daher nichts davor einordnen: {moves}. Die Reihenfolge untereinander bleibt gleich, und „Rückgängig“ stellt die alten Prioritäten wieder her. Dafür ist Ihre gesonderte Zustimmung nötig: --allow-renumber in der Befehlszeile oder das Kontrollkästchen für neue Prioritätsnummern im Assistenten.</translation>
    </message>
    <message>
        <source>the default deny</source>
        <translation>der Standardverweigerung</translation>
    </message>
    <message>
        <source>The application rule names only this region&apos;s shared attestation host; attestation against another provider would still be denied.</source>
        <translation>Die Anwendungsregel nennt nur den gemeinsam verwendeten Nachweishost dieser Region; ein Nachweis bei einem anderen Anbieter würde weiterhin verweigert.</translation>
    </message>
    <message>
        <source>The route {route} in the route table {table} drops the traffic to Azure Attestation (next hop None). Ask the network team why this subnet is isolated. A route for the service tag AzureAttestation with next hop Internet would let attestation out, but it opens a way out of an isolation someone set up on purpose, so only the network owner should add it: {command}</source>
        <translation>Die Route {route} in der Routingtabelle {table} verwirft den Datenverkehr zu Azure Attestation (nächster Hop „Keine“). Fragen Sie das Netzwerkteam, warum dieses Subnetz isoliert ist. Eine Route für das Diensttag AzureAttestation mit dem nächsten Hop „Internet“ würde den Nachweis durchlassen, durchbricht aber eine absichtlich eingerichtete Isolation; nur der Besitzer des Netzwerks sollte sie hinzufügen: {command}</translation>
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
        <source>The ReadOnly lock {lock} on {scope} makes {resource} read-only: Azure would refuse the change (ScopeLocked), so fix does not try it. Ask an owner of {scope} to remove the lock for the time of the change, then run fix again, or hand the change to whoever owns the lock: {command}</source>
        <translation>Die Sperre {lock} (ReadOnly) auf {scope} macht {resource} schreibgeschützt: Azure würde die Änderung ablehnen (ScopeLocked), daher versucht fix sie nicht. Bitten Sie einen Besitzer von {scope}, die Sperre für die Dauer der Änderung aufzuheben, und führen Sie fix dann erneut aus, oder übergeben Sie die Änderung an die Person, der die Sperre gehört: {command}</translation>
    </message>
    <message>
        <source>The CanNotDelete lock {lock} on {scope} allows this change but refuses deletes: undo of {resource} will fail until an owner removes the lock.</source>
        <translation>Die Sperre {lock} (CanNotDelete) auf {scope} lässt diese Änderung zu, verhindert aber Löschvorgänge: Das Rückgängigmachen von {resource} schlägt fehl, bis ein Besitzer die Sperre entfernt.</translation>
    </message>
    <message>
        <source>The network already lets {vm} reach Azure Attestation; there is nothing to fix.</source>
        <translation>Das Netzwerk lässt {vm} bereits Azure Attestation erreichen; es gibt nichts zu korrigieren.</translation>
    </message>
    <message>
        <source>Add the outbound rule {rule} (priority {priority}) to the network security group {nsg}: allow TCP 443 from {source} to the service tag AzureAttestation, ahead of {blocker}.</source>
        <translation>Hinzufügen: ausgehende Sicherheitsregel {rule} (Priorität {priority}) in der Netzwerksicherheitsgruppe (NSG) {nsg} – TCP 443 von {source} zum Diensttag AzureAttestation zulassen, vor {blocker}.</translation>
    </message>
    <message>
        <source>Move the rule {rule} in the network security group {nsg} from priority {old} to {new}, ahead of {blocker}.</source>
        <translation>Verschieben: Sicherheitsregel {rule} in der Netzwerksicherheitsgruppe (NSG) {nsg} von Priorität {old} auf {new}, vor {blocker}.</translation>
    </message>
    <message>
        <source>Change the priority of the blocking rule {rule} in {nsg} from {old} to {new}, which keeps its order relative to every other rule, so that the new Allow rule can take priority {old}.</source>
        <translation>Priorität ändern: blockierende Sicherheitsregel {rule} in {nsg} von {old} auf {new} – ihre Reihenfolge gegenüber allen anderen Regeln bleibt gleich –, damit die neue Zulassungsregel die Priorität {old} erhalten kann.</translation>
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
        <translation>Aktivieren: sicherer Start und vTPM auf {vm}. Azure startet die VM neu, um die Änderung anzuwenden.</translation>
    </message>
    <message>
        <source>Turn on Secure Boot on {vm}. Azure restarts the VM to apply the change.</source>
        <translation>Aktivieren: sicherer Start auf {vm}. Azure startet die VM neu, um die Änderung anzuwenden.</translation>
    </message>
    <message>
        <source>Turn on vTPM on {vm}. Azure restarts the VM to apply the change.</source>
        <translation>Aktivieren: vTPM auf {vm}. Azure startet die VM neu, um die Änderung anzuwenden.</translation>
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
        <translation>Entfernen: {name}, am {time} von diesem Tool hinzugefügt.</translation>
    </message>
    <message>
        <source>Restore {name} to how it was before {time}.</source>
        <translation>Zurücksetzen: {name} auf den Stand vor {time}.</translation>
    </message>
    <message>
        <source>Remove the rule collection {collection} from the Azure Firewall {name}, added at {time}.</source>
        <translation>Entfernen: Regelsammlung {collection} aus der Azure Firewall {name}, hinzugefügt am {time}.</translation>
    </message>
    <message>
        <source>{name} was changed after this tool wrote it, so undo leaves it alone. Compare it with the audit log and remove the addition by hand if you still want it gone.</source>
        <translation>{name} wurde geändert, nachdem dieses Tool es geschrieben hat; das Rückgängigmachen lässt es daher unverändert. Vergleichen Sie es mit dem Überwachungsprotokoll und entfernen Sie die Ergänzung von Hand, wenn Sie sie trotzdem loswerden möchten.</translation>
    </message>
    <message>
        <source>Assigning the initiative needs Owner, or Resource Policy Contributor and User Access Administrator, at {scope}. You have neither: ask for Resource Policy Contributor and User Access Administrator there.</source>
        <translation>Zum Zuweisen der Initiative benötigen Sie in {scope} die Rolle „Besitzer“ oder die Rollen „Mitwirkender an Ressourcenrichtlinien“ und „Benutzerzugriffsadministrator“. Sie haben keine davon: Fordern Sie dort „Mitwirkender an Ressourcenrichtlinien“ und „Benutzerzugriffsadministrator“ an.</translation>
    </message>
    <message>
        <source>Assigning the initiative needs Owner, or Resource Policy Contributor and User Access Administrator, at {scope}. You are missing Resource Policy Contributor.</source>
        <translation>Zum Zuweisen der Initiative benötigen Sie in {scope} die Rolle „Besitzer“ oder die Rollen „Mitwirkender an Ressourcenrichtlinien“ und „Benutzerzugriffsadministrator“. Ihnen fehlt „Mitwirkender an Ressourcenrichtlinien“.</translation>
    </message>
    <message>
        <source>Assigning the initiative needs Owner, or Resource Policy Contributor and User Access Administrator, at {scope}. You are missing User Access Administrator (to give the policy&apos;s identity its roles).</source>
        <translation>Zum Zuweisen der Initiative benötigen Sie in {scope} die Rolle „Besitzer“ oder die Rollen „Mitwirkender an Ressourcenrichtlinien“ und „Benutzerzugriffsadministrator“. Ihnen fehlt „Benutzerzugriffsadministrator“ (um der Identität der Richtlinie ihre Rollen zuzuweisen).</translation>
    </message>
    <message>
        <source>Remove {name}, which this tool created at {time}.</source>
        <translation>Entfernen: {name}, am {time} von diesem Tool erstellt.</translation>
    </message>
    <message>
        <source>Remove the role assignment {role} of the policy identity ({name}), which this tool created at {time}.</source>
        <translation>Entfernen: Rollenzuweisung {role} der Richtlinienidentität ({name}), am {time} von diesem Tool erstellt.</translation>
    </message>
    <message>
        <source>{name} is already gone; there is nothing to undo.</source>
        <translation>{name} ist bereits entfernt; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The remediation tasks cannot be undone ({names}): the extensions they installed and the identities they enabled stay on the VMs. Remove them per VM if you really want them gone.</source>
        <translation>Die Wartungstasks können nicht rückgängig gemacht werden ({names}): Die installierten Erweiterungen und die aktivierten Identitäten bleiben auf den virtuellen Computern. Entfernen Sie sie pro virtuellem Computer, wenn Sie sie wirklich nicht mehr möchten.</translation>
    </message>
    <message>
        <source>No policy assignment made by this tool was found to undo at {scope}.</source>
        <translation>In {scope} wurde keine von diesem Tool erstellte Richtlinienzuweisung gefunden, die rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>The policy assignment {assignment} (at {scope}) will install the Guest Attestation extension again after this undo (when the VM is next updated, or when a remediation task runs). To keep it removed, exclude the VM from the assignment first.</source>
        <translation>Die Richtlinienzuweisung {assignment} (in {scope}) installiert die Gastnachweiserweiterung nach diesem Rückgängigmachen wieder (sobald der virtuelle Computer das nächste Mal aktualisiert wird oder ein Wartungstask ausgeführt wird). Damit sie entfernt bleibt, nehmen Sie den virtuellen Computer zuerst von der Zuweisung aus.</translation>
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
        <translation>{name} war eine Aktion (keine gespeicherte Einstellung); es gibt daher nichts, was automatisch rückgängig gemacht werden könnte.</translation>
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
        <translation>Erneut schreiben: {name} mit der aktuellen Konfiguration, weil Azure es als fehlgeschlagen markiert. Inhaltlich wird nichts geändert.</translation>
    </message>
    <message>
        <source>{name} is in the Failed state (often after an interrupted change); writing it again lets Azure finish it.</source>
        <translation>{name} ist im Status „Fehlgeschlagen“ („Failed“, oft nach einer unterbrochenen Änderung); erneutes Schreiben lässt Azure den Vorgang abschließen.</translation>
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
        <source>  [the VM is unavailable]</source>
        <translation>  [der virtuelle Computer ist nicht verfügbar]</translation>
    </message>
    <message>
        <source>runs after step(s): {steps}</source>
        <translation>wird nach folgenden Schritten ausgeführt: {steps}</translation>
    </message>
    <message>
        <source>uses values from earlier answers, filled in just before sending: {refs}</source>
        <translation>verwendet Werte aus früheren Antworten, die direkt vor dem Senden eingesetzt werden: {refs}</translation>
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
        <source>The security admin rule {rule} (priority {priority}) of the Virtual Network Manager {manager} denies traffic to Azure Attestation. Azure evaluates admin rules before network security groups, so no NSG rule can allow it, and this tool does not change a network manager. Ask the administrators of {manager} to add a security admin rule to the rule collection {collection} of the configuration {configuration}: access Always allow, direction Outbound, priority {new_priority} (evaluated before the deny rule), protocol TCP, destination service tag AzureAttestation, destination port 443, and to deploy the configuration again. For example: {command}</source>
        <translation>Die Sicherheitsadministratorregel {rule} (Priorität {priority}) des Virtual Network Managers {manager} verweigert den Datenverkehr zu Azure Attestation. Azure wertet Administratorregeln vor den Netzwerksicherheitsgruppen aus, daher kann keine NSG-Regel ihn zulassen, und dieses Tool ändert keinen Netzwerk-Manager. Bitten Sie die Administratoren von {manager}, der Regelsammlung {collection} der Konfiguration {configuration} eine Sicherheitsadministratorregel hinzuzufügen: Aktion „Immer zulassen“, Richtung ausgehend, Priorität {new_priority} (wird vor der verweigernden Regel ausgewertet), Protokoll TCP, Ziel-Diensttag AzureAttestation, Zielport 443, und die Konfiguration erneut bereitzustellen. Zum Beispiel: {command}</translation>
    </message>
    <message>
        <source>The security admin rule {rule} of the Virtual Network Manager {manager} denies traffic to Azure Attestation with priority 1, so no admin rule can come before it. Azure evaluates admin rules before network security groups, so no NSG rule can allow it. Ask the administrators of {manager} to exclude TCP port 443 to the service tag AzureAttestation from that rule, or to move it to a later priority.</source>
        <translation>Die Sicherheitsadministratorregel {rule} des Virtual Network Managers {manager} verweigert den Datenverkehr zu Azure Attestation mit Priorität 1, daher kann keine Administratorregel vor ihr ausgewertet werden. Azure wertet Administratorregeln vor den Netzwerksicherheitsgruppen aus, daher kann keine NSG-Regel ihn zulassen. Bitten Sie die Administratoren von {manager}, TCP-Port 443 zum Diensttag AzureAttestation von dieser Regel auszunehmen oder die Regel auf eine spätere Priorität zu verschieben.</translation>
    </message>
    <message>
        <source>The subnet {subnet} has no way to the internet: default outbound access is off, and there is no NAT gateway, no public IP address on the VM and no load balancer outbound rule. This tool does not create network resources that cost money and give the subnet new public addresses. Ask the network team to attach a NAT gateway with a public IP address to the subnet (or to route the traffic through your firewall), for example: {command}</source>
        <translation>Das Subnetz {subnet} hat keinen Weg ins Internet: Der ausgehende Standardzugriff ist deaktiviert, und es gibt kein NAT-Gateway, keine öffentliche IP-Adresse an der VM und keine Ausgangsregel eines Lastenausgleichs. Dieses Tool erstellt keine kostenpflichtigen Netzwerkressourcen, die dem Subnetz neue öffentliche Adressen geben. Bitten Sie das Netzwerkteam, dem Subnetz ein NAT-Gateway mit einer öffentlichen IP-Adresse zuzuordnen (oder den Datenverkehr über Ihre Firewall zu leiten), zum Beispiel: {command}</translation>
    </message>
    <message>
        <source>Azure sends the traffic to Azure Attestation to the virtual network gateway (route {prefix}, source {source}): it goes on-premises. Ask the network team to allow outbound HTTPS (TCP 443) from {source_ip} to the service tag AzureAttestation (or *.attest.azure.net) on the on-premises firewall or proxy. A route for the service tag AzureAttestation with next hop Internet would send it directly instead, but it bypasses the inspection forced tunneling is usually there for: only the network owner should decide that.</source>
        <translation>Azure leitet den Datenverkehr zu Azure Attestation an das Gateway für virtuelle Netzwerke (Route {prefix}, Quelle {source}): Er geht in die lokale Umgebung. Bitten Sie das Netzwerkteam, ausgehendes HTTPS (TCP 443) von {source_ip} zum Diensttag AzureAttestation (oder *.attest.azure.net) auf der lokalen Firewall oder dem lokalen Proxy zuzulassen. Eine Route für das Diensttag AzureAttestation mit dem nächsten Hop „Internet“ würde ihn stattdessen direkt senden, umgeht aber die Prüfung, für die Tunnelerzwingung meist eingerichtet ist: Das sollte nur der Netzwerkverantwortliche entscheiden.</translation>
    </message>
    <message>
        <source>Assign the built-in initiative &quot;{initiative}&quot; to {scope}, with a system-assigned managed identity in {location}, enforced (enforcement mode Default).</source>
        <translation>Zuweisen: integrierte Initiative „{initiative}“ an den Bereich {scope}, mit einer vom System zugewiesenen verwalteten Identität in {location}, erzwungen (Erzwingungsmodus „Aktiviert“, API-Wert Default).</translation>
    </message>
    <message>
        <source>Give the assignment&apos;s identity the role {role} at {scope} (its principal id comes from the answer to step 1).</source>
        <translation>Rolle zuweisen: {role} in {scope} an die Identität der Zuweisung (ihre Prinzipal-ID stammt aus der Antwort auf Schritt 1).</translation>
    </message>
    <message>
        <source>Start a remediation task for {reference}: Azure re-evaluates the resources in {scope} and deploys to the non-compliant ones (after steps 1–{last_role}).</source>
        <translation>Starten: Wartungstask für {reference} – Azure wertet die Ressourcen in {scope} neu aus und stellt auf den nicht konformen bereit (nach den Schritten 1–{last_role}).</translation>
    </message>
    <message>
        <source>What the remediation tasks deploy cannot be undone by this tool: Guest Attestation extensions they install and system-assigned identities they enable stay on the VMs. Undo removes the policy assignment and its role assignments only.</source>
        <translation>Was die Wartungstasks bereitstellen, kann dieses Tool nicht rückgängig machen: Installierte Gastnachweiserweiterungen und aktivierte vom System zugewiesene Identitäten bleiben auf den virtuellen Computern. Rückgängig machen entfernt nur die Richtlinienzuweisung und ihre Rollenzuweisungen.</translation>
    </message>
    <message>
        <source>Remediation runs in Azure after the tasks are accepted and can take minutes per VM. A new identity can take a few minutes to replicate: if a role assignment fails with PrincipalNotFound, run the command again.</source>
        <translation>Die Wartung läuft in Azure, nachdem die Tasks angenommen wurden, und kann pro virtuellem Computer Minuten dauern. Eine neue Identität braucht einige Minuten, bis sie repliziert ist: Schlägt eine Rollenzuweisung mit PrincipalNotFound fehl, führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>{scope} is not a subscription or resource group. Choose /subscriptions/&lt;id&gt; or /subscriptions/&lt;id&gt;/resourceGroups/&lt;name&gt;.</source>
        <translation>{scope} ist weder ein Abonnement noch eine Ressourcengruppe. Wählen Sie /subscriptions/&lt;id&gt; oder /subscriptions/&lt;id&gt;/resourceGroups/&lt;name&gt;.</translation>
    </message>
    <message>
        <source>A location for the assignment&apos;s managed identity is needed (for example westeurope).</source>
        <translation>Für die verwaltete Identität der Zuweisung wird ein Standort benötigt (zum Beispiel westeurope).</translation>
    </message>
    <message>
        <source>Virtual Machine Contributor</source>
        <translation>Mitwirkender für virtuelle Computer</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Leser</translation>
    </message>
    <message>
        <source>Managed Identity Contributor</source>
        <translation>Mitwirkender für verwaltete Identität</translation>
    </message>
    <message>
        <source>Managed Identity Operator</source>
        <translation>Operator für verwaltete Identität</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Mitwirkender</translation>
    </message>
    <message>
        <source>Create the restore point collection {name} for {vm} in resource group {group}.</source>
        <translation>Erstellen: Wiederherstellungspunktsammlung {name} für {vm} in der Ressourcengruppe {group}.</translation>
    </message>
    <message>
        <source>Create the restore point {name} of {vm} (its disks as they are now), the way back if all else fails.</source>
        <translation>Erstellen: Wiederherstellungspunkt {name} von {vm} (die Datenträger im jetzigen Zustand) – der Weg zurück, wenn alles andere scheitert.</translation>
    </message>
    <message>
        <source>Deallocate {vm}: it stops and is unavailable until it is started again (downtime begins).</source>
        <translation>Zuordnung aufheben: {vm} wird beendet und ist nicht verfügbar, bis die VM wieder gestartet ist (die Ausfallzeit beginnt).</translation>
    </message>
    <message>
        <source>Set the security type of {vm} to Trusted Launch with vTPM on and Secure Boot {secure_boot}.</source>
        <translation>Sicherheitstyp festlegen: {vm} auf „Vertrauenswürdiger Start“, vTPM aktiviert, sicherer Start: {secure_boot}.</translation>
    </message>
    <message>
        <source>Start {vm} again (downtime ends when it has booted).</source>
        <translation>Wieder starten: {vm} (die Ausfallzeit endet, sobald die VM hochgefahren ist).</translation>
    </message>
    <message>
        <source>Remove the Guest Attestation extension {name} from {vm} (it cannot work without Trusted Launch).</source>
        <translation>Entfernen: Gastnachweiserweiterung {name} von {vm} (ohne vertrauenswürdigen Start kann sie nicht arbeiten).</translation>
    </message>
    <message>
        <source>Set the security type of {vm} back to Standard (uefiSettings removed).</source>
        <translation>Sicherheitstyp zurücksetzen: {vm} auf „Standard“ (uefiSettings entfernt).</translation>
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
        <source>Downtime: {vm} is deallocated at step {stop} and started again at step {start}; it is unavailable in between (usually a few minutes). The deallocation needs your explicit consent.</source>
        <translation>Ausfallzeit: Die Zuordnung von {vm} wird in Schritt {stop} aufgehoben, und die VM wird in Schritt {start} wieder gestartet; dazwischen ist sie nicht verfügbar (meist einige Minuten). Das Aufheben der Zuordnung erfordert Ihre ausdrückliche Zustimmung.</translation>
    </message>
    <message>
        <source>No restore point is created (--no-restore-point). Microsoft recommends one before the upgrade: without it the only way back is the rollback to Standard or your own backup.</source>
        <translation>Es wird kein Wiederherstellungspunkt erstellt (--no-restore-point). Microsoft empfiehlt einen vor der Umstellung: Ohne ihn führt der Weg zurück nur über das Zurücksetzen auf „Standard“ oder Ihre eigene Sicherung.</translation>
    </message>
    <message>
        <source>Not planned: the pre-flight checks refuse the upgrade of {vm} (see above). Nothing is changed.</source>
        <translation>Nicht geplant: Die Vorabprüfungen lehnen die Umstellung von {vm} ab (siehe oben). Nichts wird geändert.</translation>
    </message>
    <message>
        <source>Boot integrity monitoring is not turned on yet: it needs Secure Boot. When the VM boots fine, run boot-integrity enable --vm {vm_id} --allow-restart.</source>
        <translation>Die Startintegritätsüberwachung wird noch nicht aktiviert: Sie erfordert den sicheren Start. Wenn die VM einwandfrei startet, führen Sie boot-integrity enable --vm {vm_id} --allow-restart aus.</translation>
    </message>
    <message>
        <source>The restore points in {collection} stay as the last resort: they can re-create the disks and the VM in the state before the upgrade.</source>
        <translation>Die Wiederherstellungspunkte in {collection} bleiben als letzter Ausweg erhalten: Mit ihnen lassen sich die Datenträger und die VM im Zustand vor der Umstellung neu erstellen.</translation>
    </message>
    <message>
        <source>Not planned: the rollback of {vm} is refused (see above). Nothing is changed.</source>
        <translation>Nicht geplant: Das Zurücksetzen von {vm} wird abgelehnt (siehe oben). Nichts wird geändert.</translation>
    </message>
    <message>
        <source>Nothing to do: {vm} is already where the plan leads.</source>
        <translation>Nichts zu tun: {vm} ist bereits im Zielzustand des Plans.</translation>
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
        <translation>Regionaler gemeinsam verwendeter Anbieter</translation>
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
        <source>Step</source>
        <translation>Schritt</translation>
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
        <source>Defender for Cloud and Azure Policy</source>
        <translation>Defender für Cloud und Azure Policy</translation>
    </message>
    <message>
        <source>The wizard made no changes.</source>
        <translation>Der Assistent hat nichts geändert.</translation>
    </message>
    <message>
        <source>Applying stopped before every planned step ran (stopped on request, or after a step failed). Only the steps marked applied changed Azure; the audit log records each step, and Undo takes them back.</source>
        <translation>Das Anwenden endete, bevor alle geplanten Schritte ausgeführt waren (auf Wunsch angehalten oder nach einem fehlgeschlagenen Schritt). Nur die als angewendet markierten Schritte haben Azure geändert; das Überwachungsprotokoll hält jeden Schritt fest, und sie lassen sich rückgängig machen.</translation>
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
        <source>canceled</source>
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
        <source>Virtual Network Manager admin rules</source>
        <translation>Administratorregeln des Virtual Network Managers</translation>
    </message>
    <message>
        <source>Outbound connectivity</source>
        <translation>Ausgehende Konnektivität</translation>
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
        <translation>Virtuelles Netzwerkgerät</translation>
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
        <translation>vm-legacy-06 verwendet den Sicherheitstyp „Standard“. Die Startintegritätsüberwachung setzt den vertrauenswürdigen Start voraus; für die Umstellung muss die Zuordnung der VM aufgehoben werden. Der Assistent erklärt deshalb die Schritte, statt die VM selbst zu ändern.</translation>
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
        <source>Forced tunneling through Azure Firewall (classic rules)</source>
        <translation>Tunnelerzwingung über Azure Firewall (klassische Regeln)</translation>
    </message>
    <message>
        <source>The route table rt-spoke-finance sends all traffic of vm-fin-09 (0.0.0.0/0) to the Azure Firewall fw-hub-weu at 10.100.0.4. Its classic rules allow only DNS, NTP and Windows Update, so the firewall denies Azure Attestation by default. Fix: a network rule collection that allows the AzureAttestation service tag on TCP 443.</source>
        <translation>Die Routingtabelle rt-spoke-finance leitet den gesamten Datenverkehr von vm-fin-09 (0.0.0.0/0) an die Azure Firewall fw-hub-weu unter 10.100.0.4. Deren klassische Regeln lassen nur DNS, NTP und Windows Update zu, daher verweigert die Firewall Azure Attestation standardmäßig. Abhilfe: eine Netzwerkregelsammlung, die das Diensttag AzureAttestation auf TCP 443 zulässt.</translation>
    </message>
    <message>
        <source>Azure Firewall deny collection at priority 100 (classic rules)</source>
        <translation>Verweigernde Azure Firewall-Regelsammlung mit Priorität 100 (klassische Regeln)</translation>
    </message>
    <message>
        <source>vm-fin-21 sends all traffic to the Azure Firewall fw-hub-weu2, whose network rule collection Deny-Egress has the lowest possible priority, 100, and denies everything from the spokes. Nothing can go ahead of it, so the fix moves Deny-Egress and the collection right behind it up by one, with your separate consent, and adds an allow collection at priority 100. Undo restores the priorities.</source>
        <translation>vm-fin-21 sendet den gesamten Datenverkehr an die Azure Firewall fw-hub-weu2, deren Netzwerkregelsammlung Deny-Egress die niedrigstmögliche Priorität 100 hat und alles aus den Spokes verweigert. Davor lässt sich nichts einordnen. Daher verschiebt die Korrektur mit Ihrer gesonderten Zustimmung Deny-Egress und die direkt folgende Sammlung um eins nach hinten und fügt eine zulassende Sammlung mit Priorität 100 hinzu. „Rückgängig“ stellt die Prioritäten wieder her.</translation>
    </message>
    <message>
        <source>Firewall policy deny group at priority 100</source>
        <translation>Verweigernde Regelsammlungsgruppe mit Priorität 100 in einer Firewallrichtlinie</translation>
    </message>
    <message>
        <source>vm-hr-22 sends all traffic to the Azure Firewall fw-hub-gwc2. Its firewall policy fwpol-hub-gwc2 starts with the rule collection group Baseline-Deny at priority 100, the lowest possible, which denies everything from the spokes. With your separate consent the fix moves that group to 101 and adds a rule collection group at 100 that allows Azure Attestation. Undo restores the priority.</source>
        <translation>vm-hr-22 sendet den gesamten Datenverkehr an die Azure Firewall fw-hub-gwc2. Deren Firewallrichtlinie fwpol-hub-gwc2 beginnt mit der Regelsammlungsgruppe Baseline-Deny mit der niedrigstmöglichen Priorität 100, die alles aus den Spokes verweigert. Mit Ihrer gesonderten Zustimmung verschiebt die Korrektur diese Gruppe auf 101 und fügt eine Regelsammlungsgruppe mit Priorität 100 hinzu, die Azure Attestation zulässt. „Rückgängig“ stellt die Priorität wieder her.</translation>
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
        <translation>Route mit nächstem Hop „Keine“</translation>
    </message>
    <message>
        <source>The route table rt-isolated on the subnet of vm-iso-12 has the route blackhole-internet: 0.0.0.0/0 with next hop None. Azure drops all traffic to Azure Attestation, so the Guest Attestation extension fails. Fix: a route for the AzureAttestation service tag with next hop Internet, or remove the blackhole route.</source>
        <translation>Die Routingtabelle rt-isolated am Subnetz von vm-iso-12 enthält die Route blackhole-internet: 0.0.0.0/0 mit dem nächsten Hop „Keine“. Azure verwirft den gesamten Datenverkehr zu Azure Attestation, daher schlägt die Gastnachweiserweiterung fehl. Abhilfe: eine Route für das Diensttag AzureAttestation mit dem nächsten Hop „Internet“ – oder entfernen Sie die Blackhole-Route.</translation>
    </message>
    <message>
        <source>Third-party network appliance</source>
        <translation>Netzwerkgerät eines Drittanbieters</translation>
    </message>
    <message>
        <source>The route table rt-via-nva sends the traffic of vm-dmz-13 to the network virtual appliance vm-nva-01 at 10.15.0.4, which is not an Azure Firewall. The wizard cannot see its rules and reports the result as unknown; the appliance drops the traffic, so ask its owner to allow *.attest.azure.net on TCP 443.</source>
        <translation>Die Routingtabelle rt-via-nva leitet den Datenverkehr von vm-dmz-13 an das virtuelle Netzwerkgerät vm-nva-01 unter 10.15.0.4, das keine Azure Firewall ist. Der Assistent kann dessen Regeln nicht einsehen und meldet das Ergebnis als unbekannt. Das Gerät verwirft den Datenverkehr; bitten Sie den Verantwortlichen, *.attest.azure.net auf TCP 443 zuzulassen.</translation>
    </message>
    <message>
        <source>Proxy inside the VM</source>
        <translation>Proxy in der VM</translation>
    </message>
    <message>
        <source>NSGs and routes allow Azure Attestation for vm-lnx-14, yet the Guest Attestation extension fails: the operating system sends HTTPS through the proxy proxy.contoso.local:3128, which refuses the connection. A run command shows the proxy settings; the fix happens inside the VM.</source>
        <translation>NSGs und Routen lassen Azure Attestation für vm-lnx-14 zu, trotzdem schlägt die Gastnachweiserweiterung fehl: Das Betriebssystem leitet HTTPS über den Proxy proxy.contoso.local:3128, der die Verbindung ablehnt. „Befehl ausführen“ zeigt die Proxyeinstellungen; die Korrektur erfolgt innerhalb der VM.</translation>
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
        <translation>Über 5.000 VMs in 60 Abonnements – eine generierte Mischung aus VMs mit vertrauenswürdigem Start, vertraulichen VMs und Standard-VMs, mit und ohne Gastnachweiserweiterung. Damit prüfen Sie Auflistung, seitenweises Laden und Reaktionsfähigkeit bei großen Datenmengen.</translation>
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
        <translation>vm-app-23 ist eine Windows-VM in „Deutschland, Westen-Mitte“, die die firmeneigenen DNS-Server verwendet. Diese lösen den gemeinsam verwendeten Nachweishost nicht auf, daher schlägt die Gastnachweiserweiterung fehl, obwohl der Netzwerkpfad offen ist.</translation>
    </message>
    <message>
        <source>In-guest check: TLS inspection</source>
        <translation>Prüfung in der VM: TLS-Inspektion</translation>
    </message>
    <message>
        <source>vm-lnx-24 in France Central reaches the attestation host, but the certificate it receives was issued by Contoso&apos;s outbound inspection CA instead of Microsoft. A TLS-inspecting firewall breaks attestation; the host must be excluded from inspection.</source>
        <translation>vm-lnx-24 in „Frankreich, Mitte“ erreicht den Nachweishost, erhält aber ein Zertifikat, das die Zertifizierungsstelle der TLS-Inspektion von Contoso statt Microsoft ausgestellt hat. Eine Firewall mit TLS-Inspektion verhindert den Nachweis; der Host muss von der Inspektion ausgenommen werden.</translation>
    </message>
    <message>
        <source>In-guest check: OS firewall</source>
        <translation>Prüfung in der VM: Betriebssystemfirewall</translation>
    </message>
    <message>
        <source>vm-app-25 is a Windows VM in East US hardened with a baseline that adds an outbound Windows Firewall rule blocking port 443. The NSGs allow Azure Attestation, but the operating system firewall stops the connection.</source>
        <translation>vm-app-25 ist eine Windows-VM in „USA, Osten“, die mit einer Sicherheitsbaseline gehärtet wurde; diese fügt eine ausgehende Windows-Firewallregel hinzu, die Port 443 blockiert. Die NSGs lassen Azure Attestation zu, aber die Betriebssystemfirewall unterbricht die Verbindung.</translation>
    </message>
    <message>
        <source>Forced tunneling over a VPN gateway</source>
        <translation>Tunnelerzwingung über ein VPN-Gateway</translation>
    </message>
    <message>
        <source>vm-ops-17 has no route table at all, yet its default route points on-premises: the VPN gateway learned 0.0.0.0/0 over BGP. Only Azure&apos;s effective routes show it. The path leaves Azure&apos;s view, so the result is unknown and the on-premises firewall must allow Azure Attestation.</source>
        <translation>vm-ops-17 hat gar keine Routingtabelle, und doch zeigt ihre Standardroute in die lokale Umgebung: Das VPN-Gateway hat 0.0.0.0/0 über BGP gelernt. Nur die effektiven Routen von Azure zeigen das. Der Pfad verlässt die Sicht von Azure; das Ergebnis ist daher unbekannt, und die lokale Firewall muss Azure Attestation zulassen.</translation>
    </message>
    <message>
        <source>Virtual Network Manager admin rule denies</source>
        <translation>Administratorregel des Virtual Network Managers verweigert</translation>
    </message>
    <message>
        <source>vm-pay-18&apos;s NSG allows Azure Attestation, but a security admin rule of the Virtual Network Manager nm-contoso denies internet egress for all spoke VNets. Admin rules come before NSGs, so no NSG rule can help; the network team has to add an admin rule.</source>
        <translation>Die NSG von vm-pay-18 lässt Azure Attestation zu, aber eine Sicherheitsadministratorregel des Virtual Network Managers nm-contoso verweigert ausgehenden Internetdatenverkehr für alle Spoke-VNets. Administratorregeln kommen vor NSGs, daher hilft keine NSG-Regel; das Netzwerkteam muss eine Administratorregel hinzufügen.</translation>
    </message>
    <message>
        <source>Subnet without outbound access</source>
        <translation>Subnetz ohne ausgehenden Zugriff</translation>
    </message>
    <message>
        <source>vm-db-19 sits in a private subnet (default outbound access off) without a NAT gateway, public IP or load balancer outbound rule. NSGs and routes allow the traffic, but it has no way out.</source>
        <translation>vm-db-19 befindet sich in einem privaten Subnetz (ausgehender Standardzugriff deaktiviert) ohne NAT-Gateway, öffentliche IP-Adresse oder Ausgangsregel eines Lastenausgleichs. NSGs und Routen lassen den Datenverkehr zu, aber er hat keinen Weg nach außen.</translation>
    </message>
    <message>
        <source>Custom provider behind a private endpoint</source>
        <translation>Benutzerdefinierter Anbieter hinter einem privaten Endpunkt</translation>
    </message>
    <message>
        <source>vm-sec-20 attests against the custom provider contosoattest through a private endpoint in its own VNet. The traffic stays private: its NSG denies the internet and its subnet has no way out, and attestation still works.</source>
        <translation>vm-sec-20 führt den Nachweis beim benutzerdefinierten Anbieter contosoattest über einen privaten Endpunkt im eigenen VNet durch. Der Datenverkehr bleibt privat: Ihre NSG verweigert das Internet, und ihr Subnetz hat keinen Weg nach außen, trotzdem funktioniert der Nachweis.</translation>
    </message>
    <message>
        <source>Defender reports unhealthy, the path is open</source>
        <translation>Defender meldet fehlerhaft, der Pfad ist offen</translation>
    </message>
    <message>
        <source>vm-web-61 is a healthy-looking Trusted Launch Windows VM: the extension succeeded and nothing blocks Azure Attestation. Defender for Cloud (Defender for Servers on) still rates its guest attestation unhealthy, as assessed hours ago: the two views disagree and the wizard explains why.</source>
        <translation>vm-web-61 ist ein scheinbar fehlerfreier virtueller Windows-Computer mit vertrauenswürdigem Start: Die Erweiterung war erfolgreich, und nichts blockiert Azure Attestation. Defender für Cloud (Defender für Server aktiviert) bewertet seinen Gastnachweis trotzdem als fehlerhaft, bewertet vor Stunden: Die beiden Sichten widersprechen sich, und der Assistent erklärt, warum.</translation>
    </message>
    <message>
        <source>Policy assigned, but DoNotEnforce</source>
        <translation>Richtlinie zugewiesen, aber DoNotEnforce</translation>
    </message>
    <message>
        <source>vm-lnx-62 is a Trusted Launch Linux VM without the Guest Attestation extension. The built-in Guest Attestation initiative is assigned to its resource group, but with enforcement mode DoNotEnforce, so it only reports the VM as non-compliant and installs nothing.</source>
        <translation>vm-lnx-62 ist ein virtueller Linux-Computer mit vertrauenswürdigem Start ohne Gastnachweiserweiterung. Die integrierte Gastnachweis-Initiative ist seiner Ressourcengruppe zugewiesen, aber mit dem Erzwingungsmodus DoNotEnforce: Sie meldet den virtuellen Computer nur als nicht konform und installiert nichts.</translation>
    </message>
    <message>
        <source>Policy identity lacks a role</source>
        <translation>Der Richtlinienidentität fehlt eine Rolle</translation>
    </message>
    <message>
        <source>vm-app-63 is a Trusted Launch Windows VM without the extension. The Guest Attestation initiative is assigned and enforced, but its managed identity was never given Virtual Machine Contributor, so every remediation fails.</source>
        <translation>vm-app-63 ist ein virtueller Windows-Computer mit vertrauenswürdigem Start ohne die Erweiterung. Die Gastnachweis-Initiative ist zugewiesen und wird erzwungen, aber ihre verwaltete Identität hat die Rolle „Mitwirkender für virtuelle Computer“ nie erhalten, daher schlägt jede Wartung fehl.</translation>
    </message>
    <message>
        <source>Upgrade to Trusted Launch</source>
        <translation>Umstellung auf vertrauenswürdigen Start</translation>
    </message>
    <message>
        <source>vm-std-41 is a Generation 2 Windows VM with the Standard security type on a size that supports Trusted Launch. The wizard checks it, takes a restore point, deallocates it, switches it to Trusted Launch with Secure Boot and vTPM, starts it and turns on boot integrity monitoring. The subscription has UseStandardSecurityType registered, so the upgrade can be rolled back.</source>
        <translation>vm-std-41 ist eine Windows-VM der Generation 2 mit dem Sicherheitstyp „Standard“ auf einer Größe, die den vertrauenswürdigen Start unterstützt. Der Assistent prüft sie, erstellt einen Wiederherstellungspunkt, hebt die Zuordnung auf, stellt sie auf vertrauenswürdigen Start mit sicherem Start und vTPM um, startet sie und aktiviert die Startintegritätsüberwachung. Für das Abonnement ist UseStandardSecurityType registriert, daher lässt sich die Umstellung zurücksetzen.</translation>
    </message>
    <message>
        <source>Generation 1 VM</source>
        <translation>VM der Generation 1</translation>
    </message>
    <message>
        <source>vm-gen1-42 is a Generation 1 Windows Server 2019 VM: its OS disk boots with BIOS from MBR. Trusted Launch needs a conversion inside the VM first, so the upgrade is refused; a read-only check shows whether MBR2GPT could convert the disk.</source>
        <translation>vm-gen1-42 ist eine Windows Server 2019-VM der Generation 1: Ihr Betriebssystemdatenträger startet per BIOS von MBR. Der vertrauenswürdige Start erfordert zuerst eine Konvertierung in der VM, daher wird die Umstellung abgelehnt; eine schreibgeschützte Prüfung zeigt, ob MBR2GPT den Datenträger konvertieren könnte.</translation>
    </message>
    <message>
        <source>Size without Trusted Launch</source>
        <translation>Größe ohne vertrauenswürdigen Start</translation>
    </message>
    <message>
        <source>vm-sap-43 is a Generation 2 Linux VM on Standard_M64, a size that Azure marks TrustedLaunchDisabled. The upgrade is refused until the VM is resized.</source>
        <translation>vm-sap-43 ist eine Linux-VM der Generation 2 auf Standard_M64, einer Größe, die Azure als TrustedLaunchDisabled kennzeichnet. Die Umstellung wird abgelehnt, bis die Größe der VM geändert ist.</translation>
    </message>
</context>
<context>
    <name>SignInErrors</name>
    <message>
        <source>Sign-in was canceled.</source>
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
        <source>The Microsoft sign-in service could not be reached ({detail}). Check that this computer is connected to the network; if your organization uses a proxy, set HTTPS_PROXY to it. Then select Sign in again.</source>
        <translation>Der Microsoft-Anmeldedienst ist nicht erreichbar ({detail}). Prüfen Sie, ob dieser Computer mit dem Netzwerk verbunden ist; wenn Ihre Organisation einen Proxy verwendet, setzen Sie HTTPS_PROXY auf diesen Proxy. Wählen Sie dann erneut „Anmelden“.</translation>
    </message>
    <message>
        <source>The proxy did not let the sign-in through ({detail}). Check the proxy address in HTTPS_PROXY and NO_PROXY, or ask your IT department which proxy to use. Then select Sign in again.</source>
        <translation>Der Proxy hat die Anmeldung nicht durchgelassen ({detail}). Prüfen Sie die Proxyadresse in HTTPS_PROXY und NO_PROXY, oder fragen Sie Ihre IT-Abteilung, welcher Proxy zu verwenden ist. Wählen Sie dann erneut „Anmelden“.</translation>
    </message>
    <message>
        <source>The connection to the Microsoft sign-in service is not trusted ({detail}). A proxy or firewall that inspects TLS may be in the way: ask your IT department to add its root certificate to this computer&apos;s certificate store (the wizard trusts the system store). Then select Sign in again.</source>
        <translation>Der Verbindung zum Microsoft-Anmeldedienst wird nicht vertraut ({detail}). Möglicherweise steht ein Proxy oder eine Firewall mit TLS-Inspektion dazwischen: Bitten Sie Ihre IT-Abteilung, deren Stammzertifikat in den Zertifikatspeicher dieses Computers aufzunehmen (der Assistent vertraut dem Systemspeicher). Wählen Sie dann erneut „Anmelden“.</translation>
    </message>
    <message>
        <source>Your sign-in cannot be remembered on this computer: the Secret Service support (PyGObject) is not installed. You will be asked to sign in each time you start the wizard. Install the package python3-gi (or the wizard&apos;s installer, which includes it) to change this.</source>
        <translation>Ihre Anmeldung kann auf diesem Computer nicht gespeichert werden: Die Secret-Service-Unterstützung (PyGObject) ist nicht installiert. Sie werden bei jedem Start des Assistenten erneut zur Anmeldung aufgefordert. Installieren Sie das Paket python3-gi (oder das Installationsprogramm des Assistenten, das es enthält), um das zu ändern.</translation>
    </message>
    <message>
        <source>Your sign-in cannot be remembered on this computer: no keyring answered (GNOME Keyring or KWallet). You will be asked to sign in each time you start the wizard. Install and unlock GNOME Keyring or KWallet to change this.</source>
        <translation>Ihre Anmeldung kann auf diesem Computer nicht gespeichert werden: Kein Schlüsselbund hat geantwortet (GNOME Keyring oder KWallet). Sie werden bei jedem Start des Assistenten erneut zur Anmeldung aufgefordert. Installieren und entsperren Sie GNOME Keyring oder KWallet, um das zu ändern.</translation>
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
        <source>Signing in… Asking Microsoft Entra ID for a device code.</source>
        <translation>Anmeldung läuft… Microsoft Entra ID wird nach einem Gerätecode gefragt.</translation>
    </message>
    <message>
        <source>Signing in… Waiting for the code to be entered.</source>
        <translation>Anmeldung läuft… Es wird auf die Eingabe des Codes gewartet.</translation>
    </message>
    <message>
        <source>Signing in… Complete the sign-in in the browser window that opened.</source>
        <translation>Anmeldung läuft… Schließen Sie die Anmeldung im geöffneten Browserfenster ab.</translation>
    </message>
    <message>
        <source>Signing in… Connecting to Microsoft Entra ID.</source>
        <translation>Anmeldung läuft… Verbindung zu Microsoft Entra ID wird hergestellt.</translation>
    </message>
    <message>
        <source>Signing in… Asking the Azure CLI for its sign-in.</source>
        <translation>Anmeldung läuft… Die Anmeldung der Azure CLI wird abgefragt.</translation>
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
    <name>Snapshot</name>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>the file is UTF-32 encoded; save it as UTF-8 (UTF-16 with a byte order mark is also accepted)</source>
        <translation>Die Datei ist UTF-32-codiert; speichern Sie sie als UTF-8 (UTF-16 mit Bytereihenfolgemarke wird ebenfalls akzeptiert)</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 without a byte order mark; save it as UTF-8</source>
        <translation>Die Datei sieht nach UTF-16 ohne Bytereihenfolgemarke aus; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the file is not valid {encoding}: byte 0x{byte} at offset {offset}; save it as UTF-8</source>
        <translation>Die Datei ist kein gültiges {encoding}: Byte 0x{byte} an Position {offset}; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>kein gültiges JSON: {reason} in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>the JSON is nested more than {limit} levels deep; no ARM resource is</source>
        <translation>Das JSON ist mehr als {limit} Ebenen tief verschachtelt; keine ARM-Ressource ist das</translation>
    </message>
    <message>
        <source>must be {expected}, not {actual}</source>
        <translation>muss {expected} sein, nicht {actual}</translation>
    </message>
    <message>
        <source>is missing (must be {expected})</source>
        <translation>fehlt (muss {expected} sein)</translation>
    </message>
    <message>
        <source>{value} is outside Azure&apos;s range {low}–{high}</source>
        <translation>{value} liegt außerhalb des Azure-Bereichs {low}–{high}</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} ist keiner der Werte {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a port, a port range (0–65535) or *</source>
        <translation>{value} ist weder ein Port noch ein Portbereich (0–65535) noch *</translation>
    </message>
    <message>
        <source>{value} is not an ARM resource id</source>
        <translation>{value} ist keine ARM-Ressourcen-ID</translation>
    </message>
    <message>
        <source>the same id is already at resources[{first}] (ARM ids compare case-insensitively)</source>
        <translation>Dieselbe ID steht bereits bei resources[{first}] (ARM vergleicht IDs ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenfolge</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>… and {count} more problems</source>
        <translation>… und {count} weitere Probleme</translation>
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
        <source>{vm} can reach Azure Attestation now, but the extension still reports {state} from when the path was blocked. Redeploy it on the Enable page so that it attests again.</source>
        <translation>{vm} kann Azure Attestation jetzt erreichen, aber die Erweiterung meldet noch den Status „{state}“ aus der Zeit, als der Pfad blockiert war. Stellen Sie sie auf der Seite „Startintegritätsüberwachung aktivieren“ erneut bereit, damit sie den Nachweis erneut durchführt.</translation>
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
        <translation>Bericht &amp;exportieren…</translation>
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
    <message>
        <source>No program to open folders is set up on this computer. The log folder is {folder}; its path was copied to the clipboard, so you can open it in a file manager or attach its files to the ticket.</source>
        <translation>Auf diesem Computer ist kein Programm zum Öffnen von Ordnern eingerichtet. Der Protokollordner ist {folder}; sein Pfad wurde in die Zwischenablage kopiert, sodass Sie ihn in einem Dateimanager öffnen oder seine Dateien an das Ticket anhängen können.</translation>
    </message>
</context>
<context>
    <name>SupportSnapshotButton</name>
    <message>
        <source>Save &amp;snapshot for support…</source>
        <translation>&amp;Momentaufnahme für den Support speichern…</translation>
    </message>
    <message>
        <source>Saves what the diagnosis of this VM reads (no secrets, no tag values), so that support can reproduce it with: boot-integrity diagnose --snapshot FILE</source>
        <translation>Speichert, was die Diagnose dieser VM liest (ohne Geheimnisse und ohne Tagwerte), damit der Support sie nachvollziehen kann mit: boot-integrity diagnose --snapshot DATEI</translation>
    </message>
    <message>
        <source>Save snapshot for support</source>
        <translation>Momentaufnahme für den Support speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Collecting the snapshot…</source>
        <translation>Die Momentaufnahme wird erstellt…</translation>
    </message>
    <message>
        <source>The snapshot was not saved: it would contain something secret.</source>
        <translation>Die Momentaufnahme wurde nicht gespeichert: Sie würde etwas Geheimes enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot saved: {file} ({count} resources, %n item(s) left out).</source>
        <translation>
            <numerusform>Momentaufnahme gespeichert: {file} ({count} Ressourcen, %n Eintrag weggelassen).</numerusform>
            <numerusform>Momentaufnahme gespeichert: {file} ({count} Ressourcen, %n Einträge weggelassen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot could not be saved: {error}</source>
        <translation>Die Momentaufnahme konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <source>{vm} uses the Standard security type: it can be upgraded in place.</source>
        <translation>{vm} verwendet den Sicherheitstyp „Standard“: Die VM kann direkt umgestellt werden.</translation>
    </message>
    <message>
        <source>{vm} already uses Trusted Launch; only the steps that are still missing are planned.</source>
        <translation>{vm} verwendet bereits den vertrauenswürdigen Start; geplant werden nur die Schritte, die noch fehlen.</translation>
    </message>
    <message>
        <source>{vm} is a Confidential VM, which already includes what Trusted Launch offers. Nothing to upgrade.</source>
        <translation>{vm} ist eine vertrauliche VM und bietet bereits alles, was der vertrauenswürdige Start bietet. Es gibt nichts umzustellen.</translation>
    </message>
    <message>
        <source>The security type of {vm} could not be read ({value}), so the upgrade is not offered.</source>
        <translation>Der Sicherheitstyp von {vm} konnte nicht gelesen werden ({value}), daher wird die Umstellung nicht angeboten.</translation>
    </message>
    <message>
        <source>The OS disk is Generation 2 (hyperVGeneration V2), as Trusted Launch needs.</source>
        <translation>Der Betriebssystemdatenträger ist Generation 2 (hyperVGeneration V2), wie es der vertrauenswürdige Start erfordert.</translation>
    </message>
    <message>
        <source>The OS disk is Generation 1 (hyperVGeneration V1): it starts with BIOS from an MBR disk, and Trusted Launch needs UEFI. Azure refuses Trusted Launch on it as it is.</source>
        <translation>Der Betriebssystemdatenträger ist Generation 1 (hyperVGeneration V1): Er startet per BIOS von einem MBR-Datenträger, der vertrauenswürdige Start erfordert jedoch UEFI. Azure lehnt den vertrauenswürdigen Start für diesen Datenträger in seinem jetzigen Zustand ab.</translation>
    </message>
    <message>
        <source>Microsoft documents a separate path for Generation 1 VMs: inside the VM, convert the OS disk from MBR to GPT (Windows: suspend BitLocker, then MBR2GPT /convert /allowFullOS; Linux: a GPT disk with an EFI system partition mounted at /boot/efi), then upgrade. Not supported for Windows Server 2016, Debian or Azure Linux; the only way back to Generation 1 is a restore from backup. The wizard never converts the disk. Run the read-only readiness check first (wizard: Check inside the VM; command line: boot-integrity upgrade --vm {vm_id} --check-gen1).</source>
        <translation>Microsoft beschreibt einen eigenen Weg für VMs der Generation 1: Konvertieren Sie in der VM den Betriebssystemdatenträger von MBR in GPT (Windows: BitLocker anhalten, dann MBR2GPT /convert /allowFullOS; Linux: ein GPT-Datenträger mit einer EFI-Systempartition, eingehängt unter /boot/efi), und stellen Sie danach um. Nicht unterstützt für Windows Server 2016, Debian und Azure Linux; zurück zu Generation 1 geht es nur über eine Wiederherstellung aus einer Sicherung. Der Assistent konvertiert den Datenträger nie. Führen Sie zuerst die schreibgeschützte Bereitschaftsprüfung aus (Assistent: In der VM prüfen; Befehlszeile: boot-integrity upgrade --vm {vm_id} --check-gen1).</translation>
    </message>
    <message>
        <source>The generation of the OS disk could not be read ({detail}), so it cannot be confirmed as Generation 2.</source>
        <translation>Die Generation des Betriebssystemdatenträgers konnte nicht gelesen werden ({detail}), daher lässt sich Generation 2 nicht bestätigen.</translation>
    </message>
    <message>
        <source>Check it yourself: az disk show --ids {disk_id} --query hyperVGeneration (needs Reader on the disk).</source>
        <translation>Prüfen Sie es selbst: az disk show --ids {disk_id} --query hyperVGeneration (erfordert die Rolle „Leser“ für den Datenträger).</translation>
    </message>
    <message>
        <source>The size {size} supports Trusted Launch in {region} (Generation 2, not marked TrustedLaunchDisabled).</source>
        <translation>Die Größe {size} unterstützt in {region} den vertrauenswürdigen Start (Generation 2, nicht als TrustedLaunchDisabled gekennzeichnet).</translation>
    </message>
    <message>
        <source>The size {size} supports only Generation 1 VMs (HyperVGenerations: {generations}).</source>
        <translation>Die Größe {size} unterstützt nur VMs der Generation 1 (HyperVGenerations: {generations}).</translation>
    </message>
    <message>
        <source>The size {size} does not support Trusted Launch: Azure lists it with TrustedLaunchDisabled.</source>
        <translation>Die Größe {size} unterstützt den vertrauenswürdigen Start nicht: Azure führt sie mit TrustedLaunchDisabled.</translation>
    </message>
    <message>
        <source>The size {size} could not be found in the list of sizes for {region} ({detail}).</source>
        <translation>Die Größe {size} wurde in der Liste der Größen für {region} nicht gefunden ({detail}).</translation>
    </message>
    <message>
        <source>Resize the VM to a size of a family that supports Trusted Launch (for example Dsv5, Esv5 or Fsv2), then run the upgrade again. Check a size with: az vm list-skus --location {region} --size {size} --query &quot;[].capabilities&quot;</source>
        <translation>Ändern Sie die Größe der VM in eine Größe einer Familie, die den vertrauenswürdigen Start unterstützt (zum Beispiel Dsv5, Esv5 oder Fsv2), und starten Sie die Umstellung dann erneut. Eine Größe prüfen Sie mit: az vm list-skus --location {region} --size {size} --query &quot;[].capabilities&quot;</translation>
    </message>
    <message>
        <source>The gallery image definition {image} declares Trusted Launch support (SecurityType {value}).</source>
        <translation>Die Katalogimagedefinition {image} gibt Unterstützung für den vertrauenswürdigen Start an (SecurityType {value}).</translation>
    </message>
    <message>
        <source>The gallery image definition {image} does not declare Trusted Launch support (SecurityType: {value}).</source>
        <translation>Die Katalogimagedefinition {image} gibt keine Unterstützung für den vertrauenswürdigen Start an (SecurityType: {value}).</translation>
    </message>
    <message>
        <source>Microsoft: for custom images the base image must be Trusted Launch capable. Confirm the OS is supported and mark a new image version&apos;s definition with SecurityType TrustedLaunchSupported before upgrading VMs made from it.</source>
        <translation>Microsoft: Bei benutzerdefinierten Images muss das Basisimage den vertrauenswürdigen Start unterstützen. Bestätigen Sie, dass das Betriebssystem unterstützt wird, und kennzeichnen Sie die Definition einer neuen Imageversion mit SecurityType TrustedLaunchSupported, bevor Sie daraus erstellte VMs umstellen.</translation>
    </message>
    <message>
        <source>The gallery image definition {image} could not be read ({detail}); its Trusted Launch support is not known.</source>
        <translation>Die Katalogimagedefinition {image} konnte nicht gelesen werden ({detail}); ob sie den vertrauenswürdigen Start unterstützt, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The VM was created from a managed image. The portal cannot upgrade such VMs; the wizard uses the same API as the Azure CLI. Its base image must be Trusted Launch capable (see the OS check).</source>
        <translation>Die VM wurde aus einem verwalteten Image erstellt. Solche VMs lassen sich im Portal nicht umstellen; der Assistent verwendet dieselbe API wie die Azure CLI. Das Basisimage muss den vertrauenswürdigen Start unterstützen (siehe die Betriebssystemprüfung).</translation>
    </message>
    <message>
        <source>The VM was created from the Marketplace image {image}; the OS disk generation and the OS decide.</source>
        <translation>Die VM wurde aus dem Marketplace-Image {image} erstellt; entscheidend sind die Generation des Betriebssystemdatenträgers und das Betriebssystem.</translation>
    </message>
    <message>
        <source>The VM was created from an attached OS disk. The portal cannot upgrade such VMs; the wizard uses the same API as the Azure CLI. The OS must be supported (see the OS check).</source>
        <translation>Die VM wurde aus einem angefügten Betriebssystemdatenträger erstellt. Solche VMs lassen sich im Portal nicht umstellen; der Assistent verwendet dieselbe API wie die Azure CLI. Das Betriebssystem muss unterstützt werden (siehe die Betriebssystemprüfung).</translation>
    </message>
    <message>
        <source>{os} is on Microsoft&apos;s list of operating systems for Trusted Launch.</source>
        <translation>{os} steht auf Microsofts Liste der Betriebssysteme für den vertrauenswürdigen Start.</translation>
    </message>
    <message>
        <source>{os} is not on Microsoft&apos;s list of operating systems for Trusted Launch.</source>
        <translation>{os} steht nicht auf Microsofts Liste der Betriebssysteme für den vertrauenswürdigen Start.</translation>
    </message>
    <message>
        <source>Upgrade the operating system to a supported version first (list: {url}).</source>
        <translation>Aktualisieren Sie das Betriebssystem zuerst auf eine unterstützte Version (Liste: {url}).</translation>
    </message>
    <message>
        <source>{os} could not be matched with Microsoft&apos;s list of operating systems for Trusted Launch; confirm it is supported before you go ahead.</source>
        <translation>{os} ließ sich keinem Eintrag in Microsofts Liste der Betriebssysteme für den vertrauenswürdigen Start zuordnen; bestätigen Sie die Unterstützung, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>The operating system version could not be read (the VM Agent reports it only while the VM runs); confirm it is on Microsoft&apos;s list before you go ahead.</source>
        <translation>Die Betriebssystemversion konnte nicht gelesen werden (der VM-Agent meldet sie nur, während die VM läuft); bestätigen Sie, dass sie auf Microsofts Liste steht, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>No feature that Trusted Launch does not support was found (checked: Linux hibernation).</source>
        <translation>Es wurde kein Feature gefunden, das der vertrauenswürdige Start nicht unterstützt (geprüft: Ruhezustand unter Linux).</translation>
    </message>
    <message>
        <source>Hibernation is on for this Linux VM, and Trusted Launch does not support Linux VM hibernation.</source>
        <translation>Für diese Linux-VM ist der Ruhezustand aktiviert, und der vertrauenswürdige Start unterstützt den Ruhezustand von Linux-VMs nicht.</translation>
    </message>
    <message>
        <source>Turn hibernation off (deallocated VM: az vm update --enable-hibernation false), then upgrade.</source>
        <translation>Deaktivieren Sie den Ruhezustand (bei aufgehobener Zuordnung: az vm update --enable-hibernation false), und stellen Sie dann um.</translation>
    </message>
    <message>
        <source>Whether Azure Backup protects this VM could not be read ({detail}). If it is protected with the Standard backup policy, Trusted Launch cannot be enabled: Azure Backup must use the Enhanced policy.</source>
        <translation>Ob Azure Backup diese VM schützt, konnte nicht gelesen werden ({detail}). Ist sie mit der Standard-Sicherungsrichtlinie geschützt, lässt sich der vertrauenswürdige Start nicht aktivieren: Azure Backup muss die erweiterte Richtlinie (Enhanced) verwenden.</translation>
    </message>
    <message>
        <source>Azure Backup does not protect this VM.</source>
        <translation>Azure Backup schützt diese VM nicht.</translation>
    </message>
    <message>
        <source>Azure Backup protects this VM with the Enhanced policy {policy}, which Trusted Launch supports.</source>
        <translation>Azure Backup schützt diese VM mit der erweiterten Richtlinie {policy}, die der vertrauenswürdige Start unterstützt.</translation>
    </message>
    <message>
        <source>Azure Backup protects this VM with the Standard policy {policy}. Trusted Launch cannot be enabled on a VM protected with the Standard policy.</source>
        <translation>Azure Backup schützt diese VM mit der Standardrichtlinie {policy}. Auf einer mit der Standardrichtlinie geschützten VM lässt sich der vertrauenswürdige Start nicht aktivieren.</translation>
    </message>
    <message>
        <source>Azure Backup protects this VM with the policy {policy}, but the policy could not be read ({detail}), so it cannot be confirmed as an Enhanced policy.</source>
        <translation>Azure Backup schützt diese VM mit der Richtlinie {policy}, die Richtlinie konnte aber nicht gelesen werden ({detail}); daher lässt sich nicht bestätigen, dass es eine erweiterte Richtlinie ist.</translation>
    </message>
    <message>
        <source>Move the VM&apos;s protection to an Enhanced policy first ({url}), then run the upgrade again.</source>
        <translation>Stellen Sie den Schutz der VM zuerst auf eine erweiterte Richtlinie um ({url}), und starten Sie die Umstellung dann erneut.</translation>
    </message>
    <message>
        <source>Reading the vault&apos;s policies needs the Backup Reader role on the vault; or check the policy yourself.</source>
        <translation>Zum Lesen der Richtlinien des Tresors ist die Rolle „Sicherungsleser“ für den Tresor erforderlich; oder prüfen Sie die Richtlinie selbst.</translation>
    </message>
    <message>
        <source>Windows boot components are signed by Microsoft; Secure Boot can be turned on.</source>
        <translation>Die Startkomponenten von Windows sind von Microsoft signiert; der sichere Start kann aktiviert werden.</translation>
    </message>
    <message>
        <source>With Secure Boot on, every boot component must be signed: an unsigned kernel module (GPU drivers such as NVIDIA GRID or CUDA, a custom kernel) stops this Linux VM from booting.</source>
        <translation>Mit aktiviertem sicherem Start muss jede Startkomponente signiert sein: Ein nicht signiertes Kernelmodul (GPU-Treiber wie NVIDIA GRID oder CUDA, ein eigener Kernel) verhindert, dass diese Linux-VM startet.</translation>
    </message>
    <message>
        <source>Check first, read-only: boot-integrity upgrade --vm {vm_id} --check-secure-boot (lists unsigned modules). If unsure, upgrade with --secure-boot off and turn it on later.</source>
        <translation>Prüfen Sie zuerst, schreibgeschützt: boot-integrity upgrade --vm {vm_id} --check-secure-boot (listet nicht signierte Module auf). Im Zweifel stellen Sie mit --secure-boot off um und aktivieren den sicheren Start später.</translation>
    </message>
    <message>
        <source>Secure Boot stays off. Boot integrity monitoring needs it, so the Guest Attestation extension is not installed yet.</source>
        <translation>Der sichere Start bleibt deaktiviert. Die Startintegritätsüberwachung erfordert ihn, daher wird die Gastnachweiserweiterung noch nicht installiert.</translation>
    </message>
    <message>
        <source>Once the VM boots fine, turn Secure Boot on and install the extension: boot-integrity enable --vm {vm_id} --allow-restart</source>
        <translation>Sobald die VM einwandfrei startet, aktivieren Sie den sicheren Start und installieren die Erweiterung: boot-integrity enable --vm {vm_id} --allow-restart</translation>
    </message>
    <message>
        <source>The feature UseStandardSecurityType is registered on the subscription, so Azure accepts the rollback.</source>
        <translation>Das Feature UseStandardSecurityType ist für das Abonnement registriert, daher akzeptiert Azure das Zurücksetzen.</translation>
    </message>
    <message>
        <source>Azure accepts the security type Standard only when the feature UseStandardSecurityType is registered on the subscription; it is {state}.</source>
        <translation>Azure akzeptiert den Sicherheitstyp „Standard“ nur, wenn das Feature UseStandardSecurityType für das Abonnement registriert ist; sein Status ist {state}.</translation>
    </message>
    <message>
        <source>Register it (a subscription-wide preview feature; your decision): az feature register --namespace Microsoft.Compute --name UseStandardSecurityType, wait until it shows Registered, then az provider register --namespace Microsoft.Compute. Until then the restore point taken before the upgrade is the way back.</source>
        <translation>Registrieren Sie es (ein abonnementweites Vorschaufeature; Ihre Entscheidung): az feature register --namespace Microsoft.Compute --name UseStandardSecurityType, warten Sie, bis „Registered“ angezeigt wird, dann az provider register --namespace Microsoft.Compute. Bis dahin ist der vor der Umstellung erstellte Wiederherstellungspunkt der Weg zurück.</translation>
    </message>
    <message>
        <source>Whether the feature UseStandardSecurityType is registered could not be read ({detail}).</source>
        <translation>Ob das Feature UseStandardSecurityType registriert ist, konnte nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>{vm} does not use Trusted Launch, so there is nothing to roll back.</source>
        <translation>{vm} verwendet den vertrauenswürdigen Start nicht, daher gibt es nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <source>NOT CONFIRMED</source>
        <translation>NICHT BESTÄTIGT</translation>
    </message>
    <message>
        <source>Pre-flight checks for {vm}:</source>
        <translation>Vorabprüfungen für {vm}:</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>Nächster Schritt: {step}</translation>
    </message>
    <message>
        <source>Result: {vm} can be upgraded to Trusted Launch.</source>
        <translation>Ergebnis: {vm} kann auf den vertrauenswürdigen Start umgestellt werden.</translation>
    </message>
    <message>
        <source>Result: the upgrade of {vm} is refused; nothing was changed.</source>
        <translation>Ergebnis: Die Umstellung von {vm} wird abgelehnt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Result: {vm} can be rolled back to Standard.</source>
        <translation>Ergebnis: {vm} kann auf „Standard“ zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>Result: the rollback of {vm} is refused; nothing was changed.</source>
        <translation>Ergebnis: Das Zurücksetzen von {vm} wird abgelehnt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Planned steps ({count}), in the order they run:</source>
        <translation>Geplante Schritte ({count}) in der Reihenfolge ihrer Ausführung:</translation>
    </message>
    <message>
        <source>  [downtime]</source>
        <translation>  [Ausfallzeit]</translation>
    </message>
    <message>
        <source>No changes planned.</source>
        <translation>Keine Änderungen geplant.</translation>
    </message>
</context>
<context>
    <name>UpgradePage</name>
    <message>
        <source>Security type</source>
        <translation>Sicherheitstyp</translation>
    </message>
    <message>
        <source>Generation 2 OS disk</source>
        <translation>Betriebssystemdatenträger der Generation 2</translation>
    </message>
    <message>
        <source>VM size supports Trusted Launch</source>
        <translation>VM-Größe unterstützt vertrauenswürdigen Start</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>No unsupported feature</source>
        <translation>Kein nicht unterstütztes Feature</translation>
    </message>
    <message>
        <source>Azure Backup</source>
        <translation>Azure Backup</translation>
    </message>
    <message>
        <source>Secure Boot readiness</source>
        <translation>Bereitschaft für den sicheren Start</translation>
    </message>
    <message>
        <source>Rollback allowed</source>
        <translation>Zurücksetzen erlaubt</translation>
    </message>
    <message>
        <source>Upgrade to Trusted Launch</source>
        <translation>Umstellung auf vertrauenswürdigen Start</translation>
    </message>
    <message>
        <source>Checks first; then a restore point, deallocation, the switch, a start and boot integrity monitoring. Nothing changes before you agree to the downtime.</source>
        <translation>Zuerst die Prüfungen; dann ein Wiederherstellungspunkt, das Aufheben der Zuordnung, die Umstellung, der Start und die Startintegritätsüberwachung. Nichts ändert sich, bevor Sie der Ausfallzeit zustimmen.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Turn on &amp;Secure Boot (recommended)</source>
        <translation>&amp;Sicheren Start aktivieren (empfohlen)</translation>
    </message>
    <message>
        <source>Create a &amp;restore point first (recommended)</source>
        <translation>Zuerst einen Wiederherstellungs&amp;punkt erstellen (empfohlen)</translation>
    </message>
    <message>
        <source>Upgrading to Trusted Launch</source>
        <translation>Umstellung auf vertrauenswürdigen Start läuft</translation>
    </message>
    <message>
        <source>&amp;Upgrade to Trusted Launch</source>
        <translation>Auf vertrauenswürdigen Start &amp;umstellen</translation>
    </message>
    <message>
        <source>Check inside the VM (read-only)</source>
        <translation>In der VM prüfen (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Run the &amp;check</source>
        <translation>&amp;Prüfung ausführen</translation>
    </message>
    <message>
        <source>Running the read-only check inside the VM (Run Command)…</source>
        <translation>Die schreibgeschützte Prüfung läuft in der VM (Befehl ausführen)…</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
    <message>
        <source>output of the check</source>
        <translation>Ausgabe der Prüfung</translation>
    </message>
    <message>
        <source>Checking the VM, its disk, its size and its image…</source>
        <translation>Die VM, ihr Datenträger, ihre Größe und ihr Image werden geprüft…</translation>
    </message>
    <message>
        <source>I agree that %1 is &amp;deallocated and unavailable until it has started again</source>
        <translation>Ich stimme zu, dass die Zuordnung von %1 &amp;aufgehoben wird (Ausfallzeit bis zum Start)</translation>
    </message>
    <message>
        <source>The upgrade is refused for the reasons marked ✖ or ?; nothing was changed. Each one says what Microsoft recommends. Select Next for a summary you can hand on.</source>
        <translation>Die Umstellung wird aus den mit ✖ oder ? markierten Gründen abgelehnt; nichts wurde geändert. Bei jedem Grund steht, was Microsoft empfiehlt. Wählen Sie „Weiter“ für eine Zusammenfassung, die Sie weitergeben können.</translation>
    </message>
    <message>
        <source>Nothing to do: the VM already uses Trusted Launch. Select Next.</source>
        <translation>Nichts zu tun: Die VM verwendet bereits den vertrauenswürdigen Start. Wählen Sie „Weiter“.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will run in the order shown.</source>
        <translation>
            <numerusform>%n Schritt wird in der gezeigten Reihenfolge ausgeführt.</numerusform>
            <numerusform>%n Schritte werden in der gezeigten Reihenfolge ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether the OS disk could be converted from MBR to GPT: Windows runs MBR2GPT /validate and reports BitLocker; Linux lists the partition table, the EFI system partition and /boot/efi. Nothing is converted or changed. The VM must be running.</source>
        <translation>Ob sich der Betriebssystemdatenträger von MBR in GPT konvertieren ließe: Unter Windows läuft MBR2GPT /validate und BitLocker wird gemeldet; unter Linux werden die Partitionstabelle, die EFI-Systempartition und /boot/efi aufgelistet. Nichts wird konvertiert oder geändert. Die VM muss ausgeführt werden.</translation>
    </message>
    <message>
        <source>Lists kernel modules without a signature (and runs sbinfo when it is installed). Nothing is changed. The VM must be running.</source>
        <translation>Listet Kernelmodule ohne Signatur auf (und führt sbinfo aus, wenn es installiert ist). Nichts wird geändert. Die VM muss ausgeführt werden.</translation>
    </message>
    <message>
        <source>Done: the VM runs with Trusted Launch. Select Next to continue to Enable.</source>
        <translation>Fertig: Die VM läuft mit vertrauenswürdigem Start. Wählen Sie „Weiter“, um mit der Aktivierung fortzufahren.</translation>
    </message>
    <message>
        <source>Not finished. The VM is now %1 with the security type %2. Go back and open this page again to plan only what is missing.</source>
        <translation>Nicht abgeschlossen. Die VM hat jetzt den Energiezustand „%1“ und den Sicherheitstyp „%2“. Gehen Sie zurück, und öffnen Sie diese Seite erneut, um nur das Fehlende zu planen.</translation>
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
        <source>Re&amp;deploy extension…</source>
        <translation>Erweiterung erneut be&amp;reitstellen…</translation>
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
        <translation>Wird geprüft…</translation>
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
        <source>The path is open, but the extension still reports {state} from when the path was blocked. Redeploy it (Redeploy extension), then check again.</source>
        <translation>Der Pfad ist offen, aber die Erweiterung meldet noch den Status „{state}“ aus der Zeit, als der Pfad blockiert war. Stellen Sie sie erneut bereit („Erweiterung erneut bereitstellen“), und prüfen Sie dann erneut.</translation>
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
        <source>Defender</source>
        <translation>Defender</translation>
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
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
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
        <source>Check, enable and fix boot integrity monitoring for an Azure VM.</source>
        <translation>Prüfen, aktivieren und reparieren Sie die Startintegritätsüberwachung einer Azure-VM.</translation>
    </message>
    <message>
        <source>This wizard guides you through five steps: choose a virtual machine, check the Trusted Launch prerequisites (security type, Secure Boot, vTPM, VM Agent), enable boot integrity monitoring with the Guest Attestation extension, find exactly what blocks the VM from reaching Azure Attestation, and fix it safely. Nothing is changed in Azure before you have seen and confirmed it.</source>
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
