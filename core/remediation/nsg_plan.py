"""Plan the NSG fix: one outbound Allow rule to the ``AzureAttestation`` service tag on TCP 443.

The rule is written as a child ``securityRules`` PUT with ``If-None-Match: *`` — never a rewrite of the NSG,
so a rule someone else adds meanwhile survives, and a same-named rule is never overwritten. Its priority is
the highest free number below the blocking rule: every rule that is ahead of the blocker today stays ahead of
ours, and only the blocker is overtaken.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from core.arm_ids import ResourceId
from core.diagnosis.model import Blocker, Severity
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.armjson import compact, items, props, ps, sh, strip_read_only
from core.remediation.plan import (
    NETWORK_API_VERSION,
    ROLE_NETWORK_CONTRIBUTOR,
    Operation,
    OpKind,
    PlanPart,
    Precondition,
    note,
)

TAG = "AzureAttestation"
RULE_PREFIX = "Allow-AzureAttestation-Out"
RULE_ACTION = "Microsoft.Network/networkSecurityGroups/securityRules/write"
MIN_PRIORITY, MAX_PRIORITY = 100, 4096
VIRTUAL_NETWORK = "VirtualNetwork"

MSG_CREATE = QT_TRANSLATE_NOOP(
    "Remediation",
    "Add the outbound rule {rule} (priority {priority}) to the network security group {nsg}: allow TCP 443 from "
    "{source} to the service tag AzureAttestation, ahead of {blocker}.",
)
MSG_MOVE_OWN = QT_TRANSLATE_NOOP(
    "Remediation",
    "Move the rule {rule} in the network security group {nsg} from priority {old} to {new}, ahead of {blocker}.",
)
MSG_RENUMBER = QT_TRANSLATE_NOOP(
    "Remediation",
    "Change the priority of the blocking rule {rule} in {nsg} from {old} to {new}, which keeps its order "
    "relative to every other rule, so that the new Allow rule can take priority {old}.",
)
MSG_RENUMBER_WHY = QT_TRANSLATE_NOOP(
    "Remediation",
    "The blocking rule {rule} already uses priority {priority} and no lower number is free, so nothing can be "
    "placed ahead of it without moving it by one step. No other rule is changed.",
)
MSG_NO_ROOM = QT_TRANSLATE_NOOP(
    "Remediation",
    "No free priority is left ahead of the blocking rule {blocker} in {nsg}. Ask the owner of the network "
    "security group to free a priority below {priority}, then run fix again.",
)
MSG_EQUIVALENT = QT_TRANSLATE_NOOP(
    "Remediation",
    "The network security group {nsg} already has an equivalent rule {rule} (priority {priority}) ahead of the "
    "blocking rule; nothing is added there.",
)
MSG_SOURCE_IP = QT_TRANSLATE_NOOP(
    "Remediation",
    "The rule allows only this VM's private IP address {ip}: the narrowest rule that works. Other VMs under "
    "the same network security group are not opened up.",
)
MSG_SOURCE_VNET = QT_TRANSLATE_NOOP(
    "Remediation",
    "The rule uses the source VirtualNetwork, because the VM's private IP address is unknown or you chose it: "
    "every VM under this network security group may then reach Azure Attestation.",
)
_DEFAULT_BLOCKER = "DenyAllOutBound (65500)"  # a rule name: the same in every language


def _values(p: Mapping[str, Any], singular: str, plural: str) -> list[str]:
    out = [str(v) for v in (p.get(plural) or []) if v]
    if p.get(singular):
        out.append(str(p[singular]))
    return out


def _is_outbound(rule: Mapping[str, Any]) -> bool:
    return str(props(rule).get("direction", "")).lower() == "outbound"


def _priority(rule: Mapping[str, Any]) -> int | None:
    value = props(rule).get("priority")
    return value if isinstance(value, int) else None


def _covers_port(tokens: Iterable[str], port: int = 443) -> bool:
    for token in tokens:
        t = token.strip()
        if t == "*":
            return True
        low, _, high = t.partition("-")
        if low.isdigit() and int(low) <= port <= int(high if high.isdigit() else low):
            return True
    return False


def _covers_source(tokens: Iterable[str], source: str) -> bool:
    for token in tokens:
        t = token.strip().lower()
        if t in ("*", "0.0.0.0/0", "virtualnetwork") or t == source.lower():
            return True
        try:
            if ipaddress.ip_address(source) in ipaddress.ip_network(t, strict=False):
                return True
        except ValueError:
            continue
    return False


def is_equivalent(rule: Mapping[str, Any], source: str) -> bool:
    """An outbound Allow that lets ``source`` reach AzureAttestation on TCP 443 (what our rule would do)."""
    p = props(rule)
    if not _is_outbound(rule) or str(p.get("access", "")).lower() != "allow":
        return False
    if p.get("sourceApplicationSecurityGroups") or p.get("destinationApplicationSecurityGroups"):
        return False
    destinations = {d.lower() for d in _values(p, "destinationAddressPrefix", "destinationAddressPrefixes")}
    return (
        str(p.get("protocol", "")).lower() in ("*", "tcp", "any")
        and bool(destinations & {"*", "0.0.0.0/0", "azureattestation", "azurecloud", "internet"})
        and _covers_port(_values(p, "destinationPortRange", "destinationPortRanges"))
        and _covers_port(_values(p, "sourcePortRange", "sourcePortRanges") or ["*"], 1024)
        and _covers_source(_values(p, "sourceAddressPrefix", "sourceAddressPrefixes"), source)
    )


def highest_free(taken: set[int], upper: int, lower: int = MIN_PRIORITY) -> int | None:
    for candidate in range(min(upper, MAX_PRIORITY), lower - 1, -1):
        if candidate not in taken:
            return candidate
    return None


def unique_name(base: str, names: Iterable[str]) -> str:
    used = {n.lower() for n in names}
    if base.lower() not in used:
        return base
    suffix = 2
    while f"{base}-{suffix}".lower() in used:
        suffix += 1
    return f"{base}-{suffix}"


def rule_body(priority: int, source: str, vm_name: str, blocker_name: str) -> dict[str, Any]:
    return {
        "properties": {
            # Stored in Azure for whoever reads the NSG later, so it stays English.
            "description": f"Boot integrity monitoring: lets {vm_name} reach Azure Attestation (before {blocker_name})"[
                :140
            ],
            "protocol": "Tcp",
            "sourcePortRange": "*",
            "destinationPortRange": "443",
            "sourceAddressPrefix": source,
            "destinationAddressPrefix": TAG,
            "access": "Allow",
            "priority": priority,
            "direction": "Outbound",
        }
    }


def _rest_put(path: str, body: Mapping[str, Any]) -> str:
    return (
        f"Invoke-AzRestMethod -Method PUT -Path {ps(f'{path}?api-version={NETWORK_API_VERSION}')} "
        f"-Payload {ps(compact(body))}"
    )


def _rule_op(
    kind: OpKind,
    rule_id: str,
    body: Mapping[str, Any],
    description: str,
    args: Mapping[str, Any],
    az: str,
    precondition: Precondition,
    previous: Mapping[str, Any] | None = None,
) -> Operation:
    return Operation(
        kind=kind,
        target_id=rule_id,
        method="PUT",
        api_version=NETWORK_API_VERSION,
        body=body,
        description=description,
        args=args,
        az_cli=az,
        powershell=_rest_put(rule_id, body),
        action=RULE_ACTION,
        role=ROLE_NETWORK_CONTRIBUTOR,
        precondition=precondition,
        previous=previous,
    )


def _create_az(nsg_id: str, name: str, body: Mapping[str, Any]) -> str:
    ref = ResourceId.parse(nsg_id)
    p = body["properties"]
    return (
        f"az network nsg rule create --resource-group {sh(ref.resource_group or '')} --nsg-name {sh(ref.name)} "
        f"--name {sh(name)} --priority {p['priority']} --direction Outbound --access Allow --protocol Tcp "
        f"--source-address-prefixes {sh(p['sourceAddressPrefix'])} --source-port-ranges '*' "
        f"--destination-address-prefixes {TAG} --destination-port-ranges 443 --description {sh(p['description'])}"
    )


def _update_priority_az(nsg_id: str, name: str, priority: int) -> str:
    ref = ResourceId.parse(nsg_id)
    return (
        f"az network nsg rule update --resource-group {sh(ref.resource_group or '')} --nsg-name {sh(ref.name)} "
        f"--name {sh(name)} --priority {priority}"
    )


def source_note(source: str) -> PlanPart:
    if source == VIRTUAL_NETWORK:
        return PlanPart(notes=(note("NSG_SOURCE_VNET", MSG_SOURCE_VNET),))
    return PlanPart(notes=(note("NSG_SOURCE_IP", MSG_SOURCE_IP, ip=source),))


def plan_nsg(nsg: Mapping[str, Any], blockers: Sequence[Blocker], *, source: str, vm_name: str) -> PlanPart:
    """The operations that let ``source`` through this NSG ahead of its blocking rule(s)."""
    nsg_id = str(nsg.get("id", ""))
    nsg_name = str(nsg.get("name") or ResourceId.parse(nsg_id).name)
    rules = items(props(nsg).get("securityRules"))
    outbound = [r for r in rules if _is_outbound(r)]
    named = [b for b in blockers if b.rule and b.priority is not None and b.priority <= MAX_PRIORITY]
    first = min(named, key=lambda b: b.priority or 0) if named else None
    limit = first.priority if first is not None and first.priority is not None else MAX_PRIORITY + 1
    blocker_label = f"{first.rule} ({first.priority})" if first is not None else _DEFAULT_BLOCKER

    for rule in outbound:
        priority = _priority(rule)
        if priority is not None and priority < limit and is_equivalent(rule, source):
            return PlanPart(
                notes=(
                    note("NSG_EQUIVALENT_EXISTS", MSG_EQUIVALENT, nsg=nsg_name, rule=rule["name"], priority=priority),
                )
            )

    taken = {p for r in outbound if (p := _priority(r)) is not None}
    free = highest_free(taken, limit - 1)
    ours = [r for r in outbound if str(r.get("name", "")).startswith(RULE_PREFIX) and is_equivalent(r, source)]
    if free is not None and ours:
        # Our own earlier rule ended up behind a blocker: move it rather than add a duplicate.
        own = ours[0]
        body = strip_read_only({"properties": dict(props(own))})
        body["properties"]["priority"] = free
        args = {"rule": own["name"], "nsg": nsg_name, "old": _priority(own), "new": free, "blocker": blocker_label}
        op = _rule_op(
            OpKind.MODIFY,
            str(own["id"]),
            body,
            MSG_MOVE_OWN,
            args,
            _update_priority_az(nsg_id, str(own["name"]), free),
            Precondition(if_match=str(own.get("etag") or "") or None),
            strip_read_only({"properties": dict(props(own))}),
        )
        return PlanPart((op,))

    names = [str(r.get("name", "")) for r in rules]
    operations: list[Operation] = []
    notes = []
    if free is None:
        blocker_rule = next((r for r in outbound if first is not None and r.get("name") == first.rule), None)
        if first is None or blocker_rule is None or limit + 1 > MAX_PRIORITY or (limit + 1) in taken:
            return PlanPart(
                notes=(
                    note(
                        "NSG_NO_FREE_PRIORITY",
                        MSG_NO_ROOM,
                        severity=Severity.ERROR,
                        blocking=True,
                        blocker=blocker_label,
                        nsg=nsg_name,
                        priority=limit,
                    ),
                )
            )
        # Azure's lowest priority is 100: shifting the blocker by one is the only way ahead of it, and it keeps
        # the blocker's order relative to every other rule.
        moved = strip_read_only({"properties": dict(props(blocker_rule))})
        moved["properties"]["priority"] = limit + 1
        operations.append(
            _rule_op(
                OpKind.MODIFY,
                str(blocker_rule["id"]),
                moved,
                MSG_RENUMBER,
                {"rule": first.rule, "nsg": nsg_name, "old": limit, "new": limit + 1},
                _update_priority_az(nsg_id, str(first.rule), limit + 1),
                Precondition(if_match=str(blocker_rule.get("etag") or "") or None),
                strip_read_only({"properties": dict(props(blocker_rule))}),
            )
        )
        notes.append(
            note("NSG_RENUMBER_BLOCKER", MSG_RENUMBER_WHY, severity=Severity.WARNING, rule=first.rule, priority=limit)
        )
        free = limit
    name = unique_name(f"{RULE_PREFIX}-{free}", names)
    body = rule_body(free, source, vm_name, first.rule if first is not None and first.rule else "DenyAllOutBound")
    operations.append(
        _rule_op(
            OpKind.CREATE,
            f"{nsg_id}/securityRules/{name}",
            body,
            MSG_CREATE,
            {"rule": name, "priority": free, "nsg": nsg_name, "source": source, "blocker": blocker_label},
            _create_az(nsg_id, name, body),
            Precondition(if_none_match=True),
        )
    )
    return PlanPart(tuple(operations), tuple(notes))
