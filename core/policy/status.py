"""Is the Guest Attestation initiative (or one of its members) assigned over a VM, and will it work? Pure.

Fed with ARM JSON: the policy assignments that apply at the VM's scope chain (management groups, subscription,
resource group), the identity's role assignments, and the VM's policy states. Says what it means in plain words:
the policy re-installs the extension, it is assigned but not enforced, or its identity lacks a role so its
remediation fails.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from core.arm_ids import normalize
from core.defender.explanation import Explanation, Names, explain, when
from core.diagnosis.model import Severity
from core.i18n import QT_TRANSLATE_NOOP
from core.policy.initiative import (
    CONTRIBUTOR_ROLE,
    INITIATIVE_ID,
    OWNER_ROLE,
    ROLE_NAMES,
    Initiative,
    definition_key,
    role_guid,
)

MSG_NOT_ASSIGNED = QT_TRANSLATE_NOOP(
    "AzureStatus",
    'The built-in initiative "Configure prerequisites to enable Guest Attestation on Trusted Launch enabled VMs" '
    "is not assigned over this VM. Assigning it to the subscription keeps monitoring on for every Trusted Launch "
    "VM, including new ones.",
)
MSG_ENFORCED = QT_TRANSLATE_NOOP(
    "AzureStatus",
    "The policy assignment {assignment} (at {scope}) installs the Guest Attestation extension on this VM: if the "
    "extension is removed, the policy puts it back when the VM is next created or updated, or when a remediation "
    "task runs.",
)
MSG_DO_NOT_ENFORCE = QT_TRANSLATE_NOOP(
    "AzureStatus",
    "The policy assignment {assignment} (at {scope}) is set to DoNotEnforce: it only reports compliance and "
    "installs nothing on new or changed VMs. Set its enforcement mode to Default, or start a remediation task by "
    "hand.",
)
MSG_DISABLED = QT_TRANSLATE_NOOP(
    "AzureStatus", "The policy assignment {assignment} (at {scope}) sets the effect to Disabled: it does nothing."
)
MSG_NO_IDENTITY = QT_TRANSLATE_NOOP(
    "AzureStatus",
    "The policy assignment {assignment} (at {scope}) has no managed identity, so its remediation cannot deploy "
    "anything. Assign it again with a system-assigned identity.",
)
MSG_MISSING_ROLES = QT_TRANSLATE_NOOP(
    "AzureStatus",
    "The identity of the policy assignment {assignment} lacks the role(s) {roles} over this VM, so its "
    "remediation fails. Assign these roles to the identity (principal {principal}) at {scope}.",
)
MSG_ROLES_UNKNOWN = QT_TRANSLATE_NOOP(
    "AzureStatus",
    "The role assignments of the identity of {assignment} could not be read ({reason}); whether its remediation "
    "can succeed is unknown.",
)
MSG_NON_COMPLIANT = QT_TRANSLATE_NOOP(
    "AzureStatus", "Azure Policy reports this VM as non-compliant with {references} (evaluated {time})."
)
MSG_COMPLIANT = QT_TRANSLATE_NOOP("AzureStatus", "Azure Policy reports this VM as compliant (evaluated {time}).")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("AzureStatus", "Azure Policy could not be read: {reason}")
MSG_REMEDIATING = QT_TRANSLATE_NOOP(
    "AzureStatus",
    "A remediation task of {assignment} is still running in Azure ({tasks}). The VM becomes compliant only after "
    "its deployment has run; until then Azure Policy may report it as non-compliant.",
)
# A remediation task ends Succeeded, Failed or Canceled ("Complete" is listed too); anything else (Accepted,
# Evaluating, Running, Cancelling) means Azure is still working on it (remediations.json, docs/azure-behaviour.md).
TERMINAL_REMEDIATION = frozenset({"succeeded", "failed", "canceled", "complete"})
REMEDIATION_SUCCEEDED = frozenset({"succeeded", "complete"})


def remediation_state(task: Mapping[str, Any]) -> str:
    """The task's ``provisioningState``, lower-cased ("" when it has none)."""
    props = task.get("properties")
    return str((props if isinstance(props, Mapping) else {}).get("provisioningState") or "").lower()


def remediation_running(task: Mapping[str, Any]) -> bool:
    """Azure is still working on the task (it was accepted and has not ended)."""
    return remediation_state(task) not in TERMINAL_REMEDIATION


MSG_UNDO_REVERTED = QT_TRANSLATE_NOOP(
    "AzureStatus",
    "The policy assignment {assignment} (at {scope}) will install the Guest Attestation extension again after "
    "this undo (when the VM is next updated, or when a remediation task runs). To keep it removed, exclude the VM "
    "from the assignment first.",
)


class Enforcement(StrEnum):
    DEFAULT = "Default"
    DO_NOT_ENFORCE = "DoNotEnforce"


@dataclass(frozen=True)
class ComplianceState:
    reference_id: str
    compliant: bool
    timestamp: str


@dataclass(frozen=True)
class AssignmentStatus:
    assignment_id: str
    name: str
    display_name: str
    scope: str
    definition_id: str
    is_initiative: bool
    enforcement: Enforcement
    disabled: bool  # the effect parameter is "Disabled"
    principal_id: str | None
    needed_roles: tuple[str, ...]  # role GUIDs
    missing_roles: tuple[str, ...] | None  # None: the identity's role assignments could not be read
    roles_unreadable: str | None = None
    compliance: tuple[ComplianceState, ...] = ()
    remediating: tuple[str, ...] = ()  # names of its remediation tasks Azure is still working on

    @property
    def enforcing(self) -> bool:
        """It will deploy: enforced, not disabled, with an identity that has every role it needs."""
        return (
            self.enforcement is Enforcement.DEFAULT
            and not self.disabled
            and self.principal_id is not None
            and self.missing_roles == ()
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.assignment_id,
            "scope": self.scope,
            "policyDefinitionId": self.definition_id,
            "enforcement": self.enforcement.value,
            "effectDisabled": self.disabled,
            "principalId": self.principal_id,
            "neededRoles": [role_name(r) for r in self.needed_roles],
            "missingRoles": None if self.missing_roles is None else [role_name(r) for r in self.missing_roles],
            "compliance": [
                {"policyDefinitionReferenceId": c.reference_id, "compliant": c.compliant, "timestamp": c.timestamp}
                for c in self.compliance
            ],
            "remediationsRunning": list(self.remediating),
        }


@dataclass(frozen=True)
class PolicyStatus:
    assignments: tuple[AssignmentStatus, ...] = ()
    unreadable: str | None = None
    explanations: tuple[Explanation, ...] = field(default=())

    @property
    def assigned(self) -> bool:
        return bool(self.assignments)

    @property
    def enforcement(self) -> Enforcement | None:
        """Default when any assignment is enforced (it decides what happens to the VM); None when not assigned."""
        if not self.assignments:
            return None
        if any(a.enforcement is Enforcement.DEFAULT for a in self.assignments):
            return Enforcement.DEFAULT
        return Enforcement.DO_NOT_ENFORCE

    @property
    def reinstalls_extension(self) -> bool:
        return any(a.enforcing for a in self.assignments)

    def to_json(self) -> dict[str, Any]:
        """The ``policy`` object of ``diagnose --json`` (docs/cli.md)."""
        return {
            "guestAttestationInitiative": {
                "assigned": self.assigned,
                "assignmentIds": [a.assignment_id for a in self.assignments],
                "enforcement": None if self.enforcement is None else self.enforcement.value,
            }
        }

    def details_json(self) -> dict[str, Any]:
        """Everything, for ``policy status --json``."""
        return {
            **self.to_json(),
            "assignments": [a.to_json() for a in self.assignments],
            "unreadable": self.unreadable,
            "explanations": [e.to_json() for e in self.explanations],
        }


def role_name(guid: str) -> str:
    return ROLE_NAMES.get(guid, guid)


def _props(item: Mapping[str, Any]) -> Mapping[str, Any]:
    props = item.get("properties")
    return props if isinstance(props, Mapping) else {}


def covers(scope: str, resource_id: str) -> bool:
    """An assignment or role assignment at ``scope`` applies to ``resource_id`` (same or a parent scope).

    Management-group scopes cover every subscription below them; ARM's ``atScope()`` listing returns only those
    above the VM, so any management-group scope that reached us covers it.
    """
    outer, inner = normalize(scope), normalize(resource_id)
    if outer.startswith("/providers/microsoft.management/managementgroups/") or outer in ("", "/"):
        return True
    return inner == outer or inner.startswith(outer + "/")


def _enforcement(props: Mapping[str, Any]) -> Enforcement:
    # ARM omits enforcementMode for Default on older assignments.
    return (
        Enforcement.DO_NOT_ENFORCE if str(props.get("enforcementMode", "")) == "DoNotEnforce" else Enforcement.DEFAULT
    )


def _effect_disabled(props: Mapping[str, Any]) -> bool:
    params = props.get("parameters")
    effect = params.get("effect") if isinstance(params, Mapping) else None
    return isinstance(effect, Mapping) and str(effect.get("value", "")).lower() == "disabled"


def _held_roles(role_assignments: Iterable[Mapping[str, Any]], principal: str, vm_id: str) -> set[str]:
    held = set()
    for ra in role_assignments:
        props = _props(ra)
        if str(props.get("principalId", "")).lower() != principal.lower():
            continue
        if covers(str(props.get("scope") or _scope_of(str(ra.get("id", "")))), vm_id):
            held.add(role_guid(str(props.get("roleDefinitionId", ""))))
    return held


def _scope_of(extension_resource_id: str) -> str:
    lowered = extension_resource_id.lower()
    marker = "/providers/microsoft.authorization/"
    return extension_resource_id[: lowered.rindex(marker)] if marker in lowered else ""


def _missing(needed: Sequence[str], held: set[str]) -> tuple[str, ...]:
    if OWNER_ROLE in held or CONTRIBUTOR_ROLE in held:
        return ()  # both grant every action the members' deployments and the Modify need
    return tuple(r for r in needed if r not in held)


def _compliance(states: Iterable[Mapping[str, Any]], assignment_id: str) -> tuple[ComplianceState, ...]:
    found = []
    for state in states:
        if normalize(str(state.get("policyAssignmentId", ""))) != normalize(assignment_id):
            continue
        found.append(
            ComplianceState(
                reference_id=str(state.get("policyDefinitionReferenceId") or ""),
                compliant=str(state.get("complianceState", "")).lower() == "compliant",
                timestamp=str(state.get("timestamp", "")),
            )
        )
    return tuple(sorted(found, key=lambda c: c.reference_id))


def relevant(assignment: Mapping[str, Any], initiative: Initiative) -> bool:
    definition = definition_key(str(_props(assignment).get("policyDefinitionId", "")))
    return definition == definition_key(INITIATIVE_ID) or definition in initiative.definition_ids


def evaluate_policy(
    vm_id: str,
    assignments: Iterable[Mapping[str, Any]],
    initiative: Initiative,
    role_assignments: Mapping[str, Sequence[Mapping[str, Any]] | str],
    policy_states: Iterable[Mapping[str, Any]] = (),
    unreadable: str | None = None,
    remediations: Iterable[Mapping[str, Any]] = (),
) -> PolicyStatus:
    """``role_assignments``: principal id -> that principal's role assignments, or why they could not be read."""
    if unreadable is not None:
        status = PolicyStatus(unreadable=unreadable)
        return PolicyStatus(unreadable=unreadable, explanations=tuple(explain_policy(status)))
    states = list(policy_states)
    running = [r for r in remediations if remediation_running(r)]
    found = []
    for item in assignments:
        props = _props(item)
        scope = str(props.get("scope", "")) or _scope_of(str(item.get("id", "")))
        excluded = any(covers(str(n), vm_id) for n in props.get("notScopes") or [])
        if not relevant(item, initiative) or not covers(scope, vm_id) or excluded:
            continue
        definition_id = str(props.get("policyDefinitionId", ""))
        identity = item.get("identity")
        principal = identity.get("principalId") if isinstance(identity, Mapping) else None
        needed = initiative.roles_for(definition_id)
        roles = role_assignments.get(str(principal).lower()) if principal else None
        missing: tuple[str, ...] | None
        if principal is None:
            missing, why = None, None
        elif isinstance(roles, str):
            missing, why = None, roles
        else:
            missing, why = _missing(needed, _held_roles(roles or [], str(principal), vm_id)), None
        assignment_id = str(item.get("id", ""))
        found.append(
            AssignmentStatus(
                assignment_id=assignment_id,
                name=str(item.get("name", "")),
                display_name=str(props.get("displayName", "")),
                scope=scope,
                definition_id=definition_id,
                is_initiative=definition_key(definition_id) == definition_key(INITIATIVE_ID),
                enforcement=_enforcement(props),
                disabled=_effect_disabled(props),
                principal_id=str(principal) if principal else None,
                needed_roles=needed,
                missing_roles=missing,
                roles_unreadable=why,
                compliance=_compliance(states, assignment_id),
                remediating=tuple(
                    str(r.get("name", ""))
                    for r in running
                    if str(_props(r).get("policyAssignmentId", "")).lower() == assignment_id.lower()
                ),
            )
        )
    status = PolicyStatus(tuple(found))
    return PolicyStatus(status.assignments, None, tuple(explain_policy(status)))


def _where(a: AssignmentStatus) -> dict[str, Any]:
    return {"assignment": a.display_name or a.name, "scope": a.scope}


def explain_policy(status: PolicyStatus) -> list[Explanation]:
    if status.unreadable is not None:
        return [explain("POLICY_UNREADABLE", MSG_UNREADABLE, reason=status.unreadable)]
    if not status.assignments:
        return [explain("POLICY_NOT_ASSIGNED", MSG_NOT_ASSIGNED)]
    found: list[Explanation] = []
    for a in status.assignments:
        where = _where(a)
        if a.disabled:
            found.append(explain("POLICY_DISABLED", MSG_DISABLED, Severity.WARNING, **where))
            continue
        if a.enforcement is Enforcement.DO_NOT_ENFORCE:
            found.append(explain("POLICY_DO_NOT_ENFORCE", MSG_DO_NOT_ENFORCE, Severity.WARNING, **where))
        if a.principal_id is None:
            found.append(explain("POLICY_NO_IDENTITY", MSG_NO_IDENTITY, Severity.WARNING, **where))
        elif a.roles_unreadable is not None:
            found.append(explain("POLICY_ROLES_UNKNOWN", MSG_ROLES_UNKNOWN, reason=a.roles_unreadable, **where))
        elif a.missing_roles:
            roles = Names(role_name(r) for r in a.missing_roles)
            found.append(
                explain(
                    "POLICY_MISSING_ROLES",
                    MSG_MISSING_ROLES,
                    Severity.WARNING,
                    roles=roles,
                    principal=a.principal_id,
                    **where,
                )
            )
        elif a.enforcing:
            found.append(explain("POLICY_REINSTALLS", MSG_ENFORCED, **where))
        if a.remediating:
            found.append(explain("POLICY_REMEDIATING", MSG_REMEDIATING, tasks=", ".join(a.remediating), **where))
        non_compliant = [c for c in a.compliance if not c.compliant]
        if non_compliant:
            refs = ", ".join(c.reference_id or a.name for c in non_compliant)
            found.append(
                explain(
                    "POLICY_NON_COMPLIANT", MSG_NON_COMPLIANT, references=refs, time=when(non_compliant[0].timestamp)
                )
            )
        elif a.compliance:
            found.append(explain("POLICY_COMPLIANT", MSG_COMPLIANT, time=when(a.compliance[0].timestamp)))
    return found


def undo_warnings(status: PolicyStatus) -> list[Explanation]:
    """Warnings for an undo that removes the extension: an enforcing assignment will put it back."""
    return [
        explain(
            "POLICY_REVERTS_UNDO",
            MSG_UNDO_REVERTED,
            Severity.WARNING,
            assignment=a.display_name or a.name,
            scope=a.scope,
        )
        for a in status.assignments
        if a.enforcing
        or (
            a.enforcement is Enforcement.DEFAULT
            and not a.disabled
            and a.principal_id is not None
            and a.missing_roles is None
        )
    ]
