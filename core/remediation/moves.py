"""Priority moves of someone else's firewall rule collections: making room, and reading them back from a plan.

Azure Firewall's lowest priority number is 100. When the blocking rule collection (classic) or rule collection
group (Firewall Policy) already holds the number we need and nothing lower is free, the only way ahead of it is
to move it up; any collection that holds the next number moves up by one as well, so the relative order of all of
them stays as it was. The front ends ask for a separate consent for such a move (``Plan.changes_existing_rules``)
and name every moved collection with its old and new priority.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from core.remediation.armjson import items, props

if TYPE_CHECKING:
    from core.remediation.plan import Operation

MAX_PRIORITY = 65000  # Azure Firewall rule collections and rule collection groups: 100-65000
CLASSIC_KEYS = ("natRuleCollections", "networkRuleCollections", "applicationRuleCollections")
_FIREWALL_TARGETS = ("/providers/microsoft.network/azurefirewalls/", "/rulecollectiongroups/")


@dataclass(frozen=True)
class PriorityMove:
    """One collection (or group) of someone else that a plan moves: its name and its old and new priority."""

    name: str
    old: int
    new: int
    group: bool = False  # a Firewall Policy rule collection group (else a classic rule collection)


K = TypeVar("K", bound=Hashable)


def make_room(holders: Mapping[K, int], at: int, maximum: int = MAX_PRIORITY) -> dict[K, int] | None:
    """New priorities (name -> priority) that free ``at``: its holder moves up by one, pushing the holder of the
    next number, and so on until a free number; ``None`` when that would pass ``maximum``."""
    by_priority = {priority: name for name, priority in holders.items()}
    moved: dict[K, int] = {}
    priority = at
    while priority in by_priority:  # at most maximum - at steps: every step takes the next number
        if priority + 1 > maximum:
            return None
        moved[by_priority[priority]] = priority + 1
        priority += 1
    return moved


def _priorities(resource: Mapping[str, Any] | None, own_name: str) -> dict[tuple[str, str], int]:
    """(collection kind, name) -> priority of a rule collection group itself or of a classic firewall's
    collections."""
    found: dict[tuple[str, str], int] = {}
    properties = props(resource)
    if isinstance(properties.get("priority"), int):
        found[("group", own_name)] = properties["priority"]
    for key in CLASSIC_KEYS:
        for collection in items(properties.get(key)):
            priority = props(collection).get("priority")
            if isinstance(priority, int):
                found[(key, str(collection.get("name", "")))] = priority
    return found


def collection_moves(op: Operation) -> tuple[PriorityMove, ...]:
    """The firewall rule collections (or groups) whose priority ``op`` changes, from its body and ``previous``.

    Works on operations rebuilt from the audit log too (body and ``previous`` are kept there).
    """
    target = op.target_id.lower()
    if op.body is None or op.previous is None or not any(t in target for t in _FIREWALL_TARGETS):
        return ()
    own_name = op.target_id.rstrip("/").rsplit("/", 1)[-1]
    before, after = _priorities(op.previous, own_name), _priorities(op.body, own_name)
    return tuple(
        PriorityMove(name, old, after[(kind, name)], kind == "group")
        for (kind, name), old in before.items()
        if (kind, name) in after and after[(kind, name)] != old
    )


def plan_moves(operations: Iterable[Operation]) -> list[PriorityMove]:
    """Every collection move of a plan's operations, in plan order."""
    return [move for op in operations for move in collection_moves(op)]


def describe(moves: Iterable[PriorityMove]) -> str:
    """``Deny-Internet 100 → 101, Deny-Rest 101 → 102`` (names and numbers read the same in every language)."""
    return ", ".join(f"{m.name} {m.old} → {m.new}" for m in moves)
