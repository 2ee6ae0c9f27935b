"""The region's default attestation provider from Azure (AttestationProviders_GetDefaultByLocation, 2021-06-01).

The simulator serves it from the bundled map and answers 404 where no host is known; the diagnosis uses Azure's
answer (cached per session and region) and says so when the host comes from the bundled fallback instead.
"""

from __future__ import annotations

import json

from core.azure.credentials import StaticTokenCredential
from core.azure.session import ArmSession, Endpoint
from core.diagnosis.endpoints import PROVIDER_FROM_BUNDLED_MAP, PROVIDER_GUESSED, choose_provider
from core.diagnosis.path import diagnose
from core.diagnosis.resource_index import ResourceIndex
from core.resources import resource_path
from core.simulator import SimulatedAzure, load_scenario
from core.usecases.diagnose import diagnose_vm
from tests.simulator.conftest import PROD, Env, run_sim

SCENARIO = "nic-nsg-denies-internet"


def test_default_provider_is_served_in_the_specs_shape_and_404_where_unknown() -> None:
    async def body(env: Env) -> None:
        base = f"/subscriptions/{PROD}/providers/Microsoft.Attestation/locations"
        known = await env.raw("GET", f"{base}/westeurope/defaultProvider?api-version=2021-06-01")
        assert known.status == 200
        provider = await known.json()
        assert provider["type"] == "Microsoft.Attestation/attestationProviders"
        assert provider["properties"]["attestUri"] == "https://sharedweu.weu.attest.azure.net"
        assert set(provider["properties"]) == {"trustModel", "status", "attestUri"}
        unknown = await env.raw("GET", f"{base}/qatarcentral/defaultProvider?api-version=2021-06-01")
        assert unknown.status == 404 and (await unknown.json())["error"]["code"] == "NotFound"

    run_sim(body)


def _codes(findings: object) -> list[str]:
    return [f.code for f in findings]  # type: ignore[attr-defined]


def test_diagnosis_uses_azures_answer_once_per_region_and_flags_the_bundled_fallback() -> None:
    import asyncio

    snapshot = load_scenario(SCENARIO)
    vm_id = snapshot["simulation"]["focusVm"]

    async def main() -> tuple[list[str], list[str], int]:
        async with SimulatedAzure(snapshot) as sim:
            session = ArmSession(Endpoint.simulated(sim.endpoint, sim.ca_path), StaticTokenCredential())
            try:
                first = await diagnose_vm(session, vm_id)
                second = await diagnose_vm(session, vm_id)
            finally:
                await session.close()
            calls = sum(1 for r in sim.request_log if r.operation == "AttestationProviders_GetDefaultByLocation")
            assert first.diagnosis.endpoint_host == "sharedweu.weu.attest.azure.net"
            return _codes(first.diagnosis.findings), _codes(second.diagnosis.findings), calls

    first, second, calls = asyncio.run(main())
    assert "ATTESTATION_HOST_UNCONFIRMED" not in first + second
    assert calls == 1  # cached per session and region

    offline = diagnose(ResourceIndex(snapshot["resources"]), vm_id)
    note = next(f for f in offline.findings if f.code == "ATTESTATION_HOST_UNCONFIRMED")
    assert note.message == PROVIDER_FROM_BUNDLED_MAP and note.args["host"] == "sharedweu.weu.attest.azure.net"


def test_a_region_without_a_known_host_is_called_a_guess() -> None:
    provider, finding = choose_provider([], "qatarcentral")
    assert provider is not None and provider.is_fallback
    assert finding is not None and finding[0] == PROVIDER_GUESSED


def test_the_bundled_map_covers_every_region_with_an_attestation_service_tag() -> None:
    data = json.loads(resource_path("data", "attestation_shared_endpoints.json").read_text(encoding="utf-8"))
    unknown = data["regions_without_known_host"]
    for cloud_file, key in (("Public_2025-11-09.json", "commercial"), ("AzureGovernment_2026-07-19.json", "usgov")):
        tags = json.loads(resource_path("data", "service_tags", cloud_file).read_text(encoding="utf-8"))
        names = [v["name"] for v in tags["values"] if v["name"].startswith("AzureAttestation.")]
        regions = {n.split(".", 1)[1].lower() for n in names if not n.upper().endswith("STG")}
        covered = set(data[key]) | set(unknown[key])
        assert regions <= covered, sorted(regions - covered)
