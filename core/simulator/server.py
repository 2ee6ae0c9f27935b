"""SimulatedAzure: a local HTTPS Azure Resource Manager that the real async Azure SDK talks to."""

from __future__ import annotations

import asyncio
import fnmatch
import re
import shutil
import tempfile
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from aiohttp import web

from core.simulator.errors import ArmError
from core.simulator.handlers import all_routes
from core.simulator.handlers.identity import add_identity_routes
from core.simulator.http import Call, Reply, Route, json_response
from core.simulator.identity import IdentityPlatform
from core.simulator.locks import check_locks
from core.simulator.options import FaultKind, FaultRule, SimulatorOptions
from core.simulator.state import RequestRecord, SimState
from core.simulator.store import ResourceStore
from core.simulator.tls import issue_certificates

__all__ = ["RequestRecord", "SimulatedAzure"]

_COMPILED: list[tuple[str, re.Pattern[str], Route]] = [(r.method, r.compile(), r) for r in all_routes()]


def _match(method: str, path: str) -> tuple[Route, dict[str, str]] | None:
    for route_method, pattern, route in _COMPILED:
        if route_method != method:
            continue
        found = pattern.match(path)
        if found:
            return route, found.groupdict()
    return None


class SimulatedAzure:
    """Serves one snapshot over HTTPS on 127.0.0.1 until stopped; see docs/snapshot-format.md."""

    def __init__(self, snapshot: Mapping[str, Any], *, options: SimulatorOptions | None = None) -> None:
        self.options = options or SimulatorOptions()
        self.state = SimState(ResourceStore.from_snapshot(snapshot), self.options)
        self.identity = IdentityPlatform(self.options.tenant_id)  # sign-in endpoints, see docs/sign-in.md
        self.endpoint = ""
        self.ca_pem = b""
        self._ca_dir: Path | None = None
        self._runner: web.AppRunner | None = None

    # -- lifecycle -----------------------------------------------------------------------------------------

    @property
    def ca_path(self) -> Path:
        if self._ca_dir is None:
            raise RuntimeError("the simulator is not running")
        return self._ca_dir / "simulated-azure-ca.pem"

    @property
    def request_log(self) -> list[RequestRecord]:
        return self.state.request_log

    async def start(self) -> None:
        certificates = issue_certificates()
        self.ca_pem = certificates.ca_pem
        self._ca_dir = Path(tempfile.mkdtemp(prefix="simulated-azure-"))
        self.ca_path.write_bytes(self.ca_pem)
        app = web.Application(client_max_size=32 * 1024 * 1024)
        add_identity_routes(app.router, self.identity)  # no bearer token or api-version: ahead of ARM
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(
            self._runner, "127.0.0.1", self.options.port, ssl_context=certificates.server_context, backlog=512
        )
        await site.start()
        port = self._runner.addresses[0][1]
        self.endpoint = f"https://127.0.0.1:{port}"
        self.state.endpoint = self.endpoint

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._ca_dir is not None:
            shutil.rmtree(self._ca_dir, ignore_errors=True)
            self._ca_dir = None

    async def __aenter__(self) -> SimulatedAzure:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # -- state ---------------------------------------------------------------------------------------------

    def subscription_ids(self) -> list[str]:
        return self.state.store.subscription_ids()

    def export_snapshot(self) -> dict[str, Any]:
        """The current state in snapshot format; pending operations are completed first."""
        self.state.ops.settle_all()
        return self.state.store.export()

    def add_fault(self, rule: FaultRule) -> None:
        """Arm a fault while running (same event loop as the server)."""
        self.state.faults.add(rule)

    # -- request handling ----------------------------------------------------------------------------------

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        correlation = request.headers.get("x-ms-correlation-request-id") or str(uuid.uuid4())
        headers = {"x-ms-request-id": str(uuid.uuid4()), "x-ms-correlation-request-id": correlation}
        client_request_id = request.headers.get("x-ms-client-request-id")
        if client_request_id:
            headers["x-ms-client-request-id"] = client_request_id
        matched = _match(request.method, request.path)
        operation = matched[0].operation if matched else "Unknown"
        try:
            await self._delay(self.options.latency_ms, self.options.jitter_ms)
            reply = await self._handle(request, matched)
        except ArmError as error:
            reply = Reply(error.status, error.body(), dict(error.headers))
        except _ConnectionResetError:
            if request.transport is not None:
                request.transport.abort()
            self._log(request, 0, operation)
            raise asyncio.CancelledError() from None
        response = json_response(reply, headers)
        self._log(request, reply.status, operation)
        return response

    async def _handle(self, request: web.Request, matched: tuple[Route, dict[str, str]] | None) -> Reply:
        self._authenticate(request)
        if matched is None:
            raise ArmError(
                404, "NotFound", f"No HTTP resource was found that matches the request URI '{request.path}'."
            )
        route, params = matched
        if "api-version" not in request.query:
            raise ArmError(
                400,
                "MissingApiVersionParameter",
                "The api-version query parameter (?api-version=) is required for all requests.",
            )
        self._check_api_version(route.operation, request.query["api-version"])
        call = Call(request, self.state, params, route.operation)
        for fault in self.state.faults.faults_for(route.operation):
            await self._apply_fault(call, fault)
        if route.action is not None:
            self.state.authorizer.check(route.action, _scope_of(request.path, route))
        check_locks(self.state.store.locks, request.method, _scope_of(request.path, route))
        return await route.handler(call)

    def _check_api_version(self, operation: str, version: str) -> None:
        """A lagging cloud (``SimulatorOptions.api_versions``) refuses versions it does not know."""
        for pattern, supported in self.options.api_versions.items():
            if fnmatch.fnmatchcase(operation.lower(), pattern.lower()) and version not in supported:
                raise ArmError(
                    400,
                    "InvalidApiVersionParameter",
                    f"The api-version '{version}' is invalid. The supported versions are '{','.join(supported)}'.",
                )

    def _authenticate(self, request: web.Request) -> None:
        auth = request.headers.get("Authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ArmError(
                401,
                "AuthenticationFailed",
                "Authentication failed. The 'Authorization' header is missing or is not a bearer token.",
                headers={
                    "WWW-Authenticate": (
                        f'Bearer authorization_uri="https://login.microsoftonline.com/{self.options.tenant_id}", '
                        'error="invalid_token", error_description="The authentication failed because of '
                        "missing 'Authorization' header.\""
                    )
                },
            )

    async def _apply_fault(self, call: Call, fault: FaultRule) -> None:
        if fault.kind is FaultKind.LATENCY:
            await self._delay(fault.delay_ms, 0.0)
        elif fault.kind is FaultKind.RESET:
            raise _ConnectionResetError()
        elif fault.kind is FaultKind.STATUS:
            headers = {} if fault.retry_after is None else {"Retry-After": _seconds(fault.retry_after)}
            code = fault.code or _DEFAULT_FAULT_CODES.get(fault.status, "InternalServerError")
            message = fault.message or f"Simulated fault: {code}."
            raise ArmError(fault.status, code, message, headers=headers, additional_info=fault.additional_info)
        else:
            call.faults.append(fault)  # LRO faults are applied by the handler that starts the operation

    async def _delay(self, base_ms: float, jitter_ms: float) -> None:
        delay = base_ms + (self.state.random.uniform(-jitter_ms, jitter_ms) if jitter_ms else 0.0)
        if delay > 0:
            await asyncio.sleep(delay / 1000)

    def _log(self, request: web.Request, status: int, operation: str) -> None:
        self.state.request_log.append(
            RequestRecord(request.method, request.path, request.query_string, status, operation)
        )


class _ConnectionResetError(Exception):
    pass


_DEFAULT_FAULT_CODES = {
    429: "TooManyRequests",
    500: "InternalServerError",
    502: "BadGateway",
    503: "ServiceUnavailable",
    504: "GatewayTimeout",
}


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _scope_of(path: str, route: Route) -> str:
    # Action URLs (…/runCommand, …/effectiveRouteTable) are authorised on the resource they act on.
    segments = path.rstrip("/").split("/")
    if route.method == "POST" and len(segments) % 2 == 0:
        return "/".join(segments[:-1])
    return path.rstrip("/")
