"""Plan the Azure Firewall fix: allow the VM's address to AzureAttestation on TCP 443, ahead of the deny.

Classic rules live inside the firewall resource, so the fix is a PUT of the whole firewall with ``If-Match``;
the operation carries just our addition (:class:`Addition`) so the engine can re-read and re-apply only that
after a 412. Firewall Policy rules are written as a new rule collection group (a child PUT with
``If-None-Match: *``) in the policy that decides, with a priority that orders it before the denying group.
Network rules are evaluated before application rules, so an application rule (``--prefer
firewall-application``) can only help when no network rule denies the flow.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from core.arm_ids import ResourceId
from core.diagnosis.model import Blocker, Severity
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.armjson import compact, items, props, ps, sh, strip_read_only
from core.remediation.moves import CLASSIC_KEYS, PriorityMove, describe, make_room
from core.remediation.nsg_plan import unique_name
from core.remediation.plan import (
    NETWORK_API_VERSION,
    ROLE_NETWORK_CONTRIBUTOR,
    Addition,
    Label,
    Operation,
    OpKind,
    PlanPart,
    Precondition,
    note,
)

Prefer = Literal["nsg", "firewall-network", "firewall-application"]
Stage = Literal["network", "application"]

TAG = "AzureAttestation"
COLLECTION_NAME = "Allow-AzureAttestation"
NETWORK_RULE_NAME = "AzureAttestation-Https"
APP_RULE_NAME = "Attestation-Host-Https"
MIN_PRIORITY, MAX_PRIORITY = 100, 65000
FIREWALL_ACTION = "Microsoft.Network/azureFirewalls/write"
GROUP_ACTION = "Microsoft.Network/firewallPolicies/ruleCollectionGroups/write"

MSG_CLASSIC_NETWORK = QT_TRANSLATE_NOOP(
    "Remediation",
    "Add the network rule collection {collection} (priority {priority}, Allow) to the Azure Firewall {firewall}: "
    "TCP 443 from {source} to the service tag AzureAttestation, evaluated before {blocker}.",
)
MSG_CLASSIC_APP = QT_TRANSLATE_NOOP(
    "Remediation",
    "Add the application rule collection {collection} (priority {priority}, Allow) to the Azure Firewall "
    "{firewall}: HTTPS from {source} to {fqdn}, evaluated before {blocker}.",
)
MSG_POLICY_NETWORK = QT_TRANSLATE_NOOP(
    "Remediation",
    "Add the rule collection group {group} (priority {priority}) to the firewall policy {policy} with a network "
    "rule that allows TCP 443 from {source} to the service tag AzureAttestation, evaluated before {blocker}.",
)
MSG_POLICY_APP = QT_TRANSLATE_NOOP(
    "Remediation",
    "Add the rule collection group {group} (priority {priority}) to the firewall policy {policy} with an "
    "application rule that allows HTTPS from {source} to {fqdn}, evaluated before {blocker}.",
)
MSG_APP_NOT_POSSIBLE = QT_TRANSLATE_NOOP(
    "Remediation",
    "An application rule cannot help here: the network rule {rule} denies the traffic, and Azure Firewall "
    "evaluates network rules first. A network rule is planned instead.",
)
MSG_APP_NO_HOST = QT_TRANSLATE_NOOP(
    "Remediation",
    "The shared attestation host of this region is unknown, so an application rule cannot name it. A network "
    "rule is planned instead.",
)
MSG_PARENT_POLICY = QT_TRANSLATE_NOOP(
    "Remediation",
    "The denying rule is in the parent policy {policy}, whose rules take precedence over child policies; the "
    "fix goes there and applies to every firewall that inherits from it.",
)
MSG_NO_SOURCE = QT_TRANSLATE_NOOP(
    "Remediation",
    "The VM's private IP address is unknown, so no firewall rule can be limited to it. Nothing is changed on "
    "{firewall}.",
)
MSG_NO_ROOM = QT_TRANSLATE_NOOP(
    "Remediation",
    "No free priority is left before {blocker} in {holder}. Ask the firewall's owner to make room, then run fix again.",
)
MSG_CLASSIC_NETWORK_MOVED = QT_TRANSLATE_NOOP(
    "Remediation",
    "Make room in the Azure Firewall {firewall} by moving rule collections to higher numbers, in their present "
    "order ({moves}), and add the network rule collection {collection} (priority {priority}, Allow): TCP 443 "
    "from {source} to the service tag AzureAttestation, evaluated before {blocker}.",
)
MSG_CLASSIC_APP_MOVED = QT_TRANSLATE_NOOP(
    "Remediation",
    "Make room in the Azure Firewall {firewall} by moving rule collections to higher numbers, in their present "
    "order ({moves}), and add the application rule collection {collection} (priority {priority}, Allow): HTTPS "
    "from {source} to {fqdn}, evaluated before {blocker}.",
)
MSG_POLICY_MOVE = QT_TRANSLATE_NOOP(
    "Remediation",
    "Move the rule collection group {group} of the firewall policy {policy} from priority {old} to {new}, which "
    "keeps its order relative to every other group, so that the new group can take priority {free}.",
)
MSG_MOVE_WHY = QT_TRANSLATE_NOOP(
    "Remediation",
    "{blocker} is in {collection}, which already has priority {priority}, and no lower number is free in "
    "{holder}, so nothing can be placed ahead of it without moving it: {moves}. Their order among each other "
    "stays the same, and Undo restores the old priorities. This needs your separate consent: --allow-renumber "
    "on the command line, or the check box for new priority numbers in the wizard.",
)
MSG_DEFAULT_DENY = Label(QT_TRANSLATE_NOOP("Remediation", "the default deny"))
MSG_FQDN_SHARED = QT_TRANSLATE_NOOP(
    "Remediation",
    "The application rule names only this region's shared attestation host; attestation against another "
    "provider would still be denied.",
)


@dataclass(frozen=True)
class Deny:
    """Where the denying rule sits: its stage and the priority to get ahead of (``None`` = default deny)."""

    stage: Stage | None
    priority: int | None
    rule: str | None


def _action(collection: Mapping[str, Any]) -> str:
    action = collection.get("action") or props(collection).get("action") or {}
    return str(action.get("type", "") if isinstance(action, Mapping) else action).lower()


def _priority(obj: Mapping[str, Any]) -> int | None:
    value = obj.get("priority", props(obj).get("priority"))
    return value if isinstance(value, int) else None


def _rules(collection: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return items(collection.get("rules") or props(collection).get("rules"))


def highest_free_before(taken: set[int], before: int | None) -> int | None:
    """The highest free priority ahead of ``before``; after everything when there is nothing to get ahead of."""
    if before is None:
        start = min(MAX_PRIORITY, (max(taken, default=100) // 100 + 1) * 100)
        for candidate in range(start, MIN_PRIORITY - 1, -1):
            if candidate not in taken:
                return candidate
        return None
    for candidate in range(min(before - 1, MAX_PRIORITY), MIN_PRIORITY - 1, -1):
        if candidate not in taken:
            return candidate
    return None


def _choose_stage(prefer: Prefer, deny: Deny, fqdn: str | None) -> tuple[Stage, PlanPart]:
    if prefer != "firewall-application":
        return "network", PlanPart()
    if deny.stage == "network":
        return "network", PlanPart(notes=(note("FW_APP_NOT_POSSIBLE", MSG_APP_NOT_POSSIBLE, rule=deny.rule or "?"),))
    if not fqdn:
        return "network", PlanPart(notes=(note("FW_APP_NO_HOST", MSG_APP_NO_HOST),))
    return "application", PlanPart(notes=(note("FW_APP_SHARED_HOST", MSG_FQDN_SHARED, severity=Severity.WARNING),))


def _blocker_label(deny: Deny) -> str:
    return f"{deny.rule} ({deny.priority})" if deny.rule else MSG_DEFAULT_DENY


def network_rule(source: str, *, policy: bool) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "name": NETWORK_RULE_NAME,
        "description": "Boot integrity monitoring: Guest Attestation to Azure Attestation",
        "sourceAddresses": [source],
        "destinationAddresses": [TAG],
        "destinationPorts": ["443"],
    }
    if policy:
        return {"ruleType": "NetworkRule", **rule, "ipProtocols": ["TCP"]}
    return {**rule, "protocols": ["TCP"]}


def application_rule(source: str, fqdn: str, *, policy: bool) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "name": APP_RULE_NAME,
        "description": "Boot integrity monitoring: Guest Attestation to the shared attestation provider",
        "protocols": [{"protocolType": "Https", "port": 443}],
        "targetFqdns": [fqdn],
        "sourceAddresses": [source],
    }
    return {"ruleType": "ApplicationRule", **rule} if policy else rule


# -- classic rules ------------------------------------------------------------------------------------------


def classic_deny(firewall: Mapping[str, Any], blocker: Blocker) -> Deny:
    if not blocker.rule:
        return Deny(None, None, None)
    for stage, key in (("network", "networkRuleCollections"), ("application", "applicationRuleCollections")):
        for coll in items(props(firewall).get(key)):
            denies = _action(coll) == "deny" and _priority(coll) == blocker.priority
            if denies and any(r.get("name") == blocker.rule for r in _rules(coll)):
                return Deny(stage, blocker.priority, blocker.rule)  # type: ignore[arg-type]
    return Deny("network", blocker.priority, blocker.rule)  # not found: assume the stricter case


def add_collection(firewall: Mapping[str, Any], addition: Addition) -> dict[str, Any]:
    """The firewall PUT body: what is there now (read-only fields dropped) plus our collection."""
    body: dict[str, Any] = strip_read_only(dict(firewall))
    properties = body.setdefault("properties", {})
    properties[addition.key] = [*items(properties.get(addition.key)), dict(addition.item)]
    return body


def remove_collection(firewall: Mapping[str, Any], key: str, name: str) -> dict[str, Any]:
    body: dict[str, Any] = strip_read_only(dict(firewall))
    properties = body.setdefault("properties", {})
    properties[key] = [c for c in items(properties.get(key)) if str(c.get("name", "")).lower() != name.lower()]
    return body


def plan_classic(
    firewall: Mapping[str, Any], blocker: Blocker, *, source: str | None, prefer: Prefer, fqdn: str | None
) -> PlanPart:
    fw_id = str(firewall.get("id", ""))
    fw_name = str(firewall.get("name") or ResourceId.parse(fw_id).name)
    if not source:
        return _no_source(fw_name)
    deny = classic_deny(firewall, blocker)
    stage, extra = _choose_stage(prefer, deny, fqdn)
    key = "networkRuleCollections" if stage == "network" else "applicationRuleCollections"
    existing = items(props(firewall).get(key))
    # Whether collections of different kinds may share a number is undocumented: every kind's numbers count.
    holders = classic_holders(firewall)
    priority = highest_free_before(set(holders.values()), deny.priority if deny.stage == stage else None)
    moves: dict[tuple[str, str], int] = {}
    if priority is None and deny.stage == stage and deny.priority is not None:
        room = make_room(holders, deny.priority)
        if room:  # the blocker moves up (and whatever holds the next numbers): ours takes its number
            moves, priority = room, deny.priority
    if priority is None:
        return extra + _no_room(deny, fw_name)
    name = unique_name(COLLECTION_NAME, [str(c.get("name", "")) for c in existing])
    rule = _rule(stage, source, fqdn, policy=False)
    addition = Addition(
        key, {"name": name, "properties": {"priority": priority, "action": {"type": "Allow"}, "rules": [rule]}}
    )
    ref = ResourceId.parse(fw_id)
    rg, fw = sh(ref.resource_group or ""), sh(ref.name)
    if stage == "network":
        az = (
            f"az network firewall network-rule create -g {rg} -f {fw} -c {sh(name)} --priority {priority} "
            f"--action Allow -n {NETWORK_RULE_NAME} --protocols TCP --source-addresses {sh(source)} "
            f"--destination-addresses {TAG} --destination-ports 443"
        )
        pwsh = (
            f"$fw = Get-AzFirewall -ResourceGroupName {ps(ref.resource_group or '')} -Name {ps(ref.name)}; "
            f"$rule = New-AzFirewallNetworkRule -Name {NETWORK_RULE_NAME} -SourceAddress {ps(source)} "
            f"-DestinationAddress {TAG} -DestinationPort 443 -Protocol TCP; "
            f"$coll = New-AzFirewallNetworkRuleCollection -Name {ps(name)} -Priority {priority} -Rule $rule "
            "-ActionType Allow; $fw.NetworkRuleCollections.Add($coll); Set-AzFirewall -AzureFirewall $fw"
        )
        description = MSG_CLASSIC_NETWORK
    else:
        az = (
            f"az network firewall application-rule create -g {rg} -f {fw} -c {sh(name)} --priority {priority} "
            f"--action Allow -n {APP_RULE_NAME} --protocols Https=443 --source-addresses {sh(source)} "
            f"--target-fqdns {sh(fqdn or '')}"
        )
        pwsh = (
            f"$fw = Get-AzFirewall -ResourceGroupName {ps(ref.resource_group or '')} -Name {ps(ref.name)}; "
            f"$rule = New-AzFirewallApplicationRule -Name {APP_RULE_NAME} -SourceAddress {ps(source)} "
            f"-TargetFqdn {ps(fqdn or '')} -Protocol 'Https:443'; "
            f"$coll = New-AzFirewallApplicationRuleCollection -Name {ps(name)} -Priority {priority} -Rule $rule "
            "-ActionType Allow; $fw.ApplicationRuleCollections.Add($coll); Set-AzFirewall -AzureFirewall $fw"
        )
        description = MSG_CLASSIC_APP
    etag = str(firewall.get("etag") or "") or None
    args = {
        "collection": name,
        "priority": priority,
        "firewall": fw_name,
        "source": source,
        "fqdn": fqdn or "",
        "blocker": _blocker_label(deny),
    }
    if not moves:
        op = Operation(
            kind=OpKind.MODIFY,
            target_id=fw_id,
            method="PUT",
            api_version=NETWORK_API_VERSION,
            body=add_collection(firewall, addition),
            description=description,
            args=args,
            az_cli=az,
            powershell=pwsh,
            action=FIREWALL_ACTION,
            role=ROLE_NETWORK_CONTRIBUTOR,
            precondition=Precondition(if_match=etag),
            addition=addition,
        )
        return extra + PlanPart((op,))
    return extra + _classic_with_moves(firewall, moves, addition, args, stage, az, pwsh, deny)


Holder = tuple[str, str]  # (the firewall property holding the collection, its name)
_GETTERS = {
    "natRuleCollections": "GetNatRuleCollectionByName",
    "networkRuleCollections": "GetNetworkRuleCollectionByName",
    "applicationRuleCollections": "GetApplicationRuleCollectionByName",
}


def classic_holders(firewall: Mapping[str, Any]) -> dict[Holder, int]:
    """Every classic collection's priority, of every kind (DNAT, network, application)."""
    return {
        (key, str(c.get("name", ""))): p
        for key in CLASSIC_KEYS
        for c in items(props(firewall).get(key))
        if (p := _priority(c)) is not None
    }


def with_priorities(firewall: Mapping[str, Any], moves: Mapping[Holder, int]) -> dict[str, Any]:
    """The firewall (read-only fields dropped) with the moved collections at their new priorities."""
    body: dict[str, Any] = strip_read_only(dict(firewall))
    for key in CLASSIC_KEYS:
        for collection in items(body.get("properties", {}).get(key)):
            new = moves.get((key, str(collection.get("name", ""))))
            if new is not None:
                collection["properties"]["priority"] = new
    return body


def _move_commands(firewall: Mapping[str, Any], moves: Mapping[Holder, int]) -> tuple[str, str]:
    """az (one update per moved collection, highest first so no two share a number) and PowerShell lines."""
    fw_id = str(firewall.get("id", ""))
    ordered = sorted(moves.items(), key=lambda item: -item[1])
    az = []
    for (key, name), new in ordered:
        index = [str(c.get("name", "")) for c in items(props(firewall).get(key))].index(name)
        az.append(f"az resource update --ids {sh(fw_id)} --set properties.{key}[{index}].properties.priority={new}")
    pwsh = "; ".join(f"$fw.{_GETTERS[key]}({ps(name)}).Priority = {new}" for (key, name), new in ordered)
    return " && ".join(az), pwsh


def _classic_with_moves(
    firewall: Mapping[str, Any],
    moves: Mapping[Holder, int],
    addition: Addition,
    args: Mapping[str, Any],
    stage: Stage,
    az: str,
    pwsh: str,
    deny: Deny,
) -> PlanPart:
    """One PUT of the firewall that moves the blocker (and the collections right behind it) up and adds ours.

    It carries no :class:`Addition`: after a 412 the engine must not re-apply only our collection (its priority
    would collide with the unmoved blocker), so the step stops and nothing is written. ``previous`` is the
    firewall as read, which undo restores when the firewall is still exactly as this step left it.
    """
    fw_name = str(args["firewall"])
    old = classic_holders(firewall)
    shown = describe(PriorityMove(h[1], old[h], p) for h, p in sorted(moves.items(), key=lambda item: item[1]))
    move_az, move_pwsh = _move_commands(firewall, moves)
    get_fw, _, rest = pwsh.partition("; ")
    op = Operation(
        kind=OpKind.MODIFY,
        target_id=str(firewall.get("id", "")),
        method="PUT",
        api_version=NETWORK_API_VERSION,
        body=add_collection(with_priorities(firewall, moves), addition),
        description=MSG_CLASSIC_NETWORK_MOVED if stage == "network" else MSG_CLASSIC_APP_MOVED,
        args={**args, "moves": shown},
        az_cli=f"{move_az} && {az}",
        powershell=f"{get_fw}; {move_pwsh}; {rest}",
        action=FIREWALL_ACTION,
        role=ROLE_NETWORK_CONTRIBUTOR,
        precondition=Precondition(if_match=str(firewall.get("etag") or "") or None),
        previous=strip_read_only(dict(firewall)),
    )
    stage_key = "networkRuleCollections" if stage == "network" else "applicationRuleCollections"
    at_blocker = [(k, n) for (k, n), p in old.items() if p == deny.priority]  # one at most; a move needs one
    blocker_collection = next((n for k, n in at_blocker if k == stage_key), at_blocker[0][1])
    why = note(
        "FW_MOVE_BLOCKER",
        MSG_MOVE_WHY,
        severity=Severity.WARNING,
        blocker=_blocker_label(deny),
        collection=blocker_collection,
        priority=deny.priority,
        holder=fw_name,
        moves=shown,
    )
    return PlanPart((op,), (why,))


# -- firewall policy ----------------------------------------------------------------------------------------


def policy_deny(groups: Sequence[Mapping[str, Any]], blocker: Blocker) -> tuple[Deny, int | None]:
    """The denying rule's stage and its group's priority (what our group must come before)."""
    if not blocker.rule:
        return Deny(None, None, None), None
    for group in groups:
        for coll in items(props(group).get("ruleCollections")):
            if _action(coll) != "deny" or (blocker.priority is not None and _priority(coll) != blocker.priority):
                continue
            for rule in _rules(coll):
                if rule.get("name") == blocker.rule:
                    stage: Stage = (
                        "application" if str(rule.get("ruleType", "")).lower() == "applicationrule" else "network"
                    )
                    return Deny(stage, blocker.priority, blocker.rule), _priority(props(group))
    group_priorities = [p for g in groups if (p := _priority(props(g))) is not None]
    return Deny("network", blocker.priority, blocker.rule), min(group_priorities, default=None)


def plan_policy(
    policy: Mapping[str, Any],
    groups: Sequence[Mapping[str, Any]],
    blocker: Blocker,
    *,
    source: str | None,
    prefer: Prefer,
    fqdn: str | None,
    is_parent: bool = False,
) -> PlanPart:
    policy_id = str(policy.get("id", ""))
    policy_name = str(policy.get("name") or ResourceId.parse(policy_id).name)
    if not source:
        return _no_source(policy_name)
    deny, deny_group_priority = policy_deny(groups, blocker)
    stage, extra = _choose_stage(prefer, deny, fqdn)
    if is_parent:
        extra += PlanPart(
            notes=(note("FW_PARENT_POLICY", MSG_PARENT_POLICY, severity=Severity.WARNING, policy=policy_name),)
        )
    taken = {p for g in groups if (p := _priority(props(g))) is not None}
    priority = highest_free_before(taken, deny_group_priority if deny.stage == stage else None)
    if priority is None and deny.stage == stage and deny_group_priority is not None:
        holders = {str(g.get("name", "")): p for g in groups if (p := _priority(props(g))) is not None}
        room = make_room(holders, deny_group_priority)
        if room:  # the blocker's group moves up (and whatever holds the next numbers): ours takes its number
            extra += _group_moves(policy_name, groups, room, deny, deny_group_priority)
            priority = deny_group_priority
    if priority is None:
        return extra + _no_room(deny, policy_name)
    name = unique_name(COLLECTION_NAME, [str(g.get("name", "")) for g in groups])
    rule = _rule(stage, source, fqdn, policy=True)
    body = {
        "properties": {
            "priority": priority,
            "ruleCollections": [
                {
                    "ruleCollectionType": "FirewallPolicyFilterRuleCollection",
                    "name": COLLECTION_NAME,
                    "priority": 100,
                    "action": {"type": "Allow"},
                    "rules": [rule],
                }
            ],
        }
    }
    group_id = f"{policy_id}/ruleCollectionGroups/{name}"
    ref = ResourceId.parse(policy_id)
    rg, pol = sh(ref.resource_group or ""), sh(ref.name)
    if stage == "network":
        rule_args = (
            f"--rule-type NetworkRule --rule-name {NETWORK_RULE_NAME} --source-addresses {sh(source)} "
            f"--destination-addresses {TAG} --ip-protocols TCP --destination-ports 443"
        )
    else:
        rule_args = (
            f"--rule-type ApplicationRule --rule-name {APP_RULE_NAME} --source-addresses {sh(source)} "
            f"--target-fqdns {sh(fqdn or '')} --protocols Https=443"
        )
    az = (
        f"az network firewall policy rule-collection-group create -g {rg} --policy-name {pol} -n {sh(name)} "
        f"--priority {priority} && az network firewall policy rule-collection-group collection add-filter-collection "
        f"-g {rg} --policy-name {pol} --rcg-name {sh(name)} -n {COLLECTION_NAME} --collection-priority 100 "
        f"--action Allow {rule_args}"
    )
    pwsh = (
        f"Invoke-AzRestMethod -Method PUT -Path {ps(f'{group_id}?api-version={NETWORK_API_VERSION}')} "
        f"-Payload {ps(compact(body))}"
    )
    op = Operation(
        kind=OpKind.CREATE,
        target_id=group_id,
        method="PUT",
        api_version=NETWORK_API_VERSION,
        body=body,
        description=MSG_POLICY_NETWORK if stage == "network" else MSG_POLICY_APP,
        args={
            "group": name,
            "priority": priority,
            "policy": policy_name,
            "source": source,
            "fqdn": fqdn or "",
            "blocker": _blocker_label(deny),
        },
        az_cli=az,
        powershell=pwsh,
        action=GROUP_ACTION,
        role=ROLE_NETWORK_CONTRIBUTOR,
        precondition=Precondition(if_none_match=True),
    )
    return extra + PlanPart((op,))


def _group_moves(
    policy_name: str, groups: Sequence[Mapping[str, Any]], moves: Mapping[str, int], deny: Deny, free: int
) -> PlanPart:
    """A PUT of each moved rule collection group with its new priority (If-Match), highest first, so that no two
    groups ever share a number; ``previous`` is the group as read, which undo restores."""
    by_name = {str(g.get("name", "")): g for g in groups}
    ordered = sorted(moves.items(), key=lambda item: -item[1])
    operations = []
    for group_name, new in ordered:
        group = by_name[group_name]
        group_id = str(group.get("id", ""))
        old = _priority(props(group)) or 0
        # "size" is computed by Azure (read-only in the spec): not sent back.
        previous = {"properties": {k: v for k, v in strip_read_only(dict(props(group))).items() if k != "size"}}
        body = {"properties": {**previous["properties"], "priority": new}}
        ref = ResourceId.parse(group_id)
        policy_ref = ResourceId.parse(group_id[: group_id.lower().rindex("/rulecollectiongroups/")])
        az = (
            f"az network firewall policy rule-collection-group update -g {sh(policy_ref.resource_group or '')} "
            f"--policy-name {sh(policy_ref.name)} -n {sh(ref.name)} --priority {new}"
        )
        pwsh = (
            f"Invoke-AzRestMethod -Method PUT -Path {ps(f'{group_id}?api-version={NETWORK_API_VERSION}')} "
            f"-Payload {ps(compact(body))}"
        )
        operations.append(
            Operation(
                kind=OpKind.MODIFY,
                target_id=group_id,
                method="PUT",
                api_version=NETWORK_API_VERSION,
                body=body,
                description=MSG_POLICY_MOVE,
                args={"group": group_name, "policy": policy_name, "old": old, "new": new, "free": free},
                az_cli=az,
                powershell=pwsh,
                action=GROUP_ACTION,
                role=ROLE_NETWORK_CONTRIBUTOR,
                precondition=Precondition(if_match=str(group.get("etag") or "") or None),
                previous=previous,
            )
        )
    shown = describe(
        PriorityMove(n, _priority(props(by_name[n])) or 0, p) for n, p in sorted(moves.items(), key=lambda i: i[1])
    )
    blocker_group = next(n for n, g in by_name.items() if _priority(props(g)) == free)
    why = note(
        "FW_MOVE_BLOCKER",
        MSG_MOVE_WHY,
        severity=Severity.WARNING,
        blocker=_blocker_label(deny),
        collection=blocker_group,
        priority=free,
        holder=policy_name,
        moves=shown,
    )
    return PlanPart(tuple(operations), (why,))


def _no_source(holder: str) -> PlanPart:
    """Guidance when the VM has no private IP to name as the rule's source."""
    return PlanPart(
        notes=(note("FW_NO_SOURCE", MSG_NO_SOURCE, severity=Severity.ERROR, blocking=True, firewall=holder),)
    )


def _no_room(deny: Any, holder: str) -> PlanPart:
    """Guidance when no priority is free ahead of the denying collection or group."""
    return PlanPart(
        notes=(
            note(
                "FW_NO_FREE_PRIORITY",
                MSG_NO_ROOM,
                severity=Severity.ERROR,
                blocking=True,
                blocker=_blocker_label(deny),
                holder=holder,
            ),
        )
    )


def _rule(stage: str, source: str, fqdn: str | None, *, policy: bool) -> dict[str, Any]:
    """Our allow rule: a network rule to AzureAttestation, or an application rule for the attestation host."""
    if stage == "network":
        return network_rule(source, policy=policy)
    return application_rule(source, fqdn or "", policy=policy)
