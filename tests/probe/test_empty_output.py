"""Empty Run Command output: Run Command itself needs outbound 443 to Azure to bring output back (run-command.md)."""

from __future__ import annotations

import pytest

from core.probe.findings import GARBLED_EMPTY, GARBLED_NO_HEADER, GARBLED_TRUNCATED, findings_from_report
from core.probe.output import Problem, parse_probe_output

HOST = "sharedweu.weu.attest.azure.net"


@pytest.mark.parametrize("text", ["", "\n", "\r\n  \r\n"])
def test_empty_output_says_run_command_needs_outbound_443_to_azure(text: str) -> None:
    report = parse_probe_output(text)
    assert report.problems == (Problem.EMPTY,)
    findings = findings_from_report(report, HOST)
    assert [f.message for f in findings] == [GARBLED_EMPTY]
    rendered = findings[0].render()
    assert "AzureCloud" in rendered and "TCP 443" in rendered
    assert "cut off" not in rendered  # the old, wrong explanation


@pytest.mark.parametrize(
    ("text", "template"), [("garbage", GARBLED_NO_HEADER), ("BIW-PROBE v1\ndns=ok", GARBLED_TRUNCATED)]
)
def test_partial_output_names_run_command_connectivity_as_a_cause(text: str, template: str) -> None:
    findings = findings_from_report(parse_probe_output(text), HOST)
    assert findings[0].message == template
    assert "AzureCloud" in findings[0].render()
