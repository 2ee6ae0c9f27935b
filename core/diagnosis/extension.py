"""Is the Guest Attestation extension installed and healthy, and which attestation endpoint does it use?

Detection follows the built-in policies' existenceCondition (guest-attestation.md §1, §13): publisher
``Microsoft.Azure.Security.{Windows|Linux}Attestation`` and handler type ``GuestAttestation``, whatever the
extension is called; healthy means provisioning state ``Succeeded`` / ``Provisioning succeeded``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from core.diagnosis.arm_json import arm_get, as_list, parse_bool, text
from core.diagnosis.endpoints import endpoint_host, shared_region_for_host, validate_maa_endpoint
from core.diagnosis.model import Finding, Severity
from core.diagnosis.prerequisites import OsType, detect_os_type, finding_to_json
from core.display_names import ApiValue, ValueKind
from core.i18n import QT_TRANSLATE_NOOP

HANDLER_TYPE = "GuestAttestation"
PUBLISHERS: dict[OsType, str] = {
    "Windows": "Microsoft.Azure.Security.WindowsAttestation",
    "Linux": "Microsoft.Azure.Security.LinuxAttestation",
}
FIX_INSTALL_EXTENSION = "install-extension"
FIX_REINSTALL_WITHOUT_AUTO_UPGRADE = "reinstall-extension-without-auto-upgrade"

_OK_STATES = frozenset({"succeeded", "provisioning succeeded"})
_FAILED_STATES = frozenset({"failed", "provisioning failed", "canceled"})
SettingsSchema = Literal["current", "legacy", "none", "unrecognised"]


@dataclass(frozen=True, slots=True)
class ExtensionStatus:
    """One instance-view status or substatus, verbatim."""

    kind: Literal["status", "substatus"]
    code: str | None
    display_status: str | None
    level: str | None
    message: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "code": self.code,
            "displayStatus": self.display_status,
            "level": self.level,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class ExtensionReport:
    installed: bool
    name: str | None = None
    publisher: str | None = None
    type_handler_version: str | None = None
    provisioning_state: str | None = None
    healthy: bool = False
    auto_upgrade_minor: bool | None = None
    automatic_upgrade: bool | None = None
    maa_endpoint: str | None = None  # None = the regional shared provider chosen by the platform
    settings_schema: SettingsSchema = "none"
    statuses: list[ExtensionStatus] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "installed": self.installed,
            "name": self.name,
            "publisher": self.publisher,
            "typeHandlerVersion": self.type_handler_version,
            "provisioningState": self.provisioning_state,
            "healthy": self.healthy,
            "autoUpgradeMinorVersion": self.auto_upgrade_minor,
            "enableAutomaticUpgrade": self.automatic_upgrade,
            "maaEndpoint": self.maa_endpoint,
            "settingsSchema": self.settings_schema,
            "statuses": [s.to_json() for s in self.statuses],
            "findings": [finding_to_json(f) for f in self.findings],
        }


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A GuestAttestation extension found in one of the inputs."""

    name: str | None
    publisher: str
    props: Mapping[str, Any]  # extension resource properties ({} when only the instance view was seen)
    instance_view: Any


# --- Collecting candidates ----------------------------------------------------------------------------------


def _attestation_os(publisher: str) -> OsType | None:
    lowered = publisher.strip().lower()
    return next((os for os, pub in PUBLISHERS.items() if pub.lower() == lowered), None)


def _resources(vm: Mapping[str, Any] | None, extensions: Any) -> list[Mapping[str, Any]]:
    # A list call returns {"value": [...]}; VM GET carries extensions in top-level "resources" (some
    # serialisers nest them under properties).
    if isinstance(extensions, Mapping):
        extensions = arm_get(extensions, "value") if "value" in extensions else [extensions]
    explicit = [e for e in as_list(list(extensions) if extensions is not None else None) if isinstance(e, Mapping)]
    embedded = as_list(arm_get(vm, "resources")) + as_list(arm_get(vm, "properties", "resources"))
    seen = {(text(arm_get(e, "name")) or "").lower() for e in explicit}
    merged = list(explicit)
    for ext in embedded:
        name = (text(arm_get(ext, "name")) or "").lower()
        if isinstance(ext, Mapping) and (not name or name not in seen):
            seen.add(name)
            merged.append(ext)
    return merged


def _short_name(name: str | None) -> str | None:
    # Resource names of child resources can come as "vm/GuestAttestation".
    return name.rsplit("/", 1)[-1] if name else None


def _candidates(vm: Mapping[str, Any] | None, extensions: Any) -> list[_Candidate]:
    vm_views = [v for v in as_list(arm_get(vm, "properties", "instanceView", "extensions")) if isinstance(v, Mapping)]
    found: list[_Candidate] = []
    used_views: set[int] = set()
    for ext in _resources(vm, extensions):
        props = arm_get(ext, "properties")
        props = props if isinstance(props, Mapping) else {}
        publisher = text(arm_get(props, "publisher")) or ""
        handler = (text(arm_get(props, "type")) or "").lower()
        if _attestation_os(publisher) is None or handler != HANDLER_TYPE.lower():
            continue
        name = _short_name(text(arm_get(ext, "name")))
        view = arm_get(props, "instanceView")
        if view is None:
            index = _view_by_name(vm_views, name)
            if index is not None:
                used_views.add(index)
                view = vm_views[index]
        found.append(_Candidate(name, publisher, props, view))
    # The VM instance view alone still proves an installation (its "type" is "<publisher>.<type>").
    for index, view in enumerate(vm_views):
        full_type = text(arm_get(view, "type")) or ""
        publisher, _, handler = full_type.rpartition(".")
        if index in used_views or handler.lower() != HANDLER_TYPE.lower() or _attestation_os(publisher) is None:
            continue
        name = _short_name(text(arm_get(view, "name")))
        if any((c.name or "").lower() == (name or "").lower() for c in found):
            continue
        found.append(_Candidate(name, publisher, {}, view))
    return found


def _view_by_name(views: list[Mapping[str, Any]], name: str | None) -> int | None:
    wanted = (name or "").lower()
    return next((i for i, v in enumerate(views) if (text(arm_get(v, "name")) or "").lower() == wanted), None)


# --- Reading one candidate ----------------------------------------------------------------------------------


def _statuses(view: Any) -> list[ExtensionStatus]:
    result: list[ExtensionStatus] = []
    for kind, key in (("status", "statuses"), ("substatus", "substatuses")):
        for item in as_list(arm_get(view, key)):
            if not isinstance(item, Mapping):
                continue
            result.append(
                ExtensionStatus(
                    kind="status" if kind == "status" else "substatus",
                    code=text(arm_get(item, "code")),
                    display_status=text(arm_get(item, "displayStatus")),
                    level=text(arm_get(item, "level")),
                    message=arm_get(item, "message") if isinstance(arm_get(item, "message"), str) else None,
                )
            )
    return result


def _state_from_statuses(statuses: list[ExtensionStatus]) -> str | None:
    # Used only when the resource itself carries no provisioningState (instance view seen alone).
    for status in statuses:
        if status.kind == "status" and status.display_status:
            return status.display_status
    return None


def _settings(props: Mapping[str, Any]) -> tuple[SettingsSchema, str | None]:
    """Which settings schema is present and its maaEndpoint ("" and absent both mean the shared provider)."""
    settings = arm_get(props, "settings")
    if isinstance(settings, str):  # some tools store settings as a JSON string
        try:
            settings = json.loads(settings) if settings.strip() else None
        except ValueError:
            return "unrecognised", None
    if not isinstance(settings, Mapping) or not settings:
        return "none", None
    current = arm_get(settings, "AttestationConfig")
    if isinstance(current, Mapping):
        maa = arm_get(current, "MaaSettings")
        if not isinstance(maa, Mapping) or arm_get(maa, "maaEndpoint") is None:
            return "none", None  # block present but without endpoint details: same portal symptom
        return "current", text(arm_get(maa, "maaEndpoint"))
    legacy = arm_get(settings, "AttestationEndpointCfg")
    if isinstance(legacy, Mapping):
        return "legacy", text(arm_get(legacy, "maaEndpoint"))
    return "unrecognised", None


def _first_error(statuses: list[ExtensionStatus]) -> str:
    errors = [s.message for s in statuses if s.message and (s.level or "").lower() == "error"]
    messages = errors or [s.message for s in statuses if s.message]
    return messages[0] if messages else ""


def _is_transitioning(state: str | None, statuses: list[ExtensionStatus]) -> bool:
    lowered = (state or "").lower()
    if lowered in {"creating", "updating", "transitioning", "provisioning"}:
        return True
    return any("transitioning" in (s.display_status or s.code or "").lower() for s in statuses)


def _pick(candidates: list[_Candidate], os_type: OsType | None) -> _Candidate:
    def rank(c: _Candidate) -> tuple[bool, bool]:
        fits = os_type is None or _attestation_os(c.publisher) == os_type
        state = (text(arm_get(c.props, "provisioningState")) or "").lower()
        return (fits, state in _OK_STATES)

    return max(candidates, key=rank)


def evaluate_extension(
    vm: Mapping[str, Any] | None,
    extensions: Iterable[Mapping[str, Any]] | Mapping[str, Any] | None = None,
    *,
    os_type: OsType | None = None,
    cloud: str | None = None,
) -> ExtensionReport:
    """Report on the Guest Attestation extension of ``vm``.

    ``extensions`` is the extensions list call (its ``value`` or the whole response); when it is missing the
    VM's ``resources`` and instance view are used. ``os_type`` overrides detection from the VM; ``cloud``
    lets the endpoint check reject a host of another cloud.
    """
    os_type = os_type or detect_os_type(vm).os_type
    candidates = _candidates(vm, extensions)
    if not candidates:
        msg = QT_TRANSLATE_NOOP(
            "Findings",
            "The Guest Attestation extension is not installed, so boot integrity monitoring is off.",
        )
        publisher = PUBLISHERS[os_type] if os_type else None
        finding = Finding("EXT_NOT_INSTALLED", Severity.ERROR, msg, {}, {"publisher": publisher}, FIX_INSTALL_EXTENSION)
        return ExtensionReport(installed=False, findings=[finding])

    chosen = _pick(candidates, os_type)
    findings = _publisher_findings(candidates, chosen, os_type)
    statuses = _statuses(chosen.instance_view)
    state = text(arm_get(chosen.props, "provisioningState")) or _state_from_statuses(statuses)
    healthy = (state or "").lower() in _OK_STATES
    auto_minor = parse_bool(arm_get(chosen.props, "autoUpgradeMinorVersion"))
    automatic = parse_bool(arm_get(chosen.props, "enableAutomaticUpgrade"))
    schema, endpoint = _settings(chosen.props) if chosen.props else ("none", None)

    base_args = {"name": chosen.name or "", "state": ApiValue(ValueKind.PROVISIONING_STATE, state or "")}
    findings += _state_findings(chosen, state, healthy, statuses, automatic, base_args)
    if chosen.props:  # settings are only known from the resource, not from an instance view alone
        findings += _settings_findings(schema, endpoint, cloud)
    return ExtensionReport(
        installed=True,
        name=chosen.name,
        publisher=chosen.publisher,
        type_handler_version=text(arm_get(chosen.props, "typeHandlerVersion"))
        or text(arm_get(chosen.instance_view, "typeHandlerVersion")),
        provisioning_state=state,
        healthy=healthy,
        auto_upgrade_minor=auto_minor,
        automatic_upgrade=automatic,
        maa_endpoint=endpoint,
        settings_schema=schema,
        statuses=statuses,
        findings=findings,
    )


def _publisher_findings(candidates: list[_Candidate], chosen: _Candidate, os_type: OsType | None) -> list[Finding]:
    if os_type is None:
        return []
    findings: list[Finding] = []
    for candidate in candidates:
        if _attestation_os(candidate.publisher) == os_type:
            continue
        msg = QT_TRANSLATE_NOOP(
            "Findings",
            "The extension {name} uses the publisher {publisher}, which is meant for another operating "
            "system. This {osType} VM needs {expected}. Remove the extension and install the right one.",
        )
        args = {
            "name": candidate.name or "",
            "publisher": candidate.publisher,
            "osType": os_type,
            "expected": PUBLISHERS[os_type],
        }
        severity = Severity.ERROR if candidate is chosen else Severity.WARNING
        # No automatic fix: the publisher of an existing extension cannot be changed in place.
        findings.append(Finding("EXT_WRONG_PUBLISHER", severity, msg, args))
    return findings


def _state_findings(
    chosen: _Candidate,
    state: str | None,
    healthy: bool,
    statuses: list[ExtensionStatus],
    automatic: bool | None,
    args: dict[str, str],
) -> list[Finding]:
    evidence = {"statuses": [s.to_json() for s in statuses]}
    lowered = (state or "").lower()
    if healthy:
        error = next((s for s in statuses if (s.level or "").lower() == "error"), None)
        if error is None:
            return []
        msg = QT_TRANSLATE_NOOP(
            "Findings",
            "The extension {name} is installed but reports an error: {message}",
        )
        return [Finding("EXT_REPORTS_ERROR", Severity.WARNING, msg, {**args, "message": error.message or ""}, evidence)]
    if lowered in _FAILED_STATES or any((s.level or "").lower() == "error" for s in statuses):
        message = _first_error(statuses)
        msg = QT_TRANSLATE_NOOP(
            "Findings",
            "The Guest Attestation extension {name} failed (state: {state}). A network security group, "
            "firewall or proxy that blocks the Azure Attestation service is the most common cause.",
        )
        if message:
            msg = QT_TRANSLATE_NOOP(
                "Findings",
                "The Guest Attestation extension {name} failed (state: {state}). A network security group, "
                "firewall or proxy that blocks the Azure Attestation service is the most common cause. "
                "Message from the VM: {message}",
            )
        full = {**args, "message": message}
        return [Finding("EXT_FAILED", Severity.ERROR, msg, full, evidence)]
    linux = _attestation_os(chosen.publisher) == "Linux"
    if _is_transitioning(state, statuses):
        if linux and automatic is not False:
            msg = QT_TRANSLATE_NOOP(
                "Findings",
                "The Linux Guest Attestation extension {name} is stuck in a transitional state ({state}). "
                "This is a known issue when automatic upgrade is on; reinstall the extension with automatic "
                "upgrade turned off.",
            )
            finding = Finding(
                "EXT_TRANSITIONING", Severity.WARNING, msg, args, evidence, FIX_REINSTALL_WITHOUT_AUTO_UPGRADE
            )
            return [finding]
        msg = QT_TRANSLATE_NOOP(
            "Findings",
            "The Guest Attestation extension {name} is still being set up (state: {state}). Check again in a "
            "few minutes.",
        )
        return [Finding("EXT_IN_PROGRESS", Severity.INFO, msg, args, evidence)]
    msg = QT_TRANSLATE_NOOP(
        "Findings",
        "The Guest Attestation extension {name} is not healthy (state: {state}). Check its status messages.",
    )
    if not state:
        args = {**args, "state": "?"}
    return [Finding("EXT_STATE_UNKNOWN", Severity.WARNING, msg, args, evidence)]


def _settings_findings(schema: SettingsSchema, endpoint: str | None, cloud: str | None) -> list[Finding]:
    if schema in ("none", "unrecognised"):
        msg = QT_TRANSLATE_NOOP(
            "Findings",
            "The extension was installed without attestation settings. It can still work, but the Azure "
            "portal may not show the attestation status. Reinstalling it with the standard settings fixes "
            "this.",
        )
        return [
            Finding(
                "EXT_NO_SETTINGS",
                Severity.WARNING,
                msg,
                {},
                {"settingsSchema": schema},
                FIX_INSTALL_EXTENSION,
            )
        ]
    if endpoint is None:
        return []
    host = endpoint_host(endpoint)
    evidence = {"host": host, "sharedProviderRegion": shared_region_for_host(host) if host else None}
    msg = QT_TRANSLATE_NOOP(
        "Findings",
        "The extension attests against {endpoint} instead of the region's default provider. The network "
        "checks use this address.",
    )
    findings = [Finding("EXT_CUSTOM_ENDPOINT", Severity.INFO, msg, {"endpoint": endpoint}, evidence)]
    for problem in validate_maa_endpoint(endpoint, cloud):
        findings.append(Finding("EXT_ENDPOINT_INVALID", Severity.ERROR, problem, {"endpoint": endpoint}, evidence))
    return findings
