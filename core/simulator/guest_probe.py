"""What the in-guest probe script reports when Run Command runs it in a simulated VM: the VM's story.

A scenario may script a VM's Run Command output (``simulation.vms.<id>.runCommandOutput``). Every other VM —
and a VM whose scripted output is free text meant for ad-hoc commands — answers the probe from the simulated
world, the same facts that decide its Guest Attestation extension (:mod:`core.simulator.world`):

- an in-guest proxy (``inGuestProxy``): a proxy configured in the guest that refuses the attestation host;
- attestation unreachable (the NSGs, routes and firewalls over the current resources, or ``networkBlocked``):
  the host resolves, but no TCP connection is made (the network drops it, no OS firewall rule explains it);
- otherwise: healthy (DNS, TCP, TLS with Microsoft's certificate, IMDS and the wire server answer).

The output follows the probe's line format v1 (docs/probe.md) for the script's OS and host, so the product's
own parser reads it.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from typing import Any

from core.simulator.store import ResourceStore
from core.simulator.world import attestation_reachable, vm_simulation

PROBE_MARKER = "BIW-PROBE"  # every probe script prints its header; no other script does
_LINUX_HOST = re.compile(r"^BIW_HOST='([A-Za-z0-9.-]+)'")
_WINDOWS_HOST = re.compile(r"^\$BiwHost\s*=\s*'([A-Za-z0-9.-]+)'")
_PROXY = "proxy.contoso.local:3128"


def is_probe_script(script: Sequence[Any]) -> bool:
    return any(isinstance(line, str) and PROBE_MARKER in line for line in script)


def _host(script: Sequence[Any]) -> str | None:
    for line in script:
        if isinstance(line, str) and (match := _LINUX_HOST.match(line.strip()) or _WINDOWS_HOST.match(line.strip())):
            return match.group(1)
    return None


def _address(store: ResourceStore, location: str) -> str | None:
    """An address of Azure Attestation for the VM's region, from the served service tags (what DNS would give)."""
    values = (store.service_tags or {}).get("values") or []
    region = re.sub(r"[^a-z0-9]", "", location.lower())
    by_name = {str(v.get("name", "")).lower(): v for v in values if isinstance(v, dict)}
    for name in (f"azureattestation.{region}", "azureattestation"):
        entry = by_name.get(name)
        prefixes = ((entry or {}).get("properties") or {}).get("addressPrefixes") or []
        for prefix in prefixes:
            try:
                network = ipaddress.ip_network(str(prefix), strict=False)
            except ValueError:
                continue
            if network.version == 4:
                return str(network.network_address + min(4, network.num_addresses - 1))
    return None


def _scripted(settings: dict[str, Any], command_id: str) -> tuple[str, str] | None:
    """Scripted output that answers the probe: given for this command id, or itself a probe report."""
    scripted = settings.get("runCommandOutput")
    if isinstance(scripted, dict) and isinstance(scripted.get(command_id), dict):
        chosen = scripted[command_id]
        return str(chosen.get("stdout", "")), str(chosen.get("stderr", ""))
    stdout = scripted if isinstance(scripted, str) else scripted.get("stdout") if isinstance(scripted, dict) else None
    if isinstance(stdout, str) and stdout.lstrip().startswith(PROBE_MARKER):
        stderr = scripted.get("stderr", "") if isinstance(scripted, dict) else ""
        return stdout, str(stderr)
    return None


def probe_output(store: ResourceStore, vm: dict[str, Any], command_id: str, script: Sequence[Any]) -> tuple[str, str]:
    """(stdout, stderr) of the probe script in ``vm``: scripted, else told by the VM's story."""
    vm_id = str(vm["id"])
    settings = vm_simulation(store, vm_id)
    scripted = _scripted(settings, command_id)
    if scripted is not None:
        return scripted
    linux = command_id.lower() == "runshellscript"
    host = _host(script)
    if host is None:  # the script refused its host itself (docs/probe.md: error=invalid host name)
        return f"{PROBE_MARKER} v1\nos={'linux' if linux else 'windows'}\nerror=invalid host name\nEND\n", ""
    address = _address(store, str(vm.get("location") or ""))
    lines = [f"{PROBE_MARKER} v1", f"os={'linux' if linux else 'windows'}", f"host={host}", "port=443"]
    lines += ["dns.servers=168.63.129.16", "dns=ok"] + ([f"dns.addresses={address}"] if address else [])
    lines.append(f"tcp.target={address or host}:443")
    proxy = bool(settings.get("inGuestProxy"))
    if not proxy and attestation_reachable(store, vm_id) is False:
        detail = "connection timed out" if linux else "TcpTestSucceeded False"
        lines += ["tcp=fail", f"tcp.detail={detail}", "tls=skip", "tls.detail=no TCP connection"]
    else:
        code = host.split(".")[1] if host.count(".") >= 3 else "attest"
        lines += [
            "tcp=ok",
            "tls=ok",
            "tls.issuer=CN=Microsoft Azure RSA TLS Issuing CA 03, O=Microsoft Corporation, C=US",
            f"tls.subject=CN=*.{code}.attest.azure.net, O=Microsoft Corporation, L=Redmond, S=WA, C=US",
            "tls.verify=0 (ok)" if linux else "tls.verify=trusted",
        ]
    if proxy and linux:
        lines += [
            f"proxy.source=env: https_proxy=http://{_PROXY}",
            "proxy.no_proxy=localhost,127.0.0.1,169.254.169.254",
            "proxy=fail",
            "proxy_connect=fail",
            "proxy_connect.detail=curl: (56) CONNECT tunnel failed, response 403",
        ]
    elif proxy:
        lines += [f"proxy.source=winhttp: {_PROXY}", "proxy=fail", "proxy_connect=skip"]
        lines.append("proxy_connect.reason=not tested on Windows")
    else:
        lines += ["proxy=ok", "proxy_connect=skip"]
        lines.append("proxy_connect.reason=" + ("no proxy in the environment" if linux else "not tested on Windows"))
    lines += ["imds.code=200", "imds=ok", "wireserver.port80=ok", "wireserver.port32526=ok", "wireserver=ok"]
    lines += ["firewall.tools=" + ("iptables nft" if linux else "NetSecurity"), "firewall=ok", "elapsed=2", "END"]
    return "\n".join(lines) + "\n", ""
