"""Undo an apply run from the audit log: remove exactly what we added, and only if it is still as we wrote it.

A partial run (stopped, failed or cut off) is undone as far as it reached Azure: steps that were applied, and
steps that were sent but whose answer was never recorded (undo then finds out from Azure whether they landed).
Every target is read again first. Something changed since we wrote it is left alone (with an explanation), and
every write carries ``If-Match`` with the ETag just read, so a change made during undo is not overwritten
either. Secure Boot and vTPM are not switched off again: that would weaken the VM and restart it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.arm_ids import ResourceId
from core.diagnosis.model import Severity
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.armjson import items, props, same, strip_read_only
from core.remediation.audit import step_was_sent
from core.remediation.firewall_plan import remove_collection
from core.remediation.gateway import ResourceGateway
from core.remediation.plan import Operation, OpKind, Plan, PlanPart, Precondition, note

MSG_DELETE = QT_TRANSLATE_NOOP("Remediation", "Remove {name}, which this tool added at {time}.")
MSG_RESTORE = QT_TRANSLATE_NOOP("Remediation", "Restore {name} to how it was before {time}.")
MSG_REMOVE_COLLECTION = QT_TRANSLATE_NOOP(
    "Remediation", "Remove the rule collection {collection} from the Azure Firewall {name}, added at {time}."
)
MSG_CHANGED = QT_TRANSLATE_NOOP(
    "Remediation",
    "{name} was changed after this tool wrote it, so undo leaves it alone. Compare it with the audit log and "
    "remove the addition by hand if you still want it gone.",
)
MSG_GONE = QT_TRANSLATE_NOOP("Remediation", "{name} is already gone; there is nothing to undo.")
MSG_UEFI = QT_TRANSLATE_NOOP(
    "Remediation",
    "Secure Boot and vTPM stay on: switching them off again would weaken {name} and restart it. If you really "
    "need that, run: {command}",
)
MSG_NOTHING = QT_TRANSLATE_NOOP("Remediation", "No change made by this tool was found to undo for {vm}.")
MSG_ACTION_KEPT = QT_TRANSLATE_NOOP(
    "Remediation", "{name} was an action (not a stored setting), so there is nothing to take back automatically."
)


def _name(target_id: str) -> str:
    return ResourceId.parse(target_id).name


def _undo_op(
    original: Operation,
    kind: OpKind,
    method: str,
    body: Mapping[str, Any] | None,
    etag: Any,
    message: str,
    args: Mapping[str, Any],
) -> Operation:
    return Operation(
        kind=kind,
        target_id=original.target_id,
        method=method,
        api_version=original.api_version,
        body=body,
        description=message,
        args=args,
        az_cli="",
        powershell="",
        action=original.action.replace("/write", "/delete")
        if method == "DELETE"
        else original.action.replace("/delete", "/write"),
        role=original.role,
        precondition=Precondition(if_match=str(etag)) if etag else Precondition(),
    )


def _turns_on_uefi(op: Operation) -> bool:
    profile = ((op.body or {}).get("properties") or {}).get("securityProfile") or {}
    return bool(profile.get("uefiSettings"))


async def _undo_step(gateway: ResourceGateway, op: Operation, time: str) -> PlanPart:
    name = _name(op.target_id)
    if op.kind is OpKind.ACTION:
        return PlanPart(notes=(note("UNDO_ACTION_KEPT", MSG_ACTION_KEPT, name=op.target_id.rsplit("/", 1)[-1]),))
    if op.method == "PATCH" and _turns_on_uefi(op):
        ref = ResourceId.parse(op.target_id)
        command = f"az vm update -g {ref.resource_group} -n {ref.name} --enable-secure-boot false --enable-vtpm false"
        return PlanPart(
            notes=(note("UNDO_UEFI_KEPT", MSG_UEFI, severity=Severity.WARNING, name=name, command=command),)
        )
    current = await gateway.get(op.target_id, api_version=op.api_version)
    if op.method == "DELETE":
        if current is None and op.previous is not None:
            restored = strip_read_only(dict(op.previous))
            recreate = _undo_op(op, OpKind.CREATE, "PUT", restored, None, MSG_RESTORE, {"name": name, "time": time})
            return PlanPart((recreate,))
        return PlanPart(notes=(note("UNDO_CHANGED", MSG_CHANGED, severity=Severity.WARNING, name=name),))
    if current is None:
        return PlanPart(notes=(note("UNDO_GONE", MSG_GONE, name=name),))
    etag = current.get("etag")
    if op.addition is not None:
        found = [c for c in items(props(current).get(op.addition.key)) if c.get("name") == op.addition.name]
        if not found:
            return PlanPart(notes=(note("UNDO_GONE", MSG_GONE, name=op.addition.name),))
        if not same(op.addition.item.get("properties", {}), props(found[0])):
            return PlanPart(
                notes=(note("UNDO_CHANGED", MSG_CHANGED, severity=Severity.WARNING, name=op.addition.name),)
            )
        body = remove_collection(current, op.addition.key, op.addition.name)
        args = {"collection": op.addition.name, "name": name, "time": time}
        return PlanPart((_undo_op(op, OpKind.MODIFY, "PUT", body, etag, MSG_REMOVE_COLLECTION, args),))
    if op.body is None or not same(op.body.get("properties", {}), props(current)):
        return PlanPart(notes=(note("UNDO_CHANGED", MSG_CHANGED, severity=Severity.WARNING, name=name),))
    args = {"name": name, "time": time}
    if op.kind is OpKind.CREATE:
        return PlanPart((_undo_op(op, OpKind.DELETE, "DELETE", None, etag, MSG_DELETE, args),))
    if op.previous is not None:
        restored = strip_read_only(dict(op.previous))
        if op.method == "PUT" and "location" in current and "location" not in restored:
            restored["location"] = current["location"]
        return PlanPart((_undo_op(op, OpKind.MODIFY, op.method, restored, etag, MSG_RESTORE, args),))
    return PlanPart(notes=(note("UNDO_CHANGED", MSG_CHANGED, severity=Severity.WARNING, name=name),))


async def plan_undo(gateway: ResourceGateway, record: Mapping[str, Any] | None, vm_id: str) -> Plan:
    """The undo plan for an audit record (its applied steps, last first)."""
    plan = Plan(vm_id, "undo")
    if record is None:
        return plan.extend(PlanPart(notes=(note("UNDO_NOTHING", MSG_NOTHING, vm=_name(vm_id)),)))
    time = str(record.get("time", ""))
    for step in reversed(record.get("steps") or []):
        if not step_was_sent(step) or not step.get("operation"):
            continue
        op = Operation.from_json(step["operation"])
        plan = plan.extend(await _undo_step(gateway, op, time))
    return plan
