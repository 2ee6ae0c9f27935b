"""Azure Resource Graph: answers the resource-listing query shapes the app sends, without evaluating KQL.

Supported: ``Resources`` with an optional ``where type =~ '<type>'`` (or ``==``) filter, optional further
``where`` clauses (ignored), and an optional ``project`` of columns (``id, name, type, location,
resourceGroup, subscriptionId, tenantId, properties, tags, kind, sku, zones``) or ``alias = [tostring(]
properties.a.b[)]`` paths. Rows follow ARG's conventions (type and resourceGroup lower-cased; a VM's power
state under ``properties.extended.instanceView``). Paging uses ``$top``/``$skip``/``$skipToken``.
"""

from __future__ import annotations

import re
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


async def resources(call: Call) -> Reply:
    body = await call.json()
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
    return Reply(200, result)


def routes() -> list[Route]:
    return [Route("POST", "/providers/Microsoft.ResourceGraph/resources", "Resources", resources)]
