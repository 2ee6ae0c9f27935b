"""Plain-text rendering of plans, permission checks and apply reports (CLI, tickets); English unless translated."""

from __future__ import annotations

import json
from typing import Any

from core.changes.refs import operation_refs, required_steps
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.apply import ApplyReport, StepStatus
from core.remediation.permissions import MSG_UNCHECKED, PermissionCheck
from core.remediation.plan import Plan

_SYMBOLS = {"create": "+", "modify": "~", "delete": "-", "action": ">"}
_STATUS = {
    StepStatus.APPLIED: QT_TRANSLATE_NOOP("Remediation", "APPLIED"),
    StepStatus.ALREADY: QT_TRANSLATE_NOOP("Remediation", "ALREADY IN PLACE"),
    StepStatus.FAILED: QT_TRANSLATE_NOOP("Remediation", "FAILED"),
    StepStatus.NOT_ATTEMPTED: QT_TRANSLATE_NOOP("Remediation", "NOT ATTEMPTED"),
}
PLANNED = QT_TRANSLATE_NOOP("Remediation", "Planned changes ({count}):")
RESTARTS = QT_TRANSLATE_NOOP("Remediation", "  [restarts the VM]")
DOWNTIME = QT_TRANSLATE_NOOP("Remediation", "  [the VM is unavailable]")
AFTER_STEPS = QT_TRANSLATE_NOOP("Remediation", "runs after step(s): {steps}")
USES_REFS = QT_TRANSLATE_NOOP("Remediation", "uses values from earlier answers, filled in just before sending: {refs}")
ADDS_TO = QT_TRANSLATE_NOOP("Remediation", "adds to properties.{key}:")
NO_CHANGES = QT_TRANSLATE_NOOP("Remediation", "No changes planned.")
RESULT = QT_TRANSLATE_NOOP("Remediation", "Result:")
REQUEST_IDS = QT_TRANSLATE_NOOP("Remediation", "request ids: {ids}")


def _tr(translate: Any, text: str) -> str:
    return str(translate("Remediation", text)) if translate else text


def render_plan(plan: Plan, translate: Any = None, *, details: bool = True) -> str:
    """What-if style: ``+`` create, ``~`` modify, ``-`` delete, each with the request and the equivalent commands."""
    lines: list[str] = []
    if plan.operations:
        lines.append(_tr(translate, PLANNED).format(count=len(plan.operations)))
    for number, op in enumerate(plan.operations, 1):
        restart = _tr(translate, RESTARTS) if op.restarts_vm else _tr(translate, DOWNTIME) if op.downtime else ""
        step = f" ({op.step_id})" if op.step_id else ""
        lines.append(f"  {number}. {_SYMBOLS[op.kind.value]} {op.render(translate)}{restart}{step}")
        if required_steps(op):
            lines.append("     " + _tr(translate, AFTER_STEPS).format(steps=", ".join(required_steps(op))))
        if operation_refs(op):
            refs = ", ".join(str(r) for r in operation_refs(op))
            lines.append("     " + _tr(translate, USES_REFS).format(refs=refs))
        if details:
            headers = " ".join(f"{k}: {v}" for k, v in op.precondition.headers().items())
            lines.append(f"     {op.method} {op.url}" + (f"  ({headers})" if headers else ""))
            if op.body is not None and op.addition is None:
                lines.append("     " + json.dumps(op.body, separators=(",", ":")))
            elif op.addition is not None:
                adds_to = _tr(translate, ADDS_TO).format(key=op.addition.key)
                lines.append(f"     {adds_to} " + json.dumps(op.addition.item, separators=(",", ":")))
            if op.az_cli:
                lines.append(f"     az:         {op.az_cli}")
            if op.powershell:
                lines.append(f"     PowerShell: {op.powershell}")
    if not plan.operations:
        lines.append(_tr(translate, NO_CHANGES))
    for item in plan.notes:
        lines.append(f"  {item.severity.value.upper():<7} {item.render(translate)}")
    return "\n".join(lines)


def render_permissions(check: PermissionCheck, translate: Any = None) -> str:
    lines = [m.render(translate) for m in check.missing]
    template = translate("Remediation", MSG_UNCHECKED) if translate else MSG_UNCHECKED
    lines += [str(template).format(resource=s, detail=d) for s, d in check.unchecked.items()]
    return "\n".join(lines)


def render_report(report: ApplyReport, translate: Any = None) -> str:
    lines = [_tr(translate, RESULT)]
    for number, step in enumerate(report.steps, 1):
        lines.append(f"  {number}. {_tr(translate, _STATUS[step.status])}: {step.operation.render(translate)}")
        if step.status is not StepStatus.APPLIED:
            lines.append(f"     {step.render(translate)}")
        if step.request_ids:
            lines.append("     " + _tr(translate, REQUEST_IDS).format(ids=", ".join(step.request_ids)))
    return "\n".join(lines)
