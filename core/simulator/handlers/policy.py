"""Azure Policy and role assignments: built-in definitions, policy assignments (with their system-assigned
identity), role assignments, policy states and remediation tasks.

Stored as snapshot resources: ``Microsoft.Authorization/policyAssignments`` and ``…/roleAssignments`` with ids
under their scope, ``Microsoft.PolicyInsights/remediations`` likewise. Validation follows Azure's stricter
reading: a DeployIfNotExists/Modify assignment needs a managed identity and a location; a role assignment needs a
principal the directory knows and a built-in role; a remediation of an initiative needs the member's reference id.
"""

from __future__ import annotations

import copy
from typing import Any

from core.policy.initiative import ROLE_NAMES, definition_key, role_guid
from core.simulator import policy_engine as engine
from core.simulator.errors import ArmError
from core.simulator.handlers.compute import _instance_view, _set_extension_view
from core.simulator.handlers.scoped import ScopedRoute, TenantRoute, check_scope_exists
from core.simulator.http import Call, Reply
from core.simulator.ids import id_key, parse_id
from core.simulator.instance_view import power_state
from core.simulator.paging import paged
from core.simulator.remediation_tasks import RemediationTask, Transition
from core.simulator.world import extension_failure

_AUTH = r"/providers/Microsoft\.Authorization"
_INSIGHTS = r"/providers/Microsoft\.PolicyInsights"
REMEDIATION_TYPE = "Microsoft.PolicyInsights/remediations"


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _not_found(kind: str, name: str) -> ArmError:
    return ArmError(404, f"{kind}NotFound", f"The {kind[0].lower() + kind[1:]} '{name}' could not be found.")


# -- definitions -------------------------------------------------------------------------------------------


async def get_definition(call: Call) -> Reply:
    found = engine.catalogue().get(definition_key(call.path))
    if found is None:
        kind = "PolicySetDefinition" if "policysetdefinitions" in call.path.lower() else "PolicyDefinition"
        raise _not_found(kind, call.params["name"])
    return Reply(200, found)


# -- policy assignments ------------------------------------------------------------------------------------


def _assignment_id(call: Call) -> str:
    return f"{call.params['scope']}/providers/Microsoft.Authorization/policyAssignments/{call.params['name']}"


async def list_assignments(call: Call) -> Reply:
    scope = call.params["scope"]
    check_scope_exists(call, scope)
    at_scope = "atscope()" in call.query.get("$filter", "").replace(" ", "").lower()
    items = [
        a
        for a in call.state.store.list_type(engine.ASSIGNMENT_TYPE, parse_id(scope).subscription)
        if engine.covers(str(a["properties"]["scope"]), scope)
        or (not at_scope and engine.covers(scope, str(a["properties"]["scope"])))
    ]
    return paged(call, items)


async def get_assignment(call: Call) -> Reply:
    check_scope_exists(call, call.params["scope"])
    found = call.state.store.get(_assignment_id(call))
    if found is None:
        raise _not_found("PolicyAssignment", call.params["name"])
    return Reply(200, found)


def _needs_identity(definition: dict[str, Any]) -> bool:
    members = engine.applied_members({"properties": {"policyDefinitionId": definition["id"]}})
    return any(m.effect.lower() in ("deployifnotexists", "modify") for m in members)


async def put_assignment(call: Call) -> Reply:
    scope = call.params["scope"]
    check_scope_exists(call, scope)
    body = await call.json()
    props = _obj(body.get("properties"))
    definition = engine.catalogue().get(definition_key(str(props.get("policyDefinitionId", ""))))
    if definition is None:
        raise ArmError(
            404,
            "PolicyDefinitionNotFound",
            f"The policy definition '{props.get('policyDefinitionId')}' could not be found.",
        )
    identity = _obj(body.get("identity")) or None
    if _needs_identity(definition) and (identity is None or identity.get("type") != "SystemAssigned"):
        raise ArmError(
            400,
            "InvalidCreatePolicyAssignmentRequest",
            "The policy assignment needs a managed identity: its definition has a DeployIfNotExists or Modify effect.",
        )
    if identity is not None and not body.get("location"):
        raise ArmError(
            400,
            "LocationRequired",
            "The location property is required for a policy assignment with a managed identity.",
        )
    rid = _assignment_id(call)
    existing = call.state.store.get(rid)
    assignment: dict[str, Any] = {
        "id": rid,
        "name": call.params["name"],
        "type": engine.ASSIGNMENT_TYPE,
        "location": body.get("location"),
        "properties": {
            "displayName": props.get("displayName", ""),
            "description": props.get("description", ""),
            "policyDefinitionId": definition["id"],
            "scope": scope,
            "notScopes": list(props.get("notScopes") or []),
            "parameters": copy.deepcopy(props.get("parameters") or {}),
            "enforcementMode": props.get("enforcementMode") or "Default",
            "metadata": {"createdOn": engine.now()},
        },
    }
    if identity is not None:
        assignment["identity"] = {
            "type": "SystemAssigned",
            "principalId": engine.stable_uuid(rid, "identity"),
            "tenantId": call.state.options.tenant_id,
        }
    call.state.store.put(assignment)
    return Reply(200 if existing else 201, assignment)


async def delete_assignment(call: Call) -> Reply:
    check_scope_exists(call, call.params["scope"])
    rid = _assignment_id(call)
    found = call.state.store.get(rid)
    if found is None:
        return Reply(204)
    call.state.store.delete(rid)
    return Reply(200, found)


# -- role assignments --------------------------------------------------------------------------------------


def _known_principals(call: Call) -> set[str]:
    store = call.state.store
    known = {
        str((a.get("identity") or {}).get("principalId", "")).lower() for a in store.list_type(engine.ASSIGNMENT_TYPE)
    }
    known |= {str((vm.get("identity") or {}).get("principalId", "")).lower() for vm in store.list_type(engine.VM_TYPE)}
    if store.principal is not None:
        known.add(str(store.principal.get("objectId", "")).lower())
    known |= {str(p).lower() for p in store.simulation.get("principals", []) or []}
    return known - {""}


async def list_role_assignments(call: Call) -> Reply:
    scope = call.params["scope"]
    check_scope_exists(call, scope)
    wanted = None
    text = call.query.get("$filter", "")
    if "principalid eq" in text.lower():
        wanted = text.split("'")[1].lower() if text.count("'") >= 2 else ""
    items = [
        ra
        for ra in call.state.store.list_type(engine.ROLE_ASSIGNMENT_TYPE, parse_id(scope).subscription)
        if (wanted is None or str(ra["properties"].get("principalId", "")).lower() == wanted)
        and (
            engine.covers(str(ra["properties"]["scope"]), scope) or engine.covers(scope, str(ra["properties"]["scope"]))
        )
    ]
    return paged(call, items)


async def put_role_assignment(call: Call) -> Reply:
    scope = call.params["scope"]
    check_scope_exists(call, scope)
    body = await call.json()
    props = _obj(body.get("properties"))
    principal = str(props.get("principalId", ""))
    role_id = str(props.get("roleDefinitionId", ""))
    if principal.lower() not in _known_principals(call):
        raise ArmError(
            400,
            "PrincipalNotFound",
            f"Principal {principal.replace('-', '')} does not exist in the directory {call.state.options.tenant_id}.",
        )
    if role_guid(role_id) not in ROLE_NAMES:
        raise ArmError(
            404, "RoleDefinitionDoesNotExist", f"The specified role definition with ID '{role_id}' does not exist."
        )
    rid = f"{scope}/providers/Microsoft.Authorization/roleAssignments/{call.params['name']}"
    for other in call.state.store.list_type(engine.ROLE_ASSIGNMENT_TYPE, parse_id(scope).subscription):
        p = other["properties"]
        same = (
            str(p.get("principalId", "")).lower() == principal.lower()
            and role_guid(str(p.get("roleDefinitionId", ""))) == role_guid(role_id)
            and id_key(str(p.get("scope", ""))) == id_key(scope)
        )
        if same and id_key(str(other["id"])) != id_key(rid):
            raise ArmError(409, "RoleAssignmentExists", "The role assignment already exists.")
    existing = call.state.store.get(rid)
    if existing is not None:
        if str(existing["properties"].get("principalId", "")).lower() != principal.lower():
            raise ArmError(
                409,
                "RoleAssignmentUpdateNotPermitted",
                "Tenant ID, application ID, principal ID, and scope are not allowed to be updated.",
            )
        return Reply(201, existing)
    assignment: dict[str, Any] = {
        "id": rid,
        "name": call.params["name"],
        "type": engine.ROLE_ASSIGNMENT_TYPE,
        "properties": {
            "roleDefinitionId": role_id,
            "principalId": principal,
            "principalType": props.get("principalType") or "ServicePrincipal",
            "scope": scope,
            "createdOn": engine.now(),
        },
    }
    call.state.store.put(assignment)
    return Reply(201, assignment)


async def get_role_assignment(call: Call) -> Reply:
    check_scope_exists(call, call.params["scope"])
    found = call.state.store.get(call.path.rstrip("/"))
    if found is None:
        raise ArmError(404, "RoleAssignmentNotFound", "The role assignment was not found.")
    return Reply(200, found)


async def delete_role_assignment(call: Call) -> Reply:
    check_scope_exists(call, call.params["scope"])
    rid = call.path.rstrip("/")
    found = call.state.store.get(rid)
    if found is None:
        return Reply(204)
    call.state.store.delete(rid)
    return Reply(200, found)


# -- policy states and remediations ------------------------------------------------------------------------


async def query_states(call: Call) -> Reply:
    scope = call.params["scope"]
    check_scope_exists(call, scope)
    _finish_expired(call)
    rows = engine.policy_states(call.state.store, scope)
    return Reply(200, {"@odata.count": len(rows), "value": rows})


def _deploy(call: Call, member: engine.Applied, vm: dict[str, Any]) -> bool:
    """One remediation deployment on one VM; True when it succeeded."""
    if not engine.may_deploy(call.state.store, member, str(vm["id"])):
        return False  # Azure: the deployment fails with AuthorizationFailed for the assignment's identity
    effect = member.effect.lower()
    if effect == "modify":
        engine.modify_identity(member, vm, call.state.options.tenant_id)
        return True
    if power_state(_instance_view(vm)) != "running":
        return False  # extensions cannot be installed on a VM that is not running
    ok = True
    for resource in engine.deploy_template(member, vm):
        if str(resource.get("type", "")).lower() != engine.EXT_TYPE.lower():
            continue
        ext_name = str(resource["name"]).rsplit("/", 1)[-1]
        ext_id = f"{vm['id']}/extensions/{ext_name}"
        extension: dict[str, Any] = {
            "id": ext_id,
            "name": ext_name,
            "type": engine.EXT_TYPE,
            "location": resource.get("location") or vm.get("location"),
            "properties": copy.deepcopy(resource.get("properties") or {}),
        }
        call.state.store.put(extension)
        failure = extension_failure(call.state.store, vm, extension)
        extension["properties"]["provisioningState"] = "Failed" if failure else "Succeeded"
        _set_extension_view(_instance_view(vm), extension, succeeded=failure is None)
        ok = ok and failure is None
    return ok


async def put_remediation(call: Call) -> Reply:
    scope = call.params["scope"]
    check_scope_exists(call, scope)
    body = await call.json()
    props = _obj(body.get("properties"))
    assignment_id = str(props.get("policyAssignmentId", ""))
    assignment = call.state.store.get(assignment_id) if assignment_id.lower().startswith("/subscriptions/") else None
    if assignment is None:
        raise ArmError(404, "PolicyAssignmentNotFound", f"The policy assignment '{assignment_id}' could not be found.")
    members = engine.applied_members(assignment)
    reference = str(props.get("policyDefinitionReferenceId") or "")
    if engine.is_initiative(assignment) or len(members) > 1:
        members = [m for m in members if (m.reference_id or "").lower() == reference.lower()]
        if not members:
            raise ArmError(
                400,
                "InvalidCreateRemediationRequest",
                f"The policy definition reference id '{reference}' is not part of the policy set of the assignment.",
            )
    member = members[0]
    rid = f"{scope}/providers/Microsoft.PolicyInsights/remediations/{call.params['name']}"
    stamp = engine.now()
    remediation: dict[str, Any] = {
        "id": rid,
        "name": call.params["name"],
        "type": REMEDIATION_TYPE,
        "properties": {
            "policyAssignmentId": assignment["id"],
            "policyDefinitionReferenceId": reference,
            "resourceDiscoveryMode": props.get("resourceDiscoveryMode") or "ExistingNonCompliant",
            "provisioningState": "Accepted",
            "createdOn": stamp,
            "lastUpdatedOn": stamp,
            "deploymentStatus": {"totalDeployments": 0, "successfulDeployments": 0, "failedDeployments": 0},
        },
    }
    call.state.store.put(remediation)
    # Azure accepts the task and works on it afterwards (core/simulator/remediation_tasks.py): nothing is deployed
    # yet; reads of the task (or time) move it through Evaluating and Running to its outcome.
    options = call.state.options
    task = RemediationTask(rid, member, options.remediation_polls, options.lro_timeout_s)
    call.state.remediations[rid.lower()] = task
    return Reply(201, copy.deepcopy(remediation))


def _targets(call: Call, scope: str, member: engine.Applied) -> list[str]:
    """The VMs under ``scope`` that the assignment covers and that are not compliant with ``member`` now."""
    assignment = dict(member.assignment)
    found = []
    for vm in call.state.store.list_type(engine.VM_TYPE, parse_id(scope).subscription):
        vm_id = str(vm["id"])
        if not engine.covers(scope, vm_id) or engine.assignments_over(call.state.store, vm_id).count(assignment) == 0:
            continue
        if engine.compliant(call.state.store, member, vm) is False:
            found.append(vm_id)
    return found


def _advance(call: Call, task: RemediationTask, *, finish: bool = False) -> None:
    """Move ``task`` on by one read (or to its end), evaluating and deploying at Azure's points in time."""
    remediation = call.state.store.get(task.resource_id)
    if remediation is None:
        call.state.remediations.pop(task.resource_id.lower(), None)
        return
    transitions = []
    if finish:
        while not task.done:
            transitions.append(task.next_stage())
    else:
        transitions.append(task.read())
    status = remediation["properties"]["deploymentStatus"]
    for transition in transitions:
        if transition is Transition.EVALUATED:
            scope = task.resource_id[: task.resource_id.lower().rindex("/providers/microsoft.policyinsights/")]
            task.targets = _targets(call, scope, task.member)
            status["totalDeployments"] = len(task.targets)
        elif transition is Transition.DEPLOY:
            succeeded = 0
            for vm_id in task.targets:
                vm = call.state.store.get(vm_id)
                succeeded += int(vm is not None and _deploy(call, task.member, vm))
            status["successfulDeployments"] = succeeded
            status["failedDeployments"] = len(task.targets) - succeeded
    props = remediation["properties"]
    if task.done:
        props["provisioningState"] = "Failed" if status["failedDeployments"] else "Succeeded"
        call.state.remediations.pop(task.resource_id.lower(), None)
    else:
        props["provisioningState"] = task.state
    props["lastUpdatedOn"] = engine.now()
    call.state.store.put(remediation)


def _finish_expired(call: Call) -> None:
    """Tasks nobody read for ``lro_timeout_s`` have finished meanwhile (Azure does not wait for a reader)."""
    for task in list(call.state.remediations.values()):
        if task.expired():
            _advance(call, task, finish=True)


async def list_remediations(call: Call) -> Reply:
    """The tasks created at exactly this scope (as Azure lists them per subscription or resource group)."""
    scope = call.params["scope"].rstrip("/")
    check_scope_exists(call, scope)
    _finish_expired(call)
    prefix = f"{scope}/providers/microsoft.policyinsights/remediations/".lower()
    items = [
        r
        for r in call.state.store.list_type(REMEDIATION_TYPE, parse_id(scope).subscription)
        if str(r["id"]).lower().startswith(prefix)
    ]
    return paged(call, items)


async def get_remediation(call: Call) -> Reply:
    check_scope_exists(call, call.params["scope"])
    rid = call.path.rstrip("/")
    _finish_expired(call)
    task = call.state.remediations.get(rid.lower())
    if task is not None:
        _advance(call, task)
    found = call.state.store.get(rid)
    if found is None:
        raise ArmError(404, "RemediationNotFound", "The remediation could not be found.")
    return Reply(200, found)


def routes() -> list[Any]:
    assignments = rf"{_AUTH}/policyAssignments"
    roles = rf"{_AUTH}/roleAssignments"
    remediations = rf"{_INSIGHTS}/remediations/(?P<name>[^/]+)"
    name = r"/(?P<name>[^/]+)"
    pa_read, pa_write = (
        "Microsoft.Authorization/policyAssignments/read",
        "Microsoft.Authorization/policyAssignments/write",
    )
    ra_read, ra_write = "Microsoft.Authorization/roleAssignments/read", "Microsoft.Authorization/roleAssignments/write"
    return [
        # Built-in definitions are readable by every signed-in caller (no RBAC check).
        TenantRoute(
            "GET", "", "PolicySetDefinitions_GetBuiltIn", get_definition, suffix=rf"{_AUTH}/policySetDefinitions{name}"
        ),
        TenantRoute(
            "GET", "", "PolicyDefinitions_GetBuiltIn", get_definition, suffix=rf"{_AUTH}/policyDefinitions{name}"
        ),
        ScopedRoute("GET", "", "PolicyAssignments_List", list_assignments, pa_read, suffix=assignments),
        ScopedRoute("GET", "", "PolicyAssignments_Get", get_assignment, pa_read, suffix=assignments + name),
        ScopedRoute("PUT", "", "PolicyAssignments_Create", put_assignment, pa_write, suffix=assignments + name),
        ScopedRoute(
            "DELETE",
            "",
            "PolicyAssignments_Delete",
            delete_assignment,
            "Microsoft.Authorization/policyAssignments/delete",
            suffix=assignments + name,
        ),
        ScopedRoute("GET", "", "RoleAssignments_List", list_role_assignments, ra_read, suffix=roles),
        ScopedRoute("GET", "", "RoleAssignments_Get", get_role_assignment, ra_read, suffix=roles + name),
        ScopedRoute("PUT", "", "RoleAssignments_Create", put_role_assignment, ra_write, suffix=roles + name),
        ScopedRoute(
            "DELETE",
            "",
            "RoleAssignments_Delete",
            delete_role_assignment,
            "Microsoft.Authorization/roleAssignments/delete",
            suffix=roles + name,
        ),
        ScopedRoute(
            "POST",
            "",
            "PolicyStates_ListQueryResults",
            query_states,
            "Microsoft.PolicyInsights/policyStates/queryResults/read",
            suffix=rf"{_INSIGHTS}/policyStates/latest/queryResults",
        ),
        ScopedRoute(
            "PUT",
            "",
            "Remediations_CreateOrUpdate",
            put_remediation,
            "Microsoft.PolicyInsights/remediations/write",
            suffix=remediations,
        ),
        ScopedRoute(
            "GET",
            "",
            "Remediations_List",
            list_remediations,
            "Microsoft.PolicyInsights/remediations/read",
            suffix=rf"{_INSIGHTS}/remediations",
        ),
        ScopedRoute(
            "GET",
            "",
            "Remediations_Get",
            get_remediation,
            "Microsoft.PolicyInsights/remediations/read",
            suffix=remediations,
        ),
    ]
