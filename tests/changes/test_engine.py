"""The change engine through the real SDK pipeline against the simulator: the generic write path, long-running
operations, references between steps, read-before-create, the audit record, stopping and cancelling."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from core.arm_ids import ResourceId
from core.changes import (
    ChangeEngine,
    ChangeProgress,
    Phase,
    PlanError,
    RunOptions,
    RunStatus,
    StepStatus,
    StopToken,
)
from core.changes.arm import retry_after
from core.remediation.audit import AuditLog
from core.remediation.plan import COMPUTE_API_VERSION, OpKind, Plan, ref
from core.simulator import SimulatorOptions
from core.simulator import instance_view as iv
from core.usecases.fix import apply_undo, preview_undo
from tests.changes.conftest import op, rule_body
from tests.remediation.conftest import focus, resource, run, scenario, simulated

SLOW = SimulatorOptions(lro_polls=3, lro_retry_after=0.05)


def _nsg_of(sim: Any) -> str:
    nsgs = sim.state.store.list_type("Microsoft.Network/networkSecurityGroups")
    return str(nsgs[0]["id"])


def _rg_scope(nsg_id: str) -> str:
    parsed = ResourceId.parse(nsg_id)
    return f"/subscriptions/{parsed.subscription_id}/resourceGroups/{parsed.resource_group}"


def _events(data_dir: Path) -> list[dict[str, Any]]:
    path = data_dir / "remediation-audit.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_multi_step_plan_resolves_a_reference_from_an_earlier_response(data_dir: Path) -> None:
    """Step 1 creates an NSG; step 2's target id and body take its id from step 1's answer."""
    snapshot = scenario("subnet-nsg-denies")

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            scope = _rg_scope(_nsg_of(sim))
            new_nsg = f"{scope}/providers/Microsoft.Network/networkSecurityGroups/nsg-engine-test"
            plan = Plan(
                new_nsg,
                "test",
                (
                    op(OpKind.CREATE, new_nsg, {"location": "westeurope", "properties": {}}, step_id="nsg"),
                    op(
                        OpKind.CREATE,
                        f"{ref('nsg', 'id')}/securityRules/Allow-Attestation",
                        rule_body(200, ref("nsg", "id")),
                        depends_on=("nsg",),
                    ),
                ),
            )
            result = await ChangeEngine(session).run(plan, RunOptions(check_permissions=False))
            assert result.status is RunStatus.COMPLETE, [s.render() for s in result.report.steps]
            sent = result.report.steps[1].operation
            assert sent.target_id == f"{new_nsg}/securityRules/Allow-Attestation"
            stored = resource(sim, new_nsg)
            rules = {r["name"]: r["properties"] for r in stored["properties"]["securityRules"]}
            assert rules["Allow-Attestation"]["description"] == new_nsg
            # The audit record has the operation as sent (resolved), before and after.
            events = [e for e in _events(data_dir) if e["runId"] == result.run_id]
            names = [e["event"] for e in events]
            assert names == ["start", "sending", "accepted", "done", "sending", "accepted", "done", "end"]
            assert events[4]["operation"]["targetId"] == sent.target_id
            assert events[2]["asyncOperation"]  # where to look the operation up, had the run been cut off there
            assert events[-1]["status"] == "complete"

    run(body)


def test_a_reference_missing_from_the_answer_fails_that_step_unsent() -> None:
    snapshot = scenario("subnet-nsg-denies")

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            nsg = _nsg_of(sim)
            plan = Plan(
                nsg,
                "test",
                (
                    op(OpKind.CREATE, f"{nsg}/securityRules/First", rule_body(1210), step_id="first"),
                    op(
                        OpKind.CREATE,
                        f"{nsg}/securityRules/Second",
                        rule_body(1211, ref("first", "identity.principalId")),
                    ),
                ),
            )
            result = await ChangeEngine(session).run(plan, RunOptions(check_permissions=False))
            assert [s.status for s in result.report.steps] == [StepStatus.APPLIED, StepStatus.FAILED]
            assert "${first.identity.principalId}" in result.report.steps[1].render()
            names = [r["name"] for r in resource(sim, nsg)["properties"]["securityRules"]]
            assert "First" in names and "Second" not in names

    run(body)


def test_a_dependency_on_a_later_or_unknown_step_is_a_plan_error_before_anything_is_sent() -> None:
    target = "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/networkSecurityGroups/n"
    plan = Plan(
        target,
        "test",
        (op(OpKind.CREATE, target, {}, depends_on=("later",)), op(OpKind.CREATE, target, {}, step_id="later")),
    )
    with pytest.raises(PlanError):
        from core.changes import validate

        validate(plan)


def test_lro_post_actions_deallocate_and_start_the_vm() -> None:
    """POST actions through the generic path: 202 + Azure-AsyncOperation/Location, polled to the end."""
    snapshot = scenario("vtpm-off")
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot, SLOW) as (sim, session):
            plan = Plan(
                vm_id,
                "test",
                tuple(
                    op(OpKind.ACTION, f"{vm_id}/{action}", None, method="POST", api_version=COMPUTE_API_VERSION)
                    for action in ("deallocate", "start")
                ),
            )
            seen: list[str] = []

            def progress(update: ChangeProgress) -> None:
                if update.phase is Phase.STEP:
                    seen.append(iv.power_state(resource(sim, vm_id)["properties"]["instanceView"]) or "")

            result = await ChangeEngine(session).run(plan, RunOptions(check_permissions=False, on_progress=progress))
            assert result.status is RunStatus.COMPLETE, [s.render() for s in result.report.steps]
            assert seen == ["running", "deallocated"]  # each action had finished before the next began
            assert iv.power_state(resource(sim, vm_id)["properties"]["instanceView"]) == "running"
            assert all(s.request_ids for s in result.report.steps)

    run(body)


def test_a_create_whose_name_was_taken_since_planning_stops_without_overwriting() -> None:
    """The engine reads before it creates; it does not rely on If-None-Match (none is sent here)."""
    snapshot = scenario("subnet-nsg-denies")

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            nsg = _nsg_of(sim)
            existing = resource(sim, nsg)["properties"]["securityRules"][0]
            target = f"{nsg}/securityRules/{existing['name']}"
            plan = Plan(
                nsg,
                "test",
                (
                    op(OpKind.CREATE, target, rule_body(4000)),
                    op(OpKind.CREATE, f"{nsg}/securityRules/After", rule_body(4001)),
                ),
            )
            result = await ChangeEngine(session).run(plan, RunOptions(check_permissions=False))
            assert [s.status for s in result.report.steps] == [StepStatus.FAILED, StepStatus.NOT_ATTEMPTED]
            assert "Nothing was overwritten" in result.report.steps[0].render()
            after = {r["name"]: r for r in resource(sim, nsg)["properties"]["securityRules"]}
            assert after[existing["name"]]["properties"] == existing["properties"]
            assert "After" not in after

    run(body)


def test_a_stop_request_is_honoured_after_the_step_in_flight_and_the_partial_run_undoes(data_dir: Path) -> None:
    snapshot = scenario("subnet-nsg-denies")

    async def body() -> None:
        async with simulated(snapshot, SLOW) as (sim, session):
            nsg = _nsg_of(sim)
            before = [r["name"] for r in resource(sim, nsg)["properties"]["securityRules"]]
            plan = Plan(
                nsg,
                "fix",
                tuple(op(OpKind.CREATE, f"{nsg}/securityRules/R{n}", rule_body(1300 + n)) for n in range(3)),
            )
            stop = StopToken()

            def progress(update: ChangeProgress) -> None:
                if update.phase is Phase.STEP and update.step == 2:
                    stop.request("user")  # while step 2 is about to be written

            result = await ChangeEngine(session).run(
                plan, RunOptions(check_permissions=False, stop=stop, on_progress=progress)
            )
            assert result.status is RunStatus.INTERRUPTED, [s.render() for s in result.report.steps]
            assert result.stop_reason == "user"
            assert [s.status for s in result.report.steps] == [
                StepStatus.APPLIED,
                StepStatus.APPLIED,
                StepStatus.NOT_ATTEMPTED,
            ]
            names = [r["name"] for r in resource(sim, nsg)["properties"]["securityRules"]]
            assert names == [*before, "R0", "R1"]
            record = AuditLog().record(str(result.run_id))
            assert record is not None and record["interrupted"] and record["stopRequested"]["reason"] == "user"
            assert [s["status"] for s in record["steps"]] == ["applied", "applied"]
            # Undo of the partial run removes exactly what it added.
            undo, undo_of = await preview_undo(session, nsg)
            assert undo_of == result.run_id and len(undo.operations) == 2
            report = await apply_undo(session, undo, undo_of)
            assert report.ok
            assert [r["name"] for r in resource(sim, nsg)["properties"]["securityRules"]] == before

    run(body)


def test_cancelling_the_task_finishes_and_records_the_write_in_flight(data_dir: Path) -> None:
    snapshot = scenario("subnet-nsg-denies")

    async def body() -> None:
        async with simulated(snapshot, SimulatorOptions(lro_polls=6, lro_retry_after=0.05)) as (sim, session):
            nsg = _nsg_of(sim)
            plan = Plan(
                nsg, "fix", tuple(op(OpKind.CREATE, f"{nsg}/securityRules/C{n}", rule_body(1320 + n)) for n in range(2))
            )
            writing = asyncio.Event()

            def progress(update: ChangeProgress) -> None:
                if update.phase is Phase.STEP:
                    writing.set()

            audit = AuditLog()
            change = ChangeEngine(session, audit=audit).prepare(
                plan, RunOptions(check_permissions=False, on_progress=progress)
            )
            task = asyncio.ensure_future(change.execute())
            await writing.wait()
            await asyncio.sleep(0.05)  # the PUT is out; Azure is working on it
            assert change.writing
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            steps = change.result.report.steps
            assert [s.status for s in steps] == [StepStatus.APPLIED, StepStatus.NOT_ATTEMPTED]
            rule = next(r for r in resource(sim, nsg)["properties"]["securityRules"] if r["name"] == "C0")
            assert rule["properties"]["provisioningState"] == "Succeeded"  # the operation was followed to its end
            events = [e["event"] for e in _events(data_dir) if e["runId"] == change.result.run_id]
            assert events == ["start", "sending", "accepted", "stop-requested", "done", "end"]
            record = audit.record(str(change.result.run_id))
            assert record is not None and record["status"] == "interrupted"
            assert record["stopRequested"]["reason"] == "cancelled"

    run(body)


def test_a_run_cut_off_after_sending_folds_to_unknown_and_undo_checks_azure(data_dir: Path) -> None:
    """A process killed mid-write leaves 'sending' without 'done': undo still finds and removes the rule."""
    snapshot = scenario("subnet-nsg-denies")

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            nsg = _nsg_of(sim)
            plan = Plan(nsg, "fix", (op(OpKind.CREATE, f"{nsg}/securityRules/Cut", rule_body(1330)),))
            result = await ChangeEngine(session).run(plan, RunOptions(check_permissions=False))
            # Drop the lines written after the request went out, as if the process died there.
            path = data_dir / "remediation-audit.jsonl"
            lines = path.read_text(encoding="utf-8").splitlines()
            kept = [line for line in lines if json.loads(line)["event"] in ("start", "sending")]
            path.write_text("\n".join(kept) + "\n", encoding="utf-8")
            record = AuditLog().record(str(result.run_id))
            assert record is not None and record["interrupted"] and record["steps"][0]["status"] == "unknown"
            undo, undo_of = await preview_undo(session, nsg)
            assert undo_of == result.run_id and [o.method for o in undo.operations] == ["DELETE"]
            assert (await apply_undo(session, undo, undo_of)).ok
            assert "Cut" not in [r["name"] for r in resource(sim, nsg)["properties"]["securityRules"]]

    run(body)


def test_retry_after_reads_seconds_and_http_dates() -> None:
    assert retry_after({"retry-after": "2"}) == 2.0
    assert retry_after({"retry-after": "0"}) is None  # "0" counts as absent, as in the SDK
    assert retry_after({}) is None
    assert retry_after({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}) is None  # in the past


def test_after_a_failed_step_no_later_step_is_attempted() -> None:
    snapshot = scenario("subnet-nsg-denies")

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            nsg = _nsg_of(sim)
            taken = resource(sim, nsg)["properties"]["securityRules"][0]["properties"]["priority"]
            plan = Plan(
                nsg,
                "test",
                (
                    op(OpKind.CREATE, f"{nsg}/securityRules/Clash", rule_body(taken)),  # ARM refuses the priority
                    op(OpKind.CREATE, f"{nsg}/securityRules/Second", rule_body(1401)),
                    op(OpKind.CREATE, f"{nsg}/securityRules/Third", rule_body(1402)),
                ),
            )
            result = await ChangeEngine(session).run(plan, RunOptions(check_permissions=False))
            statuses = [s.status for s in result.report.steps]
            assert statuses == [StepStatus.FAILED, StepStatus.NOT_ATTEMPTED, StepStatus.NOT_ATTEMPTED]
            names = {r["name"] for r in resource(sim, nsg)["properties"]["securityRules"]}
            assert not names & {"Clash", "Second", "Third"}

    run(body)


def test_previews_show_dependencies_and_unresolved_references() -> None:
    from core.remediation.render import render_plan

    scope = "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/networkSecurityGroups/n"
    plan = Plan(
        scope,
        "test",
        (
            op(OpKind.CREATE, scope, {"properties": {}}, step_id="nsg"),
            op(OpKind.CREATE, f"{ref('nsg', 'id')}/securityRules/r", rule_body(200, ref("nsg", "properties.x"))),
            op(OpKind.ACTION, f"{scope}/action", None, method="POST"),
        ),
    )
    text = render_plan(plan)
    assert "runs after step(s): nsg" in text
    assert "${nsg.id}, ${nsg.properties.x}" in text
    assert "  3. > Write" in text  # an ACTION step renders (no KeyError for the new kind)


@pytest.mark.parametrize(
    "kind, target, scope",
    [
        # A child we create: its parent (as before).
        (
            OpKind.CREATE,
            "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/networkSecurityGroups/n/securityRules/r",
            "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/networkSecurityGroups/n",
        ),
        # Something new at a scope (a policy assignment): the scope, which exists.
        (OpKind.CREATE, "/subscriptions/s/providers/Microsoft.Authorization/policyAssignments/a", "/subscriptions/s"),
        (
            OpKind.CREATE,
            "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/restorePointCollections/c",
            "/subscriptions/s/resourceGroups/g",
        ),
        # An action: the resource it acts on.
        (
            OpKind.ACTION,
            "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/virtualMachines/v/deallocate",
            "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/virtualMachines/v",
        ),
        # A change of an existing resource: the resource.
        (
            OpKind.MODIFY,
            "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/virtualMachines/v",
            "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/virtualMachines/v",
        ),
        # A target that still holds a reference: the scope before it.
        (
            OpKind.CREATE,
            "/subscriptions/s/providers/Microsoft.Authorization/roleAssignments/${assignment.name}",
            "/subscriptions/s",
        ),
    ],
)
def test_permissions_are_checked_where_arm_decides(kind: OpKind, target: str, scope: str) -> None:
    from core.remediation.permissions import scope_of

    assert scope_of(op(kind, target, None)) == scope
