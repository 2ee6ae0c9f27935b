"""Shared causes (pure, over ARM JSON) and the fleet apply's limits (real SDK against the simulator)."""

from __future__ import annotations

import asyncio
import copy
import dataclasses
from typing import Any

import pytest

from core.changes.run import ChangeRun
from core.diagnosis.model import BlockerKind
from core.diagnosis.resource_index import ResourceIndex
from core.fleet.apply import FleetApplier, TokenBucket
from core.fleet.causes import shared_causes
from core.fleet.graph import Scope
from core.fleet.model import FleetVm, MachineKind
from core.fleet.plan import FleetGoal, Selection
from core.fleet.report import report_csv, report_html
from core.fleet.status import FleetStatus
from core.fleet.usecase import analyse
from core.simulator import FaultRule, SimulatorOptions
from core.simulator.builders import TenantBuilder
from core.simulator.fleet_tenant import fleet_tenant
from tests.fleet.conftest import simulated

SUB = "11111111-2222-3333-4444-555555555555"


def _vm(name: str, ip: str, subnet: str, nic_nsg: str | None = None) -> FleetVm:
    vm_id = f"/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/{name}"
    return FleetVm(
        id=vm_id, name=name, kind=MachineKind.VM, subscription_id=SUB, resource_group="rg", location="westeurope",
        os_type="Linux", security_type="TrustedLaunch", secure_boot=True, vtpm=True, power_state="running",
        extension_name="GuestAttestation", extension_state="Failed", defender=None, status=FleetStatus.FAILED,
        nic_id=f"{vm_id}-nic", subnet_id=subnet, private_ip=ip, nic_nsg_id=nic_nsg,
    )  # fmt: skip


def _index(rules: list[tuple[Any, ...]]) -> tuple[ResourceIndex, str, str]:
    b = TenantBuilder(SUB, "rg", "westeurope")
    nsg = b.nsg("nsg-app", rules)
    vnet = b.vnet("vnet", "10.9.0.0/16", [("snet-app", "10.9.1.0/24", nsg, None)])
    from core.diagnosis.tag_source import bundled_tags

    assert bundled_tags("AzureCloud") is not None
    return ResourceIndex(b.resources), f"{vnet}/subnets/snet-app", nsg


DENY = ("Deny-Internet-Outbound", 4000, "Outbound", "Deny", "Internet", "*")
CASES = [
    # (rules of the subnet NSG, expected contexts, expected blocked VMs of the cause on the NSG)
    ([DENY], 1, 5),
    # a rule that lets one VM's address through splits that VM into a context of its own
    ([DENY, ("Allow-One", 300, "Outbound", "Allow", "AzureCloud", "443", "Tcp", "10.9.1.6")], 2, 4),
    # a rule for a prefix containing every VM changes nothing about the grouping
    ([DENY, ("Allow-Subnet-Http", 300, "Outbound", "Allow", "Internet", "80", "Tcp", "10.9.1.0/24")], 1, 5),
    ([], 1, 0),
]


@pytest.mark.parametrize(("rules", "contexts", "blocked"), CASES)
def test_each_network_context_is_evaluated_once(rules: list[tuple[Any, ...]], contexts: int, blocked: int) -> None:
    index, subnet, nsg = _index(rules)
    vms = [_vm(f"vm-{i}", f"10.9.1.{i}", subnet) for i in range(4, 9)]
    report = shared_causes(vms, index)
    assert report.evaluated == contexts
    on_nsg = [c for c in report.causes if c.blocker.kind is BlockerKind.NSG and c.blocker.resource_id == nsg]
    assert sum(c.count for c in on_nsg) == blocked
    if blocked:
        assert on_nsg[0].render() == f"NSG nsg-app on subnet vnet/snet-app blocks {blocked} VM(s)"
    else:
        assert sum(len(c.vms) for c in report.allowed) == 5


def test_shared_causes_of_the_large_tenant_evaluate_contexts_not_vms() -> None:
    fleet = fleet_tenant(30, 1000)

    async def body() -> None:
        async with simulated(fleet.snapshot) as (_, session):
            analysis = await analyse(session, Scope(), Selection(), FleetGoal.FIX)
            attention = [v for v in analysis.scan.vms if v.status in (FleetStatus.FAILED, FleetStatus.NOT_INSTALLED)]
            attention = [v for v in attention if v.kind is MachineKind.VM]
            assert analysis.causes.evaluated < len(attention) / 5
            blocked = {v.lower() for c in analysis.causes.causes for v in c.vm_ids}
            generated_failed = {k for k, s in fleet.statuses.items() if s is FleetStatus.FAILED}
            # every VM the tenant blocked on purpose is found behind a cause (some failures are not the network)
            assert len(blocked & generated_failed) > 0.8 * len(generated_failed)
            # one operation per blocking resource, never one per VM
            targets = [op.permission_scope.lower() for op in analysis.fleet_plan.plan.operations]
            assert len(targets) == len(set(targets))
            assert len(analysis.fleet_plan.plan.operations) < len(analysis.causes.causes) + 1

    asyncio.run(body())


def test_token_bucket_never_spends_faster_than_it_refills() -> None:
    now = [0.0]
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:  # injected: asyncio.sleep stays untouched for other threads
        slept.append(seconds)
        now[0] += seconds

    async def body() -> None:
        bucket = TokenBucket(capacity=2, rate=10, clock=lambda: now[0], sleep=fake_sleep)
        for _ in range(4):
            await bucket.take()

    asyncio.run(body())
    assert now[0] == pytest.approx(0.2)  # two from the bucket, two refilled at 10 per second


def test_parallelism_is_bounded_and_429_retry_after_is_respected(monkeypatch: pytest.MonkeyPatch) -> None:
    fleet = fleet_tenant(2, 70, seed=5, scale_sets=False)
    snapshot = copy.deepcopy(fleet.snapshot)
    options = SimulatorOptions(
        latency_ms=15,
        faults=[FaultRule(operation="VirtualMachineExtensions_CreateOrUpdate", status=429, retry_after=0.3, nth=3)],
    )
    running = [0]
    peak = [0]
    original = ChangeRun.execute

    async def counted(self: ChangeRun[Any]) -> Any:
        running[0] += 1
        peak[0] = max(peak[0], running[0])
        try:
            return await original(self)
        finally:
            running[0] -= 1

    monkeypatch.setattr(ChangeRun, "execute", counted)

    async def body() -> None:
        async with simulated(snapshot, options) as (sim, session):
            selection = Selection(vm_ids=frozenset(v.lower() for v in fleet.blocked_subnet_vms))
            analysis = await analyse(session, Scope(), selection, FleetGoal.ENABLE)
            plan = analysis.fleet_plan
            report = await FleetApplier(session, max_parallel=3).apply(
                plan.plan, plan.serves, permissions=analysis.permissions
            )
            assert report.ok, report.to_json(plan.serves)
            puts = [r for r in sim.request_log if r.operation == "VirtualMachineExtensions_CreateOrUpdate"]
            assert [r.status for r in puts].count(429) == 1 and len(puts) == 41  # retried after Retry-After
            assert peak[0] == 3

    asyncio.run(body())


def test_reports_escape_and_defuse_what_came_from_azure() -> None:
    index, subnet, _ = _index([DENY])
    # A name Azure never allows in an id (the validation would make the VM's path unknown), so the hostile text
    # is only the displayed name; the diagnosis runs on the VM as Azure has it.
    real = _vm("vm-app-1", "10.9.1.4", subnet)
    vm = dataclasses.replace(real, name='=HYPERLINK("http://x")<b>')
    csv_text = report_csv([vm])
    assert "'=HYPERLINK" in csv_text and csv_text.splitlines()[0].startswith("id,name,kind")
    html_text = report_html([vm], shared_causes([real], index))
    assert "<b>" not in html_text
    assert "&lt;b&gt;" in html_text and "<svg" in html_text and "blocks 1 VM(s)" in html_text
    # API values appear by their display names (issue 19): "Trusted Launch", "Failed" from the mapping, not raw.
    assert "<td>Trusted Launch</td>" in html_text and ">TrustedLaunch<" not in html_text
    assert "overflow-wrap:anywhere" in html_text  # long resource IDs wrap instead of running off the page


def test_admin_rule_and_missing_outbound_causes_are_named_as_what_they_are() -> None:
    from core.diagnosis.model import Blocker, BlockerKind
    from core.fleet.causes import SharedCause

    subnet = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-db/subnets/snet"
    rule_id = (
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkManagers/nm-contoso"
        "/securityAdminConfigurations/c/ruleCollections/rc/rules/Deny-Egress"
    )
    avnm = SharedCause(Blocker(BlockerKind.AVNM, rule_id, "Deny-Egress", 200, None), ["a", "b"], [subnet])
    outbound = SharedCause(Blocker(BlockerKind.OUTBOUND, subnet, None, None, "subnet"), ["c"], [subnet])
    expected = "Security admin rule Deny-Egress of Virtual Network Manager nm-contoso blocks 2 VM(s) in vnet-db/snet"
    assert avnm.render() == expected
    assert outbound.render() == "Subnet vnet-db/snet has no way out to the internet for 1 VM(s)"
