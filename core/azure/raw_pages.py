"""List operations as ARM JSON pages, through an SDK client's own pipeline but without its models.

A generated client turns every item of a list page into SDK models before the caller sees it. For virtual
machines that costs ~0.7 ms per VM (measured: 15 ms for 23), on whichever thread awaits the call — in the wizard
the GUI thread, so a real tenant's page of 100 VMs held it for ~70 ms. Callers that only read a few fields of the
ARM JSON (the VM table) page through ``send_request`` instead: same authentication, retry and throttling policies,
same transport (the simulator's redirect included), and errors raised exactly as the generated operations raise
them (``map_error`` + ``HttpResponseError`` with ARM's error format), so ``to_arm_error`` reads them alike.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from azure.core.exceptions import (
    ClientAuthenticationError,
    HttpResponseError,
    ResourceExistsError,
    ResourceNotFoundError,
    ResourceNotModifiedError,
    map_error,
)
from azure.core.rest import HttpRequest
from azure.mgmt.core.exceptions import ARMErrorFormat

Json = dict[str, Any]

_ERROR_MAP = {
    401: ClientAuthenticationError,
    404: ResourceNotFoundError,
    409: ResourceExistsError,
    304: ResourceNotModifiedError,
}


async def json_pages(client: Any, url: str) -> AsyncIterator[list[Json]]:
    """Yield the ``value`` items of ``url`` (relative to the client's endpoint) and of every ``nextLink`` page."""
    next_url: str | None = url
    while next_url:
        response = await client.send_request(HttpRequest("GET", next_url))
        if response.status_code != 200:
            map_error(status_code=response.status_code, response=response, error_map=_ERROR_MAP)
            raise HttpResponseError(response=response, error_format=ARMErrorFormat)
        body = response.json()
        if not isinstance(body, dict):
            raise HttpResponseError(message=f"unexpected list response from {next_url}: not a JSON object")
        values = body.get("value")
        yield [item for item in values if isinstance(item, dict)] if isinstance(values, list) else []
        link = body.get("nextLink")
        next_url = link if isinstance(link, str) and link else None
