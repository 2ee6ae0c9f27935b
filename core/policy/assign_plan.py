"""Plan assigning the Guest Attestation initiative to a subscription or resource group. Pure.

Exact ARM requests, in order: the policy assignment with a system-assigned identity and a location; one role
assignment per role the members name (``roleDefinitionIds``), each for the principal id that Azure returns for
the assignment (``ref("assignment", "identity.principalId")``, so the plan shows that dependency); one remediation
task per member reference id for the existing non-compliant resources.
"""

from __future__ import annotations

import uuid
from typing import Any

from core.arm_ids import ResourceId
from core.diagnosis.model import Severity
from core.i18n import QT_TRANSLATE_NOOP
from core.policy.initiative import (
    INITIATIVE_ID,
    INITIATIVE_NAME,
    POLICY_API_VERSION,
    REMEDIATIONS_API_VERSION,
    ROLE_ASSIGNMENTS_API_VERSION,
    ROLE_NAMES,
    Initiative,
    Member,
)
from core.remediation.plan import Label, Operation, OpKind, Plan, PlanPart, note, ref

ASSIGNMENT_NAME = "guest-attestation-prereqs"
ASSIGNMENT_DISPLAY_NAME = "Configure prerequisites to enable Guest Attestation on Trusted Launch enabled VMs"
ASSIGNMENT_STEP = "assignment"
ROLE_POLICY = "Resource Policy Contributor"
ROLE_ACCESS = "User Access Administrator"
ACTION_ASSIGN = "Microsoft.Authorization/policyAssignments/write"
ACTION_ROLE = "Microsoft.Authorization/roleAssignments/write"
ACTION_REMEDIATE = "Microsoft.PolicyInsights/remediations/write"

MSG_ASSIGN = QT_TRANSLATE_NOOP(
    "Remediation",
    'Assign the built-in initiative "{initiative}" to {scope}, with a system-assigned managed identity in '
    "{location}, enforced (enforcement mode Default).",
)
MSG_ROLE = QT_TRANSLATE_NOOP(
    "Remediation",
    "Give the assignment's identity the role {role} at {scope} (its principal id comes from the answer to step 1).",
)
MSG_REMEDIATE = QT_TRANSLATE_NOOP(
    "Remediation",
    "Start a remediation task for {reference}: Azure re-evaluates the resources in {scope} and deploys to the "
    "non-compliant ones (after steps 1–{last_role}).",
)
MSG_IRREVERSIBLE = QT_TRANSLATE_NOOP(
    "Remediation",
    "What the remediation tasks deploy cannot be undone by this tool: Guest Attestation extensions they install "
    "and system-assigned identities they enable stay on the VMs. Undo removes the policy assignment and its role "
    "assignments only.",
)
MSG_ASYNC = QT_TRANSLATE_NOOP(
    "Remediation",
    "Remediation runs in Azure after the tasks are accepted and can take minutes per VM. A new identity can take "
    "a few minutes to replicate: if a role assignment fails with PrincipalNotFound, run the command again.",
)
MSG_NOT_IN_SCOPE_TYPE = QT_TRANSLATE_NOOP(
    "Remediation",
    "{scope} is not a subscription or resource group. Choose /subscriptions/<id> or "
    "/subscriptions/<id>/resourceGroups/<name>.",
)
MSG_NO_LOCATION = QT_TRANSLATE_NOOP(
    "Remediation", "A location for the assignment's managed identity is needed (for example westeurope)."
)


class ScopeError(ValueError):
    """The scope is not one a policy assignment of this tool may target (subscription or resource group)."""

    def __init__(self, template: str, **args: str) -> None:
        super().__init__(template.format(**args))
        self.template = template
        self.args_ = args

    def render(self, translate: Any = None) -> str:
        template = translate("Remediation", self.template) if translate else self.template
        return str(template).format(**self.args_)


def check_scope(scope: str) -> str:
    """The scope, stripped; :class:`ScopeError` unless it is a subscription or a resource group."""
    text = scope.strip().rstrip("/")
    parsed = ResourceId.parse(text)
    parts = [p for p in text.split("/") if p]
    ok = bool(parsed.subscription_id) and parsed.provider is None and len(parts) in (2, 4)
    if not ok or (len(parts) == 4 and not parsed.resource_group):
        raise ScopeError(MSG_NOT_IN_SCOPE_TYPE, scope=scope)
    return text


def assignment_id(scope: str, name: str = ASSIGNMENT_NAME) -> str:
    return f"{scope}/providers/Microsoft.Authorization/policyAssignments/{name}"


def role_assignment_name(scope: str, assignment: str, role: str) -> str:
    """Stable per (scope, assignment, role): running the plan again finds its own role assignment."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{scope.lower()}|{assignment.lower()}|{role.lower()}"))


def _az_scope(scope: str) -> str:
    parsed = ResourceId.parse(scope)
    if parsed.resource_group:
        return f"--resource-group {parsed.resource_group} --subscription {parsed.subscription_id}"
    return f"--subscription {parsed.subscription_id}"


def _assignment_op(scope: str, location: str, name: str) -> Operation:
    target = assignment_id(scope, name)
    return Operation(
        kind=OpKind.CREATE,
        target_id=target,
        method="PUT",
        api_version=POLICY_API_VERSION,
        body={
            "location": location,
            "identity": {"type": "SystemAssigned"},
            "properties": {
                "displayName": ASSIGNMENT_DISPLAY_NAME,
                "policyDefinitionId": INITIATIVE_ID,
                "enforcementMode": "Default",
                "parameters": {},
            },
        },
        description=MSG_ASSIGN,
        args={"initiative": ASSIGNMENT_DISPLAY_NAME, "scope": scope, "location": location},
        az_cli=(
            f"az policy assignment create --name {name} --scope {scope} --policy-set-definition {INITIATIVE_NAME} "
            f"--mi-system-assigned --location {location} --enforcement-mode Default"
        ),
        powershell=(
            f"New-AzPolicyAssignment -Name {name} -Scope {scope} "
            f"-PolicySetDefinition (Get-AzPolicySetDefinition -Id {INITIATIVE_ID}) -IdentityType SystemAssigned "
            f"-Location {location}"
        ),
        action=ACTION_ASSIGN,
        role=ROLE_POLICY,
        step_id=ASSIGNMENT_STEP,
    )


def _role_op(scope: str, name: str, role: str, number: int) -> Operation:
    subscription = ResourceId.parse(scope).subscription_id
    role_name = ROLE_NAMES.get(role, role)
    principal = ref(ASSIGNMENT_STEP, "identity.principalId")
    role_definition = f"/subscriptions/{subscription}/providers/Microsoft.Authorization/roleDefinitions/{role}"
    assignment_name = role_assignment_name(scope, name, role)
    return Operation(
        kind=OpKind.CREATE,
        target_id=f"{scope}/providers/Microsoft.Authorization/roleAssignments/{assignment_name}",
        method="PUT",
        api_version=ROLE_ASSIGNMENTS_API_VERSION,
        body={
            "properties": {
                "roleDefinitionId": role_definition,
                "principalId": principal,
                "principalType": "ServicePrincipal",  # a new identity: skips the directory lookup that can lag
            }
        },
        description=MSG_ROLE,
        args={"role": Label(role_name), "scope": scope},
        az_cli=(
            f"az role assignment create --assignee-object-id {principal} --assignee-principal-type ServicePrincipal "
            f'--role "{role_name}" --scope {scope}'
        ),
        powershell=f'New-AzRoleAssignment -ObjectId {principal} -RoleDefinitionName "{role_name}" -Scope {scope}',
        action=ACTION_ROLE,
        role=ROLE_ACCESS,
        step_id=f"role-{number}",
        depends_on=(ASSIGNMENT_STEP,),
    )


def _remediation_op(scope: str, name: str, reference: str, after: tuple[str, ...], last_role: int) -> Operation:
    policy_assignment = assignment_id(scope, name)
    # Unique per (assignment, member) and stable, so a re-run finds its own task; reference ids alone can collide
    # once cut to length (…ExtensionVM / …ExtensionVMSS).
    task = f"{reference.lower()[:40]}-{uuid.uuid5(uuid.NAMESPACE_URL, policy_assignment.lower() + '|' + reference)}"[
        :64
    ]
    return Operation(
        kind=OpKind.CREATE,
        target_id=f"{scope}/providers/Microsoft.PolicyInsights/remediations/{task}",
        method="PUT",
        api_version=REMEDIATIONS_API_VERSION,
        body={
            "properties": {
                "policyAssignmentId": policy_assignment,
                "policyDefinitionReferenceId": reference,
                "resourceDiscoveryMode": "ReEvaluateCompliance",
            }
        },
        description=MSG_REMEDIATE,
        args={"reference": reference, "scope": scope, "last_role": last_role},
        az_cli=(
            f"az policy remediation create --name {task} --policy-assignment {policy_assignment} "
            f"--definition-reference-id {reference} --resource-discovery-mode ReEvaluateCompliance {_az_scope(scope)}"
        ),
        powershell=(
            f"Start-AzPolicyRemediation -Name {task} -Scope {scope} -PolicyAssignmentId {policy_assignment} "
            f"-PolicyDefinitionReferenceId {reference} -ResourceDiscoveryMode ReEvaluateCompliance"
        ),
        action=ACTION_REMEDIATE,
        role=ROLE_POLICY,
        step_id=f"remediation-{reference}",
        depends_on=after,
    )


def _remediation_order(member: Member) -> int:
    if member.effect.lower() == "modify":
        return 0
    reference = member.reference_id.lower()
    return 2 if reference.endswith("vm") and "sig" not in reference else 1


def plan_assignment(scope: str, location: str, initiative: Initiative, name: str = ASSIGNMENT_NAME) -> Plan:
    scope = check_scope(scope)
    if not location.strip():
        raise ScopeError(MSG_NO_LOCATION)
    roles = tuple(dict.fromkeys(r for m in initiative.members for r in m.role_ids))
    role_ops = tuple(_role_op(scope, name, role, n) for n, role in enumerate(roles, start=1))
    after = (ASSIGNMENT_STEP, *(op.step_id for op in role_ops if op.step_id))
    # The engine stops at the first failed step, and a remediation fails when any of its deployments does (a VM
    # whose path is blocked): the identity first, the members with the most targets (VMs) last.
    members = sorted((m for m in initiative.members if m.reference_id), key=_remediation_order)
    remediations = tuple(_remediation_op(scope, name, m.reference_id, after, len(role_ops) + 1) for m in members)
    notes = (
        note("POLICY_ASYNC", MSG_ASYNC),
        note("POLICY_REMEDIATION_IRREVERSIBLE", MSG_IRREVERSIBLE, severity=Severity.WARNING),
    )
    operations = (_assignment_op(scope, location.strip(), name), *role_ops, *remediations)
    return Plan(scope, "policy").extend(PlanPart(operations, notes))
