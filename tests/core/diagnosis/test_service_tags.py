"""ServiceTagIndex against the real public Service Tags file and the ARM list API example."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixtures_nsg import PUBLIC_TAGS_FILE, arm_example, public_tags

from core.diagnosis.ipranges import IpRange, IpRangeSet
from core.diagnosis.service_tags import ServiceTagIndex


def test_file_metadata_is_read() -> None:
    tags = public_tags()
    assert tags.change_number == 376
    assert tags.cloud == "Public"
    assert tags.source == PUBLIC_TAGS_FILE.name
    assert tags.date == "2025-11-09"
    assert len(tags) == 3041
    assert "AzureAttestation" in tags.names()


@pytest.mark.parametrize(
    ("name", "expected_name"),
    [
        ("AzureAttestation", "AzureAttestation"),
        ("azureattestation", "AzureAttestation"),
        ("AzureAttestation.WestEurope", "AzureAttestation.WestEurope"),
        ("azureattestation.westeurope", "AzureAttestation.WestEurope"),
        ("AzureCloud.westeurope", "AzureCloud.westeurope"),
        ("AZURECLOUD.WESTEUROPE", "AzureCloud.westeurope"),
    ],
)
def test_resolve_is_case_insensitive(name: str, expected_name: str) -> None:
    tags = public_tags()
    entry = tags.entry(expected_name)
    assert entry is not None and entry.name == expected_name
    assert tags.resolve(name) == entry.prefixes


@pytest.mark.parametrize("name", ["Internet", "VirtualNetwork", "AzureLoadBalancer", "*", "NoSuchTag", ""])
def test_virtual_and_unknown_tags_are_not_in_the_index(name: str) -> None:
    assert public_tags().resolve(name) is None


def test_global_attestation_tag_matches_the_data() -> None:
    raw = json.loads(PUBLIC_TAGS_FILE.read_text(encoding="utf-8"))
    entry = next(v for v in raw["values"] if v["name"] == "AzureAttestation")
    prefixes = public_tags().resolve("AzureAttestation")
    assert prefixes == IpRangeSet.parse_all(entry["properties"]["addressPrefixes"])
    assert prefixes is not None
    assert {r.version for r in prefixes} == {4, 6}
    # [data] every AzureAttestation prefix lies inside AzureCloud
    cloud = public_tags().resolve("AzureCloud")
    assert cloud is not None and prefixes.difference(cloud).is_empty()
    global_entry = public_tags().entry("AzureAttestation")
    assert global_entry is not None and global_entry.network_features == ("API", "NSG", "UDR", "FW")
    regional = public_tags().entry("AzureAttestation.WestEurope")
    assert regional is not None and regional.network_features is None and regional.region == "westeurope"


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("westeurope", "AzureAttestation.WestEurope"),
        ("WestEurope", "AzureAttestation.WestEurope"),
        ("West Europe", "AzureAttestation.WestEurope"),
        ("brazilsoutheast", "AzureAttestation.BrazilSoutheast"),  # name suffix (data region is "brazilse")
        ("brazilse", "AzureAttestation.BrazilSoutheast"),  # data region field
        ("chilec", "AzureAttestation.ChileCentral"),
        ("nowhere", "AzureAttestation"),  # unknown region → global tag
        ("", "AzureAttestation"),
    ],
)
def test_attestation_destination_prefers_the_regional_entry(region: str, expected: str) -> None:
    name, prefixes = public_tags().attestation_destination(region)
    assert name == expected
    assert prefixes == public_tags().resolve(expected)
    assert prefixes


def test_list_api_example() -> None:
    body = arm_example("ServiceTagsList.2024-07-01.json")["responses"]["200"]["body"]
    tags = ServiceTagIndex.from_json(body, source="api:westcentralus")
    assert tags.change_number == 63  # a string in the API
    assert tags.cloud == "Public"
    assert tags.source == "api:westcentralus" and tags.date is None
    assert tags.names() == sorted(v["name"] for v in body["values"])
    api = tags.resolve("apimanagement")
    assert api is not None and api.to_cidrs() == ["13.64.39.16/32", "40.74.146.80/31", "40.74.147.32/28"]
    entry = tags.entry("ApiManagement.AustraliaCentral")
    assert entry is not None and entry.change_number == 2 and entry.region == "australiacentral"
    # the example has no AzureAttestation at all: the caller gets an empty set to report, not a crash
    assert tags.attestation_destination("westeurope") == ("AzureAttestation", IpRangeSet.EMPTY)


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"values": None},
        {"values": "nonsense"},
        {"changeNumber": True, "cloud": 5, "values": [None, 3, {"id": ""}, {"name": "X"}]},
        {"values": [{"name": "Y", "properties": {"addressPrefixes": None, "changeNumber": "x"}}]},
        {"values": [{"name": "Z", "properties": {"addressPrefixes": ["1.2.3.0/24", None, "junk"]}}]},
    ],
)
def test_odd_payloads_degrade_without_crashing(body: dict[str, object]) -> None:
    tags = ServiceTagIndex.from_json(body, source="test")
    assert tags.change_number is None
    assert tags.cloud is None
    for name in tags.names():
        resolved = tags.resolve(name)
        assert resolved is not None
    assert tags.resolve("Z") in (None, IpRangeSet.of([IpRange(4, 0x01020300, 0x010203FF)]))
    assert tags.attestation_destination("westeurope")[1].is_empty()


def test_duplicate_names_keep_the_union() -> None:
    body = {
        "values": [
            {"name": "T", "properties": {"addressPrefixes": ["10.0.0.0/25"]}},
            {"name": "t", "properties": {"addressPrefixes": ["10.0.0.128/25"]}},
        ]
    }
    resolved = ServiceTagIndex.from_json(body, source="test").resolve("T")
    assert resolved is not None and resolved.to_cidrs() == ["10.0.0.0/24"]


def test_load_accepts_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "tags.json"
    body = {
        "changeNumber": 7,
        "cloud": "AzureGovernment",
        "values": [{"name": "AzureAttestation", "properties": {"addressPrefixes": ["20.0.0.0/30"]}}],
    }
    path.write_text(json.dumps(body), encoding="utf-8-sig")
    tags = ServiceTagIndex.load(path)
    assert tags.source == "tags.json" and tags.change_number == 7 and tags.cloud == "AzureGovernment"
    assert tags.attestation_destination("usgovvirginia")[1].to_cidrs() == ["20.0.0.0/30"]


def test_load_rejects_a_non_object(tmp_path: Path) -> None:
    path = tmp_path / "tags.json"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ValueError, match="not a service tags document"):
        ServiceTagIndex.load(path)


def test_prefixes_are_parsed_on_first_use_and_match_an_eager_parse() -> None:
    body = json.loads(PUBLIC_TAGS_FILE.read_text(encoding="utf-8-sig"))
    raw = next(v for v in body["values"] if v["name"] == "AzureAttestation.WestEurope")
    tags = ServiceTagIndex.from_json(body, source="test")
    entry = tags.entry("AzureAttestation.WestEurope")
    assert entry is not None and entry._prefixes is None  # nothing parsed by loading
    eager = IpRangeSet.parse_all(raw["properties"]["addressPrefixes"])
    assert entry.prefixes == eager and len(eager.ranges) > 0
    assert entry.prefixes is entry.prefixes  # parsed once, then kept


def test_duplicate_names_still_keep_the_union_of_both_lists() -> None:
    def value(prefixes: list[str]) -> dict[str, object]:
        return {"name": "Dup", "properties": {"addressPrefixes": prefixes}}

    tags = ServiceTagIndex.from_json({"values": [value(["10.0.0.0/24"]), value(["10.0.1.0/24"])]}, source="t")
    assert tags.resolve("Dup") == IpRangeSet.parse_all(["10.0.0.0/23"])
