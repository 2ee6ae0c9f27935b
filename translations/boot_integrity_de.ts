<?xml version='1.0' encoding='utf-8'?>
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
        <source>The IP group {ip_group} used by firewall rule {rule} could not be read; the rule's effect is unknown.</source>
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
        <source>The firewall's built-in infrastructure rule collection is assumed not to allow Azure Attestation.</source>
        <translation>Es wird angenommen, dass die integrierte Infrastrukturregelsammlung der Firewall Azure Attestation nicht erlaubt.</translation>
    </message>
    <message>
        <source>The service tag {tag} in firewall rule {rule} is unknown; the rule's effect is unknown.</source>
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
        <source>This is a Standard generation 1 VM. Boot integrity monitoring needs Trusted Launch. First convert the OS disk from MBR to GPT (Microsoft's Gen1-to-Trusted-Launch upgrade), then stop (deallocate) the VM, set the security type to Trusted Launch with Secure Boot and vTPM on, and start it again.</source>
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
        <source>The VM's power state is not known. Installing the extension and attesting need a running VM.</source>
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
        <source>The extension attests against {endpoint} instead of the region's default provider. The network checks use this address.</source>
        <translation>Die Erweiterung führt den Nachweis gegen {endpoint} statt gegen den Standardanbieter der Region durch. Die Netzwerkprüfungen verwenden diese Adresse.</translation>
    </message>
    <message>
        <source>Route {route} in route table {route_table} sends traffic for {prefix} to next hop None, which drops traffic to Azure Attestation. Remove the route or point it to your firewall.</source>
        <translation>Die Route {route} in der Routentabelle {route_table} leitet Datenverkehr für {prefix} an den nächsten Hop „Keiner“ weiter und verwirft damit Datenverkehr zu Azure Attestation. Entfernen Sie die Route, oder leiten Sie sie an Ihre Firewall weiter.</translation>
    </message>
    <message>
        <source>Azure's system route for {prefix} drops traffic to Azure Attestation (next hop None).</source>
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
        <source>Rule {rule} (priority {priority}) in network security group {nsg} on the VM's network interface blocks outbound {protocol} port {port} to Azure Attestation. The VM cannot reach the attestation service until an outbound rule allowing the service tag AzureAttestation has a lower priority number.</source>
        <translation>Die Regel {rule} (Priorität {priority}) in der Netzwerksicherheitsgruppe {nsg} an der Netzwerkschnittstelle der VM blockiert ausgehenden {protocol}-Datenverkehr an Port {port} zu Azure Attestation. Die VM kann den Nachweisdienst erst erreichen, wenn eine ausgehende Sicherheitsregel, die das Diensttag AzureAttestation zulässt, eine niedrigere Prioritätsnummer hat.</translation>
    </message>
    <message>
        <source>Rule {rule} (priority {priority}) in network security group {nsg} on the VM's subnet blocks outbound {protocol} port {port} to Azure Attestation. The VM cannot reach the attestation service until an outbound rule allowing the service tag AzureAttestation has a lower priority number.</source>
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
        <source>Rule {rule} (priority {priority}) in network security group {nsg} applies only to members of the application security group {asg}. The VM's network interface is not a member, so the rule does not apply to it.</source>
        <translation>Die Regel {rule} (Priorität {priority}) in der Netzwerksicherheitsgruppe {nsg} gilt nur für Mitglieder der Anwendungssicherheitsgruppe {asg}. Die Netzwerkschnittstelle der VM ist kein Mitglied, daher gilt die Regel für sie nicht.</translation>
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
        <source>Connect to &amp;real Azure with the Azure CLI sign-in (az login)</source>
        <translation>Mit dem &amp;echten Azure über die Azure CLI-Anmeldung verbinden (az login)</translation>
    </message>
    <message>
        <source>The demo tenant runs on this computer. No data leaves it and nothing in Azure is changed.</source>
        <translation>Der Demomandant läuft auf diesem Computer. Es verlassen keine Daten den Computer, und in Azure wird nichts geändert.</translation>
    </message>
    <message>
        <source>The wizard uses the account you signed in with in the Azure CLI. Run 'az login' first if you have not done so.</source>
        <translation>Der Assistent verwendet das Konto, mit dem Sie sich in der Azure CLI angemeldet haben. Führen Sie zuerst „az login“ aus, falls Sie das noch nicht getan haben.</translation>
    </message>
</context>
</TS>