"""Regional shared Azure Attestation providers and validation of custom ``maaEndpoint`` URLs.

The map is the bundled ``resources/data/attestation_shared_endpoints.json`` (see its ``_source_*`` fields).
Provider host names have irregular region codes, so they are always looked up, never derived.
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import SplitResult, urlsplit

from core.i18n import QT_TRANSLATE_NOOP
from core.resources import resource_path

CLOUD_PUBLIC = "AzureCloud"
CLOUD_US_GOVERNMENT = "AzureUSGovernment"
CLOUD_CHINA = "AzureChinaCloud"

# Names seen in az CLI (AzureCloud, AzureUSGovernment, AzureChinaCloud) and in the service-tag files
# (Public, AzureGovernment); compared without case.
_CLOUD_ALIASES = {
    "azurecloud": CLOUD_PUBLIC,
    "public": CLOUD_PUBLIC,
    "azurepubliccloud": CLOUD_PUBLIC,
    "azureusgovernment": CLOUD_US_GOVERNMENT,
    "azuregovernment": CLOUD_US_GOVERNMENT,
    "azureusgovernmentcloud": CLOUD_US_GOVERNMENT,
    "azurechinacloud": CLOUD_CHINA,
    "china": CLOUD_CHINA,
}
_MAP_KEYS = {CLOUD_PUBLIC: "commercial", CLOUD_US_GOVERNMENT: "usgov"}
_ALLOWED_SUFFIXES = {
    CLOUD_PUBLIC: ".attest.azure.net",
    CLOUD_US_GOVERNMENT: ".attest.azure.us",
    CLOUD_CHINA: ".attest.azure.cn",
}
_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")

ENDPOINT_EMPTY = QT_TRANSLATE_NOOP("Findings", "The attestation endpoint is empty.")
ENDPOINT_UNPARSABLE = QT_TRANSLATE_NOOP("Findings", "The attestation endpoint is not a valid URL.")
ENDPOINT_NOT_HTTPS = QT_TRANSLATE_NOOP("Findings", "The attestation endpoint must start with https://.")
ENDPOINT_CREDENTIALS = QT_TRANSLATE_NOOP(
    "Findings", "The attestation endpoint must not contain a user name or password."
)
ENDPOINT_BAD_HOST = QT_TRANSLATE_NOOP(
    "Findings",
    "The attestation endpoint must be a host name ending in .attest.azure.net, .attest.azure.us or .attest.azure.cn.",
)
ENDPOINT_PORT = QT_TRANSLATE_NOOP(
    "Findings", "The attestation endpoint must use the standard HTTPS port 443 (no other port)."
)
ENDPOINT_PATH = QT_TRANSLATE_NOOP(
    "Findings", "The attestation endpoint must not contain a path, query or fragment; give only the address."
)
PROVIDER_FROM_BUNDLED_MAP = QT_TRANSLATE_NOOP(
    "Findings",
    "The attestation host {host} for region {region} comes from the list bundled with this tool, because Azure's "
    "default provider for the region could not be read. Azure decides which provider the VM uses; check it with "
    "Get-AzAttestationDefaultProvider -Location {region} if the result looks wrong.",
)
PROVIDER_GUESSED = QT_TRANSLATE_NOOP(
    "Findings",
    "No shared attestation provider is known for region {region}, and Azure's default provider for the region "
    "could not be read. {host} is only a guess: the VM may attest against another host. Check it with "
    "Get-AzAttestationDefaultProvider -Location {region}.",
)
ENDPOINT_WRONG_CLOUD = QT_TRANSLATE_NOOP(
    "Findings", "The attestation endpoint belongs to a different Azure cloud than the VM."
)


@dataclass(frozen=True, slots=True)
class SharedProvider:
    """The regional shared attestation provider a VM in ``region`` attests against by default."""

    region: str
    url: str
    host: str
    is_fallback: bool


def normalize_cloud(cloud: str | None) -> str | None:
    """Canonical cloud name (``AzureCloud``, ``AzureUSGovernment``, ``AzureChinaCloud``) or ``None``."""
    if not cloud:
        return None
    return _CLOUD_ALIASES.get(re.sub(r"[\s_-]", "", cloud).lower())


def normalize_region(region: str | None) -> str:
    """ARM location spelling: ``"West Europe"`` -> ``"westeurope"``."""
    return re.sub(r"[\s_-]", "", region or "").lower()


@cache
def _endpoint_map() -> dict[str, Any]:
    with resource_path("data", "attestation_shared_endpoints.json").open(encoding="utf-8-sig") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def _provider(region: str, url: str, is_fallback: bool) -> SharedProvider:
    return SharedProvider(region=region, url=url, host=urlsplit(url).hostname or "", is_fallback=is_fallback)


def shared_provider(region: str, cloud: str = CLOUD_PUBLIC) -> SharedProvider | None:
    """The shared provider for ``region`` in ``cloud``.

    An unknown commercial region gets the documented fallback (``is_fallback=True``). Returns ``None`` where
    the bundled map has no answer (Azure China, an unknown US Gov region, an unknown cloud name); callers
    report that as a finding.
    """
    canonical = normalize_cloud(cloud)
    key = _MAP_KEYS.get(canonical or "")
    if key is None:
        return None
    data = _endpoint_map()
    wanted = normalize_region(region)
    regions = data.get(key) or {}
    if wanted in regions:
        return _provider(wanted, str(regions[wanted]), is_fallback=False)
    if canonical == CLOUD_PUBLIC and data.get("default_fallback_commercial"):
        return _provider(wanted, str(data["default_fallback_commercial"]), is_fallback=True)
    return None


ATTESTATION_PROVIDER_TYPE = "microsoft.attestation/attestationproviders"


def default_provider_from_index(resources: Sequence[Mapping[str, Any]], region: str) -> SharedProvider | None:
    """The region's default provider as Azure answered it (``GET …/locations/{location}/defaultProvider``).

    The collector reads only that API for attestation providers, so an ``attestationProviders`` resource of the
    region with an ``attestUri`` is Azure's answer (the spec's AttestationProvider shape).
    """
    wanted = normalize_region(region)
    for resource in resources:
        if str(resource.get("type", "")).lower() != ATTESTATION_PROVIDER_TYPE:
            continue
        uri = str((resource.get("properties") or {}).get("attestUri") or "")
        if normalize_region(str(resource.get("location") or "")) == wanted and uri.startswith("https://"):
            return _provider(wanted, uri.rstrip("/"), is_fallback=False)
    return None


def choose_provider(
    resources: Sequence[Mapping[str, Any]], region: str, cloud: str = CLOUD_PUBLIC
) -> tuple[SharedProvider | None, tuple[str, dict[str, str]] | None]:
    """Azure's default provider for ``region`` when the index has it, else the bundled map.

    The second value is a ``(template, args)`` finding when the host is not Azure's own answer, so a guess is
    never shown as a fact.
    """
    live = default_provider_from_index(resources, region)
    if live is not None:
        return live, None
    bundled = shared_provider(region, cloud)
    if bundled is None:
        return None, None
    template = PROVIDER_GUESSED if bundled.is_fallback else PROVIDER_FROM_BUNDLED_MAP
    return bundled, (template, {"host": bundled.host, "region": normalize_region(region)})


def shared_region_for_host(host: str) -> str | None:
    """The region whose shared provider lives on ``host`` (first match), or ``None`` for other hosts."""
    wanted = host.strip().rstrip(".").lower()
    data = _endpoint_map()
    for key in _MAP_KEYS.values():
        for region, url in (data.get(key) or {}).items():
            if (urlsplit(str(url)).hostname or "") == wanted:
                return str(region)
    return None


def provider_region(host: str, cloud: str = CLOUD_PUBLIC) -> str | None:
    """The region of an attestation provider host, from its region code (``<name>.<code>.attest.azure.net``).

    Shared and custom providers share the host pattern; the code is looked up among the shared hosts of the
    bundled map (codes are irregular, never derived). ``None`` when the host has no known code.
    """
    labels = host.strip().rstrip(".").lower().split(".")
    canonical = normalize_cloud(cloud) or CLOUD_PUBLIC
    suffix = _ALLOWED_SUFFIXES.get(canonical, "")
    if len(labels) != 5 or "." + ".".join(labels[2:]) != suffix:
        return None
    code = labels[1]
    for region, url in (_endpoint_map().get(_MAP_KEYS.get(canonical, ""), None) or {}).items():
        shared = (urlsplit(str(url)).hostname or "").split(".")
        if len(shared) > 1 and shared[1] == code:
            return str(region)
    return None


def attest_url(provider: SharedProvider) -> str:
    """Full attestation URL for Trusted Launch and Confidential VMs (documented path and api-version)."""
    path = str(_endpoint_map()["attest_path_for_TrustedLaunch_and_CVM"])
    return provider.url.rstrip("/") + path


def endpoint_host(url: str) -> str | None:
    """Lower-case host of an endpoint URL, or ``None`` when there is none."""
    try:
        return urlsplit(url.strip()).hostname or None
    except ValueError:
        return None


def _host_problem(host: str, suffixes: tuple[str, ...]) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    suffix = next((s for s in suffixes if host.endswith(s)), None)
    if suffix is None:
        return True
    name = host[: -len(suffix)]
    return not name or not all(_LABEL.match(label) for label in name.split("."))


def _explicit_port(parts: SplitResult) -> int | None:
    try:
        return parts.port
    except ValueError:  # non-numeric or out of range
        return -1


def validate_maa_endpoint(url: str, cloud: str | None = None) -> list[str]:
    """Problems with a custom ``maaEndpoint`` as untranslated ``Findings`` templates; ``[]`` = fine.

    Pure syntax checks, no DNS. With ``cloud`` the host must also belong to that cloud's suffix.
    """
    text = (url or "").strip()
    if not text:
        return [ENDPOINT_EMPTY]
    try:
        parts = urlsplit(text)
    except ValueError:
        return [ENDPOINT_UNPARSABLE]
    problems: list[str] = []
    if parts.scheme.lower() != "https":
        problems.append(ENDPOINT_NOT_HTTPS)
    if parts.username is not None or parts.password is not None:
        problems.append(ENDPOINT_CREDENTIALS)
    host = (parts.hostname or "").rstrip(".")
    if not host or _host_problem(host, tuple(_ALLOWED_SUFFIXES.values())):
        problems.append(ENDPOINT_BAD_HOST)
    else:
        canonical = normalize_cloud(cloud)
        if canonical is not None and not host.endswith(_ALLOWED_SUFFIXES[canonical]):
            problems.append(ENDPOINT_WRONG_CLOUD)
    if _explicit_port(parts) not in (None, 443):
        problems.append(ENDPOINT_PORT)
    if parts.path not in ("", "/") or parts.query or parts.fragment or text.endswith(("?", "#")):
        problems.append(ENDPOINT_PATH)
    return problems
