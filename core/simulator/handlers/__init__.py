"""Route tables of every resource provider the simulator serves."""

from __future__ import annotations

from core.simulator.handlers import arm, authorization, compute, graph, network, network_more
from core.simulator.http import Route


def all_routes() -> list[Route]:
    # Specific routes first: the generic operation-status route must not shadow provider routes.
    return [
        *authorization.routes(),
        *compute.routes(),
        *network.routes(),
        *network_more.routes(),
        *graph.routes(),
        *arm.routes(),
    ]
