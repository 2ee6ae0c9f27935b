"""Scenario files, stories and their German translations, snapshot file errors."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from core.simulator import SnapshotError, load_scenario, load_snapshot_file, scenario_names, scenario_story
from core.simulator.stories import STORIES

GERMAN_CATALOG = Path(__file__).resolve().parents[2] / "translations" / "boot_integrity_de.ts"


def test_at_least_the_issue_scenarios_exist_and_each_has_a_story() -> None:
    names = scenario_names()
    assert len(names) >= 14
    for required in (
        "healthy",
        "monitoring-not-enabled-windows",
        "monitoring-not-enabled-linux",
        "secure-boot-off",
        "vtpm-off",
        "not-trusted-launch",
        "nic-nsg-denies-internet",
        "subnet-nsg-denies",
        "forced-tunnel-firewall-classic",
        "firewall-policy-missing-rule",
        "firewall-app-rule-only",
        "route-next-hop-none",
        "third-party-appliance",
        "in-guest-proxy",
        "reader-only",
        "large-tenant",
    ):
        assert required in names
    assert set(names) == set(STORIES)
    for name in names:
        story = scenario_story(name)
        assert story.title and len(story.story) > 80


def test_every_story_string_has_a_german_translation() -> None:
    catalog = ET.parse(GERMAN_CATALOG).getroot()
    german = {
        message.findtext("source"): message.findtext("translation")
        for context in catalog.iter("context")
        if context.findtext("name") == "Scenarios"
        for message in context.iter("message")
    }
    for story in STORIES.values():
        for text in story:
            assert german.get(text), f"no German for {text!r}"
            assert german[text] != text


@pytest.mark.parametrize("name", [n for n in scenario_names() if n != "large-tenant"])
def test_scenario_vms_reference_existing_network_resources(name: str) -> None:
    snapshot = load_scenario(name)
    by_id = {r["id"].lower(): r for r in snapshot["resources"] if "id" in r}
    vms = [r for r in snapshot["resources"] if r["type"] == "Microsoft.Compute/virtualMachines"]
    assert vms
    for vm in vms:
        nic = by_id[vm["properties"]["networkProfile"]["networkInterfaces"][0]["id"].lower()]
        subnet_id = nic["properties"]["ipConfigurations"][0]["properties"]["subnet"]["id"]
        vnet = by_id[subnet_id.lower().rsplit("/subnets/", 1)[0]]
        assert any(s["id"].lower() == subnet_id.lower() for s in vnet["properties"]["subnets"])
        assert "instanceView" in vm["properties"]
    tags = [r for r in snapshot["resources"] if r["type"] == "Microsoft.Network/serviceTags"]
    assert tags and any(v["name"] == "AzureAttestation" for v in tags[0]["values"])


def test_large_tenant_is_large_and_deterministic() -> None:
    first = load_scenario("large-tenant")
    vms = [r for r in first["resources"] if r["type"] == "Microsoft.Compute/virtualMachines"]
    assert len(vms) >= 5000
    assert len(first["subscriptions"]) >= 50
    assert vms[:3] == [r for r in load_scenario("large-tenant")["resources"] if r["type"] == vms[0]["type"]][:3]


def test_snapshot_errors_name_the_file_and_the_problem(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"resources": [\n  {"id": 1,}\n]}', encoding="utf-8")
    with pytest.raises(SnapshotError, match=r"broken\.json: not valid JSON: .* line 2, column"):
        load_snapshot_file(broken)
    empty = tmp_path / "empty.json"
    empty.write_text("{}", encoding="utf-8")
    with pytest.raises(SnapshotError, match=r"empty\.json: resources: is missing"):
        load_snapshot_file(empty)
    bad_id = tmp_path / "bad-id.json"
    bad_id.write_text(json.dumps({"resources": [{"id": "/nope", "type": "x"}]}), encoding="utf-8")
    with pytest.raises(SnapshotError, match=r"resources\[0\]: /nope: id: '/nope' is not an ARM resource id"):
        load_snapshot_file(bad_id)
    with pytest.raises(SnapshotError, match="cannot read"):
        load_snapshot_file(tmp_path / "missing.json")
