"""Page a Resource Graph query through the SDK: batches of subscriptions, pages of 1,000 rows, the user's quota.

ARG answers at most 1,000 rows per page (``$top``) and continues with ``$skipToken``; a query covers at most 1,000
subscriptions, so larger tenants are queried in batches (or at management-group scope). Every response says how
many queries the user has left in the current window (``x-ms-user-quota-remaining``) and when it resets
(``x-ms-user-quota-resets-after``, ``hh:mm:ss``); at zero we wait for the reset instead of being throttled.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.azure.session import ArmSession

PAGE_ROWS = 1000
MAX_SUBSCRIPTIONS_PER_QUERY = 1000
REMAINING_HEADER = "x-ms-user-quota-remaining"
RESETS_HEADER = "x-ms-user-quota-resets-after"

Row = dict[str, Any]


@dataclass(frozen=True)
class Scope:
    """All subscriptions the user can see (``subscriptions`` None and no group), a list, or one management group."""

    subscriptions: tuple[str, ...] | None = None
    management_group: str | None = None


def parse_resets_after(value: str | None) -> float | None:
    """``"00:00:03"`` -> 3.0 seconds; ``None`` for anything else."""
    if not value:
        return None
    parts = value.strip().split(":")
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        return None
    seconds = 0.0
    for number in numbers:
        seconds = seconds * 60 + number
    return seconds if seconds >= 0 else None


class QuotaGate:
    """Waits before a query when the last answer said the user's quota is used up, until the window resets."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._blocked_until = 0.0
        self.waited_s = 0.0

    async def wait(self) -> None:
        delay = self._blocked_until - self._clock()
        if delay > 0:
            self.waited_s += delay
            await asyncio.sleep(delay)

    def observe(self, headers: Mapping[str, str]) -> None:
        remaining = headers.get(REMAINING_HEADER)
        resets = parse_resets_after(headers.get(RESETS_HEADER))
        if remaining is not None and remaining.strip().isdigit() and int(remaining) <= 0 and resets is not None:
            self._blocked_until = self._clock() + resets


def batches(items: Sequence[str], size: int | None = None) -> list[list[str]]:
    size = size or MAX_SUBSCRIPTIONS_PER_QUERY
    return [list(items[i : i + size]) for i in range(0, len(items), size)] or [[]]


async def query_pages(
    session: ArmSession, query: str, scope: Scope, gate: QuotaGate, subscriptions: Sequence[str] | None = None
) -> AsyncIterator[list[Row]]:
    """Yield the rows of ``query`` page by page over ``scope`` (``subscriptions``: the resolved list)."""
    from azure.mgmt.resourcegraph.models import QueryRequest, QueryRequestOptions

    client = session.resource_graph()
    groups = [scope.management_group] if scope.management_group else None
    for batch in [None] if groups else batches(list(subscriptions or ())):
        token: str | None = None
        while True:
            await gate.wait()
            request = QueryRequest(
                subscriptions=batch,
                management_groups=groups,
                query=query,
                options=QueryRequestOptions(top=PAGE_ROWS, skip_token=token, result_format="objectArray"),
            )
            answer: Any = await client.resources(request, cls=_with_headers)  # cls: (model, response headers)
            response, headers = answer
            gate.observe(headers)
            data = response.data
            yield [row for row in data if isinstance(row, dict)] if isinstance(data, list) else []
            token = response.skip_token
            if not token:
                break


def _with_headers(pipeline_response: Any, deserialized: Any, _: Any) -> tuple[Any, Mapping[str, str]]:
    return deserialized, pipeline_response.http_response.headers
