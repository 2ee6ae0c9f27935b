"""Small helpers for ARM JSON the planners write: read-only fields, comparison, and shell quoting."""

from __future__ import annotations

import json
import shlex
from collections.abc import Mapping
from typing import Any

# Server-owned fields: sending them back is harmless for ARM but noisy in a preview, and an ``etag`` inside a
# body would suggest a precondition that is really carried by the If-Match header.
_READ_ONLY = frozenset({"etag", "provisioningstate", "resourceguid"})


def strip_read_only(value: Any) -> Any:
    """A deep copy without ``etag``, ``provisioningState`` and ``resourceGuid`` at any depth."""
    if isinstance(value, Mapping):
        return {k: strip_read_only(v) for k, v in value.items() if str(k).lower() not in _READ_ONLY}
    if isinstance(value, list):
        return [strip_read_only(v) for v in value]
    return value


def props(resource: Any) -> Mapping[str, Any]:
    value = resource.get("properties") if isinstance(resource, Mapping) else None
    return value if isinstance(value, Mapping) else {}


def items(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def same(expected: Any, actual: Any) -> bool:
    """``expected`` (what we wrote) is contained in ``actual`` (what Azure has now), read-only fields ignored.

    Objects compare key by key on the keys we wrote (ARM adds defaults and ids); lists and scalars compare exactly.
    """
    if isinstance(expected, Mapping):
        if not isinstance(actual, Mapping):
            return False
        lowered = {str(k).lower(): v for k, v in actual.items()}
        return all(
            same(v, lowered.get(str(k).lower())) for k, v in expected.items() if str(k).lower() not in _READ_ONLY
        )
    if isinstance(expected, list):
        return (
            isinstance(actual, list)
            and len(expected) == len(actual)
            and all(same(e, a) for e, a in zip(expected, actual, strict=True))
        )
    return bool(expected == actual)


def sh(value: str) -> str:
    return shlex.quote(value)


def ps(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))
