"""A report for a ticket: what the wizard found and what it changed, as JSON (machines) and HTML (people).

Pure: no I/O, no Qt. The GUI passes ``translate(context, text)`` (``QCoreApplication.translate``) so the HTML is
in the user's language; the JSON stays English with stable codes so tickets can be searched. Every value that
came from Azure or the user is HTML-escaped — VM names, rule names and error messages are not ours to trust.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Protocol

from core import __version__
from core.diagnosis.extension import ExtensionReport
from core.diagnosis.model import Finding
from core.diagnosis.prerequisites import PrerequisiteReport, finding_to_json
from core.display_names import action_text
from core.i18n import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
SCHEMA = "boot-integrity-report/1"


def _identity(context: str, text: str) -> str:
    return text


class DiagnosisLike(Protocol):
    """What the report needs from ``core.diagnosis.path.Diagnosis`` (kept structural so either side can move)."""

    @property
    def verdict(self) -> Any: ...
    @property
    def findings(self) -> Sequence[Finding]: ...
    def to_json(self) -> dict[str, Any]: ...


class ChangeOutcome(StrEnum):
    """How one change ended, as the summary and the report show it (the value is the report JSON's word)."""

    APPLIED = "applied"
    FAILED = "failed"
    UNDONE = "undone"
    CANCELLED = "cancelled"  # not attempted: the run stopped before this step


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One change the wizard made (or tried, or undid) in Azure, with what a support engineer needs to trace it."""

    description: str  # English, already filled in (the JSON form); ``description_local`` for the HTML
    kind: str  # "create" | "modify" | "delete" | "action"
    target: str  # ARM resource id
    outcome: ChangeOutcome
    request_ids: tuple[str, ...] = ()
    at: datetime | None = None
    description_local: str | None = None
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "description": self.description,
            "kind": self.kind,
            "target": self.target,
            "outcome": self.outcome.value,
            "requestIds": list(self.request_ids),
            "at": _iso(self.at),
            "error": self.error,
        }


@dataclass(frozen=True, slots=True)
class VmFacts:
    id: str
    name: str
    resource_group: str
    subscription_id: str
    location: str
    os_type: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "resourceGroup": self.resource_group,
            "subscriptionId": self.subscription_id,
            "location": self.location,
            "osType": self.os_type,
        }


@dataclass(frozen=True, slots=True)
class ReportInput:
    cloud: str
    simulated: bool
    vm: VmFacts | None
    prerequisites: PrerequisiteReport | None = None
    extension: ExtensionReport | None = None
    diagnosis: DiagnosisLike | None = None
    changes: Sequence[ChangeRecord] = ()
    commands: Sequence[str] = ()  # az CLI / PowerShell the user may want to run or keep
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    app_version: str = __version__
    azure_status: Any | None = None  # core.policy.usecase.AzureStatus: what Defender for Cloud and Azure Policy say

    def all_findings(self) -> list[Finding]:
        """Every problem found, once: prerequisites, extension, then the path (which may repeat the others)."""
        found: list[Finding] = []
        seen: set[tuple[str, str]] = set()
        sources: list[Iterable[Finding]] = []
        if self.prerequisites is not None:
            sources.append(self.prerequisites.findings)
        if self.extension is not None:
            sources.append(self.extension.findings)
        if self.diagnosis is not None:
            sources.append(self.diagnosis.findings)
        for source in sources:
            for finding in source:
                key = (finding.code, finding.render())
                if key not in seen:
                    seen.add(key)
                    found.append(finding)
        return found


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _verdict_value(diagnosis: DiagnosisLike | None) -> str | None:
    if diagnosis is None:
        return None
    verdict = diagnosis.verdict
    return str(getattr(verdict, "value", verdict))


def report_json(data: ReportInput) -> dict[str, Any]:
    """The machine-readable report; stable keys, English messages, finding codes."""
    return {
        "schema": SCHEMA,
        "appVersion": data.app_version,
        "generatedAt": _iso(data.generated_at),
        "cloud": data.cloud,
        "simulated": data.simulated,
        "vm": data.vm.to_json() if data.vm else None,
        "prerequisites": data.prerequisites.to_json() if data.prerequisites else None,
        "extension": data.extension.to_json() if data.extension else None,
        "pathVerdict": _verdict_value(data.diagnosis),
        "diagnosis": data.diagnosis.to_json() if data.diagnosis else None,
        "findings": [finding_to_json(f) for f in data.all_findings()],
        "changes": [c.to_json() for c in data.changes],
        "commands": list(data.commands),
        "azureStatus": data.azure_status.to_json() if data.azure_status is not None else None,
    }


def report_json_text(data: ReportInput) -> str:
    return json.dumps(report_json(data), indent=2, ensure_ascii=False, default=str)


# --- HTML ---------------------------------------------------------------------------------------------------

_TITLE = QT_TRANSLATE_NOOP("Report", "Boot integrity monitoring report")
_LABELS = {
    "app": QT_TRANSLATE_NOOP("Report", "App version"),
    "time": QT_TRANSLATE_NOOP("Report", "Created (UTC)"),
    "cloud": QT_TRANSLATE_NOOP("Report", "Cloud"),
    "tenant": QT_TRANSLATE_NOOP("Report", "Tenant"),
    "simulated": QT_TRANSLATE_NOOP("Report", "Simulated demo tenant"),
    "real": QT_TRANSLATE_NOOP("Report", "Azure"),
    "vm": QT_TRANSLATE_NOOP("Report", "Virtual machine"),
    "name": QT_TRANSLATE_NOOP("Report", "Name"),
    "rg": QT_TRANSLATE_NOOP("Report", "Resource group"),
    "sub": QT_TRANSLATE_NOOP("Report", "Subscription"),
    "region": QT_TRANSLATE_NOOP("Report", "Region"),
    "os": QT_TRANSLATE_NOOP("Report", "Operating system"),
    "id": QT_TRANSLATE_NOOP("Report", "Resource ID"),
    "prereq": QT_TRANSLATE_NOOP("Report", "Prerequisites"),
    "met": QT_TRANSLATE_NOOP("Report", "Prerequisites met"),
    "not_met": QT_TRANSLATE_NOOP("Report", "Prerequisites not met"),
    "ext": QT_TRANSLATE_NOOP("Report", "Guest Attestation extension"),
    "not_installed": QT_TRANSLATE_NOOP("Report", "Not installed"),
    "state": QT_TRANSLATE_NOOP("Report", "Provisioning state"),
    "version": QT_TRANSLATE_NOOP("Report", "Version"),
    "provider": QT_TRANSLATE_NOOP("Report", "Attestation provider"),
    "shared": QT_TRANSLATE_NOOP("Report", "Shared regional provider"),
    "path": QT_TRANSLATE_NOOP("Report", "Network path to Azure Attestation"),
    "verdict": QT_TRANSLATE_NOOP("Report", "Verdict"),
    "not_checked": QT_TRANSLATE_NOOP("Report", "Not checked"),
    "layer": QT_TRANSLATE_NOOP("Report", "Step"),  # the diagnosis page calls them steps too
    "resource": QT_TRANSLATE_NOOP("Report", "Resource"),
    "rule": QT_TRANSLATE_NOOP("Report", "Rule"),
    "priority": QT_TRANSLATE_NOOP("Report", "Priority"),
    "action": QT_TRANSLATE_NOOP("Report", "Action"),
    "blockers": QT_TRANSLATE_NOOP("Report", "Blockers"),
    "findings": QT_TRANSLATE_NOOP("Report", "Findings"),
    "none": QT_TRANSLATE_NOOP("Report", "None"),
    "changes": QT_TRANSLATE_NOOP("Report", "Changes made"),
    "azure": QT_TRANSLATE_NOOP("Report", "Defender for Cloud and Azure Policy"),
    "no_changes": QT_TRANSLATE_NOOP("Report", "The wizard made no changes."),
    "partly_applied": QT_TRANSLATE_NOOP(
        "Report",
        "Applying stopped before every planned step ran (stopped on request, or after a step failed). Only the steps "
        "marked applied changed Azure; the audit log records each step, and Undo takes them back.",
    ),
    "outcome": QT_TRANSLATE_NOOP("Report", "Outcome"),
    "request": QT_TRANSLATE_NOOP("Report", "Request IDs"),
    "commands": QT_TRANSLATE_NOOP("Report", "Commands"),
    "redact": QT_TRANSLATE_NOOP(
        "Report", "Check this report for personal or confidential data before you attach it to a ticket."
    ),
}
_OUTCOMES = {
    ChangeOutcome.APPLIED: QT_TRANSLATE_NOOP("Report", "applied"),
    ChangeOutcome.FAILED: QT_TRANSLATE_NOOP("Report", "failed"),
    ChangeOutcome.UNDONE: QT_TRANSLATE_NOOP("Report", "undone"),
    ChangeOutcome.CANCELLED: QT_TRANSLATE_NOOP("Report", "canceled"),
}
_VERDICTS = {
    "allowed": QT_TRANSLATE_NOOP("Report", "Allowed"),
    "blocked": QT_TRANSLATE_NOOP("Report", "Blocked"),
    "partial": QT_TRANSLATE_NOOP("Report", "Partly blocked"),
    "unknown": QT_TRANSLATE_NOOP("Report", "Unknown"),
}
_LAYERS = {
    "avnm": QT_TRANSLATE_NOOP("Report", "Virtual Network Manager admin rules"),
    "outbound": QT_TRANSLATE_NOOP("Report", "Outbound connectivity"),
    "nic-nsg": QT_TRANSLATE_NOOP("Report", "NSG on the network interface"),
    "subnet-nsg": QT_TRANSLATE_NOOP("Report", "NSG on the subnet"),
    "route": QT_TRANSLATE_NOOP("Report", "Route"),
    "firewall": QT_TRANSLATE_NOOP("Report", "Azure Firewall"),
    "appliance": QT_TRANSLATE_NOOP("Report", "Network appliance"),
}

_STYLE = (
    "body{font-family:system-ui,Segoe UI,sans-serif;margin:2em;max-width:70em}"
    "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #888;padding:.25em .5em;"
    "text-align:left;vertical-align:top}th{font-weight:600}code,pre{font-family:Consolas,monospace}"
    "pre{white-space:pre-wrap;border:1px solid #888;padding:.5em}.note{font-style:italic}"
    # Resource IDs, commands and URLs have no spaces to break at: without this they run past the page's edge.
    "pre,td,th,li,p{overflow-wrap:anywhere;word-break:break-word}"
    "@media print{body{margin:0;max-width:none}}"
)


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


class _Html:
    def __init__(self, translate: Translate) -> None:
        self.t = translate
        self.parts: list[str] = []

    def label(self, key: str) -> str:
        return self.t("Report", _LABELS[key])

    def heading(self, key: str) -> None:
        self.parts.append(f"<h2>{_e(self.label(key))}</h2>")

    def facts(self, rows: Sequence[tuple[str, object]]) -> None:
        body = "".join(f"<tr><th scope='row'>{_e(self.label(k))}</th><td>{_e(v)}</td></tr>" for k, v in rows)
        self.parts.append(f"<table>{body}</table>")

    def table(self, header_keys: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
        head = "".join(f"<th scope='col'>{_e(self.label(k))}</th>" for k in header_keys)
        body = "".join("<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>" for row in rows)
        self.parts.append(f"<table><tr>{head}</tr>{body}</table>")

    def paragraph(self, text: str, css: str | None = None) -> None:
        cls = f" class='{css}'" if css else ""
        self.parts.append(f"<p{cls}>{_e(text)}</p>")

    def items(self, texts: Iterable[str]) -> None:
        self.parts.append("<ul>" + "".join(f"<li>{_e(t)}</li>" for t in texts) + "</ul>")


def report_html(data: ReportInput, translate: Translate | None = None, language: str = "en") -> str:
    """A self-contained HTML page (inline CSS, no scripts) in the language of ``translate``."""
    t = translate or _identity
    out = _Html(t)
    title = t("Report", _TITLE)
    out.paragraph(out.label("redact"), "note")
    out.facts(
        [
            ("app", data.app_version),
            ("time", _iso(data.generated_at)),
            ("cloud", data.cloud),
            ("tenant", out.label("simulated") if data.simulated else out.label("real")),
        ]
    )
    if data.vm is not None:
        out.heading("vm")
        vm = data.vm
        out.facts(
            [
                ("name", vm.name),
                ("rg", vm.resource_group),
                ("sub", vm.subscription_id),
                ("region", vm.location),
                ("os", vm.os_type or "—"),
                ("id", vm.id),
            ]
        )
    _prerequisites_section(out, data.prerequisites)
    _extension_section(out, data.extension)
    _path_section(out, data.diagnosis)
    out.heading("findings")
    findings = data.all_findings()
    if findings:
        out.items(f"{f.render(t)} ({f.code})" for f in findings)  # the code last: for searching, not reading
    else:
        out.paragraph(out.label("none"))
    _azure_section(out, data)
    _changes_section(out, data.changes)
    if data.commands:
        out.heading("commands")
        out.parts.append("<pre>" + _e("\n\n".join(data.commands)) + "</pre>")
    return (
        f"<!DOCTYPE html>\n<html lang='{_e(language)}'><head><meta charset='utf-8'><title>{_e(title)}</title>"
        f"<style>{_STYLE}</style></head><body><h1>{_e(title)}</h1>" + "".join(out.parts) + "</body></html>\n"
    )


def _prerequisites_section(out: _Html, report: PrerequisiteReport | None) -> None:
    if report is None:
        return
    out.heading("prereq")
    out.paragraph(out.label("met") if report.met else out.label("not_met"))
    out.items(f"{check.status.value.upper()}: {check.finding.render(out.t)}" for check in report.checks)


def _extension_section(out: _Html, report: ExtensionReport | None) -> None:
    if report is None:
        return
    out.heading("ext")
    if not report.installed:
        out.paragraph(out.label("not_installed"))
        return
    out.facts(
        [
            ("name", report.name),
            ("state", report.provisioning_state or "—"),
            ("version", report.type_handler_version or "—"),
            ("provider", report.maa_endpoint or out.label("shared")),
        ]
    )


def _path_section(out: _Html, diagnosis: DiagnosisLike | None) -> None:
    out.heading("path")
    if diagnosis is None:
        out.paragraph(out.label("not_checked"))
        return
    verdict = _verdict_value(diagnosis) or "unknown"
    out.facts([("verdict", out.t("Report", _VERDICTS.get(verdict, verdict)))])
    layers = getattr(diagnosis, "layers", ())
    rows = []
    for layer in layers:
        if not getattr(layer, "present", True):
            continue
        decisive = layer.matches[0] if layer.matches else None
        layer_key = str(getattr(layer.layer, "value", layer.layer))
        rows.append(
            (
                out.t("Report", _LAYERS.get(layer_key, layer_key)),
                layer.name or layer.resource_id or "—",
                (decisive.rule if decisive else None) or "—",
                "—" if decisive is None or decisive.priority is None else decisive.priority,
                action_text(layer_key == "route", decisive.action if decisive else None, out.t),
                out.t("Report", _VERDICTS.get(str(layer.verdict), str(layer.verdict))),
            )
        )
    if rows:
        out.table(("layer", "resource", "rule", "priority", "action", "verdict"), rows)
    blockers = getattr(diagnosis, "blockers", ())
    if blockers:
        out.heading("blockers")
        out.table(
            ("layer", "resource", "rule", "priority"),
            [
                (b.kind.value, b.resource_id or "—", b.rule or "—", "—" if b.priority is None else b.priority)
                for b in blockers
            ],
        )


def _azure_section(out: _Html, data: ReportInput) -> None:
    """Defender for Cloud and Azure Policy, explained next to this tool's own verdict."""
    if data.azure_status is None:
        return
    from core.defender.status import our_verdict

    out.heading("azure")
    explanations = data.azure_status.explanations(our_verdict(data.diagnosis))
    out.items(f"{e.render(out.t)} ({e.code})" for e in explanations)


def _changes_section(out: _Html, changes: Sequence[ChangeRecord]) -> None:
    out.heading("changes")
    if not changes:
        out.paragraph(out.label("no_changes"))
        return
    if any(c.outcome is ChangeOutcome.CANCELLED for c in changes):
        out.paragraph(out.label("partly_applied"), "note")
    out.table(
        ("time", "action", "resource", "outcome", "request"),
        [
            (
                _iso(c.at) or "—",
                c.description_local or c.description,
                c.target,
                out.t("Report", _OUTCOMES[c.outcome]) + (f" — {c.error}" if c.error else ""),
                ", ".join(c.request_ids) or "—",
            )
            for c in changes
        ],
    )


def vm_facts(vm: Any) -> VmFacts:
    """VmFacts from the GUI's ``VmSummary`` (or anything with the same attributes)."""
    return VmFacts(
        id=str(vm.id),
        name=str(vm.name),
        resource_group=str(vm.resource_group),
        subscription_id=str(vm.subscription_id),
        location=str(vm.location),
        os_type=getattr(vm, "os_type", None),
    )
