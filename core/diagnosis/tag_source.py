"""Which service tag data a diagnosis uses: live → snapshot → bundled dated extract.

Live data is the service tags API answer for the VM's location (fetched and cached per session by the
collector); a snapshot may carry a ``Microsoft.Network/serviceTags`` body; the bundled extracts under
``resources/data/service_tags/`` are the last resort and come with a finding that states their date, since
Microsoft changes the addresses weekly. Tags the chosen data lacks (the API returns a subset of the file, and
snapshots often carry only a few entries) are filled from the bundled extract, and every tag actually looked up
that way is reported, so a stale address range never decides a verdict silently.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

from core.diagnosis.endpoints import CLOUD_PUBLIC, CLOUD_US_GOVERNMENT, normalize_cloud
from core.diagnosis.model import Finding, Severity
from core.diagnosis.resource_index import ResourceIndex
from core.diagnosis.service_tags import ServiceTagEntry, ServiceTagIndex
from core.i18n import QT_TRANSLATE_NOOP
from core.resources import resource_path

TagSourceKind = Literal["live", "snapshot", "bundled", "none"]

MSG_BUNDLED = QT_TRANSLATE_NOOP(
    "Findings",
    "No current service tag data was available, so the bundled extract dated {date} was used. Microsoft "
    "updates service tags weekly; addresses added since then are not taken into account.",
)
MSG_FILLED = QT_TRANSLATE_NOOP(
    "Findings",
    "The service tags {tags} are not in the current service tag data; their addresses were taken from the "
    "bundled extract dated {date}.",
)
MSG_NO_DATA = QT_TRANSLATE_NOOP(
    "Findings",
    "No service tag data is available for this Azure cloud, so the addresses of Azure Attestation are unknown.",
)

# File name prefix of the bundled extract per canonical cloud name (see resources/data/service_tags/README.md).
_BUNDLE_PREFIX = {CLOUD_PUBLIC: "Public", CLOUD_US_GOVERNMENT: "AzureGovernment"}
_DATED = re.compile(r"^(?P<prefix>[A-Za-z]+)_(?P<date>\d{4}-\d{2}-\d{2})\.json$")


@dataclass(frozen=True)
class BundledTags:
    index: ServiceTagIndex
    date: str
    path: Path


@cache
def bundled_tags(cloud: str = CLOUD_PUBLIC) -> BundledTags | None:
    """The newest bundled extract for ``cloud`` (parsed once per process), or ``None`` when there is none."""
    prefix = _BUNDLE_PREFIX.get(normalize_cloud(cloud) or "")
    if prefix is None:
        return None
    candidates = sorted(
        (m.group("date"), p)
        for p in resource_path("data", "service_tags").glob(f"{prefix}_*.json")
        if (m := _DATED.match(p.name)) and m.group("prefix") == prefix
    )
    if not candidates:
        return None
    date, path = candidates[-1]
    return BundledTags(ServiceTagIndex.load(path, source=f"bundled:{path.name}", date=date), date, path)


class LayeredTagIndex(ServiceTagIndex):
    """The primary data, with entries it lacks taken from a fallback; remembers which fallback tags were used."""

    def __init__(self, primary: ServiceTagIndex | None, fallback: ServiceTagIndex | None, *, source: str) -> None:
        own = _entries(primary)
        own_names = {e.name.casefold() for e in own}
        borrowed = [e for e in _entries(fallback) if e.name.casefold() not in own_names]
        base = primary or fallback
        super().__init__(
            [*own, *borrowed],
            source=source,
            date=base.date if base is not None else None,
            change_number=base.change_number if base is not None else None,
            cloud=base.cloud if base is not None else None,
        )
        self._borrowed = {e.name.casefold() for e in borrowed}
        self.used_fallback: set[str] = set()

    def entry(self, name: str) -> ServiceTagEntry | None:
        found = super().entry(name)
        if found is not None and found.name.casefold() in self._borrowed:
            self.used_fallback.add(found.name)
        return found


def _entries(index: ServiceTagIndex | None) -> list[ServiceTagEntry]:
    if index is None:
        return []
    return [e for name in index.names() if (e := ServiceTagIndex.entry(index, name)) is not None]


@dataclass
class TagData:
    """The service tag data chosen for one diagnosis and where it came from."""

    index: LayeredTagIndex
    source: TagSourceKind
    fallback_date: str | None  # date of the bundled extract used to fill gaps (or as the whole data)
    findings: list[Finding] = field(default_factory=list)

    def usage_findings(self) -> list[Finding]:
        """After evaluation: which tags were looked up in the bundled extract although other data was used."""
        if self.source == "bundled" or not self.index.used_fallback:
            return []
        tags = ", ".join(sorted(self.index.used_fallback, key=str.casefold))
        return [
            Finding(
                "SERVICE_TAGS_FILLED_FROM_BUNDLE",
                Severity.INFO,
                MSG_FILLED,
                {"tags": tags, "date": self.fallback_date or "?"},
                {"source": self.source},
            )
        ]


# Building an index parses every prefix (~40-100 ms for a region's tags); the same body object is diagnosed again and
# again (the simulator's store, a session's collected data), so the last few are kept, checked by identity.
_BUILT: dict[tuple[int, str], tuple[Mapping[str, Any], ServiceTagIndex]] = {}
_BUILT_MAX = 8


def _from_body(body: Mapping[str, Any] | None, source: str) -> ServiceTagIndex | None:
    if not isinstance(body, Mapping):
        return None
    key = (id(body), source)
    cached = _BUILT.get(key)
    if cached is not None and cached[0] is body:
        index = cached[1]
    else:
        index = ServiceTagIndex.from_json(body, source=source)
        if len(_BUILT) >= _BUILT_MAX:
            _BUILT.pop(next(iter(_BUILT)))
        _BUILT[key] = (body, index)
    return index if len(index) else None


def select_tags(index: ResourceIndex, location: str, cloud: str = CLOUD_PUBLIC) -> TagData:
    """Live data for ``location`` when the collector fetched it, else the snapshot's, else the bundled extract."""
    bundled = bundled_tags(cloud)
    fallback = bundled.index if bundled is not None else None
    fallback_date = bundled.date if bundled is not None else None
    sources: list[tuple[TagSourceKind, Mapping[str, Any] | None]] = [
        ("live", index.live_service_tags(location)),
        ("snapshot", index.service_tags(location)),
    ]
    for kind, body in sources:
        primary = _from_body(body, kind)
        if primary is not None:
            return TagData(LayeredTagIndex(primary, fallback, source=kind), kind, fallback_date)
    if bundled is not None:
        finding = Finding(
            "SERVICE_TAGS_BUNDLED", Severity.INFO, MSG_BUNDLED, {"date": bundled.date}, {"file": bundled.path.name}
        )
        return TagData(LayeredTagIndex(None, fallback, source="bundled"), "bundled", fallback_date, [finding])
    finding = Finding("SERVICE_TAGS_UNAVAILABLE", Severity.WARNING, MSG_NO_DATA, {}, {"cloud": cloud})
    return TagData(LayeredTagIndex(None, None, source="none"), "none", None, [finding])
