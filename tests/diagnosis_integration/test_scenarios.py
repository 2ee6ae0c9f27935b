"""Every simulated scenario, diagnosed through the real SDK, tells the scenario's story (core/simulator/stories.py).

Expectations come from reading each scenario file and its story; ids are built from the scenario data so a
renamed resource fails loudly instead of matching by accident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from core.diagnosis.model import Layer, Severity, Verdict
from core.simulator.scenarios import load_scenario, scenario_names
from tests.diagnosis_integration.harness import diagnose_in_simulator

PROD = "/subscriptions/3f2c8a1e-5b7d-4c9e-a1f0-6d2b8e4c7a91/resourceGroups"
DEV = "/subscriptions/b7e4d2a9-1c3f-4e8b-9d6a-2f5c1e8b3d47/resourceGroups"
HUB = "/subscriptions/e1a9c3f7-8d2b-4a6e-b5c4-9f7d3a1e6b28/resourceGroups"


@dataclass(frozen=True)
class Story:
    verdict: Verdict
    blockers: tuple[dict[str, Any], ...] = ()
    security_type: str = "TrustedLaunch"
    secure_boot: bool | None = True  # None: a Standard VM has no uefiSettings at all
    vtpm: bool | None = True
    extension_state: str | None = "Succeeded"  # None: not installed
    os_type: str = "Windows"
    codes: frozenset[str] = field(default_factory=frozenset)  # findings that must be present
    absent: frozenset[str] = frozenset({"DATA_FORBIDDEN", "DATA_NOT_FOUND", "DATA_UNREADABLE"})


def _nsg(rid: str, rule: str, priority: int, scope: str) -> dict[str, Any]:
    return {"kind": "nsg", "resourceId": rid, "rule": rule, "priority": priority, "scope": scope}


STORIES: dict[str, Story] = {
    "healthy": Story(Verdict.ALLOWED, codes=frozenset({"PATH_ALLOWED"})),
    "monitoring-not-enabled-windows": Story(
        Verdict.ALLOWED, extension_state=None, codes=frozenset({"EXT_NOT_INSTALLED"})
    ),
    "monitoring-not-enabled-linux": Story(
        Verdict.ALLOWED, extension_state=None, os_type="Linux", codes=frozenset({"EXT_NOT_INSTALLED"})
    ),
    "secure-boot-off": Story(
        Verdict.ALLOWED, secure_boot=False, extension_state="Failed", codes=frozenset({"PREREQ_SECURE_BOOT_OFF"})
    ),
    "vtpm-off": Story(
        Verdict.ALLOWED, vtpm=False, extension_state=None, os_type="Linux", codes=frozenset({"PREREQ_VTPM_OFF"})
    ),
    "not-trusted-launch": Story(
        Verdict.ALLOWED,
        security_type="Standard",
        secure_boot=None,
        vtpm=None,
        extension_state=None,
        codes=frozenset({"PREREQ_NOT_TRUSTED_LAUNCH"}),
    ),
    "confidential-vm": Story(Verdict.ALLOWED, security_type="ConfidentialVM"),
    "nic-nsg-denies-internet": Story(
        Verdict.BLOCKED,
        (
            _nsg(
                f"{PROD}/rg-web-locked/providers/Microsoft.Network/networkSecurityGroups/nsg-vm-web-07-nic",
                "Deny-Internet-Outbound",
                100,
                "nic",
            ),
        ),
        extension_state="Failed",
        codes=frozenset({"NSG_DENY"}),
    ),
    "subnet-nsg-denies": Story(
        Verdict.BLOCKED,
        (
            _nsg(
                f"{PROD}/rg-app-locked/providers/Microsoft.Network/networkSecurityGroups/nsg-snet-app",
                "Deny-All-Outbound",
                4000,
                "subnet",
            ),
        ),
        extension_state="Failed",
        codes=frozenset({"NSG_DENY"}),
    ),
    "forced-tunnel-firewall-classic": Story(
        Verdict.BLOCKED,
        (
            {
                "kind": "firewall",
                "resourceId": f"{HUB}/rg-hub-weu/providers/Microsoft.Network/azureFirewalls/fw-hub-weu",
                "rule": None,
                "priority": None,
                "scope": None,
            },
        ),
        extension_state="Failed",
        codes=frozenset({"FW_DEFAULT_DENY"}),
    ),
    "firewall-policy-missing-rule": Story(
        Verdict.BLOCKED,
        (
            {
                "kind": "firewall",
                "resourceId": f"{HUB}/rg-hub-gwc/providers/Microsoft.Network/firewallPolicies/fwpol-hub-gwc",
                "rule": None,
                "priority": None,
                "scope": None,
            },
        ),
        extension_state="Failed",
        codes=frozenset({"FW_DEFAULT_DENY"}),
    ),
    # Issue 14 item 5: a deny at priority 100, the lowest; the fix moves it (tests/remediation/test_firewall_moves.py)
    **{
        name: Story(
            Verdict.BLOCKED,
            (
                {
                    "kind": "firewall",
                    "resourceId": f"{HUB}/{holder}",
                    "rule": "Deny-All-Out",
                    "priority": 100,
                    "scope": scope,
                },
            ),
            extension_state="Failed",
        )
        for name, holder, scope in (
            (
                "firewall-classic-deny-at-100",
                "rg-hub-weu2/providers/Microsoft.Network/azureFirewalls/fw-hub-weu2",
                None,
            ),
            (
                "firewall-policy-deny-at-100",
                "rg-hub-gwc2/providers/Microsoft.Network/firewallPolicies/fwpol-hub-gwc2",
                None,
            ),
        )
    },
    "firewall-app-rule-only": Story(
        Verdict.ALLOWED, os_type="Linux", codes=frozenset({"FW_APP_RULE_ONLY_SNI", "PATH_ALLOWED"})
    ),
    "route-next-hop-none": Story(
        Verdict.BLOCKED,
        (
            {
                "kind": "route",
                "resourceId": f"{DEV}/rg-isolated/providers/Microsoft.Network/routeTables/rt-isolated",
                "rule": "blackhole-internet",
                "priority": None,
                "scope": None,
            },
        ),
        extension_state="Failed",
        codes=frozenset({"ROUTE_NEXT_HOP_NONE"}),
    ),
    "third-party-appliance": Story(
        Verdict.UNKNOWN, extension_state="Failed", codes=frozenset({"ROUTE_THIRD_PARTY_APPLIANCE"})
    ),
    "in-guest-proxy": Story(
        Verdict.ALLOWED, extension_state="Failed", os_type="Linux", codes=frozenset({"EXT_FAILED"})
    ),
    # In-guest probe scenarios: NSGs and routes allow the service; what fails is inside the VM.
    "probe-healthy": Story(Verdict.ALLOWED, os_type="Linux", codes=frozenset({"PATH_ALLOWED"})),
    "probe-dns-failure": Story(Verdict.ALLOWED, extension_state="Failed", codes=frozenset({"EXT_FAILED"})),
    "probe-os-firewall": Story(Verdict.ALLOWED, extension_state="Failed", codes=frozenset({"EXT_FAILED"})),
    "probe-proxy": Story(Verdict.ALLOWED, extension_state="Failed", os_type="Linux", codes=frozenset({"EXT_FAILED"})),
    "probe-tls-inspection": Story(
        Verdict.ALLOWED, extension_state="Failed", os_type="Linux", codes=frozenset({"EXT_FAILED"})
    ),
    "reader-only": Story(
        Verdict.ALLOWED, extension_state=None, codes=frozenset({"EXT_NOT_INSTALLED", "EFFECTIVE_VIEW_FORBIDDEN"})
    ),
    # Azure's computed views (issue 15): what the configured resources cannot show.
    "forced-tunnel-vpn-bgp": Story(
        Verdict.UNKNOWN,
        extension_state="Failed",
        codes=frozenset({"ROUTE_FORCED_TUNNEL_EFFECTIVE", "ROUTE_EFFECTIVE_DIFFERS"}),
    ),
    "avnm-deny": Story(
        Verdict.BLOCKED,
        (
            {
                "kind": "avnm",
                "resourceId": f"{HUB}/rg-avnm/providers/Microsoft.Network/networkManagers/nm-contoso"
                "/securityAdminConfigurations/sac-baseline/ruleCollections/rc-egress/rules/Deny-Internet-Egress",
                "rule": "Deny-Internet-Egress",
                "priority": 200,
                "scope": None,
            },
        ),
        extension_state="Failed",
        codes=frozenset({"AVNM_DENY"}),
    ),
    "no-outbound-access": Story(
        Verdict.BLOCKED,
        (
            {
                "kind": "outbound",
                "resourceId": f"{DEV}/rg-data/providers/Microsoft.Network/virtualNetworks/vnet-db19"
                "/subnets/snet-workload",
                "rule": None,
                "priority": None,
                "scope": "subnet",
            },
        ),
        extension_state="Failed",
        os_type="Linux",
        codes=frozenset({"OUTBOUND_NONE"}),
    ),
    "private-endpoint-provider": Story(Verdict.ALLOWED, codes=frozenset({"PATH_PRIVATE_ENDPOINT", "PATH_ALLOWED"})),
    # Defender and Azure Policy scenarios: the path is open; what they show comes from Defender and Policy.
    "defender-unhealthy-path-ok": Story(Verdict.ALLOWED, codes=frozenset({"PATH_ALLOWED"})),
    "policy-do-not-enforce": Story(
        Verdict.ALLOWED, extension_state=None, os_type="Linux", codes=frozenset({"EXT_NOT_INSTALLED"})
    ),
    "policy-identity-missing-role": Story(
        Verdict.ALLOWED, extension_state=None, codes=frozenset({"EXT_NOT_INSTALLED"})
    ),
    # Trusted Launch upgrade: Standard VMs (upgradeable Gen2, Gen1, a size without Trusted Launch).
    **{
        name: Story(
            Verdict.ALLOWED,
            security_type="Standard",
            secure_boot=None,
            vtpm=None,
            extension_state=None,
            os_type=os_type,
            codes=frozenset({"PREREQ_NOT_TRUSTED_LAUNCH"}),
        )
        for name, os_type in (
            ("upgrade-gen2-standard", "Windows"),
            ("upgrade-gen1", "Windows"),
            ("upgrade-size-unsupported", "Linux"),
        )
    },
}
_VIEWS = ("/effectiveroutetable", "/effectivenetworksecuritygroups", "/listnetworkmanagereffectivesecurityadminrules")
FILE_SCENARIOS = [n for n in scenario_names() if n not in ("demo", "large-tenant")]


def test_every_file_scenario_has_a_story() -> None:
    assert sorted(STORIES) == sorted(FILE_SCENARIOS)


def check_story(name: str, result: Any, story: Story) -> None:
    d = result.diagnosis
    path = d.to_json()["attestationPath"]
    assert d.verdict is story.verdict, (name, [f.code for f in d.findings])
    assert path["blockers"] == list(story.blockers), name
    prereq = d.prerequisites
    assert (prereq.security_type, prereq.secure_boot, prereq.vtpm) == (
        story.security_type,
        story.secure_boot,
        story.vtpm,
    )
    assert prereq.met is (story.security_type != "Standard" and story.secure_boot is True and story.vtpm is True)
    assert d.extension.installed is (story.extension_state is not None)
    assert d.extension.provisioning_state == story.extension_state
    assert d.os_type == story.os_type
    codes = {f.code for f in d.findings}
    assert story.codes <= codes, (name, codes)
    assert not (story.absent & codes), (name, codes)
    # Exit-code rule of the CLI: an error-severity finding exactly when something needs fixing.
    healthy = story.verdict is Verdict.ALLOWED and story.extension_state == "Succeeded"
    assert any(f.severity is Severity.ERROR for f in d.findings) is (not healthy and name != "firewall-app-rule-only")


@pytest.mark.parametrize("name", FILE_SCENARIOS)
def test_scenario_story_through_the_sdk(name: str) -> None:
    snapshot = load_scenario(name)
    vm_id = snapshot["simulation"]["focusVm"]
    observed = diagnose_in_simulator(snapshot, vm_id)
    check_story(name, observed.run, STORIES[name])
    collected = observed.run.collected
    # calls are counted honestly: one per HTTP request the simulator saw
    assert collected.calls == len(observed.operations)
    if name == "reader-only":  # Reader may not call Azure's computed views (POST actions): 403, reported
        assert {m.reason for m in collected.missing} == {"forbidden"}
        assert sorted(m.resource_id.lower().endswith(_VIEWS) for m in collected.missing) == [True] * 3
    else:
        assert collected.missing == []
    # VM → effective routes (POST, two status polls, result) is the longest chain for a running VM
    assert 3 <= collected.depth <= 5
    # the VM's region decides the destination: regional tag when the data has it
    assert observed.run.diagnosis.destination_tag.startswith("AzureAttestation")


def test_demo_tenant_tells_every_story() -> None:
    """The merged demo tenant: each scenario's focus VM still gets its own story (shared hubs included)."""
    demo = load_scenario("demo")
    focus: dict[str, str] = demo["simulation"]["scenarios"]
    assert set(focus) == set(FILE_SCENARIOS) - {"reader-only"}
    for name, vm_id in sorted(focus.items()):
        check_story(name, diagnose_in_simulator(demo, vm_id).run, STORIES[name])


def test_large_tenant_diagnoses_a_vm() -> None:
    tenant = load_scenario("large-tenant")
    vm = next(r for r in tenant["resources"] if r["type"] == "Microsoft.Compute/virtualMachines")
    observed = diagnose_in_simulator(tenant, vm["id"])
    d = observed.run.diagnosis
    assert d.vm_name == vm["name"]
    assert d.verdict in set(Verdict)
    assert [v.layer for v in d.layers][:4] == [Layer.AVNM, Layer.NIC_NSG, Layer.SUBNET_NSG, Layer.ROUTE]
    assert observed.run.collected.calls == len(observed.operations)
