"""Route tables of every resource provider the simulator serves."""

from __future__ import annotations

from core.simulator.handlers import arm, authorization, compute, graph, network, trusted_launch
from core.simulator.http import Route


def all_routes() -> list[Route]:
    # Specific routes first: the generic operation-status route must not shadow provider routes.
    # trusted_launch wraps compute's VM update, start and deallocate routes, so it comes before them.
    return [
        *authorization.routes(),
        *trusted_launch.routes(),
        *compute.routes(),
        *network.routes(),
        *graph.routes(),
        *arm.routes(),
    ]
