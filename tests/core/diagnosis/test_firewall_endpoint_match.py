"""FQDN and target URL matching used by Azure Firewall application and network rules."""

from __future__ import annotations

import pytest

from core.diagnosis.endpoint_match import UrlMatch, fqdn_matches, url_matches

HOST = "sharedweu.weu.attest.azure.net"


@pytest.mark.parametrize(
    ("pattern", "host", "expected"),
    [
        ("*", HOST, True),
        ("*.attest.azure.net", HOST, True),  # any depth of subdomain
        ("*.ATTEST.azure.NET", HOST, True),  # case-insensitive
        ("*.attest.azure.net", "attest.azure.net", False),  # not the apex itself
        ("*attest.azure.net", "attest.azure.net", True),  # bare-suffix wildcard includes it
        ("*attest.azure.net", "myattest.azure.net", True),
        ("*.azure.net", HOST, True),
        ("*.attest.azure.us", HOST, False),
        (HOST.upper(), HOST, True),
        (HOST + ".", HOST, True),  # trailing root dot
        ("weu.attest.azure.net", HOST, False),  # exact names do not match subdomains
        ("shared*.attest.azure.net", HOST, False),  # inner wildcards are not supported
        ("*.*.azure.net", HOST, False),
        ("", HOST, False),
        ("*.", HOST, False),
    ],
)
def test_fqdn_matches(pattern: str, host: str, expected: bool) -> None:
    assert fqdn_matches(pattern, host) is expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (HOST, UrlMatch.YES),
        (f"{HOST}/", UrlMatch.YES),
        (f"{HOST}/*", UrlMatch.YES),
        (f"https://{HOST}:443/*", UrlMatch.YES),
        ("*.attest.azure.net/*", UrlMatch.YES),
        (f"{HOST}/attest/AzureGuest", UrlMatch.PATH_UNKNOWN),
        ("www.test.com/*", UrlMatch.NO),
    ],
)
def test_url_matches(url: str, expected: UrlMatch) -> None:
    assert url_matches(url, HOST) is expected
