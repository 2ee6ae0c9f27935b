"""Look inside a VM: proxy, DNS, TLS and OS-firewall checks through Azure Run Command (docs/probe.md)."""

from typing import TYPE_CHECKING

from core.probe.consent import CONSENT_ACCEPT, CONSENT_DECLINE, CONSENT_TEXT, CONSENT_TITLE, consent_args
from core.probe.findings import blocking_rules, findings_from_report, issuer_is_microsoft
from core.probe.output import CheckResult, CheckStatus, ProbeReport, Problem, parse_probe_output, run_command_streams
from core.probe.permissions import RUN_COMMAND_ACTION, RUN_COMMAND_ROLE, can_run_command
from core.probe.scripts import ScriptKind, is_valid_host, render_script, script_lines

if TYPE_CHECKING:
    from core.probe.run import ProbeOutcome, ProbeResult, probe_vm

_LAZY = {"ProbeOutcome", "ProbeResult", "probe_vm"}  # core.probe.run needs the Azure SDK: imported on first use


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from core.probe import run

        return getattr(run, name)
    raise AttributeError(f"module 'core.probe' has no attribute {name!r}")


__all__ = [
    "CONSENT_ACCEPT",
    "CONSENT_DECLINE",
    "CONSENT_TEXT",
    "CONSENT_TITLE",
    "RUN_COMMAND_ACTION",
    "RUN_COMMAND_ROLE",
    "CheckResult",
    "CheckStatus",
    "ProbeOutcome",
    "ProbeReport",
    "ProbeResult",
    "Problem",
    "ScriptKind",
    "blocking_rules",
    "can_run_command",
    "consent_args",
    "findings_from_report",
    "is_valid_host",
    "issuer_is_microsoft",
    "parse_probe_output",
    "probe_vm",
    "render_script",
    "run_command_streams",
    "script_lines",
]
