"""The network fix for one diagnosed VM: one planner per blocking layer, guidance where no safe change exists."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from core.arm_ids import ResourceId, normalize
from core.diagnosis.model import Blocker, BlockerKind, Layer, Verdict
from core.diagnosis.path import Diagnosis
from core.diagnosis.resource_index import ResourceIndex
from core.remediation import effective_guidance, guidance
from core.remediation.armjson import props
from core.remediation.firewall_plan import Prefer, plan_classic, plan_policy
from core.remediation.nsg_plan import VIRTUAL_NETWORK, plan_nsg, source_note
from core.remediation.plan import Operation, OpKind, Plan, PlanPart
from core.remediation.repair_plan import plan_repairs

GROUP_TYPE = "Microsoft.Network/firewallPolicies/ruleCollectionGroups"
LOCK_TYPE = "Microsoft.Authorization/locks"
_LOCK_MARKER = "/providers/microsoft.authorization/locks/"


@dataclass(frozen=True)
class FixOptions:
    prefer: Prefer = "nsg"
    nsg_source: Literal["vm", "vnet"] = "vm"  # the VM's private IP (default, narrowest) or VirtualNetwork


def _group_by_resource(blockers: list[Blocker]) -> dict[str, list[Blocker]]:
    grouped: dict[str, list[Blocker]] = {}
    for blocker in blockers:
        grouped.setdefault(blocker.resource_id or "", []).append(blocker)
    return grouped


def rule_collection_groups(index: ResourceIndex, policy_id: str) -> list[Mapping[str, Any]]:
    prefix = normalize(policy_id) + "/rulecollectiongroups/"
    return [g for g in index.of_type(GROUP_TYPE) if normalize(str(g.get("id", ""))).startswith(prefix)]


def _attached_policies(diagnosis: Diagnosis, index: ResourceIndex) -> set[str]:
    found = set()
    for layer in diagnosis.layers:
        if layer.layer is Layer.FIREWALL and layer.resource_id:
            policy = (props(index.get(layer.resource_id)).get("firewallPolicy") or {}).get("id")
            if policy:
                found.add(normalize(str(policy)))
    return found


def _firewall_part(
    diagnosis: Diagnosis, index: ResourceIndex, holder_id: str, blockers: list[Blocker], options: FixOptions
) -> PlanPart:
    holder = index.get(holder_id)
    if holder is None:
        return PlanPart(notes=(guidance.unreadable(holder_id),))
    prefer: Prefer = "firewall-application" if options.prefer == "firewall-application" else "firewall-network"
    # One addition per holder answers every piece it blocks; the first named deny is the one to get ahead of.
    blocker = min(blockers, key=lambda b: (b.rule is None, b.priority or 0))
    kind = ResourceId.parse(holder_id).full_type.lower()
    if kind == "microsoft.network/azurefirewalls":
        policy_id = (props(holder).get("firewallPolicy") or {}).get("id")
        if not policy_id:
            return plan_classic(
                holder, blocker, source=diagnosis.private_ip, prefer=prefer, fqdn=diagnosis.endpoint_host
            )
        policy = index.get(str(policy_id))
        if policy is None:
            return PlanPart(notes=(guidance.unreadable(str(policy_id)),))
        holder, holder_id = policy, str(policy_id)
    return plan_policy(
        holder,
        rule_collection_groups(index, holder_id),
        blocker,
        source=diagnosis.private_ip,
        prefer=prefer,
        fqdn=diagnosis.endpoint_host,
        is_parent=normalize(holder_id) not in _attached_policies(diagnosis, index),
    )


def _route_part(diagnosis: Diagnosis, table_id: str, blockers: list[Blocker]) -> PlanPart:
    table = ResourceId.parse(table_id).name if table_id else "?"
    notes = tuple(guidance.route_none(b.rule or "?", table, table_id, diagnosis.vm_name) for b in blockers)
    return PlanPart(notes=notes)


def _repairs(diagnosis: Diagnosis, index: ResourceIndex) -> PlanPart:
    """Resources on the path that an earlier run of ours left Failed (see repair_plan)."""
    nsgs, firewalls = [], []
    for layer in diagnosis.layers:
        resource = index.get(layer.resource_id) if layer.resource_id else None
        if resource is None:
            continue
        if layer.layer in (Layer.NIC_NSG, Layer.SUBNET_NSG):
            nsgs.append(resource)
        elif layer.layer is Layer.FIREWALL:
            firewalls.append(resource)
    return plan_repairs(nsgs, firewalls)


def _locks_over(index: ResourceIndex, target_id: str) -> list[tuple[str, str, str]]:
    """(level, lock name, locked scope) of every lock on ``target_id`` or a scope above it (group, subscription)."""
    target = normalize(target_id)
    found = []
    for lock in index.of_type(LOCK_TYPE):
        lock_id = normalize(str(lock.get("id", "")))
        cut = lock_id.rfind(_LOCK_MARKER)
        if cut <= 0:
            continue
        scope = str(lock["id"])[:cut]
        if target == lock_id[:cut] or target.startswith(lock_id[:cut] + "/"):
            level = str(props(lock).get("level", "")).lower()
            found.append((level, str(lock.get("name") or lock_id.rsplit("/", 1)[-1]), scope))
    return found


def respect_locks(plan: Plan, index: ResourceIndex) -> Plan:
    """Checked before anything is sent (lock-resources.md): a ReadOnly lock turns the change into guidance,
    a CanNotDelete lock keeps it but says that undo (a delete) will be refused."""
    kept: list[Operation] = []
    notes = list(plan.notes)
    for op in plan.operations:
        locks = _locks_over(index, op.target_id)
        name = ResourceId.parse(op.target_id).name
        read_only = [(n, s) for level, n, s in locks if level == "readonly"]
        if read_only:
            lock, scope = read_only[0]
            notes.append(guidance.locked_read_only(lock, scope, name, op.az_cli or op.powershell))
            continue
        kept.append(op)
        if op.kind is OpKind.CREATE:
            notes.extend(guidance.undo_locked(n, s, name) for level, n, s in locks if level == "cannotdelete")
    return Plan(plan.vm_id, plan.goal, tuple(kept), tuple(notes))


def plan_fix(diagnosis: Diagnosis, index: ResourceIndex, options: FixOptions | None = None) -> Plan:
    return respect_locks(_plan_fix(diagnosis, index, options), index)


def _plan_fix(diagnosis: Diagnosis, index: ResourceIndex, options: FixOptions | None = None) -> Plan:
    """Everything that lets the VM reach Azure Attestation, in path order: NIC NSG, subnet NSG, firewall."""
    options = options or FixOptions()
    plan = Plan(diagnosis.vm_id, "fix").extend(_repairs(diagnosis, index))
    if diagnosis.verdict is Verdict.ALLOWED:
        if plan.operations:
            return plan
        return plan.extend(PlanPart(notes=(guidance.already_allowed(diagnosis.vm_name),)))
    blockers = list(diagnosis.blockers)
    source = diagnosis.private_ip if options.nsg_source == "vm" and diagnosis.private_ip else VIRTUAL_NETWORK
    nsg_blockers = _group_by_resource([b for b in blockers if b.kind is BlockerKind.NSG])
    if nsg_blockers:
        plan = plan.extend(source_note(source))
    for nsg_id, group in nsg_blockers.items():
        nsg = index.get(nsg_id)
        part = (
            plan_nsg(nsg, group, source=source, vm_name=diagnosis.vm_name)
            if nsg is not None
            else PlanPart(notes=(guidance.unreadable(nsg_id),))
        )
        plan = plan.extend(part)
    for table_id, group in _group_by_resource([b for b in blockers if b.kind is BlockerKind.ROUTE]).items():
        plan = plan.extend(_route_part(diagnosis, table_id, group))
    for holder_id, group in _group_by_resource([b for b in blockers if b.kind is BlockerKind.FIREWALL]).items():
        plan = plan.extend(_firewall_part(diagnosis, index, holder_id, group, options))
    plan = plan.extend(effective_guidance.plan_part(diagnosis))  # AVNM, no way out, forced tunnel: notes only
    if diagnosis.verdict in (Verdict.UNKNOWN, Verdict.PARTIAL) or not blockers:
        appliance = next((lv for lv in diagnosis.layers if lv.layer is Layer.APPLIANCE), None)
        if appliance is not None:
            plan = plan.extend(
                PlanPart(
                    notes=(
                        guidance.appliance(
                            appliance.name or "?",
                            diagnosis.private_ip or VIRTUAL_NETWORK,
                            diagnosis.endpoint_host or "*.attest.azure.net",
                        ),
                    )
                )
            )
        elif not plan.operations and not plan.blocked:
            plan = plan.extend(PlanPart(notes=(guidance.unknown_path(),)))
    return plan


__all__ = ["FixOptions", "plan_fix", "respect_locks", "rule_collection_groups"]
