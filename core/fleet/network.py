"""Read the network resources the shared-cause evaluation needs, tenant-wide, in a few queries.

NSGs, VNets (with their subnets), route tables, firewalls, firewall policies and IP groups come from one
Resource Graph query; rule collection groups (children of firewall policies) are listed per policy through the
SDK, and the service tags once per region, as the single-VM collector does.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from core.arm_ids import ResourceId
from core.diagnosis.resource_index import ResourceIndex
from core.fleet.graph import QuotaGate, Scope, query_pages
from core.fleet.queries import NETWORK_QUERY

if TYPE_CHECKING:
    from core.azure.session import ArmSession

_POLICY_TYPE = "microsoft.network/firewallpolicies"
_GROUP_TYPE = "Microsoft.Network/firewallPolicies/ruleCollectionGroups"


async def _groups(session: ArmSession, policy_id: str) -> list[dict[str, Any]]:
    ref = ResourceId.parse(policy_id)
    network = session.network(ref.subscription_id or "")
    found = []
    async for group in network.firewall_policy_rule_collection_groups.list(ref.resource_group or "", ref.name):
        body: dict[str, Any] = group.as_dict()
        body.setdefault("type", _GROUP_TYPE)
        found.append(body)
    return found


async def network_index(
    session: ArmSession,
    scope: Scope,
    subscriptions: Sequence[str],
    locations: Sequence[str],
    *,
    gate: QuotaGate | None = None,
) -> ResourceIndex:
    index = ResourceIndex()
    gate = gate or QuotaGate()
    async for rows in query_pages(session, NETWORK_QUERY, scope, gate, subscriptions, parse=list):
        for row in rows:
            index.add(row)
    policies = [str(p["id"]) for p in index.of_type(_POLICY_TYPE)]
    for groups in await asyncio.gather(*(_groups(session, p) for p in policies)):
        for group in groups:
            index.add(group)
    if subscriptions and locations:
        network = session.network(subscriptions[0])
        tags = (await network.service_tags.list(locations[0])).as_dict()
        tags.setdefault("type", "Microsoft.Network/serviceTags")
        for location in locations:  # the list is cloud-wide: one call serves every region
            index.add_live_service_tags(location, tags)
    return index
