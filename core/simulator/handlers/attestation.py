"""Microsoft.Attestation: the region's default (shared) attestation provider.

``GET /subscriptions/{sub}/providers/Microsoft.Attestation/locations/{location}/defaultProvider`` (operation
AttestationProviders_GetDefaultByLocation, spec specification/attestation/resource-manager/Microsoft.Attestation/
stable/2021-06-01/attestation.json) answers an AttestationProvider: ``id``, ``name``, ``type``, ``location``,
``properties.{trustModel, status, attestUri}``. The simulated world's providers are the bundled shared-provider
map; a region without a known host answers 404 (the stricter reading: no guessed host is served as Azure's).
"""

from __future__ import annotations

from core.diagnosis.endpoints import normalize_region, shared_provider
from core.simulator.errors import ArmError
from core.simulator.handlers.common import check_scope
from core.simulator.http import Call, Reply, Route


async def default_provider(call: Call) -> Reply:
    check_scope(call)
    region = normalize_region(call.params["location"])
    provider = shared_provider(region)
    if provider is None or provider.is_fallback:
        raise ArmError(404, "NotFound", f"No default attestation provider is available in location '{region}'.")
    name = provider.host.split(".")[0]
    return Reply(
        200,
        {
            "id": f"/subscriptions/{call.params['sub']}/providers/Microsoft.Attestation/attestationProviders/{name}",
            "name": name,
            "type": "Microsoft.Attestation/attestationProviders",
            "location": region,
            "properties": {"trustModel": "AAD", "status": "Ready", "attestUri": provider.url},
        },
    )


def routes() -> list[Route]:
    path = "/subscriptions/{sub}/providers/Microsoft.Attestation/locations/{location}/defaultProvider"
    return [
        Route(
            "GET",
            path,
            "AttestationProviders_GetDefaultByLocation",
            default_provider,
            "Microsoft.Attestation/attestationProviders/read",
        )
    ]
