"""Suite-wide: the user's QSettings are never touched; every test starts with none and with the CLI in English."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

from core.cli.text import use_language
from gui.settings import APPLICATION, ORGANIZATION


def pytest_configure(config: pytest.Config) -> None:
    folder = tempfile.mkdtemp(prefix="biw-settings-")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, folder)
        QSettings.setPath(settings_format, QSettings.Scope.SystemScope, folder)


@pytest.fixture(autouse=True)
def fresh_settings() -> Iterator[None]:
    QSettings(ORGANIZATION, APPLICATION).clear()
    yield
    QSettings(ORGANIZATION, APPLICATION).clear()


@pytest.fixture(autouse=True)
def cli_in_english() -> Iterator[None]:
    """The CLI's language is process-wide: a test that switches it must not leave later tests in German."""
    use_language("en")
    yield
    use_language("en")
