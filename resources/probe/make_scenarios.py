"""Regenerate the probe scenarios: ``uv run python resources/probe/make_scenarios.py [TAGS]``.

Writes ``resources/scenarios/probe-*.json``: one Trusted Launch VM each whose Run Command answers with a probe
output from ``fixtures/``. Built with the same helpers as ``resources/scenarios/generate.py`` (imported, not
changed) so the shape matches the other scenarios; TAGS defaults to the same service-tag download.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SCENARIOS = HERE.parent / "scenarios"


def _generate_module() -> Any:
    spec = importlib.util.spec_from_file_location("scenario_generate", SCENARIOS / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _generate_module()

# name: (subscription, resource group, region, VM, OS, address space octet, fixture, extension state, guest blocks)
PROBE_SCENARIOS: dict[str, tuple[str, str, str, str, str, int, str, str, bool]] = {
    "probe-healthy": (
        gen.PROD,
        "rg-probe-ok",
        "swedencentral",
        "vm-lnx-21",
        "Linux",
        40,
        "linux-healthy",
        "Succeeded",
        False,
    ),
    "probe-proxy": (gen.DEV, "rg-probe-proxy", "westeurope", "vm-lnx-22", "Linux", 41, "linux-proxy", "Failed", True),
    "probe-dns-failure": (
        gen.PROD,
        "rg-probe-dns",
        "germanywestcentral",
        "vm-app-23",
        "Windows",
        42,
        "windows-dns-failure",
        "Failed",
        True,
    ),
    "probe-tls-inspection": (
        gen.DEV,
        "rg-probe-tls",
        "francecentral",
        "vm-lnx-24",
        "Linux",
        43,
        "linux-tls-inspection",
        "Failed",
        True,
    ),
    "probe-os-firewall": (
        gen.PROD,
        "rg-probe-fw",
        "eastus",
        "vm-app-25",
        "Windows",
        44,
        "windows-os-firewall",
        "Failed",
        True,
    ),
}


def build(name: str, tags: dict[str, Any]) -> dict[str, Any]:
    sub, group, region, vm_name, os_type, octet, fixture, attestation, blocked = PROBE_SCENARIOS[name]
    b = gen.TenantBuilder(sub, group, region)
    short = vm_name.replace("vm-", "").replace("-", "")
    subnet, nsg = gen.spoke(b, short, f"10.{octet}.0.0/16", f"10.{octet}.1.0/24")
    nic = b.nic(f"nic-{vm_name}", subnet, f"10.{octet}.1.4", nsg_id=nsg)
    vm = b.vm(vm_name, nic, os_type=os_type, attestation=attestation)
    command_id = "RunShellScript" if os_type == "Linux" else "RunPowerShellScript"
    stdout = (HERE / "fixtures" / f"{fixture}.txt").read_text(encoding="utf-8")
    # inGuestProxy is the simulator's "something inside the guest blocks attestation although the network allows it".
    b.simulate(
        vm, networkBlocked=False, inGuestProxy=blocked, runCommandOutput={command_id: {"stdout": stdout, "stderr": ""}}
    )
    resources = list(b.resources)
    resources.append(gen.service_tags_resource(sub, gen.tag_entries(tags, {region}), tags["changeNumber"]))
    return {
        "subscriptions": [gen.subscription_entry(sub)],
        "resources": resources,
        "simulation": {"focusVm": vm, "vms": b.simulation_vms},
    }


def main() -> None:
    tags_path = Path(sys.argv[1]) if len(sys.argv) > 1 else gen.DEFAULT_TAGS
    tags = json.loads(tags_path.read_text(encoding="utf-8-sig"))
    for name in PROBE_SCENARIOS:
        (SCENARIOS / f"{name}.json").write_text(json.dumps(build(name, tags), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(PROBE_SCENARIOS)} probe scenarios to {SCENARIOS}")


if __name__ == "__main__":
    main()
