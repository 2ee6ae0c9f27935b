"""Plain-text rendering of the pre-flight checks (CLI, tickets); English unless a translate function is given."""

from __future__ import annotations

import json
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.plan import Plan
from core.upgrade.model import TRANSLATION_CONTEXT, Outcome, Preflight

OUTCOME_WORDS = {
    Outcome.PASS: QT_TRANSLATE_NOOP("Upgrade", "OK"),
    Outcome.INFO: QT_TRANSLATE_NOOP("Upgrade", "INFO"),
    Outcome.WARN: QT_TRANSLATE_NOOP("Upgrade", "WARNING"),
    Outcome.FAIL: QT_TRANSLATE_NOOP("Upgrade", "REFUSED"),
    Outcome.UNKNOWN: QT_TRANSLATE_NOOP("Upgrade", "NOT CONFIRMED"),
}
HEADING = QT_TRANSLATE_NOOP("Upgrade", "Pre-flight checks for {vm}:")
NEXT = QT_TRANSLATE_NOOP("Upgrade", "Next step: {step}")
ELIGIBLE = QT_TRANSLATE_NOOP("Upgrade", "Result: {vm} can be upgraded to Trusted Launch.")
REFUSED = QT_TRANSLATE_NOOP("Upgrade", "Result: the upgrade of {vm} is refused; nothing was changed.")
ROLLBACK_ELIGIBLE = QT_TRANSLATE_NOOP("Upgrade", "Result: {vm} can be rolled back to Standard.")
ROLLBACK_REFUSED = QT_TRANSLATE_NOOP("Upgrade", "Result: the rollback of {vm} is refused; nothing was changed.")


def _tr(translate: Any, text: str) -> str:
    return str(translate(TRANSLATION_CONTEXT, text)) if translate else text


def render_preflight(preflight: Preflight, translate: Any = None, *, rollback: bool = False) -> str:
    lines = [_tr(translate, HEADING).format(vm=preflight.vm_name)]
    for check in preflight.checks:
        word = _tr(translate, OUTCOME_WORDS[check.outcome])
        lines.append(f"  [{word}] {check.render(translate)}")
        if check.next_step and check.outcome is not Outcome.PASS:
            lines.append("      " + _tr(translate, NEXT).format(step=check.render_next_step(translate)))
    if rollback:
        verdict = ROLLBACK_ELIGIBLE if preflight.eligible else ROLLBACK_REFUSED
    else:
        verdict = ELIGIBLE if preflight.eligible else REFUSED
    lines.append(_tr(translate, verdict).format(vm=preflight.vm_name))
    return "\n".join(lines)


_SYMBOLS = {"create": "+", "modify": "~", "delete": "-", "action": ">"}
PLANNED = QT_TRANSLATE_NOOP("Upgrade", "Planned steps ({count}), in the order they run:")
DOWNTIME_MARK = QT_TRANSLATE_NOOP("Upgrade", "  [downtime]")
NO_STEPS = QT_TRANSLATE_NOOP("Upgrade", "No changes planned.")


def render_upgrade_plan(plan: Plan, translate: Any = None) -> str:
    """Like the fix preview, with POST actions (``>``) and the downtime note first, before the steps."""
    downtime = [n for n in plan.notes if n.code == "UPGRADE_DOWNTIME"]
    lines = [f"  {n.severity.value.upper():<7} {n.render(translate)}" for n in downtime]
    if plan.operations:
        lines.append(_tr(translate, PLANNED).format(count=len(plan.operations)))
    for number, op in enumerate(plan.operations, 1):
        mark = _tr(translate, DOWNTIME_MARK) if op.downtime else ""
        lines.append(f"  {number}. {_SYMBOLS.get(op.kind.value, '*')} {op.render(translate)}{mark}")
        lines.append(f"     {op.method} {op.url}")
        if op.body is not None:
            lines.append("     " + json.dumps(op.body, separators=(",", ":")))
        if op.az_cli:
            lines.append(f"     az:         {op.az_cli}")
        if op.powershell:
            lines.append(f"     PowerShell: {op.powershell}")
    if not plan.operations:
        lines.append(_tr(translate, NO_STEPS))
    for item in plan.notes:
        if item not in downtime:
            lines.append(f"  {item.severity.value.upper():<7} {item.render(translate)}")
    return "\n".join(lines)
