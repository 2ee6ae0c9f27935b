"""The Linux probe script, executed for real with dash against local stand-ins, and its output parsed.

Tools the tests need on the machine: dash (or another POSIX sh at /bin/sh), bash, curl, openssl, getent, timeout,
awk/sed/grep. Real iptables/nft are hidden from the script (a toolbox PATH) so results do not depend on the host
firewall; fake ones print canned rule listings instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.diagnosis.model import Severity
from core.probe import ScriptKind, findings_from_report, parse_probe_output, render_script
from core.probe.output import CheckStatus
from core.resources import resource_path
from tests.probe.servers import Servers, closed_port

HOST = "sharedweu.weu.attest.azure.net"
SHELL = shutil.which("dash") or "/bin/sh"
# Harmless candidates: an invalid-state drop and a reject limited to other destinations.
IPTABLES_OK = (
    "-P INPUT ACCEPT\n-P OUTPUT ACCEPT\n-A OUTPUT -m state --state INVALID -j DROP\n-A OUTPUT -d 10.0.0.0/8 -j REJECT"
)
HIDDEN = {"iptables", "iptables-legacy", "iptables-nft", "nft", "firewall-cmd", "openssl", "curl", "wget", "bash"}


@dataclass
class Run:
    stdout: str
    seconds: float

    @property
    def report(self):  # type: ignore[no-untyped-def]
        return parse_probe_output(self.stdout)

    def codes(self, host: str = HOST) -> list[str]:
        return [f.code for f in findings_from_report(self.report, host)]


def toolbox(tmp_path: Path, *, without: set[str] = frozenset(), fakes: dict[str, str] | None = None) -> Path:
    """A PATH directory with links to the usual tools, minus firewall tools and ``without``, plus fake scripts."""
    fakes = {"iptables": IPTABLES_OK} if fakes is None else fakes
    box = tmp_path / "bin"
    box.mkdir()
    for directory in ("/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin"):
        for tool in Path(directory).glob("*"):
            if tool.name in HIDDEN or (box / tool.name).exists():
                continue
            (box / tool.name).symlink_to(tool)
    for name in HIDDEN - without - {"iptables", "iptables-legacy", "iptables-nft", "nft", "firewall-cmd"}:
        found = shutil.which(name)
        if found:
            (box / name).symlink_to(found)
    for name, body in (fakes or {}).items():
        fake = box / name
        fake.write_text(f"#!/bin/sh\ncat <<'RULES'\n{body}\nRULES\n", encoding="utf-8")
        fake.chmod(0o755)
    return box


def run_probe(tmp_path: Path, env: dict[str, str], *, host: str = HOST, script: str | None = None) -> Run:
    text = script if script is not None else render_script(ScriptKind.LINUX, host)
    path = tmp_path / "probe.sh"
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    done = subprocess.run([SHELL, str(path)], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return Run(done.stdout, time.monotonic() - started)


@dataclass
class Guest:
    """A simulated guest: fake /etc, hosts map, tools, and the local endpoints it should reach."""

    tmp_path: Path
    servers: Servers
    organization: str = "Microsoft Corporation"
    resolvable: bool = True

    def __post_init__(self) -> None:
        self.root = self.tmp_path / "root"
        (self.root / "etc" / "profile.d").mkdir(parents=True)
        (self.root / "etc" / "resolv.conf").write_text("nameserver 10.0.0.10\nnameserver 10.0.0.11\n", encoding="utf-8")
        self.hosts = self.tmp_path / "hosts"
        self.hosts.write_text(f"127.0.0.1 localhost\n{'127.0.0.1 ' + HOST if self.resolvable else ''}\n")
        self.port = self.servers.tls(HOST, self.organization)
        self.imds_port = self.servers.imds()
        self.ws_ports = (self.servers.accepting(), self.servers.accepting())

    def env(self, path: Path, **extra: str) -> dict[str, str]:
        return {
            "PATH": str(path),
            "BIW_PROBE_ROOT": str(self.root),
            "BIW_PROBE_HOSTS_FILE": str(self.hosts),
            "BIW_PROBE_PORT": str(self.port),
            "BIW_PROBE_IMDS": f"127.0.0.1:{self.imds_port}",
            "BIW_PROBE_WIRESERVER": "127.0.0.1",
            "BIW_PROBE_WS_HTTP_PORT": str(self.ws_ports[0]),
            "BIW_PROBE_WS_AGENT_PORT": str(self.ws_ports[1]),
            **extra,
        }


def test_healthy_guest_passes_every_check_within_the_time_bound(tmp_path: Path) -> None:
    with Servers() as servers:
        guest = Guest(tmp_path, servers)
        run = run_probe(tmp_path, guest.env(toolbox(tmp_path)))
    report = run.report
    assert report.complete, run.stdout
    assert {name: c.status for name, c in report.checks.items()} == {
        "dns": CheckStatus.OK,
        "tcp": CheckStatus.OK,
        "tls": CheckStatus.OK,
        "proxy": CheckStatus.OK,
        "proxy_connect": CheckStatus.SKIP,
        "imds": CheckStatus.OK,
        "wireserver": CheckStatus.OK,
        "firewall": CheckStatus.FAIL,  # candidates listed; the wizard sees they do not block (TCP worked)
    }
    assert "O=Microsoft Corporation" in (report.checks["tls"].get("issuer") or "")
    assert report.checks["dns"].get("servers") == "10.0.0.10 10.0.0.11"
    assert run.codes() == ["PROBE_HEALTHY"]
    assert run.seconds < 20
    assert len(run.stdout.encode()) < 4096  # Run Command keeps only the last 4 KB


def test_tls_inspection_by_a_corporate_ca_is_named(tmp_path: Path) -> None:
    with Servers() as servers:
        guest = Guest(tmp_path, servers, organization="Contoso Outbound Inspection")
        run = run_probe(tmp_path, guest.env(toolbox(tmp_path)))
    findings = findings_from_report(run.report, HOST)
    assert [f.code for f in findings] == ["PROBE_TLS_INSPECTION"]
    assert "Contoso Outbound Inspection" in findings[0].args["issuer"]
    assert findings[0].severity is Severity.ERROR


def test_proxy_that_refuses_connect_is_reported_without_its_password(tmp_path: Path) -> None:
    with Servers() as servers:
        guest = Guest(tmp_path, servers)
        proxy = f"http://helpdesk:s3cret@127.0.0.1:{servers.denying_proxy()}"
        (guest.root / "etc" / "waagent.conf").write_text("HttpProxy.Host=10.9.9.9\nHttpProxy.Port=3128\n")
        (guest.root / "etc" / "profile.d" / "proxy.sh").write_text(f"export https_proxy={proxy}\n")
        run = run_probe(tmp_path, guest.env(toolbox(tmp_path), https_proxy=proxy, no_proxy="localhost"))
    assert "s3cret" not in run.stdout
    proxy_check = run.report.checks["proxy"]
    assert proxy_check.status is CheckStatus.FAIL
    assert any(s.startswith("waagent.conf: HttpProxy 10.9.9.9 3128") for s in proxy_check.all("source"))
    assert any(s.startswith("/etc/profile.d/proxy.sh:") for s in proxy_check.all("source"))
    findings = findings_from_report(run.report, HOST)
    assert [f.code for f in findings] == ["PROBE_PROXY_CONFIGURED"]
    assert findings[0].severity is Severity.ERROR and "403" in findings[0].args["detail"]


def test_closed_port_is_a_blocked_path_or_an_os_firewall_rule(tmp_path: Path) -> None:
    with Servers() as servers:
        guest = Guest(tmp_path, servers)
        blocked = guest.env(toolbox(tmp_path), BIW_PROBE_PORT=str(closed_port()))
        assert run_probe(tmp_path, blocked).codes() == ["PROBE_TCP_BLOCKED"]
        rule = "-A OUTPUT -p tcp -m tcp --dport 443 -j REJECT --reject-with icmp-port-unreachable"
        (tmp_path / "bin2").mkdir()
        box = toolbox(tmp_path / "bin2", fakes={"iptables": f"-P OUTPUT ACCEPT\n{rule}"})
        run = run_probe(tmp_path, {**blocked, "PATH": str(box)})
    findings = findings_from_report(run.report, HOST)
    assert [f.code for f in findings] == ["PROBE_OS_FIREWALL_BLOCK"]
    assert findings[0].args["rule"] == rule


def test_nft_output_chain_drop_is_found(tmp_path: Path) -> None:
    ruleset = (
        "table inet filter {\n\tchain input {\n\t\ttype filter hook input priority filter; policy accept;\n"
        "\t\ttcp dport 443 drop\n\t}\n\tchain output {\n\t\ttype filter hook output priority filter; policy accept;\n"
        "\t\tct state invalid drop\n\t\tip daddr 127.0.0.0/8 tcp dport 443 drop\n\t}\n}"
    )
    with Servers() as servers:
        guest = Guest(tmp_path, servers)
        env = guest.env(toolbox(tmp_path, fakes={"nft": ruleset}), BIW_PROBE_PORT=str(closed_port()))
        run = run_probe(tmp_path, env)
    firewall = run.report.checks["firewall"]
    assert firewall.all("rule") == ("ct state invalid drop", "ip daddr 127.0.0.0/8 tcp dport 443 drop")
    findings = findings_from_report(run.report, HOST)
    assert [f.code for f in findings] == ["PROBE_OS_FIREWALL_BLOCK"]
    assert findings[0].args["rule"] == "ip daddr 127.0.0.0/8 tcp dport 443 drop"


def test_unresolvable_host_is_a_dns_failure_naming_the_dns_servers(tmp_path: Path) -> None:
    with Servers() as servers:
        guest = Guest(tmp_path, servers, resolvable=False)
        run = run_probe(tmp_path, guest.env(toolbox(tmp_path)))
    findings = findings_from_report(run.report, HOST)
    assert [f.code for f in findings] == ["PROBE_DNS_FAILURE"]
    assert findings[0].args == {"host": HOST, "servers": "10.0.0.10 10.0.0.11"}


def test_imds_and_wire_server_outages_are_reported_per_port(tmp_path: Path) -> None:
    with Servers() as servers:
        guest = Guest(tmp_path, servers)
        env = guest.env(
            toolbox(tmp_path), BIW_PROBE_IMDS=f"127.0.0.1:{closed_port()}", BIW_PROBE_WS_AGENT_PORT=str(closed_port())
        )
        run = run_probe(tmp_path, env)
    findings = {f.code: f for f in findings_from_report(run.report, HOST)}
    assert set(findings) == {"PROBE_IMDS_UNREACHABLE", "PROBE_WIRESERVER_UNREACHABLE"}
    assert findings["PROBE_IMDS_UNREACHABLE"].args == {"code": "000"}
    assert findings["PROBE_WIRESERVER_UNREACHABLE"].args == {"ports": "32526"}


def test_imds_without_the_metadata_header_would_fail(tmp_path: Path) -> None:
    """The stand-in really checks the header, so the healthy test proves the script sends it."""
    import urllib.request

    with Servers() as servers:
        port = servers.imds()
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/metadata/instance", timeout=5)
        refused.value.close()
    assert refused.value.code == 400


def test_without_openssl_and_firewall_tools_the_checks_are_skipped_not_failed(tmp_path: Path) -> None:
    with Servers() as servers:
        guest = Guest(tmp_path, servers)
        run = run_probe(tmp_path, guest.env(toolbox(tmp_path, without={"openssl"}, fakes={})))
    assert run.report.checks["tls"].status is CheckStatus.SKIP
    findings = findings_from_report(run.report, HOST)
    assert [(f.code, f.message) for f in findings] == [
        ("PROBE_CHECK_SKIPPED", findings[0].message),
        ("PROBE_CHECK_SKIPPED", findings[1].message),
    ]
    assert {f.args.get("reason") for f in findings} == {"openssl not found", "neither iptables nor nft found"}


def test_real_name_resolution_through_getent(tmp_path: Path) -> None:
    if not shutil.which("getent"):
        pytest.skip("getent (libc-bin) is not installed")
    with Servers() as servers:
        guest = Guest(tmp_path, servers)
        env = guest.env(toolbox(tmp_path))
        del env["BIW_PROBE_HOSTS_FILE"]
        run = run_probe(tmp_path, env, host="localhost")
    dns = run.report.checks["dns"]
    assert dns.status is CheckStatus.OK and "127.0.0.1" in (dns.get("addresses") or "").split()


def test_host_names_cannot_inject_shell_code(tmp_path: Path) -> None:
    for bad in ("x'; touch pwned; '", "a b", "$(id)", "-rf", "", "a..b"):
        with pytest.raises(ValueError):
            render_script(ScriptKind.LINUX, bad)
    # Even if a caller skipped the check, the script refuses a host that is not a plain name.
    template = resource_path("probe", "probe-linux.sh").read_text(encoding="utf-8")
    run = run_probe(tmp_path, {"PATH": os.environ["PATH"]}, script=template.replace("__BIW_HOST__", "a;b"))
    assert run.report.facts["error"] == "invalid host name"
    assert run.codes("a;b") == ["PROBE_SCRIPT_ERROR"]


def test_script_is_posix_sh() -> None:
    path = resource_path("probe", "probe-linux.sh")
    done = subprocess.run([SHELL, "-n", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    text = path.read_text(encoding="utf-8")
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert not re.search(r"\[\[ |\bfunction\b|\blocal\b|<<<|\$\{\w+//", code)  # common bashisms
    assert code.count("/dev/tcp") == 1 and "bash -c 'exec 3<>\"/dev/tcp/" in code  # only in an explicit bash
    assert text.count("__BIW_HOST__") == 1
