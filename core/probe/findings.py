"""What a probe report means for the user: one finding per problem, each with the next step to take.

Messages are ``Findings`` templates (like every :class:`~core.diagnosis.model.Finding`, so ``render`` translates
them); the facts the script saw go into ``args`` and ``evidence``. Observation beats heuristics: a firewall rule
that looks blocking does not count when the TCP connection worked.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable

from core.diagnosis.model import Finding, Severity
from core.i18n import QT_TRANSLATE_NOOP
from core.probe.output import CheckResult, CheckStatus, ProbeReport, Problem

PROBE_HEALTHY = "PROBE_HEALTHY"
PROBE_PROXY_CONFIGURED = "PROBE_PROXY_CONFIGURED"
PROBE_DNS_FAILURE = "PROBE_DNS_FAILURE"
PROBE_TCP_BLOCKED = "PROBE_TCP_BLOCKED"
PROBE_TLS_INSPECTION = "PROBE_TLS_INSPECTION"
PROBE_TLS_HANDSHAKE_FAILED = "PROBE_TLS_HANDSHAKE_FAILED"
PROBE_OS_FIREWALL_BLOCK = "PROBE_OS_FIREWALL_BLOCK"
PROBE_IMDS_UNREACHABLE = "PROBE_IMDS_UNREACHABLE"
PROBE_WIRESERVER_UNREACHABLE = "PROBE_WIRESERVER_UNREACHABLE"
PROBE_OUTPUT_GARBLED = "PROBE_OUTPUT_GARBLED"
PROBE_CHECK_SKIPPED = "PROBE_CHECK_SKIPPED"
PROBE_SCRIPT_ERROR = "PROBE_SCRIPT_ERROR"

IMDS_ADDRESS = "169.254.169.254"
WIRESERVER_ADDRESS = "168.63.129.16"

HEALTHY = QT_TRANSLATE_NOOP(
    "Findings",
    "Inside the VM everything attestation needs works: {host} resolves, TCP port 443 and TLS with a Microsoft "
    "certificate succeed, no proxy is set, and the Instance Metadata Service and the wire server answer. No "
    "action is needed.",
)
PROXY_BLOCKS = QT_TRANSLATE_NOOP(
    "Findings",
    "A proxy is configured inside the VM ({sources}) and it did not let the connection to {host} through "
    "({detail}). Microsoft documents that the Guest Attestation extension does not work properly behind a proxy. "
    "Next step: let the VM reach {host} directly on port 443: remove the proxy setting for the VM Agent, or add "
    "{host}, 169.254.169.254 and 168.63.129.16 to the proxy bypass list (no_proxy).",
)
PROXY_SET = QT_TRANSLATE_NOOP(
    "Findings",
    "A proxy is configured inside the VM ({sources}). Microsoft documents that the Guest Attestation extension "
    "does not work properly behind a proxy. Next step: let the VM reach {host} directly on port 443: remove the "
    "proxy setting for the VM Agent, or add {host}, 169.254.169.254 and 168.63.129.16 to the proxy bypass list "
    "(no_proxy).",
)
DNS_FAILURE = QT_TRANSLATE_NOOP(
    "Findings",
    "The VM cannot resolve the attestation host {host} (DNS servers: {servers}). Without name resolution the "
    "Guest Attestation extension cannot reach Azure Attestation. Next step: if the VM uses custom DNS servers, "
    "let them forward Azure names to Azure DNS (168.63.129.16); also check private DNS zones for "
    "attest.azure.net that hide the public name.",
)
TCP_BLOCKED = QT_TRANSLATE_NOOP(
    "Findings",
    "The VM resolved {host} to {address} but could not open a TCP connection on port {port}. Something on the "
    "network path drops the traffic: a network security group, a route, Azure Firewall or another appliance. "
    "Next step: run the network path diagnosis for this VM and allow outbound TCP 443 to the service tag "
    "AzureAttestation.",
)
TLS_INSPECTION = QT_TRANSLATE_NOOP(
    "Findings",
    'The connection to {host} is answered with a certificate issued by "{issuer}", not by Microsoft: a proxy or '
    "firewall inspects TLS traffic, and attestation fails because the extension expects Microsoft's "
    "certificate. Next step: exclude {host} (or *.attest.azure.net) from TLS inspection on that proxy or "
    "firewall.",
)
TLS_HANDSHAKE_FAILED = QT_TRANSLATE_NOOP(
    "Findings",
    "A TCP connection to {host} opened, but the TLS handshake failed ({detail}). A firewall or proxy probably "
    "ends the connection, for example because an application rule does not allow the name. Next step: allow "
    "{host} (or *.attest.azure.net) on that firewall or proxy, without TLS inspection.",
)
OS_FIREWALL_BLOCK = QT_TRANSLATE_NOOP(
    "Findings",
    "The operating system firewall inside the VM blocks outbound connections on port 443: {rule}. Next step: "
    "allow outbound TCP 443 to {host} in the operating system firewall (before the blocking rule), then run the "
    "check again.",
)
IMDS_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Findings",
    "The VM cannot reach the Instance Metadata Service at 169.254.169.254 (HTTP status: {code}). The Guest "
    "Attestation extension reads the vTPM certificate from it. Next step: make sure no operating system "
    "firewall rule, proxy or route diverts 169.254.169.254; it must be reached directly, bypassing any proxy.",
)
WIRESERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Findings",
    "The VM cannot reach the Azure wire server 168.63.129.16 on port {ports}. The VM Agent installs extensions "
    "and reports their status over it. Next step: allow outbound TCP 80 and 32526 to 168.63.129.16 in the "
    "operating system firewall and bypass any proxy for it.",
)
GARBLED_EMPTY = QT_TRANSLATE_NOOP(
    "Findings",
    "The check ran inside the VM, but Run Command brought back no output at all. Run Command itself needs "
    "outbound HTTPS (TCP 443) to Azure's public IP addresses to return a script's output, so on a VM whose "
    "outbound traffic is blocked a script can succeed and still show nothing. Next step: allow outbound TCP 443 "
    "to the service tag AzureCloud (at least while checking), or run the script in the VM by hand.",
)
GARBLED_NO_HEADER = QT_TRANSLATE_NOOP(
    "Findings",
    "The output of the check inside the VM could not be read: it does not start with the expected header. It "
    "may have been cut off or changed by other software in the VM, or Run Command could not bring it back: it "
    "needs outbound HTTPS (TCP 443) to Azure's public IP addresses (service tag AzureCloud). Next step: run the "
    "check again; if this repeats, allow that traffic or run the script by hand in the VM and compare.",
)
GARBLED_VERSION = QT_TRANSLATE_NOOP(
    "Findings",
    "The output of the check inside the VM uses format version {version}, which this version of the tool does "
    "not know. Next step: update Boot Integrity Wizard and run the check again.",
)
GARBLED_TRUNCATED = QT_TRANSLATE_NOOP(
    "Findings",
    "The output of the check inside the VM ends early: the script stopped or its output was cut off, so the "
    "results are incomplete. Run Command returns output only over outbound HTTPS (TCP 443) to Azure's public IP "
    "addresses (service tag AzureCloud), so a blocked VM can lose it. Next step: run the check again; if this "
    "repeats, allow that traffic or run the script by hand in the VM.",
)
GARBLED_UNREADABLE = QT_TRANSLATE_NOOP(
    "Findings",
    "{count} lines of the output of the check inside the VM could not be read and were ignored. Next step: if "
    "the results look wrong, run the check again.",
)
TLS_SKIPPED = QT_TRANSLATE_NOOP(
    "Findings",
    "The certificate of {host} could not be checked inside the VM ({reason}), so TLS inspection could not be "
    "ruled out.",
)
FIREWALL_SKIPPED = QT_TRANSLATE_NOOP(
    "Findings",
    "The operating system firewall rules could not be read inside the VM ({reason}), so a blocking rule could "
    "not be ruled out.",
)
CHECK_SKIPPED = QT_TRANSLATE_NOOP("Findings", "The check {check} was skipped inside the VM ({reason}).")
SCRIPT_ERROR = QT_TRANSLATE_NOOP(
    "Findings",
    "The check script inside the VM refused to run: {detail}. Next step: check the attestation host name and "
    "run the check again.",
)

_GARBLED = {
    Problem.EMPTY: GARBLED_EMPTY,
    Problem.NO_HEADER: GARBLED_NO_HEADER,
    Problem.VERSION: GARBLED_VERSION,
    Problem.TRUNCATED: GARBLED_TRUNCATED,
    Problem.UNREADABLE: GARBLED_UNREADABLE,
}
_ORG = re.compile(r"(?:^|[,/])\s*O\s*=\s*(\"[^\"]*\"|[^,/]+)", re.IGNORECASE)
_CN = re.compile(r"(?:^|[,/])\s*CN\s*=\s*(\"[^\"]*\"|[^,/]+)", re.IGNORECASE)


def issuer_is_microsoft(issuer: str) -> bool:
    """True for issuers Microsoft's services use (organisation Microsoft Corporation, or a "Microsoft …" CA).

    Accepts OpenSSL's RFC 2253 form (``CN=…,O=…,C=US``), its older ``/C=US/O=…`` form and .NET's ``CN=…, O=…``.
    """
    names = [m.group(1).strip().strip('"') for m in (*_ORG.finditer(issuer), *_CN.finditer(issuer))]
    return any(name.lower() == "microsoft corporation" or name.lower().startswith("microsoft ") for name in names)


def findings_from_report(report: ProbeReport, host: str) -> list[Finding]:
    """Findings for one parsed probe run, most important first; ``PROBE_HEALTHY`` when nothing is wrong."""
    findings: list[Finding] = []
    if "error" in report.facts:
        findings.append(
            Finding(PROBE_SCRIPT_ERROR, Severity.ERROR, SCRIPT_ERROR, {"detail": report.facts["error"]}, report.facts)
        )
    findings.extend(_garbled(report))
    findings.extend(_path(report, host))
    findings.extend(_proxy(report, host))
    findings.extend(_platform(report))
    findings.extend(_skipped(report, host))
    if _healthy(report, findings):
        findings.append(Finding(PROBE_HEALTHY, Severity.INFO, HEALTHY, {"host": host}))
    return findings


def _evidence(*checks: CheckResult | None) -> dict[str, object]:
    return {c.name: {"status": c.status.value, **{k: list(v) for k, v in c.fields.items()}} for c in checks if c}


def _garbled(report: ProbeReport) -> Iterable[Finding]:
    for problem in report.problems:
        args: dict[str, object] = {}
        if problem is Problem.VERSION:
            args["version"] = report.version if report.version is not None else "?"
        elif problem is Problem.UNREADABLE:
            args["count"] = len(report.unreadable_lines)
        evidence = {"problem": problem.value, "lines": list(report.unreadable_lines)}
        yield Finding(PROBE_OUTPUT_GARBLED, Severity.WARNING, _GARBLED[problem], args, evidence)


def _path(report: ProbeReport, host: str) -> Iterable[Finding]:
    dns, tcp, tls = report.check("dns"), report.check("tcp"), report.check("tls")
    firewall = report.check("firewall")
    port = report.facts.get("port", "443")
    if dns and dns.status is CheckStatus.FAIL:
        servers = dns.get("servers") or "?"
        yield Finding(
            PROBE_DNS_FAILURE, Severity.ERROR, DNS_FAILURE, {"host": host, "servers": servers}, _evidence(dns)
        )
    address = (dns.get("addresses") or "").split(" ")[0] if dns else ""
    tcp_failed = tcp is not None and tcp.status is CheckStatus.FAIL
    # A connection that worked proves the OS firewall lets it out, whatever its rules look like.
    if firewall and firewall.status is CheckStatus.FAIL and (tcp is None or tcp.status is not CheckStatus.OK):
        rules = blocking_rules(firewall, address)
        if rules:
            args = {"rule": rules[0], "host": host}
            yield Finding(PROBE_OS_FIREWALL_BLOCK, Severity.ERROR, OS_FIREWALL_BLOCK, args, _evidence(firewall, tcp))
            tcp_failed = False  # explained by the rule
    if tcp_failed:
        args = {"host": host, "address": address or "?", "port": port}
        yield Finding(PROBE_TCP_BLOCKED, Severity.ERROR, TCP_BLOCKED, args, _evidence(dns, tcp, firewall))
    if tls and tls.status is CheckStatus.OK:
        issuer = tls.get("issuer") or ""
        if not issuer_is_microsoft(issuer):
            args = {"host": host, "issuer": issuer or "?"}
            yield Finding(PROBE_TLS_INSPECTION, Severity.ERROR, TLS_INSPECTION, args, _evidence(tls))
    elif tls and tls.status is CheckStatus.FAIL:
        args = {"host": host, "detail": tls.get("detail") or "?"}
        yield Finding(PROBE_TLS_HANDSHAKE_FAILED, Severity.ERROR, TLS_HANDSHAKE_FAILED, args, _evidence(tls))


def _proxy(report: ProbeReport, host: str) -> Iterable[Finding]:
    proxy, through = report.check("proxy"), report.check("proxy_connect")
    if proxy is None or proxy.status is not CheckStatus.FAIL:
        return
    sources = "; ".join(proxy.all("source")) or "?"
    if through is not None and through.status is CheckStatus.FAIL:
        args = {"sources": sources, "host": host, "detail": through.get("detail") or "?"}
        yield Finding(PROBE_PROXY_CONFIGURED, Severity.ERROR, PROXY_BLOCKS, args, _evidence(proxy, through))
    else:
        args = {"sources": sources, "host": host}
        yield Finding(PROBE_PROXY_CONFIGURED, Severity.WARNING, PROXY_SET, args, _evidence(proxy, through))


def _platform(report: ProbeReport) -> Iterable[Finding]:
    imds, wire = report.check("imds"), report.check("wireserver")
    if imds and imds.status is CheckStatus.FAIL:
        code = imds.get("code") or "-"
        yield Finding(PROBE_IMDS_UNREACHABLE, Severity.ERROR, IMDS_UNREACHABLE, {"code": code}, _evidence(imds))
    if wire and wire.status is CheckStatus.FAIL:
        ports = [p for p in ("80", "32526") if wire.get(f"port{p}") == CheckStatus.FAIL.value] or ["80", "32526"]
        args = {"ports": ", ".join(ports)}
        yield Finding(PROBE_WIRESERVER_UNREACHABLE, Severity.ERROR, WIRESERVER_UNREACHABLE, args, _evidence(wire))


def _skipped(report: ProbeReport, host: str) -> Iterable[Finding]:
    tcp = report.check("tcp")
    for name, result in report.checks.items():
        if result.status is not CheckStatus.SKIP or name == "proxy_connect":
            continue
        reason = result.get("reason") or "?"
        if name == "tls":
            if tcp is not None and tcp.status is CheckStatus.OK:  # otherwise the TCP finding says it all
                yield Finding(PROBE_CHECK_SKIPPED, Severity.INFO, TLS_SKIPPED, {"host": host, "reason": reason})
        elif name == "firewall":
            yield Finding(PROBE_CHECK_SKIPPED, Severity.INFO, FIREWALL_SKIPPED, {"reason": reason})
        elif name != "tcp" or report.status("dns") is CheckStatus.OK:
            yield Finding(PROBE_CHECK_SKIPPED, Severity.INFO, CHECK_SKIPPED, {"check": name, "reason": reason})


def _healthy(report: ProbeReport, findings: list[Finding]) -> bool:
    if not report.complete or any(f.severity is not Severity.INFO for f in findings):
        return False
    required = ("dns", "tcp", "tls", "proxy", "imds", "wireserver")
    return all(report.status(name) is CheckStatus.OK for name in required)


# --- firewall rules --------------------------------------------------------------------------------------

# Rules that never stop a new TCP connection: invalid-state drops, loopback-only and UDP-only rules.
_HARMLESS = re.compile(r"(?:--c?t?state|ct state)\s+invalid\b|(?:^|\s)-o lo\b|oifname \"?lo\"?|\budp\b", re.I)
_POLICY = re.compile(r"^-P OUTPUT DROP|policy drop|default outbound action Block", re.I)
_IPT_DEST = re.compile(r"(!\s*)?-d\s+(\S+)")
_NFT_DEST = re.compile(r"ip6? daddr\s+(!=\s*)?(\{[^}]*\}|\S+)")
_WIN_DEST = re.compile(r"\bremote\s+(\S+)\s+port\b")


def blocking_rules(firewall: CheckResult, address: str) -> list[str]:
    """The reported candidate rules that really cover TCP 443 to ``address``.

    Dropped: rules for invalid connection state, loopback or UDP, and rules limited to destinations that do not
    contain ``address``. A DROP policy counts only when the script found no ACCEPT rule for port 443.
    """
    allows = firewall.all("allow")
    kept: list[str] = []
    for rule in firewall.all("rule"):
        if _POLICY.search(rule):
            if not allows:
                kept.append(rule)
            continue
        if _HARMLESS.search(rule) or not _destination_matches(rule, address):
            continue
        kept.append(rule)
    return kept


def _destination_matches(rule: str, address: str) -> bool:
    """Whether the rule's destination (if it names one) contains ``address``; unknown shapes count as matching."""
    for pattern in (_IPT_DEST, _NFT_DEST, _WIN_DEST):
        match = pattern.search(rule)
        if not match:
            continue
        negated = bool(match.group(1)) if pattern is not _WIN_DEST else False
        targets = match.group(match.lastindex or 1).strip("{}")
        return _contains(targets, address) != negated
    return True


def _contains(targets: str, address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False  # unknown address (DNS failed): a rule limited to some destinations is not shown to cover it
    for target in re.split(r"[,\s]+", targets):
        if not target:
            continue
        if target.lower() in {"any", "internet", "0.0.0.0/0", "::/0"}:
            return True
        try:
            if "-" in target:
                low, high = (ipaddress.ip_address(part) for part in target.split("-", 1))
                if low.version == ip.version and low <= ip <= high:  # type: ignore[operator]
                    return True
            elif ip in ipaddress.ip_network(target, strict=False):
                return True
        except ValueError:
            return True  # a keyword or name we cannot evaluate: assume it may cover the address
    return False
