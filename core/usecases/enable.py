"""Turn on boot integrity monitoring: Secure Boot / vTPM if needed, then the Guest Attestation extension."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.azure.session import ArmSession
from core.diagnosis.extension import PUBLISHERS
from core.diagnosis.model import Severity, Verdict
from core.diagnosis.path import Diagnosis
from core.diagnosis.resource_index import ResourceIndex
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.extension_plan import ExtensionOptions, plan_extension
from core.remediation.permissions import check_permissions
from core.remediation.plan import Label, Plan, PlanPart, note
from core.remediation.uefi_plan import plan_uefi
from core.usecases.diagnose import diagnose_vm
from core.usecases.fix import Preview

MSG_NETWORK_BLOCKED = QT_TRANSLATE_NOOP(
    "Remediation",
    "The network path from {vm} to Azure Attestation is {verdict}, so the extension is likely to fail until it "
    "is fixed. Run fix first: boot-integrity fix --vm {vm_id}",
)


_VERDICT_WORDS = {
    Verdict.BLOCKED: Label(QT_TRANSLATE_NOOP("Remediation", "blocked")),
    Verdict.PARTIAL: Label(QT_TRANSLATE_NOOP("Remediation", "only partly open")),
    Verdict.UNKNOWN: Label(QT_TRANSLATE_NOOP("Remediation", "not known to be open")),
}


def _installed_extension(index: ResourceIndex, vm_id: str) -> Mapping[str, Any] | None:
    publishers = {p.lower() for p in PUBLISHERS.values()}
    for ext in index.extensions_of(vm_id):
        p = ext.get("properties") or {}
        if str(p.get("publisher", "")).lower() in publishers and str(p.get("type", "")).lower() == "guestattestation":
            return ext
    return None


def plan_enable(diagnosis: Diagnosis, index: ResourceIndex, options: ExtensionOptions) -> Plan:
    """UEFI first (the extension needs both flags), then the extension; pure, from the diagnosis."""
    prereq = diagnosis.prerequisites
    plan = Plan(diagnosis.vm_id, "enable")
    uefi = plan_uefi(diagnosis.vm_id, index.get(diagnosis.vm_id), prereq)
    plan = plan.extend(uefi)
    if uefi.notes and any(n.blocking for n in uefi.notes):
        return plan  # a Standard VM: installing the extension would only fail
    plan = plan.extend(
        plan_extension(
            diagnosis.vm_id,
            location=diagnosis.location,
            os_type=diagnosis.os_type or prereq.os_type,
            power_state=prereq.power_state,
            report=diagnosis.extension,
            existing=_installed_extension(index, diagnosis.vm_id),
            options=options,
        )
    )
    if plan.operations and diagnosis.verdict in (Verdict.BLOCKED, Verdict.PARTIAL, Verdict.UNKNOWN):
        warning = note(
            "EXT_NETWORK_BLOCKED",
            MSG_NETWORK_BLOCKED,
            severity=Severity.WARNING,
            vm=diagnosis.vm_name,
            verdict=_VERDICT_WORDS[diagnosis.verdict],
            vm_id=diagnosis.vm_id,
        )
        plan = plan.extend(PlanPart(notes=(warning,)))
    return plan


async def preview_uefi(session: ArmSession, vm_id: str) -> Preview:
    """Only the Secure Boot / vTPM change (what the Prerequisites page makes), with the permissions *it* needs."""
    run = await diagnose_vm(session, vm_id)
    prereq = run.diagnosis.prerequisites
    plan = Plan(vm_id, "uefi").extend(plan_uefi(vm_id, run.collected.index.get(vm_id), prereq))
    return Preview(run, plan, await check_permissions(session, plan))


async def preview_enable(session: ArmSession, vm_id: str, options: ExtensionOptions | None = None) -> Preview:
    run = await diagnose_vm(session, vm_id)
    plan = plan_enable(run.diagnosis, run.collected.index, options or ExtensionOptions())
    return Preview(run, plan, await check_permissions(session, plan))
