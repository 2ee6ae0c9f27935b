"""Issue 18, done when: "interrupting and --resume converges" — with a real Ctrl-C (SIGINT) to a real `boot-integrity
fleet enable` process: the writes in flight finish and are journalled, one line, exit 130, the tenant as it was then
is saved; `--resume` against that state finishes exactly the rest and every VM ends healthy."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.fleet.journal import JOURNAL_DIR, Journal, JournalError
from core.simulator.fleet_tenant import fleet_tenant
from tests.cli.test_interrupts_and_pipes import ROOT, _cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")


def _finished(journals: Path) -> int:
    try:
        journal = Journal.latest_unfinished(journals)
        return len(journal.read().finished) if journal is not None else 0
    except (JournalError, OSError, ValueError):
        return 0  # a line being written right now


def test_ctrl_c_stops_after_the_writes_in_flight_and_resume_converges(tmp_path: Path) -> None:
    fleet = fleet_tenant(2, 70, seed=5, scale_sets=False)  # 40 VMs behind one denying subnet NSG
    tenant, stopped_state, resumed_state = tmp_path / "t.json", tmp_path / "stopped.json", tmp_path / "resumed.json"
    tenant.write_text(json.dumps(fleet.snapshot), encoding="utf-8")
    env = {**os.environ, "BOOT_INTEGRITY_DATA_DIR": str(tmp_path / "data"), "BOOT_INTEGRITY_LOG_DIR": str(tmp_path),
           "BOOT_INTEGRITY_LANG": "en"}  # fmt: skip
    vms = [arg for vm in fleet.blocked_subnet_vms for arg in ("--vm", vm)]
    command = [*_cli(), "fleet", "enable", "--snapshot", str(tenant), *vms, "--yes", "--max-parallel", "1", "--json"]
    process = subprocess.Popen(
        [*command, "--save-snapshot", str(stopped_state)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    journals = tmp_path / "data" / JOURNAL_DIR
    deadline = time.monotonic() + 120
    while _finished(journals) < 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert process.poll() is None, "finished before it could be interrupted"
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)

    assert process.returncode == 130, err
    last = [line for line in err.splitlines() if line.strip() and not line.startswith("[")]
    assert len(last) == 1 and "interrupted after" in last[0] and "--resume" in last[0], err
    stopped = json.loads(out)
    assert stopped["apply"]["cancelled"] and not stopped["apply"]["ok"]
    done = [s["index"] for s in stopped["apply"]["steps"] if s["status"] in ("applied", "already-in-place")]
    assert 3 <= len(done) < 41
    assert stopped_state.exists()  # the tenant as the interrupted run left it

    resumed = subprocess.run(
        [*_cli(), "fleet", "enable", "--snapshot", str(stopped_state), "--resume", "--yes", "--json",
         "--save-snapshot", str(resumed_state)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    result = json.loads(resumed.stdout)
    assert result["apply"]["ok"] and result["apply"]["resumedSkipped"] == len(done)
    sent_again = {s["index"] for s in result["apply"]["steps"] if s.get("requestIds")}
    assert sent_again.isdisjoint(done) and len(sent_again) == 41 - len(done)
    assert result["after"]["notHealthy"] == [] and result["after"]["stillBlocked"] == []
