"""Run many ``boot-integrity`` command lines in one process (a test helper; reads JSON argv lists on stdin).

Each run gets fresh stdout/stderr buffers; the exit code is what ``core.cli.main.main`` returns, or argparse's
``SystemExit`` code. Prints one JSON list of ``{"code", "stdout", "stderr"}`` — so a table of a hundred cases
costs one interpreter start instead of a hundred.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys

from core.cli.main import main


def run_one(argv: list[str]) -> dict[str, object]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code: object = main(argv)
        except SystemExit as exit_:  # argparse's usage errors
            code = exit_.code
    return {"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()}


if __name__ == "__main__":
    print(json.dumps([run_one(argv) for argv in json.load(sys.stdin)]))
