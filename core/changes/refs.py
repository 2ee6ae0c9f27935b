"""References to earlier steps' responses: ``${step_id.json.path}`` in a body value or a target id.

A planner writes ``ref("assignment", "identity.principalId")`` where a value is only known once an earlier step
has run; the engine resolves it from that step's response just before sending. A reference that stands as a
whole JSON string keeps the referenced value's type; inside a longer string (a target id) it is substituted as
text. A path is dotted; a numeric segment indexes a list (``properties.securityRules.0.name``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from core.remediation.plan import Operation

_REF = re.compile(r"\$\{([A-Za-z0-9_\-]+)\.([^}]+)\}")


@dataclass(frozen=True)
class Ref:
    step_id: str
    path: str

    def __str__(self) -> str:
        return f"${{{self.step_id}.{self.path}}}"


class UnresolvedRefError(LookupError):
    """A reference whose step has no response yet, or whose response lacks the path."""

    def __init__(self, ref: Ref) -> None:
        super().__init__(str(ref))
        self.ref = ref


def refs_in(value: Any) -> list[Ref]:
    """Every reference in a JSON value or string, in order of appearance (duplicates kept once)."""
    found: list[Ref] = []

    def walk(item: Any) -> None:
        if isinstance(item, str):
            for match in _REF.finditer(item):
                ref = Ref(match.group(1), match.group(2))
                if ref not in found:
                    found.append(ref)
        elif isinstance(item, Mapping):
            for nested in item.values():
                walk(nested)
        elif isinstance(item, list | tuple):
            for nested in item:
                walk(nested)

    walk(value)
    return found


def operation_refs(op: Operation) -> list[Ref]:
    """The references of an operation: in its target id, then in its body."""
    found = refs_in(op.target_id)
    found += [r for r in refs_in(op.body) if r not in found]
    return found


def required_steps(op: Operation) -> tuple[str, ...]:
    """The steps an operation needs: its declared ``depends_on`` plus every step its references name."""
    needed = list(op.depends_on)
    needed += [r.step_id for r in operation_refs(op) if r.step_id not in needed]
    return tuple(needed)


def lookup(response: Any, path: str) -> Any:
    """The value at a dotted path; raises ``KeyError`` when it is not there (or is null)."""
    value = response
    for segment in path.split("."):
        if isinstance(value, Mapping):
            lowered = {str(k).lower(): k for k in value}
            key = segment if segment in value else lowered.get(segment.lower())
            if key is None:
                raise KeyError(path)
            value = value[key]
        elif isinstance(value, list) and segment.isdigit() and int(segment) < len(value):
            value = value[int(segment)]
        else:
            raise KeyError(path)
    if value is None:
        raise KeyError(path)
    return value


def _resolve_value(item: Any, responses: Mapping[str, Any]) -> Any:
    if isinstance(item, str):
        whole = _REF.fullmatch(item)
        if whole is not None:
            return _value(Ref(whole.group(1), whole.group(2)), responses)
        return _REF.sub(lambda m: str(_value(Ref(m.group(1), m.group(2)), responses)), item)
    if isinstance(item, Mapping):
        return {k: _resolve_value(v, responses) for k, v in item.items()}
    if isinstance(item, list | tuple):
        return [_resolve_value(v, responses) for v in item]
    return item


def _value(ref: Ref, responses: Mapping[str, Any]) -> Any:
    if ref.step_id not in responses:
        raise UnresolvedRefError(ref)
    try:
        return lookup(responses[ref.step_id], ref.path)
    except KeyError:
        raise UnresolvedRefError(ref) from None


def resolve(op: Operation, responses: Mapping[str, Any]) -> Operation:
    """The operation with every reference replaced by the value from ``responses`` (step id → response JSON)."""
    if not operation_refs(op):
        return op
    target = _resolve_value(op.target_id, responses)
    body = _resolve_value(op.body, responses) if op.body is not None else None
    return replace(op, target_id=str(target), body=body)
