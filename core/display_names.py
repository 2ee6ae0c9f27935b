"""Display names for the API values Azure returns, so that no raw value (``TrustedLaunch``, ``Succeeded``,
``VirtualAppliance``, ``Deny``) reaches a sentence, a table cell or the report.

The English and German names follow the Azure portal and Microsoft Learn (docs/glossary.md lists each with its
source). Front ends translate the returned text in the context ``ApiValue``; an unknown value is shown as it is,
because hiding it would hide information an admin may search for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ApiValue"


class ValueKind(StrEnum):
    SECURITY_TYPE = "securityType"
    PROVISIONING_STATE = "provisioningState"
    RULE_ACTION = "ruleAction"
    NEXT_HOP = "nextHopType"
    POWER_STATE = "powerState"
    ROUTE_SOURCE = "routeSource"


# Keys are the API values lower-cased (ARM compares these case-insensitively).
_NAMES: dict[ValueKind, dict[str, str]] = {
    ValueKind.SECURITY_TYPE: {
        "trustedlaunch": QT_TRANSLATE_NOOP("ApiValue", "Trusted Launch"),
        "confidentialvm": QT_TRANSLATE_NOOP("ApiValue", "Confidential VM"),
        "standard": QT_TRANSLATE_NOOP("ApiValue", "Standard"),
    },
    ValueKind.PROVISIONING_STATE: {
        "succeeded": QT_TRANSLATE_NOOP("ApiValue", "Succeeded"),
        "provisioning succeeded": QT_TRANSLATE_NOOP("ApiValue", "Succeeded"),
        "failed": QT_TRANSLATE_NOOP("ApiValue", "Failed"),
        "provisioning failed": QT_TRANSLATE_NOOP("ApiValue", "Failed"),
        "creating": QT_TRANSLATE_NOOP("ApiValue", "Creating"),
        "updating": QT_TRANSLATE_NOOP("ApiValue", "Updating"),
        "deleting": QT_TRANSLATE_NOOP("ApiValue", "Deleting"),
        "canceled": QT_TRANSLATE_NOOP("ApiValue", "Canceled"),
        "transitioning": QT_TRANSLATE_NOOP("ApiValue", "Transitioning"),
    },
    ValueKind.RULE_ACTION: {
        "allow": QT_TRANSLATE_NOOP("ApiValue", "Allow"),
        "deny": QT_TRANSLATE_NOOP("ApiValue", "Deny"),
        "alwaysallow": QT_TRANSLATE_NOOP("ApiValue", "Always allow"),
    },
    ValueKind.NEXT_HOP: {
        "internet": QT_TRANSLATE_NOOP("ApiValue", "Internet"),
        "virtualappliance": QT_TRANSLATE_NOOP("ApiValue", "Virtual appliance"),
        "vnetlocal": QT_TRANSLATE_NOOP("ApiValue", "Virtual network"),
        "virtualnetworkgateway": QT_TRANSLATE_NOOP("ApiValue", "Virtual network gateway"),
        "vnetpeering": QT_TRANSLATE_NOOP("ApiValue", "Virtual network peering"),
        "none": QT_TRANSLATE_NOOP("ApiValue", "None"),
    },
    ValueKind.POWER_STATE: {
        "running": QT_TRANSLATE_NOOP("ApiValue", "Running"),
        "deallocated": QT_TRANSLATE_NOOP("ApiValue", "Stopped (deallocated)"),
        "stopped": QT_TRANSLATE_NOOP("ApiValue", "Stopped"),
        "starting": QT_TRANSLATE_NOOP("ApiValue", "Starting"),
        "stopping": QT_TRANSLATE_NOOP("ApiValue", "Stopping"),
        "deallocating": QT_TRANSLATE_NOOP("ApiValue", "Deallocating"),
    },
    ValueKind.ROUTE_SOURCE: {
        "default": QT_TRANSLATE_NOOP("ApiValue", "System route"),
        "user": QT_TRANSLATE_NOOP("ApiValue", "User-defined route"),
        "virtualnetworkgateway": QT_TRANSLATE_NOOP("ApiValue", "Learned from the gateway (BGP)"),
    },
}


def _normalize(kind: ValueKind, value: str) -> str:
    key = value.strip().lower()
    if kind is ValueKind.POWER_STATE and key.startswith("powerstate/"):
        key = key.split("/", 1)[1]
    return key


def source_text(kind: ValueKind, value: str) -> str | None:
    """The English display name (the catalog's source text) for an API value, or ``None`` when it is unknown."""
    return _NAMES[kind].get(_normalize(kind, value))


def display_name(kind: ValueKind, value: str | None, translate: Callable[[str, str], str] | None = None) -> str:
    """The display name of ``value`` in the front end's language; unknown values are shown unchanged."""
    if value is None or not str(value).strip():
        return "—"
    text = source_text(kind, str(value))
    if text is None:
        return str(value)
    return translate(CONTEXT, text) if translate is not None else text


def known_values(kind: ValueKind) -> dict[str, str]:
    """API value (lower case) -> English display name, for the glossary test."""
    return dict(_NAMES[kind])


class ApiValue(str):
    """An API value in a message's arguments: rendered by its display name, kept raw where data is written (JSON).

    ``str(value)`` is the value Azure returned, so ``--json`` output and comparisons are unchanged; a message's
    ``render`` shows ``display_name(kind, value)`` in the front end's language.
    """

    kind: ValueKind

    def __new__(cls, kind: ValueKind, value: str) -> ApiValue:
        made = super().__new__(cls, value)
        made.kind = kind
        return made


def render_args(args: Mapping[str, Any], translate: Callable[[str, str], str] | None = None) -> dict[str, Any]:
    """``args`` with every :class:`ApiValue` replaced by its display name."""
    return {k: display_name(v.kind, str(v), translate) if isinstance(v, ApiValue) else v for k, v in args.items()}


def action_text(layer_is_route: bool, action: str | None, translate: Callable[[str, str], str] | None = None) -> str:
    """A decision's action as shown: a route's next hop type, or a rule's Allow/Deny."""
    kind = ValueKind.NEXT_HOP if layer_is_route else ValueKind.RULE_ACTION
    return display_name(kind, action, translate)
