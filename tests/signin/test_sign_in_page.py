"""The Sign in page drives the real credentials against the simulator: device code shown, browser, cancel, errors."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from core.azure.clouds import CloudName
from core.azure.signin import SignInMethod
from core.azure.signin_store import TokenCachePlan
from core.simulator.identity import AadError
from core.tenant import TenantConnector
from gui.pages.sign_in import SignInPage
from gui.settings import AppSettings
from gui.state import WizardState
from tests.gui.conftest import qloop  # noqa: F401  (the qasync loop fixture)
from tests.signin.conftest import FakeBrowser, SimIdentity


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def page(
    qtbot: object, request: pytest.FixtureRequest, sim: SimIdentity, settings: AppSettings
) -> Iterator[SignInPage]:
    request.getfixturevalue("qloop")  # imported from tests/gui/conftest.py
    connector = TenantConnector()
    page = SignInPage(
        WizardState(simulated=False),
        connector,
        settings,
        endpoint_for=lambda cloud: sim.endpoint,
        cache_plan=TokenCachePlan.memory_only("no keyring in tests"),
    )
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.show()
    yield page
    page.cancel_sign_in()
    closing = asyncio.ensure_future(connector.close())
    qtbot.waitUntil(closing.done, timeout=5000)  # type: ignore[attr-defined]
    if page.signin is not None:
        page.signin.close()
    # The closed session still references the credential, whose MSAL client keeps its last error response (and
    # that response's TLS connection) in a thread-local: drop it so the simulator fixture's gc can close it.
    page.state.session = None
    page.signin = None


def test_device_code_is_shown_and_the_tenant_is_chosen(
    page: SignInPage, qtbot: object, sim: SimIdentity, settings: AppSettings
) -> None:
    page.select_method(SignInMethod.DEVICE_CODE)
    page.initializePage()  # no saved sign-in: stays signed out
    qtbot.waitUntil(lambda: not page.task.busy, timeout=5000)  # type: ignore[attr-defined]
    assert page.status.text() == "Not signed in."
    page.start_sign_in()
    qtbot.waitUntil(lambda: bool(page.device_code.text()), timeout=5000)  # type: ignore[attr-defined]
    assert page.device_box.isVisible()
    assert f"{sim.background.endpoint}/devicelogin" in page.device_text.text()
    sim.get(f"{sim.background.endpoint}/devicelogin", {"user_code": page.device_code.text()})  # the user
    qtbot.waitUntil(page.isComplete, timeout=10000)  # type: ignore[attr-defined]
    assert page.status.text() == "Signed in as alex.admin@contoso.example."
    assert not page.device_box.isVisible()
    assert page.tenant.count() == 1 and page.tenant.currentData() == sim.tenant_id
    assert page.state.session is not None and page.state.session.endpoint.is_simulated
    assert settings.last_tenant == sim.tenant_id
    assert settings.sign_in_method is SignInMethod.DEVICE_CODE
    assert settings.cloud is CloudName.PUBLIC


def test_browser_sign_in_completes_the_page(page: SignInPage, qtbot: object, browser: FakeBrowser) -> None:
    assert page.method is SignInMethod.BROWSER  # the default
    page.start_sign_in()
    qtbot.waitUntil(page.isComplete, timeout=10000)  # type: ignore[attr-defined]
    assert len(browser.opened) == 1
    assert page.error.isHidden()


def test_cancel_returns_at_once_and_says_so(page: SignInPage, qtbot: object, browser: FakeBrowser) -> None:
    browser.respond = False
    page.start_sign_in()
    qtbot.waitUntil(lambda: len(browser.opened) == 1, timeout=5000)  # type: ignore[attr-defined]
    page.cancel_sign_in()
    assert not page.task.busy and not page.isComplete()
    assert page.error.isVisible()
    assert "Sign-in was canceled." in page.error._message.text()


def test_aadsts_error_is_shown_inline_in_plain_language(
    page: SignInPage, qtbot: object, sim: SimIdentity, browser: FakeBrowser
) -> None:
    sim.platform.fail_next_token_request(AadError.MFA_REQUIRED)
    page.start_sign_in()
    qtbot.waitUntil(page.error.isVisible, timeout=10000)  # type: ignore[attr-defined]
    assert "multi-factor authentication" in page.error._message.text()
    assert "AADSTS50076" in page.error._details.text()
    assert not page.isComplete()


def test_memory_only_cache_is_explained(page: SignInPage) -> None:
    assert page.keyring_warning.isVisible()
    assert "no keyring" in page.keyring_warning.text()


def test_settings_round_trip_and_defaults(settings: AppSettings) -> None:
    assert settings.sign_in_method is SignInMethod.BROWSER
    assert settings.cloud is CloudName.PUBLIC
    assert settings.last_tenant is None and settings.language is None
    settings.sign_in_method = SignInMethod.AZURE_CLI
    settings.cloud = CloudName.US_GOVERNMENT
    settings.set_last_subscription("sub", simulated=False)
    settings.set_last_subscription("demo-sub", simulated=True)
    settings.language = "de"
    settings._settings.setValue("azure/signInMethod", "carrier-pigeon")  # damaged value: back to the default
    assert settings.sign_in_method is SignInMethod.BROWSER
    assert settings.cloud is CloudName.US_GOVERNMENT
    assert settings.last_subscription(simulated=False) == "sub" and settings.language == "de"
    assert settings.last_subscription(simulated=True) == "demo-sub"  # a demo never replaces the real choice
    settings.set_last_subscription(None, simulated=False)
    assert settings.last_subscription(simulated=False) is None
