"""Check before writing: may the signed-in principal perform each planned write on its target?

Uses ARM's permissions API (``GET {scope}/providers/Microsoft.Authorization/permissions``) through the network
client's public ``send_request`` — no extra SDK package is needed. A principal that may only read still gets
the full diagnosis and plan; apply is refused up front, naming the role that is missing.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from azure.core.rest import HttpRequest

from core.arm_ids import ResourceId
from core.azure.session import ArmSession
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.plan import Operation, OpKind, Plan

PERMISSIONS_API_VERSION = "2022-04-01"

MSG_MISSING = QT_TRANSLATE_NOOP(
    "Remediation",
    "You are not allowed to perform {action} on {resource}. Ask an owner for the role {role} on it (or on its "
    "resource group), then run the command again.",
)
MSG_UNCHECKED = QT_TRANSLATE_NOOP(
    "Remediation",
    "Your permissions on {resource} could not be checked ({detail}); the change is attempted anyway.",
)


@dataclass(frozen=True)
class MissingPermission:
    scope: str
    action: str
    role: str

    def render(self, translate: Any = None) -> str:
        template = translate("Remediation", MSG_MISSING) if translate else MSG_MISSING
        return str(template).format(action=self.action, resource=self.scope, role=self.role)


@dataclass
class PermissionCheck:
    missing: list[MissingPermission] = field(default_factory=list)
    unchecked: dict[str, str] = field(default_factory=dict)  # scope -> why

    @property
    def ok(self) -> bool:
        return not self.missing


def _matches(pattern: str, action: str) -> bool:
    return fnmatch.fnmatchcase(action.lower(), str(pattern).lower())


def allows(entries: Iterable[Mapping[str, Any]], action: str) -> bool:
    """ARM's rule: some entry grants the action through ``actions`` and does not take it back in ``notActions``."""
    for entry in entries:
        granted = any(_matches(p, action) for p in entry.get("actions") or [])
        if granted and not any(_matches(p, action) for p in entry.get("notActions") or []):
            return True
    return False


async def _permissions(session: ArmSession, scope: str) -> list[Mapping[str, Any]]:
    client = session.network(ResourceId.parse(scope).subscription_id or "")
    url: str | None = f"{scope}/providers/Microsoft.Authorization/permissions?api-version={PERMISSIONS_API_VERSION}"
    entries: list[Mapping[str, Any]] = []
    while url:
        response = await client.send_request(HttpRequest("GET", url))
        response.raise_for_status()
        body = response.json()
        entries.extend(e for e in body.get("value") or [] if isinstance(e, Mapping))
        url = body.get("nextLink")
    return entries


def _containing_scope(path: str) -> str:
    """``…/providers/Microsoft.Authorization`` is no scope of its own: the scope is what comes before it."""
    if path.lower().split("/")[-2:-1] == ["providers"]:
        path = path.rsplit("/", 2)[0]
    return path or "/"


def scope_of(op: Operation) -> str:
    """Where ARM decides on ``op``: the parent for a child we create or delete (``Operation.permission_scope``), the
    containing scope for anything else we create (it does not exist yet), the resource for an action on it.

    A target that still holds a reference to an earlier step's answer is judged at the scope that contains it.
    """
    if op.permission_scope != op.target_id:
        return op.permission_scope
    if "${" in op.target_id:
        before = op.target_id.split("${", 1)[0].rstrip("/").split("/")
        return _containing_scope("/".join(before[:-1]))  # without the collection the name would be in
    parts = op.target_id.rstrip("/").split("/")
    if op.kind is OpKind.ACTION:
        return "/".join(parts[:-1])
    if op.kind is OpKind.CREATE and len(parts) > 3:
        return _containing_scope("/".join(parts[:-2]))
    return op.target_id


async def check_permissions(session: ArmSession, plan: Plan) -> PermissionCheck:
    from core.azure.errors import to_arm_error

    result = PermissionCheck()
    cache: dict[str, list[Mapping[str, Any]] | None] = {}
    for op in plan.operations:
        scope = scope_of(op)
        key = scope.lower()
        if key not in cache:
            try:
                cache[key] = await _permissions(session, scope)
            except Exception as error:  # the check is advisory: the write itself is still authorised by ARM
                cache[key] = None
                result.unchecked[scope] = to_arm_error(error).detail
        entries = cache[key]
        if entries is not None and not allows(entries, op.action):
            missing = MissingPermission(scope, op.action, op.role)
            if missing not in result.missing:
                result.missing.append(missing)
    return result
