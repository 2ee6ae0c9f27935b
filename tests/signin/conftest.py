"""Harness: the real azure-identity credentials sign in against the simulated identity platform.

The simulator runs on its own thread (the credentials are synchronous and block their caller). The test plays
the user: :class:`FakeBrowser` replaces ``webbrowser.open`` (the one thing a test cannot drive: a real browser)
and :func:`enter_device_code` stands for the user typing the code on the verification page.
"""

from __future__ import annotations

import gc
import html
import logging
import re
import ssl
import threading
import time
import urllib.parse
import urllib.request
import webbrowser
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from core.azure.signin import DevicePrompt, IdentityEndpoint, SignIn, SignInMethod
from core.azure.signin_store import AuthRecordStore, TokenCachePlan
from core.simulator import load_scenario
from core.simulator.background import BackgroundSimulator
from core.simulator.identity import IdentityPlatform

TEST_CLIENT_ID = "7d3c2b1a-0f9e-4d8c-b7a6-5e4f3d2c1b0a"


@dataclass
class SimIdentity:
    background: BackgroundSimulator
    endpoint: IdentityEndpoint
    context: ssl.SSLContext

    @property
    def platform(self) -> IdentityPlatform:
        return self.background.simulator.identity

    @property
    def tenant_id(self) -> str:
        return self.background.simulator.options.tenant_id

    def get(self, url: str, data: dict[str, str] | None = None) -> str:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        with urllib.request.urlopen(url, data=body, context=self.context, timeout=10) as response:
            return str(response.read().decode())


@pytest.fixture
def sim(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[SimIdentity]:
    monkeypatch.setenv("BOOT_INTEGRITY_DATA_DIR", str(tmp_path / "data"))
    # azure-identity logs a failed sign-in with the exception object as argument; pytest's log capture keeps that
    # record (and through the traceback the credential and its open TLS connection) until the test item ends,
    # after the simulator has stopped. The failures are asserted through SignInError instead.
    identity_log = logging.getLogger("azure.identity")
    previous_level = identity_log.level
    identity_log.setLevel(logging.ERROR)
    for proxy in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(proxy, raising=False)
    background = BackgroundSimulator(load_scenario("demo"))
    background.start()
    try:
        endpoint = IdentityEndpoint.simulated(background.endpoint, background.ca_path)
        context = ssl.create_default_context(cafile=str(background.ca_path))
        yield SimIdentity(background, endpoint, context)
    finally:
        # Measured: after a 400 answer (authorization_pending) the closed credential's MSAL app still holds the
        # response and its TLS connection until garbage collection. Collect first so the client side closes;
        # otherwise the simulator's loop stops with that connection open (ResourceWarning, an error here).
        gc.collect()
        time.sleep(0.05)
        background.stop()
        identity_log.setLevel(previous_level)


@dataclass
class FakeBrowser:
    """Stands in for the system browser: opens the authorize URL and submits what the sign-in page returns."""

    sim: SimIdentity
    login_hint: str | None = None
    decline: bool = False
    respond: bool = True  # False: the user never finishes (to test Cancel)
    opened: list[str] = field(default_factory=list)
    results: list[str] = field(default_factory=list)
    _threads: list[threading.Thread] = field(default_factory=list)

    def open(self, url: str, *args: object, **kwargs: object) -> bool:
        self.opened.append(url)
        if self.respond:
            thread = threading.Thread(target=self._visit, args=(url,), daemon=True)
            thread.start()
            self._threads.append(thread)
        return True

    def _visit(self, url: str) -> None:
        extra = {}
        if self.login_hint:
            extra["login_hint"] = self.login_hint
        if self.decline:
            extra["sim_action"] = "decline"
        page = self.sim.get(url + ("&" + urllib.parse.urlencode(extra) if extra else ""))
        # response_mode=form_post: the page auto-submits a form to the app's localhost redirect URI.
        match = re.search(r'action="([^"]+)"', page)
        assert match, page
        fields = {html.unescape(k): html.unescape(v) for k, v in re.findall(r'name="([^"]+)" value="([^"]*)"', page)}
        request = urllib.request.Request(html.unescape(match.group(1)), data=urllib.parse.urlencode(fields).encode())
        with urllib.request.urlopen(request, timeout=10) as response:
            self.results.append(response.read().decode())

    def join(self) -> None:
        for thread in self._threads:
            thread.join(timeout=10)


@pytest.fixture
def browser(sim: SimIdentity, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBrowser]:
    fake = FakeBrowser(sim)
    monkeypatch.setattr(webbrowser, "open", fake.open)
    yield fake
    fake.join()


def enter_device_code(sim: SimIdentity, login_hint: str | None = None, decline: bool = False) -> DevicePrompt:
    """A prompt callback that, like a user on another device, opens the page and enters the code."""

    def prompt(verification_uri: str, user_code: str, expires_on: object) -> None:
        query = {"user_code": user_code}
        if login_hint:
            query["login_hint"] = login_hint
        if decline:
            query["sim_action"] = "decline"
        threading.Thread(target=sim.get, args=(verification_uri, query), daemon=True).start()

    return prompt


def make_signin(
    sim: SimIdentity,
    method: SignInMethod,
    *,
    cache: TokenCachePlan | None = None,
    prompt: DevicePrompt | None = None,
    timeout_s: int = 20,
) -> SignIn:
    return SignIn(
        method,
        sim.endpoint,
        records=AuthRecordStore(),
        cache=cache or TokenCachePlan.memory_only("tests keep tokens in memory"),
        prompt=prompt,
        timeout_s=timeout_s,
        app_client_id=TEST_CLIENT_ID,
    )
