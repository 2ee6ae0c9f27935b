"""The audit log: one JSON line per apply or undo — when, who, what, and ARM's request ids.

It lives in the user data directory (``BOOT_INTEGRITY_DATA_DIR`` overrides it, e.g. for tests) and is what
undo reads: the exact operations and the state we wrote, so undo removes only what we added.
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


def new_record(*, kind: str, vm_id: str, who: str | None, goal: str, steps: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "runId": str(uuid.uuid4()),
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "kind": kind,  # "apply" | "undo"
        "who": who,
        "vmId": vm_id,
        "goal": goal,
        "steps": steps,
    }


class AuditLog:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / AUDIT_FILE

    def append(self, record: Mapping[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, separators=(",", ":"), default=str) + "\n")

    def records(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        out: list[dict[str, Any]] = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # a torn last line must not hide the rest
            if isinstance(record, dict):
                out.append(record)
        return out

    def undoable(self, vm_id: str, run_id: str | None = None) -> dict[str, Any] | None:
        """The apply run to undo: ``run_id`` or the latest one for the VM that changed something and was not undone."""
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
            applied = any(s.get("status") == "applied" for s in record.get("steps", []))
            if str(record.get("vmId", "")).lower() == vm_id.lower() and applied:
                return record
        return None
