"""Outbound NSG evaluation, findings: codes, message texts and evidence for what the sweep found.

The texts are translation keys (context "Findings"): changing one breaks the German catalog. Internal to the
NSG evaluator; other code imports these names from :mod:`core.diagnosis.nsg`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from core.diagnosis.ipranges import IpRange, IpRangeSet
from core.diagnosis.model import Finding, Layer, Severity, Verdict
from core.diagnosis.nsg_match import Candidate
from core.diagnosis.nsg_results import NsgPathResult
from core.diagnosis.nsg_rules import PreparedNsg, Rule
from core.diagnosis.nsg_sweep import Notes
from core.i18n import QT_TRANSLATE_NOOP

FIX_ALLOW_ATTESTATION = "nsg-allow-attestation"

_DENY_TEXT = {
    Layer.NIC_NSG: QT_TRANSLATE_NOOP(
        "Findings",
        "Rule {rule} (priority {priority}) in network security group {nsg} on the VM's network interface "
        "blocks outbound {protocol} port {port} to Azure Attestation. The VM cannot reach the attestation "
        "service until an outbound rule allowing the service tag AzureAttestation has a lower priority "
        "number.",
    ),
    Layer.SUBNET_NSG: QT_TRANSLATE_NOOP(
        "Findings",
        "Rule {rule} (priority {priority}) in network security group {nsg} on the VM's subnet blocks "
        "outbound {protocol} port {port} to Azure Attestation. The VM cannot reach the attestation service until an "
        "outbound rule allowing the service tag AzureAttestation has a lower priority number.",
    ),
}
_PARTIAL_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "The network security groups block only part of Azure Attestation: {blocked} of {total} address ranges "
    "are blocked. Connections can fail or succeed depending on which address the service uses.",
)
_UNKNOWN_TAG_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "Rule {rule} (priority {priority}) in network security group {nsg} uses the service tag {tag}, which is "
    "not in the loaded service tag data. Whether this rule lets the VM reach Azure Attestation cannot be "
    "determined.",
)
_UNREADABLE_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "Rule {rule} in network security group {nsg} contains a value that cannot be read. Whether this rule "
    "lets the VM reach Azure Attestation cannot be determined; check the rule in the Azure portal.",
)
_DEST_ASG_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "Rule {rule} (priority {priority}) in network security group {nsg} targets an application security "
    "group. Which addresses belong to it cannot be determined here, so its effect is unknown.",
)
_REGIONAL_TAG_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "Rule {rule} (priority {priority}) in network security group {nsg} uses the regional service tag {tag}. "
    "It covers only the addresses of one region; use the global service tag AzureAttestation in rules.",
)
_VNET_TAG_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "Rule {rule} (priority {priority}) in network security group {nsg} matches Azure Attestation through the "
    "VirtualNetwork service tag, because a user-defined route (usually 0.0.0.0/0) adds public addresses to "
    "that tag. If the route table changes, this rule no longer applies.",
)
_SOURCE_PORT_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "Rule {rule} (priority {priority}) in network security group {nsg} applies only to source ports {ports}. "
    "The VM picks a random source port for each connection, so this rule affects only some connections and "
    "was not counted in this check.",
)
_ASG_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "Rule {rule} (priority {priority}) in network security group {nsg} applies only to members of the "
    "application security group {asg}. The VM's network interface is not a member, so the rule does not "
    "apply to it.",
)


def _asg_name(asg_id: str) -> str:
    return asg_id.rstrip("/").rsplit("/", 1)[-1]


class Reporter:
    """Turns sweep notes and the final pieces into findings with stable codes and evidence."""

    def __init__(self, protocol: str, port: int) -> None:
        self.protocol = protocol
        self.port = port
        self.findings: list[Finding] = []

    def _finding(
        self,
        code: str,
        severity: Severity,
        text: str,
        nsg: PreparedNsg,
        layer: Layer,
        rule: Rule,
        **args: Any,
    ) -> None:
        evidence = {
            "resourceId": nsg.nsg_id,
            "rule": rule.name,
            "ruleId": rule.rule_id,
            "priority": rule.priority,
            "layer": layer.value,
        }
        self.findings.append(
            Finding(
                code,
                severity,
                text,
                {"rule": rule.name, "priority": rule.priority, "nsg": nsg.name, **args},
                {**evidence, **args.get("evidence", {})},
            )
        )

    def rules(self, nsg: PreparedNsg, layer: Layer, candidates: Sequence[Candidate], notes: Notes) -> None:
        for rule in nsg.rules:
            if rule.direction == "outbound":
                for tag in rule.regional_tags:
                    self._finding("NSG_REGIONAL_TAG", Severity.INFO, _REGIONAL_TAG_TEXT, nsg, layer, rule, tag=tag)
        for index, reason in sorted(notes.undecided.items()):
            rule = candidates[index].rule
            if reason == "unknown-tag":
                for tag in rule.source.unknown_tags + rule.destination.unknown_tags:
                    self._finding("NSG_UNKNOWN_TAG", Severity.WARNING, _UNKNOWN_TAG_TEXT, nsg, layer, rule, tag=tag)
            elif reason == "destination-asg":
                self._finding("NSG_DEST_ASG", Severity.WARNING, _DEST_ASG_TEXT, nsg, layer, rule)
            else:
                self._finding("NSG_RULE_UNREADABLE", Severity.WARNING, _UNREADABLE_TEXT, nsg, layer, rule)
        for index, reason in sorted(notes.skipped.items()):
            rule = candidates[index].rule
            if reason == "source-port":
                ports = ", ".join(rule.source_ports.texts)
                self._finding(
                    "NSG_SOURCE_PORT_RESTRICTED",
                    Severity.WARNING,
                    _SOURCE_PORT_TEXT,
                    nsg,
                    layer,
                    rule,
                    ports=ports,
                )
            else:
                for asg in rule.source.asg_labels:
                    self._finding("NSG_ASG_NOT_MEMBER", Severity.INFO, _ASG_TEXT, nsg, layer, rule, asg=_asg_name(asg))
        for index in sorted(notes.vnet_public):
            rule = candidates[index].rule
            self._finding("NSG_VNET_TAG_UDR_DEFAULT", Severity.WARNING, _VNET_TAG_TEXT, nsg, layer, rule)

    def finish(self, result: NsgPathResult) -> tuple[Finding, ...]:
        denied: dict[tuple[str | None, str | None, Layer], list[IpRange]] = {}
        for d in result.decisions:
            if d.verdict is Verdict.BLOCKED and d.match is not None:
                denied.setdefault((d.match.resource_id, d.match.rule, d.match.layer), []).append(d.piece)
        deny_findings: list[Finding] = []
        for (nsg_id, _, layer), pieces in denied.items():
            match = next(
                d.match
                for d in result.decisions
                if d.match is not None
                and d.match.layer is layer
                and d.match.resource_id == nsg_id
                and d.verdict is Verdict.BLOCKED
            )
            summary = next(s for s in result.layers if s.layer is layer)
            blocked = IpRangeSet.of(pieces).to_cidrs()
            deny_findings.append(
                Finding(
                    "NSG_DENY",
                    Severity.ERROR,
                    _DENY_TEXT[layer],
                    {
                        "rule": match.rule,
                        "priority": match.priority,
                        "nsg": summary.name,
                        "protocol": self.protocol,
                        "port": self.port,
                    },
                    {
                        "resourceId": nsg_id,
                        "rule": match.rule,
                        "priority": match.priority,
                        "layer": layer.value,
                        "isDefault": match.is_default,
                        "blockedPrefixes": blocked,
                    },
                    FIX_ALLOW_ATTESTATION,
                )
            )
        if result.verdict is Verdict.PARTIAL:
            total = len(result.decisions)
            blocked_count = sum(1 for d in result.decisions if d.verdict is Verdict.BLOCKED)
            deny_findings.append(
                Finding(
                    "NSG_PARTIAL",
                    Severity.WARNING,
                    _PARTIAL_TEXT,
                    {"blocked": blocked_count, "total": total},
                    {
                        "blockedPrefixes": result.addresses(Verdict.BLOCKED).to_cidrs(),
                        "allowedPrefixes": result.addresses(Verdict.ALLOWED).to_cidrs(),
                    },
                    FIX_ALLOW_ATTESTATION,
                )
            )
        return tuple(deny_findings + self.findings)
