"""The CLI's translations: the committed German catalog read without Qt, Qt's fallbacks and plural rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cli.text import language_from
from core.ts_catalog import TsCatalog, catalog_path, english

SMALL = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de_DE">
<context><name>Ctx</name>
  <message><source>Done.</source><translation>Erledigt.</translation></message>
  <message><source>Later.</source><translation type="unfinished">Später.</translation></message>
  <message><source>Gone.</source><translation type="vanished">Weg.</translation></message>
  <message><source>Old.</source><translation type="obsolete">Alt.</translation></message>
  <message><source>Empty.</source><translation></translation></message>
  <message><source>Open</source><comment>verb</comment><translation>Öffnen</translation></message>
  <message numerus="yes"><source>%n file(s)</source>
    <translation><numerusform>%n Datei</numerusform><numerusform>%n Dateien</numerusform></translation></message>
</context>
</TS>
"""


@pytest.fixture
def small(tmp_path: Path) -> TsCatalog:
    path = tmp_path / "small.ts"
    path.write_text(SMALL, encoding="utf-8")
    return TsCatalog.load(path)


def test_only_finished_entries_count(small: TsCatalog) -> None:
    assert small.translate("Ctx", "Done.") == "Erledigt."
    for source in ("Later.", "Gone.", "Old.", "Empty.", "Unknown."):
        assert small.translate("Ctx", source) == source  # Qt's fallback: the English source
    assert small.translate("Other", "Done.") == "Done."  # the context is part of the key
    assert len(small) == 3


def test_disambiguation_and_plurals(small: TsCatalog) -> None:
    assert small.translate("Ctx", "Open", "verb") == "Öffnen"
    assert small.translate("Ctx", "Open") == "Open"
    assert [small.translate("Ctx", "%n file(s)", None, n) for n in (0, 1, 2)] == ["0 Dateien", "1 Datei", "2 Dateien"]
    assert english("Ctx", "%n file(s)", None, 3) == "3 file(s)"


def test_a_broken_catalog_is_named(tmp_path: Path) -> None:
    path = tmp_path / "broken.ts"
    path.write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.ts"):
        TsCatalog.load(path)
    with pytest.raises(ValueError, match=r"missing\.ts"):
        TsCatalog.load(tmp_path / "missing.ts")


def test_the_committed_german_catalog_serves_the_gui_and_the_cli() -> None:
    german = TsCatalog.load(catalog_path("de"))
    assert german.translate("Cli", "Blocked by:") == "Blockiert durch:"
    found = "%n virtual machine(s) found."
    assert german.translate("ChooseVmPage", found, None, 1) == "1 virtueller Computer gefunden."
    assert german.translate("ChooseVmPage", found, None, 5) == "5 virtuelle Computer gefunden."


@pytest.mark.parametrize(
    ("requested", "environ", "expected"),
    [
        ("de", {"LANG": "en_US.UTF-8"}, "de"),
        (None, {"BOOT_INTEGRITY_LANG": "de", "LANG": "en_US.UTF-8"}, "de"),
        (None, {"LANG": "de_AT.UTF-8"}, "de"),
        (None, {"LC_ALL": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"}, "en"),  # LC_ALL wins, as in POSIX
        (None, {"BOOT_INTEGRITY_LANG": "fr", "LANG": "C.UTF-8"}, "en"),
        (None, {}, "en"),
    ],
)
def test_language_precedence(requested: str | None, environ: dict[str, str], expected: str) -> None:
    assert language_from(requested, environ) == expected
