"""The pre-flight checks of a Standard -> Trusted Launch upgrade: pure functions of ARM JSON.

Each check follows Microsoft's "Enable Trusted Launch on existing VMs" page (prerequisites: a Generation 2 VM,
a Trusted Launch size, a supported OS and image, no unsupported feature, Azure Backup on the Enhanced policy;
Linux: check Secure Boot compatibility first) and the Trusted Launch FAQ (how to read sizes and images). What
cannot be confirmed refuses the upgrade (the stricter reading), except where Azure itself decides at the update
and the check is only a reminder (Backup).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from core.arm_ids import ResourceId
from core.diagnosis.arm_json import arm_get, as_list, parse_bool, text
from core.diagnosis.prerequisites import detect_os_type
from core.i18n import QT_TRANSLATE_NOOP
from core.security_type import SecurityType, security_type_of_profile
from core.upgrade.facts import FeatureState, UpgradeFacts
from core.upgrade.model import (
    URL_BACKUP,
    URL_EXISTING_VM,
    URL_FAQ,
    URL_GEN1,
    URL_OS,
    URL_PREVIEW_FEATURES,
    URL_SIZES,
    URL_UNSUPPORTED,
    CheckId,
    Outcome,
    Preflight,
    PreflightCheck,
)

# -- security type ------------------------------------------------------------------------------------------

MSG_STANDARD = QT_TRANSLATE_NOOP("Upgrade", "{vm} uses the Standard security type: it can be upgraded in place.")
MSG_ALREADY_TL = QT_TRANSLATE_NOOP(
    "Upgrade", "{vm} already uses Trusted Launch; only the steps that are still missing are planned."
)
MSG_CONFIDENTIAL = QT_TRANSLATE_NOOP(
    "Upgrade", "{vm} is a Confidential VM, which already includes what Trusted Launch offers. Nothing to upgrade."
)
MSG_SECURITY_UNKNOWN = QT_TRANSLATE_NOOP(
    "Upgrade", "The security type of {vm} could not be read ({value}), so the upgrade is not offered."
)

# -- generation -----------------------------------------------------------------------------------------------

MSG_GEN2 = QT_TRANSLATE_NOOP("Upgrade", "The OS disk is Generation 2 (hyperVGeneration V2), as Trusted Launch needs.")
MSG_GEN1 = QT_TRANSLATE_NOOP(
    "Upgrade",
    "The OS disk is Generation 1 (hyperVGeneration V1): it starts with BIOS from an MBR disk, and Trusted Launch "
    "needs UEFI. Azure refuses Trusted Launch on it as it is.",
)
NEXT_GEN1 = QT_TRANSLATE_NOOP(
    "Upgrade",
    "Microsoft documents a separate path for Generation 1 VMs: inside the VM, convert the OS disk from MBR to GPT "
    "(Windows: suspend BitLocker, then MBR2GPT /convert /allowFullOS; Linux: a GPT disk with an EFI system "
    "partition mounted at /boot/efi), then upgrade. Not supported for Windows Server 2016, Debian or Azure Linux; "
    "the only way back to Generation 1 is a restore from backup. The wizard never converts the disk. Run the "
    "read-only readiness check first (wizard: Check inside the VM; command line: boot-integrity upgrade --vm "
    "{vm_id} --check-gen1).",
)
MSG_GEN_UNKNOWN = QT_TRANSLATE_NOOP(
    "Upgrade", "The generation of the OS disk could not be read ({detail}), so it cannot be confirmed as Generation 2."
)
NEXT_GEN_UNKNOWN = QT_TRANSLATE_NOOP(
    "Upgrade", "Check it yourself: az disk show --ids {disk_id} --query hyperVGeneration (needs Reader on the disk)."
)

# -- size -------------------------------------------------------------------------------------------------------

MSG_SIZE_OK = QT_TRANSLATE_NOOP(
    "Upgrade", "The size {size} supports Trusted Launch in {region} (Generation 2, not marked TrustedLaunchDisabled)."
)
MSG_SIZE_GEN1_ONLY = QT_TRANSLATE_NOOP(
    "Upgrade", "The size {size} supports only Generation 1 VMs (HyperVGenerations: {generations})."
)
MSG_SIZE_DISABLED = QT_TRANSLATE_NOOP(
    "Upgrade", "The size {size} does not support Trusted Launch: Azure lists it with TrustedLaunchDisabled."
)
MSG_SIZE_UNKNOWN = QT_TRANSLATE_NOOP(
    "Upgrade", "The size {size} could not be found in the list of sizes for {region} ({detail})."
)
NEXT_SIZE = QT_TRANSLATE_NOOP(
    "Upgrade",
    "Resize the VM to a size of a family that supports Trusted Launch (for example Dsv5, Esv5 or Fsv2), then run "
    "the upgrade again. Check a size with: az vm list-skus --location {region} --size {size} --query "
    '"[].capabilities"',
)

# -- image ------------------------------------------------------------------------------------------------------

MSG_IMAGE_GALLERY_OK = QT_TRANSLATE_NOOP(
    "Upgrade", "The gallery image definition {image} declares Trusted Launch support (SecurityType {value})."
)
MSG_IMAGE_GALLERY_NO = QT_TRANSLATE_NOOP(
    "Upgrade",
    "The gallery image definition {image} does not declare Trusted Launch support (SecurityType: {value}).",
)
NEXT_IMAGE_GALLERY = QT_TRANSLATE_NOOP(
    "Upgrade",
    "Microsoft: for custom images the base image must be Trusted Launch capable. Confirm the OS is supported and "
    "mark a new image version's definition with SecurityType TrustedLaunchSupported before upgrading VMs made from it.",
)
MSG_IMAGE_GALLERY_UNREAD = QT_TRANSLATE_NOOP(
    "Upgrade",
    "The gallery image definition {image} could not be read ({detail}); its Trusted Launch support is not known.",
)
MSG_IMAGE_MANAGED = QT_TRANSLATE_NOOP(
    "Upgrade",
    "The VM was created from a managed image. The portal cannot upgrade such VMs; the wizard uses the same API "
    "as the Azure CLI. Its base image must be Trusted Launch capable (see the OS check).",
)
MSG_IMAGE_MARKETPLACE = QT_TRANSLATE_NOOP(
    "Upgrade", "The VM was created from the Marketplace image {image}; the OS disk generation and the OS decide."
)
MSG_IMAGE_DISK = QT_TRANSLATE_NOOP(
    "Upgrade",
    "The VM was created from an attached OS disk. The portal cannot upgrade such VMs; the wizard uses the same "
    "API as the Azure CLI. The OS must be supported (see the OS check).",
)

# -- OS ---------------------------------------------------------------------------------------------------------

MSG_OS_OK = QT_TRANSLATE_NOOP("Upgrade", "{os} is on Microsoft's list of operating systems for Trusted Launch.")
MSG_OS_NO = QT_TRANSLATE_NOOP("Upgrade", "{os} is not on Microsoft's list of operating systems for Trusted Launch.")
NEXT_OS = QT_TRANSLATE_NOOP("Upgrade", "Upgrade the operating system to a supported version first (list: {url}).")
MSG_OS_UNLISTED = QT_TRANSLATE_NOOP(
    "Upgrade",
    "{os} could not be matched with Microsoft's list of operating systems for Trusted Launch; confirm it is "
    "supported before you go ahead.",
)
MSG_OS_UNREAD = QT_TRANSLATE_NOOP(
    "Upgrade",
    "The operating system version could not be read (the VM Agent reports it only while the VM runs); confirm it "
    "is on Microsoft's list before you go ahead.",
)

# -- unsupported configuration -------------------------------------------------------------------------------

MSG_CONFIG_OK = QT_TRANSLATE_NOOP(
    "Upgrade", "No feature that Trusted Launch does not support was found (checked: Linux hibernation)."
)
MSG_CONFIG_HIBERNATION = QT_TRANSLATE_NOOP(
    "Upgrade", "Hibernation is on for this Linux VM, and Trusted Launch does not support Linux VM hibernation."
)
NEXT_CONFIG_HIBERNATION = QT_TRANSLATE_NOOP(
    "Upgrade", "Turn hibernation off (deallocated VM: az vm update --enable-hibernation false), then upgrade."
)
MSG_BACKUP_UNREAD = QT_TRANSLATE_NOOP(
    "Upgrade",
    "Whether Azure Backup protects this VM could not be read ({detail}). If it is protected with the Standard "
    "backup policy, Trusted Launch cannot be enabled: Azure Backup must use the Enhanced policy.",
)
MSG_BACKUP_NONE = QT_TRANSLATE_NOOP("Upgrade", "Azure Backup does not protect this VM.")
MSG_BACKUP_ENHANCED = QT_TRANSLATE_NOOP(
    "Upgrade", "Azure Backup protects this VM with the Enhanced policy {policy}, which Trusted Launch supports."
)
MSG_BACKUP_STANDARD = QT_TRANSLATE_NOOP(
    "Upgrade",
    "Azure Backup protects this VM with the Standard policy {policy}. Trusted Launch cannot be enabled on a VM "
    "protected with the Standard policy.",
)
MSG_BACKUP_POLICY_UNREAD = QT_TRANSLATE_NOOP(
    "Upgrade",
    "Azure Backup protects this VM with the policy {policy}, but the policy could not be read ({detail}), so "
    "it cannot be confirmed as an Enhanced policy.",
)
NEXT_BACKUP = QT_TRANSLATE_NOOP(
    "Upgrade", "Move the VM's protection to an Enhanced policy first ({url}), then run the upgrade again."
)
NEXT_BACKUP_READ = QT_TRANSLATE_NOOP(
    "Upgrade", "Reading the vault's policies needs the Backup Reader role on the vault; or check the policy yourself."
)

# -- Secure Boot readiness -----------------------------------------------------------------------------------

MSG_SB_WINDOWS = QT_TRANSLATE_NOOP(
    "Upgrade", "Windows boot components are signed by Microsoft; Secure Boot can be turned on."
)
MSG_SB_LINUX_ON = QT_TRANSLATE_NOOP(
    "Upgrade",
    "With Secure Boot on, every boot component must be signed: an unsigned kernel module (GPU drivers such as "
    "NVIDIA GRID or CUDA, a custom kernel) stops this Linux VM from booting.",
)
NEXT_SB_LINUX_ON = QT_TRANSLATE_NOOP(
    "Upgrade",
    "Check first, read-only: boot-integrity upgrade --vm {vm_id} --check-secure-boot (lists unsigned modules). "
    "If unsure, upgrade with --secure-boot off and turn it on later.",
)
MSG_SB_OFF = QT_TRANSLATE_NOOP(
    "Upgrade",
    "Secure Boot stays off. Boot integrity monitoring needs it, so the Guest Attestation extension is not "
    "installed yet.",
)
NEXT_SB_OFF = QT_TRANSLATE_NOOP(
    "Upgrade",
    "Once the VM boots fine, turn Secure Boot on and install the extension: boot-integrity enable --vm {vm_id} "
    "--allow-restart",
)

# -- rollback -----------------------------------------------------------------------------------------------------

MSG_FEATURE_OK = QT_TRANSLATE_NOOP(
    "Upgrade", "The feature UseStandardSecurityType is registered on the subscription, so Azure accepts the rollback."
)
MSG_FEATURE_MISSING = QT_TRANSLATE_NOOP(
    "Upgrade",
    "Azure accepts the security type Standard only when the feature UseStandardSecurityType is registered on the "
    "subscription; it is {state}.",
)
NEXT_FEATURE = QT_TRANSLATE_NOOP(
    "Upgrade",
    "Register it (a subscription-wide preview feature; your decision): az feature register --namespace "
    "Microsoft.Compute --name UseStandardSecurityType, wait until it shows Registered, then az provider register "
    "--namespace Microsoft.Compute. Until then the restore point taken before the upgrade is the way back.",
)
MSG_FEATURE_UNREAD = QT_TRANSLATE_NOOP(
    "Upgrade", "Whether the feature UseStandardSecurityType is registered could not be read ({detail})."
)
MSG_NOT_TL = QT_TRANSLATE_NOOP("Upgrade", "{vm} does not use Trusted Launch, so there is nothing to roll back.")

SUPPORTED_SECURITY_VALUES = ("trustedlaunch",)  # SecurityType feature values containing it are supported


def _vm_name(facts: UpgradeFacts) -> str:
    return str(arm_get(facts.vm, "name") or ResourceId.parse(str(arm_get(facts.vm, "id") or "")).name)


def security_type(vm: Mapping[str, Any]) -> SecurityType:
    return security_type_of_profile(arm_get(vm, "properties", "securityProfile"))


def power_state(vm: Mapping[str, Any]) -> str | None:
    for status in as_list(arm_get(vm, "properties", "instanceView", "statuses")):
        code = text(arm_get(status, "code")) or ""
        if code.lower().startswith("powerstate/"):
            return code.split("/", 1)[1].lower() or None
    return None


def check_security_type(facts: UpgradeFacts) -> PreflightCheck:
    kind, name = security_type(facts.vm), _vm_name(facts)
    if kind is SecurityType.STANDARD:
        return PreflightCheck(CheckId.SECURITY_TYPE, Outcome.PASS, MSG_STANDARD, {"vm": name})
    if kind is SecurityType.TRUSTED_LAUNCH:
        return PreflightCheck(CheckId.SECURITY_TYPE, Outcome.INFO, MSG_ALREADY_TL, {"vm": name})
    if kind is SecurityType.CONFIDENTIAL_VM:
        return PreflightCheck(CheckId.SECURITY_TYPE, Outcome.FAIL, MSG_CONFIDENTIAL, {"vm": name})
    raw = arm_get(facts.vm, "properties", "securityProfile", "securityType")
    return PreflightCheck(CheckId.SECURITY_TYPE, Outcome.UNKNOWN, MSG_SECURITY_UNKNOWN, {"vm": name, "value": raw})


def os_disk_id(vm: Mapping[str, Any]) -> str | None:
    return text(arm_get(vm, "properties", "storageProfile", "osDisk", "managedDisk", "id"))


def disk_generation(facts: UpgradeFacts) -> str | None:
    """``V1`` / ``V2`` from the OS disk (what the Azure CLI reads), else the VM's instance view."""
    value = text(arm_get(facts.os_disk, "properties", "hyperVGeneration")) if facts.os_disk is not None else None
    value = value or text(arm_get(facts.vm, "properties", "instanceView", "hyperVGeneration"))
    return value.upper() if value else None


def check_generation(facts: UpgradeFacts) -> PreflightCheck:
    generation = disk_generation(facts)
    vm_id = str(arm_get(facts.vm, "id") or "")
    evidence = {"hyperVGeneration": generation, "disk": os_disk_id(facts.vm)}
    if generation == "V2":
        return PreflightCheck(CheckId.GENERATION, Outcome.PASS, MSG_GEN2, evidence=evidence, reference=URL_EXISTING_VM)
    if generation == "V1":
        return PreflightCheck(
            CheckId.GENERATION, Outcome.FAIL, MSG_GEN1, {"vm_id": vm_id}, NEXT_GEN1, URL_GEN1, evidence
        )
    detail = facts.unreadable.get("disk") or "no hyperVGeneration"
    disk = os_disk_id(facts.vm) or "<OS disk id>"
    return PreflightCheck(
        CheckId.GENERATION,
        Outcome.UNKNOWN,
        MSG_GEN_UNKNOWN,
        {"detail": detail, "disk_id": disk},
        NEXT_GEN_UNKNOWN,
        URL_EXISTING_VM,
        evidence,
    )


def _capabilities(sku: Mapping[str, Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    for capability in as_list(arm_get(sku, "capabilities")):
        name, value = text(arm_get(capability, "name")), text(arm_get(capability, "value"))
        if name is not None and value is not None:
            found[name.lower()] = value
    return found


def find_sku(skus: Sequence[Mapping[str, Any]], size: str, region: str) -> Mapping[str, Any] | None:
    """The ``virtualMachines`` entry named ``size`` that lists ``region`` (names and regions compare caselessly)."""
    wanted_region = region.replace(" ", "").lower()
    for sku in skus:
        if (text(arm_get(sku, "resourceType")) or "").lower() != "virtualmachines":
            continue
        if (text(arm_get(sku, "name")) or "").lower() != size.lower():
            continue
        locations = [str(x).replace(" ", "").lower() for x in as_list(arm_get(sku, "locations"))]
        if wanted_region in locations:
            return sku
    return None


def check_size(facts: UpgradeFacts) -> PreflightCheck:
    size = text(arm_get(facts.vm, "properties", "hardwareProfile", "vmSize")) or "?"
    region = text(arm_get(facts.vm, "location")) or "?"
    args = {"size": size, "region": region}
    sku = find_sku(facts.skus, size, region) if facts.skus is not None else None
    if sku is None:
        detail = facts.unreadable.get("skus") or "not listed"
        return PreflightCheck(
            CheckId.SIZE, Outcome.UNKNOWN, MSG_SIZE_UNKNOWN, {**args, "detail": detail}, NEXT_SIZE, URL_SIZES
        )
    capabilities = _capabilities(sku)
    generations = capabilities.get("hypervgenerations", "")
    evidence = {"HyperVGenerations": generations, "TrustedLaunchDisabled": capabilities.get("trustedlaunchdisabled")}
    if "v2" not in {g.strip().lower() for g in generations.split(",")}:
        return PreflightCheck(
            CheckId.SIZE,
            Outcome.FAIL,
            MSG_SIZE_GEN1_ONLY,
            {**args, "generations": generations or "-"},
            NEXT_SIZE,
            URL_SIZES,
            evidence,
        )
    if parse_bool(capabilities.get("trustedlaunchdisabled")) is True:
        return PreflightCheck(CheckId.SIZE, Outcome.FAIL, MSG_SIZE_DISABLED, args, NEXT_SIZE, URL_FAQ, evidence)
    return PreflightCheck(CheckId.SIZE, Outcome.PASS, MSG_SIZE_OK, args, reference=URL_FAQ, evidence=evidence)


def gallery_image_definition_id(vm: Mapping[str, Any]) -> str | None:
    """The gallery image definition behind ``imageReference.id`` (``…/galleries/g/images/i[/versions/v]``)."""
    image_id = text(arm_get(vm, "properties", "storageProfile", "imageReference", "id"))
    if not image_id or "/galleries/" not in image_id.lower():
        return None
    lowered = image_id.lower()
    cut = lowered.find("/versions/")
    return image_id if cut < 0 else image_id[:cut]


def _security_feature(image: Mapping[str, Any]) -> str | None:
    for feature in as_list(arm_get(image, "properties", "features")):
        if (text(arm_get(feature, "name")) or "").lower() == "securitytype":
            return text(arm_get(feature, "value"))
    return None


def check_image(facts: UpgradeFacts) -> PreflightCheck:
    reference = arm_get(facts.vm, "properties", "storageProfile", "imageReference")
    gallery = gallery_image_definition_id(facts.vm)
    if gallery is not None:
        name = ResourceId.parse(gallery).name
        if facts.gallery_image is None:
            detail = facts.unreadable.get("image") or "not found"
            args = {"image": name, "detail": detail}
            return PreflightCheck(CheckId.IMAGE, Outcome.WARN, MSG_IMAGE_GALLERY_UNREAD, args, reference=URL_FAQ)
        value = _security_feature(facts.gallery_image)
        supported = value is not None and "trustedlaunch" in value.lower()
        args = {"image": name, "value": value or "-"}
        if supported:
            return PreflightCheck(CheckId.IMAGE, Outcome.PASS, MSG_IMAGE_GALLERY_OK, args, reference=URL_FAQ)
        return PreflightCheck(CheckId.IMAGE, Outcome.FAIL, MSG_IMAGE_GALLERY_NO, args, NEXT_IMAGE_GALLERY, URL_FAQ)
    image_id = text(arm_get(reference, "id")) or ""
    if "/providers/microsoft.compute/images/" in image_id.lower():
        return PreflightCheck(CheckId.IMAGE, Outcome.INFO, MSG_IMAGE_MANAGED, reference=URL_EXISTING_VM)
    publisher, offer, sku = (text(arm_get(reference, k)) for k in ("publisher", "offer", "sku"))
    if publisher and offer and sku:
        args = {"image": f"{publisher}:{offer}:{sku}"}
        return PreflightCheck(CheckId.IMAGE, Outcome.INFO, MSG_IMAGE_MARKETPLACE, args, reference=URL_FAQ)
    return PreflightCheck(CheckId.IMAGE, Outcome.INFO, MSG_IMAGE_DISK, reference=URL_EXISTING_VM)


# Microsoft's list (trusted-launch.md "Operating systems supported"): family -> lowest listed version.
_LINUX_MINIMUM = {
    "ubuntu": (18, 4),
    "red hat": (8, 6),
    "rhel": (8, 6),
    "suse": (15, 3),
    "sles": (15, 3),
    "debian": (11, 0),
    "oracle": (8, 3),
    "almalinux": (8, 7),
    "alma": (8, 7),
    "rocky": (8, 6),
    "azure linux": (1, 0),
    "mariner": (1, 0),
}
_WINDOWS_SERVER_MINIMUM = 2016


def _version(text_value: str) -> tuple[int, int] | None:
    found = re.search(r"(\d+)(?:[.\s]*(?:sp)?(\d+))?", text_value, re.IGNORECASE)
    if not found:
        return None
    return int(found.group(1)), int(found.group(2) or 0)


def os_verdict(os_name: str, os_version: str) -> Outcome:
    """PASS / FAIL against Microsoft's list; WARN when the name matches no listed family."""
    lowered = os_name.lower()
    server = re.search(r"windows server (\d{4})", lowered)
    if server:
        return Outcome.PASS if int(server.group(1)) >= _WINDOWS_SERVER_MINIMUM else Outcome.FAIL
    client = re.search(r"windows (\d+)", lowered)
    if client:
        return Outcome.PASS if int(client.group(1)) >= 10 else Outcome.FAIL
    for family, minimum in _LINUX_MINIMUM.items():
        if family in lowered:
            version = _version(os_version) or _version(lowered.replace(family, ""))
            if version is None:
                return Outcome.WARN
            return Outcome.PASS if version >= minimum else Outcome.FAIL
    if "centos" in lowered:
        return Outcome.FAIL  # not on the list (CentOS is end of life)
    return Outcome.WARN


def check_os(facts: UpgradeFacts) -> PreflightCheck:
    view = arm_get(facts.vm, "properties", "instanceView")
    os_name, os_version = text(arm_get(view, "osName")), text(arm_get(view, "osVersion"))
    if not os_name:
        return PreflightCheck(CheckId.OS, Outcome.WARN, MSG_OS_UNREAD, reference=URL_OS)
    shown = f"{os_name} {os_version or ''}".strip()
    verdict = os_verdict(os_name, os_version or "")
    evidence = {"osName": os_name, "osVersion": os_version}
    if verdict is Outcome.PASS:
        return PreflightCheck(CheckId.OS, Outcome.PASS, MSG_OS_OK, {"os": shown}, reference=URL_OS, evidence=evidence)
    if verdict is Outcome.FAIL:
        args = {"os": shown, "url": URL_OS}
        return PreflightCheck(CheckId.OS, Outcome.FAIL, MSG_OS_NO, args, NEXT_OS, URL_OS, evidence)
    return PreflightCheck(CheckId.OS, Outcome.WARN, MSG_OS_UNLISTED, {"os": shown}, reference=URL_OS, evidence=evidence)


def check_configuration(facts: UpgradeFacts, os_type: str | None) -> PreflightCheck:
    hibernation = parse_bool(arm_get(facts.vm, "properties", "additionalCapabilities", "hibernationEnabled"))
    if hibernation is True and os_type == "Linux":
        return PreflightCheck(
            CheckId.CONFIGURATION,
            Outcome.FAIL,
            MSG_CONFIG_HIBERNATION,
            next_step=NEXT_CONFIG_HIBERNATION,
            reference=URL_UNSUPPORTED,
        )
    return PreflightCheck(CheckId.CONFIGURATION, Outcome.PASS, MSG_CONFIG_OK, reference=URL_UNSUPPORTED)


PROTECTED_STATES = frozenset({"protected", "protecting"})


def check_backup(facts: UpgradeFacts) -> PreflightCheck:
    """Azure Backup with the Standard policy blocks the upgrade; the Enhanced policy is ``policyType`` V2."""
    status = facts.backup_status
    if status is None:
        detail = facts.unreadable.get("backup") or "no answer"
        args = {"detail": detail, "url": URL_BACKUP}
        return PreflightCheck(CheckId.BACKUP, Outcome.WARN, MSG_BACKUP_UNREAD, args, NEXT_BACKUP, URL_EXISTING_VM)
    protection = (text(arm_get(status, "protectionStatus")) or "").lower()
    evidence = {"protectionStatus": arm_get(status, "protectionStatus"), "vaultId": arm_get(status, "vaultId")}
    if protection not in PROTECTED_STATES:
        return PreflightCheck(
            CheckId.BACKUP, Outcome.PASS, MSG_BACKUP_NONE, reference=URL_EXISTING_VM, evidence=evidence
        )
    policy_name = text(arm_get(status, "policyName")) or "?"
    args = {"policy": policy_name, "url": URL_BACKUP}
    if facts.backup_policy is None:
        detail = facts.unreadable.get("backupPolicy") or "not found"
        return PreflightCheck(
            CheckId.BACKUP,
            Outcome.UNKNOWN,
            MSG_BACKUP_POLICY_UNREAD,
            {**args, "detail": detail},
            NEXT_BACKUP_READ,
            URL_EXISTING_VM,
            evidence,
        )
    policy_type = text(arm_get(facts.backup_policy, "properties", "policyType")) or "V1"
    evidence = {**evidence, "policyType": policy_type}
    if policy_type.upper() == "V2":
        return PreflightCheck(
            CheckId.BACKUP, Outcome.PASS, MSG_BACKUP_ENHANCED, args, reference=URL_EXISTING_VM, evidence=evidence
        )
    return PreflightCheck(CheckId.BACKUP, Outcome.FAIL, MSG_BACKUP_STANDARD, args, NEXT_BACKUP, URL_BACKUP, evidence)


def check_secure_boot(os_type: str | None, secure_boot: bool, vm_id: str) -> PreflightCheck:
    args = {"vm_id": vm_id}
    if not secure_boot:
        return PreflightCheck(CheckId.SECURE_BOOT, Outcome.WARN, MSG_SB_OFF, args, NEXT_SB_OFF, URL_EXISTING_VM)
    if os_type == "Linux":
        return PreflightCheck(CheckId.SECURE_BOOT, Outcome.WARN, MSG_SB_LINUX_ON, args, NEXT_SB_LINUX_ON, URL_FAQ)
    return PreflightCheck(CheckId.SECURE_BOOT, Outcome.PASS, MSG_SB_WINDOWS, reference=URL_EXISTING_VM)


def evaluate_upgrade(facts: UpgradeFacts, *, secure_boot: bool = True) -> Preflight:
    """Every pre-flight check of the upgrade, in the order they are shown."""
    vm_id = str(arm_get(facts.vm, "id") or "")
    os_type = detect_os_type(facts.vm).os_type
    kind = security_type(facts.vm)
    checks = [check_security_type(facts)]
    if kind is SecurityType.STANDARD:
        checks += [
            check_generation(facts),
            check_size(facts),
            check_image(facts),
            check_os(facts),
            check_configuration(facts, os_type),
            check_backup(facts),
        ]
    if kind in ("Standard", "TrustedLaunch"):
        checks.append(check_secure_boot(os_type, secure_boot, vm_id))
    return Preflight(vm_id, _vm_name(facts), kind, os_type, power_state(facts.vm), tuple(checks))


def evaluate_rollback(facts: UpgradeFacts) -> Preflight:
    """Rollback to Standard: the VM must use Trusted Launch and the subscription must allow Standard."""
    vm_id = str(arm_get(facts.vm, "id") or "")
    name, kind = _vm_name(facts), security_type(facts.vm)
    checks: list[PreflightCheck] = []
    if kind != "TrustedLaunch":
        checks.append(PreflightCheck(CheckId.SECURITY_TYPE, Outcome.FAIL, MSG_NOT_TL, {"vm": name}))
    state = facts.rollback_feature
    if state is FeatureState.REGISTERED:
        checks.append(PreflightCheck(CheckId.ROLLBACK_FEATURE, Outcome.PASS, MSG_FEATURE_OK, reference=URL_EXISTING_VM))
    elif state is FeatureState.UNKNOWN:
        detail = facts.unreadable.get("feature") or "no answer"
        checks.append(
            PreflightCheck(
                CheckId.ROLLBACK_FEATURE,
                Outcome.UNKNOWN,
                MSG_FEATURE_UNREAD,
                {"detail": detail},
                NEXT_FEATURE,
                URL_PREVIEW_FEATURES,
            )
        )
    else:
        checks.append(
            PreflightCheck(
                CheckId.ROLLBACK_FEATURE,
                Outcome.FAIL,
                MSG_FEATURE_MISSING,
                {"state": state.value},
                NEXT_FEATURE,
                URL_EXISTING_VM,
            )
        )
    os_type = detect_os_type(facts.vm).os_type
    return Preflight(vm_id, name, kind, os_type, power_state(facts.vm), tuple(checks))
