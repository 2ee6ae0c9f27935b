"""Guest Attestation extension evaluator: detection, health, upgrade flags, settings and endpoints."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from core.diagnosis.endpoints import ENDPOINT_BAD_HOST, ENDPOINT_NOT_HTTPS, ENDPOINT_PATH, ENDPOINT_WRONG_CLOUD
from core.diagnosis.extension import evaluate_extension
from core.diagnosis.model import Severity

WIN = "Microsoft.Azure.Security.WindowsAttestation"
LINUX = "Microsoft.Azure.Security.LinuxAttestation"
CANONICAL = {
    "AttestationConfig": {
        "MaaSettings": {"maaEndpoint": "", "maaTenantName": "GuestAttestation"},
        "AscSettings": {"ascReportingEndpoint": "", "ascReportingFrequency": ""},
        "useCustomToken": "false",
        "disableAlerts": "false",
    }
}
LEGACY = {
    "AttestationEndpointCfg": {
        "maaEndpoint": "https://sharedeus2.eus2.attest.azure.net/",
        "maaTenantName": "GuestAttestation",
        "ascReportingEndpoint": "https://sharedeus2.eus2.attest.azure.net/",
        "useAlternateToken": "false",
        "disableAlerts": "false",
    }
}
_ABSENT = object()


def ext(
    name: str = "GuestAttestation",
    *,
    publisher: Any = WIN,
    handler: Any = "GuestAttestation",
    state: Any = "Succeeded",
    settings: Any = CANONICAL,
    auto_minor: Any = True,
    automatic: Any = _ABSENT,
    instance_view: Any = _ABSENT,
) -> dict[str, Any]:
    """An extension resource as GET .../extensions?$expand=instanceView returns it."""
    props: dict[str, Any] = {
        "publisher": publisher,
        "type": handler,
        "typeHandlerVersion": "1.0",
        "autoUpgradeMinorVersion": auto_minor,
        "provisioningState": state,
    }
    if settings is not _ABSENT:
        props["settings"] = settings
    if automatic is not _ABSENT:
        props["enableAutomaticUpgrade"] = automatic
    if instance_view is not _ABSENT:
        props["instanceView"] = instance_view
    return {
        "name": name,
        "id": f"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1/extensions/{name}",
        "type": "Microsoft.Compute/virtualMachines/extensions",
        "location": "westeurope",
        "properties": props,
    }


def view(*statuses: dict[str, Any], substatuses: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    return {"statuses": list(statuses), "substatuses": substatuses or [], **extra}


def status(display: str, level: str = "Info", message: str | None = None, code: str | None = None) -> dict[str, Any]:
    return {
        "code": code or f"ProvisioningState/{display.lower()}",
        "level": level,
        "displayStatus": display,
        "message": message,
    }


def vm(
    os_type: str | None = "Windows", *, resources: Any = None, views: Any = None, nested: bool = False
) -> dict[str, Any]:
    props: dict[str, Any] = {"storageProfile": {"osDisk": {"osType": os_type}}}
    body: dict[str, Any] = {"name": "vm1", "type": "Microsoft.Compute/virtualMachines", "properties": props}
    if resources is not None:
        (props if nested else body)["resources"] = resources
    if views is not None:
        props["instanceView"] = {"extensions": views}
    return body


def codes(report: Any) -> list[str]:
    return [f.code for f in report.findings]


# --- detection -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extension", "os_type", "installed"),
    [
        (ext(), "Windows", True),
        (ext("MyOwnName"), "Windows", True),  # any name
        (ext(publisher="microsoft.azure.security.windowsattestation"), "Windows", True),
        (ext(publisher="MICROSOFT.AZURE.SECURITY.LINUXATTESTATION "), "Linux", True),
        (ext(handler="guestattestation"), "Windows", True),
        (ext(handler="GuestAttestationX"), "Windows", False),
        (ext(handler=None), "Windows", False),
        (ext(publisher="Microsoft.Azure.Security.Monitoring"), "Windows", False),
        (ext(publisher="Microsoft.Compute", handler="CustomScriptExtension"), "Windows", False),
        (ext(publisher=None), "Windows", False),
        ({"name": "GuestAttestation", "properties": None}, "Windows", False),  # the name alone is not enough
    ],
)
def test_detection_rule(extension: dict[str, Any], os_type: str, installed: bool) -> None:
    report = evaluate_extension(vm(os_type), [extension])
    assert report.installed is installed
    if not installed:
        assert codes(report) == ["EXT_NOT_INSTALLED"]
        assert report.findings[0].fix_id == "install-extension"
        assert report.findings[0].evidence["publisher"] == (WIN if os_type == "Windows" else LINUX)
    else:
        assert report.name == extension["name"]


@pytest.mark.parametrize(
    ("payload", "extensions"),
    [
        (vm(resources=[ext()]), None),  # VM GET: top-level "resources"
        (vm(resources=[ext()], nested=True), None),  # properties.resources
        (vm(), {"value": [ext()]}),  # list response as a whole
        (vm(), ext()),  # a single extension resource
        (vm(), (e for e in [ext()])),  # any iterable
        (vm(resources=[ext(publisher="x")]), [ext()]),  # explicit list wins for the same name
        (None, [ext()]),
    ],
)
def test_input_shapes(payload: Any, extensions: Any) -> None:
    report = evaluate_extension(payload, extensions, os_type="Windows")
    assert (report.installed, report.healthy, report.publisher, report.name) == (True, True, WIN, "GuestAttestation")


def test_child_resource_name_is_shortened() -> None:
    report = evaluate_extension(vm(), [ext("vm1/GuestAttestation")])
    assert report.name == "GuestAttestation"


def test_vm_instance_view_alone_proves_installation() -> None:
    iv = {
        "name": "GA",
        "type": f"{LINUX}.GuestAttestation",
        "typeHandlerVersion": "1.0.5.0",
        "statuses": [status("Provisioning succeeded", code="ProvisioningState/succeeded")],
    }
    report = evaluate_extension(vm("Linux", views=[iv]))
    assert (report.installed, report.name, report.publisher, report.healthy) == (True, "GA", LINUX, True)
    assert report.provisioning_state == "Provisioning succeeded"
    assert report.type_handler_version == "1.0.5.0"
    assert report.findings == []  # settings are unknown from the instance view, so no settings complaint


def test_vm_instance_view_is_attached_to_resource_by_name() -> None:
    iv = {
        "name": "guestattestation",
        "type": f"{WIN}.GuestAttestation",
        "statuses": [status("Provisioning succeeded", message="Attestation ok")],
    }
    report = evaluate_extension(vm(resources=[ext()], views=[iv]))
    assert [s.message for s in report.statuses] == ["Attestation ok"]
    assert report.installed and report.healthy


def test_other_extension_types_in_instance_view_are_ignored() -> None:
    iv = {"name": "AzureMonitorWindowsAgent", "type": "Microsoft.Azure.Monitor.AzureMonitorWindowsAgent"}
    assert evaluate_extension(vm(views=[iv, None, "junk"])).installed is False


# --- provisioning state and health (policy existenceCondition, guest-attestation.md §13) -------------------


@pytest.mark.parametrize(
    ("state", "healthy"),
    [
        ("Succeeded", True),
        ("succeeded", True),
        ("Provisioning succeeded", True),
        ("PROVISIONING SUCCEEDED", True),
        ("Failed", False),
        ("Creating", False),
        ("Updating", False),
        ("Deleting", False),
        (None, False),
        ("", False),
    ],
)
def test_policy_existence_condition(state: Any, healthy: bool) -> None:
    report = evaluate_extension(vm(), [ext(state=state)])
    assert report.installed and report.healthy is healthy
    assert report.to_json()["healthy"] is healthy


@pytest.mark.parametrize(
    ("publisher", "os_type", "state", "automatic", "iv", "code", "severity", "fix_id"),
    [
        (
            WIN,
            "Windows",
            "Failed",
            True,
            view(status("Provisioning failed", "Error", "Attestation failed: 403")),
            "EXT_FAILED",
            Severity.ERROR,
            None,
        ),
        (
            WIN,
            "Windows",
            "Updating",
            _ABSENT,
            view(status("Updating", "Error", "boom")),
            "EXT_FAILED",
            Severity.ERROR,
            None,
        ),
        (
            LINUX,
            "Linux",
            "Creating",
            True,
            _ABSENT,
            "EXT_TRANSITIONING",
            Severity.WARNING,
            "reinstall-extension-without-auto-upgrade",
        ),
        (
            LINUX,
            "Linux",
            "Creating",
            "true",
            _ABSENT,
            "EXT_TRANSITIONING",
            Severity.WARNING,
            "reinstall-extension-without-auto-upgrade",
        ),
        (
            LINUX,
            "Linux",
            "Creating",
            _ABSENT,
            _ABSENT,
            "EXT_TRANSITIONING",
            Severity.WARNING,
            "reinstall-extension-without-auto-upgrade",
        ),
        (
            LINUX,
            "Linux",
            "Transitioning",
            True,
            _ABSENT,
            "EXT_TRANSITIONING",
            Severity.WARNING,
            "reinstall-extension-without-auto-upgrade",
        ),
        (
            LINUX,
            "Linux",
            "Updating",
            True,
            view(status("Transitioning")),
            "EXT_TRANSITIONING",
            Severity.WARNING,
            "reinstall-extension-without-auto-upgrade",
        ),
        (LINUX, "Linux", "Creating", False, _ABSENT, "EXT_IN_PROGRESS", Severity.INFO, None),
        (LINUX, "Linux", "Creating", "false", _ABSENT, "EXT_IN_PROGRESS", Severity.INFO, None),
        (WIN, "Windows", "Creating", True, _ABSENT, "EXT_IN_PROGRESS", Severity.INFO, None),
        (WIN, "Windows", "Deleting", True, _ABSENT, "EXT_STATE_UNKNOWN", Severity.WARNING, None),
        (
            WIN,
            "Windows",
            "Succeeded",
            True,
            view(status("Provisioning succeeded"), substatuses=[status("x", "Error", "MAA unreachable")]),
            "EXT_REPORTS_ERROR",
            Severity.WARNING,
            None,
        ),
    ],
)
def test_state_findings(
    publisher: str, os_type: str, state: str, automatic: Any, iv: Any, code: str, severity: Severity, fix_id: str | None
) -> None:
    report = evaluate_extension(
        vm(os_type), [ext(publisher=publisher, state=state, automatic=automatic, instance_view=iv)]
    )
    assert codes(report) == [code]
    finding = report.findings[0]
    assert (finding.severity, finding.fix_id) == (severity, fix_id)
    assert state in finding.render() or code == "EXT_REPORTS_ERROR"


def test_failed_message_is_verbatim() -> None:
    message = 'Enable failed: {"code": 1, "msg": "Failed to reach https://sharedweu.weu.attest.azure.net"}\n  line 2'
    iv = view(status("Provisioning succeeded", message="old"), substatuses=[status("Attest", "Error", message)])
    report = evaluate_extension(vm(), [ext(state="Failed", instance_view=iv)])
    finding = report.findings[0]
    assert finding.args["message"] == message
    assert finding.render().endswith(message)  # braces in the message do not break formatting
    assert [s.message for s in report.statuses] == ["old", message]
    assert [s.kind for s in report.statuses] == ["status", "substatus"]


def test_failed_without_message_has_no_dangling_label() -> None:
    report = evaluate_extension(vm(), [ext(state="Failed")])
    assert report.findings[0].code == "EXT_FAILED"
    assert "Message from the VM" not in report.findings[0].render()


# --- upgrade flags ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("auto_minor", "automatic", "expected"),
    [
        (True, True, (True, True)),
        ("true", "false", (True, False)),
        (False, _ABSENT, (False, None)),
        (None, None, (None, None)),
        ("yes", 1, (None, None)),
    ],
)
def test_upgrade_flags(auto_minor: Any, automatic: Any, expected: tuple[Any, Any]) -> None:
    report = evaluate_extension(vm(), [ext(auto_minor=auto_minor, automatic=automatic)])
    assert (report.auto_upgrade_minor, report.automatic_upgrade) == expected
    data = report.to_json()
    assert (data["autoUpgradeMinorVersion"], data["enableAutomaticUpgrade"]) == expected


# --- settings and endpoint -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "schema", "endpoint", "finding_codes"),
    [
        (CANONICAL, "current", None, []),
        (
            {"AttestationConfig": {"MaaSettings": {"maaEndpoint": "  ", "maaTenantName": "GuestAttestation"}}},
            "current",
            None,
            [],
        ),
        ({"attestationConfig": {"maaSettings": {"MaaEndpoint": ""}}}, "current", None, []),  # key case variants
        (json.dumps(CANONICAL), "current", None, []),  # settings stored as a JSON string
        (_ABSENT, "none", None, ["EXT_NO_SETTINGS"]),  # az CLI installs with settings=None
        (None, "none", None, ["EXT_NO_SETTINGS"]),
        ({}, "none", None, ["EXT_NO_SETTINGS"]),
        ("", "none", None, ["EXT_NO_SETTINGS"]),
        ({"AttestationConfig": {"AscSettings": {}}}, "none", None, ["EXT_NO_SETTINGS"]),
        (
            {"AttestationConfig": {"MaaSettings": {"maaTenantName": "GuestAttestation"}}},
            "none",
            None,
            ["EXT_NO_SETTINGS"],
        ),
        ({"somethingElse": 1}, "unrecognised", None, ["EXT_NO_SETTINGS"]),
        ("{not json", "unrecognised", None, ["EXT_NO_SETTINGS"]),
        (LEGACY, "legacy", "https://sharedeus2.eus2.attest.azure.net/", ["EXT_CUSTOM_ENDPOINT"]),
        ({"AttestationEndpointCfg": {"maaEndpoint": ""}}, "legacy", None, []),
        (
            {"AttestationConfig": {"MaaSettings": {"maaEndpoint": "https://myprov.weu.attest.azure.net"}}},
            "current",
            "https://myprov.weu.attest.azure.net",
            ["EXT_CUSTOM_ENDPOINT"],
        ),
        (
            {"AttestationConfig": {"MaaSettings": {"maaEndpoint": "http://evil.example.com/x"}}},
            "current",
            "http://evil.example.com/x",
            ["EXT_CUSTOM_ENDPOINT", "EXT_ENDPOINT_INVALID", "EXT_ENDPOINT_INVALID", "EXT_ENDPOINT_INVALID"],
        ),
    ],
)
def test_settings(settings: Any, schema: str, endpoint: str | None, finding_codes: list[str]) -> None:
    report = evaluate_extension(vm(), [ext(settings=settings)])
    assert (report.settings_schema, report.maa_endpoint) == (schema, endpoint)
    assert codes(report) == finding_codes


def test_no_settings_finding() -> None:
    finding = evaluate_extension(vm(), [ext(settings=None)]).findings[0]
    assert (finding.severity, finding.fix_id) == (Severity.WARNING, "install-extension")
    assert "portal" in finding.render()


def test_custom_endpoint_finding_and_validation() -> None:
    url = "http://evil.example.com/x"
    report = evaluate_extension(vm(), [ext(settings={"AttestationConfig": {"MaaSettings": {"maaEndpoint": url}}})])
    info, *invalid = report.findings
    assert (info.severity, info.args["endpoint"]) == (Severity.INFO, url)
    assert url in info.render()
    assert [f.message for f in invalid] == [ENDPOINT_NOT_HTTPS, ENDPOINT_BAD_HOST, ENDPOINT_PATH]
    assert {f.severity for f in invalid} == {Severity.ERROR}
    assert invalid[0].evidence["host"] == "evil.example.com"


@pytest.mark.parametrize(
    ("url", "region"),
    [("https://sharedeus2.eus2.attest.azure.net/", "eastus2"), ("https://myprov.weu.attest.azure.net", None)],
)
def test_custom_endpoint_evidence_names_shared_region(url: str, region: str | None) -> None:
    report = evaluate_extension(vm(), [ext(settings={"AttestationConfig": {"MaaSettings": {"maaEndpoint": url}}})])
    assert report.findings[0].evidence["sharedProviderRegion"] == region


@pytest.mark.parametrize(
    ("url", "cloud", "invalid"),
    [
        ("https://prov.ugv.attest.azure.us", "AzureCloud", [ENDPOINT_WRONG_CLOUD]),
        ("https://prov.ugv.attest.azure.us", "AzureUSGovernment", []),
        ("https://prov.ugv.attest.azure.us", None, []),
    ],
)
def test_endpoint_cloud_check(url: str, cloud: str | None, invalid: list[str]) -> None:
    settings = {"AttestationConfig": {"MaaSettings": {"maaEndpoint": url}}}
    report = evaluate_extension(vm(), [ext(settings=settings)], cloud=cloud)
    assert [f.message for f in report.findings if f.code == "EXT_ENDPOINT_INVALID"] == invalid


# --- publisher vs OS --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("os_type", "extensions", "chosen", "wrong"),
    [
        ("Windows", [ext(publisher=LINUX)], LINUX, [("EXT_WRONG_PUBLISHER", Severity.ERROR)]),
        ("Linux", [ext(publisher=WIN)], WIN, [("EXT_WRONG_PUBLISHER", Severity.ERROR)]),
        (
            "Windows",
            [ext("GA-linux", publisher=LINUX), ext("GA-win")],
            WIN,
            [("EXT_WRONG_PUBLISHER", Severity.WARNING)],
        ),
        ("Windows", [ext("a", state="Failed"), ext("b")], WIN, []),
        (None, [ext(publisher=LINUX)], LINUX, []),  # OS unknown: cannot judge
    ],
)
def test_publisher_must_fit_os(
    os_type: str | None, extensions: list[dict[str, Any]], chosen: str, wrong: list[tuple[str, Severity]]
) -> None:
    report = evaluate_extension(vm(os_type), extensions)
    assert report.publisher == chosen
    assert [(f.code, f.severity) for f in report.findings if f.code == "EXT_WRONG_PUBLISHER"] == wrong
    for finding in report.findings:
        finding.render()


def test_healthy_candidate_preferred() -> None:
    report = evaluate_extension(vm(), [ext("a", state="Failed"), ext("b")])
    assert (report.name, report.healthy, report.findings) == ("b", True, [])


def test_os_type_argument_overrides_detection() -> None:
    report = evaluate_extension(vm("Windows"), [ext(publisher=LINUX)], os_type="Linux")
    assert report.findings == []


# --- odd payloads and JSON --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "extensions"),
    [
        (None, None),
        ({}, []),
        ({"resources": None, "properties": None}, None),
        ({"resources": "junk", "properties": {"instanceView": {"extensions": None}}}, None),
        (vm(), [None, 1, "x", {"properties": "x"}]),
        (vm(), {"value": None}),
        (vm(), {"value": [None]}),
    ],
)
def test_odd_payloads_mean_not_installed(payload: Any, extensions: Any) -> None:
    report = evaluate_extension(payload, extensions)
    assert report.installed is False and codes(report) == ["EXT_NOT_INSTALLED"]


def test_odd_instance_view_entries_are_skipped() -> None:
    iv = {"statuses": [None, {"code": 5, "message": 7}, status("Provisioning succeeded")], "substatuses": "junk"}
    report = evaluate_extension(vm(), [ext(instance_view=iv)])
    assert [(s.code, s.message) for s in report.statuses] == [
        (None, None),
        ("ProvisioningState/provisioning succeeded", None),
    ]
    assert report.healthy


def test_input_is_not_modified() -> None:
    payload = vm(resources=[ext(settings=LEGACY)])
    before = copy.deepcopy(payload)
    evaluate_extension(payload)
    assert payload == before


def test_to_json() -> None:
    iv = view(status("Provisioning succeeded", message="Enable succeeded"))
    report = evaluate_extension(vm(), [ext(automatic=False, instance_view=iv)])
    assert report.to_json() == {
        "installed": True,
        "name": "GuestAttestation",
        "publisher": WIN,
        "typeHandlerVersion": "1.0",
        "provisioningState": "Succeeded",
        "healthy": True,
        "autoUpgradeMinorVersion": True,
        "enableAutomaticUpgrade": False,
        "maaEndpoint": None,
        "settingsSchema": "current",
        "statuses": [
            {
                "kind": "status",
                "code": "ProvisioningState/provisioning succeeded",
                "displayStatus": "Provisioning succeeded",
                "level": "Info",
                "message": "Enable succeeded",
            }
        ],
        "findings": [],
    }
    missing = evaluate_extension(vm("Linux"), []).to_json()
    assert (missing["installed"], missing["provisioningState"]) == (False, None)
    assert missing["findings"][0]["code"] == "EXT_NOT_INSTALLED"
