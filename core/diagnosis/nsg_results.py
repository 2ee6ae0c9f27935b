"""Outbound NSG evaluation, results: per-piece decisions, per-NSG summaries and the combined verdict.

Internal to the NSG evaluator; other code imports these names from :mod:`core.diagnosis.nsg`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from core.diagnosis.ipranges import IpRange, IpRangeSet
from core.diagnosis.model import Blocker, BlockerKind, Finding, Layer, RuleMatch, Verdict


@dataclass(frozen=True, slots=True)
class NsgDecision:
    """One NSG's decision for one piece: the verdict and the rule that gave it (``None``: no rule)."""

    verdict: Verdict
    match: RuleMatch | None


@dataclass(frozen=True, slots=True)
class PieceDecision:
    """An atomic piece of the destination with one decision per NSG and the combined outcome.

    ``subnet`` is ``None`` when there is no subnet NSG or when the NIC NSG already denied (not reached).
    ``match`` is the deciding rule: the denying one for a blocked piece, else the last layer's rule.
    """

    piece: IpRange
    nic: NsgDecision | None
    subnet: NsgDecision | None
    verdict: Verdict
    match: RuleMatch | None


@dataclass(frozen=True, slots=True)
class NsgLayer:
    """Per-NSG summary for the UI: which rules decided the pieces that reached it, with their actions."""

    layer: Layer
    nsg_id: str | None
    name: str | None
    present: bool
    verdict: Verdict  # over the pieces that reached this NSG; ALLOWED when it is absent
    matches: tuple[RuleMatch, ...]  # distinct deciding rules, in priority order


def combine(verdicts: Iterable[Verdict]) -> Verdict:
    """Overall verdict of several pieces: all alike → that verdict; allowed and blocked → partial;
    otherwise (something unknown) → unknown."""
    seen = set(verdicts)
    if not seen:
        return Verdict.UNKNOWN
    if len(seen) == 1:
        return seen.pop()
    if Verdict.PARTIAL in seen or {Verdict.ALLOWED, Verdict.BLOCKED} <= seen:
        return Verdict.PARTIAL
    return Verdict.UNKNOWN


@dataclass(frozen=True)
class NsgPathResult:
    decisions: tuple[PieceDecision, ...]
    layers: tuple[NsgLayer, ...]
    findings: tuple[Finding, ...]

    @property
    def verdict(self) -> Verdict:
        return combine(d.verdict for d in self.decisions)

    def addresses(self, verdict: Verdict) -> IpRangeSet:
        """The destination addresses whose pieces ended with ``verdict``."""
        return IpRangeSet.of(d.piece for d in self.decisions if d.verdict is verdict)

    def blockers(self) -> list[Blocker]:
        """Distinct denying rules, in the order their pieces appear."""
        out: dict[tuple[Any, ...], Blocker] = {}
        for d in self.decisions:
            if d.verdict is Verdict.BLOCKED and d.match is not None:
                m = d.match
                scope = "nic" if m.layer is Layer.NIC_NSG else "subnet"
                out.setdefault(
                    (m.resource_id, m.rule, scope),
                    Blocker(BlockerKind.NSG, m.resource_id, m.rule, m.priority, scope),
                )
        return list(out.values())
