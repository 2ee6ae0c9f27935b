"""Can this VM run boot integrity monitoring? Security type, UEFI flags, OS, power state and VM agent.

Input is the VM as ``GET .../virtualMachines/{name}?$expand=instanceView`` returns it. The "supported VM"
test mirrors the built-in Guest Attestation policies (guest-attestation.md §13): security type TrustedLaunch
or ConfidentialVM and both ``uefiSettings`` flags true (policies write them as strings ``"true"``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal, NamedTuple

# arm_get, as_list, parse_bool and text lived here first; they stay importable from this module.
from core.diagnosis.arm_json import arm_get as arm_get
from core.diagnosis.arm_json import as_list as as_list
from core.diagnosis.arm_json import parse_bool as parse_bool
from core.diagnosis.arm_json import text as text
from core.diagnosis.model import Finding, Severity
from core.display_names import ApiValue, ValueKind
from core.i18n import QT_TRANSLATE_NOOP
from core.security_type import SecurityType, security_type_of_profile

OsType = Literal["Windows", "Linux"]

FIX_ENABLE_SECURE_BOOT = "enable-secure-boot"
FIX_ENABLE_VTPM = "enable-vtpm"
FIX_START_VM = "start-vm"

# Linux image tuples (publisher, offer, sku) from the built-in Linux Guest Attestation policy (6074e9a3).
_POLICY_LINUX_IMAGES = frozenset(
    {
        ("canonical", "ubuntuserver", "18_04-lts-gen2"),
        ("canonical", "0001-com-ubuntu-server-focal", "20_04-lts-gen2"),
        ("canonical", "0001-com-ubuntu-confidential-vm-focal", "20_04-lts-cvm"),
        ("redhat", "rhel", "83-gen2"),
        ("suse", "sles-15-sp2", "gen2"),
        ("openlogic", "centos", "8_3-gen2"),
        ("oracle", "oracle-linux", "ol83-lvm-gen2"),
        ("microsoftcblmariner", "cbl-mariner", "1-gen2"),
        ("debian", "debian-11", "11-gen2"),
    }
)
# Last-resort guess from well-known marketplace publishers; only used when nothing better is present.
_WINDOWS_PUBLISHERS = ("microsoftwindowsserver", "microsoftwindowsdesktop", "microsoftsqlserver")
_LINUX_PUBLISHERS = frozenset(
    {"canonical", "redhat", "suse", "openlogic", "oracle", "debian", "microsoftcblmariner", "almalinux"}
)


# --- JSON form of a finding -------------------------------------------------------------------------------


def finding_to_json(finding: Finding, *, evidence: bool = False) -> dict[str, Any]:
    """CLI/JSON form of a finding; ``message`` is the English text with its arguments filled in.

    ``evidence`` adds the finding's evidence before ``fixId`` (the diagnosis JSON has it, the checklist not).
    """
    out: dict[str, Any] = {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.render(),
        "args": dict(finding.args),
    }
    if evidence:
        out["evidence"] = dict(finding.evidence)
    out["fixId"] = finding.fix_id
    return out


# --- OS detection -------------------------------------------------------------------------------------------


class OsDetection(NamedTuple):
    os_type: OsType | None
    source: str | None  # which field decided, for evidence


def detect_os_type(vm: Mapping[str, Any] | None) -> OsDetection:
    """Windows or Linux: osDisk.osType, then the policies' image rules, then osProfile, then publisher."""
    props = arm_get(vm, "properties")
    os_type = (text(arm_get(props, "storageProfile", "osDisk", "osType")) or "").lower()
    # Policies use `like "Windows*"` / `like "Linux*"`.
    if os_type.startswith("windows"):
        return OsDetection("Windows", "osDisk.osType")
    if os_type.startswith("linux"):
        return OsDetection("Linux", "osDisk.osType")
    image = arm_get(props, "storageProfile", "imageReference")
    publisher = (text(arm_get(image, "publisher")) or "").lower()
    offer = (text(arm_get(image, "offer")) or "").lower()
    sku = (text(arm_get(image, "sku")) or "").lower()
    if offer.startswith("windows"):
        return OsDetection("Windows", "imageReference.offer")
    if (publisher, offer, sku) in _POLICY_LINUX_IMAGES:
        return OsDetection("Linux", "imageReference")
    if isinstance(arm_get(props, "osProfile", "windowsConfiguration"), Mapping):
        return OsDetection("Windows", "osProfile.windowsConfiguration")
    if isinstance(arm_get(props, "osProfile", "linuxConfiguration"), Mapping):
        return OsDetection("Linux", "osProfile.linuxConfiguration")
    if publisher.startswith(_WINDOWS_PUBLISHERS):
        return OsDetection("Windows", "imageReference.publisher")
    if publisher in _LINUX_PUBLISHERS:
        return OsDetection("Linux", "imageReference.publisher")
    return OsDetection(None, None)


# --- Report -------------------------------------------------------------------------------------------------


class CheckStatus(StrEnum):
    OK = "ok"
    FAIL = "fail"
    UNKNOWN = "unknown"


class Check(NamedTuple):
    """One line of the prerequisites checklist."""

    id: str  # "security-type" | "secure-boot" | "vtpm" | "os-type" | "power-state" | "vm-agent"
    status: CheckStatus
    finding: Finding


@dataclass(frozen=True, slots=True)
class PrerequisiteReport:
    security_type: SecurityType
    secure_boot: bool | None
    vtpm: bool | None
    os_type: OsType | None
    power_state: str | None  # "running", "deallocated", ... (suffix of PowerState/<state>)
    agent_ready: bool | None
    agent_version: str | None
    hyper_v_generation: str | None  # "V1" | "V2" from the instance view
    met: bool  # TrustedLaunch/ConfidentialVM with Secure Boot and vTPM on (the policies' "supported VM")
    checks: list[Check] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # problems and notes, not the OK lines

    def to_json(self) -> dict[str, Any]:
        return {
            "securityType": self.security_type.value,
            "secureBoot": self.secure_boot,
            "vTpm": self.vtpm,
            "met": self.met,
            "osType": self.os_type,
            "powerState": self.power_state,
            "agentReady": self.agent_ready,
            "agentVersion": self.agent_version,
            "hyperVGeneration": self.hyper_v_generation,
            "checks": [{"id": c.id, "status": c.status.value, "code": c.finding.code} for c in self.checks],
            "findings": [finding_to_json(f) for f in self.findings],
        }


def _security_type(props: Any) -> tuple[SecurityType, Any]:
    profile = arm_get(props, "securityProfile")
    raw = arm_get(profile, "securityType") if isinstance(profile, Mapping) else profile
    return security_type_of_profile(profile), raw


def _power_state(instance_view: Any) -> str | None:
    for status in as_list(arm_get(instance_view, "statuses")):
        code = text(arm_get(status, "code")) or ""
        if code.lower().startswith("powerstate/"):
            return code.split("/", 1)[1].lower() or None
    return None


class _Agent(NamedTuple):
    ready: bool | None
    version: str | None
    status: str | None  # displayStatus, verbatim
    message: str | None


def _agent(instance_view: Any) -> _Agent:
    agent = arm_get(instance_view, "vmAgent")
    version = text(arm_get(agent, "vmAgentVersion"))
    ready: bool | None = None
    shown: str | None = None
    message: str | None = None
    for status in as_list(arm_get(agent, "statuses")):
        code = (text(arm_get(status, "code")) or "").lower()
        display = text(arm_get(status, "displayStatus"))
        if not code.startswith("provisioningstate/") and display is None:
            continue
        shown, message = display, text(arm_get(status, "message"))
        normalized = (display or "").lower()
        level = (text(arm_get(status, "level")) or "").lower()
        if normalized == "ready":
            ready = True
        elif normalized == "not ready" or level == "error" or code.endswith(("/failed", "/unavailable")):
            ready = False
        break
    return _Agent(ready, version, shown, message)


def evaluate_prerequisites(vm: Mapping[str, Any] | None) -> PrerequisiteReport:
    """Checklist and findings for one VM; never raises on odd payloads (unknown values become findings)."""
    props = arm_get(vm, "properties")
    security_type, raw_type = _security_type(props)
    uefi = arm_get(props, "securityProfile", "uefiSettings")
    secure_boot = parse_bool(arm_get(uefi, "secureBootEnabled"))
    vtpm = parse_bool(arm_get(uefi, "vTpmEnabled"))
    os_detection = detect_os_type(vm)
    instance_view = arm_get(props, "instanceView")
    power_state = _power_state(instance_view)
    agent = _agent(instance_view)
    generation = text(arm_get(instance_view, "hyperVGeneration")) or text(arm_get(props, "hyperVGeneration"))

    builder = _ChecklistBuilder()
    builder.security_type(security_type, raw_type, generation)
    builder.uefi(security_type, secure_boot, vtpm)
    builder.os_type(os_detection)
    running = builder.power_state(power_state, instance_view is not None)
    builder.agent(agent, running, instance_view is not None)

    trusted = security_type.has_uefi_security
    return PrerequisiteReport(
        security_type=security_type,
        secure_boot=secure_boot,
        vtpm=vtpm,
        os_type=os_detection.os_type,
        power_state=power_state,
        agent_ready=agent.ready,
        agent_version=agent.version,
        hyper_v_generation=generation,
        met=trusted and secure_boot is True and vtpm is True,
        checks=builder.checks,
        findings=builder.findings,
    )


class _ChecklistBuilder:
    """Collects one Check per prerequisite; non-OK warnings and errors also go into ``findings``."""

    def __init__(self) -> None:
        self.checks: list[Check] = []
        self.findings: list[Finding] = []

    def _add(self, check_id: str, status: CheckStatus, finding: Finding) -> None:
        self.checks.append(Check(check_id, status, finding))
        if status is not CheckStatus.OK and finding.severity is not Severity.INFO:
            self.findings.append(finding)

    def security_type(self, security_type: SecurityType, raw: Any, generation: str | None) -> None:
        evidence = {"securityType": raw, "hyperVGeneration": generation}
        if security_type.has_uefi_security:
            msg = QT_TRANSLATE_NOOP("Findings", "The VM uses the security type {securityType}.")
            found: dict[str, str] = {"securityType": ApiValue(ValueKind.SECURITY_TYPE, security_type)}
            finding = Finding("PREREQ_SECURITY_TYPE_OK", Severity.INFO, msg, found)
            self._add("security-type", CheckStatus.OK, finding)
            return
        if security_type is SecurityType.UNKNOWN:
            msg = QT_TRANSLATE_NOOP(
                "Findings",
                "The VM reports a security type this tool does not recognize ({securityType}). Boot "
                "integrity monitoring needs Trusted Launch or a Confidential VM; check the VM in the Azure "
                "portal.",
            )
            args = {"securityType": str(raw)}
            finding = Finding("PREREQ_SECURITY_TYPE_UNKNOWN", Severity.WARNING, msg, args, evidence)
            self._add("security-type", CheckStatus.UNKNOWN, finding)
            return
        gen = (generation or "").upper()
        if gen == "V1":
            msg = QT_TRANSLATE_NOOP(
                "Findings",
                "This is a Standard generation 1 VM. Boot integrity monitoring needs Trusted Launch. First "
                "convert the OS disk from MBR to GPT (Microsoft's Gen1-to-Trusted-Launch upgrade), then stop "
                "(deallocate) the VM, set the security type to Trusted Launch with Secure Boot and vTPM on, "
                "and start it again.",
            )
        elif gen == "V2":
            msg = QT_TRANSLATE_NOOP(
                "Findings",
                "This is a Standard VM. Boot integrity monitoring needs Trusted Launch. To switch: stop "
                "(deallocate) the VM, set the security type to Trusted Launch with Secure Boot and vTPM on, "
                "and start it again.",
            )
        else:
            msg = QT_TRANSLATE_NOOP(
                "Findings",
                "This is a Standard VM. Boot integrity monitoring needs Trusted Launch. To switch: stop "
                "(deallocate) the VM, set the security type to Trusted Launch with Secure Boot and vTPM on, "
                "and start it again. Generation 1 VMs must first have their OS disk converted from MBR to "
                "GPT.",
            )
        finding = Finding("PREREQ_NOT_TRUSTED_LAUNCH", Severity.ERROR, msg, {}, evidence)
        self._add("security-type", CheckStatus.FAIL, finding)

    def uefi(self, security_type: SecurityType, secure_boot: bool | None, vtpm: bool | None) -> None:
        if not security_type.has_uefi_security:
            # Standard VMs have no UEFI flags to fix; the security-type finding already explains the path.
            for check_id, code in (("secure-boot", "PREREQ_SECURE_BOOT_NA"), ("vtpm", "PREREQ_VTPM_NA")):
                msg = QT_TRANSLATE_NOOP("Findings", "Not available until the VM uses Trusted Launch.")
                self._add(check_id, CheckStatus.FAIL, Finding(code, Severity.INFO, msg))
            return
        fixable = security_type is SecurityType.TRUSTED_LAUNCH  # documented in-place toggle with auto-restart
        self._secure_boot(secure_boot, fixable)
        self._vtpm(vtpm, fixable)

    def _secure_boot(self, value: bool | None, fixable: bool) -> None:
        evidence = {"secureBootEnabled": value}
        if value is True:
            msg = QT_TRANSLATE_NOOP("Findings", "Secure Boot is on.")
            self._add("secure-boot", CheckStatus.OK, Finding("PREREQ_SECURE_BOOT_OK", Severity.INFO, msg))
        elif value is None:
            msg = QT_TRANSLATE_NOOP(
                "Findings",
                "The Secure Boot setting could not be read from the VM. Check it in the Azure portal.",
            )
            finding = Finding("PREREQ_SECURE_BOOT_UNKNOWN", Severity.WARNING, msg, {}, evidence)
            self._add("secure-boot", CheckStatus.UNKNOWN, finding)
        elif fixable:
            msg = QT_TRANSLATE_NOOP(
                "Findings",
                "Secure Boot is off. Attestation fails without it. Turning it on restarts the VM automatically.",
            )
            finding = Finding("PREREQ_SECURE_BOOT_OFF", Severity.ERROR, msg, {}, evidence, FIX_ENABLE_SECURE_BOOT)
            self._add("secure-boot", CheckStatus.FAIL, finding)
        else:
            msg = QT_TRANSLATE_NOOP(
                "Findings",
                "Secure Boot is off on this Confidential VM. Attestation fails without it. This tool changes "
                "the setting only on Trusted Launch VMs; change it in the Azure portal or redeploy the VM.",
            )
            finding = Finding("PREREQ_SECURE_BOOT_OFF", Severity.ERROR, msg, {}, evidence)
            self._add("secure-boot", CheckStatus.FAIL, finding)

    def _vtpm(self, value: bool | None, fixable: bool) -> None:
        evidence = {"vTpmEnabled": value}
        if value is True:
            msg = QT_TRANSLATE_NOOP("Findings", "The virtual TPM (vTPM) is on.")
            self._add("vtpm", CheckStatus.OK, Finding("PREREQ_VTPM_OK", Severity.INFO, msg))
        elif value is None:
            msg = QT_TRANSLATE_NOOP(
                "Findings", "The vTPM setting could not be read from the VM. Check it in the Azure portal."
            )
            self._add(
                "vtpm",
                CheckStatus.UNKNOWN,
                Finding("PREREQ_VTPM_UNKNOWN", Severity.WARNING, msg, {}, evidence),
            )
        elif fixable:
            msg = QT_TRANSLATE_NOOP(
                "Findings",
                "The virtual TPM (vTPM) is off. The Guest Attestation extension cannot be installed without "
                "it. Turning it on restarts the VM automatically.",
            )
            self._add(
                "vtpm",
                CheckStatus.FAIL,
                Finding("PREREQ_VTPM_OFF", Severity.ERROR, msg, {}, evidence, FIX_ENABLE_VTPM),
            )
        else:
            msg = QT_TRANSLATE_NOOP(
                "Findings",
                "The virtual TPM (vTPM) is off on this Confidential VM. The Guest Attestation extension "
                "cannot be installed without it. This tool changes the setting only on Trusted Launch VMs; "
                "change it in the Azure portal or redeploy the VM.",
            )
            self._add("vtpm", CheckStatus.FAIL, Finding("PREREQ_VTPM_OFF", Severity.ERROR, msg, {}, evidence))

    def os_type(self, detection: OsDetection) -> None:
        if detection.os_type is not None:
            msg = QT_TRANSLATE_NOOP("Findings", "Operating system: {osType}.")
            finding = Finding(
                "PREREQ_OS_OK",
                Severity.INFO,
                msg,
                {"osType": detection.os_type},
                {"source": detection.source},
            )
            self._add("os-type", CheckStatus.OK, finding)
            return
        msg = QT_TRANSLATE_NOOP(
            "Findings",
            "Could not tell whether the VM runs Windows or Linux. The extension comes in a Windows and a "
            "Linux variant, so choose the operating system before installing it.",
        )
        self._add("os-type", CheckStatus.UNKNOWN, Finding("PREREQ_OS_UNKNOWN", Severity.WARNING, msg))

    def power_state(self, state: str | None, has_instance_view: bool) -> bool | None:
        """Adds the power-state check; returns True/False for running, None when unknown."""
        if state == "running":
            msg = QT_TRANSLATE_NOOP("Findings", "The VM is running.")
            self._add("power-state", CheckStatus.OK, Finding("PREREQ_VM_RUNNING", Severity.INFO, msg))
            return True
        if state is None:
            msg = QT_TRANSLATE_NOOP(
                "Findings",
                "The VM's power state is not known. Installing the extension and attesting need a running VM.",
            )
            evidence = {"instanceView": has_instance_view}
            finding = Finding("PREREQ_POWER_STATE_UNKNOWN", Severity.WARNING, msg, {}, evidence)
            self._add("power-state", CheckStatus.UNKNOWN, finding)
            return None
        msg = QT_TRANSLATE_NOOP(
            "Findings",
            "The VM is not running (state: {powerState}). Installing the extension and attesting need a "
            "running VM; start it first.",
        )
        finding = Finding("PREREQ_VM_NOT_RUNNING", Severity.WARNING, msg, {"powerState": state}, {}, FIX_START_VM)
        self._add("power-state", CheckStatus.FAIL, finding)
        return False

    def agent(self, agent: _Agent, running: bool | None, has_instance_view: bool) -> None:
        args = {"status": agent.status or "", "message": agent.message or "", "version": agent.version or ""}
        if agent.ready is True:
            msg = QT_TRANSLATE_NOOP("Findings", "The Azure VM Agent is ready (version {version}).")
            self._add("vm-agent", CheckStatus.OK, Finding("PREREQ_AGENT_READY", Severity.INFO, msg, args))
            return
        if running is False or not has_instance_view:
            # A stopped VM has no agent heartbeat, and without the instance view there is nothing to read:
            # neither is a second problem.
            msg = QT_TRANSLATE_NOOP("Findings", "The VM Agent can only be checked while the VM is running.")
            if not has_instance_view:
                msg = QT_TRANSLATE_NOOP("Findings", "The VM Agent status was not loaded.")
            self._add("vm-agent", CheckStatus.UNKNOWN, Finding("PREREQ_AGENT_NOT_CHECKED", Severity.INFO, msg))
            return
        if agent.ready is False:
            msg = QT_TRANSLATE_NOOP(
                "Findings",
                "The Azure VM Agent is not ready (status: {status}). Extensions cannot be installed until "
                "the agent inside the VM is running and can reach Azure.",
            )
            if agent.message:
                msg = QT_TRANSLATE_NOOP(
                    "Findings",
                    "The Azure VM Agent is not ready (status: {status}). Extensions cannot be installed "
                    "until the agent inside the VM is running and can reach Azure. Agent message: {message}",
                )
            self._add("vm-agent", CheckStatus.FAIL, Finding("PREREQ_AGENT_NOT_READY", Severity.ERROR, msg, args))
            return
        msg = QT_TRANSLATE_NOOP(
            "Findings",
            "The VM reports no Azure VM Agent status. The agent may not be installed or not be running; "
            "extensions cannot be installed without it.",
        )
        self._add("vm-agent", CheckStatus.UNKNOWN, Finding("PREREQ_AGENT_UNKNOWN", Severity.WARNING, msg, args))
