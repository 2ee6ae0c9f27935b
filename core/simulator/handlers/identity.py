"""HTTP face of the simulated Microsoft identity platform: the v2.0 endpoints MSAL calls, plus the pages a user
would see in the browser (sign-in page, device-code entry page), played by tests.

These are not ARM routes: no bearer token, no ``api-version``, form-encoded bodies, HTML and redirects. They are
therefore registered on the aiohttp router ahead of the ARM catch-all instead of joining ``all_routes()``.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from core.simulator.identity import IdentityError, IdentityPlatform, error_body

_Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def add_identity_routes(router: web.UrlDispatcher, platform: IdentityPlatform) -> None:
    """Register the identity endpoints; call before the ARM catch-all route."""

    def bound(handler: Callable[[web.Request, IdentityPlatform], Awaitable[web.StreamResponse]]) -> _Handler:
        async def run(request: web.Request) -> web.StreamResponse:
            # The port is only known once the server listens: take the origin from the request itself.
            platform.issuer_base = str(request.url.origin())
            try:
                return await handler(request, platform)
            except IdentityError as failure:
                return web.json_response(error_body(failure.error), status=failure.status)

        return run

    router.add_get("/common/discovery/instance", bound(_instance_discovery))
    router.add_get("/{tenant}/v2.0/.well-known/openid-configuration", bound(_openid_configuration))
    router.add_post("/{tenant}/oauth2/v2.0/devicecode", bound(_device_code))
    router.add_get("/{tenant}/oauth2/v2.0/authorize", bound(_authorize))
    router.add_post("/{tenant}/oauth2/v2.0/token", bound(_token))
    router.add_route("*", "/devicelogin", bound(_device_login))


async def _instance_discovery(request: web.Request, platform: IdentityPlatform) -> web.StreamResponse:
    return web.json_response(platform.instance_discovery(request.query.get("authorization_endpoint", "")))


async def _openid_configuration(request: web.Request, platform: IdentityPlatform) -> web.StreamResponse:
    return web.json_response(platform.openid_configuration(request.match_info["tenant"]))


async def _form(request: web.Request) -> dict[str, str]:
    posted = await request.post()
    return {key: str(value) for key, value in posted.items()}


async def _device_code(request: web.Request, platform: IdentityPlatform) -> web.StreamResponse:
    return web.json_response(platform.start_device_flow(request.match_info["tenant"], await _form(request)))


async def _token(request: web.Request, platform: IdentityPlatform) -> web.StreamResponse:
    return web.json_response(platform.token(request.match_info["tenant"], await _form(request)))


async def _authorize(request: web.Request, platform: IdentityPlatform) -> web.StreamResponse:
    """The sign-in page. The "user" is simulated: ``login_hint`` picks the account, ``sim_action=decline``
    cancels. A real browser would show a form here; the result is the same redirect to the app."""
    query: dict[str, Any] = dict(request.query)
    query["tenant"] = request.match_info["tenant"]
    result = platform.authorize(
        query, upn=query.get("login_hint") or None, decline=query.get("sim_action") == "decline"
    )
    if result.response_mode == "form_post":
        # What Entra sends for response_mode=form_post: a page that POSTs the result to the redirect URI.
        fields = "".join(
            f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}"/>' for k, v in result.params.items()
        )
        page = (
            '<html><head><title>Working...</title></head><body onload="document.forms[0].submit()">'
            f'<form method="POST" name="hiddenform" action="{html.escape(result.redirect_uri)}">{fields}'
            '<noscript><input type="submit" value="Continue"/></noscript></form></body></html>'
        )
        return web.Response(text=page, content_type="text/html")
    raise web.HTTPFound(f"{result.redirect_uri}?{urlencode(result.params)}")


async def _device_login(request: web.Request, platform: IdentityPlatform) -> web.StreamResponse:
    """The verification page: the user enters the code (``user_code``) and signs in as ``login_hint``."""
    values: dict[str, str] = dict(request.query)
    if request.method == "POST":
        values.update(await _form(request))
    user_code = values.get("user_code", "")
    if not user_code:
        return web.Response(
            text="<html><body><form method='POST'><input name='user_code'/></form></body></html>",
            content_type="text/html",
        )
    known = platform.approve_device_code(
        user_code, values.get("login_hint") or None, decline=values.get("sim_action") == "decline"
    )
    if not known:
        return web.Response(status=400, text="That code didn't work. Check the code and try again.")
    return web.Response(text="You have signed in to the application on your device. You may now close this window.")
