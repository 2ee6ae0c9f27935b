"""`fix` against every blocked scenario, through the real SDK: the path ends allowed, nothing existing is lost,
and a second run changes nothing. Route and appliance scenarios get guidance only."""

from __future__ import annotations

import pytest

from core.diagnosis.model import Verdict
from core.remediation.apply import StepStatus
from core.remediation.fix_plan import FixOptions
from core.usecases.fix import ApplyProgress, apply_plan, preview_fix
from tests.remediation.conftest import focus, inventory, run, scenario, simulated

FIXABLE = [
    "nic-nsg-denies-internet",
    "subnet-nsg-denies",
    "forced-tunnel-firewall-classic",
    "firewall-policy-missing-rule",
]


@pytest.mark.parametrize("name", FIXABLE)
@pytest.mark.parametrize("prefer", ["nsg", "firewall-application"])
def test_fix_reaches_allowed_and_keeps_every_existing_rule(name: str, prefer: str) -> None:
    snapshot = scenario(name)
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            before = inventory(sim)
            preview = await preview_fix(session, vm_id, FixOptions(prefer=prefer))  # type: ignore[arg-type]
            assert preview.run.diagnosis.verdict is Verdict.BLOCKED
            assert preview.plan.operations and not preview.plan.blocked and preview.permissions.ok
            progress: list[ApplyProgress] = []
            outcome = await apply_plan(session, preview, retry_total=1, on_progress=progress.append)
            assert outcome.report.ok, [s.render() for s in outcome.report.steps]
            assert outcome.path_allowed, outcome.after.diagnosis.to_json() if outcome.after else None
            total = len(preview.plan.operations)
            # One line before each write, in plan order, then the re-check.
            assert [(p.step, p.total, p.operation) for p in progress[:-1]] == [
                (n, total, op) for n, op in enumerate(preview.plan.operations, start=1)
            ]
            assert progress[-1].rechecking
            after = inventory(sim)
            for key, value in before.items():
                assert key in after, f"lost {key}"
                if key == ("rule", _nsg(vm_id, snapshot), "Deny-Internet-Outbound"):
                    # Priority 100 is Azure's minimum: the blocker moves by exactly one step, nothing else changes.
                    assert after[key] == {**value, "priority": 101}
                else:
                    assert after[key] == value, f"changed {key}"
            assert len(after) == len(before) + sum(1 for op in preview.plan.operations if op.kind.value == "create") + (
                1 if "firewall-classic" in name else 0
            )
            again = await preview_fix(session, vm_id, FixOptions(prefer=prefer))  # type: ignore[arg-type]
            assert again.plan.empty and not again.plan.blocked
            assert inventory(sim) == after

    run(body)


def _nsg(vm_id: str, snapshot: dict) -> str:  # type: ignore[type-arg]
    for resource in snapshot["resources"]:
        if resource["type"] == "Microsoft.Network/networkSecurityGroups" and "web-07" in resource["name"]:
            return str(resource["id"]).lower()
    return ""


def test_applying_the_same_plan_twice_writes_nothing_the_second_time() -> None:
    snapshot = scenario("subnet-nsg-denies")

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            preview = await preview_fix(session, focus(snapshot))
            first = await apply_plan(session, preview, retry_total=1)
            assert first.report.ok and first.path_allowed
            state = inventory(sim)
            second = await apply_plan(session, preview, retry_total=1)
            assert [s.status for s in second.report.steps] == [StepStatus.ALREADY]
            assert inventory(sim) == state

    run(body)


@pytest.mark.parametrize(
    "name, code", [("route-next-hop-none", "ROUTE_DROPS"), ("third-party-appliance", "APPLIANCE_UNKNOWN")]
)
def test_routes_and_appliances_get_guidance_only(name: str, code: str) -> None:
    snapshot = scenario(name)

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            before = inventory(sim)
            preview = await preview_fix(session, focus(snapshot))
            assert preview.plan.empty and preview.plan.blocked
            assert [n.code for n in preview.plan.notes if n.blocking] == [code]
            text = preview.plan.notes[-1].render()
            assert "AzureAttestation" in text and "Internet" in text
            assert inventory(sim) == before

    run(body)


def test_healthy_vm_needs_no_fix() -> None:
    snapshot = scenario("healthy")

    async def body() -> None:
        async with simulated(snapshot) as (_, session):
            preview = await preview_fix(session, focus(snapshot))
            assert preview.plan.empty and not preview.plan.blocked
            assert [n.code for n in preview.plan.notes] == ["PATH_ALLOWED"]

    run(body)
