"""Simulated Azure: a local HTTPS Azure Resource Manager that the real async Azure SDK talks to.

Used for the demo mode, helpdesk training and end-to-end tests. Qt-free; see docs/snapshot-format.md.
"""

from core.simulator.options import FaultKind, FaultRule, SimulatorOptions
from core.simulator.scenarios import (
    SnapshotError,
    demo_tenant,
    load_scenario,
    load_snapshot_file,
    scenario_names,
    scenario_story,
)
from core.simulator.server import RequestRecord, SimulatedAzure
from core.simulator.stories import ScenarioStory

__all__ = [
    "FaultKind",
    "FaultRule",
    "RequestRecord",
    "ScenarioStory",
    "SimulatedAzure",
    "SimulatorOptions",
    "SnapshotError",
    "demo_tenant",
    "load_scenario",
    "load_snapshot_file",
    "scenario_names",
    "scenario_story",
]
