"""Pre-flight checks, table-driven over ARM JSON dicts (no I/O)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from core.upgrade.checks import evaluate_rollback, evaluate_upgrade, find_sku, os_verdict
from core.upgrade.facts import FeatureState, UpgradeFacts
from core.upgrade.model import CheckId, Outcome

VM_ID = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"
DISK_ID = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Compute/disks/vm1-os"


def vm(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": VM_ID,
        "name": "vm1",
        "location": "westeurope",
        "properties": {
            "hardwareProfile": {"vmSize": "Standard_D2s_v5"},
            "storageProfile": {
                "imageReference": {"publisher": "MicrosoftWindowsServer", "offer": "WindowsServer", "sku": "2022"},
                "osDisk": {"osType": "Windows", "managedDisk": {"id": DISK_ID}},
            },
            "instanceView": {
                "osName": "Windows Server 2022 Datacenter",
                "osVersion": "10.0.20348",
                "hyperVGeneration": "V2",
                "statuses": [{"code": "PowerState/running"}],
            },
        },
    }
    for path, value in changes.items():
        target = base
        keys = path.split("__")
        for key in keys[:-1]:
            target = target.setdefault(key, {})
        target[keys[-1]] = value
    return base


def disk(generation: str | None) -> dict[str, Any]:
    props: dict[str, Any] = {"osType": "Windows"}
    if generation is not None:
        props["hyperVGeneration"] = generation
    return {"id": DISK_ID, "properties": props}


def sku(name: str, generations: str, disabled: bool = False, location: str = "westeurope") -> dict[str, Any]:
    capabilities = [{"name": "HyperVGenerations", "value": generations}]
    if disabled:
        capabilities.append({"name": "TrustedLaunchDisabled", "value": "True"})
    return {"resourceType": "virtualMachines", "name": name, "locations": [location], "capabilities": capabilities}


SKUS = [sku("Standard_D2s_v5", "V1,V2"), sku("Standard_M64", "V1,V2", disabled=True), sku("Standard_A2_v2", "V1")]


def facts(vm_json: dict[str, Any] | None = None, **kwargs: Any) -> UpgradeFacts:
    kwargs.setdefault("os_disk", disk("V2"))
    kwargs.setdefault("skus", SKUS)
    return UpgradeFacts(vm=vm_json or vm(), **kwargs)


def outcome(preflight: Any, check: CheckId) -> Outcome:
    found = preflight.check(check)
    assert found is not None, check
    return found.outcome  # type: ignore[no-any-return]


def test_an_upgradeable_gen2_standard_vm_passes_every_blocking_check() -> None:
    preflight = evaluate_upgrade(facts())
    assert preflight.eligible
    assert [c.id for c in preflight.checks] == [
        CheckId.SECURITY_TYPE,
        CheckId.GENERATION,
        CheckId.SIZE,
        CheckId.IMAGE,
        CheckId.OS,
        CheckId.CONFIGURATION,
        CheckId.BACKUP,
        CheckId.SECURE_BOOT,
    ]
    assert outcome(preflight, CheckId.BACKUP) is Outcome.WARN  # a reminder: Backup is not read


GENERATION_CASES = [
    # (disk generation, instance view generation, expected)
    ("V2", "V2", Outcome.PASS),
    ("V1", "V2", Outcome.FAIL),  # the disk decides, as for the Azure CLI
    ("v1", None, Outcome.FAIL),
    (None, "V2", Outcome.PASS),  # disk without the field: the instance view
    (None, None, Outcome.UNKNOWN),
]


@pytest.mark.parametrize("disk_generation, view_generation, expected", GENERATION_CASES)
def test_generation(disk_generation: str | None, view_generation: str | None, expected: Outcome) -> None:
    vm_json = vm(properties__instanceView__hyperVGeneration=view_generation)
    preflight = evaluate_upgrade(facts(vm_json, os_disk=disk(disk_generation)))
    assert outcome(preflight, CheckId.GENERATION) is expected
    assert preflight.eligible is (expected is Outcome.PASS)


def test_gen1_names_microsofts_gen1_path_and_the_read_only_check() -> None:
    check = evaluate_upgrade(facts(os_disk=disk("V1"))).check(CheckId.GENERATION)
    assert check is not None
    text = check.render_next_step()
    assert "MBR2GPT" in text and "BitLocker" in text and "Windows Server 2016" in text
    assert f"--vm {VM_ID} --check-gen1" in text
    assert check.reference is not None and "gen-1" in check.reference


def test_an_unreadable_disk_refuses_with_the_reason() -> None:
    vm_json = vm(properties__instanceView__hyperVGeneration=None)
    preflight = evaluate_upgrade(facts(vm_json, os_disk=None, unreadable={"disk": "403 AuthorizationFailed"}))
    check = preflight.check(CheckId.GENERATION)
    assert check is not None and check.outcome is Outcome.UNKNOWN and "403 AuthorizationFailed" in check.render()


SIZE_CASES = [
    ("Standard_D2s_v5", SKUS, Outcome.PASS),
    ("standard_d2s_V5", SKUS, Outcome.PASS),  # names compare caselessly
    ("Standard_M64", SKUS, Outcome.FAIL),  # TrustedLaunchDisabled
    ("Standard_A2_v2", SKUS, Outcome.FAIL),  # Generation 1 only
    ("Standard_E4s_v5", SKUS, Outcome.UNKNOWN),  # not listed for the region
    ("Standard_D2s_v5", [sku("Standard_D2s_v5", "V1,V2", location="eastus")], Outcome.UNKNOWN),
    ("Standard_D2s_v5", None, Outcome.UNKNOWN),  # the list could not be read
]


@pytest.mark.parametrize("size, skus, expected", SIZE_CASES)
def test_size(size: str, skus: list[dict[str, Any]] | None, expected: Outcome) -> None:
    preflight = evaluate_upgrade(facts(vm(properties__hardwareProfile__vmSize=size), skus=skus))
    assert outcome(preflight, CheckId.SIZE) is expected


def test_size_reasons_say_why() -> None:
    disabled = evaluate_upgrade(facts(vm(properties__hardwareProfile__vmSize="Standard_M64"))).check(CheckId.SIZE)
    gen1 = evaluate_upgrade(facts(vm(properties__hardwareProfile__vmSize="Standard_A2_v2"))).check(CheckId.SIZE)
    assert disabled is not None and "TrustedLaunchDisabled" in disabled.render()
    assert gen1 is not None and "only Generation 1" in gen1.render() and "V1" in gen1.render()
    assert "az vm list-skus" in disabled.render_next_step()


GALLERY = "/subscriptions/s1/resourceGroups/img/providers/Microsoft.Compute/galleries/g1/images/win22"


def gallery_image(value: str | None) -> dict[str, Any]:
    features = [] if value is None else [{"name": "SecurityType", "value": value}]
    return {"id": GALLERY, "properties": {"hyperVGeneration": "V2", "features": features}}


IMAGE_CASES = [
    ({"id": f"{GALLERY}/versions/1.0.0"}, gallery_image("TrustedLaunchSupported"), Outcome.PASS),
    ({"id": GALLERY}, gallery_image("TrustedLaunchAndConfidentialVmSupported"), Outcome.PASS),
    ({"id": f"{GALLERY}/versions/1.0.0"}, gallery_image(None), Outcome.FAIL),
    ({"id": f"{GALLERY}/versions/1.0.0"}, gallery_image("ConfidentialVmSupported"), Outcome.FAIL),
    ({"id": f"{GALLERY}/versions/1.0.0"}, None, Outcome.WARN),  # could not be read
    ({"id": "/subscriptions/s1/resourceGroups/img/providers/Microsoft.Compute/images/golden"}, None, Outcome.INFO),
    ({"publisher": "Canonical", "offer": "ubuntu-24_04-lts", "sku": "server"}, None, Outcome.INFO),
    ({}, None, Outcome.INFO),  # attached OS disk
]


@pytest.mark.parametrize("reference, image, expected", IMAGE_CASES)
def test_image(reference: dict[str, Any], image: dict[str, Any] | None, expected: Outcome) -> None:
    vm_json = vm(properties__storageProfile__imageReference=reference)
    preflight = evaluate_upgrade(facts(vm_json, gallery_image=image))
    assert outcome(preflight, CheckId.IMAGE) is expected


OS_CASES = [
    ("Windows Server 2022 Datacenter Azure Edition", "10.0.20348", Outcome.PASS),
    ("Windows Server 2016 Datacenter", "10.0.14393", Outcome.PASS),
    ("Windows Server 2012 R2 Datacenter", "6.3.9600", Outcome.FAIL),
    ("Windows 11 Enterprise", "10.0.22631", Outcome.PASS),
    ("ubuntu", "22.04", Outcome.PASS),
    ("ubuntu", "16.04", Outcome.FAIL),
    ("Red Hat Enterprise Linux", "9.4", Outcome.PASS),
    ("Red Hat Enterprise Linux", "7.9", Outcome.FAIL),
    ("debian", "12", Outcome.PASS),
    ("debian", "10", Outcome.FAIL),
    ("SUSE Linux Enterprise Server 15 SP5", "15.5", Outcome.PASS),
    ("centos", "7.9.2009", Outcome.FAIL),
    ("FreeBSD", "14.1", Outcome.WARN),
]


@pytest.mark.parametrize("name, version, expected", OS_CASES)
def test_os_against_microsofts_list(name: str, version: str, expected: Outcome) -> None:
    assert os_verdict(name, version) is expected


def test_os_unknown_while_deallocated_is_a_warning_not_a_refusal() -> None:
    vm_json = vm(properties__instanceView={"statuses": [{"code": "PowerState/deallocated"}], "hyperVGeneration": "V2"})
    preflight = evaluate_upgrade(facts(vm_json))
    assert outcome(preflight, CheckId.OS) is Outcome.WARN and preflight.eligible


def test_linux_hibernation_is_an_unsupported_configuration() -> None:
    vm_json = vm(properties__additionalCapabilities={"hibernationEnabled": True})
    vm_json["properties"]["storageProfile"]["osDisk"]["osType"] = "Linux"
    preflight = evaluate_upgrade(facts(vm_json))
    assert outcome(preflight, CheckId.CONFIGURATION) is Outcome.FAIL and not preflight.eligible
    windows = evaluate_upgrade(facts(vm(properties__additionalCapabilities={"hibernationEnabled": True})))
    assert outcome(windows, CheckId.CONFIGURATION) is Outcome.PASS


SECURE_BOOT_CASES = [
    ("Windows", True, Outcome.PASS),
    ("Linux", True, Outcome.WARN),  # unsigned modules may stop the boot
    ("Linux", False, Outcome.WARN),  # monitoring waits for Secure Boot
    ("Windows", False, Outcome.WARN),
]


@pytest.mark.parametrize("os_type, secure_boot, expected", SECURE_BOOT_CASES)
def test_secure_boot_readiness(os_type: str, secure_boot: bool, expected: Outcome) -> None:
    vm_json = vm()
    vm_json["properties"]["storageProfile"]["osDisk"]["osType"] = os_type
    check = evaluate_upgrade(facts(vm_json), secure_boot=secure_boot).check(CheckId.SECURE_BOOT)
    assert check is not None and check.outcome is expected
    if os_type == "Linux" and secure_boot:
        assert "--check-secure-boot" in check.render_next_step() and "--secure-boot off" in check.render_next_step()


SECURITY_CASES = [
    (None, Outcome.PASS, True),
    ({"securityType": "Standard"}, Outcome.PASS, True),
    ({"securityType": "TrustedLaunch", "uefiSettings": {"vTpmEnabled": True}}, Outcome.INFO, True),
    ({"securityType": "ConfidentialVM"}, Outcome.FAIL, False),
    ({"securityType": 7}, Outcome.UNKNOWN, False),
]


@pytest.mark.parametrize("profile, expected, eligible", SECURITY_CASES)
def test_security_type(profile: dict[str, Any] | None, expected: Outcome, eligible: bool) -> None:
    vm_json = vm(properties__securityProfile=profile)
    preflight = evaluate_upgrade(facts(vm_json))
    assert outcome(preflight, CheckId.SECURITY_TYPE) is expected
    assert preflight.eligible is eligible


ROLLBACK_CASES = [
    ("TrustedLaunch", FeatureState.REGISTERED, True),
    ("TrustedLaunch", FeatureState.NOT_REGISTERED, False),
    ("TrustedLaunch", FeatureState.REGISTERING, False),
    ("TrustedLaunch", FeatureState.UNKNOWN, False),
    ("Standard", FeatureState.REGISTERED, False),
]


@pytest.mark.parametrize("security_type, state, eligible", ROLLBACK_CASES)
def test_rollback_needs_trusted_launch_and_the_feature(security_type: str, state: FeatureState, eligible: bool) -> None:
    vm_json = vm(properties__securityProfile={"securityType": security_type})
    preflight = evaluate_rollback(facts(vm_json, rollback_feature=state))
    assert preflight.eligible is eligible
    feature = preflight.check(CheckId.ROLLBACK_FEATURE)
    assert feature is not None
    if state is not FeatureState.REGISTERED:
        assert "az feature register --namespace Microsoft.Compute --name UseStandardSecurityType" in (
            feature.render_next_step()
        )


def test_feature_state_parsing_is_caseless_and_total() -> None:
    assert FeatureState.parse("registered") is FeatureState.REGISTERED
    assert FeatureState.parse(None) is FeatureState.UNKNOWN
    assert FeatureState.parse("Something") is FeatureState.UNKNOWN


def test_find_sku_ignores_other_resource_types() -> None:
    disks = copy.deepcopy(SKUS[0])
    disks["resourceType"] = "disks"
    assert find_sku([disks], "Standard_D2s_v5", "westeurope") is None
    assert find_sku(SKUS, "Standard_D2s_v5", "West Europe") is not None


def test_preflight_json_has_reasons_and_next_steps() -> None:
    data = evaluate_upgrade(facts(os_disk=disk("V1"))).to_json()
    assert data["eligible"] is False
    generation = next(c for c in data["checks"] if c["id"] == "generation")
    assert generation["outcome"] == "fail" and generation["nextStep"] and generation["reference"]


VAULT = "/subscriptions/s1/resourceGroups/rg-backup/providers/Microsoft.RecoveryServices/vaults/rsv1"


def protected(policy: str) -> dict[str, Any]:
    return {"protectionStatus": "Protected", "vaultId": VAULT, "policyName": policy}


BACKUP_CASES = [
    # (backupStatus answer, policy, expected, eligible)
    (None, None, Outcome.WARN, True),  # not readable: a reminder, Azure decides at the update
    ({"protectionStatus": "NotProtected"}, None, Outcome.PASS, True),
    (
        {"protectionStatus": "Protected", "vaultId": VAULT, "policyName": "Enh"},
        {"properties": {"policyType": "V2"}},
        Outcome.PASS,
        True,
    ),
    (
        {"protectionStatus": "Protected", "vaultId": VAULT, "policyName": "Std"},
        {"properties": {"policyType": "V1"}},
        Outcome.FAIL,
        False,
    ),
    ({"protectionStatus": "Protected", "vaultId": VAULT, "policyName": "Old"}, {"properties": {}}, Outcome.FAIL, False),
    ({"protectionStatus": "Protecting", "vaultId": VAULT, "policyName": "Std"}, None, Outcome.UNKNOWN, False),
]


@pytest.mark.parametrize("status, policy, expected, eligible", BACKUP_CASES)
def test_backup_policy(
    status: dict[str, Any] | None, policy: dict[str, Any] | None, expected: Outcome, eligible: bool
) -> None:
    preflight = evaluate_upgrade(facts(backup_status=status, backup_policy=policy))
    check = preflight.check(CheckId.BACKUP)
    assert check is not None and check.outcome is expected
    assert preflight.eligible is eligible
    if expected is Outcome.FAIL:
        assert "Standard policy" in check.render() and "Enhanced" in check.render_next_step()
