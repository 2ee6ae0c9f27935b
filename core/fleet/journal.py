"""The fleet run's journal: the plan as it was approved, then one line per finished operation.

An interrupted run (Ctrl+C, a closed window, a lost connection) leaves the journal without its ``end`` line;
``--resume`` reads it back, skips what finished and runs the rest of exactly that plan. Lines are appended and
flushed one by one, so at most the operations in flight when the run stopped are repeated — and every operation
is idempotent (the apply engine checks what is in place first, or writes with a precondition).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from core.remediation.audit import data_dir
from core.remediation.plan import Operation, Plan

JOURNAL_DIR = "fleet-journals"


class JournalError(ValueError):
    """The journal cannot be read back (missing, torn header, another format)."""


def fingerprint(plan: Plan) -> str:
    body = json.dumps([op.to_json() for op in plan.operations], sort_keys=True, default=str)
    return hashlib.sha256(body.encode()).hexdigest()[:16]


@dataclass
class JournalState:
    """What a journal says: the plan, what each operation serves, and the finished operations' outcomes."""

    run_id: str
    plan: Plan
    serves: list[tuple[str, ...]]
    scope: dict[str, Any] = field(default_factory=dict)  # what to re-scan afterwards (see core.fleet.graph.Scope)
    selected: list[str] = field(default_factory=list)  # the VMs the plan was made for (checked afterwards)
    finished: dict[int, str] = field(default_factory=dict)  # operation index -> StepStatus value
    ended: bool = False


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def new(cls, directory: Path | None = None) -> Journal:
        folder = directory or data_dir() / JOURNAL_DIR
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        return cls(folder / f"fleet-{stamp}-{uuid.uuid4().hex[:8]}.jsonl")

    @classmethod
    def latest_unfinished(cls, directory: Path | None = None) -> Journal | None:
        folder = directory or data_dir() / JOURNAL_DIR
        for path in sorted(folder.glob("fleet-*.jsonl"), reverse=True):
            try:
                if not cls(path).read().ended:
                    return cls(path)
            except JournalError:
                continue
        return None

    def _append(self, record: Mapping[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, separators=(",", ":"), default=str) + "\n")
            fh.flush()

    def start(
        self,
        plan: Plan,
        serves: list[tuple[str, ...]],
        scope: Mapping[str, Any] | None = None,
        selected: list[str] | None = None,
    ) -> str:
        run_id = str(uuid.uuid4())
        self._append(
            {
                "kind": "plan",
                "runId": run_id,
                "time": datetime.now(UTC).isoformat(timespec="seconds"),
                "fingerprint": fingerprint(plan),
                "plan": plan.to_json(),
                "serves": [list(s) for s in serves],
                "scope": dict(scope or {}),
                "selected": list(selected or []),
            }
        )
        return run_id

    def finished(self, index: int, status: str, step: Mapping[str, Any]) -> None:
        self._append({"kind": "step", "index": index, "status": status, "step": step})

    def end(self, ok: bool) -> None:
        self._append({"kind": "end", "ok": ok, "time": datetime.now(UTC).isoformat(timespec="seconds")})

    def read(self) -> JournalState:
        if not self.path.exists():
            raise JournalError(f"{self.path}: no such journal")
        lines = self.path.read_text(encoding="utf-8").splitlines()
        try:
            head = json.loads(lines[0]) if lines else None
        except json.JSONDecodeError as error:
            raise JournalError(f"{self.path}: the plan line is damaged ({error})") from error
        if not isinstance(head, dict) or head.get("kind") != "plan":
            raise JournalError(f"{self.path}: not a fleet journal")
        body = head["plan"]
        operations = tuple(Operation.from_json(op) for op in body.get("operations") or [])
        plan = Plan(str(body.get("vmId") or "/"), str(body.get("goal") or "fleet"), operations)
        if fingerprint(plan) != head.get("fingerprint"):
            raise JournalError(f"{self.path}: the plan does not match its fingerprint")
        serves = [tuple(s) for s in head.get("serves") or []]
        selected = [str(v) for v in head.get("selected") or []]
        state = JournalState(str(head["runId"]), plan, serves, dict(head.get("scope") or {}), selected)
        for line in lines[1:]:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # a torn last line: that operation simply runs again
            if record.get("kind") == "step" and isinstance(record.get("index"), int):
                state.finished[record["index"]] = str(record.get("status"))
            elif record.get("kind") == "end":
                state.ended = True
        return state
