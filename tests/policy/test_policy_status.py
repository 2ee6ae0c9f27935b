"""Policy evaluator: assignments over a VM, enforcement, the identity's roles, compliance — ARM JSON in."""

from __future__ import annotations

from typing import Any

import pytest

from core.policy.initiative import INITIATIVE_ID, bundled_initiative
from core.policy.status import Enforcement, evaluate_policy, undo_warnings

SUB = "/subscriptions/s"
RG = f"{SUB}/resourceGroups/rg"
VM = f"{RG}/providers/Microsoft.Compute/virtualMachines/vm"
WIN_DINE = "/providers/Microsoft.Authorization/policyDefinitions/98ea2fc7-6fc6-4fd1-9d8d-6331154da071"
MODIFY = "/providers/Microsoft.Authorization/policyDefinitions/17b3de92-f710-4cf4-aa55-0e7859f1ed7b"
VM_CONTRIBUTOR = "9980e02c-c2be-4d73-94e8-173b1dc7cf3c"
ALL_ROLES = [
    VM_CONTRIBUTOR,
    "acdd72a7-3385-48ef-bd42-f606fba81ae7",
    "e40ec5ca-96e0-45a2-b4ff-59039f2c2b59",
    "f1a07417-d97a-45cb-824c-7a7467783830",
]
MG = "/providers/Microsoft.Management/managementGroups/platform"


def assignment(scope: str, definition: str = INITIATIVE_ID, **props: Any) -> dict[str, Any]:
    rid = f"{scope}/providers/Microsoft.Authorization/policyAssignments/a1"
    identity = props.pop("identity", {"type": "SystemAssigned", "principalId": "P1"})
    item: dict[str, Any] = {
        "id": rid,
        "name": "a1",
        "properties": {"policyDefinitionId": definition, "scope": scope, **props},
    }
    if identity is not None:
        item["identity"] = identity
    return item


def roles(*guids: str, scope: str = SUB, principal: str = "P1") -> list[dict[str, Any]]:
    return [
        {
            "id": f"{scope}/providers/Microsoft.Authorization/roleAssignments/{g}",
            "properties": {
                "roleDefinitionId": f"{SUB}/providers/Microsoft.Authorization/roleDefinitions/{g}",
                "principalId": principal,
                "scope": scope,
            },
        }
        for g in guids
    ]


def codes(status: Any) -> list[str]:
    return [e.code for e in status.explanations]


@pytest.mark.parametrize(
    ("assignments", "role_list", "expected", "enforcement"),
    [
        ([], [], ["POLICY_NOT_ASSIGNED"], None),
        ([assignment(SUB)], roles(*ALL_ROLES), ["POLICY_REINSTALLS"], Enforcement.DEFAULT),
        ([assignment(MG)], roles(*ALL_ROLES), ["POLICY_REINSTALLS"], Enforcement.DEFAULT),  # management group
        (
            [assignment(RG, enforcementMode="DoNotEnforce")],
            roles(*ALL_ROLES),
            ["POLICY_DO_NOT_ENFORCE"],
            Enforcement.DO_NOT_ENFORCE,
        ),
        ([assignment(SUB)], roles(*ALL_ROLES[1:]), ["POLICY_MISSING_ROLES"], Enforcement.DEFAULT),
        ([assignment(SUB)], roles(*ALL_ROLES, principal="someone-else"), ["POLICY_MISSING_ROLES"], Enforcement.DEFAULT),
        (
            [assignment(SUB)],
            roles(*ALL_ROLES, scope=f"{SUB}/resourceGroups/other"),
            ["POLICY_MISSING_ROLES"],
            Enforcement.DEFAULT,
        ),  # granted elsewhere: does not reach this VM
        (
            [assignment(SUB)],
            roles("8e3af657-a8ff-443c-a75c-2fe8c4bcb635"),
            ["POLICY_REINSTALLS"],
            Enforcement.DEFAULT,
        ),  # Owner covers every member
        ([assignment(SUB, identity=None)], [], ["POLICY_NO_IDENTITY"], Enforcement.DEFAULT),
        ([assignment(SUB, WIN_DINE)], roles(VM_CONTRIBUTOR), ["POLICY_REINSTALLS"], Enforcement.DEFAULT),
        ([assignment(SUB, MODIFY)], roles(VM_CONTRIBUTOR), ["POLICY_MISSING_ROLES"], Enforcement.DEFAULT),
        (
            [assignment(SUB, WIN_DINE, parameters={"effect": {"value": "Disabled"}})],
            [],
            ["POLICY_DISABLED"],
            Enforcement.DEFAULT,
        ),
        ([assignment(SUB, notScopes=[RG])], roles(*ALL_ROLES), ["POLICY_NOT_ASSIGNED"], None),  # excluded
        ([assignment(f"{SUB}/resourceGroups/other")], [], ["POLICY_NOT_ASSIGNED"], None),  # another group
        (
            [assignment(SUB, "/providers/Microsoft.Authorization/policyDefinitions/unrelated")],
            [],
            ["POLICY_NOT_ASSIGNED"],
            None,
        ),
    ],
)
def test_assignments_over_a_vm(
    assignments: list[Any], role_list: list[Any], expected: list[str], enforcement: Enforcement | None
) -> None:
    status = evaluate_policy(VM, assignments, bundled_initiative(), {"p1": role_list})
    assert codes(status) == expected
    assert status.enforcement is enforcement
    assert status.to_json()["guestAttestationInitiative"] == {
        "assigned": enforcement is not None,
        "assignmentIds": [a["id"] for a in assignments] if enforcement is not None else [],
        "enforcement": None if enforcement is None else enforcement.value,
    }


def test_missing_roles_are_named_and_remediation_is_said_to_fail() -> None:
    status = evaluate_policy(VM, [assignment(RG)], bundled_initiative(), {"p1": roles(*ALL_ROLES[2:])})
    text = status.explanations[0].render()
    assert "Virtual Machine Contributor, Reader" in text and "remediation fails" in text
    assert status.assignments[0].to_json()["missingRoles"] == ["Virtual Machine Contributor", "Reader"]


def test_compliance_state_of_the_vm_is_reported_per_member() -> None:
    a = assignment(SUB)
    states = [
        {
            "policyAssignmentId": a["id"],
            "policyDefinitionReferenceId": "TrustedLaunch_DeployWindowsExtensionVM",
            "complianceState": "NonCompliant",
            "timestamp": "T1",
        },
        {"policyAssignmentId": "/other", "complianceState": "NonCompliant", "timestamp": "T2"},
    ]
    status = evaluate_policy(VM, [a], bundled_initiative(), {"p1": roles(*ALL_ROLES)}, states)
    assert codes(status) == ["POLICY_REINSTALLS", "POLICY_NON_COMPLIANT"]
    assert "TrustedLaunch_DeployWindowsExtensionVM" in status.explanations[1].render()


def test_unreadable_role_assignments_and_policy_are_said_not_guessed() -> None:
    status = evaluate_policy(VM, [assignment(SUB)], bundled_initiative(), {"p1": "403 Forbidden"})
    assert codes(status) == ["POLICY_ROLES_UNKNOWN"] and status.assignments[0].missing_roles is None
    broken = evaluate_policy(VM, [], bundled_initiative(), {}, unreadable="403")
    assert (
        codes(broken) == ["POLICY_UNREADABLE"] and broken.to_json()["guestAttestationInitiative"]["assigned"] is False
    )


def test_undo_warns_only_for_an_assignment_that_would_put_the_extension_back() -> None:
    initiative = bundled_initiative()
    enforcing = evaluate_policy(VM, [assignment(SUB)], initiative, {"p1": roles(*ALL_ROLES)})
    assert [w.code for w in undo_warnings(enforcing)] == ["POLICY_REVERTS_UNDO"]
    not_enforced = evaluate_policy(VM, [assignment(SUB, enforcementMode="DoNotEnforce")], initiative, {})
    assert undo_warnings(not_enforced) == []
    lacking = evaluate_policy(VM, [assignment(SUB)], initiative, {"p1": []})
    assert undo_warnings(lacking) == []


def test_the_initiative_names_exactly_the_roles_of_its_members() -> None:
    initiative = bundled_initiative()
    assert len(initiative.members) == 7
    assert set(initiative.roles_for(INITIATIVE_ID)) == set(ALL_ROLES)
    assert initiative.roles_for(WIN_DINE) == (VM_CONTRIBUTOR,)
