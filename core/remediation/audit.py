"""The audit log: what every change run sent to Azure and what Azure answered, step by step, and who ran it.

It lives in the user data directory (``BOOT_INTEGRITY_DATA_DIR`` overrides it, e.g. for tests) as JSON lines, and
is what undo reads. A run writes *events*, each flushed to disk before the engine goes on:

- ``start``: run id, kind (``apply`` | ``undo``), who, VM (or scope), goal, the plan, ``undoOf`` for an undo;
- ``sending``: step ``index`` and the operation exactly as it is about to be sent (references resolved) — written
  before the request, so an interruption at any point leaves the request on record;
- ``accepted``: Azure's first answer to a long-running write (status, request id, ``Azure-AsyncOperation`` /
  ``Location``), so a run cut off while Azure works names the operation to look up;
- ``done``: the step's result (status, request ids, error, the resource as written);
- ``stop-requested``: someone asked to stop (``reason``); the run stops before the next step;
- ``end``: ``complete`` | ``failed`` | ``interrupted`` | ``refused``.

:meth:`AuditLog.records` folds the events of each run into one record of the older one-line format (``runId``,
``time``, ``kind``, ``who``, ``vmId``, ``goal``, ``steps``; plus ``status``, ``interrupted``, ``complete``), so
records written before this format are read unchanged. A step that was sent but has no ``done`` event folds to
status ``unknown``: undo reads its target and takes it back only if it is there as we would have written it.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs

from core.logs import APP_AUTHOR, APP_NAME

AUDIT_FILE = "remediation-audit.jsonl"
SENT_STATUSES = frozenset({"applied", "unknown"})  # steps undo has to look at


def data_dir() -> Path:
    override = os.environ.get("BOOT_INTEGRITY_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def principal_from_token(token: str) -> str | None:
    """Who is signed in, from the access token's claims (no signature check: for the record only)."""
    parts = token.split(".")
    if len(parts) < 2:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (binascii.Error, ValueError):
        return None
    if not isinstance(payload, dict):
        return None
    for claim in ("upn", "unique_name", "preferred_username", "email", "appid", "oid"):
        if payload.get(claim):
            return str(payload[claim])
    return None


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_record(*, kind: str, vm_id: str, who: str | None, goal: str, steps: list[dict[str, Any]]) -> dict[str, Any]:
    """A whole run as one line (the format before events; still written by nothing but read everywhere)."""
    return {
        "runId": str(uuid.uuid4()),
        "time": now_iso(),
        "kind": kind,  # "apply" | "undo"
        "who": who,
        "vmId": vm_id,
        "goal": goal,
        "steps": steps,
    }


def _fold(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Legacy one-line records as they are; the events of each run folded into one record, in order of start."""
    out: list[dict[str, Any]] = []
    runs: dict[str, dict[str, Any]] = {}
    for line in lines:
        event = line.get("event")
        if event is None:
            out.append(line)
            continue
        run_id = str(line.get("runId"))
        if event == "start":
            record = {k: v for k, v in line.items() if k not in ("event", "plan")}
            record.update(steps=[], status="open", interrupted=False, complete=False, plan=line.get("plan"))
            runs[run_id] = record
            out.append(record)
            continue
        found = runs.get(run_id)
        if found is None:
            continue  # events of a run whose start line was torn: nothing to attach them to
        record = found
        steps: list[dict[str, Any]] = record["steps"]
        if event == "sending":
            sent = {"index": line.get("index"), "operation": line.get("operation"), "status": "unknown"}
            steps.append({**sent, "sentAt": line.get("time")})
        elif event == "accepted":
            for step in steps:
                if step.get("index") == line.get("index"):
                    step["accepted"] = {k: v for k, v in line.items() if k not in ("event", "runId", "index")}
        elif event == "done":
            result = dict(line.get("step") or {})
            for position, step in enumerate(steps):
                if step.get("index") == line.get("index"):
                    steps[position] = {**step, **result}
                    break
            else:
                steps.append({"index": line.get("index"), **result})
        elif event == "stop-requested":
            record["stopRequested"] = {"time": line.get("time"), "reason": line.get("reason")}
        elif event == "end":
            status = str(line.get("status"))
            record.update(status=status, endTime=line.get("time"))
            record["interrupted"] = status == "interrupted"
            record["complete"] = status == "complete"
    for record in runs.values():
        if record["status"] == "open":
            record["interrupted"] = True  # no end line: the process stopped mid-run
    return out


class AuditLog:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / AUDIT_FILE

    def append(self, record: Mapping[str, Any]) -> None:
        """One line, on disk before this returns (flushed and synced: an interruption must not lose it)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(record, separators=(",", ":"), default=str) + "\n"
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())

    def event(self, run_id: str, event: str, **fields: Any) -> None:
        self.append({"runId": run_id, "event": event, "time": now_iso(), **fields})

    def records(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        lines: list[dict[str, Any]] = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # a torn last line must not hide the rest
            if isinstance(record, dict):
                lines.append(record)
        return _fold(lines)

    def record(self, run_id: str) -> dict[str, Any] | None:
        return next((r for r in self.records() if r.get("runId") == run_id), None)

    def undoable(self, vm_id: str, run_id: str | None = None) -> dict[str, Any] | None:
        """The apply run to undo: ``run_id`` or the latest one for the VM that sent something and was not undone.

        A partial run (stopped, failed or cut off) counts: whatever of it reached Azure is undone.
        """
        records = self.records()
        undone = {r.get("undoOf") for r in records if r.get("kind") == "undo" and r.get("complete")}
        record: dict[str, Any]
        for record in reversed(records):
            if record.get("kind") != "apply" or record.get("runId") in undone:
                continue
            if run_id is not None:
                if record.get("runId") == run_id:
                    return record
                continue
            sent = any(step_was_sent(s) for s in record.get("steps", []))
            if str(record.get("vmId", "")).lower() == vm_id.lower() and sent:
                return record
        return None


def step_was_sent(step: Mapping[str, Any]) -> bool:
    """Whether a recorded step may have changed Azure: applied, cut off, or failed with the change landed."""
    status = step.get("status")
    return status in SENT_STATUSES or (status == "failed" and step.get("inAzure") is not False)
