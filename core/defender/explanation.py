"""A plain-language explanation for the Defender and policy status: an English template, its values, a severity."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from core.diagnosis.model import Severity

CONTEXT = "AzureStatus"  # the translation context of every template in core/defender and core/policy


class Names(tuple[str, ...]):
    """An argument that is a list of translatable names (role names, context "Remediation"), joined when rendered."""

    __slots__ = ()

    def render(self, translate: Any = None) -> str:
        return ", ".join(str(translate("Remediation", n)) if translate else n for n in self)


@dataclass(frozen=True)
class Explanation:
    code: str
    severity: Severity
    message: str  # English template, context "AzureStatus"; ``args`` are formatted in after translation
    args: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Any = None) -> str:
        template = translate(CONTEXT, self.message) if translate else self.message
        args = {k: v.render(translate) if isinstance(v, Names) else v for k, v in self.args.items()}
        return str(template).format(**args)

    def to_json(self) -> dict[str, Any]:
        args = {k: list(v) if isinstance(v, Names) else v for k, v in self.args.items()}
        return {"code": self.code, "severity": self.severity.value, "message": self.render(), "args": args}


def when(timestamp: str | None) -> str:
    """An ARM timestamp for people: ``2026-12-03T04:12:40.123Z`` -> ``2026-12-03 04:12 UTC`` (as given if odd)."""
    from datetime import UTC, datetime

    if not timestamp:
        return "?"
    try:
        moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    except ValueError:
        return timestamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def explain(code: str, message: str, severity: Severity = Severity.INFO, **args: Any) -> Explanation:
    return Explanation(code, severity, message, args)
