"""IpRange.parse's IPv4 fast path decides exactly as ``ipaddress`` does, for well-formed and odd input alike."""

from __future__ import annotations

import ipaddress
import random

import pytest

from core.diagnosis.ipranges import IpRange


def _reference(text: str) -> IpRange | None:
    """What parse answered before the fast path: ``ipaddress`` for CIDRs and single addresses."""
    text = text.strip()
    try:
        if "/" in text:
            net = ipaddress.ip_network(text, strict=False)
            return IpRange(net.version, int(net.network_address), int(net.broadcast_address))
        address = ipaddress.ip_address(text)
        return IpRange(address.version, int(address), int(address))
    except ValueError:
        return None


ODD = [
    "10.0.0.0/8", "10.1.2.3/8", "0.0.0.0/0", "255.255.255.255/32", "192.168.1.1", "1.2.3.4/33", "1.2.3.4/-1",
    "1.2.3.4/08", "1.2.3.4/", "1.2.3/24", "1.2.3.4.5", "01.2.3.4", "1.2.3.004", "256.1.1.1", "1.2.3.4/255.0.0.0",
    "1.2.3.4/0.0.0.255", "1.2.3.4/24/5", " 10.0.0.1 ", "１.2.3.4", "1.2.3.4/２4", "1.2.3.4/+8", "1.2.3.4 /8",
    "1..3.4", ".1.2.3", "1.2.3.4.", "fe80::1", "2001:db8::/32", "::ffff:1.2.3.4", "::ffff:1.2.3.4/128", "*",
    "Internet", "", "1.2.3.0x1", "1.2.3.4/1_6", "1.2.3.4/0", "127.0.0.1/32", "0.0.0.0",
]  # fmt: skip


@pytest.mark.parametrize("text", ODD)
def test_odd_and_common_inputs_match_ipaddress(text: str) -> None:
    assert IpRange.parse(text) == _reference(text)


def test_random_prefixes_match_ipaddress() -> None:
    rng = random.Random(15)
    for _ in range(3000):
        octets = [str(rng.choice([rng.randint(0, 255), rng.randint(0, 300)])) for _ in range(4)]
        if rng.random() < 0.1:
            octets[rng.randrange(4)] = "0" + octets[0]
        text = ".".join(octets)
        if rng.random() < 0.8:
            text += "/" + str(rng.randint(0, 34))
        assert IpRange.parse(text) == _reference(text), text
