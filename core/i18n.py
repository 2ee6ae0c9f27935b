"""Translation markers for Qt-free code.

Qt's ``lupdate`` extracts ``QT_TRANSLATE_NOOP("Context", "text")`` by name, so core modules mark their
user-visible English text with this identity function; the GUI translates it with
``QCoreApplication.translate(context, text)`` and the CLI with :mod:`core.ts_catalog` (the same catalog, read
without Qt).
Rule (from lupdate's parser): literal context, literal text, no keywords, no alias.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, matched by lupdate)
    return text
