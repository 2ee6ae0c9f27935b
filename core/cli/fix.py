"""``boot-integrity fix --vm ID``: plan and apply what lets the VM reach Azure Attestation; undo it again.

Without ``--yes`` and without a terminal the plan is printed and the command exits 1, saying that ``--yes`` is
needed. Exit codes (``fix``, ``enable`` and their ``--dry-run``): 0 nothing to do, or done (the re-run diagnosis
finds the goal reached); 1 findings — a plan to apply (``--dry-run``), a plan that cannot fix it (blocked,
guidance only), a missing permission, a failed step; 2 bad input; 130 interrupted (Ctrl-C: the step in flight is
finished and recorded, then one line says what was applied and how to undo it).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from typing import Any

from core.azure.session import ArmSession
from core.changes import ApplyReport, ChangeResult, ChangeRun, Phase
from core.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    BadInputError,
    add_snapshot_out,
    add_tenant_options,
    confirm,
    ctrl_c_calls,
    emit,
    fail,
    fail_with,
    open_session,
    progress_to_stderr,
    run_undo,
    save_snapshot,
)
from core.cli.diagnose import check_vm_id, render_text, render_verdict
from core.cli.text import tr, translate
from core.diagnosis.path import VmNotFoundError
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.fix_plan import FixOptions
from core.remediation.plan import Plan
from core.remediation.render import render_permissions, render_plan, render_report
from core.usecases.fix import (
    Outcome,
    Preview,
    outcome_of,
    prepare_apply,
    prepare_undo,
    preview_fix,
    preview_undo,
)

EXIT_NOT_DONE = EXIT_FINDINGS
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a command stopped with Ctrl-C
INTERRUPTED = QT_TRANSLATE_NOOP("Cli", "interrupted")
INTERRUPTED_NOTHING = QT_TRANSLATE_NOOP("Cli", "interrupted; nothing was changed")
INTERRUPTED_APPLIED = QT_TRANSLATE_NOOP(
    "Cli",
    "interrupted after {done} of {total} step(s); what was sent is recorded in audit record {run_id}. "
    "To take it back: boot-integrity fix --vm {vm_id} --undo {run_id}",
)
INTERRUPTED_UNDO = QT_TRANSLATE_NOOP(
    "Cli", "undo interrupted after {done} of {total} step(s); recorded in audit record {run_id}. Run the undo again."
)


class InterruptedRunError(Exception):
    """Ctrl-C while applying: the run stopped after its step in flight and said so (exit 130)."""


def add_apply_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vm", required=True, metavar="VM_RESOURCE_ID", help="resource id of the virtual machine")
    parser.add_argument("--dry-run", action="store_true", help="print the plan and change nothing")
    parser.add_argument("--yes", action="store_true", help="apply without asking")
    add_snapshot_out(parser)
    add_tenant_options(parser)


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "fix", help="fix what blocks a VM from reaching Azure Attestation (NSG, Azure Firewall), with preview and undo"
    )
    add_apply_options(parser)
    parser.add_argument(
        "--prefer",
        choices=["nsg", "firewall-network", "firewall-application"],
        default="nsg",
        help="for Azure Firewall: a network rule for the AzureAttestation tag (default) or an application rule "
        "for the region's shared attestation host",
    )
    parser.add_argument(
        "--nsg-source",
        choices=["vm", "vnet"],
        default="vm",
        help="source of a new NSG rule: the VM's private IP (default, narrowest) or VirtualNetwork",
    )
    parser.add_argument(
        "--allow-renumber",
        action="store_true",
        help="with --yes: agree to renumber an existing rule when ours cannot otherwise go ahead of it",
    )
    parser.add_argument(
        "--undo", nargs="?", const="latest", metavar="RUN_ID", help="undo the latest (or the given) fix of this VM"
    )
    parser.set_defaults(func=run)


async def run_apply(
    args: argparse.Namespace,
    make_preview: Callable[[ArmSession], Awaitable[Preview]],
    *,
    success: Callable[[Outcome], bool],
    explain: Callable[[Outcome], str],
    allow_restart: bool = True,
) -> int:
    """The shared flow of ``fix`` and ``enable``: preview, permissions, confirmation, apply, verify, report."""
    if args.save_snapshot is not None and not (args.snapshot or args.demo):
        raise BadInputError("--save-snapshot needs a simulated tenant (--snapshot FILE or --demo)")
    async with open_session(args) as (session, connector):
        preview = await make_preview(session)
        plan = preview.plan
        payload: dict[str, Any] = {
            "diagnosis": preview.run.diagnosis.to_json(),
            "plan": plan.to_json(),
            "permissions": {
                "missing": [m.__dict__ for m in preview.permissions.missing],
                "unchecked": preview.permissions.unchecked,
            },
        }
        text = [render_plan(plan, translate)]
        if args.dry_run or plan.empty:
            await save_snapshot(args, connector)
            emit(args, payload, text)
            nothing_to_do = plan.empty and not plan.blocked and success_without_changes(preview, success)
            return EXIT_OK if nothing_to_do else EXIT_NOT_DONE
        if not preview.permissions.ok:
            emit(args, payload, [*text, render_permissions(preview.permissions, translate)])
            return fail(tr(QT_TRANSLATE_NOOP("Cli", "not applied: a role is missing (see above)")), EXIT_NOT_DONE)
        if not args.json:
            print(text[0] + "\n", flush=True)
        refusal = await confirm(args, plan, allow_restart=allow_restart)
        if refusal is not None:
            if args.json:
                print(json.dumps(payload, indent=2, default=str))
            return fail(refusal, EXIT_NOT_DONE)
        run = prepare_apply(session, preview, on_progress=progress_to_stderr)
        try:
            with _ctrl_c_stops(run):
                result = await run.execute()
        except asyncio.CancelledError:  # Ctrl-C where the loop could not take it gently (or during the check)
            result = run.result
        await save_snapshot(args, connector)
        outcome = outcome_of(preview, result)
        payload.update(outcome.to_json())
        if run.stop.requested:
            if args.json:
                print(json.dumps(payload, indent=2, default=str))
            raise InterruptedRunError(_interrupted_line(result, plan.vm_id, undo=False))
        reached = outcome.report.ok and success(outcome) and not plan.blocked
        lines = [render_report(outcome.report, translate)]
        if outcome.run_id:
            lines.append(tr(QT_TRANSLATE_NOOP("Cli", "Audit record: {run_id}")).format(run_id=outcome.run_id))
        lines.append(explain(outcome))
        if args.json:
            print(json.dumps(payload, indent=2, default=str))
        else:
            print("\n\n".join(t for t in lines if t))
        return EXIT_OK if reached else EXIT_NOT_DONE


def _interrupted_line(result: ChangeResult[Any], vm_id: str, *, undo: bool) -> str:
    done = sum(1 for s in result.report.steps if s.sent)
    if result.run_id is None or not done:
        return tr(INTERRUPTED_NOTHING)
    total = len(result.plan.operations)
    template = INTERRUPTED_UNDO if undo else INTERRUPTED_APPLIED
    return tr(template).format(done=done, total=total, run_id=result.run_id, vm_id=vm_id)


@contextlib.contextmanager
def _ctrl_c_stops(run: ChangeRun[Any]) -> Iterator[None]:
    """While ``run`` writes, Ctrl-C asks it to stop after the step in flight; during the check, it cancels.

    Where the loop cannot take signals (Windows), asyncio's own handler cancels the task instead, and the engine
    still finishes and records the step in flight before the cancellation goes on.
    """
    task = asyncio.current_task()

    def on_sigint() -> None:
        if run.phase is Phase.CHECK and task is not None:
            run.request_stop("interrupt")
            task.cancel()  # nothing is written any more: the check may simply stop
        else:
            run.request_stop("interrupt")  # repeated presses change nothing: the write in flight always ends

    with ctrl_c_calls(on_sigint):
        yield


NOT_REPEATED = QT_TRANSLATE_NOOP(
    "Cli", "The diagnosis could not be repeated; run 'boot-integrity diagnose' to check the result."
)


def success_without_changes(preview: Preview, success: Callable[[Outcome], bool]) -> bool:
    from core.remediation.apply import ApplyReport

    return success(Outcome(preview, ApplyReport([]), preview.run, None))


def _fix_success(outcome: Outcome) -> bool:
    return outcome.path_allowed


def _fix_explain(outcome: Outcome) -> str:
    if outcome.after is None:
        return tr(NOT_REPEATED)
    if outcome.path_allowed:
        return tr(QT_TRANSLATE_NOOP("Cli", "Verified: the diagnosis now finds the path to Azure Attestation allowed."))
    still = tr(QT_TRANSLATE_NOOP("Cli", "The diagnosis still finds the path {verdict}:"))
    verdict = render_verdict(outcome.after.diagnosis.verdict.value)
    return still.format(verdict=verdict) + "\n" + render_text(outcome.after.diagnosis)


async def _undo(args: argparse.Namespace, vm_id: str) -> int:
    async with open_session(args) as (session, connector):

        async def apply(plan: Plan, undo_of: str | None) -> ApplyReport:
            run = prepare_undo(session, plan, undo_of, on_progress=progress_to_stderr)
            try:
                with _ctrl_c_stops(run):
                    result = await run.execute()
            except asyncio.CancelledError:
                result = run.result
            if run.stop.requested:  # keep what was undone, then say where it stopped (exit 130)
                await save_snapshot(args, connector)
                raise InterruptedRunError(_interrupted_line(result, vm_id, undo=True))
            return result.report

        return await run_undo(
            args,
            lambda run_id: preview_undo(session, vm_id, run_id),
            apply,
            lambda: save_snapshot(args, connector),
        )


def guarded(body: Callable[[], Coroutine[Any, Any, int]]) -> int:
    """Run ``body`` and turn every failure into a clear message with the documented exit code."""
    try:
        return asyncio.run(body())
    except InterruptedRunError as interrupted:
        return fail(str(interrupted), EXIT_INTERRUPTED)
    except KeyboardInterrupt:  # before anything was applied (while planning)
        return fail(tr(INTERRUPTED), EXIT_INTERRUPTED)
    except (BadInputError, VmNotFoundError) as error:
        return fail_with(error)
    except ValueError as error:
        return fail(str(error))
    except Exception as error:
        return fail_with(error)


async def _main(args: argparse.Namespace) -> int:
    vm_id = check_vm_id(args.vm)
    if args.undo is not None:
        return await _undo(args, vm_id)
    options = FixOptions(prefer=args.prefer, nsg_source=args.nsg_source)
    return await run_apply(
        args, lambda session: preview_fix(session, vm_id, options), success=_fix_success, explain=_fix_explain
    )


def run(args: argparse.Namespace) -> int:
    return guarded(lambda: _main(args))
