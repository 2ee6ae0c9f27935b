"""Built-in scenarios (resources/scenarios/*.json), the combined demo tenant, and snapshot files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from core.resources import resource_path
from core.simulator.ids import id_key, parse_id
from core.simulator.stories import STORIES, ScenarioStory

DEMO = "demo"
LARGE_TENANT = "large-tenant"
# Scenarios that would change the whole demo tenant (a Reader principal) stay out of it.
_NOT_IN_DEMO = {"reader-only"}


class SnapshotError(ValueError):
    """A snapshot that cannot be served; the message names the file and what is wrong."""


def _scenario_dir() -> Path:
    return resource_path("scenarios")


def _file_scenarios() -> list[str]:
    return sorted(p.stem for p in _scenario_dir().glob("*.json"))


def scenario_names() -> list[str]:
    """Every scenario name: the demo tenant first, then the files, then the generated large tenant."""
    return [DEMO, *_file_scenarios(), LARGE_TENANT]


def load_scenario(name: str) -> dict[str, Any]:
    """A fresh copy of a built-in scenario's snapshot; ``KeyError`` for an unknown name."""
    if name == DEMO:
        return demo_tenant()
    if name == LARGE_TENANT:
        from core.simulator.large_tenant import large_tenant

        return large_tenant()
    if name not in _file_scenarios():
        raise KeyError(f"unknown scenario {name!r}; known: {', '.join(scenario_names())}")
    return load_snapshot_file(_scenario_dir() / f"{name}.json")


def scenario_story(name: str) -> ScenarioStory:
    """Title and one-paragraph story (English source text, marked for translation)."""
    return STORIES[name]


def demo_tenant() -> dict[str, Any]:
    """The default demo: every file scenario except those that change the whole tenant, merged."""
    merged: dict[str, Any] = {"subscriptions": [], "resources": [], "simulation": {"vms": {}, "scenarios": {}}}
    seen_ids: set[str] = set()
    seen_subs: set[str] = set()
    tag_values: dict[str, dict[str, Any]] = {}
    tags_resource: dict[str, Any] | None = None
    for name in _file_scenarios():
        if name in _NOT_IN_DEMO:
            continue
        snapshot = load_snapshot_file(_scenario_dir() / f"{name}.json")
        for sub in snapshot.get("subscriptions", []):
            if sub["subscriptionId"].lower() not in seen_subs:
                seen_subs.add(sub["subscriptionId"].lower())
                merged["subscriptions"].append(sub)
        for resource in snapshot["resources"]:
            if str(resource.get("type", "")).lower() == "microsoft.network/servicetags":
                tags_resource = tags_resource or resource
                tag_values.update({v["name"]: v for v in resource.get("values", [])})
            elif id_key(resource["id"]) not in seen_ids:  # shared hubs appear in several scenarios
                seen_ids.add(id_key(resource["id"]))
                merged["resources"].append(resource)
        if snapshot.get("actions"):  # recorded POST-action results (effective routes learned over BGP, ...)
            merged.setdefault("actions", {}).update(snapshot["actions"])
        simulation = snapshot.get("simulation", {})
        merged["simulation"]["vms"].update(simulation.get("vms", {}))
        if simulation.get("focusVm"):
            merged["simulation"]["scenarios"][name] = simulation["focusVm"]
    if tags_resource is not None:
        merged["resources"].append({**tags_resource, "values": sorted(tag_values.values(), key=lambda v: v["name"])})
    return merged


def load_snapshot_file(path: str | Path) -> dict[str, Any]:
    """Read and check a snapshot file; raises :class:`SnapshotError` saying which file and what is wrong."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise SnapshotError(f"{path}: cannot read the snapshot file: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SnapshotError(f"{path}: not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from exc
    validate_snapshot(data, source=str(path))
    result: dict[str, Any] = data
    return result


def validate_snapshot(data: Any, *, source: str = "snapshot") -> None:
    """The structural checks the simulator relies on; anything else in a resource is served as it is."""
    if not isinstance(data, dict):
        raise SnapshotError(f"{source}: the snapshot must be a JSON object, not {type(data).__name__}")
    resources = data.get("resources")
    if resources is None:
        raise SnapshotError(f'{source}: missing "resources" (a list of ARM resources)')
    if not isinstance(resources, list):
        raise SnapshotError(f'{source}: "resources" must be a list, not {type(resources).__name__}')
    for index, resource in enumerate(resources):
        where = f"{source}: resources[{index}]"
        if not isinstance(resource, dict):
            raise SnapshotError(f"{where} must be an object")
        if str(resource.get("type", "")).lower() == "microsoft.network/servicetags":
            if not isinstance(resource.get("values"), list):
                raise SnapshotError(f'{where} (service tags) needs a "values" list')
            continue
        for key in ("id", "type"):
            if not isinstance(resource.get(key), str) or not resource[key]:
                raise SnapshotError(f'{where} has no "{key}"')
        try:
            parse_id(resource["id"])
        except ValueError:
            raise SnapshotError(f'{where}: "{resource["id"]}" is not an ARM resource id') from None
    for key in ("subscriptions",):
        if key in data and not isinstance(data[key], list):
            raise SnapshotError(f'{source}: "{key}" must be a list')
    for key in ("principal", "simulation"):
        if key in data and data[key] is not None and not isinstance(data[key], dict):
            raise SnapshotError(f'{source}: "{key}" must be an object')
    actions = data.get("actions")
    if actions is not None:  # POST-action results by "<resource id>/<action>", each the action's response body
        if not isinstance(actions, dict):
            raise SnapshotError(f'{source}: "actions" must be an object keyed by "<resource id>/<action>"')
        for path, body in actions.items():
            if not isinstance(body, dict):
                raise SnapshotError(f'{source}: actions["{path}"] must be the action\'s response object')
