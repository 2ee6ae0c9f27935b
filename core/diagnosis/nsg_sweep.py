"""Outbound NSG evaluation, the sweep: first match per address within one NSG.

Each candidate rule takes the still-undecided addresses it covers, giving a partition of the destination into
segments with one deciding rule each. Internal to the NSG evaluator.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from core.diagnosis.ipranges import IpRange, IpRangeSet
from core.diagnosis.model import Layer, RuleMatch, Verdict
from core.diagnosis.nsg_context import PUBLIC_SPACE
from core.diagnosis.nsg_match import Candidate
from core.diagnosis.nsg_results import NsgDecision
from core.diagnosis.nsg_rules import PreparedNsg, Rule


@dataclass
class Notes:
    """Rules worth telling the user about, collected while sweeping one NSG."""

    undecided: dict[int, str] = field(default_factory=dict)  # candidate index → reason
    skipped: dict[int, str] = field(default_factory=dict)
    vnet_public: set[int] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class _Segment:
    range: IpRange
    decision: NsgDecision


class SegmentMap:
    """A partition of (part of) the destination into segments decided by one NSG, looked up by bisection."""

    def __init__(self, segments: Iterable[_Segment]) -> None:
        # Tuple keys compare in C; IpRange's generated __lt__ is Python code, called ~n log n times.
        self.segments = sorted(segments, key=lambda s: (s.range.version, s.range.first, s.range.last))
        self._keys = [(s.range.version, s.range.first) for s in self.segments]

    def lookup(self, piece: IpRange) -> NsgDecision | None:
        i = bisect.bisect_right(self._keys, (piece.version, piece.first)) - 1
        if i >= 0 and self.segments[i].range.contains(piece):
            return self.segments[i].decision
        return None

    def within(self, target: IpRange) -> list[IpRange]:
        lo = max(bisect.bisect_right(self._keys, (target.version, target.first)) - 1, 0)
        hi = bisect.bisect_right(self._keys, (target.version, target.last))
        return [s.range for s in self.segments[lo:hi] if s.range.intersects(target)]


def _match(rule: Rule, layer: Layer, nsg: PreparedNsg) -> RuleMatch:
    return RuleMatch(layer, nsg.nsg_id, rule.name, rule.priority, rule.access or "Unknown", None, rule.is_default)


def sweep(
    nsg: PreparedNsg, candidates: Sequence[Candidate], destination: IpRangeSet, layer: Layer
) -> tuple[SegmentMap, Notes]:
    """First match per address: each rule takes the still-undecided addresses it covers."""
    notes = Notes()
    segments: list[_Segment] = []
    remaining = destination
    for index, cand in enumerate(candidates):
        if not remaining:
            break
        if cand.skip is not None:
            if remaining.intersection(cand.sure.union(cand.maybe)):
                notes.skipped[index] = cand.skip
            continue
        hit = remaining.intersection(cand.sure) if cand.sure else IpRangeSet.EMPTY
        doubt_in = cand.maybe
        if not hit and not (doubt_in and remaining.intersection(doubt_in)):
            continue  # most candidates miss the destination: no match record, no set work
        rule_match = _match(cand.rule, layer, nsg)
        if hit:
            verdict = Verdict.ALLOWED if cand.rule.access == "Allow" else Verdict.BLOCKED
            decision = NsgDecision(verdict, rule_match)
            segments += [_Segment(r, decision) for r in hit]
            remaining = remaining.difference(hit)
            if cand.rule.destination.uses_vnet_tag and hit.intersection(PUBLIC_SPACE).intersection(
                nsg.context.virtual_network
            ):
                notes.vnet_public.add(index)
        doubt = remaining.intersection(doubt_in) if doubt_in else IpRangeSet.EMPTY
        if doubt:
            decision = NsgDecision(Verdict.UNKNOWN, rule_match)
            segments += [_Segment(r, decision) for r in doubt]
            remaining = remaining.difference(doubt)
            notes.undecided[index] = cand.undecidable or "unreadable"
    # Only reachable when even the default rules were unreadable: nothing decided these addresses.
    segments += [_Segment(r, NsgDecision(Verdict.UNKNOWN, None)) for r in remaining]
    return SegmentMap(segments), notes
