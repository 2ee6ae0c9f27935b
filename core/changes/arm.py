"""One generic path for ARM requests: GET, PUT, PATCH, DELETE and POST on any resource type.

Requests go through an SDK client's own pipeline (``send_request``): the same authentication, retry, throttling
(Retry-After) and transport as the generated operations, the simulator's redirect included. A new kind of change
therefore needs no SDK plumbing: the plan's operation names the path, the api-version and the body.

Long-running operations follow ARM's contract (docs/azure-behaviour.md, "Change engine"): a 201/202 (or a 200
whose body is not yet in a terminal ``provisioningState``) is followed by polling ``Azure-AsyncOperation``, else
``Location``, else the resource itself, waiting ``Retry-After`` between polls; PUT and PATCH end with a GET of the
resource, a POST with the ``Location`` result. Errors are raised as the generated operations raise them
(``HttpResponseError`` with ARM's error format), so ``core.azure.errors.to_arm_error`` reads them alike.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from azure.core.exceptions import (
    ClientAuthenticationError,
    HttpResponseError,
    ResourceExistsError,
    ResourceNotFoundError,
    map_error,
)
from azure.core.rest import HttpRequest
from azure.mgmt.core.exceptions import ARMErrorFormat

from core.arm_ids import ResourceId
from core.azure.session import ArmSession

Json = dict[str, Any]

TERMINAL = frozenset({"succeeded", "failed", "canceled", "cancelled", "complete"})
# "Complete" is a remediation task's end (remediations.json lists it beside Succeeded): finished, not failed.
SUCCEEDED = frozenset({"succeeded", "complete"})
DEFAULT_MAX_WAIT_S = 3 * 3600.0  # an extension install or a deallocate can take long; a stuck LRO must not hang forever
_ERROR_MAP = {401: ClientAuthenticationError, 404: ResourceNotFoundError, 409: ResourceExistsError}


class OperationFailedError(HttpResponseError):
    """A long-running operation ended Failed or Canceled (the poll body's ``error`` carries code and message)."""


class OperationTimeoutError(HttpResponseError):
    """Azure did not finish a long-running operation within the engine's wait limit."""


@dataclass
class RequestIds:
    """``x-ms-request-id`` (or correlation id) of every response seen, for the audit log and support tickets."""

    ids: list[str] = field(default_factory=list)

    def add(self, headers: Mapping[str, str]) -> None:
        value = headers.get("x-ms-request-id") or headers.get("x-ms-correlation-request-id")
        if value and value not in self.ids:
            self.ids.append(str(value))

    def hook(self, response: Any) -> None:
        """A ``raw_response_hook`` for SDK calls."""
        headers = getattr(getattr(response, "http_response", None), "headers", None) or {}
        self.add(headers)


@dataclass(frozen=True)
class Accepted:
    """Azure's first answer to a write: what the audit log records before a long-running operation is polled."""

    status: int
    request_id: str | None
    async_operation: str | None
    location: str | None
    retry_after: float | None


@dataclass(frozen=True)
class ArmReply:
    status: int
    body: Json | None
    headers: Mapping[str, str]


def _lower_headers(response: Any) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (response.headers or {}).items()}


def retry_after(headers: Mapping[str, str]) -> float | None:
    """``Retry-After`` in seconds (a number or an HTTP date); ``None`` when absent, zero or unreadable."""
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        moment = email.utils.parsedate_to_datetime(value) if value else None
        seconds = moment.timestamp() - time.time() if moment is not None else 0.0
    return seconds if seconds > 0 else None


def _state(body: Json | None) -> str:
    props = (body or {}).get("properties")
    return str(props.get("provisioningState") or "").lower() if isinstance(props, Mapping) else ""


def _with_api_version(url: str, api_version: str) -> str:
    return url if "api-version=" in url else f"{url}{'&' if '?' in url else '?'}api-version={api_version}"


class ArmResources:
    """GET and write any ARM resource by id, with the request's api-version, through the session's pipeline."""

    def __init__(
        self,
        session: ArmSession,
        *,
        retry_total: int = 3,
        poll_interval: float | None = None,
        max_wait_s: float = DEFAULT_MAX_WAIT_S,
    ) -> None:
        self._session = session
        self._retry_total = retry_total
        self._poll_interval = poll_interval if poll_interval is not None else session.polling_interval
        self._max_wait_s = max_wait_s

    def _client(self, path: str) -> Any:
        subscription = ResourceId.parse(path).subscription_id
        return self._session.network(subscription) if subscription else self._session.resource_graph()

    async def request(
        self,
        method: str,
        url: str,
        *,
        body: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        ids: RequestIds | None = None,
        client_path: str | None = None,
    ) -> ArmReply:
        """One request (retried by the pipeline's policy); an error status raises like a generated operation."""
        request = HttpRequest(method, url, json=dict(body) if body is not None else None, headers=dict(headers or {}))
        client = self._client(client_path or url)
        response = await client.send_request(request, retry_total=self._retry_total)
        lowered = _lower_headers(response)
        if ids is not None:
            ids.add(lowered)
        if response.status_code >= 400:
            map_error(status_code=response.status_code, response=response, error_map=_ERROR_MAP)
            raise HttpResponseError(response=response, error_format=ARMErrorFormat)
        text = response.text()
        parsed = response.json() if text.strip() else None
        return ArmReply(response.status_code, parsed if isinstance(parsed, dict) else None, lowered)

    async def get(self, resource_id: str, api_version: str, ids: RequestIds | None = None) -> Json | None:
        """The resource as ARM returns it, or ``None`` when it does not exist (404)."""
        try:
            reply = await self.request("GET", _with_api_version(resource_id, api_version), ids=ids)
        except ResourceNotFoundError:
            return None
        return reply.body

    async def write(
        self,
        method: str,
        path: str,
        api_version: str,
        *,
        body: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        ids: RequestIds | None = None,
        on_accepted: Callable[[Accepted], None] | None = None,
    ) -> Json | None:
        """Send a write and wait for its long-running operation; returns the final resource (or action result)."""
        ids = ids if ids is not None else RequestIds()
        url = _with_api_version(path, api_version)
        first = await self.request(method, url, body=body, headers=headers, ids=ids)
        async_url = first.headers.get("azure-asyncoperation")
        location = first.headers.get("location")
        if on_accepted is not None:
            request_id = first.headers.get("x-ms-request-id")
            on_accepted(Accepted(first.status, request_id, async_url, location, retry_after(first.headers)))
        # ARM: a 201/202 alone does not make an operation asynchronous; the status headers or a provisioningState
        # that is not terminal do (no provisioningState at all means finished and succeeded).
        state = _state(first.body)
        resource_running = method in ("PUT", "PATCH") and bool(state) and state not in TERMINAL
        location_running = bool(location) and first.status == 202
        if not (async_url or location_running or resource_running):
            if method in ("PUT", "PATCH") and state in ("failed", "canceled", "cancelled"):
                raise OperationFailedError(message=f"provisioningState {state}")
            return None if method == "DELETE" else first.body
        deadline = time.monotonic() + self._max_wait_s
        delay = retry_after(first.headers)
        if async_url:
            await self._poll_status(async_url, delay, deadline, ids, path)
            result: Json | None = None
            if method == "POST" and location:
                result = (await self._poll_location(location, None, deadline, ids, path)).body
        elif location_running and location:
            result = (await self._poll_location(location, delay, deadline, ids, path)).body
        elif method in ("PUT", "PATCH"):
            result = await self._poll_resource(url, delay, deadline, ids)
        else:
            result = first.body
        if method in ("PUT", "PATCH"):
            return (await self.request("GET", url, ids=ids)).body  # ARM: the final state is read from the resource
        return result

    async def _sleep(self, delay: float | None, deadline: float, url: str) -> None:
        if time.monotonic() >= deadline:
            raise OperationTimeoutError(message=f"Azure did not finish the operation in time; its status is at {url}")
        await asyncio.sleep(delay if delay is not None else self._poll_interval)

    async def _poll_status(
        self, url: str, delay: float | None, deadline: float, ids: RequestIds, client_path: str
    ) -> None:
        while True:
            await self._sleep(delay, deadline, url)
            reply = await self.request("GET", url, ids=ids, client_path=client_path)
            status = str((reply.body or {}).get("status") or "").lower()
            if status in TERMINAL:
                if status not in SUCCEEDED:
                    raise _failed(reply, url)
                return
            delay = retry_after(reply.headers)

    async def _poll_location(
        self, url: str, delay: float | None, deadline: float, ids: RequestIds, client_path: str
    ) -> ArmReply:
        first = True
        while True:
            if not first:
                await self._sleep(delay, deadline, url)
            first = False
            reply = await self.request("GET", url, ids=ids, client_path=client_path)
            if reply.status != 202:
                return reply
            delay = retry_after(reply.headers)

    async def _poll_resource(self, url: str, delay: float | None, deadline: float, ids: RequestIds) -> Json | None:
        while True:
            await self._sleep(delay, deadline, url)
            reply = await self.request("GET", url, ids=ids)
            state = _state(reply.body)
            if state in TERMINAL or not state:
                if state and state not in SUCCEEDED:
                    raise OperationFailedError(message=f"provisioningState {state}")
                return reply.body
            delay = retry_after(reply.headers)


def _failed(reply: ArmReply, url: str) -> OperationFailedError:
    body = reply.body or {}
    error = body.get("error") if isinstance(body.get("error"), Mapping) else {}
    assert isinstance(error, Mapping)
    code = str(error.get("code") or body.get("status") or "OperationFailed")
    message = str(error.get("message") or f"The operation at {url} ended {body.get('status')}.")
    failure = OperationFailedError(message=f"({code}) {message}")
    failure.error = ARMErrorFormat({"error": {"code": code, "message": message}})
    return failure
