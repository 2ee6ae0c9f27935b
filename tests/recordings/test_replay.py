"""Azure's recorded answers replayed against the simulator: status codes, LRO headers and body shapes match."""

from __future__ import annotations

import asyncio
import hashlib
import json
from pathlib import Path

import pytest

from tests.recordings.replay import differences, replay_file, shape

HERE = Path(__file__).resolve().parent
RECORDINGS = sorted(HERE.glob("*.json"))


def test_all_six_recordings_are_here_and_the_json_matches_its_yaml() -> None:
    assert len(RECORDINGS) == 6
    for path in RECORDINGS:
        source = path.with_suffix(".yaml")
        recorded = json.loads(path.read_text(encoding="utf-8"))["source_sha256"]
        assert hashlib.sha256(source.read_bytes()).hexdigest() == recorded, path.name


@pytest.mark.parametrize("path", RECORDINGS, ids=[p.stem for p in RECORDINGS])
def test_the_simulator_answers_like_azure(path: Path) -> None:
    result = asyncio.run(replay_file(path))
    assert result.replayed >= 4, result.skipped
    assert result.differences == []


def test_the_comparison_sees_a_difference() -> None:
    azure = shape({"id": "x", "properties": {"routes": [], "a": 1}})
    assert differences(azure, shape({"id": "y", "properties": {"routes": []}})) == ["$.properties.a: missing"]
    assert differences(azure, shape({"id": "y", "extra": 1, "properties": {"routes": [], "a": "1"}})) == [
        "$.extra: not in Azure's answer",
        "$.properties.a: number in Azure's answer, string here",
    ]
