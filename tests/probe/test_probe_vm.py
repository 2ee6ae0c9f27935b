"""probe_vm through the real async SDK against the simulated Azure, every probe scenario, in both languages."""

from __future__ import annotations

import argparse
import ast
import asyncio
import copy
import json
import string
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from core.azure.credentials import StaticTokenCredential
from core.azure.session import ArmSession, Endpoint
from core.diagnosis.model import Finding, Severity
from core.probe import ProbeOutcome, ProbeResult, probe_vm
from core.probe.permissions import RUN_COMMAND_ACTION, permits
from core.simulator import FaultKind, FaultRule, SimulatedAzure, SimulatorOptions, load_scenario

REPO = Path(__file__).resolve().parents[2]
PENDING = json.loads((REPO / "translations" / "pending" / "probe.json").read_text(encoding="utf-8"))

SCENARIOS = {
    "probe-healthy": ("PROBE_HEALTHY", "RunShellScript", "sharedsec.sec.attest.azure.net"),
    "probe-proxy": ("PROBE_PROXY_CONFIGURED", "RunShellScript", "sharedweu.weu.attest.azure.net"),
    "probe-dns-failure": ("PROBE_DNS_FAILURE", "RunPowerShellScript", "shareddewc.dewc.attest.azure.net"),
    "probe-tls-inspection": ("PROBE_TLS_INSPECTION", "RunShellScript", "sharedfrc.frc.attest.azure.net"),
    "probe-os-firewall": ("PROBE_OS_FIREWALL_BLOCK", "RunPowerShellScript", "sharedeus.eus.attest.azure.net"),
}


def simulate(
    snapshot: dict[str, Any],
    body: Callable[[ArmSession, SimulatedAzure], Awaitable[None]],
    options: SimulatorOptions | None = None,
) -> None:
    async def main() -> None:
        async with SimulatedAzure(snapshot, options=options) as sim:
            endpoint = Endpoint.simulated(sim.endpoint, sim.ca_path)
            async with ArmSession(endpoint, StaticTokenCredential()) as session:
                await body(session, sim)

    asyncio.run(main())


def probe(
    name: str, snapshot: dict[str, Any] | None = None, options: SimulatorOptions | None = None, **kwargs: Any
) -> tuple[ProbeResult, list[str]]:
    snapshot = snapshot if snapshot is not None else load_scenario(name)
    outcome: list[ProbeResult] = []
    operations: list[str] = []

    async def body(session: ArmSession, sim: SimulatedAzure) -> None:
        outcome.append(await probe_vm(session, snapshot["simulation"]["focusVm"], **kwargs))
        operations.extend(r.operation for r in sim.request_log)

    simulate(snapshot, body, options)
    return outcome[0], operations


def german(finding: Finding) -> str:
    return PENDING["Findings"][finding.message].format(**finding.args)


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_each_probe_scenario_yields_its_finding_in_english_and_german(name: str) -> None:
    code, command_id, host = SCENARIOS[name]
    result, operations = probe(name)
    assert result.outcome is ProbeOutcome.COMPLETED
    assert (result.command_id, result.host) == (command_id, host)
    assert result.codes == [code]
    assert result.report is not None and result.report.facts["host"] == host
    (finding,) = result.findings
    assert host in finding.render() or code == "PROBE_OS_FIREWALL_BLOCK"
    assert german(finding) != finding.render() and german(finding)
    assert "VirtualMachines_RunCommand" in operations
    assert result.has_problems is (code != "PROBE_HEALTHY")
    json.dumps(result.to_json())


def test_output_in_an_unknown_format_is_a_garbled_finding() -> None:
    snapshot = load_scenario("in-guest-proxy")
    settings = snapshot["simulation"]["vms"][snapshot["simulation"]["focusVm"]]
    # scripted for the probe's command as raw curl output, not the probe's format
    settings["runCommandOutput"] = {"RunShellScript": settings["runCommandOutput"]}
    result, _ = probe("in-guest-proxy", snapshot)
    assert result.outcome is ProbeOutcome.COMPLETED
    assert result.codes == ["PROBE_OUTPUT_GARBLED"]
    assert result.stdout.startswith("http_proxy=")


def test_explicit_host_is_used_and_invalid_hosts_are_refused() -> None:
    result, _ = probe("probe-healthy", host="contoso.weu.attest.azure.net")
    assert result.host == "contoso.weu.attest.azure.net"
    with pytest.raises(ValueError, match="not a valid host name"):
        probe("probe-healthy", host="x'; rm -rf /; '")


def test_reader_cannot_run_commands_and_is_told_which_role_to_ask_for() -> None:
    result, operations = probe("reader-only")
    assert result.outcome is ProbeOutcome.NOT_ATTEMPTED
    (finding,) = result.findings
    assert finding.code == "PROBE_NO_PERMISSION" and finding.severity is Severity.ERROR
    assert finding.args == {"action": RUN_COMMAND_ACTION, "role": "Virtual Machine Contributor"}
    assert "Virtual Machine Contributor" in german(finding)
    assert result.evidence["source"] == "permissions-api"
    assert "VirtualMachines_RunCommand" not in operations


def test_without_the_permissions_api_run_commands_403_is_the_answer() -> None:
    options = SimulatorOptions(faults=[FaultRule(operation="Permissions_List", status=404)])
    result, operations = probe("reader-only", options=options)
    assert result.codes == ["PROBE_NO_PERMISSION"]
    assert result.evidence["source"] == "run-command" and "AuthorizationFailed" in result.evidence["detail"]
    assert "VirtualMachines_RunCommand" in operations


def test_failed_run_command_is_a_finding_not_a_crash() -> None:
    fault = FaultRule(
        operation="VirtualMachines_RunCommand", kind=FaultKind.LRO_FAILED, code="Conflict", message="busy"
    )
    result, _ = probe("probe-healthy", options=SimulatorOptions(faults=[fault]))
    assert result.outcome is ProbeOutcome.FAILED and result.codes == ["PROBE_RUN_COMMAND_FAILED"]
    assert "busy" in result.findings[0].args["detail"]


def test_stopped_vm_is_explained_without_running_anything() -> None:
    snapshot = load_scenario("probe-healthy")
    vm = next(r for r in snapshot["resources"] if r["type"] == "Microsoft.Compute/virtualMachines")
    statuses = vm["properties"]["instanceView"]["statuses"]
    statuses[:] = [s for s in statuses if not s["code"].startswith("PowerState/")]
    statuses.append({"code": "PowerState/deallocated", "level": "Info", "displayStatus": "VM deallocated"})
    result, operations = probe("probe-healthy", snapshot)
    assert result.codes == ["PROBE_VM_NOT_RUNNING"] and result.findings[0].args == {"state": "deallocated"}
    assert "VirtualMachines_RunCommand" not in operations


def test_agent_not_ready_is_explained_without_running_anything() -> None:
    snapshot = copy.deepcopy(load_scenario("probe-healthy"))
    vm = next(r for r in snapshot["resources"] if r["type"] == "Microsoft.Compute/virtualMachines")
    vm["properties"]["instanceView"]["vmAgent"]["statuses"] = [
        {"code": "ProvisioningState/Unavailable", "level": "Warning", "displayStatus": "Not Ready"}
    ]
    result, operations = probe("probe-healthy", snapshot)
    assert result.codes == ["PROBE_AGENT_NOT_READY"] and result.findings[0].args == {"status": "Not Ready"}
    assert "VirtualMachines_RunCommand" not in operations


def test_probe_can_be_cancelled_while_run_command_is_pending() -> None:
    snapshot = load_scenario("probe-healthy")

    async def body(session: ArmSession, sim: SimulatedAzure) -> None:
        task = asyncio.create_task(probe_vm(session, snapshot["simulation"]["focusVm"]))
        for _ in range(500):  # until the run command is accepted and being polled
            if any(r.operation == "VirtualMachines_RunCommand" for r in sim.request_log):
                break
            await asyncio.sleep(0.01)
        assert not task.done()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    simulate(snapshot, body, SimulatorOptions(lro_polls=50, lro_retry_after=0.2))


def test_permissions_rule_matches_arm() -> None:
    vm_contributor = [{"actions": ["*/read", "Microsoft.Compute/virtualMachines/*"], "notActions": []}]
    assert permits(vm_contributor, RUN_COMMAND_ACTION)
    assert not permits([{"actions": ["*/read"], "notActions": []}], RUN_COMMAND_ACTION)
    taken = [{"actions": ["*"], "notActions": ["Microsoft.Compute/virtualMachines/runCommand/*"]}]
    assert not permits(taken, RUN_COMMAND_ACTION)
    assert permits([*taken, {"actions": ["microsoft.compute/*"]}], RUN_COMMAND_ACTION)


def test_cli_prints_json_and_exits_with_findings(capsys: pytest.CaptureFixture[str]) -> None:
    from core.cli import probe as probe_cli

    parser = argparse.ArgumentParser(prog="boot-integrity")
    probe_cli.register(parser.add_subparsers())
    path = REPO / "resources" / "scenarios" / "probe-tls-inspection.json"
    vm = json.loads(path.read_text(encoding="utf-8"))["simulation"]["focusVm"]
    args = parser.parse_args(["probe", "--vm", vm, "--snapshot", str(path), "--json"])
    assert args.func(args) == 1
    out = json.loads(capsys.readouterr().out)
    assert [f["code"] for f in out["findings"]] == ["PROBE_TLS_INSPECTION"] and out["outcome"] == "completed"
    args = parser.parse_args(
        [
            "probe",
            "--vm",
            vm,
            "--snapshot",
            str(path),
            "--host",
            "bad host",
        ]
    )
    assert args.func(args) == 2
    assert "--host 'bad host' is not a host name" in capsys.readouterr().err


# --- translations -------------------------------------------------------------------------------------------


def _marked() -> set[tuple[str, str]]:
    found = set()
    for path in sorted((REPO / "core" / "probe").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                context, source = (arg.value for arg in node.args)  # type: ignore[attr-defined]
                found.add((context, source))
    return found


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_marked_string_has_german_with_the_same_placeholders_and_no_stale_entries() -> None:
    marked = _marked()
    assert len(marked) > 25
    for context, source in marked:
        translated = PENDING[context][source]
        assert translated and translated != source
        assert _fields(translated) == _fields(source), source
    listed = {(c, s) for c, texts in PENDING.items() if c != "Scenarios" for s in texts}
    assert listed == marked


def test_every_probe_scenario_story_proposed_for_the_integrator_has_german() -> None:
    stories = PENDING["Scenarios"]
    assert len(stories) == 2 * len(SCENARIOS)
    for english, translated in stories.items():
        assert translated and translated != english
    doc = (REPO / "docs" / "probe.md").read_text(encoding="utf-8")
    assert all(english in doc for english in stories)
