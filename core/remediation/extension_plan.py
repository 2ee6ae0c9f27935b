"""Plan the Guest Attestation extension install (or repair) that turns boot integrity monitoring on.

Identity and settings follow guest-attestation.md §1-§4: publisher by OS, handler ``GuestAttestation``,
``typeHandlerVersion`` "1.0", ``autoUpgradeMinorVersion`` true, the canonical settings block (strings, not
booleans) with ``maaEndpoint`` "" (the regional shared provider) or a validated custom provider URL.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from core.arm_ids import ResourceId
from core.diagnosis.endpoints import shared_provider, validate_maa_endpoint
from core.diagnosis.extension import HANDLER_TYPE, PUBLISHERS, ExtensionReport
from core.diagnosis.model import Severity
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.armjson import compact, ps, sh, strip_read_only
from core.remediation.plan import (
    COMPUTE_API_VERSION,
    ROLE_VM_CONTRIBUTOR,
    Operation,
    OpKind,
    PlanPart,
    note,
)

EXTENSION_NAME = "GuestAttestation"
EXTENSION_ACTION = "Microsoft.Compute/virtualMachines/extensions/write"

MSG_INSTALL = QT_TRANSLATE_NOOP(
    "Remediation", "Install the Guest Attestation extension ({publisher}) on {vm} to turn on boot integrity monitoring."
)
MSG_REPAIR = QT_TRANSLATE_NOOP(
    "Remediation",
    "Redeploy the Guest Attestation extension {name} on {vm} with the recommended settings (it is currently {state}).",
)
MSG_ALREADY = QT_TRANSLATE_NOOP(
    "Remediation", "Boot integrity monitoring is already on: the Guest Attestation extension {name} reports success."
)
MSG_SHARED_PROVIDER = QT_TRANSLATE_NOOP(
    "Remediation", "The VM uses the shared regional provider {host} ({url}) for attestation."
)
MSG_SHARED_FALLBACK = QT_TRANSLATE_NOOP(
    "Remediation",
    "No shared attestation provider is known for region {region}; the platform chooses one. {url} is only a "
    "guess; check it with Get-AzAttestationDefaultProvider -Location {region}.",
)
MSG_CUSTOM_PROVIDER = QT_TRANSLATE_NOOP(
    "Remediation",
    "The VM attests against the custom attestation provider {url}. Make sure the network allows it on TCP 443.",
)
MSG_LINUX_AUTO_UPGRADE = QT_TRANSLATE_NOOP(
    "Remediation",
    "Automatic upgrade is on. On some Linux VMs the extension then stays in the Transitioning state; if that "
    "happens, run enable again with --no-auto-upgrade.",
)
MSG_VM_NOT_RUNNING = QT_TRANSLATE_NOOP(
    "Remediation",
    "The VM is {state}. Azure installs extensions only on a running VM: start it, then run enable again.",
)


class InvalidEndpointError(ValueError):
    """The custom attestation endpoint is unusable; ``problems`` are ``Findings`` templates (translatable)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class ExtensionOptions:
    automatic_upgrade: bool = True  # enableAutomaticUpgrade; the user may turn it off (Linux Transitioning issue)
    maa_endpoint: str | None = None  # None or "" = the regional shared provider
    cloud: str = "AzureCloud"


def canonical_settings(maa_endpoint: str = "") -> dict[str, Any]:
    """The public settings every Microsoft artefact sends (guest-attestation.md §3)."""
    return {
        "AttestationConfig": {
            "MaaSettings": {"maaEndpoint": maa_endpoint, "maaTenantName": "GuestAttestation"},
            "AscSettings": {"ascReportingEndpoint": "", "ascReportingFrequency": ""},
            "useCustomToken": "false",
            "disableAlerts": "false",
        }
    }


def checked_endpoint(options: ExtensionOptions) -> str:
    """The ``maaEndpoint`` value to send; raises :class:`InvalidEndpointError` for an unusable custom URL."""
    url = (options.maa_endpoint or "").strip()
    if not url:
        return ""
    problems = validate_maa_endpoint(url, options.cloud)
    if problems:
        raise InvalidEndpointError(problems)
    return url.rstrip("/")


def extension_body(location: str, os_type: str, options: ExtensionOptions) -> dict[str, Any]:
    return {
        "location": location,
        "properties": {
            "publisher": PUBLISHERS["Linux" if os_type == "Linux" else "Windows"],
            "type": HANDLER_TYPE,
            "typeHandlerVersion": "1.0",
            "autoUpgradeMinorVersion": True,
            "enableAutomaticUpgrade": options.automatic_upgrade,
            "settings": canonical_settings(checked_endpoint(options)),
        },
    }


def new_force_update_tag(previous: object = None, now: datetime | None = None) -> str:
    """A ``forceUpdateTag`` that differs from ``previous``: Azure re-runs the handler only on a new value.

    Compute API ``VirtualMachineExtensionProperties.forceUpdateTag``: "How the extension handler should be forced
    to update even if the extension configuration has not changed." A timestamp is what the portal and
    ``Set-AzVMExtension -ForceRerun`` users commonly send; any string different from the last one works.
    """
    tag = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return tag if tag != str(previous or "") else tag + "-1"


def _matches_wanted(report: ExtensionReport, options: ExtensionOptions, endpoint: str) -> bool:
    same_endpoint = (report.maa_endpoint or "").rstrip("/").lower() == endpoint.lower()
    # An unset enableAutomaticUpgrade means "on" from API 2025-04-01 (guest-attestation.md §2).
    upgrade = True if report.automatic_upgrade is None else report.automatic_upgrade
    return report.healthy and same_endpoint and upgrade == options.automatic_upgrade


def _provider_note(location: str, options: ExtensionOptions, endpoint: str) -> PlanPart:
    if endpoint:
        return PlanPart(notes=(note("EXT_CUSTOM_PROVIDER", MSG_CUSTOM_PROVIDER, url=endpoint),))
    provider = shared_provider(location, options.cloud)
    if provider is None or provider.is_fallback:
        url = provider.url if provider else "https://sharedeus.eus.attest.azure.net"
        return PlanPart(notes=(note("EXT_SHARED_FALLBACK", MSG_SHARED_FALLBACK, region=location, url=url),))
    return PlanPart(notes=(note("EXT_SHARED_PROVIDER", MSG_SHARED_PROVIDER, host=provider.host, url=provider.url),))


def _commands(vm_id: str, name: str, body: Mapping[str, Any]) -> tuple[str, str]:
    """``az vm extension set`` and ``Set-AzVMExtension`` doing the same PUT.

    In az CLI ``-n/--name`` is the extension *type*; another instance name goes into
    ``--extension-instance-name`` (https://learn.microsoft.com/cli/azure/vm/extension#az-vm-extension-set). A
    re-deploy carries the force flag: ``--force-update`` / ``-ForceRerun <new tag>``.
    """
    ref = ResourceId.parse(vm_id)
    p = body["properties"]
    settings = compact(p["settings"])
    auto = "true" if p["enableAutomaticUpgrade"] else "false"
    instance = f" --extension-instance-name {sh(name)}" if name != HANDLER_TYPE else ""
    force_tag = p.get("forceUpdateTag")
    az = (
        f"az vm extension set --resource-group {sh(ref.resource_group or '')} --vm-name {sh(ref.name)} "
        f"--name {HANDLER_TYPE}{instance} --publisher {p['publisher']} --version 1.0 --enable-auto-upgrade {auto} "
        f"--settings {sh(settings)}" + (" --force-update" if force_tag else "")
    )
    pwsh = (
        f"Set-AzVMExtension -ResourceGroupName {ps(ref.resource_group or '')} -VMName {ps(ref.name)} "
        f"-Location {ps(str(body['location']))} -Name {ps(name)} -Publisher {p['publisher']} "
        f"-ExtensionType {HANDLER_TYPE} -TypeHandlerVersion 1.0 -EnableAutomaticUpgrade ${auto} "
        f"-SettingString {ps(settings)}" + (f" -ForceRerun {ps(str(force_tag))}" if force_tag else "")
    )
    return az, pwsh


def plan_extension(
    vm_id: str,
    *,
    location: str,
    os_type: str | None,
    power_state: str | None,
    report: ExtensionReport,
    existing: Mapping[str, Any] | None,
    options: ExtensionOptions,
    now: datetime | None = None,
) -> PlanPart:
    """Install the extension, re-deploy a failed or differently configured one, or nothing when all is well.

    ``existing`` is the installed Guest Attestation extension resource (ARM JSON) if any, kept for undo. A
    re-deploy sends a new ``forceUpdateTag`` (``now``, default the current time), because Azure does not re-run
    the handler on a PUT whose settings, version and tag are all unchanged.
    """
    endpoint = checked_endpoint(options)
    provider = _provider_note(location, options, endpoint)
    vm_name = ResourceId.parse(vm_id).name
    if report.installed and _matches_wanted(report, options, endpoint):
        return PlanPart(notes=(note("EXT_ALREADY_ENABLED", MSG_ALREADY, name=report.name or EXTENSION_NAME),))
    if power_state is not None and power_state != "running":
        return provider + PlanPart(
            notes=(
                note(
                    "EXT_VM_NOT_RUNNING",
                    MSG_VM_NOT_RUNNING,
                    severity=Severity.ERROR,
                    blocking=True,
                    state=power_state,
                ),
            )
        )
    name = (report.name if report.installed else None) or EXTENSION_NAME
    body = extension_body(location, os_type or "Windows", options)
    if report.installed:
        previous_tag = (existing or {}).get("properties", {}).get("forceUpdateTag") if existing else None
        body["properties"]["forceUpdateTag"] = new_force_update_tag(previous_tag, now)
    az, pwsh = _commands(vm_id, name, body)
    publisher = body["properties"]["publisher"]
    if report.installed:
        kind, description = OpKind.MODIFY, MSG_REPAIR
        args = {"name": name, "vm": vm_name, "state": report.provisioning_state or "unknown"}
    else:
        kind, description, args = OpKind.CREATE, MSG_INSTALL, {"publisher": publisher, "vm": vm_name}
    op = Operation(
        kind=kind,
        target_id=f"{vm_id}/extensions/{name}",
        method="PUT",
        api_version=COMPUTE_API_VERSION,
        body=body,
        description=description,
        args=args,
        az_cli=az,
        powershell=pwsh,
        action=EXTENSION_ACTION,
        role=ROLE_VM_CONTRIBUTOR,
        previous=strip_read_only(dict(existing)) if existing is not None and report.installed else None,
    )
    notes = provider.notes
    if os_type == "Linux" and options.automatic_upgrade:
        notes += (note("EXT_LINUX_AUTO_UPGRADE", MSG_LINUX_AUTO_UPGRADE, severity=Severity.WARNING),)
    return PlanPart((op,), notes)
