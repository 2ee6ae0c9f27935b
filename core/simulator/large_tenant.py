"""The generated large tenant (≥ 5,000 VMs over ≥ 50 subscriptions) for scale work; deterministic."""

from __future__ import annotations

import json
import random
from typing import Any

from core.resources import resource_path
from core.simulator.builders import TenantBuilder, stable_guid

SUBSCRIPTIONS = 60
VMS_PER_SUBSCRIPTION = 90
REGIONS = ("westeurope", "germanywestcentral", "eastus", "northeurope", "swedencentral")
# (security type, secure boot, vTPM, attestation extension state) with weights of a typical estate.
KINDS: tuple[tuple[tuple[str | None, bool, bool, str | None], int], ...] = (
    (("TrustedLaunch", True, True, "Succeeded"), 40),
    (("TrustedLaunch", True, True, None), 25),
    (("TrustedLaunch", False, True, None), 8),
    (("TrustedLaunch", True, True, "Failed"), 5),
    (("ConfidentialVM", True, True, "Succeeded"), 4),
    (("Standard", False, False, None), 10),
    ((None, False, False, None), 8),
)


def large_tenant(
    subscriptions: int = SUBSCRIPTIONS, vms_per_subscription: int = VMS_PER_SUBSCRIPTION, seed: int = 7
) -> dict[str, Any]:
    rng = random.Random(seed)
    kinds = [k for k, _ in KINDS]
    weights = [w for _, w in KINDS]
    resources: list[dict[str, Any]] = []
    subs: list[dict[str, Any]] = []
    for s in range(subscriptions):
        sub = stable_guid("large-tenant", str(s))
        subs.append(
            {
                "id": f"/subscriptions/{sub}",
                "subscriptionId": sub,
                "displayName": f"Fabrikam LZ {s + 1:02d}",
                "state": "Enabled",
                "authorizationSource": "RoleBased",
            }
        )
        location = REGIONS[s % len(REGIONS)]
        b = TenantBuilder(sub, f"rg-workload-{s + 1:02d}", location)
        nsg = b.nsg(f"nsg-lz{s + 1:02d}")
        vnet = b.vnet(f"vnet-lz{s + 1:02d}", "10.0.0.0/16", [("snet-workload", "10.0.0.0/20", nsg, None)])
        subnet = f"{vnet}/subnets/snet-workload"
        for v in range(vms_per_subscription):
            security_type, secure_boot, vtpm, attestation = rng.choices(kinds, weights)[0]
            os_type = "Linux" if rng.random() < 0.45 else "Windows"
            name = f"vm-lz{s + 1:02d}-{v + 1:03d}"
            nic = b.nic(f"nic-{name}", subnet, f"10.0.{v // 250}.{v % 250 + 4}")
            b.vm(
                name,
                nic,
                os_type=os_type,
                security_type=security_type,
                secure_boot=secure_boot,
                vtpm=vtpm,
                attestation=attestation,
                power="running" if rng.random() < 0.9 else "deallocated",
                size="Standard_DC2as_v5" if security_type == "ConfidentialVM" else "Standard_D2s_v5",
            )
        resources.extend(b.resources)
    # The service tags of a small scenario are enough: the large tenant is about listing, not reachability.
    healthy = json.loads(resource_path("scenarios", "healthy.json").read_text(encoding="utf-8"))
    tags = next(r for r in healthy["resources"] if r["type"] == "Microsoft.Network/serviceTags")
    resources.append(
        {**tags, "id": f"/subscriptions/{subs[0]['subscriptionId']}/providers/Microsoft.Network/serviceTags/Public"}
    )
    return {"subscriptions": subs, "resources": resources}
