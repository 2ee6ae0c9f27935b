"""Repair resources on the path that Azure marks ``Failed``, so a rerun converges to a healthy state.

A failed long-running PUT can leave a change in place but marked ``Failed`` (a whole firewall, a rule that was
moved). The path may already evaluate as allowed, yet Azure wants the resource written again; re-PUTting its
current configuration (``If-Match`` the ETag just read) is the usual way out and changes nothing in it.
Only rules of the NSGs and classic firewalls on this VM's path are considered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from core.arm_ids import ResourceId
from core.diagnosis.model import Severity
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.armjson import compact, items, props, ps, strip_read_only
from core.remediation.firewall_plan import FIREWALL_ACTION
from core.remediation.nsg_plan import RULE_ACTION
from core.remediation.plan import (
    NETWORK_API_VERSION,
    ROLE_NETWORK_CONTRIBUTOR,
    Operation,
    OpKind,
    PlanPart,
    Precondition,
    note,
)

MSG_REWRITE = QT_TRANSLATE_NOOP(
    "Remediation",
    "Write {name} again with its current configuration, because Azure marks it Failed. Nothing in it is changed.",
)
MSG_WHY = QT_TRANSLATE_NOOP(
    "Remediation",
    "{name} is in the Failed state (often after an interrupted change); writing it again lets Azure finish it.",
)


def _failed(resource: Mapping[str, Any]) -> bool:
    return str(props(resource).get("provisioningState", "")).lower() == "failed"


def _rewrite(resource: Mapping[str, Any], action: str) -> Operation:
    rid = str(resource["id"])
    body = strip_read_only(
        {k: v for k, v in resource.items() if k in ("location", "tags", "sku", "zones", "properties")}
    )
    name = ResourceId.parse(rid).name
    return Operation(
        kind=OpKind.MODIFY,
        target_id=rid,
        method="PUT",
        api_version=NETWORK_API_VERSION,
        body=body,
        description=MSG_REWRITE,
        args={"name": name},
        az_cli="",
        powershell=(
            f"Invoke-AzRestMethod -Method PUT -Path {ps(f'{rid}?api-version={NETWORK_API_VERSION}')} "
            f"-Payload {ps(compact(body))}"
        ),
        action=action,
        role=ROLE_NETWORK_CONTRIBUTOR,
        precondition=Precondition(if_match=str(resource.get("etag") or "") or None),
    )


def plan_repairs(nsgs: Iterable[Mapping[str, Any]], firewalls: Iterable[Mapping[str, Any]]) -> PlanPart:
    """Re-PUTs for the security rules and classic firewalls that Azure marks Failed."""
    part = PlanPart()
    for nsg in nsgs:
        for rule in items(props(nsg).get("securityRules")):
            if _failed(rule):
                part += PlanPart(
                    (_rewrite(rule, RULE_ACTION),),
                    (note("REPAIR_FAILED", MSG_WHY, severity=Severity.WARNING, name=str(rule.get("name"))),),
                )
    for firewall in firewalls:
        if _failed(firewall) and "firewallPolicy" not in props(firewall):
            part += PlanPart(
                (_rewrite(firewall, FIREWALL_ACTION),),
                (note("REPAIR_FAILED", MSG_WHY, severity=Severity.WARNING, name=str(firewall.get("name"))),),
            )
    return part
