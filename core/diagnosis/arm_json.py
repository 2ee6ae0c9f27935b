"""Reading ARM JSON defensively: the one set of helpers every evaluator in core.diagnosis uses.

ARM GET bodies, SDK ``as_dict()`` output, exported templates and hand-written test data differ in key casing
(``properties`` vs ``Properties``), nesting (fields under ``properties`` or flattened to the top level) and
types (``"true"``, ``"100"``, a lone string where a list belongs). None of these helpers raises: a value that
cannot be read comes back as ``None`` (or an empty list/mapping), and the evaluator turns that into "unknown".

Key lookup is exact first, then case-insensitive (``str.casefold``). The copies merged here used ``lower()``
(prerequisites) or ``casefold()`` (firewall); the two differ only for non-ASCII text, which no ARM key or
boolean literal contains.

Two readers keep narrower behaviour on purpose, because their callers relied on it before the merge:
:func:`properties` looks ``properties`` up by its exact name (nsg.py and path.py did, and a case fallback there
would change which shape prepare_nsg sees), and :func:`as_list` accepts only a real JSON array (prerequisites
and extension did; :func:`arm_list` is the tolerant variant the firewall and route readers use).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def arm_get(obj: Any, *path: str) -> Any:
    """Walk ``path`` through nested mappings; each key matches exactly first, then ignoring case.

    ``None`` when a step is not a mapping or the key is missing (never raises).
    """
    current = obj
    for key in path:
        if not isinstance(current, Mapping):
            return None
        if key in current:
            current = current[key]
            continue
        # A plain loop, not next(<generator>): this runs for every absent key of every firewall rule, and the
        # generator version made evaluate_firewall ~40 % slower.
        folded = key.casefold()
        for k, v in current.items():
            if isinstance(k, str) and k.casefold() == folded:
                current = v
                break
        else:
            return None
    return current


def arm_prop(obj: Any, key: str) -> Any:
    """A field under ``properties`` (ARM GET shape), falling back to the top level (SDK/flattened shape)."""
    value = arm_get(obj, "properties", key)
    return value if value is not None else arm_get(obj, key)


def properties(obj: Any) -> Mapping[str, Any]:
    """``obj["properties"]`` when it is a mapping, else an empty mapping (exact key: see the module notes)."""
    props = obj.get("properties") if isinstance(obj, Mapping) else None
    return props if isinstance(props, Mapping) else {}


def arm_list(value: Any) -> list[Any]:
    """A tolerant JSON array: ``null`` entries dropped, a lone non-blank string as a one-element list, else []."""
    if isinstance(value, list | tuple):
        return [v for v in value if v is not None]
    if isinstance(value, str) and value.strip():
        return [value]
    return []


def as_list(value: Any) -> list[Any]:
    """A strict JSON array (entries as they are), or ``[]`` for null, a missing key or a wrong type."""
    return list(value) if isinstance(value, list) else []


def mappings(value: Any) -> list[Mapping[str, Any]]:
    """The entries of a JSON array that are objects (rules, IP configurations, …); [] for anything else."""
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def strings(value: Any) -> list[str]:
    """A prefix-style field: a lone string, or the string entries of an array."""
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def text(value: Any) -> str | None:
    """A non-empty stripped string, else ``None``."""
    return (value.strip() or None) if isinstance(value, str) else None


def arm_id(obj: Any) -> str | None:
    """``obj.id`` or a bare id string (references come as ``{"id": …}`` or, in IP-group fields, as text)."""
    return text(obj if isinstance(obj, str) else arm_get(obj, "id"))


def parse_bool(value: Any) -> bool | None:
    """ARM booleans, and the strings ``"true"``/``"false"`` that policies write; anything else -> None."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return {"true": True, "false": False}.get(value.strip().casefold())
    return None


def parse_int(value: Any) -> int | None:
    """A JSON integer or a digit string (priorities, ports, change numbers); booleans and others -> None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def fold_keys(obj: Mapping[str, Any]) -> dict[str, Any]:
    """The mapping with its string keys casefolded once, for hot loops that read many fields of one object.

    Unlike :func:`arm_get` there is no exact-match preference: of two keys that differ only in case, the later
    one wins. Look keys up with ``folded.get(key.casefold())``.
    """
    return {k.casefold(): v for k, v in obj.items() if isinstance(k, str)}
