"""Azure Firewall evaluator, part 2 of 4: finding codes, message texts and how findings are collected.

The ``MSG_*`` texts are translation keys (context "Findings"): changing one breaks the German catalog.
Internal to the firewall evaluator; other code imports these names from :mod:`core.diagnosis.firewall`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.diagnosis.firewall_model import FirewallDecision
from core.diagnosis.model import Finding, RuleMatch, Severity, Verdict
from core.i18n import QT_TRANSLATE_NOOP

FIX_NETWORK_ALLOW = "firewall-network-allow"

MSG_DENY_RULE = QT_TRANSLATE_NOOP(
    "Findings", "Azure Firewall rule {rule} in collection {collection} denies traffic to Azure Attestation."
)
MSG_DEFAULT_DENY = QT_TRANSLATE_NOOP(
    "Findings",
    "No Azure Firewall rule allows traffic to Azure Attestation on TCP port {port}, so the firewall denies "
    "it by default.",
)
MSG_APP_RULE_ONLY_SNI = QT_TRANSLATE_NOOP(
    "Findings",
    "Only the application rule {rule} in collection {collection} allows traffic to Azure Attestation. This "
    "works for HTTPS with a server name (SNI); a network rule for the AzureAttestation service tag is more "
    "robust.",
)
MSG_THREAT_INTEL_DENY = QT_TRANSLATE_NOOP(
    "Findings",
    "Threat intelligence on the firewall is set to Deny. It is applied before all rules and cannot be checked offline.",
)
MSG_IP_GROUP_MISSING = QT_TRANSLATE_NOOP(
    "Findings",
    "The IP group {ip_group} used by firewall rule {rule} could not be read; the rule's effect is unknown.",
)
MSG_POLICY_MISSING = QT_TRANSLATE_NOOP(
    "Findings", "The firewall policy {policy} could not be read, so the firewall cannot be evaluated."
)
MSG_POLICY_CYCLE = QT_TRANSLATE_NOOP(
    "Findings", "The firewall policy {policy} inherits from itself through its parent policies."
)
MSG_GROUPS_MISSING = QT_TRANSLATE_NOOP(
    "Findings",
    "The rule collection group {group} of firewall policy {policy} could not be read, so the result is unknown.",
)
MSG_COLLECTION_PRIORITY_MISSING = QT_TRANSLATE_NOOP(
    "Findings",
    "The rule collection {collection} has no priority; it is treated as evaluated after all others.",
)
MSG_GROUP_PRIORITY_MISSING = QT_TRANSLATE_NOOP(
    "Findings",
    "The rule collection group {collection} has no priority; it is treated as evaluated after all others.",
)
MSG_FQDN_NO_DNS_PROXY = QT_TRANSLATE_NOOP(
    "Findings",
    "Network rule {rule} names {fqdn}, but DNS proxy is off, so the firewall cannot match it by name; it was "
    "treated as not matching.",
)
MSG_FQDN_DNS_PROXY = QT_TRANSLATE_NOOP(
    "Findings",
    "Network rule {rule} names {fqdn}; with DNS proxy on, the firewall resolves the name and the rule "
    "applies to Azure Attestation.",
)
MSG_INFRASTRUCTURE = QT_TRANSLATE_NOOP(
    "Findings",
    "The firewall's built-in infrastructure rule collection is assumed not to allow Azure Attestation.",
)
MSG_TAG_UNKNOWN = QT_TRANSLATE_NOOP(
    "Findings", "The service tag {tag} in firewall rule {rule} is unknown; the rule's effect is unknown."
)
MSG_RULE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Findings",
    "Firewall rule {rule} in collection {collection} could not be read completely ({detail}); its effect is unknown.",
)
MSG_WEB_CATEGORY = QT_TRANSLATE_NOOP(
    "Findings", "Application rule {rule} filters by web category, which cannot be checked offline."
)
MSG_URL_PATH = QT_TRANSLATE_NOOP(
    "Findings", "Application rule {rule} filters by URL path, which cannot be checked offline."
)
MSG_HOST_UNKNOWN = QT_TRANSLATE_NOOP(
    "Findings",
    "The attestation host name is unknown, so application rules with host names could not be checked.",
)


@dataclass
class FindingLog:
    """Findings in first-seen order, deduplicated (one missing IP group is often referenced many times)."""

    items: dict[tuple[str, tuple[tuple[str, str], ...]], Finding] = field(default_factory=dict)

    def add(
        self,
        code: str,
        severity: Severity,
        message: str,
        fix_id: str | None = None,
        evidence: Mapping[str, Any] | None = None,
        **args: Any,
    ) -> None:
        key = (code, tuple(sorted((k, str(v)) for k, v in args.items())))
        if key not in self.items:
            self.items[key] = Finding(code, severity, message, args, dict(evidence or {}), fix_id)


def _rule_finding(findings: FindingLog, code: str, severity: Severity, message: str, match: RuleMatch) -> None:
    """A finding about the rule that decided a piece, with the evidence the fix planner needs."""
    findings.add(
        code,
        severity,
        message,
        FIX_NETWORK_ALLOW,
        {"resourceId": match.resource_id, "priority": match.priority},
        rule=match.rule or "?",
        collection=match.collection or "?",
    )


def report_decisions(
    findings: FindingLog, decisions: Sequence[FirewallDecision], firewall_id: str | None, port: int
) -> None:
    """Findings for the decided pieces: denying rules, the default deny, and allows that rely on SNI only."""
    for d in decisions:
        if d.verdict is Verdict.BLOCKED and d.match is not None and not d.match.is_default:
            _rule_finding(findings, "FW_DENY_RULE", Severity.ERROR, MSG_DENY_RULE, d.match)
    if any(d.stage == "default" for d in decisions):
        findings.add("FW_INFRASTRUCTURE_RULES", Severity.INFO, MSG_INFRASTRUCTURE)
        findings.add(
            "FW_DEFAULT_DENY",
            Severity.ERROR,
            MSG_DEFAULT_DENY,
            FIX_NETWORK_ALLOW,
            {"resourceId": firewall_id},
            port=port,
        )
    for d in decisions:
        if d.verdict is Verdict.ALLOWED and d.stage == "application" and d.match is not None:
            _rule_finding(findings, "FW_APP_RULE_ONLY_SNI", Severity.INFO, MSG_APP_RULE_ONLY_SNI, d.match)
