"""Read a snapshot file: encodings by their BOM, JSON without RecursionError, then the shape check.

Accepted: UTF-8 with or without a BOM, and UTF-16 (little or big endian) with a BOM — what Windows PowerShell 5's
``Out-File`` and ``>`` write. Anything else (UTF-32, UTF-16 without a BOM, Latin-1 bytes) is refused by name.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

from core.snapshot.problems import ProblemKind, ShapeProblem, SnapshotError
from core.snapshot.validate import check_snapshot

MAX_DEPTH = 100  # ARM bodies nest ~15 levels; the limit keeps every later recursive walk (copies, dumps) safe
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),  # before UTF-16 LE: its BOM starts with the same two bytes
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _fail(source: str, kind: ProblemKind, **args: Any) -> SnapshotError:
    return SnapshotError(source, [ShapeProblem(kind, args=args)])


def decode(raw: bytes, source: str) -> str:
    """The file's text; :class:`SnapshotError` naming the encoding problem."""
    encoding = "utf-8"
    for bom, name in _BOMS:
        if raw.startswith(bom):
            encoding = name
            break
    if encoding == "UTF-32":
        raise _fail(source, ProblemKind.UTF32)
    if encoding == "utf-8" and len(raw) >= 2 and (raw[0] == 0 or raw[1] == 0):
        raise _fail(source, ProblemKind.UTF16_WITHOUT_BOM)
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        shown = "UTF-16" if encoding == "utf-16" else "UTF-8"
        raise _fail(
            source, ProblemKind.BAD_BYTES, encoding=shown, byte=f"{raw[exc.start]:02x}", offset=exc.start
        ) from None


def _depth(value: Any) -> int:
    """Nesting depth, without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if level > MAX_DEPTH:
                return level
            stack += [(v, level + 1) for v in (item.values() if isinstance(item, dict) else item)]
    return deepest


def parse(text: str, source: str) -> Any:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _fail(source, ProblemKind.NOT_JSON, reason=exc.msg, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise _fail(source, ProblemKind.TOO_DEEP, limit=MAX_DEPTH) from None
    if _depth(data) > MAX_DEPTH:
        raise _fail(source, ProblemKind.TOO_DEEP, limit=MAX_DEPTH)
    return data


def read_snapshot_file(path: str | Path) -> dict[str, Any]:
    """A checked snapshot from ``path``; :class:`SnapshotError` says which file, resource and field is wrong."""
    path = Path(path)
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _fail(source, ProblemKind.NOT_READABLE, reason=exc.strerror or str(exc.errno)) from None
    data = parse(decode(raw, source), source)
    check_snapshot(data, source=source)
    result: dict[str, Any] = data
    return result
