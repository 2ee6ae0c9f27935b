"""Read and write the resource types remediation touches, through the async SDK clients of an ArmSession.

Every call passes the plan's api-version explicitly (the preview shows what is sent), a small ``retry_total``
(the SDK still honours Retry-After), and collects ARM's request ids for the audit log.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from azure.core import MatchConditions
from azure.core.exceptions import ResourceNotFoundError

from core.arm_ids import ResourceId
from core.azure.session import ArmSession
from core.remediation.plan import Precondition

Json = dict[str, Any]


class UnsupportedTargetError(ValueError):
    """The plan names a resource type the gateway does not write (a bug, never user input)."""


@dataclass
class RequestIds:
    """``x-ms-request-id`` / correlation ids of the responses seen, for the audit log and support tickets."""

    ids: list[str] = field(default_factory=list)

    def hook(self, response: Any) -> None:
        headers = getattr(getattr(response, "http_response", None), "headers", None) or {}
        value = headers.get("x-ms-request-id") or headers.get("x-ms-correlation-request-id")
        if value and value not in self.ids:
            self.ids.append(str(value))


def _as_json(model: Any) -> Json | None:
    if model is None:
        return None
    body: Json = model.as_dict() if hasattr(model, "as_dict") else dict(model)
    return body


class ResourceGateway:
    def __init__(self, session: ArmSession, *, retry_total: int = 3) -> None:
        self._session = session
        self._retry_total = retry_total

    def _kwargs(self, ids: RequestIds, api_version: str | None, precondition: Precondition | None) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"retry_total": self._retry_total, "raw_response_hook": ids.hook}
        if api_version:
            kwargs["api_version"] = api_version
        if precondition is not None and precondition.headers():
            kwargs["headers"] = precondition.headers()
        return kwargs

    def _target(self, resource_id: str) -> tuple[str, ResourceId]:
        ref = ResourceId.parse(resource_id)
        return ref.full_type.lower(), ref

    async def get(self, resource_id: str, ids: RequestIds | None = None) -> Json | None:
        """The resource as ARM returns it, or ``None`` when it does not exist."""
        kind, ref = self._target(resource_id)
        kwargs = {"retry_total": self._retry_total, "raw_response_hook": (ids or RequestIds()).hook}
        try:
            return _as_json(await self._getter(kind, ref)(**kwargs))
        except ResourceNotFoundError:
            return None

    def _getter(self, kind: str, ref: ResourceId) -> Callable[..., Any]:
        rg, names = ref.resource_group or "", ref.names
        sub = ref.subscription_id or ""
        if kind == "microsoft.compute/virtualmachines/extensions":
            ext = self._session.compute(sub).virtual_machine_extensions
            return lambda **kw: ext.get(rg, names[0], names[1], **kw)
        if kind == "microsoft.compute/virtualmachines":
            vms = self._session.compute(sub).virtual_machines
            return lambda **kw: vms.get(rg, names[0], **kw)
        network = self._session.network(sub)
        if kind == "microsoft.network/networksecuritygroups/securityrules":
            return lambda **kw: network.security_rules.get(rg, names[0], names[1], **kw)
        if kind == "microsoft.network/azurefirewalls":
            return lambda **kw: network.azure_firewalls.get(rg, names[0], **kw)
        if kind == "microsoft.network/firewallpolicies/rulecollectiongroups":
            return lambda **kw: network.firewall_policy_rule_collection_groups.get(rg, names[0], names[1], **kw)
        raise UnsupportedTargetError(ref.full_type)

    async def put(
        self, resource_id: str, body: Mapping[str, Any], precondition: Precondition, api_version: str, ids: RequestIds
    ) -> Json | None:
        kind, ref = self._target(resource_id)
        rg, names = ref.resource_group or "", ref.names
        sub = ref.subscription_id or ""
        kwargs = self._kwargs(ids, api_version, precondition)
        payload: Any = dict(body)  # the SDK accepts JSON; the stubs only list models and IO
        poller: Any
        if kind == "microsoft.compute/virtualmachines/extensions":
            ext = self._session.compute(sub).virtual_machine_extensions
            poller = await ext.begin_create_or_update(rg, names[0], names[1], payload, **kwargs)
        elif kind == "microsoft.network/networksecuritygroups/securityrules":
            rules = self._session.network(sub).security_rules
            poller = await rules.begin_create_or_update(rg, names[0], names[1], payload, **kwargs)
        elif kind == "microsoft.network/azurefirewalls":
            firewalls = self._session.network(sub).azure_firewalls
            poller = await firewalls.begin_create_or_update(rg, names[0], payload, **kwargs)
        elif kind == "microsoft.network/firewallpolicies/rulecollectiongroups":
            groups = self._session.network(sub).firewall_policy_rule_collection_groups
            poller = await groups.begin_create_or_update(rg, names[0], names[1], payload, **kwargs)
        else:
            raise UnsupportedTargetError(ref.full_type)
        return _as_json(await poller.result())

    async def patch_vm(
        self, resource_id: str, body: Mapping[str, Any], precondition: Precondition, api_version: str, ids: RequestIds
    ) -> Json | None:
        kind, ref = self._target(resource_id)
        if kind != "microsoft.compute/virtualmachines":
            raise UnsupportedTargetError(ref.full_type)
        kwargs = self._kwargs(ids, api_version, None)
        if precondition.if_match:  # compute takes etag=/match_condition= instead of raw headers
            kwargs.update(etag=precondition.if_match, match_condition=MatchConditions.IfNotModified)
        vms = self._session.compute(ref.subscription_id or "").virtual_machines
        payload: Any = dict(body)
        poller = await vms.begin_update(ref.resource_group or "", ref.name, payload, **kwargs)
        return _as_json(await poller.result())

    async def delete(self, resource_id: str, precondition: Precondition, api_version: str, ids: RequestIds) -> None:
        kind, ref = self._target(resource_id)
        rg, names = ref.resource_group or "", ref.names
        sub = ref.subscription_id or ""
        kwargs = self._kwargs(ids, api_version, precondition)
        poller: Any
        if kind == "microsoft.compute/virtualmachines/extensions":
            poller = await self._session.compute(sub).virtual_machine_extensions.begin_delete(
                rg, names[0], names[1], **kwargs
            )
        elif kind == "microsoft.network/networksecuritygroups/securityrules":
            poller = await self._session.network(sub).security_rules.begin_delete(rg, names[0], names[1], **kwargs)
        elif kind == "microsoft.network/firewallpolicies/rulecollectiongroups":
            groups = self._session.network(sub).firewall_policy_rule_collection_groups
            poller = await groups.begin_delete(rg, names[0], names[1], **kwargs)
        else:
            raise UnsupportedTargetError(ref.full_type)
        await poller.result()
