"""Azure Firewall evaluator, part 4 of 4: the global evaluation order of the rules.

Classic rules: network collections by priority, then application collections. Firewall Policy: the policy
chain root parent first; in each policy its rule collection groups, then their collections, by priority; all
network rules before all application rules. Inherited settings (DNS proxy, threat intelligence) come from the
nearest policy that sets them. Internal to the firewall evaluator.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from core.diagnosis.arm_json import arm_get, arm_id, arm_list, arm_prop, parse_bool, parse_int
from core.diagnosis.firewall_findings import (
    MSG_COLLECTION_PRIORITY_MISSING,
    MSG_GROUP_PRIORITY_MISSING,
    MSG_GROUPS_MISSING,
    MSG_POLICY_CYCLE,
    MSG_POLICY_MISSING,
)
from core.diagnosis.firewall_model import ALLOW, DENY, CompiledRule, FirewallInputs, wildcard
from core.diagnosis.firewall_rules import Context, compile_rule, unreadable
from core.diagnosis.model import Severity


def _action(collection: Any) -> str | None:
    raw = arm_get(arm_prop(collection, "action"), "type")
    if isinstance(raw, str) and raw.strip().casefold() in ("allow", "deny"):
        return ALLOW if raw.strip().casefold() == "allow" else DENY
    return None


def _sorted_by_priority(items: Iterable[Any], message: str, ctx: Context, label: Callable[[Any], str]) -> list[Any]:
    """Stable sort by ``priority``; a missing priority sorts last, with a finding."""
    keyed: list[tuple[float, int, Any]] = []
    for index, item in enumerate(items):
        priority = parse_int(arm_prop(item, "priority"))
        if priority is None:
            ctx.findings.add("FW_PRIORITY_MISSING", Severity.INFO, message, collection=label(item))
        keyed.append((math.inf if priority is None else priority, index, item))
    return [item for _, _, item in sorted(keyed, key=lambda k: (k[0], k[1]))]


def _name(obj: Any) -> str:
    value = arm_get(obj, "name")
    return value if isinstance(value, str) else "?"


def classic_rules(ctx: Context, firewall: Mapping[str, Any]) -> list[CompiledRule]:
    """Classic: network collections by priority, then application collections (NAT is inbound only)."""
    fw_id = arm_id(firewall)
    rules: list[CompiledRule] = []
    for stage, key in (("network", "networkRuleCollections"), ("application", "applicationRuleCollections")):
        collections = [c for c in arm_list(arm_prop(firewall, key)) if isinstance(c, Mapping)]
        for coll in _sorted_by_priority(collections, MSG_COLLECTION_PRIORITY_MISSING, ctx, _name):
            name = _name(coll)
            action = _action(coll)
            if action is None:
                unreadable(ctx, "*", name, "action")
            priority = parse_int(arm_prop(coll, "priority"))
            for raw in arm_list(arm_prop(coll, "rules")):
                rules.append(
                    compile_rule(ctx, raw, stage, holder_id=fw_id, collection=name, priority=priority, action=action)
                )
    return rules


def _policy_chain(ctx: Context, policy_id: str) -> tuple[list[tuple[str, Mapping[str, Any]]], list[CompiledRule]]:
    """The policy and its ancestors, root parent first; unreadable links become wildcard rules."""
    chain: list[tuple[str, Mapping[str, Any]]] = []
    unknown: list[CompiledRule] = []
    seen: set[str] = set()
    current: str | None = policy_id
    while current:
        if current.lower() in seen:
            ctx.findings.add("FW_POLICY_CYCLE", Severity.WARNING, MSG_POLICY_CYCLE, policy=current)
            break
        seen.add(current.lower())
        policy = ctx.inputs.policies.get(current.lower())
        if not isinstance(policy, Mapping):
            ctx.findings.add("FW_POLICY_MISSING", Severity.WARNING, MSG_POLICY_MISSING, policy=current)
            unknown.append(wildcard(current, "*"))
            break
        chain.append((arm_id(policy) or current, policy))
        current = arm_id(arm_prop(policy, "basePolicy"))
    chain.reverse()
    return chain, unknown


def _groups(ctx: Context, policy_id: str, policy: Mapping[str, Any]) -> tuple[list[Any], list[CompiledRule]]:
    """The policy's rule collection groups, plus wildcards for groups it lists that we were not given."""
    given = [g for g in ctx.inputs.rule_collection_groups.get(policy_id.lower(), ()) if isinstance(g, Mapping)]
    given_names = {_name(g).casefold() for g in given}
    missing: list[CompiledRule] = []
    for ref in arm_list(arm_prop(policy, "ruleCollectionGroups")):
        ref_id = arm_id(ref)
        group_name = ref_id.rstrip("/").rsplit("/", 1)[-1] if ref_id else None
        if group_name and group_name.casefold() not in given_names:
            ctx.findings.add(
                "FW_RULE_COLLECTION_GROUP_MISSING",
                Severity.WARNING,
                MSG_GROUPS_MISSING,
                policy=policy_id,
                group=group_name,
            )
            missing.append(wildcard(policy_id, group_name))
    return _sorted_by_priority(given, MSG_GROUP_PRIORITY_MISSING, ctx, _name), missing


def policy_rules(ctx: Context, policy_id: str) -> list[CompiledRule]:
    chain, unknown = _policy_chain(ctx, policy_id)
    per_stage: dict[str, list[CompiledRule]] = {"network": list(unknown), "application": []}
    for holder_id, policy in chain:
        groups, missing = _groups(ctx, holder_id, policy)
        per_stage["network"].extend(missing)
        for group in groups:
            group_name = _name(group)
            collections = [c for c in arm_list(arm_prop(group, "ruleCollections")) if isinstance(c, Mapping)]

            def label(coll: Any, group: str = group_name) -> str:
                return f"{group}/{_name(coll)}"

            for coll in _sorted_by_priority(collections, MSG_COLLECTION_PRIORITY_MISSING, ctx, label):
                kind = str(arm_get(coll, "ruleCollectionType") or "").casefold()
                if "nat" in kind:
                    continue  # DNAT is inbound; irrelevant for the VM's outbound flow
                name, action = label(coll), _action(coll)
                if action is None:
                    unreadable(ctx, "*", name, "action")
                priority = parse_int(arm_prop(coll, "priority"))
                for raw in arm_list(arm_prop(coll, "rules")):
                    rule_type = str(arm_get(raw, "ruleType") or "").casefold()
                    stage = {"networkrule": "network", "applicationrule": "application"}.get(rule_type)
                    if stage is None:
                        continue  # NatRule or unknown: not part of outbound filtering
                    per_stage[stage].append(
                        compile_rule(
                            ctx,
                            raw,
                            stage,
                            holder_id=holder_id,
                            collection=name,
                            priority=priority,
                            action=action,
                        )
                    )
    return per_stage["network"] + per_stage["application"]


def dns_proxy(firewall: Mapping[str, Any], policies: list[Mapping[str, Any]]) -> bool:
    """Policy mode: the nearest policy that says; classic: ``Network.DNS.EnableProxy`` or ``dnsSettings``."""
    for policy in policies:
        setting = parse_bool(arm_get(arm_prop(policy, "dnsSettings"), "enableProxy"))
        if setting is not None:
            return setting
    setting = parse_bool(arm_get(arm_prop(firewall, "additionalProperties"), "Network.DNS.EnableProxy"))
    if setting is None:
        setting = parse_bool(arm_get(arm_prop(firewall, "dnsSettings"), "enableProxy"))
    return bool(setting)


def policy_ancestry(inputs: FirewallInputs, policy_id: str | None) -> list[Mapping[str, Any]]:
    """The attached policy first, then its parents (cycle-safe), for inherited settings."""
    out: list[Mapping[str, Any]] = []
    seen: set[str] = set()
    while policy_id and policy_id.lower() not in seen:
        seen.add(policy_id.lower())
        policy = inputs.policies.get(policy_id.lower())
        if not isinstance(policy, Mapping):
            break
        out.append(policy)
        policy_id = arm_id(arm_prop(policy, "basePolicy"))
    return out
