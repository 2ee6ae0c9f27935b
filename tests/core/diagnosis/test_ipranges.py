"""IpRange / IpRangeSet: parsing, normalisation, set algebra and atomic pieces, checked against ipaddress."""

from __future__ import annotations

import ipaddress
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.diagnosis.ipranges import IpRange, IpRangeSet, atomic_pieces, cut_points, split_at


def r4(a: str, b: str | None = None) -> IpRange:
    return IpRange(4, int(ipaddress.IPv4Address(a)), int(ipaddress.IPv4Address(b or a)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10.0.0.4", r4("10.0.0.4")),
        (" 10.0.0.4 ", r4("10.0.0.4")),
        ("10.0.0.0/24", r4("10.0.0.0", "10.0.0.255")),
        ("10.0.0.7/24", r4("10.0.0.0", "10.0.0.255")),  # host bits tolerated (strict=False)
        ("0.0.0.0/0", r4("0.0.0.0", "255.255.255.255")),
        ("10.1.4.12-10.1.4.255", r4("10.1.4.12", "10.1.4.255")),
        ("10.1.4.12 - 10.1.4.12", r4("10.1.4.12")),
        ("2001:db8::/32", IpRange(6, 0x20010DB8 << 96, (0x20010DB8 << 96) | ((1 << 96) - 1))),
        ("::/0", IpRange(6, 0, (1 << 128) - 1)),
        ("::1", IpRange(6, 1, 1)),
    ],
)
def test_parse_accepts_addresses_cidrs_and_dash_ranges(text: str, expected: IpRange) -> None:
    assert IpRange.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "*",
        "",
        "   ",
        "Internet",
        "AzureCloud.westeurope",
        "login.microsoftonline.com",
        "10.0.0.256",
        "10.0.0.0/33",
        "10.0.0.9-10.0.0.1",
        "10.0.0.1-::1",
        "10.0.0.1-10.0.0.2-10.0.0.3",
        "fe80::1%eth0",
        "10.0.0.0/24/1",
        "-",
        "10.0.0.1-",
    ],
)
def test_parse_returns_none_for_anything_else(text: str) -> None:
    assert IpRange.parse(text) is None


def test_parse_never_raises_on_non_strings() -> None:
    assert IpRange.parse(None) is None  # type: ignore[arg-type]
    assert IpRange.parse(42) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("10.0.0.0/24", "10.0.0.0/24"),
        ("10.0.0.4", "10.0.0.4/32"),
        ("10.0.0.1-10.0.0.2", "10.0.0.1-10.0.0.2"),
        ("10.0.0.0-10.0.0.3", "10.0.0.0/30"),
        ("2001:db8::/32", "2001:db8::/32"),
    ],
)
def test_str_is_cidr_when_exact_else_dash_range(text: str, shown: str) -> None:
    parsed = IpRange.parse(text)
    assert parsed is not None and str(parsed) == shown


@pytest.mark.parametrize(
    ("outer", "inner", "contains", "intersects"),
    [
        ("10.0.0.0/24", "10.0.0.4", True, True),
        ("10.0.0.0/24", "10.0.0.0/23", False, True),
        ("10.0.0.0/24", "10.0.1.0/24", False, False),
        ("10.0.0.0-10.0.0.10", "10.0.0.10-10.0.0.20", False, True),
        ("0.0.0.0/0", "::/0", False, False),  # versions never mix
    ],
)
def test_range_contains_and_intersects(outer: str, inner: str, contains: bool, intersects: bool) -> None:
    a, b = IpRange.parse(outer), IpRange.parse(inner)
    assert a is not None and b is not None
    assert a.contains(b) is contains
    assert a.intersects(b) is intersects
    assert b.intersects(a) is intersects


def test_set_normalises_overlapping_and_adjacent_ranges() -> None:
    s = IpRangeSet.parse_all(["10.0.0.128/25", "10.0.0.0/25", "10.0.0.5", "::1", "10.0.2.0/24", "junk", "*"])
    assert s.to_cidrs() == ["10.0.0.0/24", "10.0.2.0/24", "::1/128"]
    assert len(s) == 3
    assert [r.version for r in s] == [4, 4, 6]


def test_set_queries() -> None:
    s = IpRangeSet.parse_all(["10.0.0.0/24", "10.0.2.0/24", "2001:db8::/32"])
    assert s.covers(r4("10.0.0.4", "10.0.0.200"))
    assert not s.covers(r4("10.0.0.4", "10.0.1.0"))  # crosses the gap
    assert s.intersects(r4("10.0.1.0", "10.0.2.0"))
    assert not s.intersects(r4("10.0.1.0", "10.0.1.255"))
    assert s.contains_address("2001:db8::5")
    assert not s.contains_address("10.0.1.1")
    assert not s.contains_address("not an ip")
    assert s.contains_address(ipaddress.ip_address("10.0.2.9"))
    assert not IpRangeSet.ALL_V6.contains_address("10.0.0.1")
    assert IpRangeSet.ALL.contains_address("::") and IpRangeSet.ALL.contains_address("255.255.255.255")


def test_set_constants_and_protocol() -> None:
    assert IpRangeSet.EMPTY.is_empty() and not IpRangeSet.EMPTY
    assert IpRangeSet.ALL_V4.to_cidrs() == ["0.0.0.0/0"]
    assert IpRangeSet.ALL_V4.union(IpRangeSet.ALL_V6) == IpRangeSet.ALL
    assert IpRangeSet.ALL.complement() == IpRangeSet.EMPTY
    a = IpRangeSet.parse_all(["10.0.0.0/25", "10.0.0.128/25"])
    b = IpRangeSet.parse_all(["10.0.0.0/24"])
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != "10.0.0.0/24"


def test_set_algebra_examples() -> None:
    a = IpRangeSet.parse_all(["10.0.0.0/24", "192.168.0.0/16"])
    b = IpRangeSet.parse_all(["10.0.0.128/25", "192.168.10.0/24", "172.16.0.0/12"])
    assert a.intersection(b).to_cidrs() == ["10.0.0.128/25", "192.168.10.0/24"]
    assert a.difference(b).to_cidrs() == [
        "10.0.0.0/25",
        "192.168.0.0/21",
        "192.168.8.0/23",
        "192.168.11.0/24",
        "192.168.12.0/22",
        "192.168.16.0/20",
        "192.168.32.0/19",
        "192.168.64.0/18",
        "192.168.128.0/17",
    ]
    assert a.union(b).covers(r4("172.16.0.1"))


@pytest.mark.parametrize(
    ("target", "boundaries", "expected"),
    [
        ("10.0.0.0/24", [], ["10.0.0.0/24"]),
        ("10.0.0.0/24", ["10.0.0.0/25"], ["10.0.0.0/25", "10.0.0.128/25"]),
        ("10.0.0.0/24", ["0.0.0.0/0"], ["10.0.0.0/24"]),
        ("10.0.0.0/24", ["10.0.1.0/24", "::/0"], ["10.0.0.0/24"]),
        (
            "10.0.0.0/24",
            ["10.0.0.16/28", "10.0.0.0/27"],
            ["10.0.0.0/28", "10.0.0.16/28", "10.0.0.32-10.0.0.255"],
        ),
        (
            "10.0.0.0/30",
            ["10.0.0.1", "10.0.0.2"],
            ["10.0.0.0/32", "10.0.0.1/32", "10.0.0.2/32", "10.0.0.3/32"],
        ),
        ("10.0.0.0/24", ["9.0.0.0-10.0.0.9"], ["10.0.0.0-10.0.0.9", "10.0.0.10-10.0.0.255"]),
    ],
)
def test_atomic_pieces_splits_at_boundaries(target: str, boundaries: list[str], expected: list[str]) -> None:
    t = IpRange.parse(target)
    assert t is not None
    pieces = atomic_pieces(t, [b for b in map(IpRange.parse, boundaries) if b is not None])
    assert [str(p) for p in pieces] == expected


def test_split_at_ignores_cuts_outside_target() -> None:
    t = r4("10.0.0.0", "10.0.0.9")
    assert split_at(t, [0, t.first, t.last + 1, t.first + 5, t.first + 5]) == [
        r4("10.0.0.0", "10.0.0.4"),
        r4("10.0.0.5", "10.0.0.9"),
    ]
    assert cut_points(t, [r4("10.0.0.3", "10.0.0.3")]) == [t.first + 3, t.first + 4]


# -- properties against Python's ipaddress on a small universe ----------------------------------------------

_BASE = int(ipaddress.IPv4Address("10.0.0.0"))
_UNIVERSE = 64  # 10.0.0.0 - 10.0.0.63


@st.composite
def small_ranges(draw: st.DrawFn) -> IpRange:
    a = draw(st.integers(0, _UNIVERSE - 1))
    b = draw(st.integers(a, _UNIVERSE - 1))
    return IpRange(4, _BASE + a, _BASE + b)


def _addresses(ranges: list[IpRange]) -> set[int]:
    out: set[int] = set()
    for r in ranges:
        out.update(range(r.first, r.last + 1))
    return out


range_lists = st.lists(small_ranges(), max_size=6)


@settings(max_examples=300, deadline=None)
@given(range_lists, range_lists, small_ranges())
def test_set_algebra_matches_ipaddress(xs: list[IpRange], ys: list[IpRange], probe: IpRange) -> None:
    a, b = IpRangeSet.of(xs), IpRangeSet.of(ys)
    ea, eb = _addresses(xs), _addresses(ys)
    assert _addresses(list(a)) == ea
    assert _addresses(list(a.union(b))) == ea | eb
    assert _addresses(list(a.intersection(b))) == ea & eb
    assert _addresses(list(a.difference(b))) == ea - eb
    # normalised: sorted, disjoint and never adjacent
    assert all(p.last + 1 < q.first for p, q in itertools.pairwise(a.ranges))
    probe_addresses = _addresses([probe])
    assert a.covers(probe) == (probe_addresses <= ea)
    assert a.intersects(probe) == bool(probe_addresses & ea)
    assert IpRangeSet.parse_all(a.to_cidrs()) == a
    for offset in (0, 17, 63):
        assert a.contains_address(ipaddress.IPv4Address(_BASE + offset)) == (_BASE + offset in ea)


@settings(max_examples=300, deadline=None)
@given(small_ranges(), range_lists)
def test_atomic_pieces_property(target: IpRange, boundaries: list[IpRange]) -> None:
    pieces = atomic_pieces(target, boundaries)
    assert pieces[0].first == target.first and pieces[-1].last == target.last
    assert all(p.last + 1 == q.first for p, q in itertools.pairwise(pieces))
    for piece in pieces:
        for b in boundaries:
            assert b.contains(piece) or not b.intersects(piece)
    # minimal: two neighbouring pieces differ in membership of at least one boundary
    for p, q in itertools.pairwise(pieces):
        assert any(b.contains(p) != b.contains(q) for b in boundaries)


@st.composite
def mixed_ranges(draw: st.DrawFn) -> IpRange:
    """Ranges of both versions at the same small integer offsets: versions must never mix."""
    version = draw(st.sampled_from([4, 6]))
    a = draw(st.integers(0, 40))
    return IpRange(version, a, draw(st.integers(a, 40)))


def _tagged(ranges: list[IpRange]) -> set[tuple[int, int]]:
    return {(r.version, a) for r in ranges for a in range(r.first, r.last + 1)}


@settings(max_examples=300, deadline=None)
@given(st.lists(mixed_ranges(), max_size=8), st.lists(mixed_ranges(), max_size=8))
def test_set_algebra_keeps_versions_apart(xs: list[IpRange], ys: list[IpRange]) -> None:
    a, b = IpRangeSet.of(xs), IpRangeSet.of(ys)
    assert _tagged(list(a.union(b))) == _tagged(xs) | _tagged(ys)
    assert _tagged(list(a.intersection(b))) == _tagged(xs) & _tagged(ys)
    assert _tagged(list(a.difference(b))) == _tagged(xs) - _tagged(ys)
    assert a.difference(b).union(a.intersection(b)) == a
