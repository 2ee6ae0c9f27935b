"""Single ARM requests as JSON through an SDK client's pipeline (no azure-mgmt-security / -policyinsights needed).

Same authentication, retry, throttling and transport as the generated clients (the simulator's redirect
included); errors raised the way the generated operations raise them, so ``to_arm_error`` reads them alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from azure.core.exceptions import HttpResponseError, map_error
from azure.core.rest import HttpRequest
from azure.mgmt.core.exceptions import ARMErrorFormat

from core.azure.raw_pages import _ERROR_MAP, Json, json_pages
from core.azure.session import ArmSession

__all__ = ["Json", "client_for", "delete", "get", "get_or_none", "list_all", "post", "put"]


def client_for(session: ArmSession) -> Any:
    """A client whose pipeline sends any ARM URL (relative to the cloud's ARM endpoint)."""
    return session.subscriptions()


def _checked(response: Any, ok: tuple[int, ...]) -> Json:
    if response.status_code not in ok:
        map_error(status_code=response.status_code, response=response, error_map=_ERROR_MAP)
        raise HttpResponseError(response=response, error_format=ARMErrorFormat)
    if response.status_code == 204 or not response.content:
        return {}
    body = response.json()
    if not isinstance(body, dict):
        raise HttpResponseError(message=f"unexpected response from {response.request.url}: not a JSON object")
    return body


async def get(session: ArmSession, url: str) -> Json:
    return _checked(await client_for(session).send_request(HttpRequest("GET", url)), (200,))


async def get_or_none(session: ArmSession, url: str) -> Json | None:
    """The resource, or None when ARM answers 404."""
    response = await client_for(session).send_request(HttpRequest("GET", url))
    if response.status_code == 404:
        return None
    return _checked(response, (200,))


async def list_all(session: ArmSession, url: str, limit: int = 10_000) -> list[Json]:
    """Every item of a list and its ``nextLink`` pages (bounded: a runaway listing stops at ``limit``)."""
    found: list[Json] = []
    async for page in json_pages(client_for(session), url):
        found.extend(page)
        if len(found) >= limit:
            break
    return found[:limit]


async def post(session: ArmSession, url: str, body: Mapping[str, Any] | None = None) -> Json:
    request = HttpRequest("POST", url, json=dict(body) if body is not None else None)
    return _checked(await client_for(session).send_request(request), (200, 202, 204))


async def put(session: ArmSession, url: str, body: Mapping[str, Any], headers: Mapping[str, str] | None = None) -> Json:
    request = HttpRequest("PUT", url, json=dict(body), headers=dict(headers or {}))
    return _checked(await client_for(session).send_request(request), (200, 201))


async def delete(session: ArmSession, url: str) -> Json:
    return _checked(await client_for(session).send_request(HttpRequest("DELETE", url)), (200, 202, 204))
