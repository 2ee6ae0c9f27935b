"""The simulator's KQL evaluator, table-driven over plain rows (Kusto semantics where they matter)."""

from __future__ import annotations

from typing import Any

import pytest

from core.simulator.kql import KqlError, TypeHint, parse

ROWS: dict[str, list[dict[str, Any]]] = {
    "resources": [
        {
            "id": "/s/1/vm/a",
            "name": "a",
            "type": "microsoft.compute/virtualmachines",
            "properties": {"n": 2, "tags": ["x"], "flag": "true"},
        },
        {
            "id": "/s/1/vm/B",
            "name": "B",
            "type": "microsoft.compute/virtualmachines",
            "properties": {"n": 1, "flag": False},
        },
        {
            "id": "/s/1/vm/a/extensions/ga",
            "name": "ga",
            "type": "microsoft.compute/virtualmachines/extensions",
            "properties": {"type": "GuestAttestation", "provisioningState": "Failed"},
        },
    ],
    "securityresources": [
        {
            "id": "/s/1/vm/b/assessments/k",
            "name": "k",
            "type": "microsoft.security/assessments",
            "properties": {"resourceDetails": {"Id": "/s/1/vm/B"}, "status": {"code": "Healthy"}},
        },
    ],
}


def source(table: str, hint: TypeHint | None) -> list[dict[str, Any]]:
    rows = ROWS[table]
    return [r for r in rows if hint is None or r["type"] == hint.resource_type]


CASES = [
    ("Resources | where type =~ 'Microsoft.Compute/virtualMachines' | project name", [{"name": "a"}, {"name": "B"}]),
    ("Resources | where type == 'Microsoft.Compute/virtualMachines' | project name", []),  # == is case-sensitive
    ("Resources | where name in~ ('A', 'b') | project name", [{"name": "a"}, {"name": "B"}]),
    ("Resources | where name !in ('a') | project name", [{"name": "B"}, {"name": "ga"}]),
    ("Resources | where properties.n > 1 | project name", [{"name": "a"}]),
    ("Resources | where isnotempty(properties.tags) | project t = properties.tags[0]", [{"t": "x"}]),
    ("Resources | where tobool(properties.flag) == true | project name", [{"name": "a"}]),
    ("Resources | where properties.N == 2 | project name", []),  # property names are case-sensitive
    ("Resources | order by name asc | take 2 | project name", [{"name": "B"}, {"name": "a"}]),
    ("Resources | order by name | project name", [{"name": "ga"}, {"name": "a"}, {"name": "B"}]),  # desc default
    (
        "Resources | where type =~ 'microsoft.compute/virtualmachines/extensions' "
        "| project vm = tolower(tostring(split(id, '/extensions/')[0])), "
        "state = tostring(properties.provisioningState)",
        [{"vm": "/s/1/vm/a", "state": "Failed"}],
    ),
    ("Resources | extend k = strcat(name, '-', 'x') | project k | take 1", [{"k": "a-x"}]),
    ("Resources | project v = iff(name == 'a', 'yes', 'no') | take 2", [{"v": "yes"}, {"v": "no"}]),
    ("Resources | project v = coalesce(properties.missing, properties.n) | take 1", [{"v": 2}]),
]


@pytest.mark.parametrize(("query", "expected"), CASES)
def test_query(query: str, expected: list[dict[str, Any]]) -> None:
    assert parse(query).run(source) == expected


def test_leftouter_join_keeps_unmatched_rows_and_renames_clashing_columns() -> None:
    query = (
        "Resources | where type =~ 'microsoft.compute/virtualmachines' | project key = tolower(id), name "
        "| join kind=leftouter (SecurityResources | project key = tolower(tostring(properties.resourceDetails.Id)), "
        "code = tostring(properties.status.code), name) on key | order by key asc"
    )
    rows = parse(query).run(source)
    assert rows == [
        {"key": "/s/1/vm/a", "name": "a", "key1": None, "code": None, "name1": None},
        {"key": "/s/1/vm/b", "name": "B", "key1": "/s/1/vm/b", "code": "Healthy", "name1": "k"},
    ]


def test_inner_join_drops_unmatched_rows() -> None:
    query = (
        "Resources | project key = tolower(id) | join kind=inner (Resources | "
        "project key = tolower(tostring(split(id, '/extensions/')[0])), n = name) on $left.key == $right.key"
    )
    keys = [r["key"] for r in parse(query).run(source)]
    assert keys.count("/s/1/vm/a") == 2 and "/s/1/vm/b" in keys  # a matches itself and its extension


def test_first_type_filter_is_a_hint_for_the_source() -> None:
    assert parse("Resources | where type =~ 'X/Y' | project id").type_hint == TypeHint("x/y")
    assert parse("Resources | where name == 'a' | where type =~ 'x/y'").type_hint is None


@pytest.mark.parametrize(
    "query",
    [
        "Resources | summarize count() by type",  # operator outside the subset
        "Resources | where name matches regex 'a'",
        "Resources | project x = bag_keys(properties)",  # function outside the subset
        "Resources | where (name == 'a'",
        "Resources | join kind=fullouter (Resources) on id",
        "",
    ],
)
def test_unsupported_or_broken_queries_are_errors_not_guesses(query: str) -> None:
    with pytest.raises(KqlError):
        parse(query).run(source)
