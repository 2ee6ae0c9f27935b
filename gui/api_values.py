"""API values as the user reads them: the display name in the current language (core/display_names.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.display_names import ValueKind, display_name


def shown(kind: ValueKind, value: str | None) -> str:
    """``Failed`` → „Fehlgeschlagen“ in German; an unknown value unchanged, an absent one as a dash."""
    return display_name(kind, value, QCoreApplication.translate)
