"""``boot-integrity policy``: what Defender for Cloud and Azure Policy say about a VM; assign the initiative.

``policy status --vm ID``: Defender's boot-integrity assessments and servers plan, the Guest Attestation
initiative's assignments over the VM, their identity's roles and the VM's compliance, explained. Exit 0 nothing to
warn about, 1 a warning (Defender disagrees, DoNotEnforce, a missing role, …), 2 bad input.

``policy assign --scope SCOPE``: the plan (same JSON as ``fix``); ``--yes`` applies it, ``--undo`` removes the
assignment and its role assignments again. Exit 0 done (or ``--dry-run``), 1 not done (missing role, a failed
step or remediation), 2 bad input.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

from core.changes import ChangeProgress, Phase
from core.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    BadInputError,
    add_snapshot_out,
    add_tenant_options,
    confirm,
    emit,
    fail,
    open_session,
    run_undo,
    save_snapshot,
)
from core.cli.diagnose import check_vm_id
from core.cli.fix import guarded
from core.cli.text import tr, translate
from core.defender.explanation import Explanation
from core.defender.status import our_verdict
from core.diagnosis.model import Severity
from core.i18n import QT_TRANSLATE_NOOP
from core.policy.assign_plan import ScopeError, check_scope
from core.policy.status import role_name
from core.policy.usecase import (
    AssignOutcome,
    AzureStatus,
    apply_assign,
    apply_undo_assign,
    preview_assign,
    preview_undo_assign,
    read_azure_status,
)
from core.remediation.render import render_permissions, render_plan, render_report
from core.usecases.diagnose import diagnose_vm


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "policy", help="Defender for Cloud and Azure Policy: status of a VM, assign the Guest Attestation initiative"
    )
    commands = parser.add_subparsers(dest="policy_command", required=True, metavar="SUBCOMMAND")
    status = commands.add_parser("status", help="what Defender for Cloud and Azure Policy say about a VM")
    status.add_argument("--vm", required=True, metavar="VM_RESOURCE_ID", help="resource id of the virtual machine")
    add_snapshot_out(status)
    add_tenant_options(status)
    status.set_defaults(func=run_status)
    assign = commands.add_parser(
        "assign", help="assign the built-in Guest Attestation initiative to a subscription or resource group"
    )
    assign.add_argument("--scope", required=True, metavar="SCOPE", help="/subscriptions/<id>[/resourceGroups/<name>]")
    assign.add_argument("--location", help="location of the assignment's managed identity (default: the scope's)")
    assign.add_argument("--dry-run", action="store_true", help="print the plan and change nothing")
    assign.add_argument("--yes", action="store_true", help="apply without asking")
    assign.add_argument(
        "--undo", nargs="?", const="latest", metavar="RUN_ID", help="remove the assignment (and its role assignments)"
    )
    add_snapshot_out(assign)
    add_tenant_options(assign)
    assign.set_defaults(func=run_assign)


def _check_snapshot_out(args: argparse.Namespace) -> None:
    if args.save_snapshot is not None and not (args.snapshot or args.demo):
        raise BadInputError("--save-snapshot needs a simulated tenant (--snapshot FILE or --demo)")


# -- status --------------------------------------------------------------------------------------------------


def render_status(status: AzureStatus, explanations: list[Explanation]) -> str:
    defender, policy = status.defender, status.policy
    plan = defender.servers_plan.value if defender.servers_plan else tr(QT_TRANSLATE_NOOP("Cli", "unknown"))
    lines = [tr(QT_TRANSLATE_NOOP("Cli", "Defender for Cloud (Defender for Servers plan: {plan}):")).format(plan=plan)]
    if not defender.assessments and defender.unreadable is None:
        lines.append("  " + tr(QT_TRANSLATE_NOOP("Cli", "no boot-integrity assessment for this VM")))
    for a in defender.assessments:
        when = f" ({a.changed})" if a.changed else ""
        lines.append(f"  {a.status.value:<13} {translate('AzureStatus', a.display_name)}{when}")
        if a.description or a.cause:
            lines.append(f"                {a.description or a.cause}")
    lines.append(tr(QT_TRANSLATE_NOOP("Cli", "Azure Policy (Guest Attestation initiative):")))
    if not policy.assignments and policy.unreadable is None:
        lines.append("  " + tr(QT_TRANSLATE_NOOP("Cli", "not assigned over this VM")))
    for assigned in policy.assignments:
        missing = (
            tr(QT_TRANSLATE_NOOP("Cli", "unknown"))
            if assigned.missing_roles is None
            else ", ".join(translate("Remediation", role_name(r)) for r in assigned.missing_roles) or "-"
        )
        line = tr(
            QT_TRANSLATE_NOOP(
                "Cli", "{name} at {scope}: enforcement {mode}, identity {principal}, missing roles: {roles}"
            )
        )
        lines.append(
            "  "
            + line.format(
                name=assigned.display_name or assigned.name,
                scope=assigned.scope,
                mode=assigned.enforcement.value,
                principal=assigned.principal_id or "-",
                roles=missing,
            )
        )
    if explanations:
        lines.append(tr(QT_TRANSLATE_NOOP("Cli", "What it means:")))
        lines += [f"  {e.severity.value.upper():<7} {e.render(translate)}" for e in explanations]
    return "\n".join(lines)


async def _status(args: argparse.Namespace) -> int:
    _check_snapshot_out(args)
    vm_id = check_vm_id(args.vm)
    async with open_session(args) as (session, connector):
        run, status = await asyncio.gather(diagnose_vm(session, vm_id), read_azure_status(session, vm_id))
        await save_snapshot(args, connector)
    explanations = status.explanations(our_verdict(run.diagnosis))
    if args.json:
        payload = {
            "vmId": vm_id,
            "defender": status.defender.to_json(),
            "policy": status.policy.details_json(),
            "explanations": [e.to_json() for e in explanations],
        }
        print(json.dumps(payload, indent=2, default=str))
    else:
        print(render_status(status, explanations))
    warn = any(e.severity is not Severity.INFO for e in explanations)
    return EXIT_FINDINGS if warn else EXIT_OK


def run_status(args: argparse.Namespace) -> int:
    return guarded(lambda: _status(args))


# -- assign ---------------------------------------------------------------------------------------------------


def _progress(progress: ChangeProgress) -> None:
    """Progress on stderr, so ``--json`` output on stdout stays one document."""
    if progress.phase is Phase.STEP and progress.operation is not None:
        line = f"[{progress.step}/{progress.total}] {progress.operation.render(translate)}"
        print(line, file=sys.stderr, flush=True)


def _remediation_lines(outcome: dict[str, Any]) -> list[str]:
    template = tr(QT_TRANSLATE_NOOP("Cli", "Remediation {name}: {state}, {ok} of {total} deployments succeeded"))
    lines = []
    for item in outcome.get("remediations", []):
        status = item.get("deploymentStatus") or {}
        lines.append(
            template.format(
                name=str(item.get("id", "")).rsplit("/", 1)[-1],
                state=item.get("provisioningState"),
                ok=status.get("successfulDeployments", 0),
                total=status.get("totalDeployments", 0),
            )
        )
    return lines


async def _undo(args: argparse.Namespace, scope: str) -> int:
    async with open_session(args) as (session, connector):
        return await run_undo(
            args,
            lambda run_id: preview_undo_assign(session, scope, run_id),
            lambda plan, undo_of: apply_undo_assign(session, plan, undo_of),
            lambda: save_snapshot(args, connector),
        )


MSG_STILL_RUNNING = QT_TRANSLATE_NOOP(
    "Cli",
    "Azure is still working on the remediation task(s) {names}; this tool stopped waiting, nothing was canceled. "
    "Azure Policy finishes them on its own, and the VMs become compliant only after their deployments ran. "
    "Check later with: boot-integrity policy status --vm <VM resource id>",
)
MSG_REMEDIATED = QT_TRANSLATE_NOOP(
    "Cli",
    "The remediation tasks have run. Azure Policy's compliance data follows when it evaluates the VMs again.",
)


def _after(outcome: AssignOutcome) -> str:
    """What happens next in Azure: tasks still running are said to be running, never done."""
    if outcome.running:
        names = ", ".join(str(r.get("name") or str(r.get("id", "")).rsplit("/", 1)[-1]) for r in outcome.running)
        return tr(MSG_STILL_RUNNING).format(names=names)
    if outcome.remediations and outcome.remediated:
        return tr(MSG_REMEDIATED)
    return ""


async def _assign(args: argparse.Namespace) -> int:
    _check_snapshot_out(args)
    try:
        scope = check_scope(args.scope)
    except ScopeError as error:
        raise BadInputError(error.render(translate)) from error
    if args.undo is not None:
        return await _undo(args, scope)
    async with open_session(args) as (session, connector):
        preview = await preview_assign(session, scope, args.location)
        plan = preview.plan
        payload: dict[str, Any] = {
            "plan": plan.to_json(),
            "permissions": {
                "missing": [m.__dict__ for m in preview.permissions.missing],
                "unchecked": preview.permissions.unchecked,
            },
        }
        text = [render_plan(plan, translate)]
        if args.dry_run:
            await save_snapshot(args, connector)
            emit(args, payload, text)
            return EXIT_OK
        if not preview.permissions.ok:
            emit(args, payload, [*text, render_permissions(preview.permissions, translate)])
            return fail(tr(QT_TRANSLATE_NOOP("Cli", "not applied: a role is missing (see above)")), EXIT_FINDINGS)
        if not args.json:
            print(text[0] + "\n", flush=True)
        refusal = await confirm(args, plan)
        if refusal is not None:
            if args.json:
                print(json.dumps(payload, indent=2, default=str))
            return fail(refusal, EXIT_FINDINGS)
        outcome = await apply_assign(session, preview, on_progress=_progress)
        await save_snapshot(args, connector)
        result = outcome.to_json()
        payload.update(result)
        lines = [render_report(outcome.report, translate), "\n".join(_remediation_lines(result)), _after(outcome)]
        if outcome.run_id:
            lines.append(tr(QT_TRANSLATE_NOOP("Cli", "Audit record: {run_id}")).format(run_id=outcome.run_id))
        emit(args, payload, lines)
        return EXIT_OK if outcome.report.ok and outcome.remediated else EXIT_FINDINGS


def run_assign(args: argparse.Namespace) -> int:
    return guarded(lambda: _assign(args))
