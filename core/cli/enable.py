"""``boot-integrity enable --vm ID``: turn on boot integrity monitoring (Guest Attestation extension).

Turns on Secure Boot / vTPM first when they are off (the VM restarts: needs consent, ``--allow-restart`` with
``--yes``). Exit codes: 0 the extension ends ``Succeeded``, 1 it does not (the diagnosis explains why) or the
plan was not applied, 2 bad input (including an unusable ``--maa-endpoint``).
"""

from __future__ import annotations

import argparse
from typing import Any

from core.cli.common import BadInputError
from core.cli.diagnose import check_vm_id, render_text
from core.cli.fix import NOT_REPEATED, add_apply_options, guarded, run_apply
from core.cli.text import tr
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.extension_plan import ExtensionOptions, InvalidEndpointError, checked_endpoint
from core.usecases.enable import preview_enable
from core.usecases.fix import Outcome


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "enable", help="turn on boot integrity monitoring: install the Guest Attestation extension"
    )
    add_apply_options(parser)
    parser.add_argument(
        "--no-auto-upgrade",
        action="store_true",
        help="do not enable automatic extension upgrade (helps Linux VMs stuck in Transitioning)",
    )
    parser.add_argument(
        "--maa-endpoint", metavar="URL", help="custom attestation provider URL (default: the regional shared one)"
    )
    parser.add_argument(
        "--allow-restart", action="store_true", help="agree that turning on Secure Boot/vTPM restarts the VM"
    )
    parser.set_defaults(func=run)


def _success(outcome: Outcome) -> bool:
    return outcome.after is not None and outcome.after.diagnosis.extension.healthy


def _explain(outcome: Outcome) -> str:
    if outcome.after is None:
        return tr(NOT_REPEATED)
    extension = outcome.after.diagnosis.extension
    if extension.healthy:
        on = QT_TRANSLATE_NOOP(
            "Cli", "Boot integrity monitoring is on: the Guest Attestation extension {name} was deployed successfully."
        )
        return tr(on).format(name=extension.name)
    failed = QT_TRANSLATE_NOOP("Cli", "The Guest Attestation extension did not succeed. What the diagnosis finds:")
    return tr(failed) + "\n" + render_text(outcome.after.diagnosis)


async def _main(args: argparse.Namespace) -> int:
    vm_id = check_vm_id(args.vm)
    options = ExtensionOptions(automatic_upgrade=not args.no_auto_upgrade, maa_endpoint=args.maa_endpoint)
    try:
        checked_endpoint(options)  # bad input is reported before anything is read or written
    except InvalidEndpointError as error:
        raise BadInputError(f"--maa-endpoint: {error}") from error
    return await run_apply(
        args,
        lambda session: preview_enable(session, vm_id, options),
        success=_success,
        explain=_explain,
        allow_restart=args.allow_restart,
    )


def run(args: argparse.Namespace) -> int:
    return guarded(lambda: _main(args))
