"""Defender's guest attestation health of many VMs at once: one Resource Graph query over ``securityresources``.

For the VM table's Defender column: the list of VMs carries no assessments, and one call per VM would not scale.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.azure.session import ArmSession
from core.defender.status import ATTESTATION_HEALTH, AssessmentStatus

HEALTH_QUERY = (
    "securityresources | where type == 'microsoft.security/assessments' "
    f"| where name == '{ATTESTATION_HEALTH}' "
    "| project id, status = tostring(properties.status.code)"
)


def vm_of(assessment_id: str) -> str:
    """The assessed resource's id (lower-cased) from ``{resource}/providers/Microsoft.Security/assessments/{key}``."""
    lowered = assessment_id.lower()
    marker = "/providers/microsoft.security/assessments/"
    return lowered[: lowered.rindex(marker)] if marker in lowered else lowered


async def attestation_health_states(session: ArmSession, subscription_ids: list[str]) -> dict[str, AssessmentStatus]:
    """``{lower-case VM id: Healthy | Unhealthy | NotApplicable}`` for every VM Defender has assessed."""
    from azure.mgmt.resourcegraph.models import QueryRequest, QueryRequestOptions

    states: dict[str, AssessmentStatus] = {}
    token: str | None = None
    for _ in range(10_000):  # bounded: one page per 1,000 assessments
        response = await session.resource_graph().resources(
            QueryRequest(
                subscriptions=subscription_ids,
                query=HEALTH_QUERY,
                options=QueryRequestOptions(top=1000, skip_token=token, result_format="objectArray"),
            )
        )
        for row in response.data or []:
            if isinstance(row, Mapping):
                try:
                    states[vm_of(str(row.get("id", "")))] = AssessmentStatus(str(row.get("status") or ""))
                except ValueError:
                    continue  # a status Defender does not document: not shown rather than guessed
        token = response.skip_token
        if not token:
            break
    return states
