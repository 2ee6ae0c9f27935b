"""Generated SDK operations answered as ARM JSON, without building the SDK's models.

The collector needs ARM JSON: the evaluators read it and it is what a snapshot stores. A generated operation
first turns the body into hybrid models, which the collector then turned back with ``as_dict()`` — about 50
times the cost of ``json.loads`` (measured: a VM with its instance view 1.1 ms vs 0.02 ms, an NSG 1.4 ms vs
0.03 ms; the service tags of a region, thousands of prefixes, ~10 ms). That CPU ran on the event loop — in the
wizard the GUI thread — between one level of the chain of dependent calls and the next, so it lengthened the
diagnosis' critical path.

``stream=True`` is the generated operations' own switch: the same request, api-version, policies and error
mapping (``map_error`` + ``HttpResponseError`` with ARM's error format, which ``to_arm_error`` reads), with the
body handed back as bytes instead of a model.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable
from typing import Any

from azure.core.exceptions import DecodeError

Json = dict[str, Any]

# Lists are read as ARM JSON pages (core/azure/raw_pages.py) with the versions the SDK's own list operations send
# (azure-mgmt-network 33.1.0, azure-mgmt-resource-subscriptions 1.0.0); a cloud that lags behind answers with
# the versions it supports, and ApiVersionFallbackPolicy resends once with the newest of them.
NETWORK_API_VERSION = "2026-03-01"
SUBSCRIPTIONS_API_VERSION = "2022-12-01"


async def json_body(call: Awaitable[Any]) -> Json:
    """Await a generated operation called with ``stream=True`` and decode its body as a JSON object.

    ``Any``: the operations are annotated with their model type; with ``stream=True`` they return the body's
    byte chunks (``AsyncIterator[bytes]``).
    """
    stream: AsyncIterator[bytes] = await call
    chunks = [chunk async for chunk in stream]
    try:
        body = json.loads(b"".join(chunks))
    except ValueError as error:  # a proxy's HTML page or a cut-off body: say so, as the SDK would
        raise DecodeError(f"the response is not JSON: {error}") from error
    if not isinstance(body, dict):
        raise DecodeError(f"the response is not a JSON object but {type(body).__name__}")
    return body


def json_result(pipeline_response: Any) -> Json:
    """Deserialization callback for a long-running operation's final response: its ARM JSON, no model."""
    body = pipeline_response.http_response.json()
    if not isinstance(body, dict):
        raise DecodeError(f"the operation's result is not a JSON object but {type(body).__name__}")
    return body
