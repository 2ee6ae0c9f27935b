"""Regenerate the scenario snapshots in this folder: ``uv run python resources/scenarios/generate.py [TAGS]``.

TAGS is Microsoft's "Azure IP Ranges and Service Tags – Public Cloud" download (default: the reference copy in
/work/shared/data). Each scenario keeps only the service-tag entries it needs (AzureAttestation, the regional
AzureAttestation and AzureCloud entries of its VMs); ``data/service-tag-names.json`` lists every tag name so
the simulator can reject unknown tags the way ARM does.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from core.simulator.builders import TenantBuilder, service_tags_resource

HERE = Path(__file__).resolve().parent
DEFAULT_TAGS = Path("/work/shared/data/ServiceTags_Public_2025-11-09.json")

PROD = "3f2c8a1e-5b7d-4c9e-a1f0-6d2b8e4c7a91"
DEV = "b7e4d2a9-1c3f-4e8b-9d6a-2f5c1e8b3d47"
HUB = "e1a9c3f7-8d2b-4a6e-b5c4-9f7d3a1e6b28"
SUBSCRIPTIONS = {
    PROD: "Contoso Production",
    DEV: "Contoso Development",
    HUB: "Contoso Connectivity",
}
TENANT = "5a1d8e2c-7f43-4b9a-9e61-0c2b7d4f8a35"

ALLOW_ATTESTATION = (
    "Allow-AzureAttestation-Out",
    200,
    "Outbound",
    "Allow",
    "AzureAttestation",
    "443",
    "Tcp",
    "VirtualNetwork",
)


def subscription_entry(sub: str) -> dict[str, Any]:
    return {
        "id": f"/subscriptions/{sub}",
        "authorizationSource": "RoleBased",
        "managedByTenants": [],
        "subscriptionId": sub,
        "tenantId": TENANT,
        "displayName": SUBSCRIPTIONS[sub],
        "state": "Enabled",
        "subscriptionPolicies": {
            "locationPlacementId": "Public_2014-09-01",
            "quotaId": "EnterpriseAgreement_2014-09-01",
            "spendingLimit": "Off",
        },
    }


def spoke(
    b: TenantBuilder,
    name: str,
    space: str,
    subnet: str,
    *,
    nic_nsg: bool = True,
    subnet_nsg: str | None = None,
    rt: str | None = None,
    peer_hub: str | None = None,
) -> tuple[str, str | None]:
    """A VNet with one workload subnet; returns (subnet id, NIC NSG id)."""
    nsg = b.nsg(f"nsg-{name}-nic") if nic_nsg else None
    vnet = b.vnet(
        f"vnet-{name}",
        space,
        [("snet-workload", subnet, subnet_nsg, rt)],
        [("peer-to-hub", peer_hub)] if peer_hub else None,
    )
    return f"{vnet}/subnets/snet-workload", nsg


def hub(location: str, name: str, space: str, fw_ip: str, **firewall: Any) -> tuple[TenantBuilder, str]:
    """A hub VNet in the connectivity subscription with an Azure Firewall; returns (builder, hub vnet id)."""
    h = TenantBuilder(HUB, f"rg-hub-{name}", location)
    vnet = h.vnet(
        f"vnet-hub-{name}",
        space,
        [("AzureFirewallSubnet", space.replace("/16", "/26").replace(".0.0/", ".0.0/"), None, None)],
    )
    pip = h.public_ip(f"pip-fw-{name}", "20.61.14.27" if location == "westeurope" else "51.116.98.140")
    h.firewall(f"fw-hub-{name}", f"{vnet}/subnets/AzureFirewallSubnet", fw_ip, pip, **firewall)
    return h, vnet


def healthy() -> list[TenantBuilder]:
    b = TenantBuilder(PROD, "rg-healthy", "westeurope")
    subnet, nsg = spoke(b, "web01", "10.10.0.0/16", "10.10.1.0/24")
    vm = b.vm("vm-web-01", b.nic("nic-vm-web-01", subnet, "10.10.1.4", nsg_id=nsg), attestation="Succeeded")
    b.simulate(vm, networkBlocked=False)
    return [b]


def not_enabled_windows() -> list[TenantBuilder]:
    b = TenantBuilder(PROD, "rg-app-gwc", "germanywestcentral")
    subnet, nsg = spoke(b, "app02", "10.20.0.0/16", "10.20.1.0/24")
    vm = b.vm("vm-app-02", b.nic("nic-vm-app-02", subnet, "10.20.1.4", nsg_id=nsg))
    b.simulate(vm, networkBlocked=False)
    return [b]


def not_enabled_linux() -> list[TenantBuilder]:
    b = TenantBuilder(DEV, "rg-linux-dev", "eastus")
    subnet, nsg = spoke(b, "lnx03", "10.30.0.0/16", "10.30.1.0/24")
    vm = b.vm(
        "vm-lnx-03", b.nic("nic-vm-lnx-03", subnet, "10.30.1.4", nsg_id=nsg), os_type="Linux", size="Standard_B2s"
    )
    b.simulate(vm, networkBlocked=False)
    return [b]


def secure_boot_off() -> list[TenantBuilder]:
    b = TenantBuilder(PROD, "rg-sql", "westeurope")
    subnet, nsg = spoke(b, "sql04", "10.11.0.0/16", "10.11.1.0/24")
    vm = b.vm(
        "vm-sql-04",
        b.nic("nic-vm-sql-04", subnet, "10.11.1.4", nsg_id=nsg),
        secure_boot=False,
        size="Standard_E4s_v5",
        attestation="Failed",
    )
    b.simulate(vm, networkBlocked=False)
    return [b]


def vtpm_off() -> list[TenantBuilder]:
    b = TenantBuilder(PROD, "rg-build", "westeurope")
    subnet, nsg = spoke(b, "lnx05", "10.12.0.0/16", "10.12.1.0/24")
    vm = b.vm("vm-lnx-05", b.nic("nic-vm-lnx-05", subnet, "10.12.1.4", nsg_id=nsg), os_type="Linux", vtpm=False)
    b.simulate(vm, networkBlocked=False)
    return [b]


def not_trusted_launch() -> list[TenantBuilder]:
    b = TenantBuilder(DEV, "rg-legacy", "eastus")
    subnet, nsg = spoke(b, "legacy06", "10.31.0.0/16", "10.31.1.0/24")
    vm = b.vm("vm-legacy-06", b.nic("nic-vm-legacy-06", subnet, "10.31.1.4", nsg_id=nsg), security_type="Standard")
    b.simulate(vm, networkBlocked=False)
    return [b]


def confidential_vm() -> list[TenantBuilder]:
    b = TenantBuilder(PROD, "rg-confidential", "germanywestcentral")
    subnet, nsg = spoke(b, "cvm16", "10.21.0.0/16", "10.21.1.0/24")
    vm = b.vm(
        "vm-cvm-16",
        b.nic("nic-vm-cvm-16", subnet, "10.21.1.4", nsg_id=nsg),
        security_type="ConfidentialVM",
        size="Standard_DC2as_v5",
        attestation="Succeeded",
    )
    b.simulate(vm, networkBlocked=False)
    return [b]


def nic_nsg_denies_internet() -> list[TenantBuilder]:
    b = TenantBuilder(PROD, "rg-web-locked", "westeurope")
    nsg = b.nsg("nsg-vm-web-07-nic", [("Deny-Internet-Outbound", 100, "Outbound", "Deny", "Internet", "*", "*", "*")])
    vnet = b.vnet("vnet-web07", "10.13.0.0/16", [("snet-workload", "10.13.1.0/24", None, None)])
    vm = b.vm(
        "vm-web-07",
        b.nic("nic-vm-web-07", f"{vnet}/subnets/snet-workload", "10.13.1.4", nsg_id=nsg),
        attestation="Failed",
    )
    b.simulate(vm, networkBlocked=True)
    return [b]


def subnet_nsg_denies() -> list[TenantBuilder]:
    b = TenantBuilder(PROD, "rg-app-locked", "germanywestcentral")
    subnet_nsg = b.nsg(
        "nsg-snet-app",
        [
            ("Deny-All-Outbound", 4000, "Outbound", "Deny", "*", "*", "*", "*"),
            ("Allow-Https-Storage", 300, "Outbound", "Allow", "Storage", "443", "Tcp", "VirtualNetwork"),
        ],
    )
    vnet = b.vnet("vnet-app08", "10.22.0.0/16", [("snet-app", "10.22.1.0/24", subnet_nsg, None)])
    vm = b.vm("vm-app-08", b.nic("nic-vm-app-08", f"{vnet}/subnets/snet-app", "10.22.1.4"), attestation="Failed")
    b.simulate(vm, networkBlocked=True)
    return [b]


def forced_tunnel_classic() -> list[TenantBuilder]:
    h, hub_vnet = hub(
        "westeurope",
        "weu",
        "10.100.0.0/16",
        "10.100.0.4",
        network_collections=[
            {
                "name": "Allow-Infrastructure",
                "priority": 200,
                "rules": [
                    {
                        "name": "Allow-DNS",
                        "protocols": ["UDP", "TCP"],
                        "sourceAddresses": ["10.0.0.0/8"],
                        "destinationAddresses": ["168.63.129.16"],
                        "destinationPorts": ["53"],
                    },
                    {
                        "name": "Allow-NTP",
                        "protocols": ["UDP"],
                        "sourceAddresses": ["10.0.0.0/8"],
                        "destinationAddresses": ["*"],
                        "destinationPorts": ["123"],
                    },
                ],
            }
        ],
        application_collections=[
            {
                "name": "Allow-Updates",
                "priority": 300,
                "rules": [
                    {
                        "name": "Windows-Update",
                        "protocols": [{"protocolType": "Https", "port": 443}],
                        "sourceAddresses": ["10.0.0.0/8"],
                        "fqdnTags": ["WindowsUpdate"],
                        "targetFqdns": [],
                    }
                ],
            }
        ],
    )
    b = TenantBuilder(PROD, "rg-finance", "westeurope")
    rt = b.route_table("rt-spoke-finance", [("default-to-firewall", "0.0.0.0/0", "VirtualAppliance", "10.100.0.4")])
    subnet, nsg = spoke(b, "fin09", "10.14.0.0/16", "10.14.1.0/24", rt=rt, peer_hub=hub_vnet)
    vm = b.vm("vm-fin-09", b.nic("nic-vm-fin-09", subnet, "10.14.1.4", nsg_id=nsg), attestation="Failed")
    b.simulate(vm, networkBlocked=True)
    return [h, b]


def policy_collections(
    extra_network: list[dict[str, Any]] | None = None,
) -> list[tuple[str, int, list[dict[str, Any]]]]:
    network_rules = [
        {
            "ruleType": "NetworkRule",
            "name": "Allow-AzureMonitor",
            "ipProtocols": ["TCP"],
            "sourceAddresses": ["10.0.0.0/8"],
            "destinationAddresses": ["AzureMonitor"],
            "destinationPorts": ["443"],
            "sourceIpGroups": [],
            "destinationIpGroups": [],
            "destinationFqdns": [],
        },
        {
            "ruleType": "NetworkRule",
            "name": "Allow-KeyVault",
            "ipProtocols": ["TCP"],
            "sourceAddresses": ["10.0.0.0/8"],
            "destinationAddresses": ["AzureKeyVault"],
            "destinationPorts": ["443"],
            "sourceIpGroups": [],
            "destinationIpGroups": [],
            "destinationFqdns": [],
        },
        *(extra_network or []),
    ]
    return [
        (
            "DefaultNetworkRuleCollectionGroup",
            200,
            [
                {
                    "ruleCollectionType": "FirewallPolicyFilterRuleCollection",
                    "name": "Allow-Platform",
                    "priority": 200,
                    "action": {"type": "Allow"},
                    "rules": network_rules,
                }
            ],
        )
    ]


def firewall_policy_missing_rule() -> list[TenantBuilder]:
    h = TenantBuilder(HUB, "rg-hub-gwc", "germanywestcentral")
    policy = h.firewall_policy("fwpol-hub-gwc", policy_collections())
    hub_vnet = h.vnet("vnet-hub-gwc", "10.110.0.0/16", [("AzureFirewallSubnet", "10.110.0.0/26", None, None)])
    h.firewall(
        "fw-hub-gwc",
        f"{hub_vnet}/subnets/AzureFirewallSubnet",
        "10.110.0.4",
        h.public_ip("pip-fw-gwc", "51.116.98.140"),
        policy_id=policy,
    )
    b = TenantBuilder(PROD, "rg-hr", "germanywestcentral")
    rt = b.route_table("rt-spoke-hr", [("default-to-firewall", "0.0.0.0/0", "VirtualAppliance", "10.110.0.4")])
    subnet, nsg = spoke(b, "hr10", "10.23.0.0/16", "10.23.1.0/24", rt=rt, peer_hub=hub_vnet)
    vm = b.vm("vm-hr-10", b.nic("nic-vm-hr-10", subnet, "10.23.1.4", nsg_id=nsg), attestation="Failed")
    b.simulate(vm, networkBlocked=True)
    return [h, b]


def firewall_app_rule_only() -> list[TenantBuilder]:
    h = TenantBuilder(HUB, "rg-hub-eus", "eastus")
    groups = [
        *policy_collections(),
        (
            "DefaultApplicationRuleCollectionGroup",
            300,
            [
                {
                    "ruleCollectionType": "FirewallPolicyFilterRuleCollection",
                    "name": "Allow-Attestation-Fqdn",
                    "priority": 310,
                    "action": {"type": "Allow"},
                    "rules": [
                        {
                            "ruleType": "ApplicationRule",
                            "name": "attest-azure-net",
                            "protocols": [{"protocolType": "Https", "port": 443}],
                            "sourceAddresses": ["10.0.0.0/8"],
                            "targetFqdns": ["*.attest.azure.net"],
                            "fqdnTags": [],
                            "targetUrls": [],
                            "webCategories": [],
                            "terminateTLS": False,
                            "sourceIpGroups": [],
                            "destinationAddresses": [],
                        }
                    ],
                }
            ],
        ),
    ]
    policy = h.firewall_policy("fwpol-hub-eus", groups)
    hub_vnet = h.vnet("vnet-hub-eus", "10.120.0.0/16", [("AzureFirewallSubnet", "10.120.0.0/26", None, None)])
    h.firewall(
        "fw-hub-eus",
        f"{hub_vnet}/subnets/AzureFirewallSubnet",
        "10.120.0.4",
        h.public_ip("pip-fw-eus", "20.121.33.18"),
        policy_id=policy,
    )
    b = TenantBuilder(DEV, "rg-analytics", "eastus")
    rt = b.route_table("rt-spoke-analytics", [("default-to-firewall", "0.0.0.0/0", "VirtualAppliance", "10.120.0.4")])
    subnet, nsg = spoke(b, "ana11", "10.32.0.0/16", "10.32.1.0/24", rt=rt, peer_hub=hub_vnet)
    vm = b.vm(
        "vm-ana-11", b.nic("nic-vm-ana-11", subnet, "10.32.1.4", nsg_id=nsg), os_type="Linux", attestation="Succeeded"
    )
    b.simulate(vm, networkBlocked=False)
    return [h, b]


def _deny_everything(name: str) -> dict[str, Any]:
    """A classic network rule that denies everything from the spokes (what a locked-down hub starts with)."""
    return {
        "name": name,
        "protocols": ["Any"],
        "sourceAddresses": ["10.0.0.0/8"],
        "destinationAddresses": ["*"],
        "destinationPorts": ["*"],
    }


def firewall_classic_deny_at_100() -> list[TenantBuilder]:
    h = TenantBuilder(HUB, "rg-hub-weu2", "westeurope")
    hub_vnet = h.vnet("vnet-hub-weu2", "10.130.0.0/16", [("AzureFirewallSubnet", "10.130.0.0/26", None, None)])
    allow_dns = {
        "name": "Allow-DNS",
        "protocols": ["UDP", "TCP"],
        "sourceAddresses": ["10.0.0.0/8"],
        "destinationAddresses": ["168.63.129.16"],
        "destinationPorts": ["53"],
    }
    h.firewall(
        "fw-hub-weu2",
        f"{hub_vnet}/subnets/AzureFirewallSubnet",
        "10.130.0.4",
        h.public_ip("pip-fw-weu2", "20.61.15.90"),
        network_collections=[
            {"name": "Deny-Egress", "priority": 100, "action": "Deny", "rules": [_deny_everything("Deny-All-Out")]},
            {"name": "Allow-Platform-DNS", "priority": 101, "rules": [allow_dns]},
            {"name": "Allow-Branch", "priority": 400, "rules": [{**allow_dns, "name": "Allow-Branch-DNS"}]},
        ],
    )
    b = TenantBuilder(PROD, "rg-treasury", "westeurope")
    rt = b.route_table("rt-spoke-treasury", [("default-to-firewall", "0.0.0.0/0", "VirtualAppliance", "10.130.0.4")])
    subnet, nsg = spoke(b, "fin21", "10.43.0.0/16", "10.43.1.0/24", rt=rt, peer_hub=hub_vnet)
    vm = b.vm("vm-fin-21", b.nic("nic-vm-fin-21", subnet, "10.43.1.4", nsg_id=nsg), attestation="Failed")
    b.simulate(vm, networkBlocked=True)
    return [h, b]


def firewall_policy_deny_at_100() -> list[TenantBuilder]:
    h = TenantBuilder(HUB, "rg-hub-gwc2", "germanywestcentral")
    deny_group = (
        "Baseline-Deny",
        100,
        [
            {
                "ruleCollectionType": "FirewallPolicyFilterRuleCollection",
                "name": "Deny-Egress",
                "priority": 100,
                "action": {"type": "Deny"},
                "rules": [
                    {
                        "ruleType": "NetworkRule",
                        "name": "Deny-All-Out",
                        "ipProtocols": ["Any"],
                        "sourceAddresses": ["10.0.0.0/8"],
                        "destinationAddresses": ["*"],
                        "destinationPorts": ["*"],
                        "sourceIpGroups": [],
                        "destinationIpGroups": [],
                        "destinationFqdns": [],
                    }
                ],
            }
        ],
    )
    policy = h.firewall_policy("fwpol-hub-gwc2", [deny_group, *policy_collections()])
    hub_vnet = h.vnet("vnet-hub-gwc2", "10.140.0.0/16", [("AzureFirewallSubnet", "10.140.0.0/26", None, None)])
    h.firewall(
        "fw-hub-gwc2",
        f"{hub_vnet}/subnets/AzureFirewallSubnet",
        "10.140.0.4",
        h.public_ip("pip-fw-gwc2", "51.116.99.21"),
        policy_id=policy,
    )
    b = TenantBuilder(PROD, "rg-payroll", "germanywestcentral")
    rt = b.route_table("rt-spoke-payroll", [("default-to-firewall", "0.0.0.0/0", "VirtualAppliance", "10.140.0.4")])
    subnet, nsg = spoke(b, "hr22", "10.44.0.0/16", "10.44.1.0/24", rt=rt, peer_hub=hub_vnet)
    vm = b.vm("vm-hr-22", b.nic("nic-vm-hr-22", subnet, "10.44.1.4", nsg_id=nsg), attestation="Failed")
    b.simulate(vm, networkBlocked=True)
    return [h, b]


def route_next_hop_none() -> list[TenantBuilder]:
    b = TenantBuilder(DEV, "rg-isolated", "eastus")
    rt = b.route_table("rt-isolated", [("blackhole-internet", "0.0.0.0/0", "None", None)])
    subnet, nsg = spoke(b, "iso12", "10.33.0.0/16", "10.33.1.0/24", rt=rt)
    vm = b.vm("vm-iso-12", b.nic("nic-vm-iso-12", subnet, "10.33.1.4", nsg_id=nsg), attestation="Failed")
    b.simulate(vm, networkBlocked=True)
    return [b]


def third_party_appliance() -> list[TenantBuilder]:
    b = TenantBuilder(PROD, "rg-dmz", "westeurope")
    vnet = b.vnet(
        "vnet-dmz",
        "10.15.0.0/16",
        [
            ("snet-nva", "10.15.0.0/24", None, None),
            ("snet-workload", "10.15.1.0/24", None, b._id("Microsoft.Network/routeTables", "rt-via-nva")),
        ],
    )
    b.route_table("rt-via-nva", [("default-via-nva", "0.0.0.0/0", "VirtualAppliance", "10.15.0.4")])
    nva = b.vm(
        "vm-nva-01",
        b.nic("nic-vm-nva-01", f"{vnet}/subnets/snet-nva", "10.15.0.4", ip_forwarding=True),
        os_type="Linux",
        security_type=None,
        size="Standard_D4s_v5",
    )
    nsg = b.nsg("nsg-vm-dmz-13-nic")
    vm = b.vm(
        "vm-dmz-13",
        b.nic("nic-vm-dmz-13", f"{vnet}/subnets/snet-workload", "10.15.1.4", nsg_id=nsg),
        attestation="Failed",
    )
    b.simulate(vm, networkBlocked=True)
    b.simulate(nva, networkBlocked=False)
    return [b]


def in_guest_proxy() -> list[TenantBuilder]:
    b = TenantBuilder(DEV, "rg-proxy", "eastus")
    subnet, nsg = spoke(b, "lnx14", "10.34.0.0/16", "10.34.1.0/24")
    vm = b.vm(
        "vm-lnx-14", b.nic("nic-vm-lnx-14", subnet, "10.34.1.4", nsg_id=nsg), os_type="Linux", attestation="Failed"
    )
    b.simulate(
        vm,
        networkBlocked=False,
        inGuestProxy=True,
        runCommandOutput={
            "stdout": "http_proxy=http://proxy.contoso.local:3128\nhttps_proxy=http://proxy.contoso.local:3128\nno_proxy=localhost,127.0.0.1\n"
            "curl: (56) CONNECT tunnel failed, response 403",
            "stderr": "",
        },
    )
    return [b]


def reader_only() -> list[TenantBuilder]:
    b = TenantBuilder(PROD, "rg-reader", "westeurope")
    subnet, nsg = spoke(b, "rdr15", "10.16.0.0/16", "10.16.1.0/24")
    vm = b.vm("vm-web-15", b.nic("nic-vm-web-15", subnet, "10.16.1.4", nsg_id=nsg))
    b.simulate(vm, networkBlocked=False)
    return [b]


def _subnet_props(b: TenantBuilder, vnet_id: str, subnet: str) -> dict[str, Any]:
    vnet = next(r for r in b.resources if r["id"] == vnet_id)
    found: dict[str, Any] = next(x for x in vnet["properties"]["subnets"] if x["name"] == subnet)["properties"]
    return found


def _network_resource(b: TenantBuilder, kind: str, name: str, props: dict[str, Any], **top: Any) -> str:
    """A Microsoft.Network resource the builders have no helper for (same shape as theirs)."""
    resource = b._network(kind, name, props)
    resource.update(top)
    return str(resource["id"])


def forced_tunnel_vpn_bgp() -> list[TenantBuilder]:
    b = TenantBuilder(PROD, "rg-ops", "westeurope")
    nsg = b.nsg("nsg-vm-ops-17-nic")
    vnet = b.vnet(
        "vnet-ops17",
        "10.17.0.0/16",
        [("snet-workload", "10.17.1.0/24", None, None), ("GatewaySubnet", "10.17.255.0/27", None, None)],
    )
    pip = b.public_ip("pip-vgw-ops", "20.61.77.14")
    _network_resource(
        b,
        "virtualNetworkGateways",
        "vgw-ops",
        {
            "gatewayType": "Vpn",
            "vpnType": "RouteBased",
            "enableBgp": True,
            "activeActive": False,
            "sku": {"name": "VpnGw2AZ", "tier": "VpnGw2AZ"},
            "bgpSettings": {"asn": 65515, "bgpPeeringAddress": "10.17.255.30", "peerWeight": 0},
            "ipConfigurations": [
                {
                    "name": "default",
                    "properties": {
                        "privateIPAllocationMethod": "Dynamic",
                        "subnet": {"id": f"{vnet}/subnets/GatewaySubnet"},
                        "publicIPAddress": {"id": pip},
                    },
                }
            ],
        },
    )
    nic = b.nic("nic-vm-ops-17", f"{vnet}/subnets/snet-workload", "10.17.1.4", nsg_id=nsg)
    vm = b.vm("vm-ops-17", nic, attestation="Failed")
    b.simulate(vm, networkBlocked=True)

    def route(source: str, state: str, prefix: str, hop: str, ips: list[str]) -> dict[str, Any]:
        return {
            "disableBgpRoutePropagation": False,
            "source": source,
            "state": state,
            "addressPrefix": [prefix],
            "nextHopType": hop,
            "nextHopIpAddress": ips,
        }

    # As Azure returns it: the on-premises default route learned over BGP replaces the system route to Internet.
    b.actions[f"{nic}/effectiveRouteTable"] = {
        "value": [
            route("Default", "Active", "10.17.0.0/16", "VnetLocal", []),
            route("Default", "Invalid", "0.0.0.0/0", "Internet", []),
            route("Default", "Active", "10.0.0.0/8", "None", []),
            route("Default", "Active", "172.16.0.0/12", "None", []),
            route("Default", "Active", "100.64.0.0/10", "None", []),
            route("VirtualNetworkGateway", "Active", "192.168.0.0/16", "VirtualNetworkGateway", ["10.17.255.30"]),
            route("VirtualNetworkGateway", "Active", "0.0.0.0/0", "VirtualNetworkGateway", ["10.17.255.30"]),
        ]
    }
    return [b]


def avnm_deny() -> list[TenantBuilder]:
    b = TenantBuilder(PROD, "rg-payments", "germanywestcentral")
    nsg = b.nsg("nsg-vm-pay-18-nic", [ALLOW_ATTESTATION])
    vnet = b.vnet("vnet-pay18", "10.24.0.0/16", [("snet-workload", "10.24.1.0/24", None, None)])
    vm = b.vm(
        "vm-pay-18",
        b.nic("nic-vm-pay-18", f"{vnet}/subnets/snet-workload", "10.24.1.4", nsg_id=nsg),
        attestation="Failed",
    )
    b.simulate(vm, networkBlocked=True)
    h = TenantBuilder(HUB, "rg-avnm", "germanywestcentral")
    nm = h._id("Microsoft.Network/networkManagers", "nm-contoso")
    h.resources.append(
        {
            "name": "nm-contoso",
            "id": nm,
            "etag": '"1"',
            "type": "Microsoft.Network/networkManagers",
            "location": "germanywestcentral",
            "properties": {
                "provisioningState": "Succeeded",
                "description": "Contoso security baseline",
                "networkManagerScopes": {"managementGroups": [], "subscriptions": [f"/subscriptions/{PROD}"]},
                "networkManagerScopeAccesses": ["SecurityAdmin"],
                "resourceGuid": "5f8d2a71-0c4e-4b9a-8e13-2d7c6b1a9f40",
            },
        }
    )

    def child(path: str, child_type: str, props: dict[str, Any], **top: Any) -> str:
        rid = f"{nm}/{path}"
        h.resources.append(
            {
                "name": path.rsplit("/", 1)[-1],
                "id": rid,
                "etag": '"1"',
                "type": f"Microsoft.Network/networkManagers/{child_type}",
                "properties": {"provisioningState": "Succeeded", **props},
                **top,
            }
        )
        return rid

    group = child(
        "networkGroups/ng-spokes", "networkGroups", {"description": "All spoke VNets", "memberType": "VirtualNetwork"}
    )
    child(
        "networkGroups/ng-spokes/staticMembers/vnet-pay18",
        "networkGroups/staticMembers",
        {"resourceId": vnet, "region": "germanywestcentral"},
    )
    child("securityAdminConfigurations/sac-baseline", "securityAdminConfigurations", {"description": "Egress baseline"})
    base = "securityAdminConfigurations/sac-baseline/ruleCollections/rc-egress"
    child(
        base,
        "securityAdminConfigurations/ruleCollections",
        {"description": "Internet egress", "appliesToGroups": [{"networkGroupId": group}]},
    )

    def admin_rule(name: str, priority: int, access: str, destination: tuple[str, str], ports: list[str]) -> None:
        child(
            f"{base}/rules/{name}",
            "securityAdminConfigurations/ruleCollections/rules",
            {
                "description": "",
                "protocol": "Tcp" if ports else "Any",
                "sources": [{"addressPrefix": "*", "addressPrefixType": "IPPrefix"}],
                "destinations": [{"addressPrefix": destination[0], "addressPrefixType": destination[1]}],
                "sourcePortRanges": [],
                "destinationPortRanges": ports,
                "access": access,
                "priority": priority,
                "direction": "Outbound",
            },
            kind="Custom",
        )

    admin_rule("Allow-AzureMonitor", 100, "AlwaysAllow", ("AzureMonitor", "ServiceTag"), ["443"])
    admin_rule("Deny-Internet-Egress", 200, "Deny", ("Internet", "ServiceTag"), [])
    return [b, h]


def no_outbound_access() -> list[TenantBuilder]:
    b = TenantBuilder(DEV, "rg-data", "eastus")
    subnet, nsg = spoke(b, "db19", "10.35.0.0/16", "10.35.1.0/24")
    _subnet_props(b, subnet.rsplit("/subnets/", 1)[0], "snet-workload")["defaultOutboundAccess"] = False
    vm = b.vm("vm-db-19", b.nic("nic-vm-db-19", subnet, "10.35.1.4", nsg_id=nsg), os_type="Linux", attestation="Failed")
    b.simulate(vm, networkBlocked=True)
    return [b]


PROVIDER_HOST = "contosoattest.weu.attest.azure.net"


def private_endpoint_provider() -> list[TenantBuilder]:
    b = TenantBuilder(PROD, "rg-secure", "westeurope")
    nsg = b.nsg("nsg-vm-sec-20-nic", [("Deny-Internet-Outbound", 4000, "Outbound", "Deny", "Internet", "*", "*", "*")])
    vnet = b.vnet(
        "vnet-sec20",
        "10.18.0.0/16",
        [("snet-workload", "10.18.1.0/24", None, None), ("snet-endpoints", "10.18.2.0/24", None, None)],
    )
    _subnet_props(b, vnet, "snet-workload")["defaultOutboundAccess"] = False
    provider = b._id("Microsoft.Attestation/attestationProviders", "contosoattest")
    endpoint = b._id("Microsoft.Network/privateEndpoints", "pe-contosoattest")
    _network_resource(
        b,
        "privateEndpoints",
        "pe-contosoattest",
        {
            "subnet": {"id": f"{vnet}/subnets/snet-endpoints"},
            "privateLinkServiceConnections": [
                {
                    "name": "pe-contosoattest",
                    "id": f"{endpoint}/privateLinkServiceConnections/pe-contosoattest",
                    "type": "Microsoft.Network/privateEndpoints/privateLinkServiceConnections",
                    "properties": {
                        "provisioningState": "Succeeded",
                        "privateLinkServiceId": provider,
                        "groupIds": ["standard"],
                        "privateLinkServiceConnectionState": {
                            "status": "Approved",
                            "description": "Auto-Approved",
                            "actionsRequired": "None",
                        },
                    },
                }
            ],
            "manualPrivateLinkServiceConnections": [],
            "networkInterfaces": [{"id": b._id("Microsoft.Network/networkInterfaces", "pe-contosoattest.nic")}],
            "customDnsConfigs": [{"fqdn": PROVIDER_HOST, "ipAddresses": ["10.18.2.4"]}],
            "ipConfigurations": [],
        },
    )
    vm = b.vm(
        "vm-sec-20",
        b.nic("nic-vm-sec-20", f"{vnet}/subnets/snet-workload", "10.18.1.4", nsg_id=nsg),
        attestation="Succeeded",
    )
    ext = next(r for r in b.resources if r["id"] == f"{vm}/extensions/GuestAttestation")
    settings = copy.deepcopy(ext["properties"]["settings"])
    settings["AttestationConfig"]["MaaSettings"]["maaEndpoint"] = f"https://{PROVIDER_HOST}"
    ext["properties"]["settings"] = settings
    b.simulate(vm, networkBlocked=False)
    return [b]


# -- Trusted Launch upgrade (issue 17) ------------------------------------------------------------------------


def _vm_resource(b: TenantBuilder, vm_id: str) -> dict[str, Any]:
    return next(r for r in b.resources if r["id"] == vm_id)


def _os_disk(b: TenantBuilder, vm_id: str, generation: str) -> None:
    """The VM's managed OS disk as Microsoft.Compute/disks returns it, with its Hyper-V generation."""
    vm = _vm_resource(b, vm_id)
    os_disk = vm["properties"]["storageProfile"]["osDisk"]
    vm["properties"]["instanceView"]["hyperVGeneration"] = generation
    disk_id = os_disk["managedDisk"]["id"]
    b.resources.append(
        {
            "id": disk_id,
            "name": disk_id.rsplit("/", 1)[1],
            "type": "Microsoft.Compute/disks",
            "location": vm["location"],
            "managedBy": vm_id,
            "sku": {"name": "Premium_LRS", "tier": "Premium"},
            "properties": {
                "osType": os_disk["osType"],
                "hyperVGeneration": generation,
                "diskSizeGB": os_disk["diskSizeGB"],
                "diskState": "Attached",
                "provisioningState": "Succeeded",
                "timeCreated": "2025-09-15T08:30:12.1234567+00:00",
            },
        }
    )


def _feature(b: TenantBuilder, name: str, state: str) -> None:
    b.resources.append(
        {
            "id": f"/subscriptions/{b.subscription}/providers/Microsoft.Features/providers/Microsoft.Compute"
            f"/features/{name}",
            "type": "Microsoft.Features/providers/features",
            "name": f"Microsoft.Compute/{name}",
            "properties": {"state": state},
        }
    )


def upgrade_gen2_standard() -> list[TenantBuilder]:
    b = TenantBuilder(PROD, "rg-upgrade", "westeurope")
    subnet, nsg = spoke(b, "std41", "10.17.0.0/16", "10.17.1.0/24")
    vm = b.vm("vm-std-41", b.nic("nic-vm-std-41", subnet, "10.17.1.4", nsg_id=nsg), security_type=None)
    _os_disk(b, vm, "V2")
    _feature(b, "UseStandardSecurityType", "Registered")
    b.simulate(vm, networkBlocked=False)
    return [b]


def upgrade_gen1() -> list[TenantBuilder]:
    b = TenantBuilder(DEV, "rg-gen1", "eastus")
    subnet, nsg = spoke(b, "gen1", "10.37.0.0/16", "10.37.1.0/24")
    vm = b.vm(
        "vm-gen1-42",
        b.nic("nic-vm-gen1-42", subnet, "10.37.1.4", nsg_id=nsg),
        security_type=None,
        size="Standard_D2s_v3",
    )
    resource = _vm_resource(b, vm)
    resource["properties"]["storageProfile"]["imageReference"]["sku"] = "2019-Datacenter"
    resource["properties"]["instanceView"].update(osName="Windows Server 2019 Datacenter", osVersion="10.0.17763.6414")
    _os_disk(b, vm, "V1")
    b.simulate(
        vm,
        networkBlocked=False,
        runCommandOutput={
            "stdout": "MBR2GPT: Attempting to validate disk 0\nMBR2GPT: Retrieving layout of disk\n"
            "MBR2GPT: Validating layout, disk sector size is: 512\nMBR2GPT: Validation completed successfully\n"
            "BitLocker: Protection Off\n",
            "stderr": "",
        },
    )
    return [b]


def upgrade_size_unsupported() -> list[TenantBuilder]:
    b = TenantBuilder(PROD, "rg-sap", "westeurope")
    subnet, nsg = spoke(b, "sap43", "10.18.0.0/16", "10.18.1.0/24")
    vm = b.vm(
        "vm-sap-43",
        b.nic("nic-vm-sap-43", subnet, "10.18.1.4", nsg_id=nsg),
        os_type="Linux",
        security_type=None,
        size="Standard_M64",
    )
    _os_disk(b, vm, "V2")
    b.simulate(vm, networkBlocked=False)
    return [b]


READER_PRINCIPAL = {
    "displayName": "Helpdesk Trainee",
    "userPrincipalName": "trainee@contoso.com",
    "objectId": "9c4e7a21-3b58-4f6d-8e12-7a5c9d3b1f64",
    "type": "User",
    "roleAssignments": [{"scope": f"/subscriptions/{PROD}", "roleDefinitionName": "Reader"}],
}

SCENARIOS: dict[str, Any] = {
    "healthy": healthy,
    "monitoring-not-enabled-windows": not_enabled_windows,
    "monitoring-not-enabled-linux": not_enabled_linux,
    "secure-boot-off": secure_boot_off,
    "vtpm-off": vtpm_off,
    "not-trusted-launch": not_trusted_launch,
    "confidential-vm": confidential_vm,
    "nic-nsg-denies-internet": nic_nsg_denies_internet,
    "subnet-nsg-denies": subnet_nsg_denies,
    "forced-tunnel-firewall-classic": forced_tunnel_classic,
    "firewall-policy-missing-rule": firewall_policy_missing_rule,
    "firewall-app-rule-only": firewall_app_rule_only,
    "firewall-classic-deny-at-100": firewall_classic_deny_at_100,
    "firewall-policy-deny-at-100": firewall_policy_deny_at_100,
    "route-next-hop-none": route_next_hop_none,
    "third-party-appliance": third_party_appliance,
    "in-guest-proxy": in_guest_proxy,
    "reader-only": reader_only,
    "forced-tunnel-vpn-bgp": forced_tunnel_vpn_bgp,
    "avnm-deny": avnm_deny,
    "no-outbound-access": no_outbound_access,
    "private-endpoint-provider": private_endpoint_provider,
    "upgrade-gen2-standard": upgrade_gen2_standard,
    "upgrade-gen1": upgrade_gen1,
    "upgrade-size-unsupported": upgrade_size_unsupported,
}


def tag_entries(tags: dict[str, Any], locations: set[str]) -> list[dict[str, Any]]:
    by_name = {v["name"]: v for v in tags["values"]}
    wanted = [by_name["AzureAttestation"]]
    for location in sorted(locations):
        regional = next((v for v in tags["values"] if v["name"].lower() == f"azureattestation.{location}"), None)
        if regional is None:
            continue
        wanted.append(regional)
        region_code = regional["properties"]["region"]
        cloud = by_name.get(f"AzureCloud.{region_code}")
        if cloud:
            wanted.append(cloud)
    return wanted


def build(name: str, tags: dict[str, Any]) -> dict[str, Any]:
    builders = SCENARIOS[name]()
    resources = [r for b in builders for r in b.resources]
    simulation = {k: v for b in builders for k, v in b.simulation_vms.items()}
    actions = {k: v for b in builders for k, v in b.actions.items()}
    locations = {r["location"] for r in resources if "location" in r}
    subs = sorted({b.subscription for b in builders}, key=list(SUBSCRIPTIONS).index)
    focus = next(vm for vm in simulation if "/vm-nva-" not in vm)
    resources.append(service_tags_resource(subs[0], tag_entries(tags, locations), tags["changeNumber"]))
    snapshot: dict[str, Any] = {
        "subscriptions": [subscription_entry(s) for s in subs],
        "resources": resources,
        "simulation": {"focusVm": focus, "vms": simulation},
    }
    if actions:  # POST-action results recorded as Azure returned them (what configuration cannot show)
        snapshot["actions"] = actions
    if name == "reader-only":
        snapshot["principal"] = READER_PRINCIPAL
    return snapshot


def main() -> None:
    tags_path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TAGS
    tags = json.loads(tags_path.read_text(encoding="utf-8-sig"))
    for name in SCENARIOS:
        (HERE / f"{name}.json").write_text(json.dumps(build(name, tags), indent=1) + "\n", encoding="utf-8")
    data = HERE / "data"
    data.mkdir(exist_ok=True)
    names = sorted(v["name"] for v in tags["values"])
    (data / "service-tag-names.json").write_text(json.dumps(names, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {len(SCENARIOS)} scenarios and {len(names)} service tag names to {HERE}")


if __name__ == "__main__":
    main()
