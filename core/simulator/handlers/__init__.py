"""Route tables of every resource provider the simulator serves."""

from __future__ import annotations

from core.simulator.handlers import (
    arm,
    attestation,
    authorization,
    compute,
    graph,
    locks,
    network,
    network_more,
    policy,
    security,
    trusted_launch,
)
from core.simulator.http import Route


def all_routes() -> list[Route]:
    # Specific routes first: the generic operation-status route must not shadow provider routes.
    # trusted_launch wraps compute's VM update, start and deallocate routes, so it comes before them.
    return [
        *authorization.routes(),
        *locks.routes(),
        *attestation.routes(),
        *security.routes(),
        *policy.routes(),
        *trusted_launch.routes(),
        *compute.routes(),
        *network.routes(),
        *network_more.routes(),
        *graph.routes(),
        *arm.routes(),
    ]
