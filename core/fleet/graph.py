"""Page a Resource Graph query through the SDK: batches of subscriptions, pages of 1,000 rows, the user's quota.

ARG answers at most 1,000 rows per page (``$top``) and continues with ``$skipToken``; a query covers at most 1,000
subscriptions, so larger tenants are queried in batches (or at management-group scope). Every response says how
many queries the user has left in the current window (``x-ms-user-quota-remaining``) and when it resets
(``x-ms-user-quota-resets-after``, ``hh:mm:ss``); at zero we wait for the reset instead of being throttled.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from azure.core.exceptions import (
    ClientAuthenticationError,
    HttpResponseError,
    ResourceExistsError,
    ResourceNotFoundError,
    map_error,
)
from azure.core.rest import HttpRequest
from azure.mgmt.core.exceptions import ARMErrorFormat

if TYPE_CHECKING:
    from core.azure.session import ArmSession

PAGE_ROWS = 1000
MAX_SUBSCRIPTIONS_PER_QUERY = 1000
REMAINING_HEADER = "x-ms-user-quota-remaining"
RESETS_HEADER = "x-ms-user-quota-resets-after"

Row = dict[str, Any]
_ERROR_MAP = {401: ClientAuthenticationError, 404: ResourceNotFoundError, 409: ResourceExistsError}


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


API_VERSION = "2021-03-01"  # what azure-mgmt-resourcegraph sends
RESOURCES_PATH = f"/providers/Microsoft.ResourceGraph/resources?api-version={API_VERSION}"
FIRST_BATCH = 10  # subscriptions in the first query, so the first rows are on screen while the rest is read
T = TypeVar("T")


def _first_then_rest(subscriptions: Sequence[str], first: int | None) -> list[list[str]]:
    if not first or len(subscriptions) <= first:
        return batches(subscriptions)
    return [list(subscriptions[:first]), *batches(subscriptions[first:])]


async def query_pages(
    session: ArmSession,
    query: str,
    scope: Scope,
    gate: QuotaGate,
    subscriptions: Sequence[str] | None = None,
    *,
    parse: Callable[[list[Row]], list[T]],
    first_batch: int | None = None,
) -> AsyncIterator[list[T]]:
    """Yield the rows of ``query`` over ``scope`` page by page, each turned into ``parse(rows)``.

    The request goes through the Resource Graph client's own pipeline (authentication, retry with Retry-After,
    the simulator's redirect), but the page is decoded and parsed in a worker thread instead of into SDK models
    on the caller's thread: a page of 1,000 rows cost ~125 ms there (JSON, models, rows), a visible stall in the
    wizard. The next page is requested as soon as this one's skip token is known, so parsing (and whatever the
    caller does with a page) overlaps the next round trip. Errors are raised as the generated operation raises them.
    """
    client = session.resource_graph()
    groups = [scope.management_group] if scope.management_group else None
    batches_left: list[list[str] | None] = (
        [None] if groups else list(_first_then_rest(list(subscriptions or ()), first_batch))
    )

    async def fetch(batch: list[str] | None, token: str | None) -> tuple[list[str] | None, bytes]:
        await gate.wait()
        body: dict[str, Any] = {"query": query, "options": {"$top": PAGE_ROWS, "resultFormat": "objectArray"}}
        if groups:
            body["managementGroups"] = groups
        else:
            body["subscriptions"] = batch
        if token:
            body["options"]["$skipToken"] = token
        # _send_request is the generated client's documented way to send a request through its pipeline;
        # streamed, so the pipeline does not decode the JSON here on the caller's thread (we do, in a worker).
        response = await client._send_request(HttpRequest("POST", RESOURCES_PATH, json=body), stream=True)
        content = await response.read()
        if response.status_code != 200:
            map_error(status_code=response.status_code, response=response, error_map=_ERROR_MAP)
            raise HttpResponseError(response=response, error_format=ARMErrorFormat)
        gate.observe(response.headers)
        return batch, content

    def following(batch: list[str] | None, token: str | None) -> asyncio.Task[tuple[list[str] | None, bytes]] | None:
        if token:
            return asyncio.ensure_future(fetch(batch, token))
        if batches_left:
            return asyncio.ensure_future(fetch(batches_left.pop(0), None))
        return None

    pending = following(None, None)
    try:
        while pending is not None:
            batch, content = await pending
            body = await asyncio.to_thread(_load, content)
            token = body.get("$skipToken")
            pending = following(batch, token if isinstance(token, str) and token else None)
            data = body.get("data")
            rows = [row for row in data if isinstance(row, dict)] if isinstance(data, list) else []
            yield await asyncio.to_thread(parse, rows)
    finally:
        if pending is not None and not pending.done():
            pending.cancel()
            await asyncio.gather(pending, return_exceptions=True)


def _load(content: bytes) -> dict[str, Any]:
    body = json.loads(content)
    if not isinstance(body, dict):
        raise HttpResponseError(message="unexpected Resource Graph response: not a JSON object")
    return body
