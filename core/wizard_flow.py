"""Which wizard page comes next: a pure function of what the user chose and what was found.

``QWizard.nextId()`` delegates here, so branching is tested without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class PageId(IntEnum):
    WELCOME = 0
    SIGN_IN = 1
    CHOOSE_VM = 2
    PREREQUISITES = 3
    ENABLE = 4
    DIAGNOSIS = 5
    FIX = 6
    VERIFY = 7
    SUMMARY = 8
    UPGRADE = 9  # Standard -> Trusted Launch, offered from Prerequisites
    FLEET = 10  # "Many VMs": scan, shared causes, plan, apply and verify on one page


END = -1  # QWizard's "no next page"


@dataclass(frozen=True, slots=True)
class FlowState:
    """Facts the branching depends on; unknown facts are None."""

    simulated: bool = True
    signed_in: bool = False
    vm_chosen: bool = False
    prerequisites_met: bool | None = None
    monitoring_healthy: bool | None = None
    path_blocked: bool | None = None
    fix_applied: bool = False
    upgrade_requested: bool = False  # the user chose "Upgrade to Trusted Launch…" on the Prerequisites page
    fleet: bool = False  # the welcome page's "Many VMs"


def next_page(current: PageId, state: FlowState, available: frozenset[PageId]) -> int:
    """The page after ``current``; pages not yet built (not in ``available``) are skipped."""
    candidates = _successors(current, state)
    for page in candidates:
        if page in available:
            return int(page)
    return END


def _successors(current: PageId, state: FlowState) -> list[PageId]:
    match current:
        case PageId.WELCOME:
            work = PageId.FLEET if state.fleet else PageId.CHOOSE_VM
            first = work if state.simulated else PageId.SIGN_IN
            return [first, work]
        case PageId.SIGN_IN:
            return [PageId.FLEET if state.fleet else PageId.CHOOSE_VM]
        case PageId.FLEET:
            return []
        case PageId.CHOOSE_VM:
            return [PageId.PREREQUISITES, PageId.SUMMARY]
        case PageId.PREREQUISITES:
            if state.upgrade_requested:
                return [PageId.UPGRADE, PageId.SUMMARY]
            if state.prerequisites_met is False:
                return [PageId.SUMMARY]
            return [PageId.ENABLE, PageId.DIAGNOSIS, PageId.SUMMARY]
        case PageId.ENABLE:
            if state.monitoring_healthy:
                return [PageId.SUMMARY]
            return [PageId.DIAGNOSIS, PageId.SUMMARY]
        case PageId.DIAGNOSIS:
            if state.path_blocked:
                return [PageId.FIX, PageId.SUMMARY]
            return [PageId.VERIFY, PageId.SUMMARY]
        case PageId.FIX:
            # Nothing applied (the user chose not to, or it failed): there is nothing to verify.
            if not state.fix_applied:
                return [PageId.SUMMARY]
            return [PageId.VERIFY, PageId.SUMMARY]
        case PageId.VERIFY:
            return [PageId.SUMMARY]
        case PageId.UPGRADE:
            # Upgraded: on to Enable (it shows the extension the upgrade installed, or installs it).
            if state.prerequisites_met:
                return [PageId.ENABLE, PageId.SUMMARY]
            return [PageId.SUMMARY]
        case PageId.SUMMARY:
            return []
