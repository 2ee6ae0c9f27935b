"""The .ts files are complete and in step with the sources, and the compiled German really is German."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_build", ROOT / "translations" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = load_build()


def test_every_message_is_translated() -> None:
    found = [line for path in build.CATALOGS.values() for line in build.problems(path)]
    assert found == []


def test_catalogs_match_the_sources() -> None:
    found = [line for language, path in build.CATALOGS.items() for line in build.stale(language, path)]
    assert found == [], "run: uv run python translations/build.py"


def test_german_catalog_translates_findings_and_pages() -> None:
    messages = build.messages(build.CATALOGS["de"])
    translation = messages[("WelcomePage", "Boot integrity monitoring")].find("translation")
    assert translation is not None and translation.text == "Startintegritätsüberwachung"
    contexts = {context for context, _ in messages}
    assert {"WelcomePage", "ChooseVmPage", "VmTable", "Errors"} <= contexts
