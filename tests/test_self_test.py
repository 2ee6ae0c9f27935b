"""``boot-integrity-wizard --demo --self-test`` builds the UI offscreen and lists the demo VMs, in both languages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("language", ["en", "de"])
def test_self_test_passes(language: str, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BOOT_INTEGRITY_LOG_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "gui.app", "--demo", "--self-test", "--lang", language],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"self-test OK (language {language})" in result.stdout
    assert "VMs listed" in result.stdout


def test_unreadable_snapshot_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"resources": [', encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BOOT_INTEGRITY_LOG_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "gui.app", "--snapshot", str(broken), "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "broken.json" in result.stderr
