"""A generated fleet tenant for fleet mode: thousands of VMs in hundreds of subscriptions, deterministic.

Every VM's status is chosen first and then written as ARM JSON, so the tenant knows its own counts
(:attr:`GeneratedFleet.counts`) independently of how the product reads them back. Shared blockers are real ARM
configuration that the diagnosis evaluates: subnet NSGs that deny the internet (some shared by both subnets of a
landing zone), spokes whose default route leads to the hub's Azure Firewall (a policy without an allow rule for
Azure Attestation), a null route, and a few VMs whose own NIC NSG denies. Landing zone 1 also has the subnet
``snet-legacy``: ``blocked_subnet_vms`` VMs behind one blocking NSG, the "fix it once" case.

Defender for Cloud's assessment "Guest attestation status should be healthy" (b7604066…) is in the snapshot's
``securityResources`` for subscriptions with Defender on; ``managementGroups`` puts the subscriptions into a
small hierarchy; scale sets carry the Guest Attestation extension in their model.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from typing import Any

from core.fleet.status import FleetStatus
from core.resources import resource_path
from core.simulator.builders import GA_PUBLISHER, IMAGES, TenantBuilder, stable_guid

REGIONS = ("westeurope", "germanywestcentral", "northeurope", "swedencentral", "francecentral")
HEALTH_ASSESSMENT = "b7604066-ed76-45f9-a5c1-c97e4812dc55"
HUB_FIREWALL_IP = "10.0.0.4"
ROOT_GROUP = "mg-fabrikam"

# (security type, Secure Boot, vTPM) with weights of a typical estate.
KINDS: tuple[tuple[tuple[str | None, bool, bool], int], ...] = (
    (("TrustedLaunch", True, True), 66),
    (("ConfidentialVM", True, True), 4),
    (("TrustedLaunch", False, True), 6),
    (("TrustedLaunch", True, False), 2),
    (("Standard", False, False), 12),
    ((None, False, False), 10),
)
# One subnet profile per position in this cycle, so even a small tenant has every kind of blocker.
SUBNET_PROFILES = (
    *("open", "open", "nsg-deny", "open", "open", "firewall", "open", "open", "open", "route-none"),
    *("open", "open", "open", "open", "nsg-deny", "open", "open", "firewall", "open", "open"),
)
PENDING_STATES = ("Creating", "Updating", "Transitioning")


@dataclass
class GeneratedFleet:
    snapshot: dict[str, Any]
    counts: dict[FleetStatus, int] = field(default_factory=dict)  # every row: VMs and scale sets
    vm_count: int = 0
    scale_set_count: int = 0
    statuses: dict[str, FleetStatus] = field(default_factory=dict)  # lower-case id -> status
    blocked_subnet_id: str | None = None
    blocked_subnet_nsg: str | None = None
    blocked_subnet_vms: list[str] = field(default_factory=list)


def _deny_nsg(b: TenantBuilder, name: str, priority: int = 4000) -> str:
    return b.nsg(
        name,
        [
            ("Allow-Monitor-Out", 300, "Outbound", "Allow", "AzureMonitor", "443", "Tcp"),
            ("Deny-Internet-Outbound", priority, "Outbound", "Deny", "Internet", "*"),
        ],
    )


def _hub(subscription: str) -> TenantBuilder:
    h = TenantBuilder(subscription, "rg-hub-connectivity", "westeurope")
    policy = h.firewall_policy(
        "fwpol-hub",
        [
            (
                "DefaultNetworkRuleCollectionGroup",
                200,
                [
                    {
                        "ruleCollectionType": "FirewallPolicyFilterRuleCollection",
                        "name": "Allow-Platform",
                        "priority": 200,
                        "action": {"type": "Allow"},
                        "rules": [
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
                            }
                        ],
                    }
                ],
            )
        ],
    )
    vnet = h.vnet("vnet-hub", "10.0.0.0/16", [("AzureFirewallSubnet", "10.0.0.0/26", None, None)])
    h.firewall(
        "fw-hub",
        f"{vnet}/subnets/AzureFirewallSubnet",
        HUB_FIREWALL_IP,
        h.public_ip("pip-fw-hub", "20.61.14.27"),
        policy_id=policy,
    )
    return h


@dataclass
class _Subnet:
    id: str
    blocked: bool
    prefix_base: str  # "10.12.1" — VMs get .4, .5, …
    next_host: int = 4


def _spoke(b: TenantBuilder, index: int, subnet_counter: int, hub_vnet: str) -> list[_Subnet]:
    """The landing zone's VNet with two workload subnets; their network profile follows SUBNET_PROFILES."""
    octet = index % 250 + 1
    tag = f"lz{index + 1:03d}"
    profiles = [SUBNET_PROFILES[(subnet_counter + k) % len(SUBNET_PROFILES)] for k in range(2)]
    shared_nsg = _deny_nsg(b, f"nsg-{tag}-shared") if index % 7 == 3 else None
    specs: list[tuple[str, str, str | None, str | None]] = []
    blocked: list[bool] = []
    for k, (subnet, profile) in enumerate(zip(("snet-app", "snet-data"), profiles, strict=True)):
        nsg: str | None
        rt: str | None = None
        if shared_nsg is not None:
            nsg, is_blocked = shared_nsg, True
        elif profile == "nsg-deny":
            nsg, is_blocked = _deny_nsg(b, f"nsg-{tag}-{subnet}"), True
        else:
            nsg, is_blocked = b.nsg(f"nsg-{tag}-{subnet}"), profile != "open"
        if shared_nsg is None and profile == "firewall":
            rt = b.route_table(
                f"rt-{tag}-{subnet}", [("default-to-hub", "0.0.0.0/0", "VirtualAppliance", HUB_FIREWALL_IP)]
            )
        elif shared_nsg is None and profile == "route-none":
            rt = b.route_table(f"rt-{tag}-{subnet}", [("blackhole-internet", "0.0.0.0/0", "None", None)])
        specs.append((subnet, f"10.{octet}.{k + 1}.0/24", nsg, rt))
        blocked.append(is_blocked)
    vnet = b.vnet(f"vnet-{tag}", f"10.{octet}.0.0/16", specs, [("peer-to-hub", hub_vnet)])
    return [
        _Subnet(f"{vnet}/subnets/{name}", is_blocked, f"10.{octet}.{k + 1}")
        for k, ((name, *_), is_blocked) in enumerate(zip(specs, blocked, strict=True))
    ]


def _status_for(rng: random.Random, is_eligible: bool, blocked: bool) -> FleetStatus:
    if not is_eligible:
        return FleetStatus.NOT_ELIGIBLE
    draw = rng.random()
    if blocked:
        return FleetStatus.FAILED if draw < 0.7 else FleetStatus.NOT_INSTALLED
    if draw < 0.76:
        return FleetStatus.HEALTHY
    if draw < 0.92:
        return FleetStatus.NOT_INSTALLED
    return FleetStatus.PENDING if draw < 0.96 else FleetStatus.FAILED


def _attestation_state(rng: random.Random, status: FleetStatus) -> str | None:
    return {
        FleetStatus.HEALTHY: "Succeeded",
        FleetStatus.FAILED: "Failed",
        FleetStatus.PENDING: rng.choice(PENDING_STATES),
    }.get(status)


def _assessment(vm_id: str, status: FleetStatus, location: str) -> dict[str, Any]:
    code = {
        FleetStatus.HEALTHY: "Healthy",
        FleetStatus.NOT_ELIGIBLE: "NotApplicable",
    }.get(status, "Unhealthy")
    state: dict[str, Any] = {"code": code}
    if code == "Unhealthy":
        state["cause"] = "GuestAttestationNotHealthy"
        state["description"] = "Guest attestation did not report a healthy boot."
    return {
        "id": f"{vm_id}/providers/Microsoft.Security/assessments/{HEALTH_ASSESSMENT}",
        "name": HEALTH_ASSESSMENT,
        "type": "Microsoft.Security/assessments",
        "location": location,
        "properties": {
            "displayName": "Guest Attestation status should be healthy",
            "resourceDetails": {"Source": "Azure", "Id": vm_id},
            "status": state,
        },
    }


def _scale_set(b: TenantBuilder, name: str, subnet_id: str, rng: random.Random) -> tuple[dict[str, Any], FleetStatus]:
    os_type = "Linux" if rng.random() < 0.5 else "Windows"
    draw = rng.random()
    security: dict[str, Any] = {
        "securityType": "TrustedLaunch",
        "uefiSettings": {"secureBootEnabled": True, "vTpmEnabled": True},
    }
    extension_state: str | None
    if draw < 0.15:
        security, extension_state, status = {}, None, FleetStatus.NOT_ELIGIBLE
    elif draw < 0.55:
        extension_state, status = "Succeeded", FleetStatus.HEALTHY
    elif draw < 0.7:
        extension_state, status = "Failed", FleetStatus.FAILED
    else:
        extension_state, status = None, FleetStatus.NOT_INSTALLED
    extensions = []
    if extension_state is not None:
        extensions.append(
            {
                "name": "GuestAttestation",
                "properties": {
                    "publisher": GA_PUBLISHER[os_type],
                    "type": "GuestAttestation",
                    "typeHandlerVersion": "1.0",
                    "autoUpgradeMinorVersion": True,
                    "provisioningState": extension_state,
                },
            }
        )
    group = f"/subscriptions/{b.subscription}/resourceGroups/{b.resource_group}"
    rid = f"{group}/providers/Microsoft.Compute/virtualMachineScaleSets/{name}"
    profile: dict[str, Any] = {
        "storageProfile": {
            "osDisk": {"osType": os_type, "createOption": "FromImage"},
            "imageReference": IMAGES[os_type],
        },
        "networkProfile": {
            "networkInterfaceConfigurations": [
                {
                    "name": f"{name}-nic",
                    "properties": {
                        "primary": True,
                        "ipConfigurations": [{"name": "ipconfig1", "properties": {"subnet": {"id": subnet_id}}}],
                    },
                }
            ]
        },
        "extensionProfile": {"extensions": extensions},
    }
    if security:
        profile["securityProfile"] = security
    resource = {
        "id": rid,
        "name": name,
        "type": "Microsoft.Compute/virtualMachineScaleSets",
        "location": b.location,
        "sku": {"name": "Standard_D2s_v5", "tier": "Standard", "capacity": rng.randint(2, 12)},
        "properties": {
            "provisioningState": "Succeeded",
            "orchestrationMode": "Uniform",
            "upgradePolicy": {"mode": "Manual"},
            "uniqueId": stable_guid(rid),
            "virtualMachineProfile": profile,
        },
    }
    return resource, status


def fleet_tenant(
    subscriptions: int = 300,
    vms: int = 10_000,
    *,
    seed: int = 18,
    blocked_subnet_vms: int = 40,
    scale_sets: bool = True,
) -> GeneratedFleet:
    """``vms`` VMs in ``subscriptions`` landing zones (the hub firewall sits in the first one)."""
    rng = random.Random(seed)
    kinds = [k for k, _ in KINDS]
    weights = [w for _, w in KINDS]
    fleet = GeneratedFleet({})
    counts = dict.fromkeys(FleetStatus, 0)
    resources: list[dict[str, Any]] = []
    security: list[dict[str, Any]] = []
    subs: list[dict[str, Any]] = []
    regular = vms - blocked_subnet_vms
    per_sub = [regular // subscriptions + (1 if i < regular % subscriptions else 0) for i in range(subscriptions)]
    hub_sub = stable_guid("fleet-tenant", str(seed), "0")
    hub = _hub(hub_sub)
    resources.extend(hub.resources)
    hub_vnet = next(r["id"] for r in hub.resources if r["type"] == "Microsoft.Network/virtualNetworks")

    def add_vm(
        b: TenantBuilder, subnet: _Subnet, name: str, defender: bool, *, force: FleetStatus | None = None
    ) -> str:
        security_type, secure_boot, vtpm = ("TrustedLaunch", True, True) if force else rng.choices(kinds, weights)[0]
        is_eligible = security_type in ("TrustedLaunch", "ConfidentialVM") and secure_boot and vtpm
        own_block = is_eligible and force is None and rng.random() < 0.01
        nic_nsg = _deny_nsg(b, f"nsg-{name}-nic", 200) if own_block else None
        status = force or _status_for(rng, is_eligible, subnet.blocked or own_block)
        os_type = "Linux" if rng.random() < 0.45 else "Windows"
        ip = f"{subnet.prefix_base}.{subnet.next_host}"
        subnet.next_host += 1
        running = force is not None or rng.random() < 0.93
        vm_id = b.vm(
            name,
            b.nic(f"nic-{name}", subnet.id, ip, nsg_id=nic_nsg),
            os_type=os_type,
            security_type=security_type,
            secure_boot=secure_boot,
            vtpm=vtpm,
            attestation=_attestation_state(rng, status),
            power="running" if running else "deallocated",
            size="Standard_DC2as_v5" if security_type == "ConfidentialVM" else "Standard_D2s_v5",
        )
        counts[status] += 1
        fleet.statuses[vm_id.lower()] = status
        if defender:
            security.append(_assessment(vm_id, status, b.location))
        return vm_id

    subnet_counter = 0
    for i in range(subscriptions):
        sub = hub_sub if i == 0 else stable_guid("fleet-tenant", str(seed), str(i))
        tag = f"lz{i + 1:03d}"
        subs.append(
            {
                "id": f"/subscriptions/{sub}",
                "subscriptionId": sub,
                "displayName": f"Fabrikam LZ {i + 1:03d}",
                "state": "Enabled",
                "authorizationSource": "RoleBased",
            }
        )
        b = TenantBuilder(sub, f"rg-{tag}-workload", REGIONS[i % len(REGIONS)])
        subnets = _spoke(b, i, subnet_counter, hub_vnet)
        subnet_counter += 2
        defender = i % 3 != 2
        for v in range(per_sub[i]):
            add_vm(b, subnets[v % 2], f"vm-{tag}-{v + 1:03d}", defender)
        if i == 0 and blocked_subnet_vms:
            nsg = _deny_nsg(b, f"nsg-{tag}-legacy")
            legacy = b.vnet(f"vnet-{tag}-legacy", "10.251.0.0/16", [("snet-legacy", "10.251.1.0/24", nsg, None)])
            subnet = _Subnet(f"{legacy}/subnets/snet-legacy", True, "10.251.1")
            fleet.blocked_subnet_id, fleet.blocked_subnet_nsg = subnet.id, nsg
            for v in range(blocked_subnet_vms):
                vm_id = add_vm(b, subnet, f"vm-{tag}-legacy-{v + 1:03d}", defender, force=FleetStatus.FAILED)
                fleet.blocked_subnet_vms.append(vm_id)
        if scale_sets and i % 10 == 0:
            scale_set, status = _scale_set(b, f"vmss-{tag}-web", subnets[0].id, rng)
            b.resources.append(scale_set)
            counts[status] += 1
            fleet.statuses[scale_set["id"].lower()] = status
            fleet.scale_set_count += 1
        resources.extend(b.resources)
    healthy = json.loads(resource_path("scenarios", "healthy.json").read_text(encoding="utf-8"))
    tags = next(r for r in healthy["resources"] if r["type"] == "Microsoft.Network/serviceTags")
    resources.append({**tags, "id": f"/subscriptions/{hub_sub}/providers/Microsoft.Network/serviceTags/Public"})
    ids = [s["subscriptionId"] for s in subs]
    half = len(ids) // 2
    fleet.snapshot = {
        "subscriptions": subs,
        "resources": resources,
        "securityResources": security,
        "managementGroups": [
            {"name": ROOT_GROUP, "displayName": "Fabrikam", "subscriptions": ids},
            {"name": "mg-fabrikam-corp", "displayName": "Corp", "subscriptions": ids[:half]},
            {"name": "mg-fabrikam-online", "displayName": "Online", "subscriptions": ids[half:]},
        ],
    }
    fleet.counts = counts
    fleet.vm_count = vms
    return fleet


def fleet_demo() -> GeneratedFleet:
    """The demo fleet behind ``fleet … --demo``: 8 landing zones, 240 VMs, every kind of shared blocker."""
    return fleet_tenant(8, 240)
