"""Parser and findings on the bundled fixtures (both scripts' formats), garbled input, and the PowerShell script."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.diagnosis.model import Severity
from core.probe import ScriptKind, findings_from_report, issuer_is_microsoft, parse_probe_output, render_script
from core.probe.output import Problem, run_command_streams
from core.resources import resource_path

FIXTURES = resource_path("probe", "fixtures")

EXPECTED = {
    "linux-healthy": ["PROBE_HEALTHY"],
    "linux-proxy": ["PROBE_PROXY_CONFIGURED"],
    "linux-tls-inspection": ["PROBE_TLS_INSPECTION"],
    "linux-os-firewall": ["PROBE_OS_FIREWALL_BLOCK"],
    "linux-dns-failure": ["PROBE_DNS_FAILURE"],
    "windows-healthy": ["PROBE_HEALTHY"],
    "windows-dns-failure": ["PROBE_DNS_FAILURE"],
    "windows-os-firewall": ["PROBE_OS_FIREWALL_BLOCK"],
    "windows-proxy": ["PROBE_PROXY_CONFIGURED"],
}


def fixture(name: str) -> str:
    return (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_yields_its_finding(name: str) -> None:
    report = parse_probe_output(fixture(name))
    assert report.complete and report.facts["os"] == name.split("-")[0]
    findings = findings_from_report(report, report.facts["host"])
    assert [f.code for f in findings] == EXPECTED[name]
    for finding in findings:
        assert finding.render()  # every placeholder has a value
        assert "Next step" in finding.message or finding.code == "PROBE_HEALTHY"


def test_every_fixture_is_covered() -> None:
    assert {p.stem for p in FIXTURES.glob("*.txt")} == set(EXPECTED) | {"linux-truncated"}


def test_os_firewall_rule_named_is_the_real_blocker_not_the_invalid_state_drop() -> None:
    report = parse_probe_output(fixture("linux-os-firewall"))
    (finding,) = findings_from_report(report, "shareddewc.dewc.attest.azure.net")
    assert finding.args["rule"].startswith("-A OUTPUT -d 51.116.0.0/16")


def test_windows_proxy_without_a_tested_connection_is_a_warning() -> None:
    (finding,) = findings_from_report(parse_probe_output(fixture("windows-proxy")), "sharedweu.weu.attest.azure.net")
    assert finding.severity is Severity.WARNING and "winhttp: proxy.contoso.local:8080" in finding.args["sources"]


def test_truncated_output_is_a_finding_and_keeps_nothing_it_cannot_trust() -> None:
    report = parse_probe_output(fixture("linux-truncated"))
    assert report.problems == (Problem.NO_HEADER,)
    findings = findings_from_report(report, "sharedweu.weu.attest.azure.net")
    assert findings[0].code == "PROBE_OUTPUT_GARBLED"
    assert "PROBE_HEALTHY" not in [f.code for f in findings]


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        ("", (Problem.EMPTY,)),
        ("\n  \r\n", (Problem.EMPTY,)),
        ("BIW-PROBE v1\ndns=ok\n", (Problem.TRUNCATED,)),
        ("BIW-PROBE v2\nEND\n", (Problem.VERSION,)),
        ("BIW-PROBE v1\ndns=maybe\n%%%\nEND\n", (Problem.UNREADABLE,)),
        ("noise before\r\nBIW-PROBE v1\r\ndns=ok\r\nEND\r\ntrailing noise", ()),
    ],
)
def test_garbled_and_partial_output_becomes_problems(text: str, problems: tuple[Problem, ...]) -> None:
    report = parse_probe_output(text)
    assert report.problems == problems
    codes = [f.code for f in findings_from_report(report, "h.example")]
    assert codes.count("PROBE_OUTPUT_GARBLED") == len(problems)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(), max_size=400))
def test_parser_and_findings_never_raise(text: str) -> None:
    report = parse_probe_output("BIW-PROBE v1\n" + text)
    for finding in findings_from_report(report, "h.example"):
        finding.render()
    parse_probe_output(text)


def test_run_command_streams_for_both_operating_systems() -> None:
    linux = [
        {"code": "ProvisioningState/succeeded", "message": "Enable succeeded: \n[stdout]\nA=1\nEND\n\n[stderr]\nwarn\n"}
    ]
    assert run_command_streams(linux) == ("A=1\nEND\n", "warn")
    windows = [
        {"code": "ComponentStatus/StdOut/succeeded", "message": "BIW-PROBE v1"},
        {"code": "ComponentStatus/StdErr/succeeded", "message": ""},
    ]
    assert run_command_streams(windows) == ("BIW-PROBE v1", "")


@pytest.mark.parametrize(
    ("issuer", "microsoft"),
    [
        ("CN=Microsoft Azure RSA TLS Issuing CA 07,O=Microsoft Corporation,C=US", True),
        ("CN=Microsoft Azure RSA TLS Issuing CA 03, O=Microsoft Corporation, C=US", True),
        ("/C=US/O=Microsoft Corporation/CN=Microsoft RSA TLS CA 01", True),
        ("CN=Contoso Outbound Inspection CA,OU=Network Security,O=Contoso Ltd,C=FR", False),
        ("CN=Fake Microsoft,O=Not Microsoft Corporation", False),
        ("", False),
    ],
)
def test_issuer_is_microsoft(issuer: str, microsoft: bool) -> None:
    assert issuer_is_microsoft(issuer) is microsoft


# --- PowerShell -------------------------------------------------------------------------------------------


def test_powershell_script_renders_and_writes_every_key_the_parser_reads() -> None:
    text = render_script(ScriptKind.WINDOWS, "sharedeus.eus.attest.azure.net")
    assert "$BiwHost = 'sharedeus.eus.attest.azure.net'" in text
    for check in ("dns", "tcp", "tls", "proxy", "proxy_connect", "imds", "wireserver", "firewall"):
        assert re.search(rf"Out-Kv '{check}' '(ok|fail|skip)'", text), check
    for detail in ("tls.issuer", "proxy.source", "firewall.rule", "dns.servers", "imds.code"):
        assert f"'{detail}'" in text
    assert "Write-Output 'BIW-PROBE v1'" in text and text.rstrip().endswith("Write-Output 'END'")


def test_powershell_script_brackets_balance() -> None:
    """A cheap structural check that runs everywhere; the real parser check below needs pwsh."""
    text = resource_path("probe", "probe-windows.ps1").read_text(encoding="utf-8")
    code = re.sub(r"'[^']*'|\"[^\"]*\"|#.*", "", text)
    for opening, closing in ("{}", "()", "[]"):
        assert code.count(opening) == code.count(closing), opening


def test_powershell_script_parses() -> None:
    pwsh = shutil.which("pwsh")
    if pwsh is None:
        pytest.skip("PowerShell (pwsh) is not installed; the syntax check needs its parser")
    script = resource_path("probe", "probe-windows.ps1")
    command = (
        "$errors = $null; [System.Management.Automation.Language.Parser]::ParseFile("
        f"'{script}', [ref]$null, [ref]$errors) | Out-Null; $errors | ForEach-Object {{ $_.ToString() }}; "
        "exit $errors.Count"
    )
    done = subprocess.run([pwsh, "-NoProfile", "-Command", command], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_fixtures_fit_run_commands_output_limit() -> None:
    for path in FIXTURES.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert len(text.encode()) < 4096
        assert all(len(line) <= 260 for line in text.splitlines())
