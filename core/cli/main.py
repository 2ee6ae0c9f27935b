"""``boot-integrity``: the command-line front end. Each command lives in its own module with ``register``.

The top-level handler is the last line of defence: Ctrl-C prints one line and exits 130, a closed stdout
(``| head -1``) ends quietly, and an unexpected error prints one line pointing at the log — never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from core import __version__
from core.cli.text import LANGUAGES, tr, use_language
from core.i18n import QT_TRANSLATE_NOOP

# Modules that expose ``register(subparsers)``; each sets ``func`` on its parser.
COMMANDS = (
    "core.cli.vms",
    "core.cli.diagnose",
    "core.cli.enable",
    "core.cli.fix",
    "core.cli.probe",
    "core.cli.simulate",
    "core.cli.export",
    "core.cli.policy",
    "core.cli.upgrade",
    "core.cli.fleet",
)
EXIT_UNEXPECTED = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE, what a shell reports for a writer whose reader went away
INTERRUPTED = QT_TRANSLATE_NOOP("Cli", "interrupted")
UNEXPECTED = QT_TRANSLATE_NOOP("Cli", "unexpected error: {error}. Details are in the log: {log}")

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="boot-integrity",
        description="Check, enable and troubleshoot Azure boot integrity monitoring (Guest Attestation).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the text output (default: BOOT_INTEGRITY_LANG, else the locale); --json stays English",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(subparsers)
    return parser


def _early_language(argv: list[str]) -> str | None:
    """``--lang`` before parsing, so that argument errors (``--port 99999``) are already in that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _run(argv: list[str]) -> int:
    use_language(_early_language(argv))
    args = build_parser().parse_args(argv)
    use_language(args.lang)
    result: int = args.func(args)
    return result


def _quiet_stdout() -> None:
    """After the reader of stdout went away: point stdout at devnull so the interpreter's final flush is silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real stdout (embedded, tests): nothing to silence
        pass


def _unexpected(error: Exception) -> int:
    from core.logs import log_root

    where = log_root()
    try:
        where.mkdir(parents=True, exist_ok=True)
        path = where / "cli-errors.log"
        with path.open("a", encoding="utf-8") as out:
            import traceback

            out.write("".join(traceback.format_exception(error)) + "\n")
    except OSError:
        path = where
    detail = str(error).splitlines()[0] if str(error).strip() else tr(QT_TRANSLATE_NOOP("Cli", "no details"))
    print(f"boot-integrity: {tr(UNEXPECTED).format(error=detail, log=path)}", file=sys.stderr)
    return EXIT_UNEXPECTED


def main(argv: list[str] | None = None) -> int:
    try:
        code = _run(sys.argv[1:] if argv is None else argv)
        sys.stdout.flush()  # here, not at exit: a closed pipe must surface inside this handler
        return code
    except KeyboardInterrupt:
        print(f"\nboot-integrity: {tr(INTERRUPTED)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_PIPE_CLOSED
    except SystemExit:
        raise  # argparse's usage errors (exit 2) and --help/--version (exit 0)
    except Exception as error:
        return _unexpected(error)


if __name__ == "__main__":
    sys.exit(main())
