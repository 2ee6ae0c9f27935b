"""Guidance for what only Azure's computed views reveal: AVNM admin rules, forced tunneling, no way out.

None of these is changed by the tool. A security admin rule belongs to the network manager's administrators
(often another team, another subscription) and no NSG rule can override a Deny there — so no NSG change is
ever proposed for it; the note names the exact admin rule to add. A missing way out needs a NAT gateway, which
costs money and gives the subnet new public addresses: the network owner decides. Forced tunneling sends the
traffic on-premises, where only the network team can allow it.
"""

from __future__ import annotations

from core.arm_ids import ResourceId
from core.diagnosis.avnm import network_manager_of
from core.diagnosis.model import Blocker, BlockerKind, Layer, Severity, Verdict
from core.diagnosis.path import Diagnosis
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.armjson import sh
from core.remediation.plan import Note, PlanPart, note

MSG_AVNM = QT_TRANSLATE_NOOP(
    "Remediation",
    "The security admin rule {rule} (priority {priority}) of the Virtual Network Manager {manager} denies traffic "
    "to Azure Attestation. Azure evaluates admin rules before network security groups, so no NSG rule can allow "
    "it, and this tool does not change a network manager. Ask the administrators of {manager} to add a security "
    "admin rule to the rule collection {collection} of the configuration {configuration}: access Always allow, "
    "direction Outbound, priority {new_priority} (evaluated before the deny rule), protocol TCP, destination "
    "service tag AzureAttestation, destination port 443, and to deploy the configuration again. For example: "
    "{command}",
)
MSG_AVNM_TOP = QT_TRANSLATE_NOOP(
    "Remediation",
    "The security admin rule {rule} of the Virtual Network Manager {manager} denies traffic to Azure Attestation "
    "with priority 1, so no admin rule can come before it. Azure evaluates admin rules before network security "
    "groups, so no NSG rule can allow it. Ask the administrators of {manager} to exclude TCP port 443 to the "
    "service tag AzureAttestation from that rule, or to move it to a later priority.",
)
MSG_OUTBOUND = QT_TRANSLATE_NOOP(
    "Remediation",
    "The subnet {subnet} has no way to the internet: default outbound access is off, and there is no NAT "
    "gateway, no public IP address on the VM and no load balancer outbound rule. This tool does not create "
    "network resources that cost money and give the subnet new public addresses. Ask the network team to attach "
    "a NAT gateway with a public IP address to the subnet (or to route the traffic through your firewall), for "
    "example: {command}",
)
MSG_FORCED_TUNNEL = QT_TRANSLATE_NOOP(
    "Remediation",
    "Azure sends the traffic to Azure Attestation to the virtual network gateway (route {prefix}, source "
    "{source}): it goes on-premises. Ask the network team to allow outbound HTTPS (TCP 443) from {source_ip} to "
    "the service tag AzureAttestation (or *.attest.azure.net) on the on-premises firewall or proxy. A route for "
    "the service tag AzureAttestation with next hop Internet would send it directly instead, but it bypasses the "
    "inspection forced tunneling is usually there for: only the network owner should decide that.",
)


def _segment(resource_id: str, marker: str) -> str:
    parts = resource_id.split("/")
    for i, part in enumerate(parts[:-1]):
        if part.lower() == marker.lower():
            return parts[i + 1]
    return "?"


def avnm_command(rule_id: str, priority: int, location: str) -> str:
    manager_id = network_manager_of(rule_id) or ""
    ref = ResourceId.parse(manager_id)
    configuration = _segment(rule_id, "securityAdminConfigurations")
    config_id = f"{manager_id}/securityAdminConfigurations/{configuration}"
    common = f"-g {sh(ref.resource_group or '')} --network-manager-name {sh(ref.name)}"
    return (
        f"az network manager security-admin-config rule-collection rule create {common} "
        f"--configuration-name {sh(configuration)} --rule-collection-name {sh(_segment(rule_id, 'ruleCollections'))} "
        f"--name Allow-AzureAttestation --access AlwaysAllow --direction Outbound "
        f"--priority {priority} --protocol Tcp --dest-port-ranges 443 "
        f"--destinations '[{{address-prefix:AzureAttestation,address-prefix-type:ServiceTag}}]' && "
        f"az network manager post-commit {common} --commit-type SecurityAdmin "
        f"--configuration-ids {sh(config_id)} --target-locations {sh(location)}"
    )


def avnm_note(blocker: Blocker, location: str) -> Note:
    rule_id = blocker.resource_id or ""
    manager = (network_manager_of(rule_id) or "?").rsplit("/", 1)[-1]
    rule, priority = blocker.rule or "?", blocker.priority or 1
    if priority <= 1:
        return note("AVNM_DENY", MSG_AVNM_TOP, severity=Severity.ERROR, blocking=True, rule=rule, manager=manager)
    return note(
        "AVNM_DENY",
        MSG_AVNM,
        severity=Severity.ERROR,
        blocking=True,
        rule=rule,
        priority=priority,
        manager=manager,
        collection=_segment(rule_id, "ruleCollections"),
        configuration=_segment(rule_id, "securityAdminConfigurations"),
        new_priority=priority - 1,
        command=avnm_command(rule_id, priority - 1, location),
    )


def nat_gateway_command(subnet_id: str, location: str) -> str:
    ref = ResourceId.parse(subnet_id)
    vnet = ref.names[0] if ref.names else "?"
    rg = sh(ref.resource_group or "")
    nat, pip = f"nat-{vnet}", f"pip-nat-{vnet}"
    return (
        f"az network public-ip create -g {rg} -n {sh(pip)} --sku Standard --allocation-method Static "
        f"--location {sh(location)} && "
        f"az network nat gateway create -g {rg} -n {sh(nat)} --public-ip-addresses {sh(pip)} "
        f"--location {sh(location)} && "
        f"az network vnet subnet update -g {rg} --vnet-name {sh(vnet)} -n {sh(ref.name)} --nat-gateway {sh(nat)}"
    )


def outbound_note(blocker: Blocker, location: str) -> Note:
    subnet_id = blocker.resource_id or ""
    return note(
        "OUTBOUND_MISSING",
        MSG_OUTBOUND,
        severity=Severity.ERROR,
        blocking=True,
        subnet=subnet_id.rsplit("/", 1)[-1] or "?",
        command=nat_gateway_command(subnet_id, location),
    )


def _forced_tunnel(diagnosis: Diagnosis) -> list[Note]:
    route = next((v for v in diagnosis.layers if v.layer is Layer.ROUTE), None)
    if route is None or diagnosis.verdict is Verdict.ALLOWED:
        return []
    gateway = next((m for m in route.matches if m.action == "VirtualNetworkGateway"), None)
    if gateway is None:
        return []
    return [
        note(
            "FORCED_TUNNEL",
            MSG_FORCED_TUNNEL,
            severity=Severity.ERROR,
            blocking=True,
            prefix=gateway.rule or "?",
            source=gateway.source or "User",
            source_ip=diagnosis.private_ip or "VirtualNetwork",
        )
    ]


def plan_part(diagnosis: Diagnosis) -> PlanPart:
    """Notes for AVNM denies, a missing way out and forced tunneling; never an operation."""
    notes: list[Note] = []
    for blocker in dict.fromkeys(diagnosis.blockers):
        if blocker.kind is BlockerKind.AVNM:
            notes.append(avnm_note(blocker, diagnosis.location))
        elif blocker.kind is BlockerKind.OUTBOUND:
            notes.append(outbound_note(blocker, diagnosis.location))
    notes += _forced_tunnel(diagnosis)
    return PlanPart(notes=tuple(notes))
