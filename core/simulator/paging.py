"""ARM list pages: ``{"value": [...], "nextLink": <absolute URL>}``; the link keeps every query parameter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from core.simulator.errors import ArmError
from core.simulator.http import Call, Reply


def paged(
    call: Call,
    items: Sequence[dict[str, Any]],
    render: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> Reply:
    size = max(1, call.state.options.page_size)
    token = call.query.get("$skiptoken", "0")
    try:
        start = int(token)
    except ValueError:
        raise ArmError(400, "InvalidSkipToken", f"The skip token '{token}' is not valid.") from None
    chunk = items[start : start + size]
    body: dict[str, Any] = {"value": [render(r) for r in chunk] if render else list(chunk)}
    if start + size < len(items):
        query = dict(call.query)
        query["$skiptoken"] = str(start + size)
        body["nextLink"] = call.link(call.path, query)
    return Reply(200, body)
