"""What validation costs: the snapshot check against JSON parsing (large tenant), and the path guard against the
whole diagnosis (every demo VM, and a firewall policy with 1,000 rules). Ratios measured in one run.

Run: ``uv run python benchmarks/bench_validation.py``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from core.diagnosis.path import diagnose
from core.diagnosis.resource_index import ResourceIndex
from core.simulator.scenarios import demo_tenant, load_scenario
from core.snapshot.path_guard import malformed_findings
from core.snapshot.validate import snapshot_problems


def _best(run: Callable[[], Any], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _policy_group(rules: int) -> dict[str, Any]:
    policy = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network"
    policy += "/firewallPolicies/p"
    return {
        "id": f"{policy}/ruleCollectionGroups/g",
        "type": "Microsoft.Network/firewallPolicies/ruleCollectionGroups",
        "properties": {
            "priority": 200,
            "ruleCollections": [
                {
                    "ruleCollectionType": "FirewallPolicyFilterRuleCollection",
                    "priority": 100,
                    "action": {"type": "Allow"},
                    "rules": [
                        {
                            "ruleType": "NetworkRule",
                            "name": f"r{i}",
                            "ipProtocols": ["TCP"],
                            "sourceAddresses": ["10.0.0.0/8"],
                            "destinationAddresses": [f"20.{i % 256}.0.0/24"],
                            "destinationPorts": ["443", "8000-8080"],
                        }
                        for i in range(rules)
                    ],
                }
            ],
        },
    }


def main() -> None:
    large = load_scenario("large-tenant")
    text = json.dumps(large)
    parse = _best(lambda: json.loads(text))
    check = _best(lambda: snapshot_problems(large))
    print(
        f"large tenant ({len(large['resources'])} resources): json.loads {parse * 1000:.0f} ms, "
        f"shape check {check * 1000:.0f} ms (ratio {check / parse:.2f})"
    )

    demo = demo_tenant()
    index = ResourceIndex(demo["resources"])
    vms = [r for r in demo["resources"] if r["type"] == "Microsoft.Compute/virtualMachines"]
    whole = _best(lambda: [diagnose(index, vm["id"]) for vm in vms])
    guard = _best(lambda: [malformed_findings(index, vm, None, None) for vm in vms])
    print(
        f"demo tenant, {len(vms)} VMs: diagnose {whole * 1000:.0f} ms, of which the path guard "
        f"~{guard * 1000:.1f} ms ({guard / whole:.1%})"
    )

    scenario = load_scenario("firewall-policy-missing-rule")
    focus = scenario["simulation"]["focusVm"]
    groups = [
        r for r in scenario["resources"] if r["type"] == "Microsoft.Network/firewallPolicies/ruleCollectionGroups"
    ]
    groups[0]["properties"]["ruleCollections"] += _policy_group(1000)["properties"]["ruleCollections"]
    big = ResourceIndex(scenario["resources"])
    vm = big.get(focus)
    assert vm is not None
    whole_big = _best(lambda: diagnose(big, focus))
    guard_big = _best(lambda: malformed_findings(big, vm, None, None))
    print(
        f"policy firewall on the path, 1,000 more rules in its group: diagnose {whole_big * 1000:.1f} ms, "
        f"path guard {guard_big * 1000:.1f} ms ({guard_big / whole_big:.1%})"
    )


if __name__ == "__main__":
    main()
