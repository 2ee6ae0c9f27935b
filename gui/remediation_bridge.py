"""The GUI's single door to the remediation use cases (core.usecases.enable / fix): plan, apply, verify, undo.

Pages call these functions only; when the use cases change shape, this module adapts and the pages do not.
Applied operations come back as ``core.report.ChangeRecord`` for the summary and the ticket report.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from core.azure.session import ArmSession
from core.report import ChangeRecord


def available() -> bool:
    """True once the remediation use cases are installed (they are built in parallel with the GUI)."""
    try:
        return importlib.util.find_spec("core.usecases.fix") is not None
    except ModuleNotFoundError:
        return False


async def enable_uefi(session: ArmSession, vm_json: dict[str, Any], fix_ids: list[str]) -> list[ChangeRecord]:
    raise NotImplementedError("the remediation use case for Secure Boot / vTPM has not landed yet")
