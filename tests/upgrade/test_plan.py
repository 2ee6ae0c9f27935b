"""The upgrade and rollback plans: the exact requests in the order they run, made from the VM as it is."""

from __future__ import annotations

from datetime import date
from typing import Any

from core.diagnosis.extension import ExtensionReport
from core.remediation.plan import OpKind
from core.upgrade.checks import evaluate_rollback, evaluate_upgrade
from core.upgrade.facts import FeatureState
from core.upgrade.plan import UpgradeOptions, plan_rollback, plan_upgrade
from tests.upgrade.test_checks import disk, facts, vm

TODAY = date(2026, 12, 3)
NO_EXTENSION = ExtensionReport(installed=False)


def upgrade(vm_json: dict[str, Any] | None = None, **options: Any) -> Any:
    f = facts(vm_json)
    preflight = evaluate_upgrade(f, secure_boot=options.get("secure_boot", True))
    return plan_upgrade(preflight, f.vm, NO_EXTENSION, None, UpgradeOptions(today=TODAY, **options))


def test_the_full_upgrade_in_order() -> None:
    plan = upgrade()
    assert plan.goal == "upgrade"
    assert [(op.kind, op.method) for op in plan.operations] == [
        (OpKind.CREATE, "PUT"),  # restore point collection
        (OpKind.CREATE, "PUT"),  # restore point
        (OpKind.ACTION, "POST"),  # deallocate
        (OpKind.MODIFY, "PATCH"),  # securityProfile
        (OpKind.ACTION, "POST"),  # start
        (OpKind.CREATE, "PUT"),  # Guest Attestation extension
    ]
    ids = [op.target_id for op in plan.operations]
    assert ids[0].endswith("/restorePointCollections/rpc-vm1-trusted-launch")
    assert ids[1].endswith("/restorePoints/before-trusted-launch-20261203")
    assert ids[2].endswith("/vm1/deallocate") and ids[4].endswith("/vm1/start")
    assert ids[5].endswith("/vm1/extensions/GuestAttestation")
    assert plan.operations[3].body == {
        "properties": {
            "securityProfile": {
                "securityType": "TrustedLaunch",
                "uefiSettings": {"secureBootEnabled": True, "vTpmEnabled": True},
            }
        }
    }
    assert plan.operations[0].body == {"location": "westeurope", "properties": {"source": {"id": vm()["id"]}}}
    assert [op.downtime for op in plan.operations] == [False, False, True, True, True, False]
    assert plan.operations[1].depends_on == ("restorePointCollection",)
    assert plan.operations[5].depends_on == ("start",)
    assert all(op.az_cli and op.powershell for op in plan.operations)
    assert "az vm update" in plan.operations[3].az_cli and "--security-type TrustedLaunch" in plan.operations[3].az_cli


def test_downtime_is_stated_first_with_the_steps() -> None:
    plan = upgrade()
    first = plan.notes[0]
    assert first.code == "UPGRADE_DOWNTIME" and first.args["stop"] == 3 and first.args["start"] == 5


def test_plan_json_lists_operations_in_run_order() -> None:
    data = upgrade().to_json()
    assert [op["stepId"] for op in data["operations"]] == [
        "restorePointCollection",
        "restorePoint",
        "deallocate",
        "securityProfile",
        "start",
        "extension",
    ]
    assert data["operations"][2]["kind"] == "action" and data["operations"][2]["downtime"] is True


def test_without_restore_point_the_plan_says_so() -> None:
    plan = upgrade(restore_point=False)
    assert [op.step_id for op in plan.operations] == ["deallocate", "securityProfile", "start", "extension"]
    assert any(n.code == "UPGRADE_NO_RESTORE_POINT" for n in plan.notes)


def test_secure_boot_off_stops_before_the_extension() -> None:
    plan = upgrade(secure_boot=False)
    assert plan.operations[3].body["properties"]["securityProfile"]["uefiSettings"] == {  # type: ignore[index]
        "secureBootEnabled": False,
        "vTpmEnabled": True,
    }
    assert "/extensions/" not in plan.operations[-1].target_id
    assert any(n.code == "UPGRADE_SECURE_BOOT_LATER" for n in plan.notes)


def test_a_refused_upgrade_plans_nothing() -> None:
    f = facts(os_disk=disk("V1"))
    plan = plan_upgrade(evaluate_upgrade(f), f.vm, NO_EXTENSION, None, UpgradeOptions(today=TODAY))
    assert plan.empty and plan.blocked


def test_a_rerun_after_the_patch_plans_only_start_and_extension() -> None:
    """The VM is Trusted Launch already (the start failed): no restore point, no deallocation, no PATCH."""
    tl = vm(
        properties__securityProfile={
            "securityType": "TrustedLaunch",
            "uefiSettings": {"secureBootEnabled": True, "vTpmEnabled": True},
        },
        properties__instanceView__statuses=[{"code": "PowerState/deallocated"}],
    )
    plan = upgrade(tl)
    assert [op.step_id for op in plan.operations] == ["start", "extension"]


def test_a_rerun_on_a_running_trusted_launch_vm_installs_only_the_extension() -> None:
    tl = vm(
        properties__securityProfile={
            "securityType": "TrustedLaunch",
            "uefiSettings": {"secureBootEnabled": True, "vTpmEnabled": True},
        }
    )
    assert [op.step_id for op in upgrade(tl).operations] == ["extension"]


def test_rollback_removes_our_extension_then_returns_to_standard() -> None:
    tl = vm(
        properties__securityProfile={
            "securityType": "TrustedLaunch",
            "uefiSettings": {"secureBootEnabled": True, "vTpmEnabled": True},
        }
    )
    f = facts(tl, rollback_feature=FeatureState.REGISTERED)
    extension = {"name": "GuestAttestation", "location": "westeurope", "properties": {"type": "GuestAttestation"}}
    plan = plan_rollback(evaluate_rollback(f), f.vm, extension)
    assert plan.goal == "rollback"
    assert [(op.kind, op.method) for op in plan.operations] == [
        (OpKind.DELETE, "DELETE"),
        (OpKind.ACTION, "POST"),
        (OpKind.MODIFY, "PATCH"),
        (OpKind.ACTION, "POST"),
    ]
    assert plan.operations[2].body == {
        "properties": {"securityProfile": {"securityType": "Standard", "uefiSettings": None}}
    }
    assert any(n.code == "ROLLBACK_RESTORE_POINT" for n in plan.notes)


def test_rollback_without_the_feature_is_refused_and_names_the_restore_point() -> None:
    tl = vm(properties__securityProfile={"securityType": "TrustedLaunch"})
    f = facts(tl, rollback_feature=FeatureState.NOT_REGISTERED)
    plan = plan_rollback(evaluate_rollback(f), f.vm, None)
    assert plan.empty and plan.blocked
    assert any(n.code == "ROLLBACK_RESTORE_POINT" and "rpc-vm1-trusted-launch" in n.render() for n in plan.notes)


def test_a_rerun_after_a_failed_update_applies_the_security_profile_again() -> None:
    failed = vm(
        properties__securityProfile={
            "securityType": "TrustedLaunch",
            "uefiSettings": {"secureBootEnabled": True, "vTpmEnabled": True},
        },
        properties__provisioningState="Failed",
        properties__instanceView__statuses=[{"code": "PowerState/deallocated"}],
    )
    assert [op.step_id for op in upgrade(failed).operations] == ["securityProfile", "start", "extension"]
