"""Issue 14 item 5: a blocking firewall rule collection (classic) or rule collection group (policy) that already has
the lowest priority, 100, is moved up with the user's consent (``--allow-renumber``), like an NSG blocker.

Planner and helpers with ARM JSON dicts; everything that talks to Azure through the real SDK against the simulator.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from core.changes.steps import MSG_TAKEN
from core.diagnosis.model import Blocker, BlockerKind
from core.remediation.apply import StepStatus
from core.remediation.firewall_plan import plan_classic, plan_policy
from core.remediation.fix_plan import plan_fix
from core.remediation.moves import PriorityMove, collection_moves, make_room, plan_moves
from core.remediation.plan import OpKind, Plan
from core.simulator import SimulatorOptions
from core.usecases.fix import apply_plan, apply_undo, preview_fix, preview_undo
from tests.remediation.conftest import focus, groups_of, inventory, resource, run, scenario, simulated
from tests.remediation.test_cli import cli, snapshot_file

CLASSIC = "firewall-classic-deny-at-100"
POLICY = "firewall-policy-deny-at-100"
OPTIONS = SimulatorOptions(lro_polls=0)


# -- making room (pure) -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("holders", "at", "maximum", "expected"),
    [
        ({"deny": 100}, 100, 65000, {"deny": 101}),  # only the blocker moves
        ({"deny": 100, "b": 101, "c": 103}, 100, 65000, {"deny": 101, "b": 102}),  # the one right behind too
        ({"deny": 100, "b": 101, "c": 102}, 100, 65000, {"deny": 101, "b": 102, "c": 103}),
        ({"deny": 100, "other": 300}, 100, 65000, {"deny": 101}),  # a gap: nothing else moves
        ({"deny": 64999, "last": 65000}, 64999, 65000, None),  # no number left above: refuse
        ({"deny": 65000}, 65000, 65000, None),
        ({"a": 100}, 150, 65000, {}),  # the number is free already
    ],
)
def test_make_room_moves_a_run_of_neighbours_by_one_and_never_past_the_maximum(
    holders: dict[str, int], at: int, maximum: int, expected: dict[str, int] | None
) -> None:
    assert make_room(holders, at, maximum) == expected


def _collection(name: str, priority: int, action: str = "Allow") -> dict[str, Any]:
    rule = {"name": f"{name}-rule", "protocols": ["Any"], "sourceAddresses": ["10.0.0.0/8"]}
    return {
        "name": name,
        "etag": 'W/"c"',
        "properties": {
            "priority": priority,
            "action": {"type": action},
            "rules": [{**rule, "destinationAddresses": ["*"], "destinationPorts": ["*"]}],
            "provisioningState": "Succeeded",
        },
    }


FW_ID = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/azureFirewalls/fw"


def _firewall(*collections: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": FW_ID,
        "name": "fw",
        "etag": 'W/"fw-1"',
        "location": "westeurope",
        "properties": {"networkRuleCollections": list(collections), "applicationRuleCollections": []},
    }


def _blocker(priority: int) -> Blocker:
    return Blocker(BlockerKind.FIREWALL, FW_ID, rule="Deny-rule", priority=priority)


def test_classic_blocker_at_100_is_moved_in_one_put_with_its_neighbour_and_undo_data() -> None:
    firewall = _firewall(_collection("Deny", 100, "Deny"), _collection("Next", 101), _collection("Far", 300))
    part = plan_classic(firewall, _blocker(100), source="10.1.1.4", prefer="firewall-network", fqdn=None)
    (op,) = part.operations
    assert op.kind is OpKind.MODIFY and op.addition is None  # a 412 must stop, not re-apply only our part
    assert op.precondition.if_match == 'W/"fw-1"'
    assert collection_moves(op) == (PriorityMove("Deny", 100, 101), PriorityMove("Next", 101, 102))
    sent = {c["name"]: c["properties"]["priority"] for c in op.body["properties"]["networkRuleCollections"]}
    assert sent == {"Deny": 101, "Next": 102, "Far": 300, "Allow-AzureAttestation": 100}
    assert len(set(sent.values())) == len(sent)
    # Everything but the priorities goes back as it was read (server-owned fields dropped).
    far = next(c for c in op.body["properties"]["networkRuleCollections"] if c["name"] == "Far")
    assert far["properties"]["rules"] == _collection("Far", 300)["properties"]["rules"]
    previous = {c["name"]: c["properties"]["priority"] for c in op.previous["properties"]["networkRuleCollections"]}
    assert previous == {"Deny": 100, "Next": 101, "Far": 300}
    assert [n.code for n in part.notes] == ["FW_MOVE_BLOCKER"]
    assert "--allow-renumber" in part.notes[0].render() and "Deny 100 → 101" in part.notes[0].render()
    assert Plan("vm", "fix", part.operations).changes_existing_rules


def test_classic_numbers_of_every_kind_count_and_an_application_collection_in_the_way_moves_too() -> None:
    firewall = _firewall(_collection("Deny", 100, "Deny"))
    firewall["properties"]["applicationRuleCollections"] = [_collection("Web", 101)]
    part = plan_classic(firewall, _blocker(100), source="10.1.1.4", prefer="firewall-network", fqdn=None)
    (op,) = part.operations
    assert collection_moves(op) == (PriorityMove("Deny", 100, 101), PriorityMove("Web", 101, 102))
    assert "GetApplicationRuleCollectionByName('Web').Priority = 102" in op.powershell
    assert "properties.applicationRuleCollections[0].properties.priority=102" in op.az_cli


def test_a_blocker_missing_from_the_firewall_data_still_gets_a_consistent_move() -> None:
    firewall = _firewall()  # the diagnosis names a rule the firewall JSON does not have (stricter: a network deny)
    firewall["properties"]["applicationRuleCollections"] = [_collection("Web", 100)]
    part = plan_classic(firewall, _blocker(100), source="10.1.1.4", prefer="firewall-network", fqdn=None)
    (op,) = part.operations
    assert collection_moves(op) == (PriorityMove("Web", 100, 101),)
    assert part.notes[0].args["collection"] == "Web"


def test_classic_with_a_free_number_in_front_adds_only_and_needs_no_consent() -> None:
    firewall = _firewall(_collection("Deny", 200, "Deny"))
    part = plan_classic(firewall, _blocker(200), source="10.1.1.4", prefer="firewall-network", fqdn=None)
    (op,) = part.operations
    assert op.addition is not None and op.previous is None and not collection_moves(op)
    assert op.body["properties"]["networkRuleCollections"][1]["properties"]["priority"] == 199
    assert not Plan("vm", "fix", part.operations).changes_existing_rules


def test_classic_without_any_number_left_above_is_refused_with_guidance() -> None:
    firewall = _firewall(_collection("Deny", 65000, "Deny"), *(_collection(f"c{p}", p) for p in range(100, 105)))
    firewall["properties"]["networkRuleCollections"].extend(_collection(f"d{p}", p) for p in range(105, 65000))
    part = plan_classic(firewall, _blocker(65000), source="10.1.1.4", prefer="firewall-network", fqdn=None)
    assert not part.operations and [n.code for n in part.notes] == ["FW_NO_FREE_PRIORITY"]


def test_policy_groups_move_highest_first_so_no_two_ever_share_a_number() -> None:
    policy_id = FW_ID.replace("azureFirewalls/fw", "firewallPolicies/pol")

    def group(name: str, priority: int, action: str = "Allow") -> dict[str, Any]:
        collection = {"ruleCollectionType": "FirewallPolicyFilterRuleCollection", "name": f"{name}-c"}
        rule = {"ruleType": "NetworkRule", "name": f"{name}-rule", "destinationAddresses": ["*"]}
        return {
            "id": f"{policy_id}/ruleCollectionGroups/{name}",
            "name": name,
            "etag": f'W/"{name}"',
            "properties": {
                "priority": priority,
                "size": "0.001 MB",
                "ruleCollections": [{**collection, "priority": 100, "action": {"type": action}, "rules": [rule]}],
            },
        }

    groups = [group("Deny", 100, "Deny"), group("Next", 101), group("Later", 500)]
    blocker = Blocker(BlockerKind.FIREWALL, policy_id, rule="Deny-rule", priority=100)
    part = plan_policy({"id": policy_id, "name": "pol"}, groups, blocker, source="10.1.1.4", prefer="nsg", fqdn=None)
    moves, create = part.operations[:-1], part.operations[-1]
    assert [(op.target_id.rsplit("/", 1)[-1], op.body["properties"]["priority"]) for op in moves] == [
        ("Next", 102),
        ("Deny", 101),
    ]
    assert all(op.kind is OpKind.MODIFY and op.precondition.if_match for op in moves)
    assert all("size" not in op.body["properties"] for op in moves)  # computed by Azure, never sent back
    assert create.kind is OpKind.CREATE and create.body["properties"]["priority"] == 100
    assert plan_moves(part.operations) == [PriorityMove("Next", 101, 102, True), PriorityMove("Deny", 100, 101, True)]


# -- the scenarios through the CLI (real SDK, simulated tenant) ----------------------------------------------


@pytest.mark.parametrize("name", [CLASSIC, POLICY])
def test_dry_run_names_the_moves_and_the_flag_and_yes_without_consent_changes_nothing(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, vm = snapshot_file(tmp_path, name)
    assert cli("fix", "--vm", vm, "--snapshot", str(path), "--dry-run") == 1
    text = capsys.readouterr().out
    assert "--allow-renumber" in text
    assert ("Deny-Egress 100 → 101" if name == CLASSIC else "Baseline-Deny 100 → 101") in text
    out = tmp_path / "after.json"
    assert cli("fix", "--vm", vm, "--snapshot", str(path), "--yes", "--save-snapshot", str(out)) == 1
    assert "add --allow-renumber to agree" in capsys.readouterr().err
    # Refused before the change engine starts: the end state is only saved after an apply.
    assert not out.exists() or json.loads(out.read_text(encoding="utf-8")) == json.loads(
        path.read_text(encoding="utf-8")
    )


@pytest.mark.parametrize("name", [CLASSIC, POLICY])
def test_with_consent_the_cli_applies_and_verifies(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, vm = snapshot_file(tmp_path, name)
    assert cli("fix", "--vm", vm, "--snapshot", str(path), "--yes", "--allow-renumber") == 0
    assert "Verified: the diagnosis now finds the path to Azure Attestation allowed." in capsys.readouterr().out


# -- apply, undo and a concurrent writer (engine, real SDK) ---------------------------------------------------


def _priorities(inv: dict[tuple[str, ...], Any]) -> dict[tuple[str, ...], Any]:
    return {k: v.get("priority") for k, v in inv.items()}


def _without_priorities(inv: dict[tuple[str, ...], Any]) -> dict[tuple[str, ...], Any]:
    return {k: {f: x for f, x in v.items() if f != "priority"} for k, v in inv.items()}


@pytest.mark.parametrize("name", [CLASSIC, POLICY])
def test_apply_opens_the_path_moves_only_priorities_and_undo_restores_them_exactly(name: str) -> None:
    snapshot = scenario(name)
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot, OPTIONS) as (sim, session):
            before = inventory(sim)
            preview = await preview_fix(session, vm_id)
            assert preview.plan.changes_existing_rules and not preview.plan.blocked
            moved = {m.name.lower(): (m.old, m.new) for m in plan_moves(preview.plan.operations)}
            outcome = await apply_plan(session, preview)
            assert outcome.report.ok and outcome.path_allowed
            after = inventory(sim)
            added = [k for k in after if k not in before]
            assert len(added) == 1 and added[0][-1].lower().endswith("allow-azureattestation")
            kept = {k: v for k, v in after.items() if k in before}
            assert _without_priorities(kept) == _without_priorities(before)  # others' rules untouched
            changed = {
                k[-1].rsplit("/", 1)[-1].lower(): (before[k]["priority"], v["priority"]) for k, v in kept.items()
            }
            assert {n: p for n, p in changed.items() if p[0] != p[1]} == moved
            assert after[added[0]]["priority"] == 100

            plan, undo_of = await preview_undo(session, vm_id)
            assert plan.operations and undo_of == outcome.run_id
            report = await apply_undo(session, plan, undo_of)
            assert report.ok
            assert inventory(sim) == before and _priorities(inventory(sim)) == _priorities(before)

    run(body)


def test_classic_firewall_changed_since_planning_stops_with_a_clear_message_and_changes_nothing() -> None:
    snapshot = scenario(CLASSIC)
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot, OPTIONS) as (sim, session):
            preview = await preview_fix(session, vm_id)
            fw_id = preview.plan.operations[0].target_id
            theirs = copy.deepcopy(resource(sim, fw_id))
            theirs["tags"] = {"owner": "network-team"}  # someone else writes the firewall after our read
            ref = fw_id.split("/")
            poller = await session.network(ref[2]).azure_firewalls.begin_create_or_update(ref[4], ref[-1], theirs)
            await poller.result()
            between = inventory(sim)
            outcome = await apply_plan(session, preview, retry_total=1)
            (step,) = outcome.report.steps
            assert step.status is StepStatus.FAILED and step.message == MSG_TAKEN and step.in_azure is False
            assert "Nothing was overwritten" in step.render()
            assert inventory(sim) == between and resource(sim, fw_id)["tags"] == {"owner": "network-team"}
            assert not outcome.path_allowed

    run(body)


def test_policy_group_changed_since_planning_stops_before_our_group_is_created() -> None:
    snapshot = scenario(POLICY)
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot, OPTIONS) as (sim, session):
            preview = await preview_fix(session, vm_id)
            move = preview.plan.operations[0]
            policy_id = move.target_id.rsplit("/ruleCollectionGroups/", 1)[0]
            theirs = copy.deepcopy(resource(sim, move.target_id))
            theirs["properties"]["ruleCollections"][0]["rules"][0]["destinationPorts"] = ["80", "443"]
            ref = policy_id.split("/")
            groups_api = session.network(ref[2]).firewall_policy_rule_collection_groups
            poller = await groups_api.begin_create_or_update(ref[4], ref[-1], "Baseline-Deny", theirs)
            await poller.result()
            between = groups_of(sim, policy_id)
            outcome = await apply_plan(session, preview, retry_total=1)
            statuses = [s.status for s in outcome.report.steps]
            assert statuses == [StepStatus.FAILED, StepStatus.NOT_ATTEMPTED]
            assert outcome.report.steps[0].message == MSG_TAKEN
            assert groups_of(sim, policy_id) == between and "Allow-AzureAttestation" not in between

    run(body)


def test_the_scenarios_plan_one_move_note_and_only_unique_priorities() -> None:
    from core.diagnosis.path import diagnose
    from core.diagnosis.resource_index import ResourceIndex

    for name in (CLASSIC, POLICY):
        snapshot = scenario(name)
        index = ResourceIndex(snapshot["resources"])
        plan = plan_fix(diagnose(index, focus(snapshot)), index)
        assert [n.code for n in plan.notes if n.code.startswith("FW_")] == ["FW_MOVE_BLOCKER"], name
        final: dict[str, int] = {}
        for op in plan.operations:
            properties = op.body["properties"] if op.body else {}
            if "networkRuleCollections" in properties:
                final = {c["name"]: c["properties"]["priority"] for c in properties["networkRuleCollections"]}
            else:
                final[op.target_id.rsplit("/", 1)[-1]] = properties["priority"]
        if name == POLICY:
            untouched = [g for g in index.of_type("Microsoft.Network/firewallPolicies/ruleCollectionGroups")]
            for group in untouched:
                final.setdefault(group["name"], group["properties"]["priority"])
        assert len(set(final.values())) == len(final) and final["Allow-AzureAttestation"] == 100, (name, final)
