"""Microsoft.Authorization/locks: list and get management locks (ManagementLocks_* in the 2016-09-01 spec).

Spec: specification/resources/resource-manager/Microsoft.Authorization/stable/2016-09-01/locks.json. A list at
subscription level returns every lock in the subscription (subscription, groups, resources); at group level
the group's locks and those of its resources.
"""

from __future__ import annotations

from typing import Any

from core.simulator.errors import ArmError
from core.simulator.handlers.common import check_scope
from core.simulator.http import Call, Reply, Route
from core.simulator.locks import lock_scope


def _within(lock: dict[str, Any], scope: str) -> bool:
    outer, inner = scope.rstrip("/").lower(), lock_scope(str(lock.get("id", ""))).rstrip("/").lower()
    return inner == outer or inner.startswith(outer + "/")


async def list_at_subscription(call: Call) -> Reply:
    check_scope(call)
    scope = f"/subscriptions/{call.params['sub']}"
    return Reply(200, {"value": [lock for lock in call.state.store.locks if _within(lock, scope)]})


async def list_at_group(call: Call) -> Reply:
    check_scope(call)
    scope = f"/subscriptions/{call.params['sub']}/resourceGroups/{call.params['rg']}"
    return Reply(200, {"value": [lock for lock in call.state.store.locks if _within(lock, scope)]})


async def get_lock(call: Call) -> Reply:
    check_scope(call)
    wanted = call.path.rstrip("/").lower()
    for lock in call.state.store.locks:
        if str(lock.get("id", "")).lower() == wanted:
            return Reply(200, lock)
    raise ArmError(404, "LockNotFound", f"The lock '{call.params['name']}' could not be found.")


def routes() -> list[Route]:
    sub = "/subscriptions/{sub}/providers/Microsoft.Authorization/locks"
    rg = "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Authorization/locks"
    read = "Microsoft.Authorization/locks/read"
    return [
        Route("GET", sub, "ManagementLocks_ListAtSubscriptionLevel", list_at_subscription, read),
        Route("GET", f"{sub}/{{name}}", "ManagementLocks_GetAtSubscriptionLevel", get_lock, read),
        Route("GET", rg, "ManagementLocks_ListAtResourceGroupLevel", list_at_group, read),
        Route("GET", f"{rg}/{{name}}", "ManagementLocks_GetAtResourceGroupLevel", get_lock, read),
    ]
