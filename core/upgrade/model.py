"""Result types of the Trusted Launch upgrade pre-flight: one line per check, with a reason and a next step.

Messages are English templates in the ``Upgrade`` context; ``args`` are formatted in after translation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from core.security_type import SecurityType

TRANSLATION_CONTEXT = "Upgrade"

# Microsoft's pages the checks follow (cited in docs/azure-behaviour.md, section "Trusted Launch upgrade").
URL_EXISTING_VM = "https://learn.microsoft.com/azure/virtual-machines/trusted-launch-existing-vm"
URL_GEN1 = "https://learn.microsoft.com/azure/virtual-machines/trusted-launch-existing-vm-gen-1"
URL_SIZES = "https://learn.microsoft.com/azure/virtual-machines/trusted-launch#virtual-machines-sizes"
URL_OS = "https://learn.microsoft.com/azure/virtual-machines/trusted-launch#operating-systems-supported"
URL_UNSUPPORTED = "https://learn.microsoft.com/azure/virtual-machines/trusted-launch#unsupported-features"
URL_FAQ = "https://learn.microsoft.com/azure/virtual-machines/trusted-launch-faq"
URL_BACKUP = "https://learn.microsoft.com/azure/backup/backup-azure-vm-migrate-enhanced-policy"
URL_PREVIEW_FEATURES = "https://learn.microsoft.com/azure/azure-resource-manager/management/preview-features"


class CheckId(StrEnum):
    SECURITY_TYPE = "security-type"
    GENERATION = "generation"
    SIZE = "size"
    IMAGE = "image"
    OS = "os"
    CONFIGURATION = "configuration"
    BACKUP = "backup"
    SECURE_BOOT = "secure-boot-readiness"
    ROLLBACK_FEATURE = "rollback-feature"


class Outcome(StrEnum):
    PASS = "pass"
    INFO = "info"  # not something to pass or fail; explained
    WARN = "warn"  # the upgrade may go ahead; the user should know this first
    FAIL = "fail"  # refused: Azure would refuse it or the VM would not boot
    UNKNOWN = "unknown"  # could not be confirmed: refused too (the stricter reading)


BLOCKING = frozenset({Outcome.FAIL, Outcome.UNKNOWN})


def _format(template: str, args: Mapping[str, Any], translate: Any) -> str:
    text = translate(TRANSLATION_CONTEXT, template) if translate else template
    return str(text).format(**args)


@dataclass(frozen=True)
class PreflightCheck:
    id: CheckId
    outcome: Outcome
    reason: str  # English template (context "Upgrade")
    args: Mapping[str, Any] = field(default_factory=dict)
    next_step: str | None = None  # Microsoft's next step when the check does not pass (template)
    reference: str | None = None  # the Learn page the check follows
    evidence: Mapping[str, Any] = field(default_factory=dict)

    @property
    def blocks(self) -> bool:
        return self.outcome in BLOCKING

    def render(self, translate: Any = None) -> str:
        return _format(self.reason, self.args, translate)

    def render_next_step(self, translate: Any = None) -> str:
        return _format(self.next_step, self.args, translate) if self.next_step else ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id.value,
            "outcome": self.outcome.value,
            "reason": self.render(),
            "nextStep": self.render_next_step() or None,
            "reference": self.reference,
            "args": dict(self.args),
            "evidence": dict(self.evidence),
        }


@dataclass(frozen=True)
class Preflight:
    """Every check for one VM; ``eligible`` = nothing refuses the upgrade."""

    vm_id: str
    vm_name: str
    security_type: SecurityType
    os_type: str | None
    power_state: str | None
    checks: tuple[PreflightCheck, ...]

    @property
    def blockers(self) -> tuple[PreflightCheck, ...]:
        return tuple(c for c in self.checks if c.blocks)

    @property
    def eligible(self) -> bool:
        return not self.blockers

    @property
    def already_trusted_launch(self) -> bool:
        return self.security_type is SecurityType.TRUSTED_LAUNCH

    def check(self, check_id: CheckId) -> PreflightCheck | None:
        return next((c for c in self.checks if c.id is check_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "vmId": self.vm_id,
            "securityType": self.security_type,
            "osType": self.os_type,
            "powerState": self.power_state,
            "eligible": self.eligible,
            "checks": [c.to_json() for c in self.checks],
        }
