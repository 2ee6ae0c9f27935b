"""Prerequisites evaluator: security type, UEFI flags, OS detection, power state, VM agent."""

from __future__ import annotations

import ast
import copy
import json
import string
from pathlib import Path
from typing import Any

import pytest

from core.diagnosis.model import Severity
from core.diagnosis.prerequisites import (
    CheckStatus,
    arm_get,
    detect_os_type,
    evaluate_prerequisites,
    parse_bool,
)

RUNNING = [
    {"code": "ProvisioningState/succeeded", "level": "Info", "displayStatus": "Provisioning succeeded"},
    {"code": "PowerState/running", "level": "Info", "displayStatus": "VM running"},
]
AGENT_READY = {
    "vmAgentVersion": "2.7.41491.1102",
    "statuses": [
        {
            "code": "ProvisioningState/succeeded",
            "level": "Info",
            "displayStatus": "Ready",
            "message": "GuestAgent is running and processing the extensions.",
        }
    ],
}


def make_vm(
    security_profile: Any = "default",
    *,
    os_type: Any = "Windows",
    statuses: Any = None,
    vm_agent: Any = "default",
    generation: str | None = "V2",
    instance_view: bool = True,
) -> dict[str, Any]:
    """A VM as GET ?$expand=instanceView returns it; 'default' = healthy Trusted Launch Windows VM."""
    if security_profile == "default":
        security_profile = {
            "securityType": "TrustedLaunch",
            "uefiSettings": {"secureBootEnabled": True, "vTpmEnabled": True},
        }
    props: dict[str, Any] = {
        "storageProfile": {"osDisk": {"osType": os_type, "name": "osdisk"}},
        "provisioningState": "Succeeded",
    }
    if security_profile != "absent":
        props["securityProfile"] = security_profile
    if instance_view:
        view: dict[str, Any] = {"statuses": RUNNING if statuses is None else statuses}
        if generation:
            view["hyperVGeneration"] = generation
        if vm_agent != "absent":
            view["vmAgent"] = AGENT_READY if vm_agent == "default" else vm_agent
        props["instanceView"] = view
    return {"name": "vm1", "type": "Microsoft.Compute/virtualMachines", "location": "westeurope", "properties": props}


def codes(report: Any) -> list[str]:
    return [f.code for f in report.findings]


# --- security type and UEFI flags (policy "supported VM" conditions, guest-attestation.md §13) ---------


def uefi(security_type: Any, secure_boot: Any = True, vtpm: Any = True) -> dict[str, Any]:
    return {"securityType": security_type, "uefiSettings": {"secureBootEnabled": secure_boot, "vTpmEnabled": vtpm}}


@pytest.mark.parametrize(
    ("profile", "security_type", "secure_boot", "vtpm", "met"),
    [
        (uefi("TrustedLaunch"), "TrustedLaunch", True, True, True),
        (uefi("trustedlaunch"), "TrustedLaunch", True, True, True),  # SDK keeps wire casing
        (uefi(" TRUSTEDLAUNCH "), "TrustedLaunch", True, True, True),
        (uefi("ConfidentialVM"), "ConfidentialVM", True, True, True),
        (uefi("confidentialvm"), "ConfidentialVM", True, True, True),
        (uefi("TrustedLaunch", "true", "true"), "TrustedLaunch", True, True, True),  # DINE policies write strings
        (uefi("TrustedLaunch", "True", "TRUE"), "TrustedLaunch", True, True, True),
        (uefi("TrustedLaunch", False, True), "TrustedLaunch", False, True, False),
        (uefi("TrustedLaunch", True, "false"), "TrustedLaunch", True, False, False),
        (uefi("TrustedLaunch", None, None), "TrustedLaunch", None, None, False),
        (uefi("TrustedLaunch", "yes", 1), "TrustedLaunch", None, None, False),
        ({"securityType": "TrustedLaunch"}, "TrustedLaunch", None, None, False),  # uefiSettings must exist
        ({"securityType": "TrustedLaunch", "uefiSettings": None}, "TrustedLaunch", None, None, False),
        (uefi("Standard"), "Standard", True, True, False),  # flags alone do not qualify
        (uefi(None), "Standard", True, True, False),
        (uefi(""), "Standard", True, True, False),
        ({"uefiSettings": None}, "Standard", None, None, False),
        (None, "Standard", None, None, False),
        ("absent", "Standard", None, None, False),
        (uefi("ConfidentialVMv2"), "Unknown", True, True, False),
        (uefi(7), "Unknown", True, True, False),
        ("TrustedLaunch", "Unknown", None, None, False),  # securityProfile of the wrong JSON type
        (
            {"SecurityType": "TrustedLaunch", "UefiSettings": {"SecureBootEnabled": "true", "VTpmEnabled": True}},
            "TrustedLaunch",
            True,
            True,
            True,
        ),  # key case variants
    ],
)
def test_security_type_and_uefi(profile: Any, security_type: str, secure_boot: Any, vtpm: Any, met: bool) -> None:
    report = evaluate_prerequisites(make_vm(profile))
    assert (report.security_type, report.secure_boot, report.vtpm, report.met) == (
        security_type,
        secure_boot,
        vtpm,
        met,
    )
    assert report.to_json()["met"] is met


@pytest.mark.parametrize(
    ("profile", "code", "severity", "fix_id", "check_status"),
    [
        (
            uefi("TrustedLaunch", False, True),
            "PREREQ_SECURE_BOOT_OFF",
            Severity.ERROR,
            "enable-secure-boot",
            CheckStatus.FAIL,
        ),
        (uefi("TrustedLaunch", True, "false"), "PREREQ_VTPM_OFF", Severity.ERROR, "enable-vtpm", CheckStatus.FAIL),
        (uefi("ConfidentialVM", False, True), "PREREQ_SECURE_BOOT_OFF", Severity.ERROR, None, CheckStatus.FAIL),
        (uefi("ConfidentialVM", True, False), "PREREQ_VTPM_OFF", Severity.ERROR, None, CheckStatus.FAIL),
        ({"securityType": "TrustedLaunch"}, "PREREQ_SECURE_BOOT_UNKNOWN", Severity.WARNING, None, CheckStatus.UNKNOWN),
        ({"securityType": "TrustedLaunch"}, "PREREQ_VTPM_UNKNOWN", Severity.WARNING, None, CheckStatus.UNKNOWN),
        (None, "PREREQ_NOT_TRUSTED_LAUNCH", Severity.ERROR, None, CheckStatus.FAIL),
        (uefi("Standard"), "PREREQ_NOT_TRUSTED_LAUNCH", Severity.ERROR, None, CheckStatus.FAIL),
        (uefi("SomethingNew"), "PREREQ_SECURITY_TYPE_UNKNOWN", Severity.WARNING, None, CheckStatus.UNKNOWN),
    ],
)
def test_security_findings(
    profile: Any, code: str, severity: Severity, fix_id: str | None, check_status: CheckStatus
) -> None:
    report = evaluate_prerequisites(make_vm(profile))
    finding = next(f for f in report.findings if f.code == code)
    assert (finding.severity, finding.fix_id) == (severity, fix_id)
    check = next(c for c in report.checks if c.finding.code == code)
    assert check.status is check_status
    finding.render()  # every placeholder has an argument


def test_healthy_trusted_launch_vm_has_no_findings_and_all_checks_ok() -> None:
    report = evaluate_prerequisites(make_vm())
    assert report.findings == []
    assert [(c.id, c.status) for c in report.checks] == [
        ("security-type", CheckStatus.OK),
        ("secure-boot", CheckStatus.OK),
        ("vtpm", CheckStatus.OK),
        ("os-type", CheckStatus.OK),
        ("power-state", CheckStatus.OK),
        ("vm-agent", CheckStatus.OK),
    ]
    assert all(c.finding.severity is Severity.INFO for c in report.checks)


def test_standard_vm_reports_one_problem_not_three() -> None:
    report = evaluate_prerequisites(make_vm(None))
    assert codes(report) == ["PREREQ_NOT_TRUSTED_LAUNCH"]
    uefi_checks = {c.id: c for c in report.checks if c.id in ("secure-boot", "vtpm")}
    assert {c.status for c in uefi_checks.values()} == {CheckStatus.FAIL}
    assert all(c.finding.fix_id is None for c in uefi_checks.values())


@pytest.mark.parametrize(
    ("generation", "mentions_gpt", "mentions_gen1_as_condition"),
    [("V1", True, False), ("v1", True, False), ("V2", False, False), (None, True, True)],
)
def test_standard_vm_guidance_depends_on_generation(
    generation: str | None, mentions_gpt: bool, mentions_gen1_as_condition: bool
) -> None:
    report = evaluate_prerequisites(make_vm(None, generation=generation))
    finding = report.findings[0]
    text = finding.render()
    assert "deallocate" in text and "Trusted Launch" in text
    assert ("GPT" in text) is mentions_gpt
    assert ("Generation 1 VMs" in text) is mentions_gen1_as_condition
    assert finding.evidence["hyperVGeneration"] == generation
    assert report.hyper_v_generation == generation


def test_unknown_security_type_value_is_shown_verbatim() -> None:
    report = evaluate_prerequisites(make_vm(uefi("ConfidentialVMv2")))
    assert "ConfidentialVMv2" in report.findings[0].render()


# --- OS type -------------------------------------------------------------------------------------------------


def os_vm(os_type: Any = None, image: Any = None, os_profile: Any = None) -> dict[str, Any]:
    storage: dict[str, Any] = {"osDisk": {"osType": os_type}}
    if image is not None:
        storage["imageReference"] = image
    props: dict[str, Any] = {"storageProfile": storage}
    if os_profile is not None:
        props["osProfile"] = os_profile
    return {"properties": props}


def img(publisher: str, offer: str, sku: str) -> dict[str, str]:
    return {"publisher": publisher, "offer": offer, "sku": sku, "version": "latest"}


@pytest.mark.parametrize(
    ("vm", "os_type", "source"),
    [
        (os_vm("Windows"), "Windows", "osDisk.osType"),
        (os_vm("windows"), "Windows", "osDisk.osType"),
        (os_vm("Linux"), "Linux", "osDisk.osType"),
        (os_vm("LINUX"), "Linux", "osDisk.osType"),
        # osType wins over conflicting hints
        (
            os_vm("Linux", img("MicrosoftWindowsServer", "WindowsServer", "2022-datacenter-g2")),
            "Linux",
            "osDisk.osType",
        ),
        # policy 98ea2fc7: imageReference.offer like "windows*"
        (
            os_vm(None, img("MicrosoftWindowsServer", "WindowsServer", "2022-datacenter-g2")),
            "Windows",
            "imageReference.offer",
        ),
        (
            os_vm(None, img("MicrosoftWindowsDesktop", "windows-11", "win11-23h2-pro")),
            "Windows",
            "imageReference.offer",
        ),
        # policy 6074e9a3 image tuples
        (os_vm(None, img("Canonical", "UbuntuServer", "18_04-lts-gen2")), "Linux", "imageReference"),
        (os_vm(None, img("Canonical", "0001-com-ubuntu-server-focal", "20_04-lts-gen2")), "Linux", "imageReference"),
        (
            os_vm(None, img("Canonical", "0001-com-ubuntu-confidential-vm-focal", "20_04-lts-cvm")),
            "Linux",
            "imageReference",
        ),
        (os_vm(None, img("RedHat", "RHEL", "83-gen2")), "Linux", "imageReference"),
        (os_vm(None, img("SUSE", "SLES-15-SP2", "gen2")), "Linux", "imageReference"),
        (os_vm(None, img("OpenLogic", "CENTOS", "8_3-gen2")), "Linux", "imageReference"),
        (os_vm(None, img("Oracle", "Oracle-Linux", "ol83-lvm-gen2")), "Linux", "imageReference"),
        (os_vm(None, img("microsoftcblmariner", "cbl-mariner", "1-gen2")), "Linux", "imageReference"),
        (os_vm(None, img("debian", "debian-11", "11-gen2")), "Linux", "imageReference"),
        (os_vm(None, img("canonical", "ubuntuserver", "18_04-LTS-GEN2")), "Linux", "imageReference"),
        # osProfile configuration blocks
        (
            os_vm(
                None,
                img("MicrosoftWindowsServer", "2019-datacenter-cvm", "windows-cvm"),
                {"windowsConfiguration": {"provisionVMAgent": True}},
            ),
            "Windows",
            "osProfile.windowsConfiguration",
        ),
        (
            os_vm(None, None, {"linuxConfiguration": {"disablePasswordAuthentication": True}}),
            "Linux",
            "osProfile.linuxConfiguration",
        ),
        (os_vm(None, None, {"linuxConfiguration": {}}), "Linux", "osProfile.linuxConfiguration"),
        # last resort: publisher
        (os_vm(None, img("Canonical", "ubuntu-24_04-lts", "server")), "Linux", "imageReference.publisher"),
        (
            os_vm(None, img("MicrosoftWindowsServer", "2019-datacenter-cvm", "windows-cvm")),
            "Windows",
            "imageReference.publisher",
        ),
        # nothing usable
        (os_vm(None, None, {"windowsConfiguration": None}), None, None),
        (
            os_vm(None, {"id": "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/galleries/g/images/i"}),
            None,
            None,
        ),
        ({"properties": {"storageProfile": None}}, None, None),
        ({"properties": None}, None, None),
        ({}, None, None),
        (None, None, None),
    ],
)
def test_detect_os_type(vm: Any, os_type: str | None, source: str | None) -> None:
    assert detect_os_type(vm) == (os_type, source)


def test_os_unknown_becomes_a_finding() -> None:
    report = evaluate_prerequisites(make_vm(os_type=None))
    assert report.os_type is None
    assert codes(report) == ["PREREQ_OS_UNKNOWN"]
    assert next(c for c in report.checks if c.id == "os-type").status is CheckStatus.UNKNOWN


# --- power state and VM agent ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statuses", "power_state", "status", "code"),
    [
        (RUNNING, "running", CheckStatus.OK, None),
        (
            [{"code": "PowerState/deallocated", "displayStatus": "VM deallocated"}],
            "deallocated",
            CheckStatus.FAIL,
            "PREREQ_VM_NOT_RUNNING",
        ),
        ([{"code": "PowerState/Stopped"}], "stopped", CheckStatus.FAIL, "PREREQ_VM_NOT_RUNNING"),
        ([{"code": "PowerState/starting"}], "starting", CheckStatus.FAIL, "PREREQ_VM_NOT_RUNNING"),
        ([{"code": "ProvisioningState/succeeded"}], None, CheckStatus.UNKNOWN, "PREREQ_POWER_STATE_UNKNOWN"),
        ([], None, CheckStatus.UNKNOWN, "PREREQ_POWER_STATE_UNKNOWN"),
        ([None, {"code": None}, "junk"], None, CheckStatus.UNKNOWN, "PREREQ_POWER_STATE_UNKNOWN"),
    ],
)
def test_power_state(statuses: Any, power_state: str | None, status: CheckStatus, code: str | None) -> None:
    report = evaluate_prerequisites(make_vm(statuses=statuses))
    assert report.power_state == power_state
    check = next(c for c in report.checks if c.id == "power-state")
    assert check.status is status
    if code is not None:
        assert code in codes(report)
        assert check.finding.code == code


def test_stopped_vm_fix_and_agent_not_blamed() -> None:
    vm = make_vm(statuses=[{"code": "PowerState/deallocated"}], vm_agent="absent")
    report = evaluate_prerequisites(vm)
    assert codes(report) == ["PREREQ_VM_NOT_RUNNING"]
    finding = report.findings[0]
    assert finding.fix_id == "start-vm" and finding.args == {"powerState": "deallocated"}
    assert next(c for c in report.checks if c.id == "vm-agent").status is CheckStatus.UNKNOWN


def test_missing_instance_view() -> None:
    report = evaluate_prerequisites(make_vm(instance_view=False))
    assert (report.power_state, report.agent_ready, report.agent_version, report.hyper_v_generation) == (
        None,
        None,
        None,
        None,
    )
    assert codes(report) == ["PREREQ_POWER_STATE_UNKNOWN"]  # one note, not an agent complaint too


def agent(
    display: Any,
    *,
    code: str = "ProvisioningState/succeeded",
    level: str = "Info",
    message: Any = None,
    version: Any = "2.7.41491.1102",
) -> dict[str, Any]:
    return {
        "vmAgentVersion": version,
        "statuses": [{"code": code, "level": level, "displayStatus": display, "message": message}],
    }


@pytest.mark.parametrize(
    ("vm_agent", "ready", "version", "code"),
    [
        ("default", True, "2.7.41491.1102", None),
        (agent("ready"), True, "2.7.41491.1102", None),
        (
            agent(
                "Not Ready",
                code="ProvisioningState/Unavailable",
                level="Warning",
                message="VM Agent is unresponsive.",
                version="Unknown",
            ),
            False,
            "Unknown",
            "PREREQ_AGENT_NOT_READY",
        ),
        (agent("Not Ready"), False, "2.7.41491.1102", "PREREQ_AGENT_NOT_READY"),
        (
            agent(None, code="ProvisioningState/failed", level="Error"),
            False,
            "2.7.41491.1102",
            "PREREQ_AGENT_NOT_READY",
        ),
        (agent("Something", level="Error"), False, "2.7.41491.1102", "PREREQ_AGENT_NOT_READY"),
        ("absent", None, None, "PREREQ_AGENT_UNKNOWN"),
        (None, None, None, "PREREQ_AGENT_UNKNOWN"),
        ({"vmAgentVersion": "2.7", "statuses": None}, None, "2.7", "PREREQ_AGENT_UNKNOWN"),
        ({"vmAgentVersion": "", "statuses": []}, None, None, "PREREQ_AGENT_UNKNOWN"),
    ],
)
def test_vm_agent(vm_agent: Any, ready: bool | None, version: str | None, code: str | None) -> None:
    report = evaluate_prerequisites(make_vm(vm_agent=vm_agent))
    assert (report.agent_ready, report.agent_version) == (ready, version)
    assert codes(report) == ([code] if code else [])
    for finding in report.findings:
        finding.render()


def test_agent_message_is_passed_verbatim() -> None:
    message = "VM Agent is unresponsive. Error: 'WireServer unreachable' <168.63.129.16>"
    report = evaluate_prerequisites(make_vm(vm_agent=agent("Not Ready", message=message)))
    finding = report.findings[0]
    assert finding.args["message"] == message
    assert message in finding.render()
    assert finding.args["status"] == "Not Ready"


# --- whole payloads ----------------------------------------------------------------------------------------

# Response body of the Azure REST API spec example VirtualMachine_Create_WithSecurityTypeConfidentialVM
# (compute 2024-11-01, MIT), trimmed to the fields the evaluator reads. It has no osDisk.osType.
CVM_EXAMPLE: dict[str, Any] = {
    "name": "myVM",
    "properties": {
        "osProfile": {
            "adminUsername": "{your-username}",
            "secrets": [],
            "computerName": "myVM",
            "windowsConfiguration": {"provisionVMAgent": True, "enableAutomaticUpdates": True},
        },
        "storageProfile": {
            "imageReference": {
                "sku": "windows-cvm",
                "publisher": "MicrosoftWindowsServer",
                "version": "17763.2183.2109130127",
                "offer": "2019-datacenter-cvm",
            },
            "osDisk": {
                "caching": "ReadOnly",
                "managedDisk": {
                    "storageAccountType": "StandardSSD_LRS",
                    "securityProfile": {"securityEncryptionType": "DiskWithVMGuestState"},
                },
                "createOption": "FromImage",
                "name": "myVMosdisk",
            },
            "dataDisks": [],
        },
        "securityProfile": {
            "uefiSettings": {"secureBootEnabled": True, "vTpmEnabled": True},
            "securityType": "ConfidentialVM",
        },
        "hardwareProfile": {"vmSize": "Standard_DC2as_v5"},
        "provisioningState": "Creating",
    },
    "type": "Microsoft.Compute/virtualMachines",
    "location": "westus",
}


def test_arm_example_confidential_vm() -> None:
    report = evaluate_prerequisites(CVM_EXAMPLE)
    assert (report.security_type, report.met, report.os_type) == ("ConfidentialVM", True, "Windows")
    # PUT response without instance view: the state is unknown, not "not running".
    assert codes(report) == ["PREREQ_POWER_STATE_UNKNOWN"]


@pytest.mark.parametrize(
    "payload",
    [
        None,
        {},
        {"properties": None},
        {"properties": []},
        {"properties": {"instanceView": None}},
        {"properties": {"instanceView": {"statuses": None, "vmAgent": None}}},
        [],
    ],
)
def test_odd_payloads_degrade_to_unknown(payload: Any) -> None:
    report = evaluate_prerequisites(payload)
    assert report.security_type == "Standard" and report.met is False
    assert report.os_type is None and report.power_state is None
    assert {c.id for c in report.checks} == {
        "security-type",
        "secure-boot",
        "vtpm",
        "os-type",
        "power-state",
        "vm-agent",
    }
    assert report.to_json()["securityType"] == "Standard"


def test_input_is_not_modified() -> None:
    vm = make_vm()
    before = copy.deepcopy(vm)
    evaluate_prerequisites(vm)
    assert vm == before


def test_to_json_shape() -> None:
    report = evaluate_prerequisites(make_vm(uefi("TrustedLaunch", "false", True)))
    data = report.to_json()
    assert {
        k: data[k]
        for k in (
            "securityType",
            "secureBoot",
            "vTpm",
            "met",
            "osType",
            "powerState",
            "agentReady",
            "agentVersion",
            "hyperVGeneration",
        )
    } == {
        "securityType": "TrustedLaunch",
        "secureBoot": False,
        "vTpm": True,
        "met": False,
        "osType": "Windows",
        "powerState": "running",
        "agentReady": True,
        "agentVersion": "2.7.41491.1102",
        "hyperVGeneration": "V2",
    }
    assert data["checks"][1] == {"id": "secure-boot", "status": "fail", "code": "PREREQ_SECURE_BOOT_OFF"}
    assert data["findings"] == [
        {
            "code": "PREREQ_SECURE_BOOT_OFF",
            "severity": "error",
            "message": report.findings[0].render(),
            "args": {},
            "fixId": "enable-secure-boot",
        }
    ]


# --- helpers -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (True, True),
        (False, False),
        ("true", True),
        (" FALSE ", False),
        ("True", True),
        ("", None),
        ("1", None),
        (1, None),
        (None, None),
        ([], None),
    ],
)
def test_parse_bool(value: Any, expected: bool | None) -> None:
    assert parse_bool(value) is expected


@pytest.mark.parametrize(
    ("obj", "path", "expected"),
    [
        ({"a": {"b": 1}}, ("a", "b"), 1),
        ({"A": {"B": 1}}, ("a", "b"), 1),
        ({"a": {"b": 1}, "A": {"b": 2}}, ("a", "b"), 1),  # exact key first
        ({"a": None}, ("a", "b"), None),
        ({"a": [1]}, ("a", "b"), None),
        (None, ("a",), None),
        ({1: "x"}, ("a",), None),
    ],
)
def test_arm_get(obj: Any, path: tuple[str, ...], expected: Any) -> None:
    assert arm_get(obj, *path) == expected


# --- translations ------------------------------------------------------------------------------------------

REPO = Path(__file__).resolve().parents[3]
MODULES = ("core/diagnosis/prerequisites.py", "core/diagnosis/extension.py", "core/diagnosis/endpoints.py")


def _marked_strings() -> list[tuple[str, str]]:
    found = []
    for module in MODULES:
        for node in ast.walk(ast.parse((REPO / module).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                context, source = (arg.value for arg in node.args)  # type: ignore[attr-defined]
                found.append((context, source))
    return found


def test_every_marked_string_has_a_german_translation_with_the_same_placeholders() -> None:
    pending = json.loads((REPO / "translations/pending/prerequisites.json").read_text(encoding="utf-8"))
    marked = _marked_strings()
    assert len(marked) > 30
    for context, source in marked:
        german = pending[context][source]
        assert german and german != source
        fields = {name for _, name, _, _ in string.Formatter().parse(source) if name}
        assert {name for _, name, _, _ in string.Formatter().parse(german) if name} == fields
    assert {s for ctx in pending.values() for s in ctx} == {source for _, source in marked}  # no stale entries
