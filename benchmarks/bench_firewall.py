"""Time evaluate_firewall for a Firewall Policy with 1,000 network rules against the full AzureAttestation set.

Run: ``uv run python benchmarks/bench_firewall.py [path/to/ServiceTags_Public.json]``.
"""

from __future__ import annotations

import ipaddress
import random
import sys
import time
from pathlib import Path
from typing import Any

from core.diagnosis.firewall import FirewallInputs, evaluate_firewall
from core.diagnosis.service_tags import ServiceTagIndex

_CANDIDATES = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "ServiceTags_Public_2025-11-09.json",
    Path("/work/shared/data/ServiceTags_Public_2025-11-09.json"),
    Path(__file__).resolve().parents[1] / "resources" / "data" / "service_tags" / "Public_2025-11-09.json",
)
POLICY = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/firewallPolicies/bench"


def _rules(count: int, attestation_cidrs: list[str], rng: random.Random) -> list[dict[str, Any]]:
    """Mostly unrelated rules, some slicing attestation prefixes, so pieces and lookups are realistic."""
    rules = []
    for i in range(count):
        if i % 10 == 0:
            net = ipaddress.ip_network(rng.choice(attestation_cidrs))
            sub = next(net.subnets(prefixlen_diff=1)) if net.prefixlen < net.max_prefixlen else net
            dest = [str(sub)]
        else:
            dest = [f"{rng.randrange(1, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.0/24"]
        rules.append(
            {
                "ruleType": "NetworkRule",
                "name": f"rule-{i}",
                "ipProtocols": ["TCP"],
                "sourceAddresses": [f"10.{rng.randrange(4)}.0.0/16"],
                "destinationAddresses": dest,
                "destinationPorts": [rng.choice(["443", "80", "1000-2000", "*"])],
            }
        )
    return rules


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else next(p for p in _CANDIDATES if p.exists())
    tags = ServiceTagIndex.load(path)
    destination = tags.resolve("AzureAttestation")
    assert destination is not None
    rng = random.Random(1)
    rules = _rules(1000, destination.to_cidrs(), rng)
    collections = [
        {
            "ruleCollectionType": "FirewallPolicyFilterRuleCollection",
            "name": f"coll-{c}",
            "priority": 100 + c,
            "action": {"type": "Deny" if c % 2 else "Allow"},
            "rules": rules[c * 50 : (c + 1) * 50],
        }
        for c in range(20)
    ]
    inputs = FirewallInputs(
        {"id": "fw", "properties": {"firewallPolicy": {"id": POLICY}}},
        {POLICY.lower(): {"id": POLICY, "properties": {}}},
        {POLICY.lower(): [{"name": "g", "properties": {"priority": 200, "ruleCollections": collections}}]},
    )
    runs = 5
    start = time.perf_counter()
    for _ in range(runs):
        result = evaluate_firewall(
            inputs,
            source_ip="10.1.2.3",
            destination=destination,
            fqdn="sharedweu.weu.attest.azure.net",
            service_tags=tags,
        )
    elapsed = (time.perf_counter() - start) / runs
    print(
        f"{len(rules)} network rules, {len(destination)} destination ranges -> {len(result.decisions)} pieces, "
        f"verdict {result.verdict.value}: {elapsed * 1000:.1f} ms per evaluation ({path.name})"
    )


if __name__ == "__main__":
    main()
