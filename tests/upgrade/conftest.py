"""Upgrade tests: evaluators with ARM JSON dicts; flows through the real SDK against the simulator."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.remediation.conftest import focus, resource, run, scenario, simulated

__all__ = ["focus", "resource", "run", "scenario", "simulated"]


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BOOT_INTEGRITY_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"
