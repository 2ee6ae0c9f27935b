"""The assignment planner: exact requests, the dependency on the assignment's principal id, scope checks."""

from __future__ import annotations

import pytest

from core.policy.assign_plan import ScopeError, check_scope, plan_assignment
from core.policy.initiative import INITIATIVE_ID, bundled_initiative
from core.remediation.plan import OpKind

SUB = "/subscriptions/3f2c8a1e-5b7d-4c9e-a1f0-6d2b8e4c7a91"


def test_plan_is_assignment_then_one_role_per_member_role_then_one_remediation_per_member() -> None:
    plan = plan_assignment(SUB, "westeurope", bundled_initiative())
    ops = plan.operations
    assert plan.goal == "policy" and plan.vm_id == SUB
    assignment = ops[0]
    assert assignment.step_id == "assignment" and assignment.method == "PUT"
    assert assignment.body == {
        "location": "westeurope",
        "identity": {"type": "SystemAssigned"},
        "properties": {
            "displayName": "Configure prerequisites to enable Guest Attestation on Trusted Launch enabled VMs",
            "policyDefinitionId": INITIATIVE_ID,
            "enforcementMode": "Default",
            "parameters": {},
        },
    }
    roles = [op for op in ops if "/roleAssignments/" in op.target_id]
    assert [op.args["role"] for op in roles] == [
        "Virtual Machine Contributor",
        "Managed Identity Contributor",
        "Managed Identity Operator",
        "Reader",
    ]
    for op in roles:
        assert op.depends_on == ("assignment",)
        assert op.body is not None and op.body["properties"]["principalId"] == "${assignment.identity.principalId}"
        assert op.action == "Microsoft.Authorization/roleAssignments/write" and op.role == "User Access Administrator"
    remediations = [op for op in ops if "/remediations/" in op.target_id]
    assert len(remediations) == 7 and len({op.target_id for op in remediations}) == 7
    assert {op.body["properties"]["policyDefinitionReferenceId"] for op in remediations if op.body} == {
        m.reference_id for m in bundled_initiative().members
    }
    assert all(set(op.depends_on) == {"assignment", "role-1", "role-2", "role-3", "role-4"} for op in remediations)
    assert all(op.kind is OpKind.CREATE and op.az_cli and op.powershell for op in ops)
    assert [n.code for n in plan.notes] == ["POLICY_ASYNC", "POLICY_REMEDIATION_IRREVERSIBLE"]
    json = plan.to_json()
    assert json["operations"][1]["dependsOn"] == ["assignment"] and json["operations"][0]["stepId"] == "assignment"


def test_the_same_scope_plans_the_same_names_so_a_rerun_finds_its_own_resources() -> None:
    first = plan_assignment(SUB, "westeurope", bundled_initiative())
    second = plan_assignment(SUB + "/", "westeurope", bundled_initiative())
    assert [op.target_id for op in first.operations] == [op.target_id for op in second.operations]


@pytest.mark.parametrize(
    "scope",
    [
        "",
        "/subscriptions",
        f"{SUB}/resourceGroups",
        f"{SUB}/resourceGroups/rg/providers/Microsoft.Compute/x/y",
        "/providers/Microsoft.Management/managementGroups/mg",
        "westeurope",
    ],
)
def test_only_a_subscription_or_resource_group_is_a_scope(scope: str) -> None:
    with pytest.raises(ScopeError):
        check_scope(scope)


def test_resource_group_scope_is_accepted_and_a_location_is_required() -> None:
    assert check_scope(f"{SUB}/resourceGroups/rg-a/") == f"{SUB}/resourceGroups/rg-a"
    with pytest.raises(ScopeError):
        plan_assignment(SUB, " ", bundled_initiative())
