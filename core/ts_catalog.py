"""Translations for Qt-free front ends (the CLI), read from the committed Qt Linguist catalogs.

The GUI loads compiled ``.qm`` files through ``QTranslator``; core must not import Qt, so the CLI reads the same
``translations/boot_integrity_<lang>.ts`` XML. Only finished entries count (unfinished, obsolete and vanished ones
fall back to the English source, as Qt does), and plural forms follow Qt's rule for German and English: the first
form for exactly one, the second otherwise, with ``%n`` replaced by the count.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Protocol

SKIPPED_TYPES = frozenset({"unfinished", "obsolete", "vanished"})

_Key = tuple[str, str, str]  # context, source, disambiguation ("" when none)


class Translate(Protocol):
    """``QCoreApplication.translate``'s shape: what every ``render(translate)`` in core accepts."""

    def __call__(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str: ...


class TsCatalog:
    def __init__(self, messages: dict[_Key, tuple[str, ...]]) -> None:
        self._messages = messages

    def __len__(self) -> int:
        return len(self._messages)

    @classmethod
    def load(cls, path: Path) -> TsCatalog:
        """Parse a ``.ts`` file; ``ValueError`` names the file when it is not a readable catalog."""
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError) as error:
            raise ValueError(f"{path}: not a readable translation catalog ({error})") from error
        messages: dict[_Key, tuple[str, ...]] = {}
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None or translation.get("type") in SKIPPED_TYPES:
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")]
                texts = tuple(forms) if forms else (translation.text or "",)
                if any(texts):
                    messages[(name, source, message.findtext("comment") or "")] = texts
        return cls(messages)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        forms = self._messages.get((context, source, disambiguation or ""))
        if forms is None:
            text = source
        elif n >= 0 and len(forms) > 1:
            text = forms[0] if n == 1 else forms[1]
        else:
            text = forms[0]
        return text.replace("%n", str(n)) if n >= 0 else text


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text (English), with ``%n`` filled in: what a missing catalog falls back to."""
    return source.replace("%n", str(n)) if n >= 0 else source


def catalog_path(language: str, directory: Path | None = None) -> Path:
    base = directory or Path(__file__).resolve().parent.parent / "translations"
    return base / f"boot_integrity_{language}.ts"
