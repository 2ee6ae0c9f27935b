"""German change descriptions start with what happens ("Hinzufügen: …"), so that a row cut off by the preview's width
still says what the change does; the infinitive at the end of a German sentence ("… hinzufügen") was cut off first."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOG_DE = Path(__file__).resolve().parents[2] / "translations" / "boot_integrity_de.ts"
# English change descriptions are imperatives; these verbs start every one the planners write.
CHANGE_VERBS = ("Add", "Install", "Redeploy", "Move", "Change", "Turn on", "Remove", "Restore", "Write", "Assign",
                "Give", "Start", "Create", "Deallocate", "Set", "Make room")  # fmt: skip
# At most three words before the colon: a verb ("Hinzufügen"), or a verb with its object ("Priorität ändern").
VERB_FIRST = re.compile(r"^[A-ZÄÖÜ][\wäöüß-]*(?: [\wäöüß-]+){0,2}: ")


def change_descriptions() -> list[tuple[str, str]]:
    found = []
    for context in ET.parse(CATALOG_DE).getroot().iter("context"):
        if context.findtext("name") != "Remediation":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source.startswith(CHANGE_VERBS) and "{" in source and not source.startswith("Assigning"):
                found.append((source, message.findtext("translation") or ""))
    return found


def test_german_change_rows_start_with_the_verb() -> None:
    rows = change_descriptions()
    assert len(rows) >= 25  # every planner's operations (NSG, firewall, extension, UEFI, policy, upgrade, undo)
    late = [f"{source[:60]!r} → {german[:80]!r}" for source, german in rows if not VERB_FIRST.match(german)]
    assert not late, "\n".join(late)


def test_the_check_can_fail() -> None:
    assert VERB_FIRST.match("Hinzufügen: Regel X")
    assert VERB_FIRST.match("Priorität ändern: Regel X")
    assert not VERB_FIRST.match("Der Netzwerksicherheitsgruppe X die Regel Y hinzufügen: TCP 443")
