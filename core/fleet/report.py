"""Fleet reports for a ticket or a spreadsheet: CSV and JSON of every row, HTML with the status chart.

Pure: no I/O, no Qt. ``translate(context, text, disambiguation, n)`` localises the HTML (the GUI passes
``QCoreApplication.translate``); CSV and JSON keep English column names and status codes so they can be
filtered and compared. Every value from Azure is escaped (HTML) or quoted (CSV) — and CSV cells that a
spreadsheet would run as a formula are defused.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from core import __version__
from core.display_names import ValueKind, display_name
from core.fleet.causes import CauseReport
from core.fleet.model import FleetVm
from core.fleet.status import STATUS_LABELS, STATUS_ORDER, FleetStatus
from core.i18n import QT_TRANSLATE_NOOP
from core.ts_catalog import english

Translate = Callable[..., str]
SCHEMA = "boot-integrity-fleet-report/1"
CSV_COLUMNS = (
    "id",
    "name",
    "kind",
    "subscriptionId",
    "resourceGroup",
    "location",
    "osType",
    "securityType",
    "secureBoot",
    "vTpm",
    "powerState",
    "status",
    "extensionInstalled",
    "extensionState",
    "defender",
    "subnetId",
    "privateIp",
)
# Colours of the chart (the GUI's chart uses the same), colour-blind safe (Okabe-Ito).
STATUS_COLOURS = {
    FleetStatus.FAILED: "#D55E00",
    FleetStatus.NOT_INSTALLED: "#E69F00",
    FleetStatus.PENDING: "#56B4E9",
    FleetStatus.HEALTHY: "#009E73",
    FleetStatus.NOT_ELIGIBLE: "#999999",
}
_TITLE = QT_TRANSLATE_NOOP("FleetReport", "Boot integrity monitoring: fleet report")
_LABELS = {
    "created": QT_TRANSLATE_NOOP("FleetReport", "Created (UTC)"),
    "app": QT_TRANSLATE_NOOP("FleetReport", "App version"),
    "machines": QT_TRANSLATE_NOOP("FleetReport", "Machines"),
    "status": QT_TRANSLATE_NOOP("FleetReport", "Status"),
    "count": QT_TRANSLATE_NOOP("FleetReport", "Count"),
    "causes": QT_TRANSLATE_NOOP("FleetReport", "Shared causes"),
    "none": QT_TRANSLATE_NOOP("FleetReport", "No shared cause found."),
    "name": QT_TRANSLATE_NOOP("FleetReport", "Name"),
    "rg": QT_TRANSLATE_NOOP("FleetReport", "Resource group"),
    "region": QT_TRANSLATE_NOOP("FleetReport", "Region"),
    "type": QT_TRANSLATE_NOOP("FleetReport", "Security type"),
    "ext": QT_TRANSLATE_NOOP("FleetReport", "Extension"),
    "attention": QT_TRANSLATE_NOOP("FleetReport", "Machines that need attention"),
}
MAX_HTML_ROWS = 2000  # the HTML lists at most this many machines; CSV and JSON carry all of them


def counts(vms: Sequence[FleetVm]) -> dict[FleetStatus, int]:
    found = dict.fromkeys(STATUS_ORDER, 0)
    for vm in vms:
        found[vm.status] += 1
    return found


def report_json(vms: Sequence[FleetVm], causes: CauseReport | None = None) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "appVersion": __version__,
        "counts": {s.value: n for s, n in counts(vms).items()},
        "causes": causes.to_json() if causes is not None else None,
        "vms": [vm.to_json() for vm in vms],
    }


def _cell(value: Any) -> str:
    text = "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
    # A cell starting with = + - @ is a formula to a spreadsheet (CSV injection): keep it text.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def report_csv(vms: Sequence[FleetVm]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for vm in vms:
        data = vm.to_json()
        row = {
            **data,
            "extensionInstalled": data["extension"]["installed"],
            "extensionState": data["extension"]["provisioningState"],
        }
        writer.writerow([_cell(row.get(c)) for c in CSV_COLUMNS])
    return out.getvalue()


def chart_svg(found: dict[FleetStatus, int], translate: Translate = english, width: int = 560) -> str:
    """Horizontal bars by status, as inline SVG (the same chart the wizard draws)."""
    esc = html.escape
    top = max(found.values(), default=0) or 1
    bar_h, gap, label_w = 22, 8, 150
    height = len(STATUS_ORDER) * (bar_h + gap)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    for row, status in enumerate(STATUS_ORDER):
        y = row * (bar_h + gap)
        length = int((width - label_w - 60) * found.get(status, 0) / top)
        label = esc(translate("Fleet", STATUS_LABELS[status]))
        parts.append(f'<text x="0" y="{y + 16}" font-size="13">{label}</text>')
        parts.append(
            f'<rect x="{label_w}" y="{y}" width="{max(length, 1)}" height="{bar_h}" fill="{STATUS_COLOURS[status]}"/>'
        )
        parts.append(f'<text x="{label_w + length + 6}" y="{y + 16}" font-size="13">{found.get(status, 0)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def report_html(vms: Sequence[FleetVm], causes: CauseReport | None = None, translate: Translate = english) -> str:
    esc = html.escape

    def t(key: str) -> str:
        return esc(translate("FleetReport", _LABELS[key]))

    found = counts(vms)
    title = esc(translate("FleetReport", _TITLE))
    rows = "".join(
        f"<tr><td>{esc(translate('Fleet', STATUS_LABELS[s]))}</td><td>{n}</td></tr>" for s, n in found.items()
    )
    cause_items = (
        "".join(f"<li>{esc(c.render(translate))}</li>" for c in causes.causes)
        if causes is not None and causes.causes
        else f"<li>{t('none')}</li>"
    )
    attention = [vm for vm in vms if vm.status in (FleetStatus.FAILED, FleetStatus.NOT_INSTALLED)][:MAX_HTML_ROWS]
    machine_rows = "".join(
        f"<tr><td>{esc(vm.name)}</td><td>{esc(vm.resource_group)}</td><td>{esc(vm.location)}</td>"
        f"<td>{esc(display_name(ValueKind.SECURITY_TYPE, vm.security_type, translate))}</td>"
        f"<td>{esc(translate('Fleet', STATUS_LABELS[vm.status]))}</td>"
        f"<td>{esc(display_name(ValueKind.PROVISIONING_STATE, vm.extension_state, translate))}</td></tr>"
        for vm in attention
    )
    created = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title>"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;overflow-wrap:anywhere}"
        "@media print{body{margin:0}}</style></head><body>"
        f"<h1>{title}</h1>"
        f"<p>{t('created')}: {created} · {t('app')}: {esc(__version__)} · {t('machines')}: {len(vms)}</p>"
        f"{chart_svg(found, translate)}"
        f"<table><tr><th>{t('status')}</th><th>{t('count')}</th></tr>{rows}</table>"
        f"<h2>{t('causes')}</h2><ul>{cause_items}</ul>"
        f"<h2>{t('attention')}</h2>"
        f"<table><tr><th>{t('name')}</th><th>{t('rg')}</th><th>{t('region')}</th><th>{t('type')}</th>"
        f"<th>{t('status')}</th><th>{t('ext')}</th></tr>{machine_rows}</table>"
        "</body></html>"
    )


def report_json_text(vms: Sequence[FleetVm], causes: CauseReport | None = None) -> str:
    return json.dumps(report_json(vms, causes), indent=1)
