"""One plan for many VMs: each network fix once per shared resource, then the extension per VM.

Pure (no I/O). The network fixes come from the single-VM planners (``plan_nsg``, ``plan_policy``,
``plan_classic``) run once per blocking resource, with the rule's source widened from one VM's address to what
every VM behind that resource needs: the subnets' prefixes for a subnet NSG or a firewall, the VMs' addresses for
a NIC NSG. Extension installs (``plan_extension``) follow per VM and depend on the network steps that open their
path. Every operation records which VMs it serves.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from core.arm_ids import ResourceId, normalize
from core.diagnosis.extension import ExtensionReport
from core.diagnosis.model import Blocker, BlockerKind, Layer, Severity
from core.diagnosis.resource_index import ResourceIndex
from core.fleet.causes import CauseReport, SharedCause
from core.fleet.model import FleetVm, MachineKind
from core.fleet.status import FleetStatus
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation import effective_guidance, guidance
from core.remediation.armjson import compact, props, ps, sh
from core.remediation.extension_plan import ExtensionOptions, plan_extension
from core.remediation.firewall_plan import Prefer, plan_classic, plan_policy
from core.remediation.fix_plan import rule_collection_groups
from core.remediation.nsg_plan import plan_nsg
from core.remediation.plan import NETWORK_API_VERSION, Note, Operation, Plan, PlanPart, note

FLEET_SCOPE = "/"  # the plan's "vm_id" (audit and undo key) for a fleet change

# Notes are rendered in the context "Remediation" (Note.render), without plural forms: counts read as "…: {n}".
MSG_POLICY = QT_TRANSLATE_NOOP(
    "Remediation",
    'Durable alternative for whole subscriptions: assign the built-in initiative "[Preview]: Configure '
    'prerequisites to enable Guest Attestation on Trusted Launch enabled VMs" (281d9e47-d14d-4f05-b8eb-'
    "18f2c4a034ff). Azure Policy then installs the extension on new VMs and scale sets too; it does not fix the "
    "network.",
)
MSG_SCALE_SETS = QT_TRANSLATE_NOOP(
    "Remediation",
    "Scale sets in the selection: {n}. Their model is changed through Azure Policy (the initiative below) or the "
    "scale set's own upgrade, not by this plan.",
)
MSG_NOT_RUNNING = QT_TRANSLATE_NOOP(
    "Remediation",
    "VMs skipped because they are not running: {n}. Azure installs extensions only on a running VM.",
)
MSG_STILL_BLOCKED = QT_TRANSLATE_NOOP(
    "Remediation",
    "VMs skipped because their path to Azure Attestation stays blocked or unknown after this plan: {n}. See the "
    "guidance; an install would fail.",
)
MSG_MANY_SOURCES = QT_TRANSLATE_NOOP(
    "Remediation",
    "The rule for {holder} lists {count} address prefixes. For many addresses Microsoft recommends an IP group, "
    "which you can then reuse in other rules.",
)
MSG_NOTHING = QT_TRANSLATE_NOOP("Remediation", "Nothing to change for the selected VMs.")


class FleetGoal(StrEnum):
    ENABLE = "enable"  # extension per VM, after the network fixes its path needs
    FIX = "fix"  # only the network fixes


DEFAULT_STATUSES = frozenset({FleetStatus.FAILED, FleetStatus.NOT_INSTALLED})


@dataclass(frozen=True)
class Selection:
    """Which VMs a fleet plan is for: by status (all of a status), by id, and narrowing filters."""

    statuses: frozenset[FleetStatus] = DEFAULT_STATUSES
    vm_ids: frozenset[str] = frozenset()  # lower-case; when given, only these (still filtered by status)
    subscriptions: frozenset[str] = frozenset()  # lower-case subscription ids
    text: str = ""  # words that must all occur in name, resource group, region or OS

    def matches(self, vm: FleetVm) -> bool:
        if self.statuses and vm.status not in self.statuses:
            return False
        if self.vm_ids and vm.key not in self.vm_ids:
            return False
        if self.subscriptions and vm.subscription_id.lower() not in self.subscriptions:
            return False
        haystack = f"{vm.name} {vm.resource_group} {vm.location} {vm.os_type or ''}".lower()
        return all(word in haystack for word in self.text.lower().split())

    def pick(self, vms: Iterable[FleetVm]) -> list[FleetVm]:
        return [vm for vm in vms if self.matches(vm)]


@dataclass
class FleetPlan:
    plan: Plan
    serves: list[tuple[str, ...]]  # per operation (same order): the VM ids it is for
    causes: CauseReport | None
    selected: list[FleetVm]
    skipped: dict[str, list[str]] = field(default_factory=dict)  # reason code -> VM ids

    def to_json(self) -> dict[str, Any]:
        body = self.plan.to_json()
        for op_json, served in zip(body["operations"], self.serves, strict=True):
            op_json["serves"] = list(served)
        return {
            "plan": body,
            "selected": len(self.selected),
            "skipped": self.skipped,
            "causes": self.causes.to_json() if self.causes is not None else None,
        }


def _subnet_prefixes(index: ResourceIndex, subnet_ids: Iterable[str]) -> list[str]:
    found: list[str] = []
    for subnet_id in subnet_ids:
        p = props(index.get(subnet_id))
        prefixes = [str(x) for x in p.get("addressPrefixes") or []] or (
            [str(p["addressPrefix"])] if p.get("addressPrefix") else []
        )
        found += [x for x in prefixes if x not in found]
    return found


def _sources(cause: SharedCause, index: ResourceIndex, by_id: Mapping[str, FleetVm]) -> list[str]:
    if cause.blocker.kind is BlockerKind.NSG and cause.blocker.scope == "nic":
        return sorted({ip for vid in cause.vm_ids if (ip := by_id[vid.lower()].private_ip)})
    return _subnet_prefixes(index, sorted(cause.subnet_ids))


def _rest_put(path: str, body: Mapping[str, Any]) -> str:
    return (
        f"Invoke-AzRestMethod -Method PUT -Path {ps(f'{path}?api-version={NETWORK_API_VERSION}')} "
        f"-Payload {ps(compact(body))}"
    )


def _replace_sources(value: Any, single: str, sources: list[str]) -> Any:
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if key == "sourceAddresses" and item == [single]:
                out[key] = list(sources)
            else:
                out[key] = _replace_sources(item, single, sources)
        return out
    if isinstance(value, list):
        return [_replace_sources(v, single, sources) for v in value]
    return value


def widen(op: Operation, single: str, sources: list[str]) -> Operation:
    """The operation planned for ``single`` rewritten so that its rule's source is every one of ``sources``."""
    if sources == [single]:
        return op
    args = {**op.args, "source": ", ".join(sources)}
    body = op.body
    if body is not None and props(body).get("sourceAddressPrefix") == single:  # an NSG rule
        rule = {k: v for k, v in props(body).items() if k != "sourceAddressPrefix"}
        rule["sourceAddressPrefixes"] = list(sources)
        new_body: dict[str, Any] = {**body, "properties": rule}
        az = op.az_cli.replace(
            f"--source-address-prefixes {sh(single)}", "--source-address-prefixes " + " ".join(sh(s) for s in sources)
        )
        return dataclasses.replace(
            op, body=new_body, args=args, az_cli=az, powershell=_rest_put(op.target_id, new_body)
        )
    addition = op.addition
    if addition is not None:
        addition = dataclasses.replace(addition, item=_replace_sources(addition.item, single, sources))
    az = op.az_cli.replace(f"--source-addresses {sh(single)}", "--source-addresses " + " ".join(sh(s) for s in sources))
    pwsh = op.powershell.replace(f"-SourceAddress {ps(single)}", "-SourceAddress " + ",".join(ps(s) for s in sources))
    return dataclasses.replace(
        op, body=_replace_sources(body, single, sources), addition=addition, args=args, az_cli=az, powershell=pwsh
    )


def _label(count: int, subnets: Sequence[str]) -> str:
    """Stored in Azure in the rule's description: English on purpose, like the single-VM rule's."""
    names = ", ".join(ResourceId.parse(s).name for s in sorted(subnets)[:2])
    return f"{count} VMs" + (f" in {names}" if names else "")


def _attached_policy_ids(cause: SharedCause, index: ResourceIndex) -> set[str]:
    found = set()
    for context in cause.contexts:
        for layer in context.diagnosis.layers if context.diagnosis is not None else ():
            if layer.layer is Layer.FIREWALL and layer.resource_id:
                policy = (props(index.get(layer.resource_id)).get("firewallPolicy") or {}).get("id")
                if policy:
                    found.add(normalize(str(policy)))
    return found


def _firewall_part(
    cause: SharedCause, blockers: list[Blocker], index: ResourceIndex, sources: list[str], prefer: Prefer
) -> PlanPart:
    holder_id = cause.blocker.resource_id or ""
    holder = index.get(holder_id)
    diagnosis = cause.contexts[0].diagnosis
    if holder is None or diagnosis is None or not sources:
        return PlanPart(notes=(guidance.unreadable(holder_id),))
    blocker = min(blockers, key=lambda b: (b.rule is None, b.priority or 0))
    stage: Prefer = "firewall-application" if prefer == "firewall-application" else "firewall-network"
    if ResourceId.parse(holder_id).full_type.lower() == "microsoft.network/azurefirewalls":
        policy_id = (props(holder).get("firewallPolicy") or {}).get("id")
        if not policy_id:
            part = plan_classic(holder, blocker, source=sources[0], prefer=stage, fqdn=diagnosis.endpoint_host)
            return PlanPart(tuple(widen(op, sources[0], sources) for op in part.operations), part.notes)
        holder_id = str(policy_id)
        found = index.get(holder_id)
        if found is None:
            return PlanPart(notes=(guidance.unreadable(holder_id),))
        holder = found
    part = plan_policy(
        holder,
        rule_collection_groups(index, holder_id),
        blocker,
        source=sources[0],
        prefer=stage,
        fqdn=diagnosis.endpoint_host,
        is_parent=normalize(holder_id) not in _attached_policy_ids(cause, index),
    )
    return PlanPart(tuple(widen(op, sources[0], sources) for op in part.operations), part.notes)


@dataclass
class _Builder:
    operations: list[Operation] = field(default_factory=list)
    serves: list[tuple[str, ...]] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def add(self, part: PlanPart, vm_ids: Sequence[str], step_prefix: str | None = None) -> list[str]:
        steps = []
        for op in part.operations:
            if step_prefix is not None:
                op = dataclasses.replace(op, step_id=f"{step_prefix}-{len(self.operations) + 1}")
                steps.append(op.step_id or "")
            self.operations.append(op)
            self.serves.append(tuple(vm_ids))
        for n in part.notes:
            if all((n.code, dict(n.args)) != (m.code, dict(m.args)) for m in self.notes):
                self.notes.append(n)
        return steps


def _network(
    builder: _Builder, report: CauseReport, index: ResourceIndex, by_id: Mapping[str, FleetVm], prefer: Prefer
) -> tuple[dict[str, list[str]], set[str]]:
    """Plan each blocking resource once; returns (VM id -> step ids that open its path, VMs left blocked)."""
    opened: dict[str, list[str]] = {}
    left_blocked: set[str] = set()
    grouped: dict[tuple[BlockerKind, str, str | None], list[SharedCause]] = {}
    for cause in report.causes:
        grouped.setdefault(
            (cause.blocker.kind, normalize(cause.blocker.resource_id or ""), cause.blocker.scope), []
        ).append(cause)
    for (kind, _, _), causes in grouped.items():
        first = causes[0]
        blockers = [c.blocker for c in causes]
        merged = SharedCause(first.blocker)
        for cause in causes:
            merged.contexts += cause.contexts
            merged.vm_ids += [v for v in cause.vm_ids if v not in merged.vm_ids]
            merged.subnet_ids += [s for s in cause.subnet_ids if s not in merged.subnet_ids]
        vm_ids = merged.vm_ids
        sources = _sources(merged, index, by_id)
        if kind is BlockerKind.NSG:
            nsg = index.get(first.blocker.resource_id)
            if nsg is None or not sources:
                part = PlanPart(notes=(guidance.unreadable(first.blocker.resource_id or "?"),))
            else:
                single = plan_nsg(nsg, blockers, source=sources[0], vm_name=_label(len(vm_ids), merged.subnet_ids))
                part = PlanPart(tuple(widen(op, sources[0], sources) for op in single.operations), single.notes)
        elif kind is BlockerKind.FIREWALL:
            part = _firewall_part(merged, blockers, index, sources, prefer)
        elif kind in (BlockerKind.AVNM, BlockerKind.OUTBOUND):  # guidance only: never a silent change
            location = merged.contexts[0].key.location if merged.contexts else ""
            part = PlanPart(
                notes=(
                    effective_guidance.avnm_note(first.blocker, location)
                    if kind is BlockerKind.AVNM
                    else effective_guidance.outbound_note(first.blocker, location),
                )
            )
        else:
            table_id = first.blocker.resource_id or ""
            table = ResourceId.parse(table_id).name if table_id else "?"
            part = PlanPart(
                notes=tuple(guidance.route_none(b.rule or "?", table, table_id, f"{len(vm_ids)} VMs") for b in blockers)
            )
        if len(sources) > 10 and part.operations:
            holder = ResourceId.parse(first.blocker.resource_id or "?").name
            part = part + PlanPart(
                notes=(note("FLEET_MANY_SOURCES", MSG_MANY_SOURCES, holder=holder, count=len(sources)),)
            )
        steps = builder.add(part, vm_ids, "net")
        if not part.operations or (part.notes and any(n.blocking for n in part.notes)):
            left_blocked.update(v.lower() for v in vm_ids)
        for vm_id in vm_ids:
            opened.setdefault(vm_id.lower(), []).extend(steps)
    for context in report.unknown:
        left_blocked.update(vm.key for vm in context.vms)
        builder.add(PlanPart(notes=(guidance.unknown_path(),)), [vm.id for vm in context.vms])
    return opened, left_blocked


def _extension_report(vm: FleetVm) -> ExtensionReport:
    return ExtensionReport(
        installed=vm.extension_installed,
        name=vm.extension_name,
        provisioning_state=vm.extension_state,
        healthy=vm.status is FleetStatus.HEALTHY,
    )


def plan_fleet(
    vms: Sequence[FleetVm],
    selection: Selection,
    goal: FleetGoal,
    report: CauseReport | None,
    index: ResourceIndex,
    *,
    prefer: Prefer = "nsg",
    extension_options: ExtensionOptions | None = None,
) -> FleetPlan:
    """The fleet plan for the selected VMs; ``report`` holds the shared causes of (at least) those VMs."""
    selected = selection.pick(vms)
    machines = [vm for vm in selected if vm.kind is MachineKind.VM]
    scale_sets = [vm for vm in selected if vm.kind is MachineKind.SCALE_SET]
    by_id = {vm.key: vm for vm in vms}
    builder = _Builder()
    chosen = {vm.key for vm in machines}
    opened: dict[str, list[str]] = {}
    left_blocked: set[str] = set()
    if report is not None:
        relevant = CauseReport(
            report.contexts,
            [c for c in report.causes if any(v.lower() in chosen for v in c.vm_ids)],
            [c for c in report.unknown if any(vm.key in chosen for vm in c.vms)],
            report.allowed,
        )
        opened, left_blocked = _network(builder, relevant, index, by_id, prefer)
    skipped: dict[str, list[str]] = {}
    if goal is FleetGoal.ENABLE:
        options = extension_options or ExtensionOptions()
        for vm in machines:
            if vm.key in left_blocked:
                skipped.setdefault("pathBlocked", []).append(vm.id)
                continue
            if vm.power_state is not None and vm.power_state != "running":
                skipped.setdefault("notRunning", []).append(vm.id)
                continue
            part = plan_extension(
                vm.id,
                location=vm.location,
                os_type=vm.os_type,
                power_state=vm.power_state,
                report=_extension_report(vm),
                existing=None,
                options=options,
            )
            depends = tuple(dict.fromkeys(opened.get(vm.key, [])))
            part = PlanPart(tuple(dataclasses.replace(op, depends_on=depends) for op in part.operations), part.notes)
            builder.add(part, [vm.id])
    counts = {
        "pathBlocked": (MSG_STILL_BLOCKED, Severity.WARNING),
        "notRunning": (MSG_NOT_RUNNING, Severity.WARNING),
    }
    for code, ids in skipped.items():
        template, severity = counts[code]
        builder.notes.append(note(f"FLEET_SKIPPED_{code.upper()}", template, severity=severity, n=len(ids)))
    if scale_sets:
        builder.notes.append(note("FLEET_SCALE_SETS", MSG_SCALE_SETS, n=len(scale_sets)))
    if not builder.operations:
        builder.notes.append(note("FLEET_NOTHING", MSG_NOTHING))
    builder.notes.append(note("FLEET_POLICY_ALTERNATIVE", MSG_POLICY))
    plan = Plan(FLEET_SCOPE, "fleet", tuple(builder.operations), tuple(builder.notes))
    return FleetPlan(plan, builder.serves, report, selected, skipped)
