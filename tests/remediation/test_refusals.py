"""Why a write was refused, told by the error's type: role, policy, lock, throttling, conflict (real SDK, simulator).

Sources in docs/azure-behaviour.md, "Errors and refusals". The simulator answers as ARM does: 403
AuthorizationFailed naming action and scope; 403 RequestDisallowedByPolicy with ``additionalInfo``
(PolicyViolation); 409 ScopeLocked naming the locked scope for a write under a ReadOnly lock or a delete under
a CanNotDelete lock.
"""

from __future__ import annotations

from typing import Any

import pytest
from azure.core.exceptions import HttpResponseError

from core.azure.errors import (
    ArmError,
    Conflict,
    ConnectionFailed,
    Forbidden,
    Locked,
    NotFound,
    PolicyDenied,
    PreconditionFailed,
    ServiceError,
    Throttled,
    to_arm_error,
)
from core.remediation.apply import StepStatus
from core.simulator import SimulatorOptions
from core.simulator.options import FaultKind, FaultRule
from core.usecases.fix import apply_plan, apply_undo, preview_fix, preview_undo
from tests.remediation.conftest import focus, rules_of, run, scenario, simulated

SCENARIO = "nic-nsg-denies-internet"
RULE_BODY: dict[str, Any] = {
    "properties": {
        "protocol": "Tcp",
        "sourcePortRange": "*",
        "destinationPortRange": "443",
        "sourceAddressPrefix": "*",
        "destinationAddressPrefix": "AzureAttestation",
        "access": "Allow",
        "priority": 150,
        "direction": "Outbound",
    }
}
POLICY_INFO = [
    {
        "type": "PolicyViolation",
        "info": {
            "policyDefinitionDisplayName": "NSG rules must not allow outbound to service tags",
            "policyDefinitionId": "/providers/Microsoft.Authorization/policyDefinitions/deny-tag-rules",
            "policyDefinitionName": "deny-tag-rules",
            "policyDefinitionEffect": "deny",
            "policyAssignmentDisplayName": "Network baseline",
            "policyAssignmentId": "/subscriptions/3f2c8a1e-5b7d-4c9e-a1f0-6d2b8e4c7a91/providers/"
            "Microsoft.Authorization/policyAssignments/net-baseline",
            "policyAssignmentName": "net-baseline",
            "policyAssignmentScope": "/subscriptions/3f2c8a1e-5b7d-4c9e-a1f0-6d2b8e4c7a91",
        },
    }
]


def _group(vm_id: str) -> str:
    return vm_id.split("/providers/")[0]


def _nsg(vm_id: str) -> str:
    return _group(vm_id) + "/providers/Microsoft.Network/networkSecurityGroups/nsg-vm-web-07-nic"


def _lock(scope: str, name: str, level: str) -> dict[str, Any]:
    return {
        "id": f"{scope}/providers/Microsoft.Authorization/locks/{name}",
        "name": name,
        "type": "Microsoft.Authorization/locks",
        "properties": {"level": level, "notes": "change freeze", "owners": []},
    }


async def _put_rule(session: Any, nsg_id: str, name: str) -> Any:
    parts = nsg_id.split("/")
    network = session.network(parts[2])
    poller = await network.security_rules.begin_create_or_update(parts[4], parts[-1], name, RULE_BODY)
    return await poller.result()


def _refusal(coro_factory: Any, snapshot: dict[str, Any], options: SimulatorOptions | None = None) -> ArmError:
    caught: list[ArmError] = []

    async def body() -> None:
        async with simulated(snapshot, options) as (_, session):
            try:
                await coro_factory(session)
            except HttpResponseError as error:
                caught.append(to_arm_error(error))

    run(body)
    assert caught, "the call was expected to be refused"
    return caught[0]


def test_missing_role_names_the_action_the_scope_and_the_role_to_ask_for() -> None:
    snapshot = scenario(SCENARIO)
    snapshot["principal"] = {
        "displayName": "Helpdesk",
        "userPrincipalName": "helpdesk@contoso.com",
        "objectId": "0",
        "roleAssignments": [
            {"scope": "/subscriptions/3f2c8a1e-5b7d-4c9e-a1f0-6d2b8e4c7a91", "roleDefinitionName": "Reader"}
        ],
    }
    nsg = _nsg(focus(snapshot))
    error = _refusal(lambda s: _put_rule(s, nsg, "r1"), snapshot)
    assert isinstance(error, Forbidden) and error.status == 403 and not error.retryable
    assert error.action == "Microsoft.Network/networkSecurityGroups/securityRules/write"
    assert error.scope is not None and error.scope.lower() == (nsg + "/securityRules/r1").lower()
    assert error.role == "Network Contributor"
    assert "Network Contributor" in error.render()


def test_policy_deny_names_the_assignment_and_the_definition() -> None:
    snapshot = scenario(SCENARIO)
    deny = FaultRule(
        operation="SecurityRules_CreateOrUpdate",
        status=403,
        code="RequestDisallowedByPolicy",
        message="Resource 'r1' was disallowed by policy.",
        additional_info=POLICY_INFO,
    )
    error = _refusal(lambda s: _put_rule(s, _nsg(focus(snapshot)), "r1"), snapshot, SimulatorOptions(faults=[deny]))
    assert isinstance(error, PolicyDenied) and not isinstance(error, Forbidden)
    assert error.assignment == "Network baseline" and error.assignment_id is not None
    assert error.definition == "NSG rules must not allow outbound to service tags"
    text = error.render()
    assert "Network baseline" in text and "deny-tag-rules" in text


def test_read_only_lock_refuses_writes_with_scope_locked_naming_the_scope() -> None:
    snapshot = scenario(SCENARIO)
    group = _group(focus(snapshot))
    snapshot["resources"].append(_lock(group, "freeze", "ReadOnly"))
    error = _refusal(lambda s: _put_rule(s, _nsg(focus(snapshot)), "r1"), snapshot)
    assert isinstance(error, Locked) and error.status == 409 and error.code == "ScopeLocked"
    assert error.scopes == (group,)
    assert group in error.render()


def test_can_not_delete_lock_allows_writes_and_refuses_deletes() -> None:
    snapshot = scenario(SCENARIO)
    nsg = _nsg(focus(snapshot))
    snapshot["resources"].append(_lock(nsg, "keep", "CanNotDelete"))

    async def write_then_delete(session: Any) -> None:
        await _put_rule(session, nsg, "r1")  # allowed
        parts = nsg.split("/")
        poller = await session.network(parts[2]).security_rules.begin_delete(parts[4], parts[-1], "r1")
        await poller.result()

    error = _refusal(write_then_delete, snapshot)
    assert isinstance(error, Locked) and "delete" in error.detail


def test_locks_are_listed_as_arm_returns_them() -> None:
    snapshot = scenario(SCENARIO)
    group = _group(focus(snapshot))
    snapshot["resources"].append(_lock(group, "freeze", "ReadOnly"))

    async def body() -> None:
        async with simulated(snapshot) as (sim, _):
            import aiohttp

            from tests.simulator.conftest import make_session

            async with make_session(sim.ca_path) as http:
                sub = group.split("/")[2]
                for path in (f"/subscriptions/{sub}", group):
                    url = f"{sim.endpoint}{path}/providers/Microsoft.Authorization/locks?api-version=2016-09-01"
                    async with http.get(url, headers={"Authorization": "Bearer t"}) as response:
                        assert response.status == 200
                        body = await response.json()
                    assert [lock["name"] for lock in body["value"]] == ["freeze"]
                    assert body["value"][0]["properties"]["level"] == "ReadOnly"
            del aiohttp

    run(body)


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (429, "TooManyRequests", Throttled),
        (404, "ResourceNotFound", NotFound),
        (409, "AnotherOperationInProgress", Conflict),
        (412, "PreconditionFailed", PreconditionFailed),
        (503, "ServiceUnavailable", ServiceError),
    ],
)
def test_each_status_becomes_its_type(status: int, code: str, kind: type[ArmError]) -> None:
    snapshot = scenario(SCENARIO)
    fault = FaultRule(operation="SecurityRules_CreateOrUpdate", status=status, code=code, retry_after=None)
    options = SimulatorOptions(faults=[fault])

    async def call(session: Any) -> Any:
        parts = _nsg(focus(snapshot)).split("/")
        network = session.network(parts[2])
        poller = await network.security_rules.begin_create_or_update(
            parts[4], parts[-1], "r1", RULE_BODY, retry_total=0
        )
        return await poller.result()

    error = _refusal(call, snapshot, options)
    assert type(error) is kind and error.code == code and error.status == status


def test_a_dropped_connection_is_connection_failed_and_nothing_is_wrapped_twice() -> None:
    snapshot = scenario(SCENARIO)
    options = SimulatorOptions(faults=[FaultRule(operation="NetworkSecurityGroups_Get", kind=FaultKind.RESET)])
    caught: list[ArmError] = []

    async def body() -> None:
        async with simulated(snapshot, options) as (_, session):
            parts = _nsg(focus(snapshot)).split("/")
            try:
                await session.network(parts[2]).network_security_groups.get(parts[4], parts[-1], retry_total=0)
            except Exception as error:
                caught.append(to_arm_error(error))

    run(body)
    assert isinstance(caught[0], ConnectionFailed)
    assert to_arm_error(caught[0]) is caught[0]


def test_fix_under_a_read_only_lock_changes_nothing_and_names_the_lock() -> None:
    snapshot = scenario(SCENARIO)
    vm_id = focus(snapshot)
    snapshot["resources"].append(_lock(_group(vm_id), "change-freeze", "ReadOnly"))

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            before = rules_of(sim, _nsg(vm_id))
            preview = await preview_fix(session, vm_id)
            assert preview.plan.empty and preview.plan.blocked
            note = next(n for n in preview.plan.notes if n.code == "LOCKED_READ_ONLY")
            assert note.args["lock"] == "change-freeze" and note.args["scope"] == _group(vm_id)
            assert note.args["command"].startswith("az network nsg rule")
            outcome = await apply_plan(session, preview, retry_total=0)
            assert outcome.report.steps == [] and rules_of(sim, _nsg(vm_id)) == before

    run(body)


def test_can_not_delete_lock_lets_the_fix_through_and_warns_that_undo_will_be_refused() -> None:
    snapshot = scenario(SCENARIO)
    vm_id = focus(snapshot)
    snapshot["resources"].append(_lock(_nsg(vm_id), "keep-nsg", "CanNotDelete"))

    async def body() -> None:
        async with simulated(snapshot) as (_, session):
            preview = await preview_fix(session, vm_id)
            assert preview.plan.operations and "UNDO_LOCKED" in [n.code for n in preview.plan.notes]
            outcome = await apply_plan(session, preview, retry_total=0)
            assert outcome.report.ok and outcome.path_allowed
            plan, undo_of = await preview_undo(session, vm_id)
            report = await apply_undo(session, plan, undo_of)
            step = report.steps[0]
            assert step.status is StepStatus.FAILED and isinstance(step.error, Locked)

    run(body)


def test_fix_refused_by_policy_names_the_policy() -> None:
    snapshot = scenario(SCENARIO)
    vm_id = focus(snapshot)
    deny = FaultRule(
        operation="SecurityRules_CreateOrUpdate",
        status=403,
        code="RequestDisallowedByPolicy",
        message="Resource was disallowed by policy.",
        additional_info=POLICY_INFO,
    )

    async def body() -> None:
        async with simulated(snapshot, SimulatorOptions(faults=[deny])) as (_, session):
            preview = await preview_fix(session, vm_id)
            outcome = await apply_plan(session, preview, retry_total=0)
            step = outcome.report.steps[0]
            assert step.status is StepStatus.FAILED and isinstance(step.error, PolicyDenied)
            assert "Network baseline" in step.render() and "deny-tag-rules" in step.render()

    run(body)
