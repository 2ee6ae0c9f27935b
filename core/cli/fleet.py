"""``boot-integrity fleet``: every VM of a tenant at once.

``fleet scan`` lists every VM and scale set with its boot integrity monitoring status (one Resource Graph query
family); ``fleet fix`` plans each network fix once per shared resource; ``fleet enable`` adds the extension per VM
after the fixes its path needs. Exit codes: scan 0 when nothing needs attention, 1 when some VM is failed or
not installed; enable/fix 0 when done (or ``--dry-run``), 1 when not reached, 2 bad input.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from core.azure.errors import to_arm_error
from core.azure.session import ArmSession
from core.changes.run import StopToken
from core.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FINDINGS,
    EXIT_INTERRUPTED,
    EXIT_OK,
    BadInputError,
    add_snapshot_out,
    add_tenant_options,
    confirm,
    ctrl_c_calls,
    emit,
    fail,
    open_tenant,
    run_undo,
    save_snapshot,
)
from core.cli.diagnose import check_vm_id
from core.cli.text import tr, translate
from core.fleet.apply import DEFAULT_MAX_PARALLEL, DONE
from core.fleet.causes import CauseReport, undecided
from core.fleet.graph import Scope
from core.fleet.journal import Journal, JournalError
from core.fleet.plan import DEFAULT_STATUSES, FLEET_SCOPE, FleetGoal, Selection
from core.fleet.report import report_csv
from core.fleet.scan import FleetScan, scan_fleet
from core.fleet.status import STATUS_LABELS, FleetStatus
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.apply import StepResult
from core.remediation.extension_plan import ExtensionOptions
from core.remediation.plan import Plan
from core.remediation.render import render_permissions, render_plan
from core.tenant import TenantConnector

_STATUS_CHOICES = [s.value for s in FleetStatus]


def _add_common(parser: argparse.ArgumentParser) -> None:
    add_tenant_options(parser)
    parser.add_argument(
        "--management-group", metavar="MG", help="only the subscriptions under this management group (its name)"
    )
    add_snapshot_out(parser)


def register(subparsers: Any) -> None:
    fleet: argparse.ArgumentParser = subparsers.add_parser(
        "fleet", help="every VM of a tenant at once: scan, shared causes, one plan, parallel apply"
    )
    commands = fleet.add_subparsers(dest="fleet_command", required=True, metavar="COMMAND")
    scan = commands.add_parser("scan", help="every VM and scale set with its boot integrity monitoring status")
    _add_common(scan)
    scan.add_argument("--csv", action="store_true", help="print CSV (one row per machine) instead of text")
    scan.set_defaults(func=run_scan)
    for name, help_text in (
        ("enable", "install the Guest Attestation extension on the selected VMs (network fixes first)"),
        ("fix", "fix what blocks the selected VMs from Azure Attestation, once per shared NSG or firewall"),
    ):
        parser = commands.add_parser(name, help=help_text)
        _add_common(parser)
        parser.add_argument(
            "--status",
            action="append",
            choices=_STATUS_CHOICES,
            metavar="S",
            help=f"select every VM in this status (repeatable; default: failed, notInstalled): {_STATUS_CHOICES}",
        )
        parser.add_argument("--vm", action="append", metavar="VM_ID", help="select this VM (repeatable)")
        parser.add_argument("--dry-run", action="store_true", help="print the plan and change nothing")
        parser.add_argument("--yes", action="store_true", help="apply without asking")
        parser.add_argument(
            "--max-parallel",
            type=int,
            default=DEFAULT_MAX_PARALLEL,
            metavar="N",
            help="at most N changes at a time (default: %(default)s)",
        )
        parser.add_argument("--resume", action="store_true", help="finish the interrupted run from its journal")
        parser.add_argument(
            "--prefer",
            choices=["nsg", "firewall-network", "firewall-application"],
            default="nsg",
            help="for Azure Firewall: a network rule (default) or an application rule",
        )
        parser.add_argument(
            "--allow-renumber",
            action="store_true",
            help="with --yes: agree to renumber an existing rule when ours cannot otherwise go ahead of it",
        )
        parser.add_argument(
            "--undo",
            nargs="?",
            const="latest",
            metavar="RUN_ID",
            help="undo the latest (or the given) fleet network change",
        )
        if name == "enable":
            parser.add_argument(
                "--no-auto-upgrade", action="store_true", help="install with enableAutomaticUpgrade false"
            )
        parser.set_defaults(func=run_apply, goal=FleetGoal(name))


def _check_args(args: argparse.Namespace) -> None:
    if args.save_snapshot is not None and not (args.snapshot or args.demo):
        raise BadInputError("--save-snapshot needs a simulated tenant (--snapshot FILE or --demo)")
    if getattr(args, "csv", False) and args.json:
        raise BadInputError("--json and --csv exclude each other")
    if getattr(args, "max_parallel", 1) < 1:
        raise BadInputError("--max-parallel must be at least 1")


def _snapshot(args: argparse.Namespace) -> Any:
    from core.simulator import scenarios

    if args.snapshot is not None:
        try:
            return scenarios.load_snapshot_file(args.snapshot)
        except ValueError as error:
            raise BadInputError(str(error)) from error
    if args.demo:
        from core.simulator.fleet_tenant import fleet_demo

        return fleet_demo().snapshot
    return None


@asynccontextmanager
async def open_fleet_session(args: argparse.Namespace) -> AsyncIterator[tuple[ArmSession, TenantConnector]]:
    """Like the other commands' session, but ``--demo`` is the demo *fleet* (core.simulator.fleet_tenant)."""
    snapshot = await asyncio.to_thread(_snapshot, args)
    async with open_tenant(args, snapshot) as opened:
        yield opened


def _scope(args: argparse.Namespace) -> Scope:
    return Scope(management_group=args.management_group) if args.management_group else Scope()


def _status_label(status: FleetStatus) -> str:
    return translate("Fleet", STATUS_LABELS[status])


def render_counts(scan: FleetScan) -> str:
    head = tr(QT_TRANSLATE_NOOP("Cli", "Machines: {count} in {subscriptions} subscriptions")).format(
        count=len(scan.vms), subscriptions=len(scan.subscriptions) or "?"
    )
    lines = [head] + [f"  {_status_label(s):<16} {n:>6}" for s, n in scan.counts().items()]
    return "\n".join(lines)


def render_rows(scan: FleetScan) -> str:
    rows = [
        (vm.name, vm.resource_group, vm.location, vm.security_type, _status_label(vm.status), vm.extension_state or "-")
        for vm in scan.vms
    ]
    if not rows:
        return ""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows)


def render_causes(causes: CauseReport) -> str:
    if not causes.causes and not causes.unknown:
        return tr(QT_TRANSLATE_NOOP("Cli", "Shared causes: none found."))
    lines = [
        tr(QT_TRANSLATE_NOOP("Cli", "Shared causes ({contexts} network contexts evaluated):")).format(
            contexts=causes.evaluated
        )
    ]
    lines += [f"  {cause.render(translate)}" for cause in causes.causes]
    for context in causes.unknown:
        reason = (
            QT_TRANSLATE_NOOP("Cli", "the scan has no network data for them")
            if context.diagnosis is None
            else QT_TRANSLATE_NOOP("Cli", "part of the path could not be read or evaluated")
        )
        text = undecided(translate, len(context.vms))
        lines.append("  " + text.format(subnet=context.key.subnet_id or "?", reason=tr(reason)))
    return "\n".join(lines)


def run_scan(args: argparse.Namespace) -> int:
    async def body() -> int:
        _check_args(args)
        async with open_fleet_session(args) as (session, connector):
            scan = await scan_fleet(session, _scope(args))
            await save_snapshot(args, connector)
        if args.json:
            print(json.dumps(scan.to_json(), indent=1))
        elif args.csv:
            sys.stdout.write(report_csv(scan.vms))
        else:
            print(render_counts(scan) + "\n\n" + render_rows(scan))
        counts = scan.counts()
        return EXIT_FINDINGS if counts[FleetStatus.FAILED] or counts[FleetStatus.NOT_INSTALLED] else EXIT_OK

    return _guarded(body)


def _selection(args: argparse.Namespace) -> Selection:
    statuses = frozenset(FleetStatus(s) for s in args.status) if args.status else DEFAULT_STATUSES
    vm_ids = frozenset(check_vm_id(v).lower() for v in args.vm or [])
    return Selection(statuses=statuses, vm_ids=vm_ids)


def _progress(index: int, step: StepResult, finished: int, total: int) -> None:
    """One line per finished operation on stderr, so ``--json`` on stdout stays one document."""
    print(f"[{finished}/{total}] {step.status.value}: {step.operation.render(translate)}", file=sys.stderr, flush=True)


def _plan_text(plan: Plan, serves: list[tuple[str, ...]]) -> str:
    text = render_plan(plan, translate)
    lines = [
        translate("Cli", "Operation {number} serves %n VM(s).", None, len(s)).format(number=i + 1)
        for i, s in enumerate(serves)
        if len(s) > 1
    ]
    return text + ("\n" + "\n".join("  " + line for line in lines) if lines else "")


def _plan_payload(plan: Plan, serves: list[tuple[str, ...]]) -> dict[str, Any]:
    body = plan.to_json()
    for op_json, vm_ids in zip(body["operations"], serves, strict=True):
        op_json["serves"] = list(vm_ids)
    return body


async def _apply(args: argparse.Namespace) -> int:
    from core.fleet.usecase import analyse, apply_fleet, resume_fleet

    async with open_fleet_session(args) as (session, connector):
        if args.resume:
            journal = Journal.latest_unfinished()
            if journal is None:
                raise BadInputError(tr(QT_TRANSLATE_NOOP("Cli", "no interrupted fleet run to resume")))
            state = journal.read()
            if not args.json:
                print(_plan_text(state.plan, state.serves) + "\n", flush=True)
            refusal = await confirm(args, state.plan)
            if refusal is not None:
                return fail(refusal, EXIT_FINDINGS)
            stop = StopToken()
            with ctrl_c_calls(lambda: stop.request("interrupt")):
                outcome = await resume_fleet(
                    session, journal, max_parallel=args.max_parallel, on_step=_progress, stop=stop
                )
            await save_snapshot(args, connector)
            return _finish(args, outcome, None)
        options = ExtensionOptions(automatic_upgrade=not getattr(args, "no_auto_upgrade", False))
        analysis = await analyse(
            session, _scope(args), _selection(args), args.goal, prefer=args.prefer, extension_options=options
        )
        fleet_plan = analysis.fleet_plan
        plan, serves = fleet_plan.plan, fleet_plan.serves
        payload: dict[str, Any] = {
            "counts": {s.value: n for s, n in analysis.scan.counts().items()},
            "selected": len(fleet_plan.selected),
            "causes": analysis.causes.to_json(),
            "plan": _plan_payload(plan, serves),
            "skipped": fleet_plan.skipped,
            "permissions": {
                "missing": [m.__dict__ for m in analysis.permissions.missing],
                "unchecked": analysis.permissions.unchecked,
            },
        }
        text = [render_causes(analysis.causes), _plan_text(plan, serves)]
        if args.dry_run or plan.empty:
            await save_snapshot(args, connector)
            emit(args, payload, text, indent=1)
            return EXIT_OK if args.dry_run or not plan.blocked else EXIT_FINDINGS
        if not analysis.permissions.ok:
            emit(args, payload, [*text, render_permissions(analysis.permissions, translate)], indent=1)
            return fail(tr(QT_TRANSLATE_NOOP("Cli", "not applied: a role is missing (see above)")), EXIT_FINDINGS)
        if not args.json:
            print("\n\n".join(text) + "\n", flush=True)
        refusal = await confirm(args, plan)
        if refusal is not None:
            if args.json:
                print(json.dumps(payload, indent=1, default=str))
            return fail(refusal, EXIT_FINDINGS)
        # Ctrl-C: the writes in flight finish and are journalled, nothing new starts; the tenant as it is then is
        # saved (--save-snapshot), so that --resume continues from exactly there.
        stop = StopToken()
        with ctrl_c_calls(lambda: stop.request("interrupt")):
            outcome = await apply_fleet(
                session, analysis, max_parallel=args.max_parallel, on_step=_progress, stop=stop
            )
        await save_snapshot(args, connector)
        return _finish(args, outcome, payload)


def _finish(args: argparse.Namespace, outcome: Any, payload: dict[str, Any] | None) -> int:
    result = {**(payload or {}), **outcome.to_json()}
    report = outcome.report
    if report.cancelled:  # Ctrl-C: one line, exit 130, and the way on
        if args.json:
            print(json.dumps(result, indent=1, default=str))
        done = sum(1 for i in range(report.total) if report.status(i) in DONE) + report.skipped_as_done
        line = tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "interrupted after {done} of {total} step(s); the journal {journal} has them. Run the same command "
                "with --resume to finish.",
            )
        ).format(done=min(done, report.total), total=report.total, journal=outcome.journal.path)
        return fail(line, EXIT_INTERRUPTED)
    blocked, unhealthy = outcome.still_blocked(), outcome.not_healthy()
    planned_only_guidance = outcome.plan.blocked
    goal_reached = not blocked and not planned_only_guidance and (args.goal is FleetGoal.FIX or not unhealthy)
    if args.json:
        print(json.dumps(result, indent=1, default=str))
    else:
        applied = sum(1 for r in outcome.report.vm_results(outcome.serves) if r.ok)
        lines = [
            tr(QT_TRANSLATE_NOOP("Cli", "Applied for {ok} of {total} VMs; journal: {journal}")).format(
                ok=applied, total=len(outcome.served()), journal=outcome.journal.path
            )
        ]
        if outcome.after is not None:
            lines.append(tr(QT_TRANSLATE_NOOP("Cli", "After the run:")) + "\n" + render_counts(outcome.after))
            if outcome.after_causes is not None:
                lines.append(render_causes(outcome.after_causes))
        else:
            lines.append(
                tr(QT_TRANSLATE_NOOP("Cli", "The fleet could not be scanned again; run 'boot-integrity fleet scan'."))
            )
        print("\n\n".join(lines))
    return EXIT_OK if outcome.report.ok and goal_reached else EXIT_FINDINGS


async def _undo(args: argparse.Namespace) -> int:
    from core.usecases.fix import apply_undo, preview_undo

    async with open_fleet_session(args) as (session, connector):
        return await run_undo(
            args,
            lambda run_id: preview_undo(session, FLEET_SCOPE, run_id),
            lambda plan, undo_of: apply_undo(session, plan, undo_of),
            lambda: save_snapshot(args, connector),
            indent=1,
        )


def run_apply(args: argparse.Namespace) -> int:
    async def body() -> int:
        _check_args(args)
        if args.undo is not None:
            return await _undo(args)
        return await _apply(args)

    return _guarded(body)


def _guarded(body: Any) -> int:
    try:
        return int(asyncio.run(body()))
    except KeyboardInterrupt:  # while reading or planning, or where the loop could not take Ctrl-C (Windows)
        return fail(tr(QT_TRANSLATE_NOOP("Cli", "interrupted")), EXIT_INTERRUPTED)
    except (BadInputError, JournalError) as error:
        return fail(str(error), EXIT_BAD_INPUT)
    except ValueError as error:
        return fail(str(error))
    except Exception as error:
        return fail(to_arm_error(error).render(translate))
