"""Resource SKUs of common VM sizes, for a simulated tenant whose snapshot lists none.

Entries have the shape ``GET /subscriptions/{sub}/providers/Microsoft.Compute/skus`` (api-version 2021-07-01)
returns: ``HyperVGenerations`` and, for sizes without Trusted Launch, ``TrustedLaunchDisabled`` "True" (the
Trusted Launch FAQ shows Standard_M64 with ``HyperVGenerations V1,V2`` and ``TrustedLaunchDisabled True``; the
size families follow trusted-launch.md "Virtual machines sizes": A-family, Dv2 and Dv3 are Generation 1 only).
"""

from __future__ import annotations

from typing import Any

# name -> (family, vCPUs, memory GB, HyperVGenerations, Trusted Launch supported)
_SIZES: dict[str, tuple[str, int, float, str, bool]] = {
    "Standard_B2s": ("standardBSFamily", 2, 4, "V1,V2", True),
    "Standard_B2ms": ("standardBSFamily", 2, 8, "V1,V2", True),
    "Standard_D2s_v3": ("standardDSv3Family", 2, 8, "V1,V2", True),
    "Standard_D4s_v3": ("standardDSv3Family", 4, 16, "V1,V2", True),
    "Standard_D2_v3": ("standardDv3Family", 2, 8, "V1", False),
    "Standard_D2s_v5": ("standardDSv5Family", 2, 8, "V1,V2", True),
    "Standard_D4s_v5": ("standardDSv5Family", 4, 16, "V1,V2", True),
    "Standard_D2as_v5": ("standardDASv5Family", 2, 8, "V1,V2", True),
    "Standard_DS2_v2": ("standardDSv2Family", 2, 7, "V1,V2", True),
    "Standard_D2_v2": ("standardDv2Family", 2, 7, "V1", False),
    "Standard_E2s_v5": ("standardESv5Family", 2, 16, "V1,V2", True),
    "Standard_E4s_v5": ("standardESv5Family", 4, 32, "V1,V2", True),
    "Standard_F2s_v2": ("standardFSv2Family", 2, 4, "V1,V2", True),
    "Standard_A2_v2": ("standardAv2Family", 2, 4, "V1", False),
    "Standard_M64": ("standardMSFamily", 64, 1000, "V1,V2", False),
    "Standard_NC12s_v3": ("standardNCSv3Family", 12, 224, "V1,V2", False),
}


def catalog_entry(name: str, locations: list[str]) -> dict[str, Any]:
    family, cpus, memory, generations, trusted_launch = _SIZES[name]
    capabilities = [
        {"name": "vCPUs", "value": str(cpus)},
        {"name": "MemoryGB", "value": f"{memory:g}"},
        {"name": "HyperVGenerations", "value": generations},
        {"name": "CpuArchitectureType", "value": "x64"},
        {"name": "PremiumIO", "value": "True" if "s" in name.split("_")[1].lower() else "False"},
        {"name": "EncryptionAtHostSupported", "value": "True"},
    ]
    if not trusted_launch and "V2" in generations:
        capabilities.append({"name": "TrustedLaunchDisabled", "value": "True"})
    return {
        "resourceType": "virtualMachines",
        "name": name,
        "tier": "Standard",
        "size": name.removeprefix("Standard_"),
        "family": family,
        "locations": list(locations),
        "locationInfo": [{"location": loc, "zones": ["1", "2", "3"], "zoneDetails": []} for loc in locations],
        "capabilities": capabilities,
        "restrictions": [],
    }


def catalog(locations: list[str]) -> list[dict[str, Any]]:
    return [catalog_entry(name, locations) for name in _SIZES]
