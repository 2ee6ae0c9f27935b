"""Azure Resource Graph: answers the resource-listing query shapes the app sends, without evaluating KQL.

Supported: ``Resources`` with an optional ``where type =~ '<type>'`` (or ``==``) filter, optional further
``where`` clauses (ignored), and an optional ``project`` of columns (``id, name, type, location,
resourceGroup, subscriptionId, tenantId, properties, tags, kind, sku, zones``) or ``alias = [tostring(]
properties.a.b[)]`` paths. Rows follow ARG's conventions (type and resourceGroup lower-cased; a VM's power
state under ``properties.extended.instanceView``). Paging uses ``$top``/``$skip``/``$skipToken``.
"""

from __future__ import annotations

import re
import time
from typing import Any

from core.simulator.errors import ArmError
from core.simulator.http import Call, Reply, Route
from core.simulator.ids import parse_id
from core.simulator.instance_view import power_state

_TYPE_FILTER = re.compile(r"\btype\s*(?:=~|==)\s*['\"]([^'\"]+)['\"]", re.IGNORECASE)
_PROJECT = re.compile(r"\|\s*project\s+([^|]+)", re.IGNORECASE)
_PATH = re.compile(r"^(?:to\w+\()?\s*([A-Za-z_][\w.\[\]'\"]*)\s*\)?$")
_COLUMNS = (
    "id",
    "name",
    "type",
    "tenantId",
    "kind",
    "location",
    "resourceGroup",
    "subscriptionId",
    "sku",
    "properties",
    "tags",
    "zones",
)


def _row(call: Call, resource: dict[str, Any]) -> dict[str, Any]:
    rid = parse_id(str(resource["id"]))
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
        "resourceGroup": (rid.resource_group or "").lower(),
        "subscriptionId": rid.subscription,
        "sku": resource.get("sku"),
        "properties": props,
        "tags": resource.get("tags"),
        "zones": resource.get("zones"),
    }


def _lookup(row: dict[str, Any], path: str) -> Any:
    parts = [p for p in re.split(r"[.\[\]'\"]+", path) if p]
    value: Any = row
    for part in parts:
        if not isinstance(value, dict):
            return None
        match = next((k for k in value if k.lower() == part.lower()), None)
        value = value.get(match) if match is not None else None
    return value


def _projection(query: str) -> list[tuple[str, str]] | None:
    found = _PROJECT.search(query)
    if not found:
        return None
    columns = []
    for item in found.group(1).split(","):
        alias, sep, expression = item.partition("=")
        expression = expression if sep else alias
        path = _PATH.match(expression.strip())
        columns.append((alias.strip(), path.group(1) if path else ""))
    return columns


MAX_SUBSCRIPTIONS = 1000  # "batch … in sets of 1,000 subscriptions" (ARG troubleshooting); stricter: refused


def _quota_headers(call: Call) -> dict[str, str]:
    """ARG's per-user quota: ``x-ms-user-quota-remaining`` and ``-resets-after`` (hh:mm:ss); 429 when used up.

    https://learn.microsoft.com/azure/governance/resource-graph/concepts/guidance-for-throttled-requests. The
    stricter reading: the 429 carries only these headers, no Retry-After, so the client must heed them itself.
    """
    options = call.state.options
    now = time.monotonic()
    window: list[float] = [t for t in getattr(call.state, "_graph_calls", []) if now - t < options.graph_quota_window_s]
    if len(window) >= options.graph_quota:
        resets = options.graph_quota_window_s - (now - window[0])
        headers = {"x-ms-user-quota-remaining": "0", "x-ms-user-quota-resets-after": _hms(resets)}
        raise ArmError(
            429, "RateLimiting", "Please provide below info when asking for support: quota exceeded.", headers=headers
        )
    window.append(now)
    call.state._graph_calls = window  # type: ignore[attr-defined]
    resets = options.graph_quota_window_s - (now - window[0])
    return {
        "x-ms-user-quota-remaining": str(options.graph_quota - len(window)),
        "x-ms-user-quota-resets-after": _hms(resets),
    }


def _hms(seconds: float) -> str:
    whole, fraction = divmod(max(seconds, 0.0), 1)
    text = time.strftime("%H:%M:%S", time.gmtime(whole))
    return f"{text}.{int(fraction * 1000):03d}" if fraction else text


async def resources(call: Call) -> Reply:
    quota = _quota_headers(call)
    body = await call.json()
    if len(body.get("subscriptions") or []) > MAX_SUBSCRIPTIONS:
        raise ArmError(
            400,
            "BadRequest",
            f"Please provide below info when asking for support: at most {MAX_SUBSCRIPTIONS} subscriptions per "
            "request.",
        )
    query = str(body.get("query", ""))
    if re.match(r"^\s*securityresources\b", query, re.IGNORECASE):
        from core.simulator.handlers.security import graph_assessments  # Defender's table

        return graph_assessments(call, body, query)
    if not re.match(r"^\s*resources\b", query, re.IGNORECASE):
        raise ArmError(
            400,
            "BadRequest",
            "Please provide below info when asking for support: only 'Resources' queries are simulated.",
        )
    subscriptions = {s.lower() for s in body.get("subscriptions") or call.state.store.subscription_ids()}
    type_filter = _TYPE_FILTER.search(query)
    store = call.state.store
    candidates = store.list_type(type_filter.group(1)) if type_filter else list(store.all_resources())
    matching = [
        r for r in call.state.visible(candidates) if parse_id(str(r["id"])).subscription.lower() in subscriptions
    ]
    options = body.get("options") or {}
    top = min(int(options.get("$top") or 100), 1000)
    start = int(options.get("$skipToken") or options.get("$skip") or 0)
    chunk = matching[start : start + top]
    projection = _projection(query)
    rows = []
    for resource in chunk:
        row = _row(call, resource)
        rows.append({alias: _lookup(row, path) for alias, path in projection} if projection else row)
    columns = [alias for alias, _ in projection] if projection else list(_COLUMNS)
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
        result["$skipToken"] = str(start + top)
    return Reply(200, result, quota)


def routes() -> list[Route]:
    return [Route("POST", "/providers/Microsoft.ResourceGraph/resources", "Resources", resources)]
