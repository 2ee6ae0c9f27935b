"""The plan model: what would change, exactly as it goes over the wire, and how to do the same by hand.

A :class:`Plan` is a preview in the spirit of ARM what-if: every :class:`Operation` names its kind (create,
modify, delete), the target resource, the HTTP method, URL path, api-version and JSON body, a translatable
description, and the az CLI and PowerShell equivalents. :class:`Note` carries explanations and guidance for
what cannot (or should not) be changed automatically.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from core.diagnosis.model import Severity
from core.display_names import render_args

# The api-versions the installed SDK sends; every call passes them explicitly so the preview is what is sent.
COMPUTE_API_VERSION = "2026-04-01"
NETWORK_API_VERSION = "2026-03-01"

ROLE_NETWORK_CONTRIBUTOR = "Network Contributor"
ROLE_VM_CONTRIBUTOR = "Virtual Machine Contributor"


class Label(str):
    """An argument that is itself translatable text (context "Remediation"); translated when rendered."""

    __slots__ = ()


def _format(template: str, args: Mapping[str, Any], translate: Any) -> str:
    if translate:
        template = translate("Remediation", template)
        args = {k: translate("Remediation", v) if isinstance(v, Label) else v for k, v in args.items()}
    return str(template).format(**render_args(args, translate))


class OpKind(StrEnum):
    CREATE = "create"
    MODIFY = "modify"
    DELETE = "delete"
    ACTION = "action"  # a POST action (deallocate, start, a remediation trigger): no resource body is stored


REF_PREFIX = "${"


def ref(step_id: str, path: str) -> str:
    """A value taken from an earlier step's response, resolved by the change engine just before sending.

    ``ref("assignment", "identity.principalId")`` -> ``"${assignment.identity.principalId}"``. It may stand as a
    whole JSON string value in ``body`` or inside ``target_id``; the plan preview shows it unresolved, with the
    step it depends on (``Operation.depends_on``).
    """
    return f"${{{step_id}.{path}}}"


@dataclass(frozen=True)
class Precondition:
    """Optimistic concurrency: ``if_match`` = the ETag we read; ``if_none_match`` = the resource must not exist."""

    if_match: str | None = None
    if_none_match: bool = False

    def headers(self) -> dict[str, str]:
        if self.if_match:
            return {"If-Match": self.if_match}
        return {"If-None-Match": "*"} if self.if_none_match else {}


@dataclass(frozen=True)
class Addition:
    """What we add inside a resource that is written as a whole (a classic Azure Firewall).

    On 412 the engine re-reads the resource and re-applies only this: ``item`` appended to ``properties[key]``.
    """

    key: str  # "networkRuleCollections" | "applicationRuleCollections"
    item: Mapping[str, Any]

    @property
    def name(self) -> str:
        return str(self.item.get("name", ""))


@dataclass(frozen=True)
class Operation:
    """One ARM write. ``body`` is the exact JSON sent (``None`` for DELETE)."""

    kind: OpKind
    target_id: str
    method: str
    api_version: str
    body: Mapping[str, Any] | None
    description: str  # English template, context "Remediation"; ``args`` are formatted in after translation
    args: Mapping[str, Any]
    az_cli: str
    powershell: str
    action: str  # the RBAC action ARM checks for this write
    role: str  # the built-in role that grants it
    precondition: Precondition = field(default_factory=Precondition)
    restarts_vm: bool = False
    addition: Addition | None = None
    previous: Mapping[str, Any] | None = None  # the writable state before a modify (what undo restores)
    # Engine contract for multi-step changes (policy assignment, Trusted Launch upgrade, fleet):
    step_id: str | None = None  # a name later steps use in ref(step_id, "json.path")
    depends_on: tuple[str, ...] = ()  # step_ids whose responses this step's body or target_id reference
    downtime: bool = False  # the step stops or restarts the VM (deallocate, start, security type change)

    @property
    def path(self) -> str:
        return self.target_id

    @property
    def url(self) -> str:
        return f"{self.path}?api-version={self.api_version}"

    @property
    def permission_scope(self) -> str:
        """The resource whose permissions decide: the parent for child resources we create or delete."""
        lowered = self.target_id.lower()
        for child in ("/securityrules/", "/rulecollectiongroups/", "/extensions/"):
            if child in lowered:
                return self.target_id[: lowered.rindex(child)]
        return self.target_id

    def render(self, translate: Any = None) -> str:
        return _format(self.description, self.args, translate)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "targetId": self.target_id,
            "method": self.method,
            "path": self.path,
            "apiVersion": self.api_version,
            "headers": self.precondition.headers(),
            "body": self.body,
            "description": self.render(),
            "azCli": self.az_cli,
            "powerShell": self.powershell,
            "requiredAction": self.action,
            "role": self.role,
            "restartsVm": self.restarts_vm,
            "addition": None if self.addition is None else {"key": self.addition.key, "item": self.addition.item},
            "previous": self.previous,
            "stepId": self.step_id,
            "dependsOn": list(self.depends_on),
            "downtime": self.downtime,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any], description: str = "") -> Operation:
        """Rebuild an operation from the audit log (the description stays the rendered English text)."""
        headers = data.get("headers") or {}
        addition = data.get("addition")
        return cls(
            kind=OpKind(data["kind"]),
            target_id=str(data["targetId"]),
            method=str(data["method"]),
            api_version=str(data["apiVersion"]),
            body=data.get("body"),
            description=description or str(data.get("description", "")).replace("{", "{{").replace("}", "}}"),
            args={},
            az_cli=str(data.get("azCli", "")),
            powershell=str(data.get("powerShell", "")),
            action=str(data.get("requiredAction", "")),
            role=str(data.get("role", "")),
            precondition=Precondition(headers.get("If-Match"), headers.get("If-None-Match") == "*"),
            restarts_vm=bool(data.get("restartsVm")),
            addition=None if not addition else Addition(str(addition["key"]), addition["item"]),
            previous=data.get("previous"),
            step_id=data.get("stepId"),
            depends_on=tuple(data.get("dependsOn") or ()),
            downtime=bool(data.get("downtime")),
        )


@dataclass(frozen=True)
class Note:
    """An explanation or guidance. ``blocking`` = the goal cannot be reached by this plan alone."""

    code: str
    severity: Severity
    message: str  # English template, context "Remediation"
    args: Mapping[str, Any] = field(default_factory=dict)
    blocking: bool = False

    def render(self, translate: Any = None) -> str:
        return _format(self.message, self.args, translate)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.render(),
            "args": dict(self.args),
            "blocking": self.blocking,
        }


@dataclass(frozen=True)
class Plan:
    vm_id: str  # the VM the change is for; for a change of a scope (policy assignment) the scope's id
    goal: str  # "enable" | "fix" | "uefi" | "undo" | "policy" | "upgrade" | "rollback" | "fleet"
    operations: tuple[Operation, ...] = ()
    notes: tuple[Note, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.operations

    @property
    def blocked(self) -> bool:
        """Some part of the goal needs a person (guidance only); the operations alone will not reach it."""
        return any(n.blocking for n in self.notes)

    @property
    def restarts_vm(self) -> bool:
        return any(op.restarts_vm for op in self.operations)

    @property
    def changes_existing_rules(self) -> bool:
        """A step rewrites a security rule someone else wrote (renumbering a blocker at the minimum priority 100),
        or moves someone else's firewall rule collections or rule collection groups to higher priority numbers.

        Our own additions to a shared resource (a collection added to a classic firewall) and re-deploying the
        extension do not count; the user agrees to this one change separately.
        """
        from core.remediation.moves import collection_moves  # it reads Operations: imported here, not at the top

        return any(
            (op.kind is OpKind.MODIFY and op.addition is None and "/securityrules/" in op.target_id.lower())
            or bool(collection_moves(op))
            for op in self.operations
        )

    def extend(self, part: PlanPart) -> Plan:
        return Plan(self.vm_id, self.goal, self.operations + part.operations, self.notes + part.notes)

    def to_json(self) -> dict[str, Any]:
        return {
            "vmId": self.vm_id,
            "goal": self.goal,
            "operations": [op.to_json() for op in self.operations],
            "notes": [n.to_json() for n in self.notes],
            "blocked": self.blocked,
            "restartsVm": self.restarts_vm,
        }


@dataclass(frozen=True)
class PlanPart:
    """What one planner contributes; parts are concatenated into a :class:`Plan` in order."""

    operations: tuple[Operation, ...] = ()
    notes: tuple[Note, ...] = ()

    def __add__(self, other: PlanPart) -> PlanPart:
        return PlanPart(self.operations + other.operations, self.notes + other.notes)


def note(code: str, message: str, *, severity: Severity = Severity.INFO, blocking: bool = False, **args: Any) -> Note:
    return Note(code, severity, message, args, blocking)
