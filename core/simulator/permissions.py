"""Role-based access as ARM enforces it, for the snapshot's ``principal``.

A principal is ``{"displayName", "userPrincipalName", "objectId", "roleAssignments": [{"scope",
"roleDefinitionName"}]}``. Without a principal every call is allowed (an Owner of everything). Built-in roles
are modelled by their Actions/NotActions patterns; Reader has ``*/read`` only, so — as in Azure — it may not
run POST actions such as effective security rules or run command.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from typing import Any

from core.simulator.errors import ArmError

# Built-in roles, reduced to the actions this simulator serves (role name lower-cased).
BUILTIN_ROLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "owner": (("*",), ()),
    "contributor": (
        ("*",),
        (
            "Microsoft.Authorization/*/Delete",
            "Microsoft.Authorization/*/Write",
            "Microsoft.Authorization/elevateAccess/Action",
        ),
    ),
    "reader": (("*/read",), ()),
    "virtual machine contributor": (
        ("*/read", "Microsoft.Compute/virtualMachines/*", "Microsoft.Network/networkInterfaces/*"),
        (),
    ),
    "network contributor": (("*/read", "Microsoft.Network/*"), ()),
    "resource policy contributor": (
        (
            "*/read",
            "Microsoft.Authorization/policyassignments/*",
            "Microsoft.Authorization/policydefinitions/*",
            "Microsoft.Authorization/policyexemptions/*",
            "Microsoft.Authorization/policysetdefinitions/*",
            "Microsoft.PolicyInsights/*",
            "Microsoft.Support/*",
        ),
        (),
    ),
    "user access administrator": (("*/read", "Microsoft.Authorization/*", "Microsoft.Support/*"), ()),
}


def _scope_covers(scope: str, target: str) -> bool:
    scope_l, target_l = scope.rstrip("/").lower(), target.rstrip("/").lower()
    return scope_l == "" or target_l == scope_l or target_l.startswith(scope_l + "/")


def _matches(pattern: str, action: str) -> bool:
    return fnmatch.fnmatchcase(action.lower(), pattern.lower())


class Authorizer:
    def __init__(self, principal: Mapping[str, Any] | None) -> None:
        self._principal = principal

    def _roles_at(self, scope: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        assert self._principal is not None
        roles = []
        for assignment in self._principal.get("roleAssignments", []):
            if _scope_covers(str(assignment.get("scope", "")), scope):
                role = BUILTIN_ROLES.get(str(assignment.get("roleDefinitionName", "")).lower())
                if role is not None:
                    roles.append(role)
        return roles

    def allowed(self, action: str, scope: str) -> bool:
        if self._principal is None:
            return True
        for actions, not_actions in self._roles_at(scope):
            if any(_matches(p, action) for p in actions) and not any(_matches(p, action) for p in not_actions):
                return True
        return False

    def can_see_subscription(self, subscription_id: str) -> bool:
        """Listed when the principal has any assignment at, above or below the subscription."""
        if self._principal is None:
            return True
        sub_scope = f"/subscriptions/{subscription_id}"
        for assignment in self._principal.get("roleAssignments", []):
            scope = str(assignment.get("scope", ""))
            if _scope_covers(scope, sub_scope) or _scope_covers(sub_scope, scope):
                return True
        return False

    def check(self, action: str, scope: str) -> None:
        if not self.allowed(action, scope):
            raise self.denial(action, scope)

    def denial(self, action: str, scope: str) -> ArmError:
        principal = self._principal or {}
        client = principal.get("userPrincipalName") or principal.get("displayName") or "unknown"
        return ArmError(
            403,
            "AuthorizationFailed",
            f"The client '{client}' with object id '{principal.get('objectId', '')}' does not have authorization "
            f"to perform action '{action}' over scope '{scope}' or the scope is invalid. If access was recently "
            "granted, please refresh your credentials.",
        )
