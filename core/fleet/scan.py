"""Scan the fleet: every VM and scale set in scope with its boot integrity monitoring status, page by page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.fleet.graph import FIRST_BATCH, QuotaGate, Scope, query_pages
from core.fleet.model import FleetVm, MachineKind
from core.fleet.queries import SCALE_SET_QUERY, VM_QUERY
from core.fleet.status import STATUS_ORDER, FleetStatus

if TYPE_CHECKING:
    from core.azure.session import ArmSession


@dataclass
class FleetScan:
    """What a scan found; ``vms`` holds VMs and scale sets (``FleetVm.kind``)."""

    vms: list[FleetVm] = field(default_factory=list)
    subscriptions: list[str] = field(default_factory=list)
    quota_wait_s: float = 0.0

    def counts(self) -> dict[FleetStatus, int]:
        found = dict.fromkeys(STATUS_ORDER, 0)
        for vm in self.vms:
            found[vm.status] += 1
        return found

    def to_json(self) -> dict[str, Any]:
        """The ``fleet scan --json`` object: ``{"vms": [...], "counts": {status: n}}``."""
        return {
            "vms": [vm.to_json() for vm in self.vms],
            "counts": {status.value: n for status, n in self.counts().items()},
        }


async def resolve_subscriptions(session: ArmSession, scope: Scope) -> list[str]:
    if scope.management_group:
        return []
    if scope.subscriptions is not None:
        return list(scope.subscriptions)
    from core.azure.inventory import list_subscriptions

    return [s.id for s in await list_subscriptions(session) if (s.state or "Enabled").lower() != "disabled"]


async def iter_fleet_pages(
    session: ArmSession, scope: Scope, *, gate: QuotaGate | None = None, subscriptions: list[str] | None = None
) -> AsyncIterator[list[FleetVm]]:
    """VM pages first (sorted by id), then the scale sets; each page as it arrives, so a table can fill."""
    gate = gate or QuotaGate()
    subs = subscriptions if subscriptions is not None else await resolve_subscriptions(session, scope)
    if not subs and not scope.management_group:
        return
    seen: set[str] = set()
    vm_pages = query_pages(session, VM_QUERY, scope, gate, subs, parse=_vms, first_batch=FIRST_BATCH)
    async for vms in vm_pages:
        page = [vm for vm in vms if vm.key not in seen]  # a VM with two attestation extensions: two joined rows
        seen.update(vm.key for vm in page)
        yield page
    async for page in query_pages(session, SCALE_SET_QUERY, scope, gate, subs, parse=_scale_sets):
        yield page


def _vms(rows: list[dict[str, Any]]) -> list[FleetVm]:
    return [FleetVm.from_vm_row(row) for row in rows]


def _scale_sets(rows: list[dict[str, Any]]) -> list[FleetVm]:
    return [FleetVm.from_scale_set_row(row) for row in rows]


async def scan_fleet(session: ArmSession, scope: Scope | None = None) -> FleetScan:
    scope = scope or Scope()
    gate = QuotaGate()
    subscriptions = await resolve_subscriptions(session, scope)
    result = FleetScan(subscriptions=subscriptions)
    async for page in iter_fleet_pages(session, scope, gate=gate, subscriptions=subscriptions):
        result.vms.extend(page)
    result.quota_wait_s = gate.waited_s
    return result


__all__ = ["FleetScan", "MachineKind", "Scope", "iter_fleet_pages", "resolve_subscriptions", "scan_fleet"]
