"""Build the Boot Integrity Wizard bundle for this platform, smoke-test it, and package the installers.

    uv run python packaging/build.py             # PyInstaller one-folder bundle in dist/ (an .app on macOS)
    uv run python packaging/build.py --smoke     # ... then run the bundle's --self-test in English and German
    uv run python packaging/build.py --package   # ... then the installers: Windows .exe + .msi (+ winget
                                                 #     manifests), macOS .dmg, Linux .tar.gz, in dist/installers/
    uv run python packaging/build.py --no-build --smoke   # test an existing bundle

Signing is driven by environment variables (docs/packaging.md); without them the installers are built
unsigned and a message says so. Everything works offline: PyInstaller, iscc, wix and hdiutil are local tools.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import project  # packaging/ is sys.path[0] when this file runs as a script; tests add it themselves

DIST = project.ROOT / "dist"
WORK = project.ROOT / "build" / "pyinstaller"
INSTALLERS = DIST / "installers"
LANGUAGES = ("en", "de")
LINUX_SIZE_LIMIT_MB = 150.0  # the budget for the Linux one-folder bundle


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="packaging/build.py", description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="run the bundle's --self-test in English and German")
    parser.add_argument("--package", action="store_true", help="build this platform's installers into dist/installers")
    parser.add_argument("--no-build", dest="build", action="store_false", help="reuse the bundle already in dist/")
    parser.add_argument("--clean", action="store_true", help="also clear PyInstaller's global cache first")
    parser.add_argument(
        "--timeout", type=float, default=90.0, metavar="SECONDS", help="limit for each self-test run (default 90)"
    )
    parser.add_argument(
        "--max-size-mb",
        type=float,
        default=LINUX_SIZE_LIMIT_MB if sys.platform.startswith("linux") else None,
        metavar="MB",
        help="fail when the bundle is larger (default: 150 on Linux, no limit elsewhere)",
    )
    parser.add_argument(
        "--download-base",
        default=default_download_base(),
        metavar="URL",
        help="where the release's installers will be downloadable (winget manifests); "
        "default from GITHUB_SERVER_URL/GITHUB_REPOSITORY and the version tag",
    )
    return parser.parse_args(argv)


def default_download_base() -> str | None:
    server, repository = os.environ.get("GITHUB_SERVER_URL"), os.environ.get("GITHUB_REPOSITORY")
    if not (server and repository):
        return None
    return f"{server}/{repository}/releases/download/v{project.read_metadata().version}"


def bundle_dir() -> Path:
    """What PyInstaller produced: the .app on macOS, the one-folder directory elsewhere."""
    if sys.platform == "darwin":
        return DIST / f"{project.APP_NAME}.app"
    return DIST / project.EXE_NAME


def executable() -> Path:
    if sys.platform == "darwin":
        return bundle_dir() / "Contents" / "MacOS" / project.EXE_NAME
    return bundle_dir() / (project.EXE_NAME + (".exe" if sys.platform == "win32" else ""))


def run(command: Sequence[str | Path], **kwargs: object) -> None:
    """Run a tool, echoing it first, and stop the build when it fails."""
    print("+", " ".join(map(str, command)), flush=True)
    subprocess.run([str(part) for part in command], check=True, **kwargs)  # type: ignore[call-overload]


def check_inputs() -> None:
    """Fail early with the fix, rather than shipping a bundle that cannot translate its UI."""
    missing = [lang for lang in LANGUAGES if not (project.ROOT / "translations" / f"boot_integrity_{lang}.qm").exists()]
    if missing:
        sys.exit(
            f"translations/boot_integrity_{{{','.join(missing)}}}.qm missing: "
            "run `uv run python translations/build.py --release` first"
        )


def build(clean: bool) -> None:
    check_inputs()
    # Always start from an empty work folder: PyInstaller's incremental check reused a stale compiled gui/app.py
    # here after the file changed. Its binary cache (~/.cache/pyinstaller) stays, which is what keeps builds fast.
    shutil.rmtree(WORK, ignore_errors=True)
    command: list[str | Path] = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    if clean:
        command.append("--clean")
    run([*command, "--distpath", DIST, "--workpath", WORK, project.SPEC], cwd=project.ROOT)


def size_mb(path: Path) -> tuple[float, int]:
    """Total size of the files under ``path`` in MiB (symlinks counted as links, as on disk) and the file count."""
    files = [p for p in path.rglob("*") if p.is_file() or p.is_symlink()]
    return sum(p.lstat().st_size for p in files) / 2**20, len(files)


def smoke(timeout: float) -> list[str]:
    """Run ``--self-test`` once per language; the problems found (empty when both pass)."""
    problems: list[str] = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    env.setdefault("LANG", "C.UTF-8")  # Qt warns about the C locale otherwise
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory(prefix="biw-smoke-") as logs:
            env["BOOT_INTEGRITY_LOG_DIR"] = logs  # keep session logs out of the user's profile
            command = [str(executable()), "--demo", "--self-test", "--lang", language]
            print("+", " ".join(command), flush=True)
            started = time.monotonic()
            try:
                result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)
            except subprocess.TimeoutExpired:
                problems.append(f"--self-test --lang {language} did not finish within {timeout:.0f} s")
                continue
            print(result.stdout + result.stderr, end="", flush=True)
            print(f"  ({time.monotonic() - started:.1f} s, exit {result.returncode})")
            # A windowed Windows executable may have no stdout at all; the exit code is authoritative there.
            confirmed = f"self-test OK (language {language})" in result.stdout or (
                sys.platform == "win32" and not result.stdout
            )
            if result.returncode != 0 or not confirmed:
                problems.append(f"--self-test --lang {language} failed (exit {result.returncode})")
    return problems


def package(download_base: str | None) -> list[Path]:
    """This platform's installers in dist/installers/."""
    meta = project.read_metadata()
    INSTALLERS.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32":
        from windows import installers

        return installers.build_all(bundle_dir(), INSTALLERS, meta, download_base)
    if sys.platform == "darwin":
        from macos import dmg

        return [dmg.build_dmg(bundle_dir(), INSTALLERS, meta)]
    return [linux_tarball(meta)]


def linux_tarball(meta: project.Metadata) -> Path:
    """The one-folder bundle as a tar.gz; it runs from wherever it is unpacked."""
    machine = os.uname().machine
    target = INSTALLERS / f"{project.EXE_NAME}-{meta.version}-linux-{machine}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle_dir(), arcname=f"{project.EXE_NAME}-{meta.version}")
    return target


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    meta = project.read_metadata()
    print(f"{project.APP_NAME} {meta.version} for {sys.platform}")
    if args.build:
        build(args.clean)
    if not executable().exists():
        sys.exit(f"no bundle at {bundle_dir()}: build it first (drop --no-build)")
    size, count = size_mb(bundle_dir())
    built = f" (built in {time.monotonic() - started:.0f} s)" if args.build else ""
    print(f"bundle: {bundle_dir()} - {size:.1f} MB in {count} files{built}")
    problems: list[str] = []
    if args.max_size_mb is not None and size > args.max_size_mb:
        problems.append(f"bundle is {size:.1f} MB, over the {args.max_size_mb:.0f} MB budget")
    if args.smoke:
        problems += smoke(args.timeout)
    if not problems and args.package:
        for path in package(args.download_base):
            print(f"installer: {path} ({path.stat().st_size / 2**20:.1f} MB)")
    for problem in problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    print(f"total {time.monotonic() - started:.0f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
