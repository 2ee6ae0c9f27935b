"""``boot-integrity export``: a support snapshot that replays to the same diagnosis and holds nothing secret.

Round trip over every VM of the demo tenant: the diagnosis JSON from the tenant equals the diagnosis JSON from
``diagnose --snapshot`` of the export. Real-tenant cases exported this way go in this folder (``*.json`` next to
this file with the expected verdict in ``exportInfo.expected``) and are replayed by ``test_recorded_cases``.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
from pathlib import Path
from typing import Any

import pytest

from core.azure.credentials import StaticTokenCredential
from core.azure.session import ArmSession, Endpoint
from core.cli import export as export_cmd
from core.cli.export import build_export, secrets_in
from core.simulator import SimulatedAzure
from core.simulator.scenarios import demo_tenant, validate_snapshot
from core.usecases.diagnose import diagnose_vm

HERE = Path(__file__).resolve().parent
VM_TYPE = "microsoft.compute/virtualmachines"


def _vm_ids(snapshot: dict[str, Any]) -> list[str]:
    return [str(r["id"]) for r in snapshot["resources"] if str(r.get("type", "")).lower() == VM_TYPE]


async def _diagnose_all(snapshot: dict[str, Any], vm_ids: list[str], *, export: bool) -> dict[str, Any]:
    results: dict[str, Any] = {}
    async with SimulatedAzure(snapshot) as sim:
        session = ArmSession(Endpoint.simulated(sim.endpoint, sim.ca_path), StaticTokenCredential())
        try:
            for vm_id in vm_ids:
                run = await diagnose_vm(session, vm_id)
                results[vm_id] = (run.diagnosis.to_json(), build_export(run.collected) if export else None)
        finally:
            await session.close()
    return results


def _json(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


def test_export_of_every_demo_vm_replays_to_the_same_diagnosis() -> None:
    tenant = demo_tenant()
    vm_ids = _vm_ids(tenant)
    assert len(vm_ids) >= 20
    original = asyncio.run(_diagnose_all(tenant, vm_ids, export=True))
    for vm_id, (diagnosis, exported) in original.items():
        text = json.dumps(exported)
        assert secrets_in(text) == [], vm_id
        validate_snapshot(json.loads(text))
        replayed = asyncio.run(_diagnose_all(json.loads(text), [vm_id], export=False))[vm_id][0]
        assert _json(replayed) == _json(diagnosis), vm_id


def _secret_tenant() -> tuple[dict[str, Any], str]:
    tenant = copy.deepcopy(demo_tenant())
    vm = next(r for r in tenant["resources"] if str(r.get("type", "")).lower() == VM_TYPE)
    vm.setdefault("tags", {})["owner"] = "alice@contoso.com"
    profile = vm["properties"].setdefault("osProfile", {})
    profile["customData"] = "c2VjcmV0LWN1c3RvbS1kYXRh"
    profile["adminPassword"] = "P@ssw0rd-never-exported"
    vm["properties"]["userData"] = "dXNlci1kYXRhLXNlY3JldA=="
    for resource in tenant["resources"]:
        if str(resource.get("type", "")).lower().endswith("/extensions") and resource["id"].startswith(vm["id"]):
            resource["properties"]["protectedSettings"] = {"token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig"}
    return tenant, str(vm["id"])


def _export_file(tenant: dict[str, Any], vm_id: str, tmp_path: Path, *extra: str) -> tuple[int, str]:
    source = tmp_path / "tenant.json"
    source.write_text(json.dumps(tenant), encoding="utf-8")
    out = tmp_path / "export.json"
    parser = argparse.ArgumentParser(prog="boot-integrity")
    export_cmd.register(parser.add_subparsers())
    args = parser.parse_args(["export", "--snapshot", str(source), "--vm", vm_id, "--out", str(out), *extra])
    code = args.func(args)
    return code, out.read_text(encoding="utf-8") if out.exists() else ""


def test_exports_hold_no_secrets_and_list_what_was_left_out(tmp_path: Path) -> None:
    tenant, vm_id = _secret_tenant()
    code, text = _export_file(tenant, vm_id, tmp_path)
    assert code == 0
    for secret in ("c2VjcmV0", "P@ssw0rd", "dXNlci1kYXRh", "eyJhbGci", '"protectedSettings":', "alice@contoso.com"):
        assert secret not in text, secret
    info = json.loads(text)["exportInfo"]
    omitted = " ".join(info["omitted"])
    for path in ("osProfile.customData", "osProfile.adminPassword", "properties.userData", "tags (values)"):
        assert path in omitted, path
    assert info["tagValues"] == "omitted"


def test_include_tags_keeps_tag_values_only(tmp_path: Path) -> None:
    tenant, vm_id = _secret_tenant()
    code, text = _export_file(tenant, vm_id, tmp_path, "--include-tags")
    assert code == 0 and "alice@contoso.com" in text
    assert "P@ssw0rd" not in text and '"protectedSettings":' not in text


def test_the_secret_check_finds_tokens() -> None:
    assert secrets_in('{"a": "Bearer abcdefghijklmnopqrstuvwxyz012345"}')
    assert secrets_in('{"protectedSettings": {}}')
    assert not secrets_in('{"properties": {"settings": {"maaEndpoint": ""}}}')


CASES = sorted(HERE.glob("*.json"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_recorded_cases(case: Path) -> None:
    """Each case is an export with ``exportInfo.expected`` (verdict and blockers) written by whoever added it."""
    snapshot = json.loads(case.read_text(encoding="utf-8"))
    info = snapshot["exportInfo"]
    path = asyncio.run(_diagnose_all(snapshot, [info["vm"]], export=False))[info["vm"]][0]["attestationPath"]
    assert path["verdict"] == info["expected"]["verdict"]
    found = [{"kind": b["kind"], "resourceId": b["resourceId"]} for b in path["blockers"]]
    assert found == info["expected"]["blockers"]
