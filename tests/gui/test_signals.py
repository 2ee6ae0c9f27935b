"""Ctrl-C or SIGTERM in the running wizard closes it as Cancel would: no crash dialog, no traceback, it exits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _wait_for_start(log_dir: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for log in log_dir.glob("*/boot-integrity.log"):
            if "starting" in log.read_text(encoding="utf-8", errors="replace"):
                return
        time.sleep(0.2)
    raise AssertionError("the wizard did not start")


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_closes_the_wizard_like_cancel(number: signal.Signals, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BOOT_INTEGRITY_LOG_DIR": str(tmp_path)}
    # Not --self-test: the interactive wizard, whose crash dialog would block this process forever.
    process = subprocess.Popen(
        [sys.executable, "-m", "gui.app", "--demo", "--lang", "en"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_for_start(tmp_path)
        time.sleep(0.5)  # the qasync loop is running
        process.send_signal(number)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err  # as Cancel: the wizard's rejected result
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    logs = "".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("*/boot-integrity.log"))
    assert "unhandled exception" not in logs
    assert "exit 0" in logs
