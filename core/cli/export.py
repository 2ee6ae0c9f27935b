"""``boot-integrity export --vm ID --out FILE``: a snapshot of exactly what a diagnosis of that VM read.

The file is in the snapshot format (docs/snapshot-format.md): every resource the collector read, the locks it
listed, and the service tag entries the diagnosis can use (the attestation tags and every tag a rule on the path
names), so ``diagnose --snapshot FILE`` on another machine gives the same result. Nothing secret goes in: no
tokens (the file holds ARM JSON only), no ``protectedSettings``, no custom data, user data or passwords, no tag
values unless ``--include-tags``; ``exportInfo.omitted`` lists every path left out. Real-tenant cases exported
this way become regression tests under ``tests/cases/``.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from core import __version__
from core.azure.collector import Collected
from core.cli.common import EXIT_OK, add_tenant_options, fail, fail_with, open_session
from core.cli.text import tr
from core.i18n import QT_TRANSLATE_NOOP
from core.usecases.diagnose import diagnose_vm

FORMAT = "boot-integrity-export/1"
SERVICE_TAGS_TYPE = "microsoft.network/servicetags"
ATTESTATION_TAG = "AzureAttestation"

# Property paths (dot-separated, below a resource) whose values are secret or personal: always left out.
_SECRET_KEYS = frozenset(
    {
        "protectedsettings",
        "protectedsettingsfromkeyvault",
        "customdata",
        "userdata",
        "adminpassword",
        "secrets",
    }
)


def _strip(node: Any, path: str, omitted: list[str]) -> Any:
    """A deep copy of ``node`` without secret keys; each removed path is recorded in ``omitted``."""
    if isinstance(node, Mapping):
        kept: dict[str, Any] = {}
        for key, value in node.items():
            where = f"{path}.{key}" if path else str(key)
            if str(key).lower() in _SECRET_KEYS:
                omitted.append(where)
                continue
            kept[str(key)] = _strip(value, where, omitted)
        return kept
    if isinstance(node, list):
        return [_strip(v, f"{path}[{i}]", omitted) for i, v in enumerate(node)]
    return copy.deepcopy(node)


def _blank_tags(node: Any, path: str, omitted: list[str]) -> None:
    """Keep tag names (they can matter to a reader) but not their values."""
    if isinstance(node, dict):
        tags = node.get("tags")
        if isinstance(tags, dict) and tags:
            node["tags"] = dict.fromkeys(tags, "")
            omitted.append(f"{path}.tags (values)" if path else "tags (values)")
        for key, value in node.items():
            if key != "tags":
                _blank_tags(value, f"{path}.{key}" if path else key, omitted)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _blank_tags(value, f"{path}[{i}]", omitted)


def _strings(node: Any) -> Iterable[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, Mapping):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def used_service_tags(tags_body: Mapping[str, Any], resources: list[dict[str, Any]]) -> dict[str, Any]:
    """The service tags body cut down to what a diagnosis of ``resources`` can use.

    Kept: every ``AzureAttestation`` entry (global and regional: the destination of any provider region) and
    every entry a rule names (any string in the resources equal to a tag name, without case).
    """
    named = {s.lower() for r in resources for s in _strings(r) if len(s) < 120}
    kept = [
        v
        for v in tags_body.get("values") or []
        if isinstance(v, Mapping)
        and (
            str(v.get("name", "")).lower() in named
            or str(v.get("name", "")).split(".")[0].lower() == ATTESTATION_TAG.lower()
        )
    ]
    body = {k: copy.deepcopy(v) for k, v in tags_body.items() if k != "values"}
    body["type"] = body.get("type") or "Microsoft.Network/serviceTags"
    body["values"] = copy.deepcopy(kept)
    return body


def build_export(collected: Collected, *, include_tags: bool = False) -> dict[str, Any]:
    """The support snapshot of one diagnosis (pure: ARM JSON in, snapshot dict out)."""
    omitted: list[str] = []
    resources: list[dict[str, Any]] = []
    tags_body: Mapping[str, Any] | None = None
    for resource in collected.index.resources():
        if str(resource.get("type", "")).lower() == SERVICE_TAGS_TYPE:
            tags_body = tags_body or resource
            continue
        rid = str(resource.get("id", ""))
        clean = _strip(resource, rid, omitted)
        if not include_tags:
            _blank_tags(clean, rid, omitted)
        resources.append(clean)
    live = collected.index.live_service_tags()
    tags_body = live or tags_body
    if tags_body is not None:
        resources.append(used_service_tags(tags_body, resources))
    unreadable = [
        {"id": problem.resource_id, "reason": problem.reason, "detail": problem.detail}
        for problem in collected.index.unreadable_all()
    ]
    snapshot: dict[str, Any] = {
        "exportInfo": {
            "format": FORMAT,
            "tool": f"boot-integrity {__version__}",
            "vm": collected.vm_id,
            "tagValues": "included" if include_tags else "omitted",
            "omitted": sorted(set(omitted)),
            "neverIncluded": ["access tokens", "protectedSettings", "customData", "userData", "passwords"],
            "unreadable": unreadable,
        },
        "resources": resources,
    }
    actions = collected.index.actions()  # Azure's computed views as the POST actions returned them
    if actions:
        snapshot["actions"] = actions
    return snapshot


_SECRET_PATTERNS = (
    re.compile(r"eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}"),  # a JWT (access token)
    re.compile(r"(?i)bearer\s+[A-Za-z0-9._-]{20,}"),
    re.compile(r'(?i)"(protectedSettings|customData|userData|adminPassword)"\s*:'),  # as a key
)


def secrets_in(text: str) -> list[str]:
    """What looks secret in an export's text (a last check before writing; empty = nothing found)."""
    return [m.group(0)[:40] for pattern in _SECRET_PATTERNS for m in pattern.finditer(text)]


async def export_vm(args: argparse.Namespace, vm_id: str) -> dict[str, Any]:
    async with open_session(args) as (session, _):
        run = await diagnose_vm(session, vm_id)
    return build_export(run.collected, include_tags=bool(args.include_tags))


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export", help="write a snapshot of what a diagnosis of a VM reads, for support (nothing secret)"
    )
    parser.add_argument("--vm", required=True, metavar="VM_RESOURCE_ID", help="resource id of the virtual machine")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE", help="the snapshot file to write")
    parser.add_argument("--include-tags", action="store_true", help="keep the values of resource tags")
    add_tenant_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from core.cli.diagnose import check_vm_id

    try:
        vm_id = check_vm_id(args.vm)
        snapshot = asyncio.run(export_vm(args, vm_id))
    except Exception as error:
        return fail_with(error)
    text = json.dumps(snapshot, indent=2, ensure_ascii=False) + "\n"
    found = secrets_in(text)
    if found:  # never write what looks like a secret; say what instead
        return fail(tr(QT_TRANSLATE_NOOP("Cli", "not written: the export would contain {what}")).format(what=found))
    try:
        args.out.write_text(text, encoding="utf-8")
    except OSError as error:
        message = tr(QT_TRANSLATE_NOOP("Cli", "cannot write {file}: {error}"))
        return fail(message.format(file=args.out, error=error.strerror or error))
    info = snapshot["exportInfo"]
    done = tr(QT_TRANSLATE_NOOP("Cli", "Wrote {file}: {count} resources; left out: {omitted}."))
    none = tr(QT_TRANSLATE_NOOP("Cli", "nothing"))
    print(done.format(file=args.out, count=len(snapshot["resources"]), omitted=len(info["omitted"]) or none))
    return EXIT_OK
