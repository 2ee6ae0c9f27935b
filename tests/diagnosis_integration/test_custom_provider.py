"""A custom attestation provider end to end: the host in the extension's maaEndpoint is what the VM contacts.

The diagnosis decides by that provider's region (AzureAttestation.<Region> of its host's region code, as in the
shared hosts ``<name>.<code>.attest.azure.net``), names the host in ``attestationPath.endpoint``; the
application-rule fix allows that FQDN; the in-guest probe tests that host.
"""

from __future__ import annotations

import argparse
import copy
import json
from pathlib import Path
from typing import Any

import pytest

from core.cli import diagnose as diagnose_cmd
from core.diagnosis.endpoints import provider_region
from core.diagnosis.model import Verdict
from core.diagnosis.path import diagnose
from core.diagnosis.resource_index import ResourceIndex
from core.remediation.fix_plan import FixOptions, plan_fix
from core.simulator.scenarios import load_scenario

CUSTOM = "https://contosoattest.neu.attest.azure.net"
HOST = "contosoattest.neu.attest.azure.net"


def _with_endpoint(name: str, endpoint: str) -> dict[str, Any]:
    snapshot = copy.deepcopy(load_scenario(name))
    for resource in snapshot["resources"]:
        if str(resource["type"]).lower() == "microsoft.compute/virtualmachines/extensions":
            resource["properties"]["settings"]["AttestationConfig"]["MaaSettings"]["maaEndpoint"] = endpoint
    return snapshot


def _region_scoped(endpoint: str) -> dict[str, Any]:
    """West Europe VM whose NSG allows only West Europe's attestation prefixes, then denies the Internet."""
    snapshot = _with_endpoint("nic-nsg-denies-internet", endpoint)
    for resource in snapshot["resources"]:
        if str(resource["type"]).lower() == "microsoft.network/networksecuritygroups":
            rules = resource["properties"]["securityRules"]
            rules[0]["properties"]["priority"] = 200
            allow = copy.deepcopy(rules[0])
            allow["name"] = "Allow-Attestation-WEU"
            allow["id"] = allow["id"].rsplit("/", 1)[0] + "/Allow-Attestation-WEU"
            allow["properties"].update(
                access="Allow",
                priority=150,
                protocol="Tcp",
                destinationPortRange="443",
                destinationAddressPrefix="AzureAttestation.WestEurope",
            )
            rules.insert(0, allow)
    return snapshot


def _focus(snapshot: dict[str, Any]) -> str:
    return str(snapshot["simulation"]["focusVm"])


@pytest.mark.parametrize(
    ("host", "region"),
    [
        ("contosoattest.neu.attest.azure.net", "northeurope"),
        ("sharedweu.weu.attest.azure.net", "westeurope"),
        ("mine.dewc.attest.azure.net", "germanywestcentral"),
        ("mine.xyz.attest.azure.net", None),
        ("attest.example.com", None),
        ("mine.ugv.attest.azure.us", None),  # a US Gov host is not a public-cloud provider
    ],
)
def test_provider_region_comes_from_the_hosts_region_code(host: str, region: str | None) -> None:
    assert provider_region(host) == region


def test_shared_provider_region_allows_and_custom_provider_in_another_region_is_blocked() -> None:
    shared = _region_scoped("")
    d = diagnose(ResourceIndex(shared["resources"]), _focus(shared))
    assert d.verdict is Verdict.ALLOWED and d.endpoint_host == "sharedweu.weu.attest.azure.net"
    assert d.destination_tag == "AzureAttestation.WestEurope"

    custom = _region_scoped(CUSTOM)
    d = diagnose(ResourceIndex(custom["resources"]), _focus(custom))
    assert d.endpoint_host == HOST
    assert d.destination_tag == "AzureAttestation.NorthEurope"
    assert d.verdict is Verdict.BLOCKED


def test_unknown_region_code_decides_by_the_global_tag() -> None:
    snapshot = _region_scoped("https://mine.xyz.attest.azure.net")
    d = diagnose(ResourceIndex(snapshot["resources"]), _focus(snapshot))
    assert d.endpoint_host == "mine.xyz.attest.azure.net" and d.destination_tag == "AzureAttestation"


def test_application_rule_fix_allows_the_custom_fqdn() -> None:
    snapshot = _with_endpoint("forced-tunnel-firewall-classic", CUSTOM)
    index = ResourceIndex(snapshot["resources"])
    d = diagnose(index, _focus(snapshot))
    plan = plan_fix(d, index, FixOptions(prefer="firewall-application"))
    additions = [op.addition for op in plan.operations if op.addition is not None]
    assert additions, plan.to_json()
    fqdns = [fqdn for a in additions for rule in a.item["properties"]["rules"] for fqdn in rule.get("targetFqdns", [])]
    assert fqdns == [HOST]


def test_diagnose_json_names_the_custom_host(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    snapshot = _region_scoped(CUSTOM)
    path = tmp_path / "snapshot.json"
    path.write_text(json.dumps(snapshot), encoding="utf-8")
    parser = argparse.ArgumentParser(prog="boot-integrity")
    diagnose_cmd.register(parser.add_subparsers())
    args = parser.parse_args(["diagnose", "--snapshot", str(path), "--vm", _focus(snapshot), "--json"])
    assert args.func(args) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["attestationPath"]["endpoint"] == HOST
    assert out["attestationPath"]["destinationTag"] == "AzureAttestation.NorthEurope"


def test_probe_tests_the_custom_host() -> None:
    import asyncio

    from core.azure.credentials import StaticTokenCredential
    from core.azure.session import ArmSession, Endpoint
    from core.probe.run import probe_vm
    from core.simulator import SimulatedAzure

    snapshot = _with_endpoint("probe-healthy", CUSTOM)

    async def main() -> str | None:
        async with SimulatedAzure(snapshot) as sim:
            session = ArmSession(Endpoint.simulated(sim.endpoint, sim.ca_path), StaticTokenCredential())
            try:
                return (await probe_vm(session, _focus(snapshot))).host
            finally:
                await session.close()

    assert asyncio.run(main()) == HOST
