"""The Sign in page in a hostile environment: no claim of a browser or a device code that never came; a missing
keyring as a plain next step (issue 13, item 5)."""

from __future__ import annotations

import gc
import socket
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QPushButton

from core.azure.signin import IdentityEndpoint, SignInMethod
from core.azure.signin_store import KeyringProblem, TokenCachePlan
from core.tenant import TenantConnector
from gui.pages.sign_in import SignInPage
from gui.settings import AppSettings
from gui.state import WizardState
from tests.gui.conftest import qloop  # noqa: F401  (the qasync loop fixture)


def _unreachable(tmp_path: Path) -> IdentityEndpoint:
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return IdentityEndpoint.simulated(f"https://127.0.0.1:{port}", tmp_path / "ca.pem")  # connection refused


@pytest.fixture
def offline_page(
    qtbot: Any, request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SignInPage]:
    request.getfixturevalue("qloop")
    monkeypatch.setenv("BOOT_INTEGRITY_DATA_DIR", str(tmp_path / "data"))
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    endpoint = _unreachable(tmp_path)
    page = SignInPage(
        WizardState(simulated=False),
        TenantConnector(),
        settings,
        endpoint_for=lambda cloud: endpoint,
        cache_plan=TokenCachePlan.memory_only("Unable to import module 'gi'", KeyringProblem.NO_LIBRARY),
    )
    qtbot.addWidget(page)
    page.show()
    yield page
    if page.signin is not None:
        page.signin.close()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # azure-identity's redirect server (see the other file)
        gc.collect()


@pytest.mark.parametrize(
    ("method", "never"),
    [
        (SignInMethod.BROWSER, "Complete the sign-in in the browser"),
        (SignInMethod.DEVICE_CODE, "Waiting for the code to be entered"),
    ],
)
def test_without_network_the_page_claims_no_browser_and_no_code(
    offline_page: SignInPage, qtbot: Any, method: SignInMethod, never: str
) -> None:
    offline_page.select_method(method)
    offline_page.start_sign_in()
    seen: list[str] = []

    def finished() -> bool:
        seen.append(offline_page.status.text())
        return not offline_page.task.busy

    qtbot.waitUntil(finished, timeout=20000)
    assert seen and all(never not in text for text in seen), seen
    assert offline_page.device_box.isHidden()
    shown = " ".join(label.text() for label in offline_page.error.findChildren(QLabel))
    assert "could not be reached" in shown and "Connection refused" in shown
    assert "HTTPSConnection" not in shown


def test_keyring_warning_names_the_next_step_not_the_module(offline_page: SignInPage) -> None:
    text = offline_page.keyring_warning.text()
    assert offline_page.keyring_warning.isVisibleTo(offline_page)
    assert "Unable to import" not in text and "PyGObject" in text and "python3-gi" in text


def test_forget_saved_sign_ins_works_offline(offline_page: SignInPage, qtbot: Any) -> None:
    (button,) = [b for b in offline_page.findChildren(QPushButton) if b.text() == "&Forget saved sign-ins"]
    button.click()
    qtbot.waitUntil(lambda: not offline_page.task.busy, timeout=10000)
    assert offline_page.status.text() == "Saved sign-ins were removed from this computer."
