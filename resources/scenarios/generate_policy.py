"""Regenerate the Defender / Azure Policy scenarios: ``uv run python resources/scenarios/generate_policy.py [TAGS]``.

Kept apart from generate.py (same helpers, same tenant) so other scenario lists can grow without conflicts.
Policy assignments are at resource-group scope, so merging the scenarios into the demo tenant changes no other VM.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from core.policy.initiative import INITIATIVE_ID
from core.simulator.builders import TenantBuilder, service_tags_resource, stable_guid
from core.simulator.policy_engine import stable_uuid
from resources.scenarios.generate import (
    DEFAULT_TAGS,
    DEV,
    HERE,
    PROD,
    SUBSCRIPTIONS,
    spoke,
    subscription_entry,
    tag_entries,
)

TENANT = "5a1d8e2c-7f43-4b9a-9e61-0c2b7d4f8a35"
ROLE = "/subscriptions/{sub}/providers/Microsoft.Authorization/roleDefinitions/{guid}"
VM_CONTRIBUTOR = "9980e02c-c2be-4d73-94e8-173b1dc7cf3c"
MI_CONTRIBUTOR = "e40ec5ca-96e0-45a2-b4ff-59039f2c2b59"
MI_OPERATOR = "f1a07417-d97a-45cb-824c-7a7467783830"
READER = "acdd72a7-3385-48ef-bd42-f606fba81ae7"
ASSESSED = "2026-12-03T04:12:40.123Z"  # hours before the demo: Defender's assessments lag


def assessment(vm_id: str, key: str, name: str, code: str, cause: str = "", description: str = "") -> dict[str, Any]:
    status: dict[str, Any] = {"code": code, "firstEvaluationDate": "2026-11-20T10:00:00Z", "statusChangeDate": ASSESSED}
    if cause:
        status["cause"] = cause
    if description:
        status["description"] = description
    return {
        "id": f"{vm_id}/providers/Microsoft.Security/assessments/{key}",
        "name": key,
        "type": "Microsoft.Security/assessments",
        "properties": {
            "resourceDetails": {"Source": "Azure", "Id": vm_id},
            "displayName": name,
            "status": status,
        },
    }


def pricing(sub: str, tier: str) -> dict[str, Any]:
    return {
        "id": f"/subscriptions/{sub}/providers/Microsoft.Security/pricings/VirtualMachines",
        "name": "VirtualMachines",
        "type": "Microsoft.Security/pricings",
        "properties": {"pricingTier": tier, "subPlan": "P2" if tier == "Standard" else None},
    }


def initiative_assignment(sub: str, rg: str, name: str, location: str, enforcement: str) -> dict[str, Any]:
    scope = f"/subscriptions/{sub}/resourceGroups/{rg}"
    rid = f"{scope}/providers/Microsoft.Authorization/policyAssignments/{name}"
    return {
        "id": rid,
        "name": name,
        "type": "Microsoft.Authorization/policyAssignments",
        "location": location,
        "identity": {"type": "SystemAssigned", "principalId": stable_uuid(rid, "identity"), "tenantId": TENANT},
        "properties": {
            "displayName": "Deploy-GuestAttest",
            "policyDefinitionId": INITIATIVE_ID,
            "scope": scope,
            "notScopes": [],
            "parameters": {},
            "enforcementMode": enforcement,
        },
    }


def role_assignments(assignment: dict[str, Any], sub: str, roles: list[str]) -> list[dict[str, Any]]:
    scope = assignment["properties"]["scope"]
    principal = assignment["identity"]["principalId"]
    found = []
    for guid in roles:
        name = stable_guid(scope, principal, guid)
        found.append(
            {
                "id": f"{scope}/providers/Microsoft.Authorization/roleAssignments/{name}",
                "name": name,
                "type": "Microsoft.Authorization/roleAssignments",
                "properties": {
                    "roleDefinitionId": ROLE.format(sub=sub, guid=guid),
                    "principalId": principal,
                    "principalType": "ServicePrincipal",
                    "scope": scope,
                },
            }
        )
    return found


def defender_unhealthy() -> tuple[list[TenantBuilder], list[dict[str, Any]]]:
    b = TenantBuilder(PROD, "rg-defender", "westeurope")
    subnet, nsg = spoke(b, "web61", "10.61.0.0/16", "10.61.1.0/24")
    vm = b.vm("vm-web-61", b.nic("nic-vm-web-61", subnet, "10.61.1.4", nsg_id=nsg), attestation="Succeeded")
    b.simulate(vm, networkBlocked=False)
    extra = [
        assessment(
            vm,
            "b7604066-ed76-45f9-a5c1-c97e4812dc55",
            "Virtual machines guest attestation status should be healthy",
            "Unhealthy",
            "AttestationFailed",
            "The Guest Attestation extension reported a failed attestation: the boot measurements did not match "
            "the expected baseline.",
        ),
        assessment(
            vm,
            "874b14bd-b49e-495a-88c6-46acb89b0a33",
            "Guest Attestation extension should be installed on supported Windows virtual machines",
            "Healthy",
        ),
        assessment(
            vm,
            "861bbc73-0a55-8d1d-efc6-e92d9e1176e0",
            "vTPM should be enabled on supported virtual machines",
            "Healthy",
        ),
        assessment(
            vm,
            "69ad830b-d98c-b1cf-2158-9d69d38c7093",
            "Secure Boot should be enabled on supported Windows virtual machines",
            "Healthy",
        ),
        pricing(PROD, "Standard"),
    ]
    return [b], extra


def policy_do_not_enforce() -> tuple[list[TenantBuilder], list[dict[str, Any]]]:
    b = TenantBuilder(DEV, "rg-policy-dne", "eastus")
    subnet, nsg = spoke(b, "lnx62", "10.62.0.0/16", "10.62.1.0/24")
    vm = b.vm(
        "vm-lnx-62", b.nic("nic-vm-lnx-62", subnet, "10.62.1.4", nsg_id=nsg), os_type="Linux", size="Standard_B2s"
    )
    b.simulate(vm, networkBlocked=False)
    assignment = initiative_assignment(DEV, "rg-policy-dne", "deploy-guestattest-dne", "eastus", "DoNotEnforce")
    roles = role_assignments(assignment, DEV, [VM_CONTRIBUTOR, MI_CONTRIBUTOR, MI_OPERATOR, READER])
    return [b], [assignment, *roles]


def policy_missing_role() -> tuple[list[TenantBuilder], list[dict[str, Any]]]:
    b = TenantBuilder(PROD, "rg-policy-roles", "germanywestcentral")
    subnet, nsg = spoke(b, "app63", "10.63.0.0/16", "10.63.1.0/24")
    vm = b.vm("vm-app-63", b.nic("nic-vm-app-63", subnet, "10.63.1.4", nsg_id=nsg))
    b.simulate(vm, networkBlocked=False)
    assignment = initiative_assignment(PROD, "rg-policy-roles", "deploy-guestattest", "germanywestcentral", "Default")
    # Virtual Machine Contributor was never granted: the extension's DeployIfNotExists cannot deploy.
    roles = role_assignments(assignment, PROD, [MI_CONTRIBUTOR, MI_OPERATOR, READER])
    return [b], [assignment, *roles]


SCENARIOS = {
    "defender-unhealthy-path-ok": defender_unhealthy,
    "policy-do-not-enforce": policy_do_not_enforce,
    "policy-identity-missing-role": policy_missing_role,
}


def build(name: str, tags: dict[str, Any]) -> dict[str, Any]:
    builders, extra = SCENARIOS[name]()
    resources = [r for b in builders for r in b.resources]
    simulation = {k: v for b in builders for k, v in b.simulation_vms.items()}
    locations = {r["location"] for r in resources if "location" in r}
    subs = sorted({b.subscription for b in builders}, key=list(SUBSCRIPTIONS).index)
    resources += extra
    resources.append(service_tags_resource(subs[0], tag_entries(tags, locations), tags["changeNumber"]))
    return {
        "subscriptions": [subscription_entry(s) for s in subs],
        "resources": resources,
        "simulation": {"focusVm": next(iter(simulation)), "vms": simulation},
    }


def main() -> None:
    tags_path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TAGS
    tags = json.loads(tags_path.read_text(encoding="utf-8-sig"))
    for name in SCENARIOS:
        (HERE / f"{name}.json").write_text(json.dumps(build(name, tags), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(SCENARIOS)} scenarios to {HERE}")


if __name__ == "__main__":
    main()
