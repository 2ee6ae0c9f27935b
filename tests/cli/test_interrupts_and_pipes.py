"""Ctrl-C in the CLI: one line, exit 130. A closed stdout (``| head -1``): quiet. Real processes, real signals."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.simulator.scenarios import load_scenario

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def large_tenant(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """5,400 VMs: listing them takes long enough to be interrupted, and prints far more than a pipe buffer."""
    path = tmp_path_factory.mktemp("large") / "large-tenant.json"
    path.write_text(json.dumps(load_scenario("large-tenant")), encoding="utf-8")
    return path


def _cli() -> list[str]:
    script = shutil.which("boot-integrity", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "core.cli.main"]


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "BOOT_INTEGRITY_LOG_DIR": str(tmp_path), "BOOT_INTEGRITY_LANG": "en"}


def test_ctrl_c_prints_one_line_and_exits_130(large_tenant: Path, tmp_path: Path) -> None:
    process = subprocess.Popen(
        [*_cli(), "vms", "--snapshot", str(large_tenant)],
        cwd=ROOT,
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.0)
    assert process.poll() is None, "finished before it could be interrupted"
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert [line for line in err.splitlines() if line.strip()] == ["boot-integrity: interrupted"]
    assert out == ""


def test_closed_stdout_ends_quietly(large_tenant: Path, tmp_path: Path) -> None:
    process = subprocess.Popen(
        [*_cli(), "vms", "--snapshot", str(large_tenant)],
        cwd=ROOT,
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # what `| head -1` does after its line
    err = process.stderr.read()
    process.stderr.close()
    process.wait(timeout=60)
    assert first.startswith("NAME")
    assert err == ""
    assert process.returncode == 141  # 128 + SIGPIPE, as a shell reports a writer whose reader went away
