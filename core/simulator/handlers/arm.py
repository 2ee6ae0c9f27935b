"""Subscriptions, resource groups and the polling URLs of long-running operations."""

from __future__ import annotations

from typing import Any

from core.simulator.errors import ArmError, resource_group_not_found, subscription_not_found
from core.simulator.http import Call, Reply, Route
from core.simulator.paging import paged


def _subscription_body(call: Call, subscription_id: str) -> dict[str, Any]:
    for listed in call.state.store.explicit_subscriptions:
        listed_id = str(listed.get("subscriptionId") or listed.get("id", "").rsplit("/", 1)[-1])
        if listed_id.lower() == subscription_id.lower():
            return listed
    return {
        "id": f"/subscriptions/{subscription_id}",
        "authorizationSource": "RoleBased",
        "managedByTenants": [],
        "subscriptionId": subscription_id,
        "tenantId": call.state.options.tenant_id,
        "displayName": f"Subscription {subscription_id[:8]}",
        "state": "Enabled",
        "subscriptionPolicies": {
            "locationPlacementId": "Public_2014-09-01",
            "quotaId": "EnterpriseAgreement_2014-09-01",
            "spendingLimit": "Off",
        },
    }


async def list_subscriptions(call: Call) -> Reply:
    visible = [s for s in call.state.store.subscription_ids() if call.state.authorizer.can_see_subscription(s)]
    return paged(call, [_subscription_body(call, s) for s in visible])


async def get_subscription(call: Call) -> Reply:
    sub = call.params["sub"]
    if not call.state.store.has_subscription(sub) or not call.state.authorizer.can_see_subscription(sub):
        raise subscription_not_found(sub)
    return Reply(200, _subscription_body(call, sub))


async def list_tenants(call: Call) -> Reply:
    tenant = call.state.options.tenant_id
    return Reply(200, {"value": [{"id": f"/tenants/{tenant}", "tenantId": tenant, "tenantCategory": "Home"}]})


async def list_resource_groups(call: Call) -> Reply:
    sub = call.params["sub"]
    if not call.state.store.has_subscription(sub):
        raise subscription_not_found(sub)
    return paged(call, call.state.visible(call.state.store.resource_groups(sub)))


async def get_resource_group(call: Call) -> Reply:
    sub, name = call.params["sub"], call.params["rg"]
    if not call.state.store.has_subscription(sub):
        raise subscription_not_found(sub)
    group = call.state.store.resource_group(sub, name)
    if group is None:
        raise resource_group_not_found(name)
    return Reply(200, group)


async def operation_status(call: Call) -> Reply:
    op = call.state.ops.get(call.params["op"])
    if op is None:
        raise ArmError(404, "OperationNotFound", f"The operation '{call.params['op']}' could not be found.")
    op.advance()
    headers = {} if op.done else {"Retry-After": f"{call.state.options.lro_retry_after:g}"}
    return Reply(200, op.status_body(), headers)


async def operation_result(call: Call) -> Reply:
    op = call.state.ops.get(call.params["op"])
    if op is None:
        raise ArmError(404, "OperationNotFound", f"The operation '{call.params['op']}' could not be found.")
    op.advance()
    if not op.done:
        return Reply(
            202,
            None,
            {
                "Location": call.link(call.path, dict(call.query)),
                "Retry-After": f"{call.state.options.lro_retry_after:g}",
            },
        )
    if op.error is not None:
        raise ArmError(400, str(op.error.get("code", "OperationFailed")), str(op.error.get("message", "")))
    if op.result is None:
        return Reply(204)
    return Reply(200, op.result)


def routes() -> list[Route]:
    sub = "/subscriptions/{sub}"
    rg_read = "Microsoft.Resources/subscriptions/resourceGroups/read"
    return [
        Route("GET", "/subscriptions", "Subscriptions_List", list_subscriptions),
        Route("GET", "/tenants", "Tenants_List", list_tenants),
        Route("GET", sub, "Subscriptions_Get", get_subscription),
        Route("GET", f"{sub}/resourcegroups", "ResourceGroups_List", list_resource_groups),
        Route("GET", f"{sub}/resourcegroups/{{rg}}", "ResourceGroups_Get", get_resource_group, rg_read),
        Route(
            "GET", f"{sub}/providers/{{ns}}/locations/{{loc}}/operations/{{op}}", "AsyncOperation_Get", operation_status
        ),
        Route(
            "GET",
            f"{sub}/providers/{{ns}}/locations/{{loc}}/operationResults/{{op}}",
            "AsyncOperationResult_Get",
            operation_result,
        ),
    ]
