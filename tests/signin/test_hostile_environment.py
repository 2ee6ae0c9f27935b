"""A hostile environment, explained (issue 13, item 5): each condition is simulated, never the SDK's objects.

No network (a closed port), a proxy in the way (HTTPS_PROXY to a closed local port), TLS inspection (a server
certificate from a CA the client does not trust), no browser ($BROWSER that cannot run), a device code that never
arrives, no keyring (PyGObject missing; a Secret Service that fails), no program to open the log folder.
"""

from __future__ import annotations

import gc
import json
import os
import socket
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import trustme

from core.azure.clouds import CloudName
from core.azure.signin import IdentityEndpoint, SignIn, SignInMethod
from core.azure.signin_errors import (
    BROWSER_UNAVAILABLE,
    CANCELLED,
    CONTEXT,
    NO_NETWORK,
    PROXY_FAILED,
    TLS_NOT_TRUSTED,
    SignInError,
)
from core.azure.signin_store import AuthRecordStore, KeyringProblem, TokenCachePlan, plan_token_cache
from tests.signin.conftest import TEST_CLIENT_ID, SimIdentity, make_signin

ROOT = Path(__file__).resolve().parents[2]
GERMAN = json.loads((ROOT / "translations" / "pending" / "bad-input.json").read_text(encoding="utf-8"))


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port  # closed again: connecting is refused, nothing leaves the machine


def _sign_in(endpoint: IdentityEndpoint, method: SignInMethod, opened: list[str]) -> SignInError:
    signin = SignIn(
        method,
        endpoint,
        records=AuthRecordStore(),
        cache=TokenCachePlan.memory_only(),
        app_client_id=TEST_CLIENT_ID,
        timeout_s=20,
        on_browser_opened=lambda: opened.append("opened"),
    )
    try:
        with pytest.raises(SignInError) as caught:
            signin.interactive()
    finally:
        signin.close()
    return caught.value


@pytest.fixture
def clean_proxy_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[pytest.MonkeyPatch]:
    monkeypatch.setenv("BOOT_INTEGRITY_DATA_DIR", str(tmp_path / "data"))
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    yield monkeypatch


def _assert_plain(error: SignInError, template: str) -> None:
    assert error.message == template
    english = error.render()
    assert "HTTPSConnection" not in english and "Error" not in english and "Sign in again" in english
    german = GERMAN[CONTEXT][template].format(detail=error.detail)
    assert german != english and "erneut" in german


@pytest.mark.parametrize("method", [SignInMethod.BROWSER, SignInMethod.DEVICE_CODE])
def test_no_network_is_explained_and_no_browser_is_claimed(
    method: SignInMethod, clean_proxy_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    endpoint = IdentityEndpoint.simulated(f"https://127.0.0.1:{_closed_port()}", tmp_path / "ca.pem")
    opened: list[str] = []
    error = _sign_in(endpoint, method, opened)
    with warnings.catch_warnings():
        # Measured: azure-identity starts its localhost redirect server before it contacts Entra and does not
        # close it when that fails; collect it here rather than as a stray ResourceWarning in a later test.
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()
    _assert_plain(error, NO_NETWORK)
    assert error.detail == "Connection refused"
    assert opened == []


def test_a_proxy_in_the_way_is_named(clean_proxy_env: pytest.MonkeyPatch) -> None:
    clean_proxy_env.setenv("HTTPS_PROXY", f"http://127.0.0.1:{_closed_port()}")  # real Azure, via a dead proxy
    error = _sign_in(IdentityEndpoint.for_cloud(CloudName.PUBLIC), SignInMethod.DEVICE_CODE, [])
    _assert_plain(error, PROXY_FAILED)


def test_tls_inspection_is_explained(sim: SimIdentity) -> None:
    # As behind a TLS-inspecting proxy: the client trusts the OS store, the certificate comes from another issuer.
    sim.endpoint = replace(sim.endpoint, ca_path=None)
    signin = make_signin(sim, SignInMethod.DEVICE_CODE)
    try:
        with pytest.raises(SignInError) as caught:
            signin.interactive()
    finally:
        signin.close()
    _assert_plain(caught.value, TLS_NOT_TRUSTED)
    assert "certificate" in caught.value.detail


_BROWSER_RUN = textwrap.dedent(
    """
    import json, sys
    from core.azure.signin import IdentityEndpoint, SignIn, SignInMethod
    from core.azure.signin_store import AuthRecordStore, TokenCachePlan
    from core.simulator import load_scenario
    from core.simulator.background import BackgroundSimulator
    from tests.signin.conftest import TEST_CLIENT_ID

    simulator = BackgroundSimulator(load_scenario("healthy"))
    simulator.start()
    events = []
    signin = SignIn(
        SignInMethod.BROWSER,
        IdentityEndpoint.simulated(simulator.endpoint, simulator.ca_path),
        records=AuthRecordStore(),
        cache=TokenCachePlan.memory_only(),
        app_client_id=TEST_CLIENT_ID,
        timeout_s=20,
        on_browser_opened=lambda: (events.append("opened"), signin.cancel()),
    )
    try:
        signin.interactive()
    except Exception as error:
        events.append(getattr(error, "message", type(error).__name__))
    finally:
        signin.close()
        simulator.stop()
    print(json.dumps(events))
    """
)


@pytest.mark.parametrize("browser_works", [False, True], ids=["no-browser", "browser"])
def test_the_browser_is_claimed_only_when_one_opened(browser_works: bool, tmp_path: Path) -> None:
    # Python's webbrowser reads $BROWSER once per process: a fresh process per environment.
    fake = tmp_path / "browser.sh"
    fake.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    fake.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"} and "PROXY" not in k.upper()}
    env |= {
        "BROWSER": f"{fake} %s" if browser_works else str(tmp_path / "no-such-browser"),
        "BOOT_INTEGRITY_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", _BROWSER_RUN], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    events = json.loads(done.stdout.strip().splitlines()[-1])
    assert events == (["opened", CANCELLED] if browser_works else [BROWSER_UNAVAILABLE])


def test_keyring_library_missing_is_a_plain_next_step(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setitem(sys.modules, "gi", None)  # PyGObject not installed
    monkeypatch.delitem(sys.modules, "msal_extensions.libsecret", raising=False)
    plan = plan_token_cache("boot-integrity-test")
    assert plan.problem is KeyringProblem.NO_LIBRARY and plan.options is None


def test_a_failing_secret_service_is_a_plain_next_step(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # A PyGObject whose Secret Service calls fail as they do over SSH or without a session bus.
    (tmp_path / "gi" / "repository").mkdir(parents=True)
    (tmp_path / "gi" / "__init__.py").write_text("def require_version(name, version):\n    pass\n", encoding="utf-8")
    (tmp_path / "gi" / "repository" / "__init__.py").write_text(
        textwrap.dedent(
            """
            class GLib:
                class Error(Exception):
                    pass

            class _Secret:
                def __getattr__(self, name):
                    raise GLib.Error("Cannot autolaunch D-Bus without X11 $DISPLAY")

            Secret = _Secret()
            """
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("gi", "gi.repository", "msal_extensions.libsecret"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    plan = plan_token_cache("boot-integrity-test")
    assert plan.problem is KeyringProblem.NO_SERVICE and "libsecret" in plan.reason
