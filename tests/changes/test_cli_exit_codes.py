"""Exit codes scripts can trust for ``fix`` and ``enable``, ``--dry-run`` included (docs/cli.md)."""

from __future__ import annotations

import pytest

from tests.remediation.test_cli import cli, snapshot_file

CASES = [
    # (command, scenario, extra args, exit code): 0 nothing to do or done, 1 findings or cannot fix, 2 bad input
    ("fix", "healthy", ["--dry-run"], 0),
    ("fix", "healthy", ["--yes"], 0),
    ("fix", "subnet-nsg-denies", ["--dry-run"], 1),  # a plan to apply
    ("fix", "subnet-nsg-denies", ["--yes"], 0),  # done: the diagnosis finds the path allowed
    ("fix", "route-next-hop-none", ["--dry-run"], 1),  # guidance only: cannot fix it
    ("fix", "route-next-hop-none", ["--yes"], 1),
    ("enable", "healthy", ["--dry-run"], 0),
    ("enable", "monitoring-not-enabled-windows", ["--dry-run"], 1),
    ("enable", "monitoring-not-enabled-windows", ["--yes"], 0),
    ("enable", "not-trusted-launch", ["--dry-run"], 1),  # a Standard VM: blocked
    ("enable", "not-trusted-launch", ["--yes"], 1),
    ("enable", "healthy", ["--dry-run", "--maa-endpoint", "http://not-https"], 2),
]


@pytest.mark.parametrize("command, name, extra, code", CASES)
def test_exit_codes(command: str, name: str, extra: list[str], code: int, tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    path, vm = snapshot_file(tmp_path, name)
    assert cli(command, "--vm", vm, "--snapshot", str(path), *extra) == code
