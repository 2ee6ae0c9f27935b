"""Produce the trimmed, dated service-tag extracts bundled for the offline fallback.

Usage (from the repo root)::

    uv run python resources/data/service_tags/extract.py \
        /path/to/ServiceTags_Public_20251109.json /path/to/ServiceTags_AzureGovernment_20260719.json

Each source is Microsoft's weekly download. The output keeps the download's format (``changeNumber``,
``cloud``, ``values``) and file name scheme ``<cloud>_<YYYY-MM-DD>.json``; the date is taken from the
source file name (``YYYY-MM-DD`` or ``YYYYMMDD``) or ``--date``. Update README.md after a refresh.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

# AzureAttestation* is the tag the product recommends; AzureCloud* lets the evaluators tell "inside Azure"
# from "Internet". The rest are tags admins commonly put into outbound NSG / firewall rules, so a rule that
# names them can be resolved offline. Global entries only: their regional variants would triple the size.
PREFIX_FAMILIES = ("AzureAttestation", "AzureCloud")
COMMON_TAGS = (
    "Storage",
    "AzureMonitor",
    "AzureActiveDirectory",
    "GuestAndHybridManagement",
    "AzureResourceManager",
    "AzureFrontDoor.FirstParty",
    "AzureFrontDoor.Frontend",
    "AzureKeyVault",
    "AzureUpdateDelivery",
    "AzureBackup",
    "AzureSecurityCenter",
    "MicrosoftDefenderForEndpoint",
    "AzureArcInfrastructure",
    "AzureTrafficManager",
    "EventHub",
    "Sql",
)
CLOUD_FILE_NAMES = {"Public": "Public", "AzureGovernment": "AzureGovernment"}


def wanted(name: str) -> bool:
    if name in COMMON_TAGS:
        return True
    return any(name == family or name.startswith(family + ".") for family in PREFIX_FAMILIES)


def extract(source: dict[str, Any]) -> dict[str, Any]:
    values = [entry for entry in source["values"] if wanted(str(entry.get("name", "")))]
    return {"changeNumber": source["changeNumber"], "cloud": source["cloud"], "values": values}


def source_date(path: Path, override: str | None) -> str:
    if override:
        return override
    match = re.search(r"(\d{4})-?(\d{2})-?(\d{2})", path.name)
    if not match:
        raise SystemExit(f"cannot read a date from {path.name}; pass --date YYYY-MM-DD")
    return "-".join(match.groups())


def write(extract_doc: dict[str, Any], out_dir: Path, date: str) -> Path:
    target = out_dir / f"{CLOUD_FILE_NAMES.get(extract_doc['cloud'], extract_doc['cloud'])}_{date}.json"
    # One entry per line: small diffs on refresh, still compact.
    lines = [json.dumps(entry, separators=(",", ":")) for entry in extract_doc["values"]]
    change, cloud = json.dumps(extract_doc["changeNumber"]), json.dumps(extract_doc["cloud"])
    body = f'{{"changeNumber":{change},"cloud":{cloud},"values":[\n' + ",\n".join(lines) + "\n]}\n"
    target.write_text(body, encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", type=Path)
    parser.add_argument("--date", help="source date YYYY-MM-DD (default: from the file name)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args()
    for path in args.sources:
        # utf-8-sig: some downloads carry a BOM.
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
        result = extract(doc)
        target = write(result, args.out, source_date(path, args.date))
        kept, total = len(result["values"]), len(doc["values"])
        print(f"{target.name}: {kept} of {total} entries, {target.stat().st_size} bytes")


if __name__ == "__main__":
    main()
