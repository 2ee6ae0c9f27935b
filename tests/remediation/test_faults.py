"""Fault matrix: every mutating step × {429, 500, 503, reset, LRO failed, 409, 412, 403} ends with a clear
message and a consistent state, and a fault-free rerun converges. Plus races with another writer."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from core.remediation.apply import StepStatus
from core.remediation.extension_plan import ExtensionOptions
from core.simulator import FaultKind, FaultRule, SimulatorOptions
from core.usecases.enable import preview_enable
from core.usecases.fix import apply_plan, preview_fix
from tests.remediation.conftest import focus, inventory, resource, run, scenario, simulated

FAULTS: dict[str, dict[str, Any]] = {
    "429": {"kind": FaultKind.STATUS, "status": 429, "retry_after": 0.01},
    "500": {"kind": FaultKind.STATUS, "status": 500},
    "503": {"kind": FaultKind.STATUS, "status": 503, "retry_after": 0.01},
    "reset": {"kind": FaultKind.RESET},
    "lro-failed": {"kind": FaultKind.LRO_FAILED, "times": 1},
    # The SDK does not retry these: one answer each.
    "409": {"kind": FaultKind.STATUS, "status": 409, "code": "AnotherOperationInProgress", "times": 1},
    "412": {"kind": FaultKind.STATUS, "status": 412, "code": "PreconditionFailed", "times": 1},
    "403": {"kind": FaultKind.STATUS, "status": 403, "code": "AuthorizationFailed", "times": 1},
}
# (scenario, goal, the SDK operation of the mutating step, which call of it)
STEPS = [
    ("subnet-nsg-denies", "fix", "SecurityRules_CreateOrUpdate", 1),
    ("nic-nsg-denies-internet", "fix", "SecurityRules_CreateOrUpdate", 1),  # renumber the blocker
    ("nic-nsg-denies-internet", "fix", "SecurityRules_CreateOrUpdate", 2),  # create the allow rule
    ("forced-tunnel-firewall-classic", "fix", "AzureFirewalls_CreateOrUpdate", 1),
    ("firewall-policy-missing-rule", "fix", "FirewallPolicyRuleCollectionGroups_CreateOrUpdate", 1),
    ("monitoring-not-enabled-windows", "enable", "VirtualMachineExtensions_CreateOrUpdate", 1),
    ("vtpm-off", "enable", "VirtualMachines_Update", 1),
    ("vtpm-off", "enable", "VirtualMachineExtensions_CreateOrUpdate", 1),
]
OPTIONS = SimulatorOptions(lro_polls=0)


async def _preview(session: Any, goal: str, vm_id: str) -> Any:
    if goal == "fix":
        return await preview_fix(session, vm_id)
    return await preview_enable(session, vm_id, ExtensionOptions())


def _done(goal: str, outcome: Any) -> bool:
    if goal == "fix":
        return bool(outcome.path_allowed)
    return outcome.after is not None and outcome.after.diagnosis.extension.healthy


@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("name, goal, operation, nth", STEPS)
def test_fault_matrix(name: str, goal: str, operation: str, nth: int, fault: str) -> None:
    snapshot = scenario(name)
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot, OPTIONS) as (sim, session):
            before = inventory(sim)
            preview = await _preview(session, goal, vm_id)
            spec = {"times": 2, **FAULTS[fault]}
            rule = FaultRule(operation=operation, nth=nth, **spec)
            sim.add_fault(rule)
            outcome = await apply_plan(session, preview, retry_total=1)
            rule.times = 0  # the fault clears (the SDK may not have retried into every armed answer)

            # A clear message for every step that did not complete; nothing after the first failure is tried.
            statuses = [s.status for s in outcome.report.steps]
            if StepStatus.FAILED in statuses:
                failed = statuses.index(StepStatus.FAILED)
                assert all(s is StepStatus.NOT_ATTEMPTED for s in statuses[failed + 1 :])
                step = outcome.report.steps[failed]
                assert step.error is not None and step.render().strip()
                assert step.error.render().strip()
            # Consistent: every rule or collection that existed is still there (the one-step renumber aside).
            after = inventory(sim)
            for key, value in before.items():
                assert key in after, f"lost {key}"
                if after[key] != value:
                    assert key[-1] == "Deny-Internet-Outbound" and after[key] == {**value, "priority": 101}
            # Converges: the same command again, without faults, reaches the goal.
            rerun = await _preview(session, goal, vm_id)
            final = await apply_plan(session, rerun, retry_total=1)
            assert final.report.ok, [s.render() for s in final.report.steps]
            assert _done(goal, final)
            # Nothing is left in Azure's Failed state: a rerun also finishes what a failed operation left.
            store = sim.state.store
            for kind in (
                "Microsoft.Network/azureFirewalls",
                "Microsoft.Network/firewallPolicies/ruleCollectionGroups",
                "Microsoft.Network/networkSecurityGroups",
            ):
                for item in store.list_type(kind):
                    for res in [item, *item["properties"].get("securityRules", [])]:
                        assert res["properties"].get("provisioningState") != "Failed", res["id"]

    run(body)


def test_race_another_writer_adds_a_firewall_rule_between_read_and_write() -> None:
    snapshot = scenario("forced-tunnel-firewall-classic")
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot, OPTIONS) as (sim, session):
            preview = await preview_fix(session, vm_id)
            fw_id = preview.plan.operations[0].target_id
            # Another team's change lands after our read: their PUT carries the current firewall plus a rule.
            theirs = copy.deepcopy(resource(sim, fw_id))
            theirs["properties"]["networkRuleCollections"].append(
                {
                    "name": "Other-Team",
                    "properties": {
                        "priority": 150,
                        "action": {"type": "Allow"},
                        "rules": [
                            {
                                "name": "Allow-Ntp-Out",
                                "protocols": ["UDP"],
                                "sourceAddresses": ["10.9.0.0/16"],
                                "destinationAddresses": ["*"],
                                "destinationPorts": ["123"],
                            }
                        ],
                    },
                }
            )
            ref_sub = fw_id.split("/")[2]
            rg, name = fw_id.split("/")[4], fw_id.split("/")[-1]
            poller = await session.network(ref_sub).azure_firewalls.begin_create_or_update(rg, name, theirs)
            await poller.result()
            between = inventory(sim)

            outcome = await apply_plan(session, preview, retry_total=1)
            assert outcome.report.ok and outcome.path_allowed
            statuses = [
                (r.operation, r.status) for r in sim.request_log if r.operation == "AzureFirewalls_CreateOrUpdate"
            ]
            assert (statuses[1][1], statuses[2][1]) == (412, 200)  # ours was refused, then re-applied on top
            after = inventory(sim)
            for key, value in between.items():
                assert after.get(key) == value, key  # their rule and everything else kept
            assert ("collection", fw_id.lower(), "networkRuleCollections", "Allow-AzureAttestation") in after

    run(body)


def test_race_someone_takes_our_rule_name_nothing_is_overwritten() -> None:
    snapshot = scenario("subnet-nsg-denies")
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot, OPTIONS) as (sim, session):
            preview = await preview_fix(session, vm_id)
            op = preview.plan.operations[0]
            parts = op.target_id.split("/")
            other = {"properties": {**dict(op.body["properties"]), "priority": 500, "sourceAddressPrefix": "10.0.0.9"}}
            rules = session.network(parts[2]).security_rules
            await (await rules.begin_create_or_update(parts[4], parts[8], parts[10], other)).result()
            theirs = inventory(sim)

            outcome = await apply_plan(session, preview, retry_total=1)
            step = outcome.report.steps[0]
            assert step.status is StepStatus.FAILED and "Nothing was overwritten" in step.render()
            assert inventory(sim) == theirs
            rerun = await apply_plan(session, await preview_fix(session, vm_id), retry_total=1)
            assert rerun.report.ok and rerun.path_allowed
            assert all(inventory(sim)[k] == v for k, v in theirs.items())

    run(body)
