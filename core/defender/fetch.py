"""Read Defender for Cloud's boot-integrity assessments of a VM and its subscription's servers plan, in parallel."""

from __future__ import annotations

import asyncio

from core.arm_ids import ResourceId
from core.azure.errors import to_arm_error
from core.azure.session import ArmSession
from core.defender.status import DefenderStatus, evaluate_defender
from core.policy import arm_rest

ASSESSMENTS_API_VERSION = "2021-06-01"
PRICINGS_API_VERSION = "2024-01-01"


def assessments_url(vm_id: str) -> str:
    return f"{vm_id.rstrip('/')}/providers/Microsoft.Security/assessments?api-version={ASSESSMENTS_API_VERSION}"


def pricing_url(subscription_id: str) -> str:
    return (
        f"/subscriptions/{subscription_id}/providers/Microsoft.Security/pricings/VirtualMachines"
        f"?api-version={PRICINGS_API_VERSION}"
    )


async def read_defender(session: ArmSession, vm_id: str, translate: object = None) -> DefenderStatus:
    """Defender's view of the VM. A read that fails (403, no Defender) is reported in ``unreadable``, never raised."""
    subscription = ResourceId.parse(vm_id).subscription_id or ""
    assessments, pricing = await asyncio.gather(
        arm_rest.list_all(session, assessments_url(vm_id)),
        arm_rest.get_or_none(session, pricing_url(subscription)),
        return_exceptions=True,
    )
    if isinstance(assessments, asyncio.CancelledError) or isinstance(pricing, asyncio.CancelledError):
        raise asyncio.CancelledError()
    if isinstance(assessments, BaseException):
        return DefenderStatus(unreadable=to_arm_error(assessments).render(translate))
    return evaluate_defender(assessments, None if isinstance(pricing, BaseException) else pricing)
