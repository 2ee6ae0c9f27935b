"""Benchmark one VM diagnosis end to end, and the NSG pair evaluation it relies on.

Run: ``uv run python benchmarks/bench_diagnosis.py``.

1. Against the simulator with 100 ms injected latency per request, for each scenario: ARM calls, the longest
   chain of dependent calls (``depth``; each request of a long-running POST — the action, its status polls and
   the result — counts one) and the wall time of one diagnosis (fresh session: TLS handshake and service tag
   fetch included), against the target 1.25 × depth × 100 ms. ``reader-only`` is the fallback: the computed
   views answer 403, so the chain is the configured resources' one. The chain of a computed view also holds
   the one wait its status poll asks for (``Retry-After``, 50 ms in the simulator); it is not a call, so it is
   not counted in ``depth`` and comes out of the 25 % margin. In brackets: how long this thread waited for a
   CPU during the diagnosis (machine load, benchmarks/cpu_wait.py; informational).
2. An NSG pair with 1,000 outbound rules each against the full global AzureAttestation prefix set, through the
   public API (``nsg.evaluate_outbound``): cold (the NSG JSON parsed on every call) and prepared
   (``prepare_nsg`` once, as benchmarks/bench_nsg.py); the target < 20 ms is the prepared evaluation's.
"""

from __future__ import annotations

import asyncio
import ipaddress
import random
import statistics
import time
from typing import Any

from cpu_wait import waited_ms  # benchmarks/cpu_wait.py

from core.azure.credentials import StaticTokenCredential
from core.azure.session import ArmSession, Endpoint
from core.diagnosis.ipranges import IpRangeSet
from core.diagnosis.nsg import NsgContext, evaluate_outbound, prepare_nsg
from core.diagnosis.tag_source import bundled_tags
from core.simulator import SimulatedAzure, SimulatorOptions, load_scenario
from core.usecases.diagnose import diagnose_vm

LATENCY_MS = 100.0
SCENARIOS = ("healthy", "subnet-nsg-denies", "route-next-hop-none", "forced-tunnel-firewall-classic",
             "firewall-policy-missing-rule",
             # Azure's computed views (issue 15): effective routes/NSGs (POST long-running operations) and admin rules
             "forced-tunnel-vpn-bgp", "avnm-deny", "no-outbound-access", "private-endpoint-provider",
             "reader-only")  # fmt: skip


async def _one(name: str) -> tuple[int, int, float, float | None]:
    snapshot = load_scenario(name)
    vm_id = snapshot["simulation"]["focusVm"]
    async with SimulatedAzure(snapshot, options=SimulatorOptions(latency_ms=LATENCY_MS)) as sim:
        endpoint = Endpoint.simulated(sim.endpoint, sim.ca_path)
        async with ArmSession(endpoint, StaticTokenCredential()) as warm:  # imports and client construction
            await diagnose_vm(warm, vm_id)
        async with ArmSession(endpoint, StaticTokenCredential()) as session:
            waited = waited_ms()
            start = time.perf_counter()
            run = await diagnose_vm(session, vm_id)
            wall = time.perf_counter() - start
            after = waited_ms()
    cpu_wait = after - waited if after is not None and waited is not None else None
    return run.collected.calls, run.collected.depth, wall, cpu_wait


def bench_collection() -> None:
    print(f"One diagnosis against the simulator at {LATENCY_MS:.0f} ms latency per request")
    print(f"{'scenario':<32} {'calls':>5} {'depth':>5} {'wall ms':>8} {'target ms':>9}  ok     (waited for a CPU)")
    for name in SCENARIOS:
        calls, depth, wall, cpu_wait = asyncio.run(_one(name))
        target = 1.25 * depth * LATENCY_MS / 1000
        waited = f"({cpu_wait:.0f} ms)" if cpu_wait is not None else ""
        ok = str(wall <= target)
        print(f"{name:<32} {calls:>5} {depth:>5} {wall * 1000:>8.0f} {target * 1000:>9.0f}  {ok:<6} {waited}")


def _rules(rng: random.Random, attestation: list[str], count: int) -> list[dict[str, Any]]:
    """Mostly CIDR rules on assorted ports, some slicing the destination, the decisive deny last."""
    rules: list[dict[str, Any]] = []
    for i in range(count):
        if rng.random() < 0.15:
            destination: list[str] = rng.sample(attestation, 3)
        else:
            net = ipaddress.IPv4Network((rng.getrandbits(32) & 0xFFFFFF00, rng.randint(16, 28)), strict=False)
            destination = [str(net)]
        rules.append({
            "name": f"rule-{i}",
            "properties": {
                "protocol": rng.choice(["Tcp", "*", "Udp"]), "sourcePortRange": "*",
                "destinationPortRanges": rng.choice([["443"], ["80", "8080"], ["400-500"], ["*"], ["22"]]),
                "sourceAddressPrefix": rng.choice(["*", "VirtualNetwork", "10.0.0.0/24"]),
                "destinationAddressPrefixes": destination, "access": rng.choice(["Allow", "Deny"]),
                "priority": 100 + i * 3, "direction": "Outbound",
            },
        })  # fmt: skip
    rules[-1]["properties"].update(destinationAddressPrefixes=["Internet"], access="Deny", protocol="*")
    return rules


def bench_nsg_pair() -> None:
    bundle = bundled_tags()
    assert bundle is not None
    destination = bundle.index.resolve("AzureAttestation") or IpRangeSet.EMPTY
    rng = random.Random(7)
    prefixes = destination.to_cidrs()
    nic = {"id": "/x/nsg-nic", "name": "nsg-nic", "properties": {"securityRules": _rules(rng, prefixes, 1000)}}
    subnet = {"id": "/x/nsg-subnet", "name": "nsg-subnet", "properties": {"securityRules": _rules(rng, prefixes, 1000)}}
    context = NsgContext(IpRangeSet.parse_all(["10.0.0.0/16"]), bundle.index)
    prepared = (prepare_nsg(nic, context), prepare_nsg(subnet, context))
    print(f"\nNSG pair, 1,000 outbound rules each, {len(destination)} AzureAttestation ranges (target < 20 ms)")
    for label, pair in (("cold (parse + evaluate)", (nic, subnet)), ("prepared (evaluate only)", prepared)):
        times = []
        for _ in range(10):
            start = time.perf_counter()
            result = evaluate_outbound(*pair, source_ip="10.0.0.4", destination=destination, context=context)
            times.append(time.perf_counter() - start)
        print(
            f"  {label:<25} median {statistics.median(times) * 1000:6.1f} ms, min {min(times) * 1000:6.1f} ms "
            f"({len(result.decisions)} pieces, verdict {result.verdict.value})"
        )


if __name__ == "__main__":
    bench_collection()
    bench_nsg_pair()
