"""Notes that tell a CLI user what to type are shown with the GUI's own next step (issue 19, item 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core.diagnosis.model import Severity
from core.remediation.plan import Label, Note
from gui.i18n import LanguageManager
from gui.note_wording import GUI_TEXT, note_text

ROOT = Path(__file__).resolve().parents[2]
CORE_SOURCES = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "core").rglob("*.py"))
BLOCKED = Note(
    "EXT_NETWORK_BLOCKED",
    Severity.WARNING,
    "The network path from {vm} to Azure Attestation is {verdict}, so the extension is likely to fail until it is "
    "fixed. Run fix first: boot-integrity fix --vm {vm_id}",
    {"vm": "vm-web-07", "verdict": Label("blocked"), "vm_id": "/subscriptions/x/vm-web-07"},
)


@pytest.mark.parametrize("code", sorted(GUI_TEXT))
def test_every_reworded_note_is_one_core_emits(code: str) -> None:
    assert f'"{code}"' in CORE_SOURCES


@pytest.mark.parametrize(("language", "expected"), [("en", "Network diagnosis"), ("de", "Netzwerkdiagnose")])
def test_the_gui_names_its_own_next_step(qapp: Any, languages: LanguageManager, language: str, expected: str) -> None:
    languages.switch(language)
    text = note_text(BLOCKED)
    assert expected in text and "vm-web-07" in text
    assert "boot-integrity" not in text and "--vm" not in text


def test_other_notes_are_shown_as_core_wrote_them(qapp: Any, languages: LanguageManager) -> None:
    languages.switch("en")
    other = Note("NSG_SOURCE_VNET", Severity.INFO, "Source: {source}.", {"source": "VirtualNetwork"})
    assert note_text(other) == "Source: VirtualNetwork."
