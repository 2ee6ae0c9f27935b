"""Retry once with a supported api-version when a cloud does not know the one the SDK sends.

Sovereign clouds often lag behind the public cloud. ARM then answers 400 ``InvalidApiVersionParameter`` ("The
api-version '…' is invalid. The supported versions are '…'.") or ``NoRegisteredProviderFound`` ("No registered
resource provider found for location '…' and API version '…' for type '…'. The supported api-versions are
'…'."). This pipeline policy resends such a request once with the newest version the message lists, and logs
it (https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/error-register-resource-provider).
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from azure.core.pipeline.policies import AsyncHTTPPolicy

log = logging.getLogger(__name__)

RETRIED_CODES = frozenset({"invalidapiversionparameter", "noregisteredproviderfound"})
_LISTED = re.compile(r"supported (?:api-)?versions are '([^']+)'", re.IGNORECASE)
_VERSION = re.compile(r"^(\d{4}-\d{2}-\d{2})(-preview|-beta|-alpha)?$", re.IGNORECASE)


def newest_listed(message: str) -> str | None:
    """The newest api-version an ARM error message lists as supported (a stable one wins over a same-day preview)."""
    found = _LISTED.search(message)
    if not found:
        return None
    versions = [v.strip() for v in found.group(1).split(",")]
    dated = [(m.group(1), m.group(2) is None, v) for v in versions if (m := _VERSION.match(v))]
    return max(dated)[2] if dated else None


def with_api_version(url: str, version: str) -> str:
    parts = urlsplit(url)
    query = [
        (k, version if k.lower() == "api-version" else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(query=urlencode(query)))


def _error(response: Any) -> tuple[str, str]:
    try:
        body = json.loads(response.text())
    except (ValueError, TypeError):
        return "", ""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return "", ""
    return str(error.get("code") or ""), str(error.get("message") or "")


async def _load_body(response: Any) -> None:
    """Read a streamed error body once; the SDK reads it again from the cache when it raises the error."""
    read = getattr(response, "read", None)
    load_body = getattr(response, "load_body", None)
    if callable(read):
        result = read()
        if hasattr(result, "__await__"):
            await result
    elif callable(load_body):
        await load_body()


class ApiVersionFallbackPolicy(AsyncHTTPPolicy):  # type: ignore[type-arg]
    """Per-call policy: on a 400 that lists supported api-versions, resend once with the newest of them."""

    async def send(self, request: Any) -> Any:
        response = await self.next.send(request)
        http = response.http_response
        if http.status_code != 400:
            return response
        await _load_body(http)  # a streamed answer (an LRO's first request) is read only when it is an error
        code, message = _error(http)
        if code.lower() not in RETRIED_CODES:
            return response
        newest = newest_listed(message)
        current = dict(parse_qsl(urlsplit(request.http_request.url).query)).get("api-version")
        if newest is None or newest == current:
            return response
        log.warning(
            "%s %s: api-version %s is not supported here (%s); retrying once with %s",
            request.http_request.method,
            urlsplit(request.http_request.url).path,
            current,
            code,
            newest,
        )
        request.http_request.url = with_api_version(request.http_request.url, newest)
        return await self.next.send(request)
