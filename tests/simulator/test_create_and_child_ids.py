"""Never overwrite on create, and ARM ids for inline children (issue 14 item 5, the simulator's half).

Whether ARM honours ``If-None-Match: *`` on ``securityRules`` and ``ruleCollectionGroups`` PUTs is not in the REST
spec: the simulator ignores it there (the stricter reading), so the product must read first and expect 404. ARM
serves an ``id`` for every inline child (rule collections, security rules, subnets, routes, IP configurations).
"""

from __future__ import annotations

import copy
from typing import Any

from core.remediation.apply import MSG_TAKEN, StepStatus
from core.simulator.ids import parse_id
from core.usecases.fix import apply_plan, preview_fix
from tests.remediation.conftest import focus, resource, run, scenario, simulated
from tests.simulator.conftest import PROD, Env, run_sim

RULE = {
    "properties": {
        "protocol": "Tcp",
        "sourcePortRange": "*",
        "destinationPortRange": "443",
        "sourceAddressPrefix": "*",
        "destinationAddressPrefix": "AzureAttestation",
        "access": "Allow",
        "priority": 310,
        "direction": "Outbound",
    }
}


def _first(env: Env, kind: str) -> dict[str, Any]:
    return next(r for r in env.sim.state.store.all_resources() if str(r["type"]).lower() == kind)


def test_if_none_match_is_ignored_on_security_rules_and_rule_collection_groups() -> None:
    async def body(env: Env) -> None:
        nsg = _first(env, "microsoft.network/networksecuritygroups")
        headers = {"Authorization": "Bearer t", "If-None-Match": "*"}
        url = f"{nsg['id']}/securityRules/taken?api-version=2024-05-01"
        first = await env.raw("PUT", url, headers=headers, json=RULE)
        assert first.status == 201
        env.sim.state.ops.settle_all()
        changed = copy.deepcopy(RULE)
        changed["properties"]["priority"] = 311
        second = await env.raw("PUT", url, headers=headers, json=changed)
        assert second.status == 200  # not 412: the header is not relied on
        env.sim.state.ops.settle_all()
        group = _first(env, "microsoft.network/firewallpolicies/rulecollectiongroups")
        again = await env.raw(
            "PUT",
            f"{group['id']}?api-version=2024-05-01",
            headers=headers,
            json={"properties": {"priority": group["properties"]["priority"], "ruleCollections": []}},
        )
        assert again.status == 200

    run_sim(body)


def test_a_name_taken_since_planning_stops_the_apply_and_nothing_is_overwritten() -> None:
    snapshot = scenario("subnet-nsg-denies")
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            preview = await preview_fix(session, vm_id)
            create = next(op for op in preview.plan.operations if op.precondition.if_none_match)
            parts = create.target_id.split("/")
            squatter = copy.deepcopy(RULE)
            squatter.update(
                name=parts[-1], id=create.target_id, type="Microsoft.Network/networkSecurityGroups/securityRules"
            )
            squatter["properties"]["priority"] = 4000
            sim.state.store.put_child(parse_id(create.target_id), squatter)  # someone else, after planning
            outcome = await apply_plan(session, preview, retry_total=0)
            step = next(s for s in outcome.report.steps if s.operation is create)
            assert step.status is StepStatus.FAILED and step.message == MSG_TAKEN
            assert resource(sim, create.target_id)["properties"]["priority"] == 4000

    run(body)


def test_every_inline_child_gets_an_arm_id() -> None:
    async def body(env: Env) -> None:
        firewall = _first(env, "microsoft.network/azurefirewalls")
        put = copy.deepcopy({k: v for k, v in firewall.items() if k in ("location", "properties", "tags")})
        put["properties"]["networkRuleCollections"] = [
            *put["properties"].get("networkRuleCollections", []),
            {"name": "added", "properties": {"priority": 4001, "action": {"type": "Allow"}, "rules": []}},
        ]
        url = f"{firewall['id']}?api-version=2024-05-01"
        response = await env.raw("PUT", url, headers={"Authorization": "Bearer t"}, json=put)
        assert response.status in (200, 201)
        got = await (await env.session.get(env.sim.endpoint + url, headers={"Authorization": "Bearer t"})).json()
        added = next(c for c in got["properties"]["networkRuleCollections"] if c["name"] == "added")
        assert added["id"] == f"{firewall['id']}/networkRuleCollections/added"

        nsg = _first(env, "microsoft.network/networksecuritygroups")
        body_nsg = {"location": nsg["location"], "properties": {"securityRules": [{"name": "r1", **RULE}]}}
        group = nsg["id"].split("/")[4]
        url = (
            f"/subscriptions/{PROD}/resourceGroups/{group}/providers/Microsoft.Network/networkSecurityGroups/new-nsg"
            "?api-version=2024-05-01"
        )
        assert (await env.raw("PUT", url, headers={"Authorization": "Bearer t"}, json=body_nsg)).status == 201
        got = await (await env.session.get(env.sim.endpoint + url, headers={"Authorization": "Bearer t"})).json()
        assert got["properties"]["securityRules"][0]["id"].endswith("/networkSecurityGroups/new-nsg/securityRules/r1")

        for kind, key in (
            ("microsoft.network/virtualnetworks", "subnets"),
            ("microsoft.network/routetables", "routes"),
            ("microsoft.network/networkinterfaces", "ipConfigurations"),
        ):
            for item in env.sim.state.store.list_type(kind):
                for child in item["properties"].get(key) or []:
                    assert child.get("id"), (kind, child.get("name"))

    run_sim(body)
