"""Management locks as ARM enforces them (https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources).

A lock is a resource of type ``Microsoft.Authorization/locks`` at ``{scope}/providers/Microsoft.Authorization/
locks/{name}`` with ``properties.level`` ``ReadOnly`` or ``CanNotDelete``; it applies to its scope and
everything below it. ``ReadOnly`` refuses every request but reads ("similar to restricting all authorized users
to the permissions that the Reader role provides", so POST actions too — the stricter reading);
``CanNotDelete`` refuses deletes only. A refusal is ``409 ScopeLocked`` naming the locked scope(s), not the lock.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from core.simulator.errors import ArmError

LOCK_TYPE = "microsoft.authorization/locks"
_MARKER = "/providers/microsoft.authorization/locks/"


def lock_scope(lock_id: str) -> str:
    """The scope a lock protects: its id up to ``/providers/Microsoft.Authorization/locks/``."""
    cut = lock_id.lower().rfind(_MARKER)
    return lock_id[:cut] if cut > 0 else lock_id


def _covers(scope: str, path: str) -> bool:
    outer, inner = scope.rstrip("/").lower(), path.rstrip("/").lower()
    return inner == outer or inner.startswith(outer + "/")


def _level(lock: dict[str, Any]) -> str:
    return str((lock.get("properties") or {}).get("level", "")).lower()


def refusing_locks(locks: Iterable[dict[str, Any]], method: str, path: str) -> list[dict[str, Any]]:
    """The locks that refuse ``method`` on ``path`` (empty: allowed)."""
    if method in ("GET", "HEAD") or _MARKER in path.lower():
        return []  # reads are never locked; the locks API itself is governed by RBAC, not by locks
    found = []
    for lock in locks:
        if not _covers(lock_scope(str(lock.get("id", ""))), path):
            continue
        if _level(lock) == "readonly" or (_level(lock) == "cannotdelete" and method == "DELETE"):
            found.append(lock)
    return found


def check_locks(locks: Iterable[dict[str, Any]], method: str, path: str) -> None:
    refusing = refusing_locks(locks, method, path)
    if not refusing:
        return
    operation = "delete" if method == "DELETE" else "write"
    scopes = ",".join(f"'{lock_scope(str(lock['id']))}'" for lock in refusing)
    raise ArmError(
        409,
        "ScopeLocked",
        f"The scope '{path.rstrip('/')}' cannot perform {operation} operation because following scope(s) are "
        f"locked: {scopes}. Please remove the lock and try again.",
    )
