"""``boot-integrity fix --vm ID``: plan and apply what lets the VM reach Azure Attestation; undo it again.

Without ``--yes`` and without a terminal the plan is printed and the command exits 1, saying that ``--yes`` is
needed. Exit codes: 0 the re-run diagnosis finds the path allowed (or, for ``--dry-run`` / ``--undo``, all
went as planned), 1 not reached (guidance only, missing permission, a failed step), 2 bad input.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

from core.azure.errors import to_arm_error
from core.azure.session import ArmSession
from core.cli.common import EXIT_FINDINGS, EXIT_OK, BadInputError, add_tenant_options, fail, open_session
from core.cli.diagnose import check_vm_id, render_text, render_verdict
from core.cli.text import tr, translate
from core.diagnosis.path import VmNotFoundError
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.fix_plan import FixOptions
from core.remediation.plan import Plan
from core.remediation.render import render_permissions, render_plan, render_report
from core.tenant import TenantConnector
from core.usecases.fix import ApplyProgress, Outcome, Preview, apply_plan, apply_undo, preview_fix, preview_undo

EXIT_NOT_DONE = EXIT_FINDINGS


def add_apply_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vm", required=True, metavar="VM_RESOURCE_ID", help="resource id of the virtual machine")
    parser.add_argument("--dry-run", action="store_true", help="print the plan and change nothing")
    parser.add_argument("--yes", action="store_true", help="apply without asking")
    parser.add_argument(
        "--save-snapshot", type=Path, metavar="OUT", help="write the simulated tenant's end state to OUT"
    )
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


async def confirm(args: argparse.Namespace, plan: Plan, *, allow_restart: bool = True) -> str | None:
    """``None`` when the plan may be applied, else why not (printed, exit 1)."""
    if args.yes:
        if plan.restarts_vm and not allow_restart:
            return tr(QT_TRANSLATE_NOOP("Cli", "the plan restarts the VM; add --allow-restart to agree to that"))
        if plan.changes_existing_rules and not getattr(args, "allow_renumber", False):
            return tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "the plan changes an existing rule (see above); add --allow-renumber to agree to that, "
                    "or change the rule yourself",
                )
            )
        return None
    if not sys.stdin.isatty():
        return tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "not applied: without a terminal to confirm, pass --yes to apply this plan (or --dry-run to preview)",
            )
        )
    if plan.restarts_vm:
        question = tr(QT_TRANSLATE_NOOP("Cli", "Apply these changes (the VM restarts)? [y/N] "))
    else:
        question = tr(QT_TRANSLATE_NOOP("Cli", "Apply these changes? [y/N] "))
    answer = await asyncio.to_thread(input, question)
    if answer.strip().lower() in ("y", "yes", "j", "ja"):
        return None
    return tr(QT_TRANSLATE_NOOP("Cli", "not applied: cancelled"))


async def save_snapshot(args: argparse.Namespace, connector: TenantConnector) -> None:
    if args.save_snapshot is None:
        return
    snapshot = await asyncio.to_thread(connector.export_snapshot)
    args.save_snapshot.write_text(json.dumps(snapshot, indent=1), encoding="utf-8")


def _emit(args: argparse.Namespace, payload: dict[str, Any], text: list[str]) -> None:
    if args.json:
        print(json.dumps(payload, indent=2, default=str))
    else:
        print("\n\n".join(t for t in text if t))


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
            _emit(args, payload, text)
            if args.dry_run:
                return EXIT_OK
            return EXIT_NOT_DONE if plan.blocked or not success_without_changes(preview, success) else EXIT_OK
        if not preview.permissions.ok:
            _emit(args, payload, [*text, render_permissions(preview.permissions, translate)])
            return fail(tr(QT_TRANSLATE_NOOP("Cli", "not applied: a role is missing (see above)")), EXIT_NOT_DONE)
        if not args.json:
            print(text[0] + "\n", flush=True)
        refusal = await confirm(args, plan, allow_restart=allow_restart)
        if refusal is not None:
            if args.json:
                print(json.dumps(payload, indent=2, default=str))
            return fail(refusal, EXIT_NOT_DONE)
        outcome = await apply_plan(session, preview, on_progress=_progress_to_stderr)
        await save_snapshot(args, connector)
        payload.update(outcome.to_json())
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


def _progress_to_stderr(progress: ApplyProgress) -> None:
    """Progress on stderr, so ``--json`` output on stdout stays one document."""
    if progress.operation is None:
        print(tr(QT_TRANSLATE_NOOP("Cli", "Checking the VM again…")), file=sys.stderr, flush=True)
    else:
        line = f"[{progress.step}/{progress.total}] {progress.operation.render(translate)}"
        print(line, file=sys.stderr, flush=True)


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
        run_id = None if args.undo == "latest" else args.undo
        plan, undo_of = await preview_undo(session, vm_id, run_id)
        text = [render_plan(plan, translate)]
        if args.dry_run or plan.empty:
            _emit(args, {"plan": plan.to_json(), "undoOf": undo_of}, text)
            return EXIT_OK if not any(n.severity.value == "warning" for n in plan.notes) or args.dry_run else 1
        if not args.json:
            print(text[0] + "\n", flush=True)
        refusal = await confirm(args, plan)
        if refusal is not None:
            return fail(refusal, EXIT_NOT_DONE)
        report = await apply_undo(session, plan, undo_of)
        await save_snapshot(args, connector)
        _emit(
            args,
            {"plan": plan.to_json(), "undoOf": undo_of, "apply": report.to_json()},
            [render_report(report, translate)],
        )
        return EXIT_OK if report.ok else EXIT_NOT_DONE


def guarded(body: Callable[[], Coroutine[Any, Any, int]]) -> int:
    """Run ``body`` and turn every failure into a clear message with the documented exit code."""
    try:
        return asyncio.run(body())
    except BadInputError as error:
        return fail(str(error))
    except VmNotFoundError as error:
        return fail(tr(QT_TRANSLATE_NOOP("Cli", "unknown VM: {error}")).format(error=error))
    except ValueError as error:
        return fail(str(error))
    except Exception as error:
        return fail(to_arm_error(error).render(translate))


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
