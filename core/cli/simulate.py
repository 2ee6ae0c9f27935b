"""``boot-integrity simulate``: serve a scenario or snapshot as a local Azure until interrupted."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from pathlib import Path
from typing import Any

from core.cli.text import tr, translate
from core.i18n import QT_TRANSLATE_NOOP
from core.simulator.background import BackgroundSimulator
from core.simulator.options import SimulatorOptions
from core.simulator.scenarios import SnapshotError, load_scenario, load_snapshot_file, scenario_names

BAD_PORT = QT_TRANSLATE_NOOP("Cli", "{value} is not a port: use 1–65535, or 0 for any free port")
BAD_SAVE_PATH = QT_TRANSLATE_NOOP(
    "Cli", "--save-snapshot {path}: not a file in an existing folder; the final state could not be written there"
)
BAD_LATENCY = QT_TRANSLATE_NOOP("Cli", "{value} is not a latency: use 0–60000 milliseconds")


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "simulate",
        help="serve a simulated Azure (demo, training, tests)",
        description="Serve a simulated Azure Resource Manager on 127.0.0.1 until interrupted (Ctrl+C).",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--scenario", metavar="NAME", help=f"built-in scenario: {', '.join(scenario_names())}")
    source.add_argument("--snapshot", metavar="FILE", type=Path, help="snapshot file (docs/snapshot-format.md)")
    parser.add_argument("--port", type=_port, default=0, help="port on 127.0.0.1 (default: any free port)")
    parser.add_argument(
        "--latency-ms", type=_latency, default=0.0, help="added latency per call in milliseconds (0–60000)"
    )
    parser.add_argument("--save-snapshot", metavar="OUT", type=Path, help="write the final state here on exit")
    parser.set_defaults(func=run)


def _number(text: str, low: float, high: float) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if low <= value <= high else None  # nan and inf are outside every range


def _port(text: str) -> int:
    """0–65535 (0: any free port); anything else is a usage error, exit 2."""
    value = _number(text, 0, 65535)
    if value is None or not value.is_integer():
        raise argparse.ArgumentTypeError(tr(BAD_PORT).format(value=text[:40]))
    return int(value)


def _latency(text: str) -> float:
    value = _number(text, 0, 60_000)
    if value is None:
        raise argparse.ArgumentTypeError(tr(BAD_LATENCY).format(value=text[:40]))
    return value


def run(args: argparse.Namespace, *, stop_event: threading.Event | None = None) -> int:
    """Serve until Ctrl+C (or ``stop_event``, for tests); 2 for a bad scenario or snapshot."""
    try:
        snapshot = load_scenario(args.scenario) if args.scenario else load_snapshot_file(args.snapshot)
    except KeyError as exc:
        print(f"boot-integrity simulate: {exc.args[0]}", file=sys.stderr)
        return 2
    except SnapshotError as exc:
        print(f"boot-integrity simulate: {exc.render(translate)}", file=sys.stderr)
        return 2
    target = args.save_snapshot
    if target is not None and (target.is_dir() or not target.parent.is_dir()):
        # Said now, not after an hour of serving when the state is written.
        print(f"boot-integrity simulate: {tr(BAD_SAVE_PATH).format(path=target)}", file=sys.stderr)
        return 2
    options = SimulatorOptions(port=args.port, latency_ms=args.latency_ms)
    simulator = BackgroundSimulator(snapshot, options=options)
    try:
        simulator.start()
    except OSError as exc:
        print(f"boot-integrity simulate: cannot listen on port {args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    try:
        line = {
            "endpoint": simulator.endpoint,
            "ca": str(simulator.ca_path),
            "subscriptions": simulator.subscription_ids(),
        }
        print(json.dumps(line), flush=True)
        waiter = stop_event or threading.Event()
        try:
            while not waiter.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        if args.save_snapshot:
            args.save_snapshot.write_text(json.dumps(simulator.export_snapshot(), indent=1) + "\n", encoding="utf-8")
    finally:
        simulator.stop()
    return 0
