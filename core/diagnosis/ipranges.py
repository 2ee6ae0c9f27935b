"""Exact IP address set arithmetic on inclusive integer intervals.

Service tags hold thousands of prefixes and NSG or firewall rules mix CIDRs, single addresses and dash ranges.
Enumerating addresses is impossible (IPv6), so every set is a sorted tuple of disjoint, non-adjacent
intervals per IP version; membership and coverage are answered by bisection.
"""

from __future__ import annotations

import bisect
import functools
import ipaddress
import operator
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network
from typing import ClassVar

_MAX = {4: (1 << 32) - 1, 6: (1 << 128) - 1}


def _address(text: str) -> IPv4Address | IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _ipv4_value(text: str) -> int | None:
    """A dotted quad exactly as ``ipaddress`` accepts it (ASCII digits, 0-255, no leading zeros), else ``None``.

    The fast path for the common case: ``ipaddress`` objects cost ~20 µs per prefix, and a diagnosis parses
    thousands (NSG rules, service tags, effective rules with expanded prefixes). Anything else — IPv6, masks,
    junk — goes to ``ipaddress``, which decides it as before.
    """
    parts = text.split(".")
    if len(parts) != 4:
        return None
    value = 0
    for part in parts:
        if not (part.isascii() and part.isdigit()) or len(part) > 3 or (part[0] == "0" and part != "0"):
            return None
        octet = int(part)
        if octet > 255:
            return None
        value = value << 8 | octet
    return value


def _ipv4_network(text: str) -> tuple[int, int] | None:
    """``a.b.c.d/n`` (host bits allowed) as (first, last), when the fast path can decide it; else ``None``."""
    address, _, length = text.partition("/")
    value = _ipv4_value(address)
    if value is None or not (length.isascii() and length.isdigit()) or len(length) > 2:
        return None
    bits = int(length)
    if bits > 32 or (length[0] == "0" and length != "0"):
        return None
    host = (1 << (32 - bits)) - 1
    return value & ~host, value | host


@dataclass(frozen=True, slots=True, order=True)
class IpRange:
    """An inclusive interval of addresses of one IP version; ordering is (version, first, last)."""

    version: int  # 4 or 6
    first: int  # inclusive
    last: int  # inclusive

    @classmethod
    def from_network(cls, net: IPv4Network | IPv6Network) -> IpRange:
        return cls(net.version, int(net.network_address), int(net.broadcast_address))

    @classmethod
    def parse(cls, text: str) -> IpRange | None:
        """An address, a CIDR (host bits allowed) or a firewall dash range ``a-b``; else ``None``.

        Never raises: callers feed it raw rule fields that may hold service tags, ``*``, FQDNs or junk.
        """
        if not isinstance(text, str):
            return None
        text = text.strip()
        if not text or text.count("-") > 1 or "%" in text:  # "%" would be an IPv6 zone id, never in rules
            return None
        if "-" in text:
            low_text, high_text = text.split("-")
            low, high = _address(low_text), _address(high_text)
            if low is None or high is None or low.version != high.version or int(low) > int(high):
                return None
            return cls(low.version, int(low), int(high))
        if "/" in text:
            fast = _ipv4_network(text)
            if fast is not None:
                return cls(4, fast[0], fast[1])
            try:
                return cls.from_network(ipaddress.ip_network(text, strict=False))
            except ValueError:
                return None
        value = _ipv4_value(text)
        if value is not None:
            return cls(4, value, value)
        single = _address(text)
        if single is None:
            return None
        return cls(single.version, int(single), int(single))

    def contains(self, other: IpRange) -> bool:
        return self.version == other.version and self.first <= other.first and other.last <= self.last

    def intersects(self, other: IpRange) -> bool:
        return self.version == other.version and self.first <= other.last and other.first <= self.last

    @property
    def size(self) -> int:
        return self.last - self.first + 1

    def _cidrs(self) -> list[IPv4Network] | list[IPv6Network]:
        if self.version == 4:
            return list(ipaddress.summarize_address_range(IPv4Address(self.first), IPv4Address(self.last)))
        return list(ipaddress.summarize_address_range(IPv6Address(self.first), IPv6Address(self.last)))

    def cidr_strings(self) -> tuple[str, ...]:
        """The range as CIDR strings; cached, because findings list the same ranges on every evaluation."""
        return _cidr_strings(self.version, self.first, self.last)

    def __str__(self) -> str:
        cidrs = self.cidr_strings()
        if len(cidrs) == 1:
            return cidrs[0]
        factory = IPv4Address if self.version == 4 else IPv6Address
        return f"{factory(self.first)}-{factory(self.last)}"


@functools.lru_cache(maxsize=8192)
def _cidr_strings(version: int, first: int, last: int) -> tuple[str, ...]:
    return tuple(str(net) for net in IpRange(version, first, last)._cidrs())


_order = operator.attrgetter("version", "first", "last")  # the same order as IpRange's own comparison


def _normalise(ranges: Iterable[IpRange]) -> tuple[IpRange, ...]:
    """Sort and merge overlapping or adjacent intervals (only the set of addresses counts)."""
    merged: list[IpRange] = []
    for r in sorted(ranges, key=_order):  # a C-level key: IpRange's generated __lt__ is Python, called n log n times
        if merged and merged[-1].version == r.version and r.first <= merged[-1].last + 1:
            if r.last > merged[-1].last:
                merged[-1] = IpRange(r.version, merged[-1].first, r.last)
        else:
            merged.append(r)
    return tuple(merged)


class IpRangeSet:
    """An immutable set of IPv4 and IPv6 addresses, normalised to sorted, merged intervals."""

    __slots__ = ("_hash", "_keys", "ranges")

    EMPTY: ClassVar[IpRangeSet]
    ALL_V4: ClassVar[IpRangeSet]
    ALL_V6: ClassVar[IpRangeSet]
    ALL: ClassVar[IpRangeSet]

    ranges: tuple[IpRange, ...]
    # Bisection keys and hash are built on first use: the evaluators create many short-lived sets.
    _keys: list[tuple[int, int]] | None
    _hash: int | None

    def __init__(self, ranges: Iterable[IpRange] = ()) -> None:
        self.ranges = _normalise(ranges)
        self._keys = None
        self._hash = None

    @classmethod
    def _trusted(cls, normalised: tuple[IpRange, ...]) -> IpRangeSet:
        """Wrap ranges already sorted and merged by one of the set operations (skips re-normalising)."""
        result = cls.__new__(cls)
        result.ranges = normalised
        result._keys = None
        result._hash = None
        return result

    @property
    def _bisect_keys(self) -> list[tuple[int, int]]:
        if self._keys is None:
            self._keys = [(r.version, r.first) for r in self.ranges]
        return self._keys

    @classmethod
    def of(cls, ranges: Iterable[IpRange]) -> IpRangeSet:
        return cls(ranges)

    @classmethod
    def parse_all(cls, texts: Iterable[str]) -> IpRangeSet:
        """The union of every parsable entry; unparsable ones (tags, FQDNs, junk) are ignored."""
        return cls(r for r in (IpRange.parse(t) for t in texts) if r is not None)

    # -- queries -------------------------------------------------------------------------------------------

    def _index_at_or_before(self, version: int, address: int) -> int:
        """Index of the interval with the greatest start <= address (same version), or -1."""
        i = bisect.bisect_right(self._bisect_keys, (version, address)) - 1
        if i >= 0 and self.ranges[i].version != version:
            return -1
        return i

    def covers(self, r: IpRange) -> bool:
        """Every address of ``r`` is in the set (intervals are merged, so one interval must hold it)."""
        i = self._index_at_or_before(r.version, r.first)
        return i >= 0 and self.ranges[i].last >= r.last

    def intersects(self, r: IpRange) -> bool:
        i = self._index_at_or_before(r.version, r.last)
        return i >= 0 and self.ranges[i].last >= r.first

    def contains_address(self, ip: str | IPv4Address | IPv6Address) -> bool:
        address = _address(ip) if isinstance(ip, str) else ip
        if address is None:
            return False
        value = int(address)
        return self.covers(IpRange(address.version, value, value))

    def overlapping(self, r: IpRange) -> tuple[IpRange, ...]:
        """The set's intervals that share at least one address with ``r`` (unclipped)."""
        lo = self._index_at_or_before(r.version, r.first)
        if lo < 0 or self.ranges[lo].last < r.first:
            lo = bisect.bisect_left(self._bisect_keys, (r.version, r.first))
        hi = bisect.bisect_right(self._bisect_keys, (r.version, r.last))
        return self.ranges[lo:hi]

    def is_empty(self) -> bool:
        return not self.ranges

    def address_count(self) -> int:
        return sum(r.size for r in self.ranges)

    # -- set algebra ---------------------------------------------------------------------------------------

    def union(self, other: IpRangeSet) -> IpRangeSet:
        if not other.ranges:
            return self
        if not self.ranges:
            return other
        return IpRangeSet(self.ranges + other.ranges)

    def intersection(self, other: IpRangeSet) -> IpRangeSet:
        # Walk the smaller set and bisect into the larger: rule sets are often tiny against huge tags.
        small, large = (self, other) if len(self.ranges) <= len(other.ranges) else (other, self)
        out: list[IpRange] = []
        for r in small.ranges:
            for hit in large.overlapping(r):
                out.append(IpRange(r.version, max(r.first, hit.first), min(r.last, hit.last)))
        return IpRangeSet._trusted(tuple(out))

    def difference(self, other: IpRangeSet) -> IpRangeSet:
        if not other.ranges or not self.ranges:
            return self
        # Walk the subtrahend and copy untouched stretches of self as slices: cheap when it is small
        # (the NSG sweep removes a few ranges at a time from a large remainder).
        out: list[IpRange] = []
        keys = self._bisect_keys
        done = 0  # ranges of self before this index are already emitted
        pending: IpRange | None = None  # the clipped remainder of self.ranges[done - 1], still open
        for hit in other.ranges:
            lo = max(bisect.bisect_right(keys, (hit.version, hit.first)) - 1, done)
            hi = bisect.bisect_right(keys, (hit.version, hit.last))
            if lo >= hi and pending is None:
                continue
            if lo > done:
                if pending is not None:
                    out.append(pending)
                    pending = None
                out.extend(self.ranges[done:lo])
                done = lo
            candidates = ([pending] if pending is not None else []) + list(self.ranges[done:hi])
            pending = None
            done = max(done, hi)
            for r in candidates:
                if not r.intersects(hit):
                    out.append(r)
                    continue
                if r.first < hit.first:
                    out.append(IpRange(r.version, r.first, hit.first - 1))
                if hit.last < r.last:
                    pending = IpRange(r.version, hit.last + 1, r.last)
        if pending is not None:
            out.append(pending)
        out.extend(self.ranges[done:])
        return IpRangeSet._trusted(tuple(out))

    def complement(self) -> IpRangeSet:
        """All addresses of both versions that are not in the set."""
        return IpRangeSet.ALL.difference(self)

    def to_cidrs(self) -> list[str]:
        return [cidr for r in self.ranges for cidr in r.cidr_strings()]

    # -- protocol ------------------------------------------------------------------------------------------

    def __bool__(self) -> bool:
        return bool(self.ranges)

    def __len__(self) -> int:
        return len(self.ranges)

    def __iter__(self) -> Iterator[IpRange]:
        return iter(self.ranges)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IpRangeSet) and self.ranges == other.ranges

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(self.ranges)
        return self._hash

    def __repr__(self) -> str:
        shown = ", ".join(str(r) for r in self.ranges[:6])
        more = f", … {len(self.ranges) - 6} more" if len(self.ranges) > 6 else ""
        return f"IpRangeSet([{shown}{more}])"


IpRangeSet.EMPTY = IpRangeSet()
IpRangeSet.ALL_V4 = IpRangeSet([IpRange(4, 0, _MAX[4])])
IpRangeSet.ALL_V6 = IpRangeSet([IpRange(6, 0, _MAX[6])])
IpRangeSet.ALL = IpRangeSet([IpRange(4, 0, _MAX[4]), IpRange(6, 0, _MAX[6])])


def cut_points(target: IpRange, boundaries: Iterable[IpRange]) -> list[int]:
    """Addresses inside ``target`` (excluding its first) where some boundary range starts or stops."""
    cuts: set[int] = set()
    for b in boundaries:
        if not b.intersects(target):
            continue
        if b.first > target.first:
            cuts.add(b.first)
        if b.last < target.last:
            cuts.add(b.last + 1)
    return sorted(cuts)


def split_at(target: IpRange, cuts: Iterable[int]) -> list[IpRange]:
    """Split ``target`` so that each cut address starts a new piece; cuts outside it are ignored."""
    pieces: list[IpRange] = []
    start = target.first
    for cut in sorted(set(cuts)):
        if target.first < cut <= target.last:
            pieces.append(IpRange(target.version, start, cut - 1))
            start = cut
    pieces.append(IpRange(target.version, start, target.last))
    return pieces


def atomic_pieces(target: IpRange, boundaries: Iterable[IpRange]) -> list[IpRange]:
    """Split target at every boundary of the given ranges, so that for each piece every boundary range either
    contains the whole piece or is disjoint from it. Pieces are returned in order and cover target exactly."""
    return split_at(target, cut_points(target, boundaries))
