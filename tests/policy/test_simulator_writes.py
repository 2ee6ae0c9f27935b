"""Simulator writes through the real SDK pipeline: Azure's refusals and a remediation whose identity lacks a role."""

from __future__ import annotations

from typing import Any

import pytest
from azure.core.exceptions import HttpResponseError

from core.policy import arm_rest
from tests.policy.conftest import run, scenario, simulated

RG = "/subscriptions/3f2c8a1e-5b7d-4c9e-a1f0-6d2b8e4c7a91/resourceGroups/rg-policy-roles"
ASSIGNMENT = f"{RG}/providers/Microsoft.Authorization/policyAssignments/deploy-guestattest"
VM = f"{RG}/providers/Microsoft.Compute/virtualMachines/vm-app-63"
VM_CONTRIBUTOR = "/providers/Microsoft.Authorization/roleDefinitions/9980e02c-c2be-4d73-94e8-173b1dc7cf3c"
ROLE_ASSIGNMENT = "22222222-2222-2222-2222-222222222222"
INITIATIVE = "/providers/Microsoft.Authorization/policySetDefinitions/281d9e47-d14d-4f05-b8eb-18f2c4a034ff"


async def _settled(session: Any, task: str) -> dict[str, Any]:
    """The task read until Azure says it is done (bounded: the simulator finishes it within a few reads)."""
    for _ in range(20):
        found = await arm_rest.get(session, task)
        if found["properties"]["provisioningState"] in ("Succeeded", "Failed", "Canceled"):
            return found
    raise AssertionError(f"the remediation task {task} did not finish")


def test_remediation_fails_when_the_identity_lacks_a_role_and_succeeds_once_granted() -> None:
    async def body() -> None:
        async with simulated(scenario("policy-identity-missing-role")) as (sim, session):
            task = f"{RG}/providers/Microsoft.PolicyInsights/remediations/r1?api-version=2021-10-01"
            request = {
                "properties": {
                    "policyAssignmentId": ASSIGNMENT,
                    "policyDefinitionReferenceId": "TrustedLaunch_DeployWindowsExtensionVM",
                }
            }
            accepted = await arm_rest.put(session, task, request)
            assert accepted["properties"]["provisioningState"] == "Accepted"
            done = await _settled(session, task)
            assert done["properties"]["provisioningState"] == "Failed"
            assert done["properties"]["deploymentStatus"] == {
                "totalDeployments": 1,
                "successfulDeployments": 0,
                "failedDeployments": 1,
            }
            assert sim.state.store.get(f"{VM}/extensions/GuestAttestation") is None
            principal = sim.state.store.get(ASSIGNMENT)["identity"]["principalId"]  # type: ignore[index]
            role = f"{RG}/providers/Microsoft.Authorization/roleAssignments/11111111-1111-1111-1111-111111111111"
            await arm_rest.put(
                session,
                f"{role}?api-version=2022-04-01",
                {
                    "properties": {
                        "roleDefinitionId": VM_CONTRIBUTOR,
                        "principalId": principal,
                        "principalType": "ServicePrincipal",
                    }
                },
            )
            task2 = task.replace("/r1?", "/r2?")
            await arm_rest.put(session, task2, request)
            assert (await _settled(session, task2))["properties"]["provisioningState"] == "Succeeded"
            ext = sim.state.store.get(f"{VM}/extensions/GuestAttestation")
            assert ext is not None and ext["properties"]["publisher"] == "Microsoft.Azure.Security.WindowsAttestation"

    run(body)


@pytest.mark.parametrize(
    ("url", "payload", "code"),
    [
        (
            f"{RG}/providers/Microsoft.Authorization/roleAssignments/{ROLE_ASSIGNMENT}?api-version=2022-04-01",
            {
                "properties": {
                    "roleDefinitionId": VM_CONTRIBUTOR,
                    "principalId": "${assignment.identity.principalId}",
                }
            },
            "PrincipalNotFound",
        ),
        (
            f"{RG}/providers/Microsoft.Authorization/policyAssignments/x?api-version=2023-04-01",
            {"properties": {"policyDefinitionId": INITIATIVE}},
            "InvalidCreatePolicyAssignmentRequest",
        ),  # a DINE/Modify initiative without an identity
        (
            f"{RG}/providers/Microsoft.Authorization/policyAssignments/x?api-version=2023-04-01",
            {
                "identity": {"type": "SystemAssigned"},
                "properties": {"policyDefinitionId": INITIATIVE},
            },
            "LocationRequired",
        ),
        (
            f"{RG}/providers/Microsoft.PolicyInsights/remediations/r?api-version=2021-10-01",
            {"properties": {"policyAssignmentId": ASSIGNMENT, "policyDefinitionReferenceId": "nope"}},
            "InvalidCreateRemediationRequest",
        ),
    ],
)
def test_azure_refuses_what_it_refuses(url: str, payload: dict[str, object], code: str) -> None:
    async def body() -> None:
        async with simulated(scenario("policy-identity-missing-role")) as (_, session):
            with pytest.raises(HttpResponseError) as caught:
                await arm_rest.put(session, url, payload)
            assert caught.value.error is not None and caught.value.error.code == code

    run(body)


def test_an_undo_that_removes_the_extension_warns_when_an_enforcing_assignment_will_put_it_back() -> None:
    from core.policy.usecase import policy_notes_for_undo
    from core.remediation.plan import Operation, OpKind, Plan, PlanPart

    snapshot = scenario("policy-identity-missing-role")
    assignment = next(r for r in snapshot["resources"] if r["id"] == ASSIGNMENT)
    principal = assignment["identity"]["principalId"]
    snapshot["resources"].append(
        {
            "id": f"{RG}/providers/Microsoft.Authorization/roleAssignments/{ROLE_ASSIGNMENT}",
            "name": ROLE_ASSIGNMENT,
            "type": "Microsoft.Authorization/roleAssignments",
            "properties": {"roleDefinitionId": VM_CONTRIBUTOR, "principalId": principal, "scope": RG},
        }
    )
    delete = Operation(
        OpKind.DELETE,
        f"{VM}/extensions/GuestAttestation",
        "DELETE",
        "2024-07-01",
        None,
        "remove",
        {},
        "",
        "",
        "Microsoft.Compute/virtualMachines/extensions/delete",
        "Virtual Machine Contributor",
    )
    undo = Plan(VM, "undo").extend(PlanPart((delete,)))

    async def body() -> None:
        async with simulated(snapshot) as (_, session):
            warned = await policy_notes_for_undo(session, undo)
            assert [n.code for n in warned.notes] == ["POLICY_REVERTS_UNDO"]
            assert "will install the Guest Attestation extension again" in warned.notes[0].render()
        async with simulated(scenario("policy-identity-missing-role")) as (_, session):  # lacks a role: no revert
            assert (await policy_notes_for_undo(session, undo)).notes == ()

    run(body)


def test_the_defender_column_reads_attestation_health_of_every_vm_from_resource_graph() -> None:
    from core.defender.fleet import attestation_health_states
    from core.defender.status import AssessmentStatus

    async def body() -> None:
        async with simulated(scenario("defender-unhealthy-path-ok")) as (sim, session):
            states = await attestation_health_states(session, sim.subscription_ids())
            vm = "/subscriptions/3f2c8a1e-5b7d-4c9e-a1f0-6d2b8e4c7a91/resourcegroups/rg-defender/providers/"
            vm += "microsoft.compute/virtualmachines/vm-web-61"
            assert states == {vm: AssessmentStatus.UNHEALTHY}  # the health key only, not the other assessments

    run(body)


def _grant_vm_contributor(sim: object) -> dict[str, object]:
    principal = sim.state.store.get(ASSIGNMENT)["identity"]["principalId"]  # type: ignore[attr-defined]
    kind = "ServicePrincipal"
    return {"properties": {"roleDefinitionId": VM_CONTRIBUTOR, "principalId": principal, "principalType": kind}}


async def _vm_compliant(session: object) -> list[bool]:
    url = f"{VM}/providers/Microsoft.PolicyInsights/policyStates/latest/queryResults?api-version=2019-10-01"
    rows = (await arm_rest.post(session, url))["value"]  # type: ignore[arg-type]
    return [bool(r["isCompliant"]) for r in rows if r["policyDefinitionReferenceId"] == WINDOWS_MEMBER]


WINDOWS_MEMBER = "TrustedLaunch_DeployWindowsExtensionVM"


def test_a_remediation_runs_asynchronously_and_compliance_follows_only_after_its_deployments() -> None:
    """Azure accepts a remediation task and works on it afterwards (Accepted → Evaluating → Running → Succeeded);
    the resources become compliant only once its deployments ran (docs/azure-behaviour.md, policy section)."""

    async def body() -> None:
        async with simulated(scenario("policy-identity-missing-role")) as (sim, session):
            role = f"{RG}/providers/Microsoft.Authorization/roleAssignments/11111111-1111-1111-1111-111111111111"
            await arm_rest.put(session, f"{role}?api-version=2022-04-01", _grant_vm_contributor(sim))
            task = f"{RG}/providers/Microsoft.PolicyInsights/remediations/r1?api-version=2021-10-01"
            request = {"properties": {"policyAssignmentId": ASSIGNMENT, "policyDefinitionReferenceId": WINDOWS_MEMBER}}
            accepted = await arm_rest.put(session, task, request)
            assert accepted["properties"]["provisioningState"] == "Accepted"
            assert sim.state.store.get(f"{VM}/extensions/GuestAttestation") is None  # nothing deployed yet
            assert await _vm_compliant(session) == [False]
            seen: list[str] = []
            for _ in range(50):  # bounded: the task must finish within a few reads
                answer = (await arm_rest.get(session, task))["properties"]
                state = answer["provisioningState"]
                if not seen or seen[-1] != state:
                    seen.append(state)
                if state in ("Succeeded", "Failed"):
                    break
                deployed = sim.state.store.get(f"{VM}/extensions/GuestAttestation")
                assert deployed is None, f"deployed while the task was {state}"
                assert await _vm_compliant(session) == [False]
                if state == "Running":
                    assert answer["deploymentStatus"]["totalDeployments"] == 1
                    assert answer["deploymentStatus"]["successfulDeployments"] == 0
            assert seen == ["Accepted", "Evaluating", "Running", "Succeeded"]
            assert answer["deploymentStatus"] == {
                "totalDeployments": 1,
                "successfulDeployments": 1,
                "failedDeployments": 0,
            }
            assert sim.state.store.get(f"{VM}/extensions/GuestAttestation") is not None
            assert await _vm_compliant(session) == [True]

    run(body)


def test_the_product_waits_for_a_slow_remediation_and_reports_it_only_once_azure_has_finished() -> None:
    """``apply_assign`` against a simulator whose tasks stay in each stage for three reads: the engine follows
    every task to its end (none reported as running), and the VM has the extension only afterwards."""
    from core.policy.usecase import apply_assign, preview_assign
    from core.simulator import SimulatorOptions

    async def body() -> None:
        options = SimulatorOptions(remediation_polls=3)
        async with simulated(scenario("policy-identity-missing-role"), options) as (sim, session):
            preview = await preview_assign(session, RG, "germanywestcentral")
            outcome = await apply_assign(session, preview)
            assert outcome.report.ok, [s.render() for s in outcome.report.steps]
            assert outcome.remediations and not outcome.running and outcome.remediated
            windows = next(r for r in outcome.remediations if r["name"].startswith(WINDOWS_MEMBER.lower() + "-"))
            assert windows["properties"]["deploymentStatus"]["successfulDeployments"] == 1
            reads = [r for r in sim.state.request_log if r.operation == "Remediations_Get"]
            assert len(reads) >= 3 * 3 * len(outcome.remediations)  # three stages, three reads each, per task
            assert sim.state.store.get(f"{VM}/extensions/GuestAttestation") is not None
            assert await _vm_compliant(session) == [True, True]  # the scenario's assignment and ours

    run(body)


def test_the_vm_status_says_a_remediation_is_still_running_until_azure_has_finished_it() -> None:
    """What the Prerequisites page and ``policy status`` show: Azure's compliance data plus, while a task of the
    assignment is running, that it is running (never that the VM is done); once it ended, that line is gone."""
    from core.policy.fetch import read_policy
    from core.simulator import SimulatorOptions

    async def body() -> None:
        async with simulated(scenario("policy-identity-missing-role"), SimulatorOptions(remediation_polls=2)) as (
            sim,
            session,
        ):
            role = f"{RG}/providers/Microsoft.Authorization/roleAssignments/11111111-1111-1111-1111-111111111111"
            await arm_rest.put(session, f"{role}?api-version=2022-04-01", _grant_vm_contributor(sim))
            task = f"{RG}/providers/Microsoft.PolicyInsights/remediations/r1?api-version=2021-10-01"
            request = {"properties": {"policyAssignmentId": ASSIGNMENT, "policyDefinitionReferenceId": WINDOWS_MEMBER}}
            await arm_rest.put(session, task, request)
            status = await read_policy(session, VM)
            ours = next(a for a in status.assignments if a.assignment_id.lower() == ASSIGNMENT.lower())
            assert ours.remediating == ("r1",)
            codes = [e.code for e in status.explanations]
            assert "POLICY_REMEDIATING" in codes and "POLICY_NON_COMPLIANT" in codes
            running = next(e for e in status.explanations if e.code == "POLICY_REMEDIATING")
            assert "r1" in running.render() and "still running" in running.render()
            assert (await _settled(session, task))["properties"]["provisioningState"] == "Succeeded"
            after = await read_policy(session, VM)
            codes = [e.code for e in after.explanations]
            assert "POLICY_REMEDIATING" not in codes
            assert all(a.remediating == () for a in after.assignments)
            assert await _vm_compliant(session) == [True]  # the member the task remediated

    run(body)
