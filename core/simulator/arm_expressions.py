"""ARM template / policy language expressions (``"[concat(parameters('a'), '/x')]"``), for the simulator.

Only the functions the built-in Guest Attestation policies use are implemented; an unknown function raises
``ExpressionError``, so the simulator refuses a policy it cannot evaluate instead of guessing what it does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

_TOKEN = re.compile(r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<num>-?\d+)|(?P<name>[A-Za-z_][\w]*)|(?P<punct>[(),.\[\]]))")


class ExpressionError(ValueError):
    """An expression the simulator cannot evaluate (unknown function, bad syntax)."""


Functions = Mapping[str, Callable[..., Any]]


def _tokens(text: str) -> list[tuple[str, str]]:
    found, pos = [], 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        match = _TOKEN.match(text, pos)
        if match is None:
            raise ExpressionError(f"cannot parse expression at {text[pos:]!r}")
        kind = match.lastgroup or ""
        found.append((kind, match.group(kind)))
        pos = match.end()
    return found


class _Parser:
    def __init__(self, text: str, functions: Functions) -> None:
        self._tokens = _tokens(text)
        self._pos = 0
        self._functions = functions

    def _next(self) -> tuple[str, str]:
        if self._pos >= len(self._tokens):
            raise ExpressionError("unexpected end of expression")
        token = self._tokens[self._pos]
        self._pos += 1
        return token

    def _peek(self) -> str | None:
        return self._tokens[self._pos][1] if self._pos < len(self._tokens) else None

    def parse(self) -> Any:
        value = self._value()
        if self._pos != len(self._tokens):
            raise ExpressionError("trailing text in expression")
        return value

    def _value(self) -> Any:
        kind, text = self._next()
        if kind == "str":
            value: Any = text[1:-1].replace("''", "'")
        elif kind == "num":
            value = int(text)
        elif kind == "name":
            value = self._call(text)
        else:
            raise ExpressionError(f"unexpected {text!r}")
        while self._peek() in (".", "["):
            if self._next()[1] == ".":
                key = self._next()[1]
                value = value.get(key) if isinstance(value, Mapping) else None
            else:
                index = self._value()
                self._next()  # "]"
                value = value[index] if isinstance(value, list | dict) else None
        return value

    def _call(self, name: str) -> Any:
        if name.lower() in ("true", "false") and self._peek() != "(":
            return name.lower() == "true"
        if self._next()[1] != "(":
            raise ExpressionError(f"expected '(' after {name}")
        args = []
        if self._peek() != ")":
            args.append(self._value())
            while self._peek() == ",":
                self._next()
                args.append(self._value())
        if self._next()[1] != ")":
            raise ExpressionError(f"expected ')' in {name}(…)")
        function = self._functions.get(name.lower())
        if function is None:
            raise ExpressionError(f"the simulator does not implement the function {name}()")
        return function(*args)


def _contains(container: Any, item: Any) -> bool:
    if isinstance(container, str):
        return str(item).lower() in container.lower()
    if isinstance(container, Mapping):
        return item in container
    return isinstance(container, list) and item in container


BASE_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "concat": lambda *a: [x for part in a for x in part] if a and isinstance(a[0], list) else "".join(map(str, a)),
    "if": lambda cond, yes, no: yes if cond else no,
    "contains": _contains,
    "empty": lambda v: v is None or len(v) == 0,
    "equals": lambda a, b: a == b,
    "tolower": lambda v: str(v).lower(),
    "toupper": lambda v: str(v).upper(),
    "not": lambda v: not v,
    "and": lambda *a: all(a),
    "or": lambda *a: any(a),
    "string": str,
}


def evaluate(value: Any, functions: Functions) -> Any:
    """``value`` with every ``"[…]"`` string evaluated (recursively through lists and objects)."""
    if isinstance(value, str):
        if value.startswith("[[") or not (value.startswith("[") and value.endswith("]")):
            return value[1:] if value.startswith("[[") else value
        return _Parser(value[1:-1], {**BASE_FUNCTIONS, **functions}).parse()
    if isinstance(value, list):
        return [evaluate(v, functions) for v in value]
    if isinstance(value, Mapping):
        return {k: evaluate(v, functions) for k, v in value.items()}
    return value
