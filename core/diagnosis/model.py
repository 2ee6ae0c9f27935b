"""Result types shared by every evaluator: verdicts, layers, blockers and findings.

Messages are English templates marked for translation in the ``Findings`` context; ``args`` fill their
``{placeholders}`` after translation (``tr(template).format(**args)``), so an f-string never hides a message
from the translator.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    """Outcome of a path evaluation, in the CLI's JSON spelling."""

    ALLOWED = "allowed"
    BLOCKED = "blocked"
    PARTIAL = "partial"
    UNKNOWN = "unknown"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Layer(StrEnum):
    """Where along the outbound path a decision is made, in evaluation order."""

    AVNM = "avnm"  # Virtual Network Manager security admin rules: evaluated before any NSG
    NIC_NSG = "nic-nsg"
    SUBNET_NSG = "subnet-nsg"
    ROUTE = "route"
    FIREWALL = "firewall"
    APPLIANCE = "appliance"
    OUTBOUND = "outbound"  # the way out to the internet: NAT gateway, public IP, LB outbound rule, default access


class BlockerKind(StrEnum):
    NSG = "nsg"
    ROUTE = "route"
    FIREWALL = "firewall"
    AVNM = "avnm"
    OUTBOUND = "outbound"


@dataclass(frozen=True, slots=True)
class Finding:
    """One observation for the user: a stable code, a translatable message and its evidence.

    ``fix_id`` names the remediation that resolves it (``None`` when the fix is guidance only).
    """

    code: str
    severity: Severity
    message: str
    args: Mapping[str, Any] = field(default_factory=dict)
    evidence: Mapping[str, Any] = field(default_factory=dict)
    fix_id: str | None = None

    def render(self, translate: Any = None) -> str:
        """The message with its arguments; ``translate(context, text)`` localises the template first."""
        from core.display_names import render_args  # API values (states, security types) by display name

        template = translate("Findings", self.message) if translate else self.message
        return str(template).format(**render_args(self.args, translate))


@dataclass(frozen=True, slots=True)
class RuleMatch:
    """The element that decided a flow at one layer (an NSG rule, a route, a firewall rule)."""

    layer: Layer
    resource_id: str | None
    rule: str | None
    priority: int | None
    action: str  # "Allow", "Deny", or for routes the next hop type
    collection: str | None = None  # firewall rule collection (and group, "group/collection")
    is_default: bool = False  # a default NSG rule, a system route, or the firewall's default deny
    source: str | None = None  # an effective route's source as Azure reports it (Default, User, VirtualNetworkGateway)


@dataclass(frozen=True, slots=True)
class Blocker:
    """The deciding element that drops traffic; serialised into the CLI's ``blockers`` list."""

    kind: BlockerKind
    resource_id: str | None
    rule: str | None
    priority: int | None
    scope: str | None = None  # "nic" | "subnet" for NSGs, "subnet" for missing outbound connectivity

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "resourceId": self.resource_id,
            "rule": self.rule,
            "priority": self.priority,
            "scope": self.scope,
        }
