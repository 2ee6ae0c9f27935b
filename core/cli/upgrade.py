"""``boot-integrity upgrade --vm ID``: bring a Standard VM to Trusted Launch, checked, previewed and reversible.

Pre-flight checks first; a refused upgrade (or rollback) exits 1 before anything is written. The plan states
the downtime up front; applying needs ``--yes`` (or a "yes" at the terminal) as consent to the deallocation.
``--rollback`` returns the VM to Standard when the subscription allows it. ``--check-gen1`` and
``--check-secure-boot`` run read-only checks inside the VM through Run Command. Exit codes: 0 the goal is
reached (or, for ``--dry-run``, the plan may be applied), 1 refused, not applied or not reached, 2 bad input.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

from core.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    BadInputError,
    add_snapshot_out,
    add_tenant_options,
    emit,
    fail,
    open_session,
    progress_to_stderr,
    save_snapshot,
)
from core.cli.diagnose import check_vm_id
from core.cli.fix import InterruptedRunError, guarded
from core.cli.fix import _ctrl_c_stops as ctrl_c_stops
from core.cli.text import tr, translate
from core.diagnosis.prerequisites import detect_os_type
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.extension_plan import ExtensionOptions
from core.remediation.render import render_permissions, render_report
from core.upgrade.collect import read_vm
from core.upgrade.plan import UpgradeOptions
from core.upgrade.readiness import ReadinessCheck, run_readiness
from core.upgrade.render import render_preflight, render_upgrade_plan
from core.upgrade.usecase import (
    UpgradeOutcome,
    UpgradePreview,
    outcome_of,
    prepare_upgrade,
    preview_rollback,
    preview_upgrade,
)

EXIT_NOT_DONE = EXIT_FINDINGS

MSG_REACHED = QT_TRANSLATE_NOOP(
    "Cli",
    "Verified: {vm} runs with Trusted Launch, Secure Boot {secure_boot} and vTPM on; the Guest Attestation "
    "extension reports {extension}.",
)
MSG_ROLLED_BACK = QT_TRANSLATE_NOOP("Cli", "Verified: {vm} uses the Standard security type again ({power}).")
MSG_NOT_REACHED = QT_TRANSLATE_NOOP(
    "Cli",
    "Not finished. {vm} is now {power} with the security type {security_type}. Run the same command again: it "
    "repeats only what is missing.",
)
MSG_STATE_UNKNOWN = QT_TRANSLATE_NOOP(
    "Cli", "The VM could not be read again; check it with: boot-integrity upgrade --vm {vm_id} --dry-run"
)
MSG_CONSENT = QT_TRANSLATE_NOOP(
    "Cli", "{vm} will be deallocated and is unavailable until it has started again. Go ahead? [y/N] "
)
MSG_NO_TERMINAL = QT_TRANSLATE_NOOP(
    "Cli",
    "not applied: the plan deallocates the VM; pass --yes to agree to that (or --dry-run to preview)",
)
MSG_CANCELLED = QT_TRANSLATE_NOOP("Cli", "not applied: canceled")
MSG_REFUSED = QT_TRANSLATE_NOOP("Cli", "refused by the pre-flight checks (see above); nothing was changed")
MSG_ROLE_MISSING = QT_TRANSLATE_NOOP("Cli", "not applied: a role is missing (see above)")
MSG_AUDIT = QT_TRANSLATE_NOOP("Cli", "Audit record: {run_id}")
MSG_READINESS = QT_TRANSLATE_NOOP(
    "Cli", "Read-only check inside {vm} ({command_id}); nothing was changed. Output as the VM returned it:"
)
MSG_INTERRUPTED = QT_TRANSLATE_NOOP(
    "Cli",
    "interrupted after {done} of {total} step(s), each recorded in audit record {run_id}. Run the same command "
    "again to finish what is missing.",
)
WORD_ON = QT_TRANSLATE_NOOP("Cli", "on")
WORD_OFF = QT_TRANSLATE_NOOP("Cli", "off")


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "upgrade",
        help="upgrade a Standard VM to Trusted Launch (pre-flight checks, restore point, preview, rollback)",
    )
    parser.add_argument("--vm", required=True, metavar="VM_RESOURCE_ID", help="resource id of the virtual machine")
    parser.add_argument(
        "--secure-boot", choices=["on", "off"], default="on", help="Secure Boot after the upgrade (default: on)"
    )
    parser.add_argument("--no-restore-point", action="store_true", help="do not create a restore point first")
    parser.add_argument("--no-auto-upgrade", action="store_true", help="extension without automatic upgrade")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="print the checks and the plan; change nothing")
    mode.add_argument("--yes", action="store_true", help="apply, agreeing to the deallocation (downtime)")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--rollback", action="store_true", help="return the VM to the Standard security type")
    action.add_argument(
        "--check-gen1", action="store_true", help="read-only: can the Gen1 OS disk be converted (MBR2GPT /validate)?"
    )
    action.add_argument(
        "--check-secure-boot", action="store_true", help="read-only (Linux): kernel modules without a signature"
    )
    add_snapshot_out(parser)
    add_tenant_options(parser)
    parser.set_defaults(func=run)


async def _consent(args: argparse.Namespace, preview: UpgradePreview) -> str | None:
    """``None`` when the plan may be applied, else why not."""
    if args.yes:
        return None
    if not sys.stdin.isatty():
        return tr(MSG_NO_TERMINAL)
    answer = await asyncio.to_thread(input, tr(MSG_CONSENT).format(vm=preview.preflight.vm_name))
    return None if answer.strip().lower() in ("y", "yes", "j", "ja") else tr(MSG_CANCELLED)


def _explain(outcome: UpgradeOutcome, vm_id: str) -> str:
    name = outcome.preview.preflight.vm_name
    after = outcome.after
    if after is None:
        return tr(MSG_STATE_UNKNOWN).format(vm_id=vm_id)
    if outcome.reached and outcome.preview.plan.goal == "rollback":
        return tr(MSG_ROLLED_BACK).format(vm=name, power=after.power_state or "?")
    if outcome.reached:
        return tr(MSG_REACHED).format(
            vm=name,
            secure_boot=tr(WORD_ON if after.secure_boot else WORD_OFF),
            extension=after.extension.provisioning_state or "-",
        )
    return tr(MSG_NOT_REACHED).format(vm=name, power=after.power_state or "?", security_type=after.security_type)


async def _readiness(args: argparse.Namespace, vm_id: str) -> int:
    check = ReadinessCheck.GEN1 if args.check_gen1 else ReadinessCheck.SECURE_BOOT
    async with open_session(args) as (session, _connector):
        vm = await read_vm(session, vm_id)
        os_type = detect_os_type(vm).os_type or "Windows"
        try:
            result = await run_readiness(session, vm_id, check, os_type)
        except ValueError as error:
            raise BadInputError(str(error)) from error
    heading = tr(MSG_READINESS).format(vm=str(vm.get("name", "")), command_id=result.command_id)
    emit(args, result.to_json(), [heading, result.stdout.rstrip(), result.stderr.rstrip()])
    return EXIT_OK


async def _main(args: argparse.Namespace) -> int:
    vm_id = check_vm_id(args.vm)
    if args.save_snapshot is not None and not (args.snapshot or args.demo):
        raise BadInputError("--save-snapshot needs a simulated tenant (--snapshot FILE or --demo)")
    if args.check_gen1 or args.check_secure_boot:
        return await _readiness(args, vm_id)
    options = UpgradeOptions(
        secure_boot=args.secure_boot == "on",
        restore_point=not args.no_restore_point,
        extension=ExtensionOptions(automatic_upgrade=not args.no_auto_upgrade),
    )
    async with open_session(args) as (session, connector):
        if args.rollback:
            preview = await preview_rollback(session, vm_id)
        else:
            preview = await preview_upgrade(session, vm_id, options)
        plan = preview.plan
        text = [
            render_preflight(preview.preflight, translate, rollback=args.rollback),
            render_upgrade_plan(plan, translate),
        ]
        payload = preview.to_json()
        if not preview.preflight.eligible:
            emit(args, payload, text)
            return fail(tr(MSG_REFUSED), EXIT_NOT_DONE)
        if args.dry_run or plan.empty:
            await save_snapshot(args, connector)
            emit(args, payload, text)
            return EXIT_OK
        if not preview.permissions.ok:
            emit(args, payload, [*text, render_permissions(preview.permissions, translate)])
            return fail(tr(MSG_ROLE_MISSING), EXIT_NOT_DONE)
        if not args.json:
            print("\n\n".join(text) + "\n", flush=True)
        refusal = await _consent(args, preview)
        if refusal is not None:
            if args.json:
                print(json.dumps(payload, indent=2, default=str))
            return fail(refusal, EXIT_NOT_DONE)
        run = prepare_upgrade(session, preview, on_progress=progress_to_stderr)
        try:
            with ctrl_c_stops(run):  # Ctrl-C: stop after the step in flight (recorded), exit 130
                result = await run.execute()
        except asyncio.CancelledError:
            result = run.result
        await save_snapshot(args, connector)
        outcome = outcome_of(preview, result)
        if run.stop.requested:
            if args.json:
                print(json.dumps(outcome.to_json(), indent=2, default=str))
            done = sum(1 for s in result.report.steps if s.sent)
            raise InterruptedRunError(
                tr(MSG_INTERRUPTED).format(done=done, total=len(plan.operations), run_id=result.run_id or "-")
            )
        lines = [render_report(outcome.report, translate)]
        if outcome.run_id:
            lines.append(tr(MSG_AUDIT).format(run_id=outcome.run_id))
        lines.append(_explain(outcome, vm_id))
        if args.json:
            print(json.dumps(outcome.to_json(), indent=2, default=str))
        else:
            print("\n\n".join(t for t in lines if t))
        return EXIT_OK if outcome.reached else EXIT_NOT_DONE


def run(args: argparse.Namespace) -> int:
    return guarded(lambda: _main(args))
