"""Outbound NSG evaluation for one flow (VM private IP → a destination address set, TCP 443 by default).

Semantics (network-semantics.md §1, §6): the NIC's NSG is processed first, then the subnet's; in each, the
outbound rules (custom and default) are taken in priority order and the first match decides; a deny ends the
evaluation, so a subnet NSG behind a denying NIC NSG is never reached; a missing NSG allows.

The destination is a set of prefixes (a service tag), and different rules may match different parts of it.
Each NSG is therefore swept rule by rule over the still-undecided addresses, giving a partition of the
destination into segments with one deciding rule each; overlaying both partitions gives atomic pieces
(see :func:`core.diagnosis.ipranges.atomic_pieces`) with exactly one decision per NSG. Rules that cannot be
decided offline (unknown service tag, unreadable field) turn the pieces they might match into "unknown".

This module combines the two NSGs; the work is split over :mod:`~core.diagnosis.nsg_context` (virtual tags),
:mod:`~core.diagnosis.nsg_rules` (rule preparation), :mod:`~core.diagnosis.nsg_match` (flow matching),
:mod:`~core.diagnosis.nsg_sweep` (first match within one NSG), :mod:`~core.diagnosis.nsg_results` and
:mod:`~core.diagnosis.nsg_findings`. Every name other code used to import from here is still importable here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from core.diagnosis.ipranges import IpRange, IpRangeSet, atomic_pieces
from core.diagnosis.model import Layer, RuleMatch, Verdict
from core.diagnosis.nsg_context import (
    PUBLIC_SPACE,
    NsgContext,
    address_space,
    nic_application_security_groups,
    virtual_network_space,
)
from core.diagnosis.nsg_findings import FIX_ALLOW_ATTESTATION, Reporter
from core.diagnosis.nsg_match import candidate, parse_flow
from core.diagnosis.nsg_results import NsgDecision, NsgLayer, NsgPathResult, PieceDecision, combine
from core.diagnosis.nsg_rules import EPHEMERAL_PORTS, PreparedNsg, prepare_nsg
from core.diagnosis.nsg_sweep import SegmentMap, sweep

__all__ = [
    "EPHEMERAL_PORTS",
    "FIX_ALLOW_ATTESTATION",
    "PUBLIC_SPACE",
    "NsgContext",
    "NsgDecision",
    "NsgLayer",
    "NsgPathResult",
    "PieceDecision",
    "PreparedNsg",
    "address_space",
    "combine",
    "evaluate_outbound",
    "nic_application_security_groups",
    "prepare_nsg",
    "virtual_network_space",
]


def _as_prepared(nsg: Mapping[str, Any] | PreparedNsg | None, context: NsgContext) -> PreparedNsg | None:
    if nsg is None or isinstance(nsg, PreparedNsg):
        return nsg
    return prepare_nsg(nsg, context) if isinstance(nsg, Mapping) else None


def evaluate_outbound(
    nic_nsg: Mapping[str, Any] | PreparedNsg | None,
    subnet_nsg: Mapping[str, Any] | PreparedNsg | None,
    *,
    source_ip: str,
    destination: IpRangeSet,
    context: NsgContext,
    protocol: str = "Tcp",
    port: int = 443,
) -> NsgPathResult:
    """Evaluate the outbound flow ``source_ip`` → ``destination`` through the NIC NSG, then the subnet NSG.

    NSGs are ARM GET bodies (or :class:`PreparedNsg` to skip re-parsing); ``None`` means no NSG (allows).
    """
    flow = parse_flow(source_ip, protocol, port)
    reports = Reporter(protocol.upper(), port)
    layers: list[tuple[Layer, PreparedNsg | None, SegmentMap | None]] = []
    reached = destination
    maps: dict[Layer, SegmentMap] = {}
    for layer, raw in ((Layer.NIC_NSG, nic_nsg), (Layer.SUBNET_NSG, subnet_nsg)):
        nsg = _as_prepared(raw, context)
        if nsg is None:
            layers.append((layer, None, None))
            continue
        candidates = [c for i, r in enumerate(nsg.rules) if (c := candidate(r, flow, nsg, i, destination)) is not None]
        segment_map, notes = sweep(nsg, candidates, reached, layer)
        maps[layer] = segment_map
        layers.append((layer, nsg, segment_map))
        reports.rules(nsg, layer, candidates, notes)
        # Deny short-circuits: the next NSG only sees what this one did not block.
        blocked = IpRangeSet.of(s.range for s in segment_map.segments if s.decision.verdict is Verdict.BLOCKED)
        reached = reached.difference(blocked)

    decisions: list[PieceDecision] = []
    for target in destination:
        boundaries = [r for m in maps.values() for r in m.within(target)]
        for piece in atomic_pieces(target, boundaries):
            decisions.append(_combine_piece(piece, maps.get(Layer.NIC_NSG), maps.get(Layer.SUBNET_NSG)))

    summaries = tuple(_layer_summary(layer, nsg, decisions) for layer, nsg, _ in layers)
    result = NsgPathResult(tuple(decisions), summaries, ())
    return NsgPathResult(result.decisions, summaries, reports.finish(result))


def _combine_piece(piece: IpRange, nic_map: SegmentMap | None, subnet_map: SegmentMap | None) -> PieceDecision:
    nic = nic_map.lookup(piece) if nic_map is not None else None
    if nic is not None and nic.verdict is Verdict.BLOCKED:
        return PieceDecision(piece, nic, None, Verdict.BLOCKED, nic.match)
    subnet = subnet_map.lookup(piece) if subnet_map is not None else None
    nic_verdict = nic.verdict if nic is not None else Verdict.ALLOWED
    subnet_verdict = subnet.verdict if subnet is not None else Verdict.ALLOWED
    if subnet is not None and subnet_verdict is Verdict.BLOCKED:
        # Blocked whichever way an undecidable NIC rule goes: if the NIC allows, the subnet denies.
        return PieceDecision(piece, nic, subnet, Verdict.BLOCKED, subnet.match)
    if nic_verdict is Verdict.UNKNOWN:
        return PieceDecision(piece, nic, subnet, Verdict.UNKNOWN, nic.match if nic else None)
    last = subnet if subnet is not None else nic
    return PieceDecision(piece, nic, subnet, subnet_verdict, last.match if last is not None else None)


def _layer_summary(layer: Layer, nsg: PreparedNsg | None, decisions: Sequence[PieceDecision]) -> NsgLayer:
    if nsg is None:
        return NsgLayer(layer, None, None, False, Verdict.ALLOWED, ())
    own = [d.nic if layer is Layer.NIC_NSG else d.subnet for d in decisions]
    reached = [d for d in own if d is not None]
    matches: dict[tuple[str | None, int | None], RuleMatch] = {}
    for d in reached:
        if d.match is not None:
            matches.setdefault((d.match.rule, d.match.priority), d.match)
    ordered = sorted(matches.values(), key=lambda m: -1 if m.priority is None else m.priority)
    verdict = combine(d.verdict for d in reached) if reached else Verdict.ALLOWED
    return NsgLayer(layer, nsg.nsg_id, nsg.name, True, verdict, tuple(ordered))
