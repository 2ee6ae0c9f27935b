"""What is wrong with a snapshot or a resource: typed problems with translatable messages."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
CONTEXT = "Snapshot"


class ProblemKind(Enum):
    NOT_READABLE = "not-readable"
    UTF32 = "utf-32"
    UTF16_WITHOUT_BOM = "utf-16-without-bom"
    BAD_BYTES = "bad-bytes"
    NOT_JSON = "not-json"
    TOO_DEEP = "too-deep"
    WRONG_TYPE = "wrong-type"
    MISSING = "missing"
    OUT_OF_RANGE = "out-of-range"
    NOT_ALLOWED = "not-allowed"
    BAD_PORT = "bad-port"
    NOT_AN_ID = "not-an-id"
    DUPLICATE_ID = "duplicate-id"


_MESSAGES: dict[ProblemKind, str] = {
    ProblemKind.NOT_READABLE: QT_TRANSLATE_NOOP("Snapshot", "cannot read the file: {reason}"),
    ProblemKind.UTF32: QT_TRANSLATE_NOOP(
        "Snapshot", "the file is UTF-32 encoded; save it as UTF-8 (UTF-16 with a byte order mark is also accepted)"
    ),
    ProblemKind.UTF16_WITHOUT_BOM: QT_TRANSLATE_NOOP(
        "Snapshot", "the file looks like UTF-16 without a byte order mark; save it as UTF-8"
    ),
    ProblemKind.BAD_BYTES: QT_TRANSLATE_NOOP(
        "Snapshot", "the file is not valid {encoding}: byte 0x{byte} at offset {offset}; save it as UTF-8"
    ),
    ProblemKind.NOT_JSON: QT_TRANSLATE_NOOP("Snapshot", "not valid JSON: {reason} at line {line}, column {column}"),
    ProblemKind.TOO_DEEP: QT_TRANSLATE_NOOP(
        "Snapshot", "the JSON is nested more than {limit} levels deep; no ARM resource is"
    ),
    ProblemKind.WRONG_TYPE: QT_TRANSLATE_NOOP("Snapshot", "must be {expected}, not {actual}"),
    ProblemKind.MISSING: QT_TRANSLATE_NOOP("Snapshot", "is missing (must be {expected})"),
    ProblemKind.OUT_OF_RANGE: QT_TRANSLATE_NOOP("Snapshot", "{value} is outside Azure's range {low}–{high}"),
    ProblemKind.NOT_ALLOWED: QT_TRANSLATE_NOOP("Snapshot", "{value} is not one of {allowed}"),
    ProblemKind.BAD_PORT: QT_TRANSLATE_NOOP("Snapshot", "{value} is not a port, a port range (0–65535) or *"),
    ProblemKind.NOT_AN_ID: QT_TRANSLATE_NOOP("Snapshot", "{value} is not an ARM resource id"),
    ProblemKind.DUPLICATE_ID: QT_TRANSLATE_NOOP(
        "Snapshot", "the same id is already at resources[{first}] (ARM ids compare case-insensitively)"
    ),
}

# JSON type names as the messages show them.
TYPE_NAMES: dict[str, str] = {
    "object": QT_TRANSLATE_NOOP("Snapshot", "an object"),
    "list": QT_TRANSLATE_NOOP("Snapshot", "a list"),
    "string": QT_TRANSLATE_NOOP("Snapshot", "a string"),
    "integer": QT_TRANSLATE_NOOP("Snapshot", "a whole number"),
    "boolean": QT_TRANSLATE_NOOP("Snapshot", "true or false"),
    "null": QT_TRANSLATE_NOOP("Snapshot", "null"),
    "number": QT_TRANSLATE_NOOP("Snapshot", "a number"),
}
_TRANSLATED_ARGS = ("expected", "actual")


def json_type(value: Any) -> str:
    """The JSON name of a parsed value's type (a key of :data:`TYPE_NAMES`)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    return "object"


def _english(context: str, text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class ShapeProblem:
    """One problem: where (resource position and id, field path) and what (kind and its arguments)."""

    kind: ProblemKind
    field: str = ""  # JSON path inside the resource (or the document), e.g. properties.securityRules[0]
    resource_id: str | None = None
    position: int | None = None  # index in the snapshot's "resources" list
    args: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def render(self, translate: Translate | None = None) -> str:
        tr = translate or _english
        values = {k: (tr(CONTEXT, TYPE_NAMES[v]) if k in _TRANSLATED_ARGS else v) for k, v in self.args.items()}
        what = tr(CONTEXT, _MESSAGES[self.kind]).format(**values)
        where = []
        if self.position is not None:
            where.append(f"resources[{self.position}]")
        if self.resource_id:
            where.append(self.resource_id)
        if self.field:
            where.append(self.field)
        return ": ".join([*where, what])

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "resourceId": self.resource_id,
            "position": self.position,
            "field": self.field,
            "message": self.render(),
        }


_MORE = QT_TRANSLATE_NOOP("Snapshot", "… and {count} more problems")
_SHOWN = 5


class SnapshotError(ValueError):
    """A snapshot that cannot be used; says which file, which resource and which field."""

    def __init__(self, source: str, problems: Sequence[ShapeProblem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        super().__init__(self.render())

    def render(self, translate: Translate | None = None) -> str:
        """One line per problem (the first few), each prefixed with the file."""
        tr = translate or _english
        lines = [f"{self.source}: {p.render(translate)}" for p in self.problems[:_SHOWN]]
        if len(self.problems) > _SHOWN:
            lines.append(tr(CONTEXT, _MORE).format(count=len(self.problems) - _SHOWN))
        return "\n".join(lines)
