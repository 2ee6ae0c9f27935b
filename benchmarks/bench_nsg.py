"""Time the outbound NSG evaluator: two NSGs with 1,000 rules each against the global AzureAttestation set.

Run: ``uv run python benchmarks/bench_nsg.py [path/to/ServiceTags_Public.json]``. Target: < 20 ms per
evaluation. Prints the cold time (parsing the NSG JSON included) and the time with prepared NSGs.
"""

from __future__ import annotations

import ipaddress
import random
import sys
import time
from pathlib import Path
from typing import Any

from core.diagnosis.ipranges import IpRangeSet
from core.diagnosis.nsg import NsgContext, evaluate_outbound, prepare_nsg
from core.diagnosis.service_tags import ServiceTagIndex

DEFAULT_TAGS = Path("/work/shared/data/ServiceTags_Public_2025-11-09.json")


def _rules(rng: random.Random, attestation: list[str], count: int) -> list[dict[str, Any]]:
    """A realistic-but-hostile mix: mostly CIDR rules on many ports, some hitting attestation prefixes,
    some service tags, with the decisive broad rules near the end so most rules are scanned."""
    tags = ["Storage", "AzureMonitor", "AzureActiveDirectory", "AzureCloud.westeurope", "Sql", "EventHub"]
    rules: list[dict[str, Any]] = []
    for i in range(count):
        kind = rng.random()
        if kind < 0.15:
            destination: str | list[str] = rng.sample(attestation, 3)  # slices of the destination
        elif kind < 0.25:
            destination = rng.choice(tags)
        else:
            net = ipaddress.IPv4Network((rng.getrandbits(32) & 0xFFFFFF00, rng.randint(16, 28)), strict=False)
            destination = [str(net), f"{rng.randint(11, 99)}.{rng.randint(0, 255)}.0.0/16"]
        rules.append({
            "name": f"rule-{i}",
            "properties": {
                "protocol": rng.choice(["Tcp", "*", "Udp"]),
                "sourcePortRange": "*",
                "destinationPortRanges": rng.choice([["443"], ["80", "8080"], ["400-500"], ["*"], ["22"]]),
                "sourceAddressPrefix": rng.choice(["*", "VirtualNetwork", "10.0.0.0/24", "10.9.0.0/16"]),
                "destinationAddressPrefixes" if isinstance(destination, list) else "destinationAddressPrefix":
                    destination,
                "access": rng.choice(["Allow", "Deny"]),
                "priority": 100 + i * 3,
                "direction": rng.choice(["Outbound", "Outbound", "Inbound"]),
            },
        })  # fmt: skip
    rules[-1]["properties"].update(destinationAddressPrefix="Internet", access="Deny", protocol="*")
    return rules


def main() -> None:
    tags_file = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TAGS
    tags = ServiceTagIndex.load(tags_file)
    destination = tags.resolve("AzureAttestation") or IpRangeSet.EMPTY
    rng = random.Random(7)
    attestation = destination.to_cidrs()
    nic = {"name": "nic-nsg", "id": "/nsg/nic", "properties": {"securityRules": _rules(rng, attestation, 1000)}}
    subnet = {
        "name": "subnet-nsg",
        "id": "/nsg/subnet",
        "properties": {"securityRules": _rules(rng, attestation, 1000)},
    }
    context = NsgContext(IpRangeSet.parse_all(["10.0.0.0/16"]), tags)

    def run(n: int, a: Any, b: Any) -> float:
        start = time.perf_counter()
        for _ in range(n):
            result = evaluate_outbound(a, b, source_ip="10.0.0.4", destination=destination, context=context)
        elapsed = (time.perf_counter() - start) / n
        print(f"  verdict={result.verdict.value} pieces={len(result.decisions)} findings={len(result.findings)}")
        return elapsed * 1000

    print(f"destination: {len(destination)} ranges of AzureAttestation ({tags_file.name})")
    print(f"cold (parse + evaluate): {run(5, nic, subnet):.1f} ms per evaluation")
    start = time.perf_counter()
    prepared = prepare_nsg(nic, context), prepare_nsg(subnet, context)
    print(f"prepare both NSGs once: {(time.perf_counter() - start) * 1000:.1f} ms")
    print(f"prepared (evaluate only): {run(20, *prepared):.1f} ms per evaluation (target < 20 ms)")


if __name__ == "__main__":
    main()
