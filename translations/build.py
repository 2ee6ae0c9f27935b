"""Keep the translations in step with the sources, then compile them.

    uv run python translations/build.py            # lupdate + merge pending German + lrelease
    uv run python translations/build.py --check    # fail if a .ts is stale or has unfinished entries
    uv run python translations/build.py --release  # only compile .ts -> .qm (what CI and packaging need)

Sources are passed to lupdate as an explicit, sorted file list: given a directory it finds nothing and marks
every entry vanished (qt-stack-notes §6). Translations written outside Linguist go in
``translations/pending/<lang>-*.json`` ({"context": {"English source": "German" or ["plural forms"]}}); they fill
unfinished entries of the .ts, which is what the app ships.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
PENDING_DIR = TS_DIR / "pending"
SOURCE_PACKAGES = ("core", "gui")
CATALOGS = {"de": TS_DIR / "boot_integrity_de.ts", "en": TS_DIR / "boot_integrity_en.ts"}
BAD_TYPES = {"unfinished", "vanished", "obsolete"}


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def source_files() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for pkg in SOURCE_PACKAGES for p in (ROOT / pkg).rglob("*.py"))
    return files


def lupdate(language: str, target: Path) -> None:
    args = [
        tool("pyside6-lupdate"),
        "-source-language",
        "en",
        "-target-language",
        language,
        "-no-obsolete",
        "-locations",
        "none",
    ]
    if language == "en":
        args.append("-pluralonly")  # English needs only the plural forms of "%n VM(s)"
    subprocess.run([*args, *source_files(), "-ts", str(target)], cwd=ROOT, check=True, capture_output=True)


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in {"vanished", "obsolete"}:
                continue
            found[(name, message.findtext("source") or "")] = message
    return found


def problems(path: Path) -> list[str]:
    """Every message that is unfinished, vanished, obsolete or empty, as readable lines."""
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if message.get("numerus") == "yes":
                forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
                empty = not forms or any(not (f or "").strip() for f in forms)
            else:
                empty = translation is None or not (translation.text or "").strip()
            if kind in BAD_TYPES or empty:
                found.append(f"{path.name}  {kind or 'empty'}  {name}  {message.findtext('source')!r}")
    return found


def merge_pending(language: str, path: Path) -> int:
    """Fill unfinished entries from translations/pending/*.json; returns how many were filled.

    Files named ``en-*.json`` hold English plural forms; every other file holds German.
    """
    pending: dict[tuple[str, str], str | list[str]] = {}
    files = [f for f in sorted(PENDING_DIR.glob("*.json")) if f.name.startswith("en-") == (language == "en")]
    for file in files:
        for context, entries in json.loads(file.read_text(encoding="utf-8")).items():
            for source, german in entries.items():
                pending[(context, source)] = german
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = pending.get((name, message.findtext("source") or ""))
            if text is None:
                continue
            if message.get("numerus") == "yes":
                if not isinstance(text, list):
                    continue
                for form in list(translation):
                    translation.remove(form)
                for plural in text:
                    ET.SubElement(translation, "numerusform").text = plural
            elif isinstance(text, str):
                translation.text = text
            else:
                continue
            del translation.attrib["type"]
            filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def release() -> None:
    for path in CATALOGS.values():
        subprocess.run(
            [tool("pyside6-lrelease"), str(path), "-qm", str(path.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def stale(language: str, path: Path) -> list[str]:
    """Sources added or removed since the .ts was last updated."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / path.name
        shutil.copy(path, copy)
        lupdate(language, copy)
        fresh, committed = set(messages(copy)), set(messages(path))
    return [f"{path.name}  new source  {c}  {s!r}" for c, s in sorted(fresh - committed)] + [
        f"{path.name}  removed source  {c}  {s!r}" for c, s in sorted(committed - fresh)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--release", action="store_true")
    args = parser.parse_args(argv)
    if args.release:
        release()
        return 0
    if args.check:
        found = [line for lang, path in CATALOGS.items() for line in (*stale(lang, path), *problems(path))]
        print("\n".join(found) or "translations complete and up to date")
        return 1 if found else 0
    for language, path in CATALOGS.items():
        lupdate(language, path)
    filled = sum(merge_pending(language, path) for language, path in CATALOGS.items())
    remaining = problems(CATALOGS["de"]) + problems(CATALOGS["en"])
    print(f"merged {filled} pending translations; {len(remaining)} entries still need a translation")
    for line in remaining:
        print("  " + line)
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
