"""Azure Firewall evaluator, part 1 of 4: the three-valued match, compiled rules, inputs and results.

Internal to the firewall evaluator; other code imports these names from :mod:`core.diagnosis.firewall`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from core.diagnosis.ipranges import IpRange, IpRangeSet
from core.diagnosis.model import Blocker, BlockerKind, Finding, Layer, RuleMatch, Verdict

ALLOW, DENY = "Allow", "Deny"


# -- three-valued matching ----------------------------------------------------------------------------------


class Match(Enum):
    """Whether a rule matches: parts that cannot be judged offline make it MAYBE."""

    NO = 0
    MAYBE = 1
    YES = 2


def all_of(*parts: Match) -> Match:
    return min(parts, key=lambda m: m.value)


def any_of(parts: Iterable[Match]) -> Match:
    return max(parts, key=lambda m: m.value, default=Match.NO)


@dataclass(frozen=True, slots=True)
class AddressSpec:
    """A rule's address field: the addresses known for sure, and whether some entry could not be resolved."""

    definite: IpRangeSet
    unresolved: bool = False

    def match(self, piece: IpRange) -> Match:
        # Pieces are atomic with respect to every rule range, so "covers" is exact here.
        if self.definite.covers(piece):
            return Match.YES
        return Match.MAYBE if self.unresolved else Match.NO


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """One rule in global evaluation order; everything that does not depend on the destination is resolved."""

    stage: str  # "network" | "application"
    holder_id: str | None  # the firewall (classic) or the policy that holds the rule
    collection: str  # "collection" (classic) or "group/collection" (policy)
    priority: int | None
    name: str | None
    action: str | None  # None: unreadable, could be either
    fixed: Match  # source, protocol, port and name checks
    destination: AddressSpec | None  # None: the rule does not restrict destination addresses

    def match(self, piece: IpRange) -> Match:
        if self.fixed is Match.NO or self.destination is None:
            return self.fixed
        return all_of(self.fixed, self.destination.match(piece))

    def rule_match(self) -> RuleMatch:
        return RuleMatch(
            layer=Layer.FIREWALL,
            resource_id=self.holder_id,
            rule=self.name,
            priority=self.priority,
            action=self.action or "Unknown",
            collection=self.collection,
        )


# -- inputs and results -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FirewallInputs:
    """The firewall and what it references, keyed by lower-case resource id."""

    firewall: Mapping[str, Any]
    policies: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    rule_collection_groups: Mapping[str, Sequence[Mapping[str, Any]]] = field(default_factory=dict)
    ip_groups: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class Flow:
    """The outbound flow under test: the VM's private IP to the destination on TCP (HTTPS) ``port``."""

    source_ip: IpRange
    port: int
    protocol: str
    fqdn: str | None


@dataclass(frozen=True, slots=True)
class FirewallDecision:
    """The verdict for one atomic destination range and the rule that decided it (``None`` if undecidable)."""

    range: IpRange
    verdict: Verdict  # ALLOWED, BLOCKED or UNKNOWN
    stage: str  # "network" | "application" | "default" | "unknown"
    match: RuleMatch | None


@dataclass(frozen=True)
class FirewallResult:
    firewall_id: str | None
    decisions: tuple[FirewallDecision, ...]
    findings: tuple[Finding, ...]

    @property
    def verdict(self) -> Verdict:
        verdicts = {d.verdict for d in self.decisions}
        if not verdicts or Verdict.UNKNOWN in verdicts:
            return Verdict.UNKNOWN
        if verdicts == {Verdict.ALLOWED}:
            return Verdict.ALLOWED
        return Verdict.BLOCKED if verdicts == {Verdict.BLOCKED} else Verdict.PARTIAL

    def ranges(self, verdict: Verdict) -> IpRangeSet:
        return IpRangeSet.of(d.range for d in self.decisions if d.verdict is verdict)

    def blockers(self) -> list[Blocker]:
        """One blocker per denying rule (or the default deny), in the order the pieces were decided."""
        seen: dict[tuple[str | None, str | None, int | None], Blocker] = {}
        for d in self.decisions:
            if d.verdict is Verdict.BLOCKED and d.match is not None:
                key = (d.match.resource_id, d.match.rule, d.match.priority)
                seen.setdefault(key, Blocker(BlockerKind.FIREWALL, *key))
        return list(seen.values())


def wildcard(holder_id: str | None, collection: str) -> CompiledRule:
    """Stands for rules we could not read: may match anything, with either action."""
    return CompiledRule("network", holder_id, collection, None, None, None, Match.MAYBE, None)
