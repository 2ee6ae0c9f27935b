"""Suite-wide: the user's QSettings are never touched; every test starts with none."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

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
