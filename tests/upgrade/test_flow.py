"""The upgrade and rollback end to end: the real SDK against the simulator, faults in every step, reruns."""

from __future__ import annotations

from typing import Any

import pytest

from core.changes import Phase, RunStatus, StopToken
from core.remediation.apply import StepStatus
from core.remediation.audit import AuditLog
from core.simulator import FaultKind, FaultRule, SimulatorOptions, load_scenario
from core.upgrade.model import CheckId
from core.upgrade.plan import UpgradeOptions
from core.upgrade.usecase import apply_upgrade, preview_rollback, preview_upgrade, read_vm_state
from tests.upgrade.conftest import focus, run, scenario, simulated

WRITES = {"PUT", "PATCH", "POST", "DELETE"}


def _writes(sim: Any) -> list[str]:
    """Requests that may change something (the backup status is a POST that only reads)."""
    return [
        f"{r.method} {r.operation}" for r in sim.request_log if r.method in WRITES and r.operation != "BackupStatus_Get"
    ]


def test_upgrade_then_rollback_on_the_demo_vm() -> None:
    async def body() -> None:
        snapshot = scenario("upgrade-gen2-standard")
        vm_id = focus(snapshot)
        async with simulated(snapshot) as (sim, session):
            preview = await preview_upgrade(session, vm_id)
            assert preview.preflight.eligible and preview.permissions.ok
            outcome = await apply_upgrade(session, preview)
            assert outcome.report.ok and outcome.reached, outcome.to_json()
            after = outcome.after
            assert after is not None
            assert (after.security_type, after.power_state, after.secure_boot, after.vtpm) == (
                "TrustedLaunch",
                "running",
                True,
                True,
            )
            assert after.extension.healthy and after.extension.provisioning_state == "Succeeded"
            assert _writes(sim) == [
                "PUT RestorePointCollections_CreateOrUpdate",
                "PUT RestorePoints_Create",
                "POST VirtualMachines_Deallocate",
                "PATCH VirtualMachines_Update",
                "POST VirtualMachines_Start",
                "PUT VirtualMachineExtensions_CreateOrUpdate",
            ]
            points = sim.state.store.list_type("Microsoft.Compute/restorePointCollections/restorePoints")
            assert [p["properties"]["provisioningState"] for p in points] == ["Succeeded"]
            assert points[0]["properties"]["sourceMetadata"]["securityProfile"] is None  # taken while Standard

            rollback = await preview_rollback(session, vm_id)
            assert rollback.preflight.eligible
            rolled = await apply_upgrade(session, rollback)
            assert rolled.reached and rolled.after is not None
            assert (rolled.after.security_type, rolled.after.power_state) == ("Standard", "running")
            vm = sim.state.store.get(vm_id)
            assert vm is not None and vm["properties"]["securityProfile"] == {"securityType": "Standard"}
            assert not rolled.after.extension.installed
            # The restore point stays as the last resort.
            assert sim.state.store.list_type("Microsoft.Compute/restorePointCollections/restorePoints")
        records = AuditLog().records()
        assert [r["kind"] for r in records] == ["upgrade", "rollback"]
        assert all(s["status"] == "applied" for s in records[0]["steps"])

    run(body)


@pytest.mark.parametrize(
    "name, blocking",
    [("upgrade-gen1", "generation"), ("upgrade-size-unsupported", "size")],
)
def test_gen1_and_unsupported_size_are_refused_before_any_write(name: str, blocking: str) -> None:
    async def body() -> None:
        snapshot = scenario(name)
        async with simulated(snapshot) as (sim, session):
            preview = await preview_upgrade(session, focus(snapshot))
            assert not preview.preflight.eligible
            assert [c.id.value for c in preview.preflight.blockers] == [blocking]
            assert preview.plan.empty and preview.plan.blocked
            outcome = await apply_upgrade(session, preview)
            assert outcome.report.steps == [] and not outcome.reached
            assert _writes(sim) == []

    run(body)


def test_rollback_is_refused_without_the_feature() -> None:
    async def body() -> None:
        snapshot = scenario("upgrade-gen2-standard")
        snapshot["resources"] = [r for r in snapshot["resources"] if "Microsoft.Features" not in r["id"]]
        vm_id = focus(snapshot)
        async with simulated(snapshot) as (sim, session):
            await apply_upgrade(session, await preview_upgrade(session, vm_id))
            before = len(_writes(sim))
            rollback = await preview_rollback(session, vm_id)
            assert not rollback.preflight.eligible and rollback.plan.empty
            assert "NotRegistered" in rollback.preflight.blockers[0].render()
            assert len(_writes(sim)) == before

    run(body)


# Where a failing step leaves the VM: (security type, power state) — documented in docs/azure-behaviour.md.
FAULT_STEPS = [
    ("RestorePointCollections_CreateOrUpdate", ("Standard", "running")),
    ("RestorePoints_Create", ("Standard", "running")),
    ("VirtualMachines_Deallocate", ("Standard", "running")),
    ("VirtualMachines_Update", ("Standard", "deallocated")),
    ("VirtualMachines_Start", ("TrustedLaunch", "deallocated")),
    ("VirtualMachineExtensions_CreateOrUpdate", ("TrustedLaunch", "running")),
]
FAULTS: dict[str, dict[str, Any]] = {
    "429": {"kind": FaultKind.STATUS, "status": 429, "retry_after": 0.01, "times": 3},
    "500": {"kind": FaultKind.STATUS, "status": 500, "times": 3},
    "503": {"kind": FaultKind.STATUS, "status": 503, "retry_after": 0.01, "times": 3},
    "lro-failed": {"kind": FaultKind.LRO_FAILED, "times": 1},
}
# A PATCH whose operation fails leaves the new model in place, marked Failed; the rerun applies it again.
STATE_OVERRIDES = {("VirtualMachines_Update", "lro-failed"): ("TrustedLaunch", "deallocated")}
SYNCHRONOUS = {"RestorePointCollections_CreateOrUpdate"}  # answers at once: no long-running operation to fail


FAULT_CASES = [
    (operation, state, fault)
    for operation, state in FAULT_STEPS
    for fault in FAULTS
    if not (fault == "lro-failed" and operation in SYNCHRONOUS)
]


@pytest.mark.parametrize("operation, state, fault", FAULT_CASES)
def test_a_fault_in_any_step_stops_there_leaves_a_documented_state_and_a_rerun_converges(
    operation: str, state: tuple[str, str], fault: str
) -> None:
    async def body() -> None:
        snapshot = scenario("upgrade-gen2-standard")
        vm_id = focus(snapshot)
        options = SimulatorOptions(faults=[FaultRule(operation=operation, **FAULTS[fault])])
        async with simulated(snapshot, options) as (_sim, session):
            outcome = await apply_upgrade(session, await preview_upgrade(session, vm_id), retry_total=2)
            assert not outcome.report.ok and not outcome.reached
            statuses = [s.status for s in outcome.report.steps]
            failed = statuses.index(StepStatus.FAILED)
            assert all(s is StepStatus.APPLIED for s in statuses[:failed])
            assert all(s is StepStatus.NOT_ATTEMPTED for s in statuses[failed + 1 :])
            step = outcome.report.steps[failed]
            assert step.error is not None and step.render()  # a clear message with Azure's error
            assert outcome.after is not None
            expected = STATE_OVERRIDES.get((operation, fault), state)
            assert (outcome.after.security_type, outcome.after.power_state) == expected
            # The rerun (the fault is spent: retry_total=2 is 3 attempts) plans from the VM as it is and converges.
            rerun = await apply_upgrade(session, await preview_upgrade(session, vm_id))
            assert rerun.reached, rerun.to_json()
            final = await read_vm_state(session, vm_id)
            assert (final.security_type, final.power_state, final.secure_boot, final.extension.healthy) == (
                "TrustedLaunch",
                "running",
                True,
                True,
            )

    run(body)


def test_a_failed_restore_point_is_removed_and_the_rerun_takes_a_good_one() -> None:
    async def body() -> None:
        snapshot = scenario("upgrade-gen2-standard")
        vm_id = focus(snapshot)
        fault = FaultRule(operation="RestorePoints_Create", kind=FaultKind.LRO_FAILED, times=1)
        async with simulated(snapshot, SimulatorOptions(faults=[fault])) as (sim, session):
            first = await apply_upgrade(session, await preview_upgrade(session, vm_id))
            assert "removed again" in first.report.steps[1].render()  # nothing half-made stays behind
            assert sim.state.store.list_type("Microsoft.Compute/restorePointCollections/restorePoints") == []
            rerun = await apply_upgrade(session, await preview_upgrade(session, vm_id))
            assert rerun.reached
            points = sim.state.store.list_type("Microsoft.Compute/restorePointCollections/restorePoints")
            assert [p["properties"]["provisioningState"] for p in points] == ["Succeeded"]

    run(body)


def test_secure_boot_off_upgrades_without_the_extension() -> None:
    async def body() -> None:
        snapshot = scenario("upgrade-gen2-standard")
        vm_id = focus(snapshot)
        async with simulated(snapshot) as (_sim, session):
            preview = await preview_upgrade(session, vm_id, UpgradeOptions(secure_boot=False))
            outcome = await apply_upgrade(session, preview)
            assert outcome.reached and outcome.after is not None
            assert (outcome.after.secure_boot, outcome.after.vtpm) == (False, True)
            assert not outcome.after.extension.installed

    run(body)


def test_the_demo_tenant_offers_the_three_scenarios() -> None:
    demo = load_scenario("demo")
    names = {r.get("name") for r in demo["resources"]}
    assert {"vm-std-41", "vm-gen1-42", "vm-sap-43"} <= names


def test_a_stop_between_steps_leaves_a_recorded_state_and_a_rerun_converges() -> None:
    async def body() -> None:
        snapshot = scenario("upgrade-gen2-standard")
        vm_id = focus(snapshot)
        async with simulated(snapshot) as (_sim, session):
            stop = StopToken()

            def progress(update: Any) -> None:
                if update.phase is Phase.STEP and update.step == 3:  # while the deallocation is being written
                    stop.request("user")

            outcome = await apply_upgrade(
                session, await preview_upgrade(session, vm_id), on_progress=progress, stop=stop
            )
            assert outcome.status is RunStatus.INTERRUPTED and not outcome.reached
            statuses = [s.status for s in outcome.report.steps]
            assert statuses[:3] == [StepStatus.APPLIED] * 3  # the step in flight was finished, not torn
            assert all(s is StepStatus.NOT_ATTEMPTED for s in statuses[3:])
            state = await read_vm_state(session, vm_id)
            assert (state.security_type, state.power_state) == ("Standard", "deallocated")
            record = AuditLog().records()[-1]
            assert record["kind"] == "upgrade" and record["runId"] == outcome.run_id
            rerun = await apply_upgrade(session, await preview_upgrade(session, vm_id))
            assert rerun.reached

    run(body)


def _protect(snapshot: dict[str, Any], vm_id: str, policy_type: str) -> None:
    sub = vm_id.split("/")[2]
    vault = f"/subscriptions/{sub}/resourceGroups/rg-backup/providers/Microsoft.RecoveryServices/vaults/rsv-prod"
    policy = f"{vault}/backupPolicies/DailyPolicy"
    container = "iaasvmcontainerv2;rg-upgrade;vm-std-41"
    item = f"{vault}/backupFabrics/Azure/protectionContainers/{container}/protectedItems/vm;{container}"
    snapshot["resources"] += [
        {
            "id": policy,
            "name": "DailyPolicy",
            "type": "Microsoft.RecoveryServices/vaults/backupPolicies",
            "properties": {"backupManagementType": "AzureIaasVM", "policyType": policy_type},
        },
        {
            "id": item,
            "name": item.rsplit("/", 1)[1],
            "type": "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems",
            "properties": {
                "protectedItemType": "Microsoft.Compute/virtualMachines",
                "sourceResourceId": vm_id,
                "policyId": policy,
            },
        },
    ]


@pytest.mark.parametrize("policy_type, eligible", [("V1", False), ("V2", True)])
def test_azure_backup_with_the_standard_policy_refuses_the_upgrade(policy_type: str, eligible: bool) -> None:
    async def body() -> None:
        snapshot = scenario("upgrade-gen2-standard")
        vm_id = focus(snapshot)
        _protect(snapshot, vm_id, policy_type)
        async with simulated(snapshot) as (sim, session):
            preview = await preview_upgrade(session, vm_id)
            assert preview.preflight.eligible is eligible
            backup = preview.preflight.check(CheckId.BACKUP)
            assert backup is not None and "DailyPolicy" in backup.render()
            assert _writes(sim) == []

    run(body)
