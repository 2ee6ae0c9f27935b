"""The simulator refuses firewall priorities Azure would not take (or, where undocumented, might not): outside
100-65000, or shared by two collections of a classic firewall (of one kind or of different kinds), by two groups of
one policy, or by two collections of one group. Written through the real SDK."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from azure.core.exceptions import HttpResponseError

from tests.remediation.conftest import resource, run, scenario, simulated

CLASSIC = "firewall-classic-deny-at-100"
POLICY = "firewall-policy-deny-at-100"


def _firewall_id(snapshot: dict[str, Any]) -> str:
    return next(r["id"] for r in snapshot["resources"] if r["type"] == "Microsoft.Network/azureFirewalls")


def _group_id(snapshot: dict[str, Any], name: str) -> str:
    return next(r["id"] for r in snapshot["resources"] if r.get("name") == name)


async def _put_firewall(session: Any, fw_id: str, body: dict[str, Any]) -> None:
    ref = fw_id.split("/")
    poller = await session.network(ref[2]).azure_firewalls.begin_create_or_update(ref[4], ref[-1], body)
    await poller.result()


@pytest.mark.parametrize(
    ("change", "accepted"),
    [
        ({"Allow-Platform-DNS": 100}, False),  # two network collections at 100
        ({"Deny-Egress": 99}, False),
        ({"Deny-Egress": 65001}, False),
        ({"Deny-Egress": 65000}, True),
        ({"Allow-Platform-DNS": 102}, True),
    ],
)
def test_classic_network_collections_need_unique_priorities_in_range(change: dict[str, int], accepted: bool) -> None:
    snapshot = scenario(CLASSIC)
    fw_id = _firewall_id(snapshot)

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            before = resource(sim, fw_id)
            sent = copy.deepcopy(before)
            for collection in sent["properties"]["networkRuleCollections"]:
                if collection["name"] in change:
                    collection["properties"]["priority"] = change[collection["name"]]
            if accepted:
                await _put_firewall(session, fw_id, sent)
                return
            with pytest.raises(HttpResponseError) as refused:
                await _put_firewall(session, fw_id, sent)
            assert refused.value.status_code == 400
            assert resource(sim, fw_id)["properties"] == before["properties"]  # nothing stored

    run(body)


def test_a_network_and_an_application_collection_may_not_share_a_priority_stricter_reading() -> None:
    snapshot = scenario(CLASSIC)
    fw_id = _firewall_id(snapshot)

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            sent = copy.deepcopy(resource(sim, fw_id))
            app = {"name": "Allow-Web", "properties": {"priority": 100, "action": {"type": "Allow"}, "rules": []}}
            sent["properties"]["applicationRuleCollections"] = [app]
            with pytest.raises(HttpResponseError) as refused:
                await _put_firewall(session, fw_id, sent)
            assert refused.value.status_code == 400 and "same priority 100" in str(refused.value)
            app["properties"]["priority"] = 150
            await _put_firewall(session, fw_id, sent)
            stored = resource(sim, fw_id)["properties"]["applicationRuleCollections"]
            assert [c["properties"]["priority"] for c in stored] == [150]

    run(body)


@pytest.mark.parametrize(
    ("group", "priority", "collection_priorities", "accepted"),
    [
        ("DefaultNetworkRuleCollectionGroup", 100, [200], False),  # Baseline-Deny holds 100
        ("DefaultNetworkRuleCollectionGroup", 101, [200, 200], False),  # two collections of one group
        ("DefaultNetworkRuleCollectionGroup", 101, [65001], False),
        ("Baseline-Deny", 100, [100], True),  # its own number again
        ("DefaultNetworkRuleCollectionGroup", 101, [200, 201], True),
    ],
)
def test_policy_groups_and_their_collections_need_unique_priorities(
    group: str, priority: int, collection_priorities: list[int], accepted: bool
) -> None:
    snapshot = scenario(POLICY)
    group_id = _group_id(snapshot, group)

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            before = resource(sim, group_id)
            template = before["properties"]["ruleCollections"][0]
            collections = [{**template, "name": f"c{i}", "priority": p} for i, p in enumerate(collection_priorities)]
            sent = {"properties": {"priority": priority, "ruleCollections": collections}}
            ref = group_id.split("/")
            api = session.network(ref[2]).firewall_policy_rule_collection_groups
            if accepted:
                await (await api.begin_create_or_update(ref[4], ref[8], ref[-1], sent)).result()
                return
            with pytest.raises(HttpResponseError) as refused:
                await (await api.begin_create_or_update(ref[4], ref[8], ref[-1], sent)).result()
            assert refused.value.status_code == 400
            assert resource(sim, group_id)["properties"] == before["properties"]

    run(body)
