"""What each built-in scenario shows: a title and a short story for the demo (English, marked for Qt)."""

from __future__ import annotations

from typing import NamedTuple

from core.i18n import QT_TRANSLATE_NOOP


class ScenarioStory(NamedTuple):
    title: str
    story: str


STORIES: dict[str, ScenarioStory] = {
    "demo": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Contoso demo tenant"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "Three subscriptions with VMs in West Europe, Germany West Central and East US. Each VM shows one "
            "typical situation: healthy, monitoring not enabled, Secure Boot or vTPM off, not Trusted Launch, "
            "blocked by an NSG, a route, Azure Firewall, a third-party appliance or an in-guest proxy.",
        ),
    ),
    "healthy": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Healthy VM"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-web-01 is a Trusted Launch Windows VM with Secure Boot and vTPM on. The Guest Attestation "
            "extension is installed and reports success; the NSG on its NIC keeps the default rules, so "
            "Azure Attestation is reachable. Nothing needs to be fixed.",
        ),
    ),
    "monitoring-not-enabled-windows": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Monitoring not enabled (Windows)"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-app-02 is a Trusted Launch Windows VM with Secure Boot and vTPM on, but the Guest Attestation "
            "extension is not installed, so boot integrity is not monitored. The network allows Azure "
            "Attestation; installing the extension is all it takes.",
        ),
    ),
    "monitoring-not-enabled-linux": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Monitoring not enabled (Linux)"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-lnx-03 is a Trusted Launch Ubuntu VM with Secure Boot and vTPM on, without the Guest "
            "Attestation extension. The wizard installs the Linux extension "
            "(Microsoft.Azure.Security.LinuxAttestation); the network already allows Azure Attestation.",
        ),
    ),
    "secure-boot-off": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Secure Boot off"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-sql-04 is a Trusted Launch VM with vTPM on but Secure Boot off. Attestation fails without "
            "Secure Boot, so its Guest Attestation extension reports a failure. Turning Secure Boot on "
            "restarts the VM; afterwards the extension reports success.",
        ),
    ),
    "vtpm-off": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "vTPM off"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-lnx-05 is a Trusted Launch Linux VM with Secure Boot on but vTPM off, and without the Guest "
            "Attestation extension. vTPM must be turned on first (this restarts the VM); then the extension "
            "can be installed.",
        ),
    ),
    "not-trusted-launch": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Not a Trusted Launch VM"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-legacy-06 uses the Standard security type. Boot integrity monitoring needs Trusted Launch; "
            "converting requires deallocating the VM, so the wizard explains the steps instead of changing "
            "it on its own.",
        ),
    ),
    "confidential-vm": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Confidential VM"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-cvm-16 is a Confidential VM with Secure Boot and vTPM on and the Guest Attestation extension "
            "reporting success. Confidential VMs are eligible for boot integrity monitoring just like "
            "Trusted Launch VMs.",
        ),
    ),
    "nic-nsg-denies-internet": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "NIC NSG denies Internet"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "The NSG nsg-vm-web-07-nic on the network interface of vm-web-07 has the outbound rule "
            "Deny-Internet-Outbound (priority 100) that denies all traffic to the Internet service tag. It "
            "also blocks Azure Attestation, so the Guest Attestation extension fails. Fix: an outbound Allow "
            "rule to the AzureAttestation service tag on TCP 443 with a lower priority number.",
        ),
    ),
    "subnet-nsg-denies": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Subnet NSG denies outbound traffic"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-app-08 has no NSG on its NIC, but the NSG nsg-snet-app on subnet snet-app has the outbound "
            "rule Deny-All-Outbound (priority 4000); only Storage is allowed before it. Azure Attestation is "
            "blocked and the Guest Attestation extension fails. Fix: allow the AzureAttestation service tag "
            "on TCP 443 in nsg-snet-app.",
        ),
    ),
    "forced-tunnel-firewall-classic": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Forced tunneling through Azure Firewall (classic rules)"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "The route table rt-spoke-finance sends all traffic of vm-fin-09 (0.0.0.0/0) to the Azure "
            "Firewall fw-hub-weu at 10.100.0.4. Its classic rules allow only DNS, NTP and Windows Update, so "
            "the firewall denies Azure Attestation by default. Fix: a network rule collection that allows "
            "the AzureAttestation service tag on TCP 443.",
        ),
    ),
    "firewall-classic-deny-at-100": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Azure Firewall deny collection at priority 100 (classic rules)"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-fin-21 sends all traffic to the Azure Firewall fw-hub-weu2, whose network rule collection "
            "Deny-Egress has the lowest possible priority, 100, and denies everything from the spokes. Nothing "
            "can go ahead of it, so the fix moves Deny-Egress and the collection right behind it up by one, with "
            "your separate consent, and adds an allow collection at priority 100. Undo restores the priorities.",
        ),
    ),
    "firewall-policy-deny-at-100": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Firewall policy deny group at priority 100"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-hr-22 sends all traffic to the Azure Firewall fw-hub-gwc2. Its firewall policy fwpol-hub-gwc2 "
            "starts with the rule collection group Baseline-Deny at priority 100, the lowest possible, which "
            "denies everything from the spokes. With your separate consent the fix moves that group to 101 and "
            "adds a rule collection group at 100 that allows Azure Attestation. Undo restores the priority.",
        ),
    ),
    "firewall-policy-missing-rule": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Firewall policy missing a rule"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-hr-10 is forced through the Azure Firewall fw-hub-gwc (10.110.0.4), which is managed by the "
            "firewall policy fwpol-hub-gwc. The rule collection group DefaultNetworkRuleCollectionGroup "
            "allows only Azure Monitor and Key Vault, so Azure Attestation is denied by default. Fix: a "
            "network rule for the AzureAttestation service tag on TCP 443 in that group.",
        ),
    ),
    "firewall-app-rule-only": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Only an application rule for the FQDN"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-ana-11 goes through the Azure Firewall fw-hub-eus. The policy fwpol-hub-eus has no network "
            "rule for Azure Attestation, but the application rule attest-azure-net allows HTTPS to "
            "*.attest.azure.net, which Microsoft documents as sufficient. Attestation works; the wizard "
            "reports that it depends on this FQDN rule.",
        ),
    ),
    "route-next-hop-none": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Route with next hop None"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "The route table rt-isolated on the subnet of vm-iso-12 has the route blackhole-internet: "
            "0.0.0.0/0 with next hop None. Azure drops all traffic to Azure Attestation, so the Guest "
            "Attestation extension fails. Fix: a route for the AzureAttestation service tag with next hop "
            "Internet, or remove the blackhole route.",
        ),
    ),
    "third-party-appliance": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Third-party network appliance"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "The route table rt-via-nva sends the traffic of vm-dmz-13 to the network virtual appliance "
            "vm-nva-01 at 10.15.0.4, which is not an Azure Firewall. The wizard cannot see its rules and "
            "reports the result as unknown; the appliance drops the traffic, so ask its owner to allow "
            "*.attest.azure.net on TCP 443.",
        ),
    ),
    "in-guest-proxy": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Proxy inside the VM"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "NSGs and routes allow Azure Attestation for vm-lnx-14, yet the Guest Attestation extension "
            "fails: the operating system sends HTTPS through the proxy proxy.contoso.local:3128, which "
            "refuses the connection. A run command shows the proxy settings; the fix happens inside the VM.",
        ),
    ),
    "reader-only": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Signed in with Reader role only"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "The signed-in user has only the Reader role on Contoso Production. The wizard can list "
            "vm-web-15 and find that monitoring is not enabled, but installing the extension or reading "
            "effective security rules fails with AuthorizationFailed. Someone with Contributor rights must "
            "make the change.",
        ),
    ),
    "large-tenant": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Large tenant"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "Over 5,000 VMs in 60 subscriptions, a generated mix of Trusted Launch, Confidential and "
            "Standard VMs with and without the Guest Attestation extension. Use it to check listing, paging "
            "and responsiveness at scale.",
        ),
    ),
    "probe-healthy": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "In-guest check: healthy"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-lnx-21 is a Trusted Launch Ubuntu VM in Sweden Central with Guest Attestation installed and "
            "working. The check inside the VM confirms it: the attestation host resolves, TCP 443 and TLS with a "
            "Microsoft certificate work, no proxy is set, and IMDS and the wire server answer.",
        ),
    ),
    "probe-proxy": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "In-guest check: proxy"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-lnx-22 in West Europe reports a failed Guest Attestation extension although every NSG and route "
            "allows Azure Attestation. The check inside the VM finds a proxy in the agent's environment, "
            "/etc/environment and a waagent drop-in, and the proxy refuses the connection to the attestation "
            "host.",
        ),
    ),
    "probe-dns-failure": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "In-guest check: DNS failure"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-app-23 is a Windows VM in Germany West Central that uses the company's own DNS servers. They do "
            "not resolve the shared attestation host, so the Guest Attestation extension fails although the "
            "network path is open.",
        ),
    ),
    "probe-tls-inspection": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "In-guest check: TLS inspection"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-lnx-24 in France Central reaches the attestation host, but the certificate it receives was issued "
            "by Contoso's outbound inspection CA instead of Microsoft. A TLS-inspecting firewall breaks "
            "attestation; the host must be excluded from inspection.",
        ),
    ),
    "probe-os-firewall": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "In-guest check: OS firewall"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-app-25 is a Windows VM in East US hardened with a baseline that adds an outbound Windows Firewall "
            "rule blocking port 443. The NSGs allow Azure Attestation, but the operating system firewall stops "
            "the connection.",
        ),
    ),
    "forced-tunnel-vpn-bgp": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Forced tunneling over a VPN gateway"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-ops-17 has no route table at all, yet its default route points on-premises: the VPN gateway "
            "learned 0.0.0.0/0 over BGP. Only Azure's effective routes show it. The path leaves Azure's view, so "
            "the result is unknown and the on-premises firewall must allow Azure Attestation.",
        ),
    ),
    "avnm-deny": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Virtual Network Manager admin rule denies"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-pay-18's NSG allows Azure Attestation, but a security admin rule of the Virtual Network Manager "
            "nm-contoso denies internet egress for all spoke VNets. Admin rules come before NSGs, so no NSG rule "
            "can help; the network team has to add an admin rule.",
        ),
    ),
    "no-outbound-access": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Subnet without outbound access"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-db-19 sits in a private subnet (default outbound access off) without a NAT gateway, public IP or "
            "load balancer outbound rule. NSGs and routes allow the traffic, but it has no way out.",
        ),
    ),
    "private-endpoint-provider": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Custom provider behind a private endpoint"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-sec-20 attests against the custom provider contosoattest through a private endpoint in its own "
            "VNet. The traffic stays private: its NSG denies the internet and its subnet has no way out, and "
            "attestation still works.",
        ),
    ),
    "defender-unhealthy-path-ok": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Defender reports unhealthy, the path is open"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-web-61 is a healthy-looking Trusted Launch Windows VM: the extension succeeded and nothing blocks "
            "Azure Attestation. Defender for Cloud (Defender for Servers on) still rates its guest attestation "
            "unhealthy, as assessed hours ago: the two views disagree and the wizard explains why.",
        ),
    ),
    "policy-do-not-enforce": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Policy assigned, but DoNotEnforce"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-lnx-62 is a Trusted Launch Linux VM without the Guest Attestation extension. The built-in "
            "Guest Attestation initiative is assigned to its resource group, but with enforcement mode "
            "DoNotEnforce, so it only reports the VM as non-compliant and installs nothing.",
        ),
    ),
    "policy-identity-missing-role": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Policy identity lacks a role"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-app-63 is a Trusted Launch Windows VM without the extension. The Guest Attestation initiative is "
            "assigned and enforced, but its managed identity was never given Virtual Machine Contributor, so "
            "every remediation fails.",
        ),
    ),
    "upgrade-gen2-standard": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Upgrade to Trusted Launch"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-std-41 is a Generation 2 Windows VM with the Standard security type on a size that supports "
            "Trusted Launch. The wizard checks it, takes a restore point, deallocates it, switches it to Trusted "
            "Launch with Secure Boot and vTPM, starts it and turns on boot integrity monitoring. The subscription "
            "has UseStandardSecurityType registered, so the upgrade can be rolled back.",
        ),
    ),
    "upgrade-gen1": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Generation 1 VM"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-gen1-42 is a Generation 1 Windows Server 2019 VM: its OS disk boots with BIOS from MBR. Trusted "
            "Launch needs a conversion inside the VM first, so the upgrade is refused; a read-only check shows "
            "whether MBR2GPT could convert the disk.",
        ),
    ),
    "upgrade-size-unsupported": ScenarioStory(
        QT_TRANSLATE_NOOP("Scenarios", "Size without Trusted Launch"),
        QT_TRANSLATE_NOOP(
            "Scenarios",
            "vm-sap-43 is a Generation 2 Linux VM on Standard_M64, a size that Azure marks TrustedLaunchDisabled. "
            "The upgrade is refused until the VM is resized.",
        ),
    ),
}
