"""Status symbols and words shared by the checklist, the layers view and verdict lines.

Status is never shown by colour alone (WCAG 1.4.1): a symbol plus a word, in the palette's own text colour, so
dark mode and Windows high contrast stay readable without special cases.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication


class Status(StrEnum):
    OK = "ok"
    FAIL = "fail"
    WARN = "warn"
    UNKNOWN = "unknown"
    BUSY = "busy"


SYMBOLS = {Status.OK: "✔", Status.FAIL: "✖", Status.WARN: "⚠", Status.UNKNOWN: "?", Status.BUSY: "…"}


def status_word(status: Status) -> str:
    words = {
        Status.OK: QCoreApplication.translate("Status", "OK"),
        Status.FAIL: QCoreApplication.translate("Status", "Problem"),
        Status.WARN: QCoreApplication.translate("Status", "Warning"),
        Status.UNKNOWN: QCoreApplication.translate("Status", "Unknown"),
        Status.BUSY: QCoreApplication.translate("Status", "Checking"),
    }
    return words[status]


def verdict_status(verdict: object) -> Status:
    """Map a ``core.diagnosis.model.Verdict`` (or its string value) to a display status."""
    value = str(getattr(verdict, "value", verdict))
    return {"allowed": Status.OK, "blocked": Status.FAIL, "partial": Status.WARN}.get(value, Status.UNKNOWN)


def verdict_word(verdict: object) -> str:
    value = str(getattr(verdict, "value", verdict))
    words = {
        "allowed": QCoreApplication.translate("Status", "Allowed"),
        "blocked": QCoreApplication.translate("Status", "Blocked"),
        "partial": QCoreApplication.translate("Status", "Partly blocked"),
    }
    return words.get(value, QCoreApplication.translate("Status", "Unknown"))
