"""The probe scripts' line format and its parser, plus unwrapping Run Command's status messages.

Format (docs/probe.md): a header ``BIW-PROBE v1``, then ``key=value`` lines, then ``END``. A key without a dot is
a check's status (``ok``/``fail``/``skip``) or, for ``os``/``host``/``port``/``elapsed``/``error``, a fact about
the run; ``check.field`` keys are the check's details and may repeat (``firewall.rule``). The parser never
raises: whatever it cannot read is recorded in :attr:`ProbeReport.problems` and becomes a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

HEADER = "BIW-PROBE"
FORMAT_VERSION = 1
END = "END"
CHECKS = ("dns", "tcp", "tls", "proxy", "proxy_connect", "imds", "wireserver", "firewall")
_FACTS = frozenset({"os", "host", "port", "elapsed", "error"})
_KEY = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)?$")
_HEADER = re.compile(r"^BIW-PROBE v(\d+)$")
# Linux Run Command wraps the script's streams in one message: "Enable succeeded: \n[stdout]\n…\n[stderr]\n…".
_LINUX_STREAMS = re.compile(r"\[stdout\]\n?(?P<stdout>.*?)\n?\[stderr\]\n?(?P<stderr>.*)\Z", re.DOTALL)


class CheckStatus(StrEnum):
    OK = "ok"
    FAIL = "fail"
    SKIP = "skip"


class Problem(StrEnum):
    """Why the output could not be read completely."""

    EMPTY = "empty"  # no output at all: Run Command could not bring it back (it needs outbound 443 to Azure)
    NO_HEADER = "no-header"  # not our script, or the start was cut off (Run Command keeps the last 4 KB)
    VERSION = "version"  # a newer format than this parser knows
    TRUNCATED = "truncated"  # no END line: the script was stopped or the output cut
    UNREADABLE = "unreadable"  # lines that are not key=value, or a status that is not ok/fail/skip


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    status: CheckStatus
    fields: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def get(self, name: str) -> str | None:
        """The first value of a detail field, or ``None``."""
        values = self.fields.get(name)
        return values[0] if values else None

    def all(self, name: str) -> tuple[str, ...]:
        return self.fields.get(name, ())


@dataclass(frozen=True, slots=True)
class ProbeReport:
    version: int | None
    facts: Mapping[str, str]
    checks: Mapping[str, CheckResult]
    problems: tuple[Problem, ...] = ()
    unreadable_lines: tuple[str, ...] = ()  # at most a few, for evidence

    @property
    def complete(self) -> bool:
        return not self.problems

    def check(self, name: str) -> CheckResult | None:
        return self.checks.get(name)

    def status(self, name: str) -> CheckStatus | None:
        result = self.checks.get(name)
        return result.status if result else None

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "facts": dict(self.facts),
            "checks": {
                name: {"status": result.status.value, **{k: list(v) for k, v in result.fields.items()}}
                for name, result in self.checks.items()
            },
            "problems": [p.value for p in self.problems],
        }


def parse_probe_output(text: str) -> ProbeReport:
    """Read a probe's stdout; garbage, partial or foreign output gives a report with ``problems``, never an error."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    problems: list[Problem] = []
    version: int | None = None
    start = next((i for i, line in enumerate(lines) if line.startswith(HEADER)), None)
    if not lines:
        problems.append(Problem.EMPTY)
        body = lines
    elif start is None:
        problems.append(Problem.NO_HEADER)
        body = lines
    else:
        match = _HEADER.match(lines[start])
        version = int(match.group(1)) if match else None
        if version != FORMAT_VERSION:
            problems.append(Problem.VERSION)
        body = lines[start + 1 :]
    if END in body:
        body = body[: body.index(END)]
    elif start is not None:  # without a header, "cut off" is already said
        problems.append(Problem.TRUNCATED)

    facts: dict[str, str] = {}
    statuses: dict[str, CheckStatus] = {}
    details: dict[str, dict[str, list[str]]] = {}
    unreadable: list[str] = []
    for line in body:
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not _KEY.match(key):
            unreadable.append(line)
            continue
        value = value.strip()
        name, dot, detail = key.partition(".")
        if dot:
            details.setdefault(name, {}).setdefault(detail, []).append(value)
        elif name in _FACTS:
            facts[name] = value
        else:
            try:
                statuses[name] = CheckStatus(value)
            except ValueError:
                unreadable.append(line)
    if unreadable and start is not None:  # without a header everything is unreadable; one problem says it
        problems.append(Problem.UNREADABLE)
    checks = {
        name: CheckResult(name, status, {k: tuple(v) for k, v in details.get(name, {}).items()})
        for name, status in statuses.items()
    }
    return ProbeReport(version, facts, checks, tuple(problems), tuple(unreadable[:5]))


def run_command_streams(statuses: Iterable[Any]) -> tuple[str, str]:
    """(stdout, stderr) from ``RunCommandResult.value``: Windows gives two statuses, Linux one wrapped message.

    Accepts SDK ``InstanceViewStatus`` objects or their JSON dicts.
    """
    stdout: list[str] = []
    stderr: list[str] = []
    for status in statuses:
        code = str(_attr(status, "code") or "")
        message = str(_attr(status, "message") or "")
        if "/stdout/" in code.lower():
            stdout.append(message)
        elif "/stderr/" in code.lower():
            stderr.append(message)
        else:
            match = _LINUX_STREAMS.search(message)
            if match:
                stdout.append(match.group("stdout"))
                stderr.append(match.group("stderr"))
            else:
                stdout.append(message)
    return "\n".join(stdout), "\n".join(stderr).strip()


def _attr(status: Any, name: str) -> Any:
    if isinstance(status, Mapping):
        return status.get(name)
    return getattr(status, name, None)
