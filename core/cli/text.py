"""The CLI's language: ``--lang``, else ``BOOT_INTEGRITY_LANG``, else the locale's (German or English).

Text output follows the language; ``--json`` stays English, so scripts can match messages whatever the locale.
Translations come from the same catalog as the GUI's (:mod:`core.ts_catalog`); the CLI's own lines use the
context ``Cli``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from core.ts_catalog import Translate, TsCatalog, catalog_path, english

LANGUAGES = ("en", "de")
CONTEXT = "Cli"
_translate: list[Translate] = [english]


def language_from(requested: str | None, environ: Mapping[str, str]) -> str:
    if requested in LANGUAGES:
        return requested
    chosen = environ.get("BOOT_INTEGRITY_LANG", "")
    if chosen in LANGUAGES:
        return chosen
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):  # POSIX precedence
        value = environ.get(variable, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"


def use_language(requested: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """Switch the CLI's text to a language; a missing or broken German catalog says so and keeps English."""
    language = language_from(requested, os.environ if environ is None else environ)
    _translate[0] = english
    if language != "en":
        try:
            _translate[0] = TsCatalog.load(catalog_path(language)).translate
        except ValueError as error:
            print(f"boot-integrity: {error}; continuing in English", file=sys.stderr)
            return "en"
    return language


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Hand this to core's ``render(translate)`` methods."""
    return _translate[0](context, source, disambiguation, n)


def tr(text: str, n: int = -1) -> str:
    """One of the CLI's own lines (marked with ``QT_TRANSLATE_NOOP("Cli", ...)`` where it is defined)."""
    return _translate[0](CONTEXT, text, None, n)
