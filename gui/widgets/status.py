"""Status symbols and words shared by the checklist, the layers view and verdict lines.

Status is never shown by colour alone (WCAG 1.4.1): a symbol plus a word, in the palette's own text colour, so
dark mode and Windows high contrast stay readable without special cases.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from core.diagnosis.model import Verdict


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


def verdict_status(verdict: Verdict) -> Status:
    """The display status of a path verdict."""
    return {Verdict.ALLOWED: Status.OK, Verdict.BLOCKED: Status.FAIL, Verdict.PARTIAL: Status.WARN}.get(
        verdict, Status.UNKNOWN
    )


def verdict_word(verdict: Verdict) -> str:
    words = {
        Verdict.ALLOWED: QCoreApplication.translate("Status", "Allowed"),
        Verdict.BLOCKED: QCoreApplication.translate("Status", "Blocked"),
        Verdict.PARTIAL: QCoreApplication.translate("Status", "Partly blocked"),
    }
    return words.get(verdict, QCoreApplication.translate("Status", "Unknown"))
