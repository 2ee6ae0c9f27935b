"""Fault injection (429 + Retry-After, 500/503, connection reset, failed LROs), permissions, the background
runner and the simulate CLI."""

from __future__ import annotations

import argparse
import json
import threading
import time
from pathlib import Path

import pytest
from azure.core.exceptions import HttpResponseError
from azure.mgmt.compute import models as cm

from core.cli.simulate import register, run
from core.simulator import FaultKind, FaultRule, SimulatorOptions, load_scenario, scenario_names
from core.simulator.background import BackgroundSimulator
from tests.simulator.conftest import DEV, PROD, Env, run_sim


def test_429_with_retry_after_is_retried_by_the_sdk() -> None:
    async def body(env: Env) -> None:
        compute = env.compute(PROD)
        started = time.monotonic()
        vm = await compute.virtual_machines.get("rg-healthy", "vm-web-01")
        elapsed = time.monotonic() - started
        assert vm.name == "vm-web-01"
        statuses = [r.status for r in env.sim.request_log]
        assert statuses == [429, 429, 200]
        assert elapsed >= 0.2  # two Retry-After: 0.1 honoured

    faults = [FaultRule(operation="VirtualMachines_Get", status=429, retry_after=0.1, times=2)]
    run_sim(body, options=SimulatorOptions(faults=faults))


def test_endless_503_surfaces_after_retry_total() -> None:
    async def body(env: Env) -> None:
        compute = env.compute(PROD, retry_total=2)
        with pytest.raises(HttpResponseError) as failed:
            await compute.virtual_machines.get("rg-healthy", "vm-web-01")
        assert failed.value.status_code == 503
        assert failed.value.error.code == "ServiceUnavailable"
        assert len(env.sim.request_log) == 3

    faults = [FaultRule(operation="VirtualMachines_*", status=503, retry_after=0.01)]
    run_sim(body, options=SimulatorOptions(faults=faults))


def test_nth_call_fails_deterministically_and_500_is_retried() -> None:
    async def body(env: Env) -> None:
        compute = env.compute(PROD, retry_backoff_factor=0.01)
        for _ in range(3):
            await compute.virtual_machines.get("rg-healthy", "vm-web-01")
        assert [r.status for r in env.sim.request_log] == [200, 500, 200, 200]

    faults = [FaultRule(operation="VirtualMachines_Get", status=500, nth=2)]
    run_sim(body, options=SimulatorOptions(faults=faults))


def test_connection_reset_is_retried() -> None:
    async def body(env: Env) -> None:
        compute = env.compute(PROD, retry_backoff_factor=0.01)
        vm = await compute.virtual_machines.get("rg-healthy", "vm-web-01")
        assert vm.name == "vm-web-01"
        assert [r.status for r in env.sim.request_log] == [0, 200]

    run_sim(
        body, options=SimulatorOptions(faults=[FaultRule(operation="VirtualMachines_Get", kind=FaultKind.RESET, nth=1)])
    )


def test_lro_failed_fault_ends_the_operation_failed() -> None:
    async def body(env: Env) -> None:
        poller = await env.compute(DEV).virtual_machines.begin_run_command(
            "rg-proxy", "vm-lnx-14", cm.RunCommandInput(command_id="RunShellScript", script=["true"])
        )
        with pytest.raises(HttpResponseError) as failed:
            await poller.result()
        assert failed.value.error.code == "Conflict"

    faults = [
        FaultRule(operation="VirtualMachines_RunCommand", kind=FaultKind.LRO_FAILED, code="Conflict", message="busy")
    ]
    run_sim(body, options=SimulatorOptions(faults=faults))


def test_latency_is_added_per_call() -> None:
    async def body(env: Env) -> None:
        compute = env.compute(PROD)
        started = time.monotonic()
        await compute.virtual_machines.get("rg-healthy", "vm-web-01")
        assert time.monotonic() - started >= 0.05

    run_sim(body, options=SimulatorOptions(latency_ms=60, jitter_ms=5))


def test_reader_principal_reads_but_writes_fail_with_authorization_failed() -> None:
    async def body(env: Env) -> None:
        compute = env.compute(PROD)
        vm = await compute.virtual_machines.get("rg-reader", "vm-web-15")
        assert vm.name == "vm-web-15"
        ext = cm.VirtualMachineExtension(
            location="westeurope",
            properties=cm.VirtualMachineExtensionProperties(
                publisher="Microsoft.Azure.Security.WindowsAttestation",
                type="GuestAttestation",
                type_handler_version="1.0",
            ),
        )
        with pytest.raises(HttpResponseError) as denied:
            await compute.virtual_machine_extensions.begin_create_or_update(
                "rg-reader", "vm-web-15", "GuestAttestation", ext
            )
        assert denied.value.status_code == 403
        assert denied.value.error.code == "AuthorizationFailed"
        assert "'Microsoft.Compute/virtualMachines/extensions/write'" in denied.value.error.message
        assert "trainee@contoso.com" in denied.value.error.message
        network = env.network(PROD)
        with pytest.raises(HttpResponseError) as effective:
            await network.network_interfaces.begin_list_effective_network_security_groups("rg-reader", "nic-vm-web-15")
        assert effective.value.error.code == "AuthorizationFailed"

    run_sim(body, snapshot=load_scenario("reader-only"))


def test_background_simulator_serves_from_a_thread_and_exports_state() -> None:
    with BackgroundSimulator(load_scenario("healthy")) as sim:
        assert sim.endpoint.startswith("https://127.0.0.1:")
        assert sim.ca_path.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
        assert sim.subscription_ids() == [PROD]
        snapshot = sim.export_snapshot()
        ca_path = sim.ca_path
    assert any(r["name"] == "vm-web-01" for r in snapshot["resources"])
    assert not ca_path.exists()  # the per-run CA is removed on stop


def test_simulate_cli_prints_one_json_line_and_saves_the_snapshot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = argparse.ArgumentParser(prog="boot-integrity")
    register(parser.add_subparsers())
    out = tmp_path / "final.json"
    args = parser.parse_args(["simulate", "--scenario", "vtpm-off", "--save-snapshot", str(out)])
    stop = threading.Event()
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(run(args, stop_event=stop)))
    worker.start()
    deadline = time.monotonic() + 10
    while not capsys.readouterr().out and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()
    worker.join()
    assert result == [0]
    assert json.loads(out.read_text(encoding="utf-8"))["resources"]


def test_simulate_cli_start_line_and_bad_snapshot(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser(prog="boot-integrity")
    register(parser.add_subparsers())
    stop = threading.Event()
    stop.set()  # serve, print, stop at once
    assert run(parser.parse_args(["simulate", "--scenario", "healthy"]), stop_event=stop) == 0
    line = json.loads(capsys.readouterr().out.strip())
    assert line["endpoint"].startswith("https://127.0.0.1:") and line["ca"].endswith(".pem")
    assert line["subscriptions"] == [PROD]
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert run(parser.parse_args(["simulate", "--snapshot", str(bad)])) == 2
    assert "bad.json: not valid JSON" in capsys.readouterr().err


@pytest.mark.parametrize("name", [n for n in scenario_names() if n != "large-tenant"])
def test_every_scenario_starts_and_lists_its_subscriptions(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser(prog="boot-integrity")
    register(parser.add_subparsers())
    stop = threading.Event()
    stop.set()
    assert run(parser.parse_args(["simulate", "--scenario", name]), stop_event=stop) == 0
    assert json.loads(capsys.readouterr().out)["subscriptions"]
