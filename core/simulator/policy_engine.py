"""Azure Policy inside the simulator: the built-in definitions, their ``policyRule``, compliance and remediation.

The definitions are the real built-in JSON (resources/policy/). A VM's compliance is computed from its current
state on every query (Azure evaluates on a cycle and after changes, so it can be older; the product reads the
timestamp). A remediation runs the member's own effect: a DeployIfNotExists deploys its template's
``virtualMachines/extensions`` resource with the template's settings, a Modify applies its operations — each
only if the assignment's identity holds the member's ``roleDefinitionIds`` over the VM, as in Azure.
"""

from __future__ import annotations

import fnmatch
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from core.policy.initiative import (
    CONTRIBUTOR_ROLE,
    INITIATIVE_ID,
    OWNER_ROLE,
    bundled_definitions,
    definition_key,
    role_guid,
)
from core.simulator.arm_expressions import ExpressionError, evaluate
from core.simulator.ids import id_key
from core.simulator.store import ResourceStore

ASSIGNMENT_TYPE = "Microsoft.Authorization/policyAssignments"
ROLE_ASSIGNMENT_TYPE = "Microsoft.Authorization/roleAssignments"
VM_TYPE = "Microsoft.Compute/virtualMachines"
EXT_TYPE = "Microsoft.Compute/virtualMachines/extensions"

_IMAGE_ALIASES = {
    "microsoft.compute/imagepublisher": "properties.storageProfile.imageReference.publisher",
    "microsoft.compute/imageoffer": "properties.storageProfile.imageReference.offer",
    "microsoft.compute/imagesku": "properties.storageProfile.imageReference.sku",
    "microsoft.compute/imageversion": "properties.storageProfile.imageReference.version",
    "microsoft.compute/imageid": "properties.storageProfile.imageReference.id",
}


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def stable_uuid(*parts: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join(p.lower() for p in parts)))


def catalogue() -> dict[str, dict[str, Any]]:
    """Built-in definitions and set definitions by lower-cased id."""
    set_definition, members = bundled_definitions()
    return {definition_key(str(d["id"])): d for d in (set_definition, *members)}


# -- conditions ---------------------------------------------------------------------------------------------


def _path(resource: Mapping[str, Any], path: str) -> Any:
    value: Any = resource
    for part in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = next((v for k, v in value.items() if k.lower() == part.lower()), None)
    return value


def field_value(resource: Mapping[str, Any], field: str) -> Any:
    """A policy ``field`` (a top-level property or an alias) of a resource's ARM JSON; None when absent."""
    lowered = field.lower()
    if lowered in ("type", "name", "location", "id", "kind"):
        return resource.get(lowered)
    if lowered.startswith(("identity.", "tags")):
        return _path(resource, field)
    if lowered in _IMAGE_ALIASES:
        return _path(resource, _IMAGE_ALIASES[lowered])
    rtype = str(resource.get("type", "")).lower()
    if lowered.startswith(rtype + "/"):
        rest = field[len(rtype) + 1 :]
        return (
            _path(resource, "properties." + rest)
            if rest.lower() != "provisioningstate"
            else _path(resource, "properties.provisioningState")
        )
    return None  # an alias this simulator does not know: treated as absent (the stricter reading)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _compare(op: str, actual: Any, expected: Any) -> bool:
    name = op.lower()
    if name == "exists":
        return (actual is not None) == (_text(expected).lower() == "true")
    if name in ("equals", "notequals"):
        same = _text(actual).lower() == _text(expected).lower()
        return same if name == "equals" else not same
    if name in ("like", "notlike"):
        matched = fnmatch.fnmatchcase(_text(actual).lower(), _text(expected).lower())
        return matched if name == "like" else not matched
    if name in ("in", "notin"):
        options = [_text(o).lower() for o in expected] if isinstance(expected, list) else []
        found = _text(actual).lower() in options
        return found if name == "in" else not found
    if name in ("contains", "notcontains"):
        found = _text(expected).lower() in _text(actual).lower()
        return found if name == "contains" else not found
    if name in ("greaterorequals", "greater", "less", "lessorequals"):
        a, b = _text(actual), _text(expected)
        return {"greaterorequals": a >= b, "greater": a > b, "less": a < b, "lessorequals": a <= b}[name]
    raise ExpressionError(f"the simulator does not implement the policy condition {op}")


_OPERATORS = (
    "equals",
    "notEquals",
    "like",
    "notLike",
    "in",
    "notIn",
    "exists",
    "contains",
    "notContains",
    "greaterOrEquals",
    "greater",
    "less",
    "lessOrEquals",
)


@dataclass
class Context:
    """What expressions in a rule can see: the resource, the definition's parameters, the request's api-version."""

    resource: Mapping[str, Any]
    parameters: Mapping[str, Any]
    api_version: str = "2024-03-01"

    def functions(self) -> dict[str, Any]:
        return {
            "parameters": lambda name: self.parameters.get(name),
            "field": lambda name: field_value(self.resource, name),
            "requestcontext": lambda: {"apiVersion": self.api_version},
        }


def matches(condition: Mapping[str, Any], ctx: Context) -> bool:
    if "allOf" in condition:
        return all(matches(c, ctx) for c in condition["allOf"])
    if "anyOf" in condition:
        return any(matches(c, ctx) for c in condition["anyOf"])
    if "not" in condition:
        return not matches(condition["not"], ctx)
    functions = ctx.functions()
    if "field" in condition:
        actual = field_value(ctx.resource, str(condition["field"]))
    elif "value" in condition:
        actual = evaluate(condition["value"], functions)
    else:
        raise ExpressionError(f"the simulator does not implement this condition: {sorted(condition)}")
    for op in _OPERATORS:
        if op in condition:
            return _compare(op, actual, evaluate(condition[op], functions))
    raise ExpressionError(f"no known operator in {sorted(condition)}")


# -- assignments, members and their parameters ----------------------------------------------------------


@dataclass(frozen=True)
class Applied:
    """One policy definition as an assignment applies it: the definition and its effective parameters."""

    assignment: Mapping[str, Any]
    definition: Mapping[str, Any]
    reference_id: str | None
    parameters: Mapping[str, Any]

    @property
    def rule(self) -> Mapping[str, Any]:
        rule: Mapping[str, Any] = self.definition["properties"]["policyRule"]
        return rule

    @property
    def effect(self) -> str:
        return str(evaluate(self.rule["then"]["effect"], {"parameters": lambda n: self.parameters.get(n)}))


def _defaults(definition: Mapping[str, Any]) -> dict[str, Any]:
    params = definition.get("properties", {}).get("parameters") or {}
    return {k: v.get("defaultValue") for k, v in params.items() if isinstance(v, Mapping)}


def _given(values: Mapping[str, Any] | None) -> dict[str, Any]:
    return {k: v.get("value") for k, v in (values or {}).items() if isinstance(v, Mapping)}


def applied_members(assignment: Mapping[str, Any]) -> list[Applied]:
    """The definitions an assignment applies, with parameters resolved (set parameters flow into members)."""
    props = assignment.get("properties", {})
    definition = catalogue().get(definition_key(str(props.get("policyDefinitionId", ""))))
    if definition is None:
        return []
    outer = {**_defaults(definition), **_given(props.get("parameters"))}
    if "policyDefinitions" not in definition.get("properties", {}):
        return [Applied(assignment, definition, None, outer)]
    found = []
    functions = {"parameters": lambda n: outer.get(n)}
    for member in definition["properties"]["policyDefinitions"]:
        member_def = catalogue().get(definition_key(str(member["policyDefinitionId"])))
        if member_def is None:
            continue
        given = {k: evaluate(v.get("value"), functions) for k, v in (member.get("parameters") or {}).items()}
        found.append(
            Applied(assignment, member_def, member["policyDefinitionReferenceId"], {**_defaults(member_def), **given})
        )
    return found


def covers(scope: str, resource_id: str) -> bool:
    outer, inner = id_key(scope), id_key(resource_id)
    return inner == outer or inner.startswith(outer + "/")


def assignments_over(store: ResourceStore, resource_id: str) -> list[dict[str, Any]]:
    return [
        a
        for a in store.list_type(ASSIGNMENT_TYPE)
        if covers(str(a["properties"].get("scope", "")), resource_id)
        and not any(covers(str(n), resource_id) for n in a["properties"].get("notScopes") or [])
    ]


def extensions_of(store: ResourceStore, vm_id: str) -> list[dict[str, Any]]:
    prefix = id_key(vm_id) + "/extensions/"
    return [e for e in store.list_type(EXT_TYPE) if id_key(str(e["id"])).startswith(prefix)]


def compliant(store: ResourceStore, member: Applied, vm: Mapping[str, Any]) -> bool | None:
    """None: the member does not apply to the VM (its ``if`` does not match, or its effect is Disabled)."""
    ctx = Context(vm, member.parameters)
    effect = member.effect.lower()
    if effect == "disabled" or not matches(member.rule["if"], ctx):
        return None
    if effect == "deployifnotexists":
        condition = member.rule["then"]["details"].get("existenceCondition", {})
        return any(matches(condition, Context(e, member.parameters)) for e in extensions_of(store, str(vm["id"])))
    return False  # Modify / Audit / Deny: a matching resource is the non-compliant one


def policy_states(store: ResourceStore, vm_id: str) -> list[dict[str, Any]]:
    """``policyStates/latest`` rows of one VM, as PolicyInsights returns them."""
    vm = store.get(vm_id)
    if vm is None:
        return []
    rows = []
    stamp = now()
    for assignment in assignments_over(store, vm_id):
        set_id = str(assignment["properties"].get("policyDefinitionId", ""))
        for member in applied_members(assignment):
            state = compliant(store, member, vm)
            if state is None:
                continue
            rows.append(
                {
                    "timestamp": stamp,
                    "resourceId": vm["id"],
                    "policyAssignmentId": assignment["id"],
                    "policyDefinitionId": member.definition["id"],
                    "policySetDefinitionId": set_id if member.reference_id else "",
                    "policyDefinitionReferenceId": member.reference_id or "",
                    "isCompliant": state,
                    "complianceState": "Compliant" if state else "NonCompliant",
                    "policyDefinitionAction": member.effect.lower(),
                    "resourceType": vm["type"],
                    "resourceLocation": vm.get("location"),
                }
            )
    return rows


# -- remediation ----------------------------------------------------------------------------------------


def identity_roles(store: ResourceStore, principal: str, resource_id: str) -> set[str]:
    return {
        role_guid(str(ra["properties"].get("roleDefinitionId", "")))
        for ra in store.list_type(ROLE_ASSIGNMENT_TYPE)
        if str(ra["properties"].get("principalId", "")).lower() == principal.lower()
        and covers(str(ra["properties"].get("scope", "")), resource_id)
    }


def may_deploy(store: ResourceStore, member: Applied, vm_id: str) -> bool:
    identity = member.assignment.get("identity") or {}
    principal = str(identity.get("principalId") or "")
    if not principal:
        return False
    held = identity_roles(store, principal, vm_id)
    if OWNER_ROLE in held or CONTRIBUTOR_ROLE in held:
        return True
    needed = {role_guid(str(r)) for r in member.rule["then"]["details"].get("roleDefinitionIds") or []}
    return needed <= held


def deploy_template(member: Applied, vm: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The resources a DeployIfNotExists template deploys for ``vm`` (its expressions evaluated)."""
    deployment = member.rule["then"]["details"]["deployment"]["properties"]
    rule_fns = Context(vm, member.parameters).functions()
    values = {k: evaluate(v.get("value"), rule_fns) for k, v in (deployment.get("parameters") or {}).items()}
    template = deployment["template"]
    params = {**{k: v.get("defaultValue") for k, v in (template.get("parameters") or {}).items()}, **values}
    fns: dict[str, Any] = {"parameters": lambda n: params.get(n)}
    variables = {k: evaluate(v, fns) for k, v in (template.get("variables") or {}).items()}
    fns["variables"] = lambda n: variables.get(n)
    return [evaluate(r, fns) for r in template.get("resources") or []]


def modify_identity(member: Applied, vm: dict[str, Any], tenant_id: str) -> None:
    """Apply a Modify effect's operations on ``identity.type`` (the only field the initiative's Modify sets)."""
    fns = Context(vm, member.parameters).functions()
    for operation in member.rule["then"]["details"].get("operations") or []:
        if str(operation.get("field", "")).lower() != "identity.type":
            raise ExpressionError(f"the simulator does not modify {operation.get('field')}")
        identity = dict(vm.get("identity") or {})
        identity["type"] = evaluate(operation.get("value"), fns)
        identity.setdefault("principalId", stable_uuid(str(vm["id"]), "system-identity"))
        identity.setdefault("tenantId", tenant_id)
        vm["identity"] = identity


def is_initiative(assignment: Mapping[str, Any]) -> bool:
    return definition_key(str(assignment["properties"].get("policyDefinitionId", ""))) == definition_key(INITIATIVE_ID)
