"""Shared attestation providers, endpoint validation, resource location and the bundled service-tag data."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from core import resources
from core.diagnosis import endpoints
from core.diagnosis.endpoints import (
    ENDPOINT_BAD_HOST,
    ENDPOINT_CREDENTIALS,
    ENDPOINT_EMPTY,
    ENDPOINT_NOT_HTTPS,
    ENDPOINT_PATH,
    ENDPOINT_PORT,
    ENDPOINT_WRONG_CLOUD,
    SharedProvider,
    attest_url,
    endpoint_host,
    shared_provider,
    shared_region_for_host,
    validate_maa_endpoint,
)

SERVICE_TAGS = resources.resource_path("data", "service_tags")


# --- shared_provider --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "cloud", "expected"),
    [
        ("westeurope", "AzureCloud", ("westeurope", "sharedweu.weu.attest.azure.net", False)),
        ("West Europe", "AzureCloud", ("westeurope", "sharedweu.weu.attest.azure.net", False)),
        ("  GermanyWestCentral ", "AzureCloud", ("germanywestcentral", "shareddewc.dewc.attest.azure.net", False)),
        ("Sweden Central", "azurecloud", ("swedencentral", "sharedsec.sec.attest.azure.net", False)),
        ("francecentral", "Public", ("francecentral", "sharedfrc.frc.attest.azure.net", False)),
        ("eastus", "AzureCloud", ("eastus", "sharedeus.eus.attest.azure.net", False)),
        # Unknown commercial regions get the documented fallback, flagged as such.
        ("Mars Central", "AzureCloud", ("marscentral", "sharedeus.eus.attest.azure.net", True)),
        ("", "AzureCloud", ("", "sharedeus.eus.attest.azure.net", True)),
        ("usgovvirginia", "AzureCloud", ("usgovvirginia", "sharedeus.eus.attest.azure.net", True)),
        ("USGov Virginia", "AzureUSGovernment", ("usgovvirginia", "sharedugv.ugv.attest.azure.us", False)),
        ("usgovtexas", "azureusgovernment", ("usgovtexas", "shareduga.uga.attest.azure.us", False)),
        ("usgovarizona", "AzureGovernment", ("usgovarizona", "shareduga.uga.attest.azure.us", False)),
    ],
)
def test_shared_provider_known_answers(region: str, cloud: str, expected: tuple[str, str, bool]) -> None:
    provider = shared_provider(region, cloud)
    assert provider is not None
    assert (provider.region, provider.host, provider.is_fallback) == expected
    assert provider.url == f"https://{expected[1]}"


@pytest.mark.parametrize(
    ("region", "cloud"),
    [
        ("chinaeast2", "AzureChinaCloud"),  # no data for China: caller reports it
        ("chinanorth3", "azurechinacloud"),
        ("westeurope", "AzureUSGovernment"),  # no documented US Gov fallback
        ("usdodcentral", "AzureUSGovernment"),
        ("westeurope", "AzureGermanCloud"),  # retired / unknown cloud
        ("westeurope", ""),
    ],
)
def test_shared_provider_without_answer(region: str, cloud: str) -> None:
    assert shared_provider(region, cloud) is None


def test_every_bundled_region_resolves_to_its_own_host() -> None:
    data = json.loads(resources.resource_path("data", "attestation_shared_endpoints.json").read_text())
    assert len(data["commercial"]) >= 59 and len(data["usgov"]) == 3
    for key, cloud, suffix in (
        ("commercial", "AzureCloud", ".attest.azure.net"),
        ("usgov", "AzureUSGovernment", ".attest.azure.us"),
    ):
        for region, url in data[key].items():
            provider = shared_provider(region.upper(), cloud)
            assert provider == SharedProvider(region, url, url.removeprefix("https://"), False)
            assert provider.host.endswith(suffix)
            assert validate_maa_endpoint(url, cloud) == []


def test_bundled_map_keeps_provenance() -> None:
    data = json.loads(resources.resource_path("data", "attestation_shared_endpoints.json").read_text())
    assert "mingweishih/azure-guest-attestation-sdk" in data["_source_primary"]
    assert data["_cross_checked_with"]


def test_attest_url_appends_documented_path() -> None:
    provider = shared_provider("westeurope")
    assert provider is not None
    assert attest_url(provider) == "https://sharedweu.weu.attest.azure.net/attest/AzureGuest?api-version=2020-10-01"
    trailing = SharedProvider("x", "https://custom.weu.attest.azure.net/", "custom.weu.attest.azure.net", False)
    assert attest_url(trailing) == "https://custom.weu.attest.azure.net/attest/AzureGuest?api-version=2020-10-01"


@pytest.mark.parametrize(
    ("host", "region"),
    [
        ("sharedweu.weu.attest.azure.net", "westeurope"),
        ("SHAREDEUS2.eus2.attest.azure.net.", "eastus2"),
        ("sharedugv.ugv.attest.azure.us", "usgovvirginia"),
        ("myprovider.weu.attest.azure.net", None),
        ("", None),
    ],
)
def test_shared_region_for_host(host: str, region: str | None) -> None:
    assert shared_region_for_host(host) == region


# --- validate_maa_endpoint --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "cloud", "problems"),
    [
        ("https://sharedweu.weu.attest.azure.net", None, []),
        ("https://sharedweu.weu.attest.azure.net/", None, []),
        ("  https://MyProvider.weu.attest.azure.net  ", None, []),
        ("https://myprovider.weu.attest.azure.net:443/", None, []),
        ("https://prov.ugv.attest.azure.us", "AzureUSGovernment", []),
        ("https://prov.cne2.attest.azure.cn", "AzureChinaCloud", []),
        ("", None, [ENDPOINT_EMPTY]),
        ("   ", None, [ENDPOINT_EMPTY]),
        ("http://sharedweu.weu.attest.azure.net", None, [ENDPOINT_NOT_HTTPS]),
        ("sharedweu.weu.attest.azure.net", None, [ENDPOINT_NOT_HTTPS, ENDPOINT_BAD_HOST, ENDPOINT_PATH]),
        ("https://user:pw@prov.weu.attest.azure.net", None, [ENDPOINT_CREDENTIALS]),
        ("https://user@prov.weu.attest.azure.net", None, [ENDPOINT_CREDENTIALS]),
        ("https://example.com", None, [ENDPOINT_BAD_HOST]),
        ("https://attest.azure.net", None, [ENDPOINT_BAD_HOST]),
        ("https://.attest.azure.net", None, [ENDPOINT_BAD_HOST]),
        ("https://prov.attest.azure.net.evil.example", None, [ENDPOINT_BAD_HOST]),
        ("https://prov_x.attest.azure.net", None, [ENDPOINT_BAD_HOST]),
        ("https://13.69.109.140", None, [ENDPOINT_BAD_HOST]),
        ("https://[2603:1020::1]/", None, [ENDPOINT_BAD_HOST]),
        ("https://prov.weu.attest.azure.net:8443", None, [ENDPOINT_PORT]),
        ("https://prov.weu.attest.azure.net:https", None, [ENDPOINT_PORT]),
        ("https://prov.weu.attest.azure.net/attest/AzureGuest", None, [ENDPOINT_PATH]),
        ("https://prov.weu.attest.azure.net/?api-version=2020-10-01", None, [ENDPOINT_PATH]),
        ("https://prov.weu.attest.azure.net/#frag", None, [ENDPOINT_PATH]),
        ("https://prov.weu.attest.azure.net?", None, [ENDPOINT_PATH]),
        ("https://prov.ugv.attest.azure.us", "AzureCloud", [ENDPOINT_WRONG_CLOUD]),
        ("https://prov.weu.attest.azure.net", "AzureUSGovernment", [ENDPOINT_WRONG_CLOUD]),
        (
            "ftp://u:p@example.com:21/x",
            None,
            [ENDPOINT_NOT_HTTPS, ENDPOINT_CREDENTIALS, ENDPOINT_BAD_HOST, ENDPOINT_PORT, ENDPOINT_PATH],
        ),
    ],
)
def test_validate_maa_endpoint(url: str, cloud: str | None, problems: list[str]) -> None:
    assert validate_maa_endpoint(url, cloud) == problems


def test_validation_templates_are_placeholder_free_findings_text() -> None:
    # Callers put these straight into Finding.message with arbitrary args; a placeholder would break render().
    for template in (
        ENDPOINT_EMPTY,
        ENDPOINT_NOT_HTTPS,
        ENDPOINT_CREDENTIALS,
        ENDPOINT_BAD_HOST,
        ENDPOINT_PORT,
        ENDPOINT_PATH,
        ENDPOINT_WRONG_CLOUD,
    ):
        assert "{" not in template and template.endswith(".")


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://SharedWEU.weu.attest.azure.net/", "sharedweu.weu.attest.azure.net"),
        (" https://x.attest.azure.us:443 ", "x.attest.azure.us"),
        ("not a url", None),
        ("", None),
        ("https://[::1", None),
    ],
)
def test_endpoint_host(url: str, host: str | None) -> None:
    assert endpoint_host(url) == host


def test_endpoint_map_is_loaded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    endpoints._endpoint_map.cache_clear()
    opened: list[Path] = []
    real = resources.resource_path

    def counting(*parts: str) -> Path:
        opened.append(real(*parts))
        return real(*parts)

    monkeypatch.setattr(endpoints, "resource_path", counting)
    shared_provider("westeurope")
    shared_provider("eastus")
    validate_maa_endpoint("https://x.weu.attest.azure.net")
    assert len(opened) == 1
    endpoints._endpoint_map.cache_clear()


# --- core.resources ---------------------------------------------------------------------------------------


def test_resources_dir_is_repo_resources_folder() -> None:
    assert Path(resources.__file__).resolve().parent.parent / "resources" == resources.RESOURCES_DIR
    assert resources.resource_path("data", "attestation_shared_endpoints.json").is_file()


@pytest.mark.parametrize(("frozen", "uses_meipass"), [(True, True), (False, False)])
def test_resources_dir_in_pyinstaller_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, frozen: bool, uses_meipass: bool
) -> None:
    monkeypatch.setattr(sys, "frozen", frozen, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    expected = tmp_path / "resources" if uses_meipass else resources.RESOURCES_DIR
    assert resources._resources_dir() == expected


# --- bundled service-tag extracts -------------------------------------------------------------------------


def _load_extract_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("service_tags_extract", SERVICE_TAGS / "extract.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tags(file_name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SERVICE_TAGS / file_name).read_text(encoding="utf-8-sig"))
    return data


@pytest.mark.parametrize(
    ("file_name", "cloud", "change_number", "attestation_prefixes", "regional_attestation"),
    [
        ("Public_2025-11-09.json", "Public", 376, 185, 69),
        ("AzureGovernment_2026-07-19.json", "AzureGovernment", 401, 29, 5),
    ],
)
def test_bundled_extract_keeps_what_the_product_needs(
    file_name: str, cloud: str, change_number: int, attestation_prefixes: int, regional_attestation: int
) -> None:
    data = _tags(file_name)
    assert (data["cloud"], data["changeNumber"]) == (cloud, change_number)
    by_name = {entry["name"]: entry for entry in data["values"]}
    assert len(by_name["AzureAttestation"]["properties"]["addressPrefixes"]) == attestation_prefixes
    assert sum(name.startswith("AzureAttestation.") for name in by_name) == regional_attestation
    assert by_name["AzureCloud"]["properties"]["addressPrefixes"]
    assert any(name.startswith("AzureCloud.") for name in by_name)
    for common in (
        "Storage",
        "AzureMonitor",
        "AzureActiveDirectory",
        "GuestAndHybridManagement",
        "AzureResourceManager",
    ):
        assert common in by_name
    extract = _load_extract_script()
    assert all(extract.wanted(name) for name in by_name)


def test_bundled_data_stays_small() -> None:
    total = sum(p.stat().st_size for p in resources.resource_path("data").rglob("*") if p.is_file())
    assert total < 1_500_000


@pytest.mark.parametrize(
    ("name", "wanted"),
    [
        ("AzureAttestation", True),
        ("AzureAttestation.WestEurope", True),
        ("AzureCloud", True),
        ("AzureCloud.westeurope", True),
        ("Storage", True),
        ("AzureFrontDoor.FirstParty", True),
        ("Storage.WestEurope", False),  # regional variants of common tags are dropped for size
        ("AzureCloudX", False),
        ("AzureAttestationFoo", False),
        ("ActionGroup", False),
    ],
)
def test_extract_selection(name: str, wanted: bool) -> None:
    assert _load_extract_script().wanted(name) is wanted


def test_extract_round_trip(tmp_path: Path) -> None:
    extract = _load_extract_script()
    entry = {"name": "AzureAttestation", "id": "AzureAttestation", "properties": {"addressPrefixes": ["1.2.3.0/30"]}}
    other = {"name": "ActionGroup", "id": "ActionGroup", "properties": {"addressPrefixes": []}}
    source = {"changeNumber": 7, "cloud": "Public", "values": [other, entry]}
    target = extract.write(extract.extract(source), tmp_path, "2030-01-02")
    assert target.name == "Public_2030-01-02.json"
    assert json.loads(target.read_text()) == {"changeNumber": 7, "cloud": "Public", "values": [entry]}
    assert extract.source_date(Path("ServiceTags_Public_20251109.json"), None) == "2025-11-09"
    assert extract.source_date(Path("x.json"), "2024-01-01") == "2024-01-01"
