"""Host name matching for Azure Firewall FQDN fields (application rule ``targetFqdns``, network rule
``destinationFqdns``, ``targetUrls``).

Azure Firewall allows a wildcard only as a prefix: ``*`` (every name), ``*.contoso.com`` (any subdomain, at
any depth, but not ``contoso.com`` itself) and ``*contoso.com`` (any name ending in ``contoso.com``,
including it). Names compare case-insensitively; a trailing root dot is ignored.
"""

from __future__ import annotations

from enum import Enum


class UrlMatch(Enum):
    """Outcome of matching a ``targetUrls`` entry, whose path part cannot be judged offline."""

    NO = "no"
    YES = "yes"
    PATH_UNKNOWN = "path-unknown"


def _normalise(name: str) -> str:
    text = name.strip().lower()
    # Only a root dot after a label is dropped: "*." must stay malformed rather than become "*".
    return text[:-1] if text.endswith(".") and not text.endswith("*.") else text


def fqdn_matches(pattern: str, host: str) -> bool:
    """Whether a firewall FQDN pattern matches ``host``; malformed patterns (inner ``*``) never match."""
    if not isinstance(pattern, str) or not isinstance(host, str):
        return False
    pat, name = _normalise(pattern), _normalise(host)
    if not pat or not name:
        return False
    if pat == "*":
        return True
    if pat.startswith("*"):
        suffix = pat[1:]
        if not suffix or "*" in suffix:
            return False
        if suffix.startswith("."):
            return name.endswith(suffix) and len(name) > len(suffix)
        return name.endswith(suffix)
    return "*" not in pat and pat == name


def url_matches(url: str, host: str) -> UrlMatch:
    """Match a ``targetUrls`` entry (``host/path``, no scheme) against ``host``.

    A URL without a path, or with a path of only ``*`` / ``/*``, covers every request to the host; any other
    path depends on the request path the extension uses, which is not documented.
    """
    if not isinstance(url, str):
        return UrlMatch.NO
    text = url.strip()
    for scheme in ("https://", "http://"):
        if text.lower().startswith(scheme):
            text = text[len(scheme) :]
    host_part, _, path = text.partition("/")
    host_part = host_part.partition(":")[0]  # an explicit port is matched by the rule's protocols
    if not fqdn_matches(host_part, host):
        return UrlMatch.NO
    if path in ("", "*"):
        return UrlMatch.YES
    return UrlMatch.PATH_UNKNOWN
