"""Fleet use cases: scan → shared causes → plan (with the permission check) → apply → re-scan; and resume."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.changes.run import StopToken
from core.diagnosis.resource_index import ResourceIndex
from core.fleet.apply import DEFAULT_MAX_PARALLEL, FleetApplier, FleetApplyReport, StepFinished
from core.fleet.causes import CauseReport, needs_attention, shared_causes
from core.fleet.graph import Scope
from core.fleet.journal import Journal
from core.fleet.network import network_index
from core.fleet.plan import FleetGoal, FleetPlan, Selection, plan_fleet
from core.fleet.scan import FleetScan, scan_fleet
from core.fleet.status import FleetStatus
from core.remediation.audit import AuditLog
from core.remediation.extension_plan import ExtensionOptions
from core.remediation.firewall_plan import Prefer
from core.remediation.permissions import PermissionCheck, check_permissions
from core.remediation.plan import Plan

if TYPE_CHECKING:
    from core.azure.session import ArmSession

PERMISSION_CHECKS_IN_PARALLEL = 8


@dataclass
class FleetAnalysis:
    scope: Scope
    scan: FleetScan
    index: ResourceIndex
    causes: CauseReport
    fleet_plan: FleetPlan
    permissions: PermissionCheck


async def find_causes(
    session: ArmSession, scope: Scope, scan: FleetScan, selection: Selection
) -> tuple[ResourceIndex, CauseReport]:
    """The shared causes of the selected VMs that are failed or not installed (evaluated off the event loop)."""
    attention = needs_attention(selection.pick(scan.vms))
    if not attention:
        return ResourceIndex(), CauseReport([], [], [], [])
    locations = sorted({vm.location for vm in attention})
    index = await network_index(session, scope, scan.subscriptions, locations)
    return index, await asyncio.to_thread(shared_causes, attention, index)


async def check_fleet_permissions(session: ArmSession, plan: Plan) -> PermissionCheck:
    """The single-VM permission check, one permissions call per distinct scope, several at once."""
    by_scope: dict[str, list[Any]] = {}
    for op in plan.operations:
        by_scope.setdefault(op.permission_scope.lower(), []).append(op)
    limit = asyncio.Semaphore(PERMISSION_CHECKS_IN_PARALLEL)

    async def one(ops: list[Any]) -> PermissionCheck:
        async with limit:
            return await check_permissions(session, Plan(plan.vm_id, plan.goal, tuple(ops)))

    merged = PermissionCheck()
    for check in await asyncio.gather(*(one(ops) for ops in by_scope.values())):
        merged.missing += [m for m in check.missing if m not in merged.missing]
        merged.unchecked.update(check.unchecked)
    return merged


async def analyse(
    session: ArmSession,
    scope: Scope,
    selection: Selection,
    goal: FleetGoal,
    *,
    prefer: Prefer = "nsg",
    extension_options: ExtensionOptions | None = None,
    scan: FleetScan | None = None,
) -> FleetAnalysis:
    scan = scan or await scan_fleet(session, scope)
    index, causes = await find_causes(session, scope, scan, selection)
    fleet_plan = plan_fleet(
        scan.vms, selection, goal, causes, index, prefer=prefer, extension_options=extension_options
    )
    permissions = await check_fleet_permissions(session, fleet_plan.plan)
    return FleetAnalysis(scope, scan, index, causes, fleet_plan, permissions)


@dataclass
class FleetOutcome:
    plan: Plan
    serves: list[tuple[str, ...]]
    report: FleetApplyReport
    after: FleetScan | None
    after_causes: CauseReport | None
    journal: Journal
    selected: set[str]  # lower-case ids of the VMs the plan was made for

    def served(self) -> set[str]:
        return {vm_id.lower() for ids in self.serves for vm_id in ids}

    def still_blocked(self) -> set[str]:
        """Selected VMs whose path is still blocked or unknown after the run."""
        if self.after_causes is None:
            return set(self.selected)
        blocked = {v.lower() for c in self.after_causes.causes for v in c.vm_ids}
        blocked |= {vm.key for c in self.after_causes.unknown for vm in c.vms}
        return blocked & self.selected

    def not_healthy(self) -> set[str]:
        """Served VMs with an extension operation that are not healthy (or still provisioning) afterwards."""
        with_extension = {
            vm_id.lower()
            for op, ids in zip(self.plan.operations, self.serves, strict=True)
            if "/extensions/" in op.target_id.lower()
            for vm_id in ids
        }
        if self.after is None:
            return with_extension
        ok = {vm.key for vm in self.after.vms if vm.status in (FleetStatus.HEALTHY, FleetStatus.PENDING)}
        return with_extension - ok

    def to_json(self) -> dict[str, Any]:
        return {
            "apply": self.report.to_json(self.serves),
            "journal": str(self.journal.path),
            "after": None
            if self.after is None
            else {
                "counts": {s.value: n for s, n in self.after.counts().items()},
                "causes": self.after_causes.to_json() if self.after_causes is not None else None,
                "stillBlocked": sorted(self.still_blocked()),
                "notHealthy": sorted(self.not_healthy()),
            },
        }


def scope_json(scope: Scope) -> dict[str, Any]:
    return {
        "subscriptions": list(scope.subscriptions) if scope.subscriptions is not None else None,
        "managementGroup": scope.management_group,
    }


def scope_from_json(data: dict[str, Any]) -> Scope:
    subs = data.get("subscriptions")
    return Scope(tuple(subs) if isinstance(subs, list) else None, data.get("managementGroup"))


async def _run(
    session: ArmSession,
    plan: Plan,
    serves: list[tuple[str, ...]],
    scope: Scope,
    journal: Journal,
    done: dict[int, str],
    selected: set[str],
    *,
    max_parallel: int,
    permissions: PermissionCheck | None,
    on_step: StepFinished | None,
    audit: AuditLog | None,
    on_rescan: Callable[[], None] | None,
    stop: StopToken | None,
) -> FleetOutcome:
    applier = FleetApplier(session, max_parallel=max_parallel, audit=audit, stop=stop)
    report = await applier.apply(plan, serves, journal=journal, done=done, permissions=permissions, on_step=on_step)
    if report.cancelled:  # stopped on request: no re-scan (the user wants out; --resume re-scans at its end)
        return FleetOutcome(plan, serves, report, None, None, journal, selected)
    if on_rescan is not None:
        on_rescan()
    after: FleetScan | None = None
    after_causes: CauseReport | None = None
    with contextlib.suppress(Exception):  # the apply report must survive a failing re-scan; the caller says so
        after = await scan_fleet(session, scope)
        selection = Selection(statuses=frozenset(), vm_ids=frozenset(selected))
        _, after_causes = await find_causes(session, scope, after, selection)
    return FleetOutcome(plan, serves, report, after, after_causes, journal, selected)


async def apply_fleet(
    session: ArmSession,
    analysis: FleetAnalysis,
    *,
    max_parallel: int = DEFAULT_MAX_PARALLEL,
    journal: Journal | None = None,
    on_step: StepFinished | None = None,
    audit: AuditLog | None = None,
    on_rescan: Callable[[], None] | None = None,
    stop: StopToken | None = None,
) -> FleetOutcome:
    plan, serves = analysis.fleet_plan.plan, analysis.fleet_plan.serves
    journal = journal or Journal.new()
    selected = [vm.id for vm in analysis.fleet_plan.selected]
    journal.start(plan, serves, scope_json(analysis.scope), selected)
    return await _run(
        session,
        plan,
        serves,
        analysis.scope,
        journal,
        {},
        {v.lower() for v in selected},
        max_parallel=max_parallel,
        permissions=analysis.permissions,
        on_step=on_step,
        audit=audit,
        on_rescan=on_rescan,
        stop=stop,
    )


async def resume_fleet(
    session: ArmSession,
    journal: Journal,
    *,
    max_parallel: int = DEFAULT_MAX_PARALLEL,
    on_step: StepFinished | None = None,
    audit: AuditLog | None = None,
    on_rescan: Callable[[], None] | None = None,
    stop: StopToken | None = None,
) -> FleetOutcome:
    """Run what an interrupted run left undone, from its journal (the plan as approved then)."""
    state = journal.read()
    return await _run(
        session,
        state.plan,
        state.serves,
        scope_from_json(state.scope),
        journal,
        state.finished,
        {v.lower() for v in state.selected},
        max_parallel=max_parallel,
        permissions=None,
        on_step=on_step,
        audit=audit,
        on_rescan=on_rescan,
        stop=stop,
    )
