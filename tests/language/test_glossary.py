"""docs/glossary.md is binding: forbidden variants fail the build, and every API value has its display names."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from core.display_names import CONTEXT, ValueKind, known_values, source_text

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary.md"
CATALOG_DE = ROOT / "translations" / "boot_integrity_de.ts"


def _table(markdown: str, heading: str) -> list[list[str]]:
    """The rows of the first table under ``## heading``, as lists of stripped cells (header and rule dropped)."""
    section = markdown.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[2:]]


def _variants(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def _messages(path: Path) -> list[tuple[str, str, str]]:
    """(context, English source, German translation incl. plural forms) of every message."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            text = " ".join(forms) if forms else (translation.text or "" if translation is not None else "")
            found.append((name, message.findtext("source") or "", text))
    return found


def _pattern(variant: str) -> re.Pattern[str]:
    # A whole word or phrase: "den Diensttag" must not match inside "den Diensttag-Daten".
    return re.compile(rf"(?<![\w-]){re.escape(variant)}(?![\w-])")


GLOSSARY_TEXT = GLOSSARY.read_text(encoding="utf-8")
MESSAGES = _messages(CATALOG_DE)
GERMAN_FORBIDDEN = [v for row in _table(GLOSSARY_TEXT, "Terms") for v in _variants(row[3])]
ENGLISH_FORBIDDEN = [
    v for row in _table(GLOSSARY_TEXT, "American English in source strings") for v in _variants(row[1])
]
API_ROWS = _table(GLOSSARY_TEXT, "API values and their display names")


def offenders(variant: str, texts: list[tuple[str, str]]) -> list[str]:
    pattern = _pattern(variant)
    return [f"[{context}] {text[:120]}" for context, text in texts if pattern.search(text)]


def test_the_glossary_has_its_tables() -> None:
    # Guards the parsing: an empty table would make every check below pass vacuously.
    assert len(GERMAN_FORBIDDEN) >= 15
    assert len(ENGLISH_FORBIDDEN) >= 8
    assert len(API_ROWS) >= 25


@pytest.mark.parametrize("variant", GERMAN_FORBIDDEN)
def test_no_forbidden_german_variant_in_the_catalog(variant: str) -> None:
    assert offenders(variant, [(c, de) for c, _, de in MESSAGES]) == []


@pytest.mark.parametrize("variant", ENGLISH_FORBIDDEN)
def test_no_forbidden_english_variant_in_the_sources(variant: str) -> None:
    assert offenders(variant, [(c, en) for c, en, _ in MESSAGES]) == []


def test_the_checker_finds_a_variant_put_back() -> None:
    # The check itself must be able to fail: a forbidden variant in a message is found, a longer word is not.
    texts = [("Findings", "Die Routentabelle rt-1 leitet …"), ("Findings", "Diensttag-Daten von den Diensttagen")]
    assert offenders("Routentabelle", texts) == ["[Findings] Die Routentabelle rt-1 leitet …"]
    assert offenders("den Diensttag", texts) == []


@pytest.mark.parametrize("row", API_ROWS, ids=lambda row: f"{row[0]}-{row[1]}")
def test_every_api_value_has_its_display_names(row: list[str]) -> None:
    kind, value, english, german = ValueKind(row[0]), row[1], row[2], row[3]
    assert source_text(kind, value) == english
    translations = {(c, en): de for c, en, de in MESSAGES}
    assert translations.get((CONTEXT, english)) == german


def test_every_display_name_is_in_the_glossary() -> None:
    listed = {(row[0], row[1].lower().removeprefix("powerstate/")) for row in API_ROWS}
    in_code = {(kind.value, value) for kind in ValueKind for value in known_values(kind)}
    # "provisioning succeeded"/"provisioning failed" are the instance view's spellings of the same two states.
    in_code -= {("provisioningState", "provisioning succeeded"), ("provisioningState", "provisioning failed")}
    assert in_code == listed


RAW_API_WORDS = ("None", "Succeeded", "Failed", "TrustedLaunch", "ConfidentialVM", "Allow", "Deny", "AlwaysAllow",
                 "VirtualAppliance", "VnetLocal", "VirtualNetworkGateway", "Deallocated", "Running")  # fmt: skip


def raw_api_values(texts: list[tuple[str, str]]) -> list[str]:
    """German sentences that show an API value instead of its display name; the value may follow in parentheses
    (for searching), and commands (``az …``, ``--flag``) keep theirs."""
    found = []
    for context, text in texts:
        prose = re.sub(r"\([^()]*\)", "", text)  # "„Fehlgeschlagen“ („Failed“, …)" names the value for searching
        prose = re.sub(r"(?:\baz|--[\w-]+|-\w)\s+\S+", "", prose)
        for word in RAW_API_WORDS:
            if re.search(rf"(?<![\w./-]){word}(?![\w-])", prose):
                found.append(f"[{context}] {word}: {text[:100]}")
    return found


def test_no_raw_api_values_in_german() -> None:
    assert raw_api_values([("t", "Status „Failed“.")]) == ["[t] Failed: Status „Failed“."]  # the check can fail
    assert not raw_api_values([("t", "Status „Fehlgeschlagen“ („Failed“).")])
    found = raw_api_values([(context, german) for context, _source, german in MESSAGES])
    assert not found, "\n".join(found)


def test_one_ellipsis_style() -> None:
    # "Wird geladen…" as in the English sources and Microsoft's German UI; the review found both styles mixed.
    spaced = [f"[{c}] {german[:80]}" for c, _s, german in MESSAGES if re.search(r"[\w)“] …", german)]
    assert not spaced, "\n".join(spaced)
