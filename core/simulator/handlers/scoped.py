"""Routes under any ARM scope (subscription, resource group or resource): ``{scope}/providers/<Ns>/<type>…``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.simulator.errors import resource_group_not_found, subscription_not_found
from core.simulator.http import Call, Route
from core.simulator.ids import parse_id

SCOPE = r"(?P<scope>/subscriptions/[^/]+(?:/.+?)?)"


@dataclass(frozen=True)
class ScopedRoute(Route):
    """``suffix`` is a regex after the scope, e.g. ``/providers/Microsoft\\.Security/assessments/(?P<name>[^/]+)``."""

    suffix: str = ""

    def compile(self) -> re.Pattern[str]:
        return re.compile(rf"^{SCOPE}{self.suffix}/?$", re.IGNORECASE)


@dataclass(frozen=True)
class TenantRoute(Route):
    """A tenant-level route (``/providers/Microsoft.Authorization/policyDefinitions/{name}``)."""

    suffix: str = ""

    def compile(self) -> re.Pattern[str]:
        return re.compile(rf"^{self.suffix}/?$", re.IGNORECASE)


def check_scope_exists(call: Call, scope: str) -> None:
    """ARM answers for a missing subscription or resource group before anything else."""
    rid = parse_id(scope)
    store = call.state.store
    if not store.has_subscription(rid.subscription):
        raise subscription_not_found(rid.subscription)
    if rid.resource_group is not None and store.resource_group(rid.subscription, rid.resource_group) is None:
        raise resource_group_not_found(rid.resource_group)
