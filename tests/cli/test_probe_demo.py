"""`probe --demo` answers every demo VM with what its story says (issue 13, item 4)."""

from __future__ import annotations

import asyncio
from typing import Any

from core.diagnosis.model import Verdict
from core.probe import ProbeOutcome, ProbeResult, probe_vm
from core.simulator.scenarios import demo_tenant, load_scenario
from core.tenant import TenantConnector
from core.usecases.diagnose import diagnose_vm

# The five probe scenarios script their VM's output; their codes are what those scripts show.
SCRIPTED = {
    "probe-healthy": "PROBE_HEALTHY",
    "probe-proxy": "PROBE_PROXY_CONFIGURED",
    "probe-dns-failure": "PROBE_DNS_FAILURE",
    "probe-tls-inspection": "PROBE_TLS_INSPECTION",
    "probe-os-firewall": "PROBE_OS_FIREWALL_BLOCK",
}


VM_TYPE = "microsoft.compute/virtualmachines"


def _probe_all(snapshot: dict[str, Any]) -> dict[str, tuple[ProbeResult, Verdict]]:
    vms = [r["id"] for r in snapshot["resources"] if r["type"].lower() == "microsoft.compute/virtualmachines"]

    async def main() -> dict[str, tuple[ProbeResult, Verdict]]:
        connector = TenantConnector(lambda: snapshot)
        session = await connector.open_simulated()
        try:
            found = {}
            for vm in vms:
                verdict = (await diagnose_vm(session, vm)).diagnosis.verdict
                found[vm] = (await probe_vm(session, vm), verdict)
            return found
        finally:
            await connector.close()

    return asyncio.run(main())


def test_every_demo_vm_gets_a_probe_result_that_matches_its_story() -> None:
    snapshot = demo_tenant()
    settings = snapshot["simulation"]["vms"]
    focus = {load_scenario(name)["simulation"]["focusVm"].lower(): code for name, code in SCRIPTED.items()}
    results = _probe_all(snapshot)
    assert len(results) == sum(r["type"].lower() == VM_TYPE for r in snapshot["resources"]) >= 21
    for vm, (result, verdict) in results.items():
        story = next((v for k, v in settings.items() if k.lower() == vm.lower()), {})
        if vm.lower() in focus:
            expected = focus[vm.lower()]
        elif story.get("inGuestProxy"):
            expected = "PROBE_PROXY_CONFIGURED"
        elif verdict in (Verdict.BLOCKED, Verdict.PARTIAL) or story.get("networkBlocked"):
            expected = "PROBE_TCP_BLOCKED"
        else:
            expected = "PROBE_HEALTHY"
        assert result.outcome is ProbeOutcome.COMPLETED, vm
        assert result.codes == [expected], vm
        assert result.report is not None and result.report.facts["host"] == result.host


def test_the_in_guest_proxy_vm_reports_its_proxy() -> None:
    snapshot = load_scenario("in-guest-proxy")
    ((result, verdict),) = _probe_all(snapshot).values()
    assert verdict is Verdict.ALLOWED  # the network allows it: only the guest can tell
    assert result.codes == ["PROBE_PROXY_CONFIGURED"]
    assert result.report is not None
    assert any("proxy.contoso.local" in s for s in result.report.checks["proxy"].all("source"))
