"""Helpers every resource handler uses: scope checks, lookups, preconditions, long-running operations."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from core.simulator.errors import (
    ArmError,
    child_not_found,
    precondition_failed,
    resource_group_not_found,
    resource_not_found,
    subscription_not_found,
)
from core.simulator.http import Call
from core.simulator.ids import ResourceId, id_key, parse_id
from core.simulator.lro import Operation
from core.simulator.options import FaultKind

DEFAULT_LRO_ERROR = {"code": "InternalServerError", "message": "The operation failed (simulated fault)."}


def request_id(call: Call) -> str:
    """The resource id a resource URL names (the path itself, without a trailing slash)."""
    return call.path.rstrip("/")


def check_scope(call: Call) -> None:
    """ARM answers for a missing subscription or resource group before looking at the resource."""
    store = call.state.store
    sub = call.params.get("sub")
    if sub is not None and not store.has_subscription(sub):
        raise subscription_not_found(sub)
    rg = call.params.get("rg")
    if sub is not None and rg is not None and store.resource_group(sub, rg) is None:
        raise resource_group_not_found(rg)


def require(call: Call, resource_id: str | None = None) -> dict[str, Any]:
    """The live resource at ``resource_id`` (default: the request URL) or the matching 404."""
    check_scope(call)
    rid_text = resource_id or request_id(call)
    found = call.state.store.get(rid_text)
    if found is not None:
        return found
    rid = parse_id(rid_text)
    if rid.is_child:
        if call.state.store.get(rid.parent().to_str()) is None:
            parent = rid.parent()
            raise resource_not_found(parent.full_type, parent.name, parent.resource_group)
        raise child_not_found(rid_text)
    raise resource_not_found(rid.full_type, rid.name, rid.resource_group)


def check_preconditions(call: Call, current: dict[str, Any] | None, *, if_none_match: bool = True) -> None:
    """If-Match / If-None-Match as ARM honours them; a stale or unknown ETag gives 412.

    ``if_none_match=False`` where ARM's honouring of ``If-None-Match: *`` is undocumented (security rules, rule
    collection groups): the stricter reading ignores it, so a client must read (expect 404) before it creates.
    """
    if_match = call.header("If-Match")
    if if_match is not None:
        if current is None:
            raise precondition_failed()
        if if_match.strip() != "*" and if_match.strip() != str(current.get("etag", "")):
            raise precondition_failed()
    header = call.header("If-None-Match") if if_none_match else None
    if header is not None and current is not None and header.strip() == "*":
        raise precondition_failed()


def ensure_idle(call: Call, resource_id: str) -> None:
    pending = call.state.ops.pending_on(id_key(resource_id))
    if pending is not None:
        raise ArmError(
            409,
            "AnotherOperationInProgress",
            "Another operation on this or dependent resource is in progress. To retrieve status of the "
            f"operation use uri: {call.link(pending.status_path(), {'api-version': call.api_version})}.",
        )


def start_operation(
    call: Call,
    *,
    namespace: str,
    location: str,
    resource_id: str | None,
    on_complete: Callable[[Operation], None] | None,
    result: Any = None,
) -> Operation:
    """Register a long-running operation, applying any LRO faults configured for this call."""
    sub = call.params.get("sub") or parse_id(resource_id or call.path).subscription
    op = Operation(
        subscription=sub,
        namespace=namespace,
        location=(location or "westeurope").replace(" ", "").lower(),
        polls_left=call.state.options.lro_polls,
        timeout_s=call.state.options.lro_timeout_s,
        resource_key=id_key(resource_id) if resource_id else None,
        on_complete=on_complete,
        result=result,
    )
    for fault in call.faults:
        if fault.kind is FaultKind.LRO_FAILED:
            op.error = {
                "code": fault.code or DEFAULT_LRO_ERROR["code"],
                "message": fault.message or DEFAULT_LRO_ERROR["message"],
            }
        elif fault.kind is FaultKind.LRO_SLOW:
            op.polls_left += fault.polls
    return call.state.ops.add(op)


def lro_headers(call: Call, op: Operation, *, location: bool) -> dict[str, str]:
    query = {"api-version": call.api_version}
    headers = {"Azure-AsyncOperation": call.link(op.status_path(), query)}
    retry_after = call.state.options.lro_retry_after
    # Compute's generated code parses Retry-After of an initial response as int ("0.05" raises ValueError);
    # fractional delays go on the poll responses only, where the poller reads them as float.
    if float(retry_after).is_integer() and retry_after > 0:
        headers["Retry-After"] = str(int(retry_after))
    if location:
        headers["Location"] = call.link(op.result_path(), query)
    return headers


def merge_patch(target: dict[str, Any], patch: dict[str, Any]) -> None:
    """JSON merge patch (RFC 7386) as ARM PATCH applies it: objects merge, null removes, the rest replaces."""
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        elif isinstance(value, dict) and isinstance(target.get(key), dict):
            merge_patch(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


def rid_of(resource: dict[str, Any]) -> ResourceId:
    return parse_id(str(resource["id"]))
