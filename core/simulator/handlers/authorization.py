"""Microsoft.Authorization permissions: what the snapshot's principal may do at a scope, in ARM's shape.

``GET {scope}/providers/Microsoft.Authorization/permissions`` answers ``{"value": [{"actions", "notActions",
"dataActions", "notDataActions"}]}`` with one entry per role assignment that covers the scope. Without a
principal the caller is an owner of everything. Anyone may read their own permissions (no RBAC check).
"""

from __future__ import annotations

import re
from typing import Any

from core.simulator.http import Call, Reply, Route
from core.simulator.permissions import BUILTIN_ROLES

_SCOPE = r"(?P<scope>/subscriptions/[^/]+(?:/.+?)?)"


class _ScopeRoute(Route):
    """A route whose scope spans any number of path segments (subscription, group or resource)."""

    def compile(self) -> re.Pattern[str]:
        return re.compile(rf"^{_SCOPE}/providers/Microsoft\.Authorization/permissions/?$", re.IGNORECASE)


def _covers(assignment_scope: str, scope: str) -> bool:
    outer, inner = assignment_scope.rstrip("/").lower(), scope.rstrip("/").lower()
    return outer == "" or inner == outer or inner.startswith(outer + "/")


def _entry(actions: tuple[str, ...], not_actions: tuple[str, ...]) -> dict[str, Any]:
    return {"actions": list(actions), "notActions": list(not_actions), "dataActions": [], "notDataActions": []}


async def list_permissions(call: Call) -> Reply:
    scope = call.params["scope"]
    principal = call.state.store.principal
    if principal is None:
        return Reply(200, {"value": [_entry(*BUILTIN_ROLES["owner"])]})
    entries = []
    for assignment in principal.get("roleAssignments", []):
        if _covers(str(assignment.get("scope", "")), scope):
            role = BUILTIN_ROLES.get(str(assignment.get("roleDefinitionName", "")).lower())
            if role is not None:
                entries.append(_entry(*role))
    return Reply(200, {"value": entries})


def routes() -> list[Route]:
    return [
        _ScopeRoute(
            "GET", "{scope}/providers/Microsoft.Authorization/permissions", "Permissions_List", list_permissions
        )
    ]
