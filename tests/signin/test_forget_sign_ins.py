"""'Forget saved sign-ins' on the Sign in page: the remembered account and its cached tokens are gone afterwards.

The button was once shadowed by a widget attribute of the same name as its coroutine and raised TypeError.
"""

from __future__ import annotations

import asyncio
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from azure.identity import TokenCachePersistenceOptions
from PySide6.QtCore import QSettings, Qt

from core.azure.signin_method import SignInMethod
from core.azure.signin_store import AuthRecordStore, CacheProtection, TokenCachePlan
from core.tenant import TenantConnector
from gui.pages.sign_in import SignInPage
from gui.settings import AppSettings
from gui.state import WizardState
from tests.gui.conftest import qloop  # noqa: F401  (the qasync loop fixture)
from tests.signin.conftest import FakeBrowser, SimIdentity, make_signin


@pytest.fixture
def file_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> TokenCachePlan:
    """azure-identity's file fallback under a temporary HOME, standing in for the OS keyring (as in
    test_persistence_and_session.py): tokens have to persist for there to be anything to forget."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the file stand-in is azure-identity's Linux fallback")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    options = TokenCachePersistenceOptions(name=f"test-{uuid.uuid4().hex}", allow_unencrypted_storage=True)
    return TokenCachePlan(options, CacheProtection.ENCRYPTED, "test stand-in for the keyring")


@pytest.fixture
def page(
    qtbot: object, request: pytest.FixtureRequest, sim: SimIdentity, file_cache: TokenCachePlan, tmp_path: Path
) -> Iterator[SignInPage]:
    request.getfixturevalue("qloop")
    connector = TenantConnector()
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    page = SignInPage(
        WizardState(simulated=False),
        connector,
        settings,
        endpoint_for=lambda cloud: sim.endpoint,
        cache_plan=file_cache,
    )
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.show()
    yield page
    page.cancel_sign_in()
    closing = asyncio.ensure_future(connector.close())
    qtbot.waitUntil(closing.done, timeout=5000)  # type: ignore[attr-defined]
    page.state.session = None
    page.signin = None


def test_forget_saved_sign_ins_removes_the_account_and_its_tokens(
    page: SignInPage, qtbot: object, sim: SimIdentity, browser: FakeBrowser, file_cache: TokenCachePlan
) -> None:
    page.start_sign_in()
    qtbot.waitUntil(page.isComplete, timeout=10000)  # type: ignore[attr-defined]
    assert AuthRecordStore().usernames() == {"AzureCloud.browser": "alex.admin@contoso.example"}
    remembered = make_signin(sim, SignInMethod.BROWSER, cache=file_cache)
    try:
        assert remembered.try_silent() is not None  # what the next start would do without Forget
    finally:
        remembered.close()

    qtbot.mouseClick(page._forget_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not page.task.busy, timeout=10000)  # type: ignore[attr-defined]

    assert page.status.text() == "Saved sign-ins were removed from this computer."
    assert page.error.isHidden()
    assert not page.isComplete() and page.state.session is None and page.tenant.count() == 0
    assert AuthRecordStore().usernames() == {}
    after = make_signin(sim, SignInMethod.BROWSER, cache=file_cache)
    try:
        assert after.try_silent() is None  # nothing left to sign in with silently
    finally:
        after.close()
