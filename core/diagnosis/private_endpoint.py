"""A custom attestation provider reached through a private endpoint: the destination is a private IP.

With a private endpoint (group id ``standard``, https://learn.microsoft.com/azure/private-link/private-endpoint-dns
— Azure Attestation: ``privatelink.attest.azure.net``), the provider's host name resolves to the endpoint's
private IP inside the VNet, so traffic never goes to the AzureAttestation service tag: the NSGs decide for that IP
(the ``VirtualNetwork`` tag covers it) and the route is the VNet's own. The endpoint counts when it is approved,
names the provider (its host in ``customDnsConfigs``, or the provider in ``privateLinkServiceId``) and sits in
the VM's VNet or a connected peered VNet.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from core.diagnosis.arm_json import arm_id, arm_list, arm_prop, text
from core.diagnosis.model import Finding, Severity
from core.i18n import QT_TRANSLATE_NOOP

Json = Mapping[str, Any]
PRIVATE_ENDPOINT_TYPE = "Microsoft.Network/privateEndpoints"
PRIVATE_DNS_ZONE = "privatelink.attest.azure.net"
_PROVIDER_TYPE = "/providers/microsoft.attestation/attestationproviders/"

MSG_PRIVATE = QT_TRANSLATE_NOOP(
    "Findings",
    "The attestation provider {host} is reached through the private endpoint {endpoint} at {ip}: traffic to it "
    "stays private inside the virtual network and does not use the AzureAttestation service tag. The network "
    "security groups decide for {ip} (TCP port 443). The host name must resolve to {ip}: link the private DNS "
    "zone {zone} to the virtual network.",
)
MSG_NOT_APPROVED = QT_TRANSLATE_NOOP(
    "Findings",
    "The private endpoint {endpoint} for the attestation provider {host} is not approved (state {state}), so it "
    "carries no traffic; the provider is checked over its public addresses.",
)


@dataclass(frozen=True)
class PrivateEndpointRoute:
    endpoint_id: str
    name: str
    ip: str
    finding: Finding


def _vnet_of(subnet_id: str | None) -> str | None:
    if not subnet_id:
        return None
    cut = subnet_id.lower().rfind("/subnets/")
    return subnet_id[:cut].lower() if cut > 0 else None


def _names_provider(endpoint: Json, host: str) -> bool:
    for config in arm_list(arm_prop(endpoint, "customDnsConfigs")):
        if str(arm_prop(config, "fqdn") or "").strip().rstrip(".").casefold() == host:
            return True
    label = host.split(".", 1)[0]
    for connection in _connections(endpoint):
        service = (arm_id(arm_prop(connection, "privateLinkServiceId")) or "").lower()
        if _PROVIDER_TYPE in service and service.rstrip("/").rsplit("/", 1)[-1] == label:
            return True
    return False


def _connections(endpoint: Json) -> list[Any]:
    return arm_list(arm_prop(endpoint, "privateLinkServiceConnections")) + arm_list(
        arm_prop(endpoint, "manualPrivateLinkServiceConnections")
    )


def _state(endpoint: Json) -> str:
    for connection in _connections(endpoint):
        status = text(arm_prop(arm_prop(connection, "privateLinkServiceConnectionState"), "status"))
        if status:
            return status
    return "?"


def _ip(endpoint: Json, host: str) -> str | None:
    for config in arm_list(arm_prop(endpoint, "customDnsConfigs")):
        if str(arm_prop(config, "fqdn") or "").strip().rstrip(".").casefold() == host:
            addresses = [a for a in arm_list(arm_prop(config, "ipAddresses")) if isinstance(a, str)]
            if addresses:
                return addresses[0]
    for config in arm_list(arm_prop(endpoint, "ipConfigurations")):
        address = text(arm_prop(config, "privateIPAddress"))
        if address:
            return address
    return None


def find_private_endpoint(
    endpoints: Iterable[Json], host: str | None, vnet_ids: Iterable[str]
) -> tuple[PrivateEndpointRoute | None, list[Finding]]:
    """The approved private endpoint for ``host`` reachable from the VNets ``vnet_ids`` (own VNet first)."""
    if not host:
        return None, []
    wanted = host.strip().rstrip(".").casefold()
    reachable = {v.lower() for v in vnet_ids}
    findings: list[Finding] = []
    for endpoint in endpoints:
        endpoint_id = arm_id(endpoint)
        if endpoint_id is None or not _names_provider(endpoint, wanted):
            continue
        if _vnet_of(arm_id(arm_prop(endpoint, "subnet"))) not in reachable:
            continue
        name = str(endpoint.get("name") or endpoint_id.rsplit("/", 1)[-1])
        state = _state(endpoint)
        if state.casefold() != "approved":
            args = {"endpoint": name, "host": host, "state": state}
            findings.append(Finding("PRIVATE_ENDPOINT_NOT_APPROVED", Severity.WARNING, MSG_NOT_APPROVED, args))
            continue
        ip = _ip(endpoint, wanted)
        if ip is None:
            continue
        args = {"host": host, "endpoint": name, "ip": ip, "zone": PRIVATE_DNS_ZONE}
        finding = Finding("PATH_PRIVATE_ENDPOINT", Severity.INFO, MSG_PRIVATE, args, {"privateEndpointId": endpoint_id})
        return PrivateEndpointRoute(endpoint_id, name, ip, finding), findings
    return None, findings
