"""A small Kusto (KQL) evaluator for the simulated Azure Resource Graph: parse the query, then run it on rows.

It implements the subset the product sends, with Kusto's semantics where they matter: tabular operators
``where``, ``extend``, ``project``, ``project-away``, ``join kind=leftouter|inner (…) on key`` (right columns
that clash get the suffix ``1``, ``2``…), ``order by``/``sort by`` and ``take``/``limit``; scalar operators
``== != =~ !~ < <= > >= in in~ !in !in~ and or``, member access ``a.b`` and ``a['b']``, indexing ``a[0]``;
functions ``tostring tolower toupper tobool toint tolong coalesce isempty isnotempty isnull isnotnull iff iif
split strcat not``. Property names are case-sensitive, as in Kusto; a missing property is null. Anything else
is a :class:`KqlError`, which the handler answers with ARG's 400 — never a silently wrong answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

Row = dict[str, Any]


class KqlError(ValueError):
    """The query is outside the supported subset or malformed."""


_TOKEN = re.compile(
    r"""\s*(?:
        (?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      | (?P<num>\d+(?:\.\d+)?)
      | (?P<op>==|!=|=~|!~|<=|>=|!in~|!in|in~|[=<>()\[\],.|])
      | (?P<name>\$?[A-Za-z_][\w-]*)
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    kind: str  # str | num | op | name
    text: str


def tokenize(query: str) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    text = query.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise KqlError(f"unexpected character at {position}: {text[position : position + 20]!r}")
        position = match.end()
        kind = match.lastgroup or ""
        value = match.group(kind)
        if kind == "name" and "-" in value and value.lower() not in ("project-away",):
            raise KqlError(f"unexpected name {value!r}")
        tokens.append(Token(kind, value))
    return tokens


# --- expressions -------------------------------------------------------------------------------------------

Expr = Callable[[Row], Any]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        import json

        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _to_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if isinstance(value, (int, float)):
        return value != 0
    return None


def _to_int(value: Any) -> int | None:
    try:
        return int(value) if value is not None and not isinstance(value, (dict, list)) else None
    except (TypeError, ValueError):
        return None


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _equal(left: Any, right: Any) -> bool:
    if left is None or right is None:
        return False
    if isinstance(left, str) or isinstance(right, str):
        return _text(left) == _text(right)
    return bool(left == right)


def _equal_ci(left: Any, right: Any) -> bool:
    if left is None or right is None:
        return False
    return _text(left).lower() == _text(right).lower()


def _compare(op: str, left: Any, right: Any) -> bool:
    if left is None or right is None:
        return False
    try:
        if op == "<":
            return bool(left < right)
        if op == "<=":
            return bool(left <= right)
        if op == ">":
            return bool(left > right)
        return bool(left >= right)
    except TypeError:
        return False


def _member(value: Any, key: Any) -> Any:
    if type(value) is dict and type(key) is str:  # the common case, without the ABC checks below
        return value.get(key)
    if isinstance(value, Mapping) and isinstance(key, str):
        return value.get(key)  # case-sensitive, as Kusto's dynamic property access
    if isinstance(value, list) and isinstance(key, int) and not isinstance(key, bool):
        return value[key] if -len(value) <= key < len(value) else None
    return None


def _split(value: Any, delimiter: Any) -> list[str] | None:
    if value is None:
        return None
    return _text(value).split(_text(delimiter)) if _text(delimiter) else None


_FUNCTIONS: dict[str, tuple[int, int, Callable[..., Any]]] = {
    # name: (min args, max args, implementation over evaluated args)
    "tostring": (1, 1, _text),
    "tolower": (1, 1, lambda v: None if v is None else _text(v).lower()),
    "toupper": (1, 1, lambda v: None if v is None else _text(v).upper()),
    "tobool": (1, 1, _to_bool),
    "toint": (1, 1, _to_int),
    "tolong": (1, 1, _to_int),
    "isempty": (1, 1, _empty),
    "isnotempty": (1, 1, lambda v: not _empty(v)),
    "isnull": (1, 1, lambda v: v is None),
    "isnotnull": (1, 1, lambda v: v is not None),
    "not": (1, 1, lambda v: not _to_bool(v)),
    "split": (2, 2, _split),
    "strcat": (1, 64, lambda *vs: "".join(_text(v) for v in vs)),
    "coalesce": (1, 64, lambda *vs: next((v for v in vs if not _empty(v)), None)),
}


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.position = 0

    # token helpers
    def peek(self, offset: int = 0) -> Token | None:
        index = self.position + offset
        return self.tokens[index] if index < len(self.tokens) else None

    def at(self, *texts: str) -> bool:
        token = self.peek()
        return token is not None and token.kind in ("op", "name") and token.text.lower() in texts

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise KqlError("unexpected end of query")
        self.position += 1
        return token

    def expect(self, text: str) -> Token:
        token = self.take()
        if token.text.lower() != text:
            raise KqlError(f"expected {text!r}, found {token.text!r}")
        return token

    def name(self) -> str:
        token = self.take()
        if token.kind != "name":
            raise KqlError(f"expected a name, found {token.text!r}")
        return token.text

    # expressions
    def expression(self) -> Expr:
        left = self.conjunction()
        while self.at("or"):
            self.take()
            right = self.conjunction()
            left = (lambda a, b: lambda row: bool(_to_bool(a(row))) or bool(_to_bool(b(row))))(left, right)
        return left

    def conjunction(self) -> Expr:
        left = self.comparison()
        while self.at("and"):
            self.take()
            right = self.comparison()
            left = (lambda a, b: lambda row: bool(_to_bool(a(row))) and bool(_to_bool(b(row))))(left, right)
        return left

    def comparison(self) -> Expr:
        left = self.postfix()
        if self.at("==", "!=", "=~", "!~", "<", "<=", ">", ">="):
            op = self.take().text
            right = self.postfix()
            if op == "==":
                return lambda row: _equal(left(row), right(row))
            if op == "!=":
                return lambda row: not _equal(left(row), right(row)) and left(row) is not None
            if op == "=~":
                return lambda row: _equal_ci(left(row), right(row))
            if op == "!~":
                return lambda row: not _equal_ci(left(row), right(row)) and left(row) is not None
            return lambda row: _compare(op, left(row), right(row))
        if self.at("in", "in~", "!in", "!in~"):
            op = self.take().text.lower()
            self.expect("(")
            values = [self.literal_value()]
            while self.at(","):
                self.take()
                values.append(self.literal_value())
            self.expect(")")
            if op.endswith("~"):
                lowered = {_text(v).lower() for v in values}
                found: Expr = lambda row: (v := left(row)) is not None and _text(v).lower() in lowered  # noqa: E731
            else:
                exact = {_text(v) for v in values}
                found = lambda row: (v := left(row)) is not None and _text(v) in exact  # noqa: E731
            if op.startswith("!"):
                return lambda row: left(row) is not None and not found(row)
            return found
        return left

    def literal_value(self) -> Any:
        token = self.take()
        if token.kind == "str":
            return _unquote(token.text)
        if token.kind == "num":
            return float(token.text) if "." in token.text else int(token.text)
        if token.kind == "name" and token.text.lower() in ("true", "false"):
            return token.text.lower() == "true"
        raise KqlError(f"expected a literal, found {token.text!r}")

    def postfix(self) -> Expr:
        value = self.primary()
        while self.at(".", "["):
            if self.take().text == ".":
                key = self.name()
                value = (lambda base, k: lambda row: _member(base(row), k))(value, key)
            else:
                index = self.expression()
                self.expect("]")
                value = (lambda base, i: lambda row: _member(base(row), i(row)))(value, index)
        return value

    def primary(self) -> Expr:
        token = self.peek()
        if token is None:
            raise KqlError("unexpected end of query")
        if token.kind in ("str", "num"):
            value = self.literal_value()
            return lambda row: value
        if token.text == "(":
            self.take()
            inner = self.expression()
            self.expect(")")
            return inner
        if token.kind != "name":
            raise KqlError(f"unexpected {token.text!r}")
        name = self.take().text
        lowered = name.lower()
        if lowered in ("true", "false"):
            flag = lowered == "true"
            return lambda row: flag
        if lowered == "null":
            return lambda row: None
        if self.at("("):
            return self.call(lowered)
        return lambda row: row.get(name)

    def call(self, function: str) -> Expr:
        self.expect("(")
        args: list[Expr] = []
        if not self.at(")"):
            args.append(self.expression())
            while self.at(","):
                self.take()
                args.append(self.expression())
        self.expect(")")
        if function in ("iff", "iif"):
            if len(args) != 3:
                raise KqlError(f"{function}() takes 3 arguments")
            condition, then, otherwise = args
            return lambda row: then(row) if _to_bool(condition(row)) else otherwise(row)
        if function not in _FUNCTIONS:
            raise KqlError(f"function {function}() is not supported by the simulator")
        low, high, implementation = _FUNCTIONS[function]
        if not low <= len(args) <= high:
            raise KqlError(f"{function}() takes {low}..{high} arguments, got {len(args)}")
        return lambda row: implementation(*(a(row) for a in args))


def _unquote(text: str) -> str:
    body = text[1:-1]
    return re.sub(r"\\(.)", r"\1", body)


# --- tabular operators -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TypeHint:
    """``where type =~ 'x'`` as the first operator: lets the source read one resource type only."""

    resource_type: str


@dataclass
class Pipeline:
    table: str
    steps: list[Callable[[list[Row], Source], list[Row]]]
    type_hint: TypeHint | None = None

    def run(self, source: Source) -> list[Row]:
        rows = source(self.table, self.type_hint)
        for step in self.steps:
            rows = step(rows, source)
        return rows


Source = Callable[[str, "TypeHint | None"], list[Row]]
Step = Callable[[list[Row], Source], list[Row]]
_TYPE_HINT = re.compile(r"^\s*type\s*(?:==|=~)\s*(['\"])([^'\"]+)\1\s*$", re.IGNORECASE)


def _assignments(parser: _Parser, *, allow_bare: bool) -> list[tuple[str, Expr]]:
    items: list[tuple[str, Expr]] = []
    while True:
        name = parser.name()
        if parser.at("="):
            parser.take()
            items.append((name, parser.expression()))
        elif allow_bare and not parser.at(".", "[", "("):
            items.append((name, _column(name)))
        else:
            raise KqlError(f"expected 'name = expression' at {name!r}")
        if not parser.at(","):
            return items
        parser.take()


def _column(name: str) -> Expr:
    return lambda row: row.get(name)


def _take(count: int) -> Step:
    return lambda rows, _: rows[:count]


def _where(predicate: Expr) -> Callable[[list[Row], Source], list[Row]]:
    return lambda rows, _: [r for r in rows if _to_bool(predicate(r))]


def _extend(items: list[tuple[str, Expr]]) -> Callable[[list[Row], Source], list[Row]]:
    def step(rows: list[Row], _: Source) -> list[Row]:
        out = []
        for row in rows:
            new = dict(row)
            for name, expr in items:
                new[name] = expr(new)
            out.append(new)
        return out

    return step


def _project(items: list[tuple[str, Expr]]) -> Callable[[list[Row], Source], list[Row]]:
    return lambda rows, _: [{name: expr(row) for name, expr in items} for row in rows]


def _project_away(names: list[str]) -> Callable[[list[Row], Source], list[Row]]:
    drop = set(names)
    return lambda rows, _: [{k: v for k, v in row.items() if k not in drop} for row in rows]


def _sort_key(value: Any) -> tuple[int, Any]:
    if value is None:
        return (2, 0)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, value)
    return (1, _text(value))


def _keyed(expr: Expr) -> Callable[[Row], tuple[int, Any]]:
    return lambda row: _sort_key(expr(row))


def _order(keys: list[tuple[Expr, bool]]) -> Callable[[list[Row], Source], list[Row]]:
    def step(rows: list[Row], _: Source) -> list[Row]:
        ordered = list(rows)
        for expr, descending in reversed(keys):  # stable sorts, last key first
            ordered.sort(key=_keyed(expr), reverse=descending)
        return ordered

    return step


def _join(kind: str, right: Pipeline, left_key: str, right_key: str) -> Callable[[list[Row], Source], list[Row]]:
    def step(rows: list[Row], source: Source) -> list[Row]:
        right_rows = right.run(source)
        if kind == "innerunique":  # Kusto's default: right side deduplicated on the key
            seen: dict[Any, Row] = {}
            for r in right_rows:
                seen.setdefault(_text(r.get(right_key)), r)
            right_rows = list(seen.values())
        by_key: dict[str, list[Row]] = {}
        for r in right_rows:
            value = r.get(right_key)
            if value is not None:
                by_key.setdefault(_text(value), []).append(r)
        columns = list(right_rows[0].keys()) if right_rows else []
        out: list[Row] = []
        known: dict[tuple[str, ...], dict[str, str]] = {}
        for row in rows:
            shape = tuple(row)
            renames = known.get(shape)
            if renames is None:
                renames = known[shape] = _renames(shape, columns)
            value = row.get(left_key)
            matches = by_key.get(_text(value), []) if value is not None else []
            for match in matches:
                out.append({**row, **{renames[k]: v for k, v in match.items()}})
            if not matches and kind == "leftouter":
                out.append({**row, **{renames[k]: None for k in columns}})
        return out

    return step


def _renames(left: Iterable[str], right: list[str]) -> dict[str, str]:
    taken = set(left)
    renames = {}
    for column in right:
        name = column
        suffix = 1
        while name in taken:
            name = f"{column}{suffix}"
            suffix += 1
        taken.add(name)
        renames[column] = name
    return renames


def _pipeline(parser: _Parser, *, nested: bool) -> Pipeline:
    table = parser.name().lower()
    pipeline = Pipeline(table, [])
    first = True
    while parser.at("|"):
        parser.take()
        operator = parser.name().lower()
        if operator == "where":
            start = parser.position
            predicate = parser.expression()
            source_text = " ".join(t.text for t in parser.tokens[start : parser.position])
            hint = _TYPE_HINT.match(source_text)
            if first and hint:
                pipeline.type_hint = TypeHint(hint.group(2).lower())
            pipeline.steps.append(_where(predicate))
        elif operator == "extend":
            pipeline.steps.append(_extend(_assignments(parser, allow_bare=False)))
        elif operator == "project":
            pipeline.steps.append(_project(_assignments(parser, allow_bare=True)))
        elif operator == "project-away":
            names = [parser.name()]
            while parser.at(","):
                parser.take()
                names.append(parser.name())
            pipeline.steps.append(_project_away(names))
        elif operator in ("order", "sort"):
            parser.expect("by")
            keys: list[tuple[Expr, bool]] = []
            while True:
                expr = parser.expression()
                descending = True  # Kusto's default order is descending
                if parser.at("asc", "desc"):
                    descending = parser.take().text.lower() == "desc"
                keys.append((expr, descending))
                if not parser.at(","):
                    break
                parser.take()
            pipeline.steps.append(_order(keys))
        elif operator in ("take", "limit"):
            count = parser.literal_value()
            if not isinstance(count, int):
                raise KqlError("take needs a whole number")
            pipeline.steps.append(_take(count))
        elif operator == "join":
            pipeline.steps.append(_join_step(parser))
        else:
            raise KqlError(f"operator {operator!r} is not supported by the simulator")
        first = False
    if not nested and parser.peek() is not None:
        raise KqlError(f"unexpected {parser.peek().text!r}")  # type: ignore[union-attr]
    return pipeline


def _join_step(parser: _Parser) -> Callable[[list[Row], Source], list[Row]]:
    kind = "innerunique"
    if parser.at("kind"):
        parser.take()
        parser.expect("=")
        kind = parser.name().lower()
        if kind not in ("leftouter", "inner", "innerunique"):
            raise KqlError(f"join kind {kind!r} is not supported by the simulator")
    parser.expect("(")
    right = _pipeline(parser, nested=True)
    parser.expect(")")
    parser.expect("on")
    first = parser.name()
    if first.lower() == "$left":
        parser.expect(".")
        left_key = parser.name()
        parser.expect("==")
        if parser.name().lower() != "$right":
            raise KqlError("expected $right.<column>")
        parser.expect(".")
        right_key = parser.name()
    else:
        left_key = right_key = first
    return _join(kind, right, left_key, right_key)


def parse(query: str) -> Pipeline:
    """Parse a query; :class:`KqlError` when it is outside the supported subset."""
    parser = _Parser(tokenize(query))
    if parser.peek() is None:
        raise KqlError("the query is empty")
    return _pipeline(parser, nested=False)
