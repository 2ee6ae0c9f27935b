"""Odd snapshots: refused with the file, the resource and the field — or evaluated to unknown, never allowed."""

from __future__ import annotations

import codecs
import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from core.diagnosis.model import Severity, Verdict
from core.diagnosis.path import diagnose
from core.diagnosis.resource_index import ResourceIndex
from core.simulator.scenarios import load_scenario
from core.snapshot import ProblemKind, SnapshotError
from core.snapshot.reading import MAX_DEPTH, read_snapshot_file
from core.snapshot.validate import check_snapshot, snapshot_problems

Snapshot = dict[str, Any]


def _blocked_by_nsg() -> Snapshot:
    return load_scenario("nic-nsg-denies-internet")


def _vm_id(snapshot: Snapshot) -> str:
    focus: str = snapshot["simulation"]["focusVm"]
    return focus


def _nsg(snapshot: Snapshot) -> dict[str, Any]:
    return next(r for r in snapshot["resources"] if r["type"] == "Microsoft.Network/networkSecurityGroups")


def _set_rules(value: Any) -> Callable[[Snapshot], None]:
    def change(snapshot: Snapshot) -> None:
        _nsg(snapshot)["properties"]["securityRules"] = value

    return change


def _properties_string(snapshot: Snapshot) -> None:
    _nsg(snapshot)["properties"] = "securityRules: Deny-Internet-Outbound"


def _priority(value: Any) -> Callable[[Snapshot], None]:
    def change(snapshot: Snapshot) -> None:
        _nsg(snapshot)["properties"]["securityRules"][0]["properties"]["priority"] = value

    return change


def _port(snapshot: Snapshot) -> None:
    _nsg(snapshot)["properties"]["securityRules"][0]["properties"]["destinationPortRange"] = "99999"


def _nic_properties_string(snapshot: Snapshot) -> None:
    nic = next(r for r in snapshot["resources"] if r["type"] == "Microsoft.Network/networkInterfaces")
    nic["properties"] = "broken"


def _access(snapshot: Snapshot) -> None:
    _nsg(snapshot)["properties"]["securityRules"][0]["properties"]["access"] = "Block"


# (case, change, field expected in the message, problem kind)
ODD_RESOURCES = [
    (
        "securityRules object",
        _set_rules({"name": "Deny-Internet-Outbound"}),
        "properties.securityRules",
        ProblemKind.WRONG_TYPE,
    ),
    ("securityRules null", _set_rules(None), "properties.securityRules", ProblemKind.WRONG_TYPE),
    ("properties string", _properties_string, "properties", ProblemKind.WRONG_TYPE),
    ("priority 99999", _priority(99999), "properties.securityRules[0].properties.priority", ProblemKind.OUT_OF_RANGE),
    ("priority 99", _priority(99), "properties.securityRules[0].properties.priority", ProblemKind.OUT_OF_RANGE),
    ("priority text", _priority("first"), "properties.securityRules[0].properties.priority", ProblemKind.WRONG_TYPE),
    ("port 99999", _port, "properties.securityRules[0].properties.destinationPortRange", ProblemKind.BAD_PORT),
    ("access Block", _access, "properties.securityRules[0].properties.access", ProblemKind.NOT_ALLOWED),
    ("NIC properties string", _nic_properties_string, "properties", ProblemKind.WRONG_TYPE),
]


@pytest.mark.parametrize(("case", "change", "field", "kind"), ODD_RESOURCES, ids=[c[0] for c in ODD_RESOURCES])
def test_odd_resource_is_refused_naming_resource_and_field(
    case: str, change: Callable[[Snapshot], None], field: str, kind: ProblemKind
) -> None:
    snapshot = _blocked_by_nsg()
    check_snapshot(snapshot)  # the scenario itself is clean
    change(snapshot)
    with pytest.raises(SnapshotError) as caught:
        check_snapshot(snapshot, source="odd.json")
    problem = caught.value.problems[0]
    assert problem.kind is kind
    assert problem.field == field
    assert problem.resource_id and problem.resource_id.startswith("/subscriptions/")
    text = str(caught.value)
    assert text.startswith("odd.json: resources[") and field in text and problem.resource_id in text


@pytest.mark.parametrize(("case", "change", "field", "kind"), ODD_RESOURCES, ids=[c[0] for c in ODD_RESOURCES])
def test_odd_resource_reaching_the_evaluators_gives_unknown_with_a_finding(
    case: str, change: Callable[[Snapshot], None], field: str, kind: ProblemKind
) -> None:
    snapshot = _blocked_by_nsg()
    vm_id = _vm_id(snapshot)
    assert diagnose(ResourceIndex(snapshot["resources"]), vm_id).verdict is Verdict.BLOCKED
    change(snapshot)
    result = diagnose(ResourceIndex(snapshot["resources"]), vm_id)
    assert result.verdict is Verdict.UNKNOWN
    malformed = [f for f in result.findings if f.code == "DATA_MALFORMED"]
    assert malformed and malformed[0].severity is Severity.ERROR
    assert malformed[0].args["field"] == field
    assert malformed[0].evidence["resourceId"] in {r["id"] for r in snapshot["resources"]}


def test_duplicate_id_after_case_folding_is_refused() -> None:
    snapshot = _blocked_by_nsg()
    copy_without_rules = copy.deepcopy(_nsg(snapshot))
    copy_without_rules["id"] = copy_without_rules["id"].upper()
    copy_without_rules["properties"]["securityRules"] = []
    snapshot["resources"].append(copy_without_rules)
    problems = snapshot_problems(snapshot)
    assert [p.kind for p in problems] == [ProblemKind.DUPLICATE_ID]
    assert problems[0].position == len(snapshot["resources"]) - 1
    assert "resources[0]" in problems[0].render()


@pytest.mark.parametrize(
    ("document", "field", "kind"),
    [
        ([], "", ProblemKind.WRONG_TYPE),
        ({}, "resources", ProblemKind.MISSING),
        ({"resources": {}}, "resources", ProblemKind.WRONG_TYPE),
        ({"resources": [7]}, "", ProblemKind.WRONG_TYPE),
        ({"resources": [{"type": "Microsoft.Network/networkSecurityGroups"}]}, "id", ProblemKind.MISSING),
        ({"resources": [{"id": "/nope", "type": "x"}]}, "id", ProblemKind.NOT_AN_ID),
        ({"resources": [{"id": "/subscriptions/s/resourceGroups/g", "type": 5}]}, "type", ProblemKind.WRONG_TYPE),
        ({"resources": [], "subscriptions": {}}, "subscriptions", ProblemKind.WRONG_TYPE),
        ({"resources": [], "simulation": {"vms": []}}, "simulation.vms", ProblemKind.WRONG_TYPE),
    ],
)
def test_document_structure(document: Any, field: str, kind: ProblemKind) -> None:
    problems = snapshot_problems(document)
    assert problems and problems[0].kind is kind and problems[0].field == field


def test_every_builtin_scenario_is_valid() -> None:
    from core.simulator.scenarios import scenario_names

    for name in scenario_names():
        if name != "large-tenant":  # 13,605 resources: covered by benchmarks/, ~1 s here
            assert snapshot_problems(load_scenario(name)) == [], name


@pytest.mark.parametrize(
    ("encode", "accepted"),
    [
        (lambda text: text.encode("utf-8"), True),
        (lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), True),
        (lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"), True),
        (lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), True),
        (lambda text: text.encode("utf-16-le"), False),
        (lambda text: codecs.BOM_UTF32_LE + text.encode("utf-32-le"), False),
        (lambda text: text.replace("vm-web-07", "vm-wéb-07").encode("latin-1"), False),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16-no-bom", "utf32", "latin1"],
)
def test_encodings(tmp_path: Path, encode: Callable[[str], bytes], accepted: bool) -> None:
    path = tmp_path / "tenant.json"
    path.write_bytes(encode(json.dumps(_blocked_by_nsg(), ensure_ascii=False)))
    if accepted:
        assert read_snapshot_file(path)["resources"]
        return
    with pytest.raises(SnapshotError) as caught:
        read_snapshot_file(path)
    assert str(caught.value).startswith(f"{path}: ") and "UTF-8" in str(caught.value)


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 100_000])
def test_deeply_nested_json_is_refused_without_recursion_error(tmp_path: Path, depth: int) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"resources": [], "x": ' + "[" * depth + "]" * depth + "}", encoding="utf-8")
    with pytest.raises(SnapshotError) as caught:
        read_snapshot_file(path)
    assert caught.value.problems[0].kind is ProblemKind.TOO_DEEP


def test_unreadable_paths_name_the_file(tmp_path: Path) -> None:
    for path in (tmp_path / "missing.json", tmp_path):
        with pytest.raises(SnapshotError) as caught:
            read_snapshot_file(path)
        assert str(caught.value).startswith(f"{path}: cannot read the file: ")
