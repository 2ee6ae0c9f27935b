"""Azure Resource Graph: evaluates the KQL the app sends (``core.simulator.kql``) over the simulated tenant.

Tables: ``Resources`` (every stored resource, VM extensions included, rows shaped as ARG returns them: type and
resourceGroup lower-cased, a VM's power state under ``properties.extended.instanceView``),
``SecurityResources`` (the snapshot's ``securityResources``: Defender assessments) and ``ResourceContainers``
(subscriptions). Scope: the request's ``subscriptions``, or its ``managementGroups`` resolved through the
snapshot's ``managementGroups`` (unknown group: 400). Paging: ``$top`` (at most 1,000) with ``$skipToken``; the
token names a stored result, as ARG's does, so later pages do not re-run the query. Quota: a per-user window
(default 15 queries per 5 s, the documented default; ``simulation.resourceGraphQuota`` overrides it) reported in
``x-ms-user-quota-remaining`` / ``x-ms-user-quota-resets-after``; beyond it 429 with those headers and no
Retry-After (the stricter reading: the documented guidance is to read the quota headers).
"""

from __future__ import annotations

import itertools
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from core.simulator.errors import ArmError
from core.simulator.http import Call, Reply, Route
from core.simulator.instance_view import power_state
from core.simulator.kql import KqlError, Row, TypeHint, parse
from core.simulator.state import SimState

MAX_TOP = 1000
DEFAULT_TOP = 100
_CACHED_RESULTS = 8
_SUPPORT = "Please provide below info when asking for support: timestamp = {}, correlationId = simulated."


@dataclass
class _GraphState:
    """Per-simulator bookkeeping: the quota window and stored results for skip tokens."""

    window_start: float = 0.0
    used: int = 0
    results: OrderedDict[str, list[Row]] = field(default_factory=OrderedDict)
    counter: itertools.count[int] = field(default_factory=itertools.count)


def _graph_state(state: SimState) -> _GraphState:
    found = getattr(state, "_resource_graph", None)  # lives and dies with the simulator's state
    if not isinstance(found, _GraphState):
        found = _GraphState()
        setattr(state, "_resource_graph", found)  # noqa: B010
    return found


def _row(call: Call, resource: dict[str, Any]) -> dict[str, Any]:
    parts = str(resource["id"]).split("/")  # /subscriptions/{s}/resourceGroups/{rg}/...
    group = parts[4] if len(parts) > 4 and parts[3].lower() == "resourcegroups" else ""
    props = dict(resource.get("properties", {}))
    view = props.pop("instanceView", None)
    if isinstance(view, dict):
        state = power_state(view)
        if state is not None:
            props["extended"] = {
                "instanceView": {
                    "powerState": {"code": f"PowerState/{state}", "level": "Info", "displayStatus": f"VM {state}"}
                }
            }
    return {
        "id": resource["id"],
        "name": resource.get("name"),
        "type": str(resource.get("type", "")).lower(),
        "tenantId": call.state.options.tenant_id,
        "kind": resource.get("kind", ""),
        "location": resource.get("location"),
        "resourceGroup": group.lower(),
        "subscriptionId": parts[2] if len(parts) > 2 else "",
        "sku": resource.get("sku"),
        "properties": props,
        "tags": resource.get("tags"),
        "zones": resource.get("zones"),
    }


def _subscription_of(resource_id: str) -> str:
    parts = resource_id.split("/")
    return parts[2].lower() if len(parts) > 2 and parts[1].lower() == "subscriptions" else ""


def _security_row(call: Call, item: dict[str, Any]) -> Row:
    rid = str(item.get("id", ""))
    parts = rid.split("/")
    group = parts[4].lower() if len(parts) > 4 and parts[3].lower() == "resourcegroups" else ""
    return {
        "id": rid,
        "name": item.get("name"),
        "type": str(item.get("type", "")).lower(),
        "tenantId": call.state.options.tenant_id,
        "kind": "",
        "location": item.get("location", ""),
        "resourceGroup": group,
        "subscriptionId": _subscription_of(rid),
        "properties": item.get("properties", {}),
        "tags": None,
    }


def _scope(call: Call, body: dict[str, Any]) -> set[str]:
    groups = body.get("managementGroups")
    if groups:
        known = {str(g.get("name", "")).lower(): g for g in call.state.store.extra.get("managementGroups") or []}
        scope: set[str] = set()
        for name in groups:
            group = known.get(str(name).lower())
            if group is None:
                raise ArmError(
                    400,
                    "BadRequest",
                    f"Management group '{name}' was not found or is not accessible. "
                    + _SUPPORT.format(time.strftime("%Y-%m-%dT%H:%M:%SZ")),
                )
            scope |= {str(s).lower() for s in group.get("subscriptions") or []}
        return scope
    return {s.lower() for s in body.get("subscriptions") or call.state.store.subscription_ids()}


def _source(call: Call, scope: set[str]) -> Any:
    store = call.state.store

    def rows(table: str, hint: TypeHint | None) -> list[Row]:
        if table == "resources":
            if hint and len(scope) < len(store.subscription_ids()):
                # A few subscriptions: read just theirs (the store keeps resources by type and subscription).
                candidates = [r for sub in scope for r in store.list_type(hint.resource_type, sub)]
            else:
                candidates = store.list_type(hint.resource_type) if hint else list(store.all_resources())
            return [_row(call, r) for r in call.state.visible(candidates) if _subscription_of(str(r["id"])) in scope]
        if table == "securityresources":
            # Defender's assessments: the snapshot's securityResources section and the assessments stored as
            # resources under their VMs (Microsoft.Security/assessments), as the assessments API serves them.
            stored = call.state.visible(
                [r for r in store.all_resources() if str(r.get("type", "")).lower() == "microsoft.security/assessments"]
            )
            items = [*(store.extra.get("securityResources") or []), *stored]
            return [
                _security_row(call, item)
                for item in items
                if _subscription_of(str(item.get("id", ""))) in scope
                and (hint is None or str(item.get("type", "")).lower() == hint.resource_type)
            ]
        if table == "resourcecontainers":
            names = {str(s.get("subscriptionId", "")).lower(): s for s in store.explicit_subscriptions}
            return [
                {
                    "id": f"/subscriptions/{sub}",
                    "name": names.get(sub.lower(), {}).get("displayName", sub),
                    "type": "microsoft.resources/subscriptions",
                    "subscriptionId": sub,
                    "tenantId": call.state.options.tenant_id,
                    "properties": {"state": names.get(sub.lower(), {}).get("state", "Enabled")},
                }
                for sub in store.subscription_ids()
                if sub.lower() in scope
            ]
        raise KqlError(f"table {table!r} is not available")

    return rows


def _quota(call: Call) -> dict[str, str]:
    """Count this query against the user's window; 429 (with the quota headers) when it is used up."""
    settings = (call.state.store.simulation.get("resourceGraphQuota") or {}) if call.state.store.simulation else {}
    limit = int(settings.get("queries", call.state.options.graph_quota))
    window = float(settings.get("windowSeconds", call.state.options.graph_quota_window_s))
    graph = _graph_state(call.state)
    now = time.monotonic()
    if now - graph.window_start >= window:
        graph.window_start, graph.used = now, 0
    resets = max(0.0, window - (now - graph.window_start))
    headers = {"x-ms-user-quota-resets-after": _hms(resets)}
    if graph.used >= limit:
        headers["x-ms-user-quota-remaining"] = "0"
        raise ArmError(
            429,
            "RateLimiting",
            "Client application has been throttled and should not attempt to repeat the request until an amount "
            "of time has elapsed. Please see https://aka.ms/resourcegraph-throttling for help.",
            headers=headers,
        )
    graph.used += 1
    headers["x-ms-user-quota-remaining"] = str(limit - graph.used)
    return headers


def _hms(seconds: float) -> str:
    whole = int(seconds + 0.999)  # round up: waiting a fraction too long is safe, too short is not
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


MAX_SUBSCRIPTIONS = 1000  # "batch … in sets of 1,000 subscriptions" (ARG troubleshooting); stricter: refused


async def resources(call: Call) -> Reply:
    body = await call.json()
    headers = _quota(call)
    if len(body.get("subscriptions") or []) > MAX_SUBSCRIPTIONS:
        raise ArmError(
            400,
            "BadRequest",
            f"Please provide below info when asking for support: at most {MAX_SUBSCRIPTIONS} subscriptions per "
            "request.",
        )
    options = body.get("options") or {}
    top = min(int(options.get("$top") or DEFAULT_TOP), MAX_TOP)
    graph = _graph_state(call.state)
    token = options.get("$skipToken")
    if token:
        key, _, offset = str(token).partition(":")
        matching = graph.results.get(key)
        if matching is None or not offset.isdigit():
            raise ArmError(400, "BadRequest", "The skip token is invalid or has expired; run the query again.")
        start = int(offset)
    else:
        try:
            pipeline = parse(str(body.get("query", "")))
            matching = pipeline.run(_source(call, _scope(call, body)))
        except KqlError as error:
            raise ArmError(
                400,
                "BadRequest",
                f"Query is invalid: {error}. " + _SUPPORT.format(time.strftime("%Y-%m-%dT%H:%M:%SZ")),
            ) from error
        key = str(next(graph.counter))
        start = int(options.get("$skip") or 0)
    rows = matching[start : start + top]
    columns = list(rows[0].keys()) if rows else []
    result: dict[str, Any] = {
        "totalRecords": len(matching),
        "count": len(rows),
        "resultTruncated": "false",
        "facets": [],
    }
    if str(options.get("resultFormat", "objectArray")).lower() == "table":
        result["data"] = {
            "columns": [{"name": c, "type": "object"} for c in columns],
            "rows": [[r.get(c) for c in columns] for r in rows],
        }
    else:
        result["data"] = rows
    if start + top < len(matching):
        graph.results[key] = matching
        graph.results.move_to_end(key)
        while len(graph.results) > _CACHED_RESULTS:
            graph.results.popitem(last=False)
        result["$skipToken"] = f"{key}:{start + top}"
    return Reply(200, result, headers)


def routes() -> list[Route]:
    return [Route("POST", "/providers/Microsoft.ResourceGraph/resources", "Resources", resources)]
