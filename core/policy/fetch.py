"""Read what Azure Policy says about one VM: assignments over it, the initiative, role assignments, policy states.

Assignments come from ``policyAssignments?$filter=atScope()`` at the VM's resource group, which ARM answers with
every assignment at the group and above it (subscription, management groups). Independent reads run in parallel;
the role assignments of each assignment identity follow once the assignments are known.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any

from core.arm_ids import ResourceId
from core.azure.errors import to_arm_error
from core.azure.session import ArmSession
from core.policy import arm_rest
from core.policy.initiative import (
    INITIATIVE_ID,
    POLICY_API_VERSION,
    POLICY_STATES_API_VERSION,
    REMEDIATIONS_API_VERSION,
    ROLE_ASSIGNMENTS_API_VERSION,
    Initiative,
    bundled_definitions,
    parse_initiative,
)
from core.policy.status import PolicyStatus, evaluate_policy, relevant


def assignments_url(scope: str) -> str:
    return (
        f"{scope.rstrip('/')}/providers/Microsoft.Authorization/policyAssignments"
        f"?$filter=atScope()&api-version={POLICY_API_VERSION}"
    )


def role_assignments_url(subscription_id: str, principal_id: str) -> str:
    return (
        f"/subscriptions/{subscription_id}/providers/Microsoft.Authorization/roleAssignments"
        f"?$filter=principalId eq '{principal_id}'&api-version={ROLE_ASSIGNMENTS_API_VERSION}"
    )


def policy_states_url(resource_id: str) -> str:
    return (
        f"{resource_id.rstrip('/')}/providers/Microsoft.PolicyInsights/policyStates/latest/queryResults"
        f"?api-version={POLICY_STATES_API_VERSION}"
    )


async def read_initiative(session: ArmSession) -> Initiative:
    """The initiative as ARM defines it now; the bundled copy when ARM cannot be asked (offline, odd payload)."""
    bundled_set, bundled_members = bundled_definitions()
    try:
        set_definition = await arm_rest.get(session, f"{INITIATIVE_ID}?api-version={POLICY_API_VERSION}")
        ids = [
            str(m.get("policyDefinitionId", ""))
            for m in (set_definition.get("properties") or {}).get("policyDefinitions") or []
            if isinstance(m, Mapping)
        ]
        members = await asyncio.gather(
            *(arm_rest.get(session, f"{i}?api-version={POLICY_API_VERSION}") for i in ids if i.startswith("/"))
        )
        initiative = parse_initiative(set_definition, members)
    except asyncio.CancelledError:
        raise
    except Exception:
        return parse_initiative(bundled_set, bundled_members)
    return initiative if initiative.members else parse_initiative(bundled_set, bundled_members)


async def _states(session: ArmSession, vm_id: str) -> list[dict[str, Any]]:
    body = await arm_rest.post(session, policy_states_url(vm_id))
    values = body.get("value")
    return [v for v in values if isinstance(v, dict)] if isinstance(values, list) else []


async def _remediations(session: ArmSession, scopes: Sequence[str]) -> list[dict[str, Any]]:
    """Remediation tasks at the VM's resource group and subscription (each scope lists its own); tasks that cannot
    be read are left out: they only add "still running" to the status, never decide it."""
    query = f"providers/Microsoft.PolicyInsights/remediations?api-version={REMEDIATIONS_API_VERSION}"
    urls = [f"{scope}/{query}" for scope in scopes]
    found = await asyncio.gather(*(arm_rest.list_all(session, u) for u in urls), return_exceptions=True)
    tasks: dict[str, dict[str, Any]] = {}
    for result in found:
        if isinstance(result, asyncio.CancelledError):
            raise result
        if isinstance(result, list):
            tasks.update((str(t.get("id", "")).lower(), t) for t in result if isinstance(t, dict))
    return list(tasks.values())


async def _roles(session: ArmSession, subscription: str, principal: str) -> Sequence[Mapping[str, Any]] | str:
    try:
        return await arm_rest.list_all(session, role_assignments_url(subscription, principal))
    except asyncio.CancelledError:
        raise
    except Exception as error:
        return to_arm_error(error).render()


async def read_policy(session: ArmSession, vm_id: str) -> PolicyStatus:
    """Azure Policy's view of the VM. Failures are reported in the status (``unreadable``), never raised."""
    ref = ResourceId.parse(vm_id)
    subscription = ref.subscription_id or ""
    group_scope = f"/subscriptions/{subscription}/resourceGroups/{ref.resource_group}"
    assignments, initiative, states, remediations = await asyncio.gather(
        arm_rest.list_all(session, assignments_url(group_scope)),
        read_initiative(session),
        _states(session, vm_id),
        _remediations(session, [group_scope, f"/subscriptions/{subscription}"]),
        return_exceptions=True,
    )
    for result in (assignments, initiative, states, remediations):
        if isinstance(result, asyncio.CancelledError):
            raise result
    if isinstance(assignments, BaseException):
        return evaluate_policy(vm_id, [], Initiative("", ()), {}, unreadable=to_arm_error(assignments).render())
    assert isinstance(initiative, Initiative)
    ours = [a for a in assignments if relevant(a, initiative)]
    principals = sorted(
        {
            str(a["identity"]["principalId"]).lower()
            for a in ours
            if isinstance(a.get("identity"), Mapping) and a["identity"].get("principalId")
        }
    )
    roles = await asyncio.gather(*(_roles(session, subscription, p) for p in principals))
    return evaluate_policy(
        vm_id,
        ours,
        initiative,
        dict(zip(principals, roles, strict=True)),
        [] if isinstance(states, BaseException) else states,
        remediations=[] if isinstance(remediations, BaseException) else remediations,
    )
