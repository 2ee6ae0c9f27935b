"""The SDK warm-up: every adapter type has a sample, the SDK's per-class work is really done, bad files are skipped."""

from __future__ import annotations

import importlib
import json
from collections import Counter
from pathlib import Path

import pytest

from core.azure import sdk_warmup
from core.azure.sdk_warmup import MODEL_FOR_TYPE, sample_payloads, warm_sdk_models


def test_every_mapped_type_has_a_sample_payload() -> None:
    kinds = Counter(kind for kind, _ in sample_payloads())
    assert set(kinds) == set(MODEL_FOR_TYPE)


def test_warm_up_builds_every_sample_and_leaves_the_sdk_classes_calculated() -> None:
    built = warm_sdk_models()
    assert built == sum(1 for _ in sample_payloads())
    for module, name in MODEL_FOR_TYPE.values():
        cls = getattr(importlib.import_module(module), name)
        # model_base records a class once its field deserializers are worked out: the cost the warm-up moves.
        assert f"{cls.__module__}.{cls.__qualname__}" in cls._calculated


def test_broken_and_foreign_files_are_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "a-broken.json").write_text("{ not json", encoding="utf-8")
    (tmp_path / "scenarios" / "b-list.json").write_text("[1, 2]", encoding="utf-8")
    nsg = {"type": "Microsoft.Network/networkSecurityGroups", "name": "nsg", "properties": {"securityRules": []}}
    odd = [nsg, {"type": "Microsoft.Storage/storageAccounts"}, "text", {"type": 7}]
    (tmp_path / "scenarios" / "c-good.json").write_text(json.dumps({"resources": odd}), encoding="utf-8")
    monkeypatch.setattr(sdk_warmup, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    kinds = [kind for kind, _ in sample_payloads()]
    assert kinds == ["microsoft.network/networksecuritygroups", "microsoft.compute/virtualmachines"]
    assert warm_sdk_models() == 2
