"""The request/response plumbing shared by every handler: routes, calls, replies, links."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from aiohttp import web

from core.simulator.errors import invalid_request_content

if TYPE_CHECKING:
    from core.simulator.options import FaultRule
    from core.simulator.state import SimState


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[["Call"], Awaitable[Reply]]


@dataclass(frozen=True)
class Route:
    """``pattern`` uses ``{name}`` placeholders; literal segments match case-insensitively, as in ARM.

    ``action`` is the RBAC action checked against the request's scope (``None`` = the handler filters what
    the principal may see, e.g. lists at subscription scope).
    """

    method: str
    pattern: str
    operation: str
    handler: Handler
    action: str | None = None

    def compile(self) -> re.Pattern[str]:
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.pattern))
        return re.compile(f"^{regex}/?$", re.IGNORECASE)


@dataclass
class Call:
    request: web.Request
    state: SimState
    params: dict[str, str]
    operation: str
    faults: list[FaultRule] = field(default_factory=list)
    _body: Any = None

    @property
    def query(self) -> Mapping[str, str]:
        return self.request.query

    @property
    def path(self) -> str:
        return self.request.path

    @property
    def api_version(self) -> str:
        return self.request.query.get("api-version", "")

    def header(self, name: str) -> str | None:
        return self.request.headers.get(name)

    async def json(self) -> dict[str, Any]:
        """The request body as a JSON object; ``InvalidRequestContent`` for anything else."""
        if self._body is None:
            raw = await self.request.read()
            try:
                self._body = json.loads(raw or b"null")
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise invalid_request_content(str(exc)) from exc
            if not isinstance(self._body, dict):
                raise invalid_request_content("the body must be a JSON object")
        result: dict[str, Any] = self._body
        return result

    def link(self, path: str, query: Mapping[str, str] | None = None) -> str:
        """An absolute URL on this simulator (nextLink, Azure-AsyncOperation, Location point back here)."""
        url = self.state.endpoint + path
        return f"{url}?{urlencode(query)}" if query else url


def json_response(reply: Reply, extra_headers: Mapping[str, str]) -> web.Response:
    headers = {**extra_headers, **reply.headers}
    if reply.body is None:
        return web.Response(status=reply.status, headers=headers)
    payload = json.dumps(reply.body, separators=(",", ":")).encode()
    headers["Content-Type"] = "application/json; charset=utf-8"
    return web.Response(status=reply.status, body=payload, headers=headers)
