"""`enable` through the real SDK, permission checks against the simulated permissions API, and undo."""

from __future__ import annotations

import pytest

from core.remediation.apply import StepStatus
from core.remediation.audit import AuditLog
from core.remediation.extension_plan import ExtensionOptions
from core.remediation.plan import ROLE_NETWORK_CONTRIBUTOR, ROLE_VM_CONTRIBUTOR
from core.usecases.enable import preview_enable
from core.usecases.fix import apply_plan, apply_undo, preview_fix, preview_undo
from tests.remediation.conftest import focus, inventory, resource, run, scenario, simulated


@pytest.mark.parametrize("name", ["monitoring-not-enabled-windows", "monitoring-not-enabled-linux", "vtpm-off"])
def test_enable_ends_with_the_extension_succeeded(name: str) -> None:
    snapshot = scenario(name)
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            preview = await preview_enable(session, vm_id, ExtensionOptions(automatic_upgrade=False))
            assert preview.plan.operations[-1].target_id.endswith("/extensions/GuestAttestation")
            assert preview.plan.restarts_vm is (name == "vtpm-off")
            outcome = await apply_plan(session, preview, retry_total=1)
            assert outcome.report.ok
            assert outcome.after is not None and outcome.after.diagnosis.extension.healthy
            ext = resource(sim, vm_id + "/extensions/GuestAttestation")["properties"]
            assert ext["provisioningState"] == "Succeeded"
            assert ext["enableAutomaticUpgrade"] is False and ext["typeHandlerVersion"] == "1.0"
            assert ext["settings"]["AttestationConfig"]["MaaSettings"] == {
                "maaEndpoint": "",
                "maaTenantName": "GuestAttestation",
            }
            again = await preview_enable(session, vm_id, ExtensionOptions(automatic_upgrade=False))
            assert again.plan.empty and [n.code for n in again.plan.notes] == ["EXT_ALREADY_ENABLED"]

    run(body)


def test_enable_on_a_blocked_vm_fails_and_the_diagnosis_explains_it() -> None:
    snapshot = scenario("nic-nsg-denies-internet")
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot) as (_, session):
            preview = await preview_enable(session, vm_id)
            assert "EXT_NETWORK_BLOCKED" in [n.code for n in preview.plan.notes]
            outcome = await apply_plan(session, preview, retry_total=1)
            step = outcome.report.steps[0]
            assert step.status is StepStatus.FAILED and step.error is not None
            assert step.error.code == "VMExtensionProvisioningError"
            assert outcome.after is not None and not outcome.after.diagnosis.extension.healthy
            assert outcome.after.diagnosis.blockers[0].rule == "Deny-Internet-Outbound"

    run(body)


def test_standard_vm_gets_the_supported_path_and_no_operation() -> None:
    snapshot = scenario("not-trusted-launch")

    async def body() -> None:
        async with simulated(snapshot) as (_, session):
            preview = await preview_enable(session, focus(snapshot))
            assert preview.plan.empty and preview.plan.blocked
            assert "--security-type TrustedLaunch" in preview.plan.notes[0].render()

    run(body)


def test_reader_gets_full_diagnosis_and_the_missing_role_named() -> None:
    snapshot = scenario("reader-only")
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot) as (_, session):
            preview = await preview_enable(session, vm_id)
            assert preview.run.diagnosis.prerequisites.met and not preview.run.diagnosis.extension.installed
            assert [m.role for m in preview.permissions.missing] == [ROLE_VM_CONTRIBUTOR]
            assert "Virtual Machine Contributor" in preview.permissions.missing[0].render()

    run(body)


def test_network_writes_need_network_contributor() -> None:
    snapshot = scenario("subnet-nsg-denies")
    snapshot["principal"] = {
        "userPrincipalName": "vmops@contoso.com",
        "roleAssignments": [
            {
                "scope": f"/subscriptions/{focus(snapshot).split('/')[2]}",
                "roleDefinitionName": "Virtual Machine Contributor",
            }
        ],
    }

    async def body() -> None:
        async with simulated(snapshot) as (_, session):
            preview = await preview_fix(session, focus(snapshot))
            assert [m.role for m in preview.permissions.missing] == [ROLE_NETWORK_CONTRIBUTOR]
            assert preview.permissions.missing[0].action.endswith("securityRules/write")

    run(body)


@pytest.mark.parametrize(
    "name", ["nic-nsg-denies-internet", "forced-tunnel-firewall-classic", "firewall-policy-missing-rule"]
)
def test_undo_removes_exactly_what_was_added(name: str) -> None:
    snapshot = scenario(name)
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            before = inventory(sim)
            await apply_plan(session, await preview_fix(session, vm_id), retry_total=1)
            plan, undo_of = await preview_undo(session, vm_id)
            assert undo_of is not None and plan.operations
            report = await apply_undo(session, plan, undo_of)
            assert report.ok
            assert inventory(sim) == before
            nothing, _ = await preview_undo(session, vm_id)
            assert nothing.empty and nothing.notes[0].code == "UNDO_NOTHING"

    run(body)


def test_undo_refuses_what_was_changed_since() -> None:
    snapshot = scenario("subnet-nsg-denies")
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            outcome = await apply_plan(session, await preview_fix(session, vm_id), retry_total=1)
            rule_id = outcome.report.steps[0].operation.target_id
            parts = rule_id.split("/")
            changed = {"properties": {**resource(sim, rule_id)["properties"], "destinationPortRange": "443-444"}}
            changed["properties"].pop("provisioningState")
            rules = session.network(parts[2]).security_rules
            await (await rules.begin_create_or_update(parts[4], parts[8], parts[10], changed)).result()
            plan, _ = await preview_undo(session, vm_id)
            assert plan.empty and [n.code for n in plan.notes] == ["UNDO_CHANGED"]
            assert resource(sim, rule_id)["properties"]["destinationPortRange"] == "443-444"

    run(body)


def test_audit_log_records_who_what_and_request_ids(data_dir: object) -> None:
    snapshot = scenario("subnet-nsg-denies")

    async def body() -> None:
        async with simulated(snapshot) as (_, session):
            outcome = await apply_plan(session, await preview_fix(session, focus(snapshot)), retry_total=1)
            records = AuditLog().records()
            assert [r["runId"] for r in records] == [outcome.run_id]
            step = records[0]["steps"][0]
            assert step["status"] == "applied" and step["requestIds"]
            assert step["operation"]["method"] == "PUT" and step["operation"]["headers"] == {"If-None-Match": "*"}
            assert records[0]["time"] and records[0]["vmId"] == focus(snapshot)

    run(body)


def test_permissions_endpoint_answers_in_arms_shape() -> None:
    from azure.core.rest import HttpRequest

    snapshot = scenario("reader-only")
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot) as (_, session):
            client = session.network(vm_id.split("/")[2])
            scope = f"{vm_id}/extensions/GuestAttestation"
            url = f"{scope}/providers/Microsoft.Authorization/permissions?api-version=2022-04-01"
            response = await client.send_request(HttpRequest("GET", url))
            assert response.status_code == 200
            assert response.json() == {
                "value": [{"actions": ["*/read"], "notActions": [], "dataActions": [], "notDataActions": []}]
            }
            other = "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/permissions"
            response = await client.send_request(HttpRequest("GET", other + "?api-version=2022-04-01"))
            assert response.json() == {"value": []}

    run(body)
