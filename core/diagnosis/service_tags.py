"""Service tag name → address set lookup, from the Service Tags file or the ``serviceTags`` list API.

Both sources share the ``values[].properties.addressPrefixes`` shape but differ in details (the API gives
``changeNumber`` as a string and omits ``regionId``/``networkFeatures``), and tag names differ in casing
(``AzureCloud.westeurope`` vs ``AzureAttestation.WestEurope``), so lookups are case-insensitive.
Virtual tags (``Internet``, ``VirtualNetwork``, ``AzureLoadBalancer``) depend on the VM's network and are
resolved by the evaluators, not here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol

from core.diagnosis.arm_json import parse_int, properties, text
from core.diagnosis.ipranges import IpRangeSet

ATTESTATION_TAG = "AzureAttestation"


class TagResolver(Protocol):
    """What the evaluators need from :class:`ServiceTagIndex` (tests pass small fakes)."""

    def resolve(self, name: str) -> IpRangeSet | None: ...


class ServiceTagEntry:
    """One tag of the data. Its prefixes are parsed on first use: a region's list has ~3,000 tags with ~60,000
    prefixes, a diagnosis needs a handful of tags, and parsing them all took ~0.6 s per load."""

    __slots__ = ("_prefixes", "_raw", "change_number", "name", "network_features", "region", "system_service")

    def __init__(
        self,
        name: str,  # as spelled in the data
        region: str,  # "" for global entries, else the data's (lower-case, sometimes abbreviated) region
        system_service: str,
        change_number: int | None,
        network_features: tuple[str, ...] | None,
        prefixes: IpRangeSet | tuple[str, ...],
    ) -> None:
        self.name = name
        self.region = region
        self.system_service = system_service
        self.change_number = change_number
        self.network_features = network_features
        self._raw: tuple[str, ...] = () if isinstance(prefixes, IpRangeSet) else prefixes
        self._prefixes: IpRangeSet | None = prefixes if isinstance(prefixes, IpRangeSet) else None

    @property
    def prefixes(self) -> IpRangeSet:
        # Concurrent first reads may both parse; they produce equal sets, so the race is harmless.
        if self._prefixes is None:
            self._prefixes = IpRangeSet.parse_all(self._raw)
        return self._prefixes

    def __repr__(self) -> str:
        return f"ServiceTagEntry({self.name!r}, region={self.region!r})"


def _entry(raw: Any) -> ServiceTagEntry | None:
    if not isinstance(raw, Mapping):
        return None
    name = text(raw.get("name")) or text(raw.get("id"))
    if not name:
        return None
    props = properties(raw)
    prefixes = props.get("addressPrefixes")
    features = props.get("networkFeatures")
    return ServiceTagEntry(
        name=name,
        region=text(props.get("region")) or "",
        system_service=text(props.get("systemService")) or "",
        change_number=parse_int(props.get("changeNumber")),
        network_features=tuple(str(f) for f in features) if isinstance(features, list) else None,
        prefixes=tuple(p for p in prefixes if isinstance(p, str)) if isinstance(prefixes, list) else (),
    )


class ServiceTagIndex:
    """Case-insensitive index of service tag entries with the data's provenance (source, date, version)."""

    def __init__(
        self,
        entries: Iterable[ServiceTagEntry],
        *,
        source: str,
        date: str | None = None,
        change_number: int | None = None,
        cloud: str | None = None,
    ) -> None:
        self._entries: dict[str, ServiceTagEntry] = {}
        for entry in entries:
            # A duplicate name (should not happen) keeps the union, so no address is silently lost.
            key = entry.name.casefold()
            previous = self._entries.get(key)
            if previous is not None:
                entry = ServiceTagEntry(
                    entry.name,
                    entry.region,
                    entry.system_service,
                    entry.change_number,
                    entry.network_features,
                    previous.prefixes.union(entry.prefixes),
                )
            self._entries[key] = entry
        self.source = source
        self.date = date
        self.change_number = change_number
        self.cloud = cloud

    @classmethod
    def from_json(cls, body: Mapping[str, Any], *, source: str, date: str | None = None) -> ServiceTagIndex:
        """Build from the list API body (or its SDK model, a dict subclass) or the downloadable file."""
        values = body.get("values") if isinstance(body, Mapping) else None
        if not isinstance(values, list) and isinstance(body, Mapping):
            values = body.get("valuesProperty")  # defensive: an SDK model dumped with attribute names
        entries = [e for e in (_entry(v) for v in values or ()) if e is not None]
        cloud = body.get("cloud") if isinstance(body, Mapping) else None
        return cls(
            entries,
            source=source,
            date=date,
            change_number=parse_int(body.get("changeNumber")) if isinstance(body, Mapping) else None,
            cloud=cloud if isinstance(cloud, str) else None,
        )

    @classmethod
    def load(cls, path: str | Path, *, source: str | None = None, date: str | None = None) -> ServiceTagIndex:
        """Read a Service Tags file; utf-8-sig accepts downloads with or without a byte-order mark."""
        body = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        if not isinstance(body, Mapping):
            raise ValueError(f"{path}: not a service tags document")
        return cls.from_json(body, source=source or Path(path).name, date=date)

    def entry(self, name: str) -> ServiceTagEntry | None:
        return self._entries.get(name.strip().casefold()) if isinstance(name, str) else None

    def resolve(self, name: str) -> IpRangeSet | None:
        """The tag's addresses, or ``None`` when the data does not know the tag."""
        entry = self.entry(name)
        return entry.prefixes if entry is not None else None

    def names(self) -> list[str]:
        return sorted(e.name for e in self._entries.values())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.entry(name) is not None

    def __len__(self) -> int:
        return len(self._entries)

    def regional_entry(self, tag: str, region: str) -> ServiceTagEntry | None:
        """``<tag>.<Region>`` for an ARM location: by the entry's region field or by its name suffix.

        Both are needed: the data abbreviates some regions (``brazilse`` for BrazilSoutheast) while names
        use other casings than ARM locations (``WestEurope`` vs ``westeurope``).
        """
        wanted = region.replace(" ", "").casefold()
        if not wanted:
            return None
        by_name = self.entry(f"{tag}.{wanted}")
        if by_name is not None:
            return by_name
        prefix = f"{tag.casefold()}."
        for key, entry in self._entries.items():
            if key.startswith(prefix) and entry.region.casefold() == wanted:
                return entry
        return None

    def attestation_destination(self, region: str) -> tuple[str, IpRangeSet]:
        """The tag name and prefixes of Azure Attestation for a VM region: the regional entry when the data
        has one, else the global ``AzureAttestation`` (empty set when the data lacks even that)."""
        regional = self.regional_entry(ATTESTATION_TAG, region)
        if regional is not None and regional.prefixes:
            return regional.name, regional.prefixes
        glob = self.entry(ATTESTATION_TAG)
        return (glob.name, glob.prefixes) if glob is not None else (ATTESTATION_TAG, IpRangeSet.EMPTY)
