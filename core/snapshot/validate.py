"""Check a snapshot, or one resource, against ARM's shapes (:mod:`core.snapshot.shapes`).

Every problem names the resource (its position in ``resources`` and its id) and the field, so the user can
find it in the file. Nothing here raises on odd data: problems are returned, and :func:`check_snapshot` turns
them into one :class:`~core.snapshot.problems.SnapshotError`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from core.arm_ids import ResourceId, normalize
from core.snapshot import shapes
from core.snapshot.problems import ProblemKind, ShapeProblem, SnapshotError, json_type

SERVICE_TAGS_TYPE = "microsoft.network/servicetags"
_PORT = re.compile(r"^\s*(\d{1,5})\s*(?:-\s*(\d{1,5})\s*)?$")
_MAX_ID_LENGTH = 4096  # far beyond any real ARM id; a longer one is garbage, not an id


def _lookup(obj: Mapping[str, Any], key: str) -> tuple[bool, Any]:
    """Exact key first, then ignoring case (as the evaluators read ARM JSON)."""
    if key in obj:
        return True, obj[key]
    folded = key.casefold()
    for k, v in obj.items():
        if isinstance(k, str) and k.casefold() == folded:
            return True, v
    return False, None


def _wrong(value: Any, expected: str, path: str) -> ShapeProblem:
    return ShapeProblem(ProblemKind.WRONG_TYPE, path, args={"expected": expected, "actual": json_type(value)})


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _port_ok(token: str) -> bool:
    if token.isdigit():  # the common case, without the regular expression
        return int(token) <= shapes.PORT_HIGH
    if token.strip() == "*":
        return True
    match = _PORT.match(token)
    if match is None:
        return False
    low = int(match.group(1))
    high = int(match.group(2)) if match.group(2) is not None else low
    return shapes.PORT_LOW <= low <= high <= shapes.PORT_HIGH


def is_resource_id(value: str) -> bool:
    """An ARM id with a subscription, a provider, and a name for each type (ids of subscriptions and groups too)."""
    if len(value) > _MAX_ID_LENGTH or not value.startswith("/") or any(c.isspace() or ord(c) < 32 for c in value):
        return False
    ref = ResourceId.parse(value)
    if not ref.subscription_id:
        return False
    if ref.provider is None:
        return "/providers/" not in value.lower()
    return bool(ref.types) and len(ref.types) == len(ref.names) and all(ref.names)


def check_value(node: shapes.Node, value: Any, path: str) -> list[ShapeProblem]:
    """Problems of ``value`` against ``node``; ``path`` names the field for the messages."""
    found: list[ShapeProblem] = []
    _check(node, value, path, found)
    return found


def _check(node: shapes.Node, value: Any, path: str, found: list[ShapeProblem]) -> None:
    # One list passed down instead of nested generators: large rule sets are checked before every diagnosis.
    if isinstance(node, shapes.Obj):
        if not isinstance(value, Mapping):
            found.append(_wrong(value, "object", path))
            return
        folded: dict[str, Any] | None = None
        for key, child in node.fields.items():
            if key in value:
                _check(child, value[key], _join(path, key), found)
                continue
            if folded is None:  # built once per object, only when a key is not spelled as ARM spells it
                folded = {k.casefold(): v for k, v in value.items() if isinstance(k, str)}
            lowered = key.casefold()
            if lowered in folded:
                _check(child, folded[lowered], _join(path, key), found)
            elif key in node.required:
                found.append(ShapeProblem(ProblemKind.MISSING, _join(path, key), args={"expected": _expected(child)}))
    elif isinstance(node, shapes.Arr):
        if not isinstance(value, list):
            found.append(_wrong(value, "list", path))
            return
        for i, item in enumerate(value):
            _check(node.item, item, f"{path}[{i}]", found)
    elif isinstance(node, shapes.Str):
        if not (isinstance(value, str) or (value is None and node.nullable)):
            found.append(_wrong(value, "string", path))
    elif isinstance(node, shapes.Bool):
        if not (isinstance(value, bool) or (value is None and node.nullable)):
            found.append(_wrong(value, "boolean", path))
    elif isinstance(node, shapes.Int):
        number = _as_int(value)
        if number is None:
            found.append(_wrong(value, "integer", path))
        elif not node.low <= number <= node.high:
            args: dict[str, Any] = {"value": number, "low": node.low, "high": node.high}
            found.append(ShapeProblem(ProblemKind.OUT_OF_RANGE, path, args=args))
    elif isinstance(node, shapes.OneOf):
        if not isinstance(value, str):
            found.append(_wrong(value, "string", path))
        elif value.casefold() not in node.folded:
            allowed = {"value": repr(value), "allowed": ", ".join(node.values)}
            found.append(ShapeProblem(ProblemKind.NOT_ALLOWED, path, args=allowed))
    elif isinstance(node, shapes.Port):
        if not isinstance(value, str | int) or isinstance(value, bool):
            found.append(_wrong(value, "string", path))
        elif not all(_port_ok(token) for token in str(value).split(",")):
            found.append(ShapeProblem(ProblemKind.BAD_PORT, path, args={"value": repr(_short(str(value)))}))
    elif isinstance(node, shapes.Ref):
        if not isinstance(value, Mapping):
            found.append(_wrong(value, "object", path))
            return
        rid = value.get("id")
        if not isinstance(rid, str):
            found.append(_wrong(rid, "string", _join(path, "id")))
        elif not is_resource_id(rid):
            found.append(ShapeProblem(ProblemKind.NOT_AN_ID, _join(path, "id"), args={"value": repr(_short(rid))}))
    elif isinstance(node, shapes.Opaque) and node.kind is not None and json_type(value) != node.kind:
        found.append(_wrong(value, node.kind, path))


def _as_int(value: Any) -> int | None:
    """ARM integers; a whole float (``100.0``) or a numeric string is read as the evaluators read it."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def _expected(node: shapes.Node) -> str:
    if isinstance(node, shapes.Obj | shapes.Ref):
        return "object"
    if isinstance(node, shapes.Arr):
        return "list"
    if isinstance(node, shapes.Int):
        return "integer"
    if isinstance(node, shapes.Bool):
        return "boolean"
    return "string"


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def resource_problems(resource: Any, position: int | None = None) -> list[ShapeProblem]:
    """Problems of one ARM resource: not an object, no ``id``/``type``, a malformed id, and its type's shape."""
    if not isinstance(resource, Mapping):
        return [
            ShapeProblem(
                ProblemKind.WRONG_TYPE, "", None, position, {"expected": "object", "actual": json_type(resource)}
            )
        ]
    rid = resource.get("id")
    shown_id = _short(rid, 200) if isinstance(rid, str) else None
    rtype = resource.get("type")
    found: list[ShapeProblem] = []
    if isinstance(rtype, str) and rtype.lower() == SERVICE_TAGS_TYPE:
        if not isinstance(resource.get("values"), list):
            found.append(_wrong(resource.get("values"), "list", "values"))
        return [_place(p, shown_id, position) for p in found]
    for key, value in (("id", rid), ("type", rtype)):
        if value is None:
            found.append(ShapeProblem(ProblemKind.MISSING, key, args={"expected": "string"}))
        elif not isinstance(value, str) or not value.strip():
            found.append(_wrong(value, "string", key))
    if isinstance(rid, str) and rid.strip() and not is_resource_id(rid):
        found.append(ShapeProblem(ProblemKind.NOT_AN_ID, "id", args={"value": repr(_short(rid))}))
    shape = shapes.RESOURCE_SHAPES.get(rtype.lower()) if isinstance(rtype, str) else None
    if shape is not None:
        found += check_value(shape, resource, "")
    return [_place(p, shown_id, position) for p in found]


def _place(problem: ShapeProblem, resource_id: str | None, position: int | None) -> ShapeProblem:
    return ShapeProblem(problem.kind, problem.field, resource_id, position, problem.args)


def snapshot_problems(data: Any) -> list[ShapeProblem]:
    """Every structural problem of a parsed snapshot document."""
    if not isinstance(data, Mapping):
        return [_wrong(data, "object", "")]
    found: list[ShapeProblem] = []
    present, resources = _lookup(data, "resources")
    if not present:
        return [ShapeProblem(ProblemKind.MISSING, "resources", args={"expected": "list"})]
    if not isinstance(resources, list):
        return [_wrong(resources, "list", "resources")]
    first_at: dict[str, int] = {}
    for position, resource in enumerate(resources):
        problems = resource_problems(resource, position)
        found += problems
        rid = resource.get("id") if isinstance(resource, Mapping) else None
        if isinstance(rid, str) and rid.strip():
            key = normalize(rid)
            if key in first_at:
                found.append(
                    ShapeProblem(ProblemKind.DUPLICATE_ID, "id", _short(rid, 200), position, {"first": first_at[key]})
                )
            else:
                first_at[key] = position
    for key, expected in (
        ("subscriptions", "list"),
        ("principal", "object"),
        ("simulation", "object"),
        ("actions", "object"),
    ):
        present, value = _lookup(data, key)
        if present and value is not None and json_type(value) != expected:
            found.append(_wrong(value, expected, key))
    present, subscriptions = _lookup(data, "subscriptions")
    if isinstance(subscriptions, list):
        for i, sub in enumerate(subscriptions):
            sub_id = sub.get("subscriptionId") if isinstance(sub, Mapping) else None
            if not isinstance(sub, Mapping):
                found.append(_wrong(sub, "object", f"subscriptions[{i}]"))
            elif not isinstance(sub_id, str) or not sub_id.strip():
                found.append(
                    ShapeProblem(ProblemKind.MISSING, f"subscriptions[{i}].subscriptionId", args={"expected": "string"})
                )
    present, simulation = _lookup(data, "simulation")
    vms = simulation.get("vms") if isinstance(simulation, Mapping) else None
    if vms is not None and not isinstance(vms, Mapping):
        found.append(_wrong(vms, "object", "simulation.vms"))
    elif isinstance(vms, Mapping):
        found += [_wrong(v, "object", f"simulation.vms[{k!r}]") for k, v in vms.items() if not isinstance(v, Mapping)]
    present, actions = _lookup(data, "actions")  # POST-action results by "<resource id>/<action>", as returned
    if isinstance(actions, Mapping):
        for path, body in actions.items():
            if not isinstance(body, Mapping):
                found.append(_wrong(body, "object", f"actions[{path!r}]"))
            elif not is_resource_id(str(path).rsplit("/", 1)[0]):
                value = repr(_short(str(path)))
                found.append(ShapeProblem(ProblemKind.NOT_AN_ID, f"actions[{path!r}]", args={"value": value}))
    return found


def check_snapshot(data: Any, *, source: str = "snapshot") -> None:
    """Raise :class:`SnapshotError` naming ``source`` when ``data`` has any structural problem."""
    problems = snapshot_problems(data)
    if problems:
        raise SnapshotError(source, problems)
