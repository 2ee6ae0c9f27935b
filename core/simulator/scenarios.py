"""Built-in scenarios (resources/scenarios/*.json), the combined demo tenant, and snapshot files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.resources import resource_path
from core.simulator.ids import id_key
from core.simulator.stories import STORIES, ScenarioStory
from core.snapshot import SnapshotError as SnapshotError  # re-exported: core.simulator names it
from core.snapshot.reading import read_snapshot_file
from core.snapshot.validate import check_snapshot

DEMO = "demo"
LARGE_TENANT = "large-tenant"
# Scenarios that would change the whole demo tenant (a Reader principal) stay out of it.
_NOT_IN_DEMO = {"reader-only"}


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
    """Read and check a snapshot file (core.snapshot: encodings, JSON, ARM shapes); raises :class:`SnapshotError`
    naming the file, the resource and the field."""
    return read_snapshot_file(path)


def validate_snapshot(data: Any, *, source: str = "snapshot") -> None:
    """The structural checks against ARM's shapes (core.snapshot.validate)."""
    check_snapshot(data, source=source)
