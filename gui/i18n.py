"""Load Qt's own translations and ours, and switch language while the app runs.

Qt's ``qtbase_<lang>.qm`` translates QWizard's buttons ("< &Zurück", "&Weiter >", "Abbrechen"); ours comes
from ``translations/boot_integrity_<lang>.qm``, built from the committed ``.ts`` by ``translations/build.py``.
Installing or removing a translator sends ``QEvent.LanguageChange`` to every widget, which retranslates itself.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

SUPPORTED = ("en", "de")
SOURCE_LANGUAGE = "en"


def translations_dir() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and base:
        return Path(base) / "translations"
    return Path(__file__).resolve().parent.parent / "translations"


def ensure_compiled() -> None:
    """In a source checkout, compile missing or outdated ``.qm`` files so ``uv run`` works on a fresh clone.

    Bundles ship compiled catalogs; there the ``.ts`` sources are absent and nothing happens.
    """
    directory = translations_dir()
    for source in directory.glob("*.ts"):
        compiled = source.with_suffix(".qm")
        if compiled.exists() and compiled.stat().st_mtime >= source.stat().st_mtime:
            continue
        import subprocess  # only when a catalog needs compiling: not on the path to the first window

        lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
        try:
            subprocess.run([lrelease, str(source), "-qm", str(compiled)], check=True, capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError) as error:
            log.warning("could not compile %s: %s", source.name, error)


def initial_language(requested: str | None, remembered: str | None, system: QLocale) -> str:
    """``--lang`` first, then the language chosen last time on the welcome page, then the system's."""
    for language in (requested, remembered):
        if language in SUPPORTED:
            return language
    return language_for(system)


def language_for(locale: QLocale) -> str:
    """Our supported language for a locale: German for any German locale, else English."""
    return "de" if locale.language() == QLocale.Language.German else "en"


class LanguageManager:
    """Owns the installed translators; ``switch`` replaces them at run time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def switch(self, language: str) -> bool:
        """Install Qt's and our translators for ``language``; True when ours was found.

        English is the source language, but its catalog still carries the plural forms ("1 VM", "2 VMs").
        """
        if language not in SUPPORTED:
            raise ValueError(f"unsupported language {language!r}")
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        self.language = language
        QLocale.setDefault(QLocale(language))
        ours_loaded = False
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogs = [("boot_integrity", str(translations_dir()))]
        if language != SOURCE_LANGUAGE:
            catalogs.insert(0, ("qtbase", qt_dir))  # Qt's own strings are English already
        for name, directory in catalogs:
            translator = QTranslator(self._app)
            if translator.load(f"{name}_{language}", directory):
                self._app.installTranslator(translator)
                self._translators.append(translator)
                ours_loaded = ours_loaded or name == "boot_integrity"
        return ours_loaded
