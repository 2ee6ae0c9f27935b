"""Options, input checks, connection handling, consent, output and the ``--undo`` flow shared by the CLI commands."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from core.arm_ids import ResourceId, normalize
from core.azure.clouds import CloudName
from core.azure.session import ArmSession
from core.changes.run import ChangeProgress, Phase
from core.changes.steps import ApplyReport
from core.cli.text import tr, translate
from core.diagnosis.model import Severity
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.plan import Plan
from core.remediation.render import render_plan, render_report
from core.tenant import TenantConnector

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command ended by Ctrl-C

# ARM's naming rules (docs/azure-behaviour.md, "Input validation"): subscription ids are GUIDs, resource group
# names 1–90 characters of letters, digits, _ - . ( ) not ending in a period, VM names 1–64 characters.
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_GROUP = re.compile(r"^[\w.()-]{1,90}$")
_VM_NAME_FORBIDDEN = set("\\/\"[]:|<>+=;,?*@&~!#$%^`{}'")
MAX_ID_LENGTH = 512  # a VM id is at most ~270 characters under these rules
_VM_TYPE = "microsoft.compute/virtualmachines"

VM_ID_SHAPE = QT_TRANSLATE_NOOP(
    "Cli",
    "{vm_id} is not a VM resource id; expected "
    "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Compute/virtualMachines/<name>",
)
VM_ID_TOO_LONG = QT_TRANSLATE_NOOP(
    "Cli", "the VM id is {length} characters long; a VM resource id has at most {limit} (was a file pasted?)"
)
UNKNOWN_SUBSCRIPTION = QT_TRANSLATE_NOOP("Cli", "unknown subscription {subscription}: the tenant has {known}")
UNKNOWN_VM = QT_TRANSLATE_NOOP("Cli", "unknown VM: {vm_id} is not in the tenant")


class BadInputError(Exception):
    """The user's input cannot be used (unreadable snapshot, unknown VM): exit code 2 with a clear message."""


def shorten(text: str, limit: int = 100) -> str:
    """User input as a message shows it: quoted, cut to ``limit`` characters."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def check_vm_id(vm_id: str) -> str:
    """The id, stripped, when it has the shape of a VM id; else :class:`BadInputError` saying what one looks like."""
    if len(vm_id) > MAX_ID_LENGTH:
        raise BadInputError(tr(VM_ID_TOO_LONG).format(length=len(vm_id), limit=MAX_ID_LENGTH))
    text = vm_id.strip()
    ref = ResourceId.parse(text)
    parts = [p for p in text.split("/") if p]
    well_formed = (
        text.startswith("/")
        and len(parts) == 8
        and [p.lower() for p in parts[0::2]] == ["subscriptions", "resourcegroups", "providers", "virtualmachines"]
        and ref.full_type.lower() == _VM_TYPE
        and bool(_GUID.match(ref.subscription_id or ""))
        and bool(_GROUP.match(ref.resource_group or ""))
        and not (ref.resource_group or "").endswith(".")
        and 1 <= len(ref.name) <= 64
        and not (set(ref.name) & _VM_NAME_FORBIDDEN)
        and not any(c.isspace() or ord(c) < 32 for c in text)
    )
    if not well_formed:
        raise BadInputError(tr(VM_ID_SHAPE).format(vm_id=shorten(vm_id)))
    return text


def check_vm_in_snapshot(snapshot: Mapping[str, Any], vm_id: str) -> None:
    """For a simulated tenant, before any request: the VM's subscription and the VM itself exist."""
    resources = [r for r in snapshot.get("resources", []) if isinstance(r, Mapping) and isinstance(r.get("id"), str)]
    known = {
        str(s.get("subscriptionId", "")).lower() for s in snapshot.get("subscriptions") or [] if isinstance(s, Mapping)
    }
    known |= {(ResourceId.parse(r["id"]).subscription_id or "").lower() for r in resources}
    known.discard("")
    subscription = (ResourceId.parse(vm_id).subscription_id or "").lower()
    if subscription not in known:
        raise BadInputError(
            tr(UNKNOWN_SUBSCRIPTION).format(subscription=subscription, known=", ".join(sorted(known)) or "-")
        )
    if not any(normalize(r["id"]) == normalize(vm_id) for r in resources):
        raise BadInputError(tr(UNKNOWN_VM).format(vm_id=vm_id))


def add_tenant_options(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--demo", action="store_true", help="use the built-in simulated demo tenant")
    source.add_argument("--snapshot", type=Path, metavar="FILE", help="use a simulated tenant seeded from FILE")
    parser.add_argument(
        "--cloud",
        choices=[c.value for c in CloudName],
        default=CloudName.PUBLIC.value,
        help="Azure cloud for real Azure (default: %(default)s)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")


def add_snapshot_out(parser: argparse.ArgumentParser) -> None:
    """``--save-snapshot OUT``: the simulated tenant's end state, for the next run (see :func:`save_snapshot`)."""
    parser.add_argument(
        "--save-snapshot", type=Path, metavar="OUT", help="write the simulated tenant's end state to OUT"
    )


def load_tenant(args: argparse.Namespace) -> Mapping[str, Any] | None:
    """The snapshot behind --demo / --snapshot, or None for real Azure."""
    from core.simulator import scenarios
    from core.snapshot import SnapshotError

    if getattr(args, "snapshot", None) is not None:
        try:
            return scenarios.load_snapshot_file(args.snapshot)
        except SnapshotError as error:
            raise BadInputError(error.render(translate)) from error
    if getattr(args, "demo", False):
        return scenarios.demo_tenant()
    return None


@asynccontextmanager
async def open_session(args: argparse.Namespace) -> AsyncIterator[tuple[ArmSession, TenantConnector]]:
    snapshot = load_tenant(args)
    vm_id = getattr(args, "vm", None)
    if snapshot is not None and isinstance(vm_id, str):
        check_vm_in_snapshot(snapshot, check_vm_id(vm_id))
    async with open_tenant(args, snapshot) as opened:
        yield opened


@asynccontextmanager
async def open_tenant(
    args: argparse.Namespace, snapshot: Mapping[str, Any] | None
) -> AsyncIterator[tuple[ArmSession, TenantConnector]]:
    """A session on the simulated tenant seeded from ``snapshot``, or on real Azure (``--cloud``) when it is None."""
    connector = TenantConnector((lambda: snapshot) if snapshot is not None else None)
    try:
        if snapshot is not None:
            session = await connector.open_simulated()
        else:
            session = await connector.open_azure_cli(CloudName(args.cloud))
        yield session, connector
    finally:
        await connector.close()


def fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    print(f"boot-integrity: {message}", file=sys.stderr)
    return code


UNKNOWN_VM_ERROR = QT_TRANSLATE_NOOP("Cli", "unknown VM: {error}")


def fail_with(error: Exception) -> int:
    """A command's failure as one clear line: bad input and an unknown VM by name, anything else as Azure's typed
    error (exit 2)."""
    from core.azure.errors import to_arm_error
    from core.diagnosis.path import VmNotFoundError  # not at the top: every command imports this module

    if isinstance(error, BadInputError):
        return fail(str(error))
    if isinstance(error, VmNotFoundError):
        return fail(tr(UNKNOWN_VM_ERROR).format(error=error))
    return fail(to_arm_error(error).render(translate))


def emit(args: argparse.Namespace, payload: Mapping[str, Any], text: list[str], *, indent: int = 2) -> None:
    """``payload`` as one JSON document with ``--json``, else the non-empty ``text`` blocks."""
    if args.json:
        print(json.dumps(payload, indent=indent, default=str))
    else:
        print("\n\n".join(t for t in text if t), flush=True)


def progress_to_stderr(progress: ChangeProgress) -> None:
    """Progress on stderr, so ``--json`` output on stdout stays one document."""
    if progress.phase is Phase.CHECK:
        print(tr(QT_TRANSLATE_NOOP("Cli", "Checking the VM again…")), file=sys.stderr, flush=True)
    elif progress.phase is Phase.STEP and progress.operation is not None:
        line = f"[{progress.step}/{progress.total}] {progress.operation.render(translate)}"
        print(line, file=sys.stderr, flush=True)


async def confirm(args: argparse.Namespace, plan: Plan, *, allow_restart: bool = True) -> str | None:
    """``None`` when the plan may be applied, else why not (printed, exit 1)."""
    if args.yes:
        if plan.restarts_vm and not allow_restart:
            return tr(QT_TRANSLATE_NOOP("Cli", "the plan restarts the VM; add --allow-restart to agree to that"))
        # Undo only puts back what the consented change renumbered: no second consent for that.
        renumbers = plan.changes_existing_rules and plan.goal != "undo"
        if renumbers and not getattr(args, "allow_renumber", False):
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
    return tr(QT_TRANSLATE_NOOP("Cli", "not applied: canceled"))


async def save_snapshot(args: argparse.Namespace, connector: TenantConnector) -> None:
    """``--save-snapshot FILE``: the simulated tenant as it is now (after the change), for the next run."""
    if args.save_snapshot is None:
        return
    snapshot = await asyncio.to_thread(connector.export_snapshot)
    args.save_snapshot.write_text(json.dumps(snapshot, indent=1), encoding="utf-8")


UndoPreview = Callable[[str | None], Awaitable[tuple[Plan, str | None]]]
UndoApply = Callable[[Plan, str | None], Awaitable[ApplyReport]]


async def run_undo(
    args: argparse.Namespace,
    preview: UndoPreview,
    apply: UndoApply,
    save: Callable[[], Awaitable[None]],
    *,
    indent: int = 2,
) -> int:
    """``--undo latest|RUN_ID`` of every command: show the undo plan, ask, apply it, keep the tenant, report.

    ``preview(run_id)`` gives the plan and the run it undoes; ``apply(plan, undo_of)`` applies it (and may raise
    to report an interruption, after keeping what it applied); ``save`` keeps the simulated tenant.
    """
    run_id = None if args.undo == "latest" else args.undo
    plan, undo_of = await preview(run_id)
    text = [render_plan(plan, translate)]
    if args.dry_run or plan.empty:
        emit(args, {"plan": plan.to_json(), "undoOf": undo_of}, text, indent=indent)
        # Nothing to undo and a warning says why (a policy puts it back, the record is gone): not a success.
        warned = any(n.severity is Severity.WARNING for n in plan.notes)
        return EXIT_FINDINGS if warned and not args.dry_run else EXIT_OK
    if not args.json:
        print(text[0] + "\n", flush=True)
    refusal = await confirm(args, plan)
    if refusal is not None:
        return fail(refusal, EXIT_FINDINGS)
    report = await apply(plan, undo_of)
    await save()
    payload = {"plan": plan.to_json(), "undoOf": undo_of, "apply": report.to_json()}
    emit(args, payload, [render_report(report, translate)], indent=indent)
    return EXIT_OK if report.ok else EXIT_FINDINGS
@contextlib.contextmanager
def ctrl_c_calls(handler: Callable[[], None]) -> Iterator[None]:
    """While inside, Ctrl-C calls ``handler`` on the running loop (e.g. "stop after the writes in flight") instead of
    cancelling the task. Where the loop cannot take signals (Windows), asyncio's own handler cancels the task, and
    the change engine still finishes and records what is in flight before the cancellation goes on."""
    loop = asyncio.get_running_loop()
    previous = signal.getsignal(signal.SIGINT)
    try:
        loop.add_signal_handler(signal.SIGINT, handler)
    except (NotImplementedError, RuntimeError, ValueError):
        yield
        return
    try:
        yield
    finally:
        loop.remove_signal_handler(signal.SIGINT)
        signal.signal(signal.SIGINT, previous)
