"""Defender for Cloud's view of one VM, from ARM JSON: its boot-integrity assessments and the servers plan.

Pure: fed with the ``Microsoft.Security/assessments`` of the VM (``GET {vm}/providers/Microsoft.Security/
assessments``) and the subscription's ``Microsoft.Security/pricings/VirtualMachines``. Assessments are keyed by
their recommendation's assessment key (docs/azure-behaviour.md, "Defender for Cloud and Azure Policy").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from core.defender.explanation import Explanation, explain, when
from core.diagnosis.model import Severity
from core.i18n import QT_TRANSLATE_NOOP

ATTESTATION_HEALTH = "b7604066-ed76-45f9-a5c1-c97e4812dc55"
GA_EXTENSION_WINDOWS = "874b14bd-b49e-495a-88c6-46acb89b0a33"
GA_EXTENSION_LINUX = "e94a7421-fc27-7a4d-e9ba-2ba01384cacd"
VTPM = "861bbc73-0a55-8d1d-efc6-e92d9e1176e0"
SECURE_BOOT_WINDOWS = "69ad830b-d98c-b1cf-2158-9d69d38c7093"
SECURE_BOOT_LINUX = "0396b18c-41aa-489c-affd-4ee5d1714a59"

# The recommendations about boot integrity, in display order, with Defender's own (English) titles.
BOOT_ASSESSMENTS: dict[str, str] = {
    ATTESTATION_HEALTH: QT_TRANSLATE_NOOP("AzureStatus", "Virtual machines guest attestation status should be healthy"),
    GA_EXTENSION_WINDOWS: QT_TRANSLATE_NOOP(
        "AzureStatus", "Guest Attestation extension should be installed on supported Windows virtual machines"
    ),
    GA_EXTENSION_LINUX: QT_TRANSLATE_NOOP(
        "AzureStatus", "Guest Attestation extension should be installed on supported Linux virtual machines"
    ),
    VTPM: QT_TRANSLATE_NOOP("AzureStatus", "vTPM should be enabled on supported virtual machines"),
    SECURE_BOOT_WINDOWS: QT_TRANSLATE_NOOP(
        "AzureStatus", "Secure Boot should be enabled on supported Windows virtual machines"
    ),
    SECURE_BOOT_LINUX: QT_TRANSLATE_NOOP("AzureStatus", "Linux virtual machines should use Secure Boot"),
}

MSG_LAG = QT_TRANSLATE_NOOP(
    "AzureStatus",
    "Defender for Cloud reports guest attestation as unhealthy (assessed {time}), but this tool finds the Guest "
    "Attestation extension reporting success now. Defender's assessments lag behind by hours: if the problem was "
    "fixed after {time}, Defender will follow. Otherwise the cause is inside the VM (Defender says: {cause}).",
)
MSG_DEFENDER_HEALTHY_WE_NOT = QT_TRANSLATE_NOOP(
    "AzureStatus",
    "Defender for Cloud still reports guest attestation as healthy (assessed {time}), but this tool finds a "
    "problem now. Defender's assessments lag behind by hours; trust the current check.",
)
MSG_AGREE_UNHEALTHY = QT_TRANSLATE_NOOP(
    "AzureStatus", "Defender for Cloud agrees: guest attestation is unhealthy (assessed {time}). {cause}"
)
MSG_REPORTS_UNHEALTHY = QT_TRANSLATE_NOOP(
    "AzureStatus",
    "Defender for Cloud reports guest attestation as unhealthy (assessed {time}). {cause} Its assessments lag "
    "behind by hours: compare with the check of the network path.",
)
MSG_NOT_ASSESSED = QT_TRANSLATE_NOOP(
    "AzureStatus",
    "Defender for Cloud has no guest attestation assessment for this VM (yet). New VMs and new extensions "
    "appear there after some hours.",
)
MSG_FREE_PLAN = QT_TRANSLATE_NOOP(
    "AzureStatus",
    'Defender for Servers is not on for this subscription (plan: {plan}): alerts such as "VM attestation '
    'failure" are not raised. The recommendations are still shown.',
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP("AzureStatus", "Defender for Cloud could not be read: {reason}")


class AssessmentStatus(StrEnum):
    HEALTHY = "Healthy"
    UNHEALTHY = "Unhealthy"
    NOT_APPLICABLE = "NotApplicable"


class ServersPlan(StrEnum):
    STANDARD = "Standard"
    FREE = "Free"


@dataclass(frozen=True)
class Assessment:
    key: str
    status: AssessmentStatus
    display_name: str  # as Defender returns it
    cause: str = ""
    description: str = ""
    changed: str | None = None  # status.statusChangeDate (else firstEvaluationDate): when Defender saw this

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "status": self.status.value, "displayName": self.display_name}


@dataclass(frozen=True)
class DefenderStatus:
    assessments: tuple[Assessment, ...] = ()
    servers_plan: ServersPlan | None = None
    unreadable: str | None = None  # why the assessments could not be read (403, …); None when they were

    def get(self, key: str) -> Assessment | None:
        return next((a for a in self.assessments if a.key == key), None)

    @property
    def attestation_healthy(self) -> bool | None:
        """From the health assessment: None when Defender has not assessed it (or it does not apply)."""
        health = self.get(ATTESTATION_HEALTH)
        if health is None or health.status is AssessmentStatus.NOT_APPLICABLE:
            return None
        return health.status is AssessmentStatus.HEALTHY

    def to_json(self) -> dict[str, Any]:
        """The ``defender`` object of ``diagnose --json`` (docs/cli.md)."""
        return {
            "assessments": [a.to_json() for a in self.assessments],
            "attestationHealthy": self.attestation_healthy,
            "serversPlan": None if self.servers_plan is None else self.servers_plan.value,
        }


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def parse_assessment(item: Mapping[str, Any]) -> Assessment | None:
    """One boot-integrity assessment, or None for another recommendation or a payload without a known status."""
    key = _text(item.get("name")).lower()
    if key not in BOOT_ASSESSMENTS:
        return None
    props = item.get("properties")
    props = props if isinstance(props, Mapping) else {}
    status = props.get("status")
    status = status if isinstance(status, Mapping) else {}
    code = _text(status.get("code"))
    try:
        parsed = AssessmentStatus(code)
    except ValueError:
        return None
    return Assessment(
        key=key,
        status=parsed,
        display_name=_text(props.get("displayName")) or BOOT_ASSESSMENTS[key],
        cause=_text(status.get("cause")),
        description=_text(status.get("description")),
        changed=_text(status.get("statusChangeDate")) or _text(status.get("firstEvaluationDate")) or None,
    )


def parse_plan(pricing: Mapping[str, Any] | None) -> ServersPlan | None:
    if not pricing:
        return None
    props = pricing.get("properties")
    tier = _text(props.get("pricingTier")) if isinstance(props, Mapping) else ""
    try:
        return ServersPlan(tier)
    except ValueError:
        return None


def evaluate_defender(
    assessments: Iterable[Mapping[str, Any]], pricing: Mapping[str, Any] | None, unreadable: str | None = None
) -> DefenderStatus:
    order = list(BOOT_ASSESSMENTS)
    parsed = [a for a in (parse_assessment(item) for item in assessments) if a is not None]
    parsed.sort(key=lambda a: order.index(a.key))
    return DefenderStatus(tuple(parsed), parse_plan(pricing), unreadable)


def our_verdict(diagnosis: Any) -> bool | None:
    """This tool's verdict from a ``core.diagnosis.path.Diagnosis``: extension working, path open, prerequisites met."""
    if diagnosis is None:
        return None
    verdict = str(getattr(diagnosis.verdict, "value", diagnosis.verdict))
    return bool(diagnosis.extension.healthy and verdict == "allowed" and diagnosis.prerequisites.met)


def explain_defender(status: DefenderStatus, our_healthy: bool | None) -> list[Explanation]:
    """What Defender's view means next to ours (``our_healthy``: extension working and path open; None unknown)."""
    if status.unreadable is not None:
        return [explain("DEFENDER_UNREADABLE", MSG_UNREADABLE, Severity.INFO, reason=status.unreadable)]
    found: list[Explanation] = []
    health = status.get(ATTESTATION_HEALTH)
    healthy = status.attestation_healthy
    time = when(health.changed if health else None)
    cause = (health.description or health.cause) if health else ""
    if healthy is None:
        found.append(explain("DEFENDER_NOT_ASSESSED", MSG_NOT_ASSESSED))
    elif not healthy and our_healthy:
        found.append(explain("DEFENDER_DISAGREES", MSG_LAG, Severity.WARNING, time=time, cause=cause or "-"))
    elif healthy and our_healthy is False:
        found.append(explain("DEFENDER_STALE_HEALTHY", MSG_DEFENDER_HEALTHY_WE_NOT, Severity.INFO, time=time))
    elif not healthy and our_healthy is None:
        found.append(explain("DEFENDER_UNHEALTHY", MSG_REPORTS_UNHEALTHY, Severity.WARNING, time=time, cause=cause))
    elif not healthy:
        found.append(explain("DEFENDER_UNHEALTHY", MSG_AGREE_UNHEALTHY, Severity.WARNING, time=time, cause=cause))
    if status.servers_plan is ServersPlan.FREE:
        found.append(explain("DEFENDER_FREE_PLAN", MSG_FREE_PLAN, plan=status.servers_plan.value))
    return found
