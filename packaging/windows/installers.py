"""Windows packaging: Authenticode signing, the Inno Setup installer, the WiX MSI and the winget manifests.

Signing is configured with environment variables and skipped with a message when they are absent:

    WINDOWS_SIGN_CERT_SHA1     thumbprint of a code-signing certificate in the certificate store (EV token, HSM,
                               or a .pfx imported in CI), or
    WINDOWS_SIGN_PFX           path of a .pfx file, with WINDOWS_SIGN_PFX_PASSWORD
    WINDOWS_SIGN_TIMESTAMP_URL RFC 3161 timestamp server (default http://timestamp.digicert.com)
    WINDOWS_SIGNTOOL           signtool.exe to use (default: PATH, then the newest Windows 10/11 SDK)
"""

from __future__ import annotations

import datetime
import hashlib
import os
import shutil
import string
import subprocess
from collections.abc import Sequence
from pathlib import Path

import project

HERE = Path(__file__).resolve().parent
ISS = HERE / "installer.iss"
WXS = HERE / "installer.wxs"
WINGET_TEMPLATES = {
    "version.yaml.in": "{id}.yaml",
    "installer.yaml.in": "{id}.installer.yaml",
    "locale.en-US.yaml.in": "{id}.locale.en-US.yaml",
}
DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"


def setup_name(meta: project.Metadata) -> str:
    return f"BootIntegrityWizard-{meta.version}-Setup"


def msi_name(meta: project.Metadata) -> str:
    return f"BootIntegrityWizard-{meta.version}.msi"


def installer_defines(bundle: Path, output: Path, meta: project.Metadata) -> dict[str, str]:
    """Every value installer.iss and installer.wxs use, from project.py and pyproject.toml only."""
    return {
        "AppName": project.APP_NAME,
        "AppVersion": meta.version,
        "WinVersion": meta.windows_version,
        "MsiVersion": meta.short_version,  # MSI compares major.minor.build only
        "AppPublisher": project.PUBLISHER,
        "AppCopyright": project.COPYRIGHT,
        "AppExeName": f"{project.EXE_NAME}.exe",
        "AppGuid": project.WINDOWS_APP_ID.strip("{}"),
        "UpgradeCode": project.MSI_UPGRADE_CODE,
        "IconFile": str(project.ICON_ICO),
        "SourceDir": str(bundle),
        "OutputDir": str(output),
        "OutputBase": setup_name(meta),
    }


def signtool_command() -> list[str] | None:
    """The ``signtool sign`` command line for the configured certificate, or None when signing is not configured."""
    thumbprint, pfx = os.environ.get("WINDOWS_SIGN_CERT_SHA1"), os.environ.get("WINDOWS_SIGN_PFX")
    if not (thumbprint or pfx):
        return None
    signtool = os.environ.get("WINDOWS_SIGNTOOL") or shutil.which("signtool") or _sdk_signtool()
    if not signtool:
        raise SystemExit("signing is configured but signtool.exe was not found: install the Windows SDK")
    timestamp = os.environ.get("WINDOWS_SIGN_TIMESTAMP_URL", DEFAULT_TIMESTAMP_URL)
    command = [signtool, "sign", "/fd", "sha256", "/tr", timestamp, "/td", "sha256", "/d", project.APP_NAME]
    if thumbprint:
        return [*command, "/sha1", thumbprint]
    return [*command, "/f", str(pfx), "/p", os.environ.get("WINDOWS_SIGN_PFX_PASSWORD", "")]


def _sdk_signtool() -> str | None:
    kits = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Windows Kits" / "10" / "bin"
    candidates = sorted(
        kits.glob("10.*/x64/signtool.exe"), key=lambda p: [int(n) for n in p.parent.parent.name.split(".")]
    )
    return str(candidates[-1]) if candidates else None


def _is_signed(signtool: str, path: Path) -> bool:
    result = subprocess.run([signtool, "verify", "/pa", "/q", str(path)], capture_output=True, check=False)
    return result.returncode == 0


def sign_files(paths: Sequence[Path]) -> None:
    """Sign files that are not signed yet (Microsoft's and Qt's own signatures stay untouched)."""
    command = signtool_command()
    if command is None:
        return
    unsigned = [path for path in paths if not _is_signed(command[0], path)]
    for start in range(0, len(unsigned), 50):  # several files per call, short enough for the command line
        subprocess.run([*command, *map(str, unsigned[start : start + 50])], check=True)


def iscc() -> str:
    """ISCC.exe from PATH or Inno Setup 6's default folders (per machine, or per user since 6.3 via winget)."""
    folders = [os.environ.get(name) for name in ("PROGRAMFILES(X86)", "PROGRAMFILES", "LOCALAPPDATA")]
    candidates = [
        Path(folder) / sub / "Inno Setup 6" / "ISCC.exe" for folder in folders if folder for sub in ("", "Programs")
    ]
    found = shutil.which("iscc") or next((str(p) for p in candidates if p.exists()), None)
    if not found:
        raise SystemExit(
            "Inno Setup 6 (ISCC.exe) not found: `choco install innosetup` or `winget install JRSoftware.InnoSetup`"
        )
    return found


def build_setup(bundle: Path, output: Path, meta: project.Metadata) -> Path:
    command = [iscc(), "/Qp"]
    command += [f"/D{key}={value}" for key, value in installer_defines(bundle, output, meta).items()]
    sign = signtool_command()
    if sign is not None:
        # Inno substitutes $f with the file to sign and calls this for Setup.exe and the uninstaller.
        command += ["/DSignTool=1", "/Ssigntool=" + subprocess.list2cmdline([*sign, "$f"])]
    subprocess.run([*command, str(ISS)], check=True)
    return output / f"{setup_name(meta)}.exe"


def build_msi(bundle: Path, output: Path, meta: project.Metadata) -> Path:
    wix = shutil.which("wix")
    if not wix:
        raise SystemExit("WiX Toolset v5 not found: `dotnet tool install --global wix --version 5.0.2`")
    target = output / msi_name(meta)
    command = [wix, "build", "-arch", "x64", "-nologo", "-bindpath", f"AppFiles={bundle}", "-o", str(target)]
    for key, value in installer_defines(bundle, output, meta).items():
        command += ["-d", f"{key}={value}"]
    subprocess.run([*command, str(WXS)], check=True)
    sign_files([target])
    return target


def render_winget(setup: Path, output: Path, meta: project.Metadata, download_base: str) -> Path:
    """The winget manifests for this release: the Setup.exe's URL and SHA-256 filled in."""
    values = {
        "PackageIdentifier": project.WINGET_ID,
        "PackageVersion": meta.version,
        "PackageName": project.APP_NAME,
        "Publisher": project.PUBLISHER,
        "Copyright": project.COPYRIGHT,
        "License": meta.license,
        "ShortDescription": meta.description,
        "ReleaseDate": datetime.date.today().isoformat(),
        "InstallerUrl": f"{download_base.rstrip('/')}/{setup.name}",
        "InstallerSha256": hashlib.sha256(setup.read_bytes()).hexdigest().upper(),
    }
    folder = output / "winget" / meta.version
    folder.mkdir(parents=True, exist_ok=True)
    for template, name in WINGET_TEMPLATES.items():
        text = string.Template((HERE / "winget" / template).read_text(encoding="utf-8")).substitute(values)
        (folder / name.format(id=project.WINGET_ID)).write_text(text, encoding="utf-8")
    return folder


def build_all(bundle: Path, output: Path, meta: project.Metadata, download_base: str | None) -> list[Path]:
    if signtool_command() is None:
        print("signing: WINDOWS_SIGN_CERT_SHA1 / WINDOWS_SIGN_PFX not set - building UNSIGNED installers")
    else:
        binaries = [p for p in bundle.rglob("*") if p.suffix.lower() in {".exe", ".dll", ".pyd"}]
        sign_files(binaries)  # before packaging, so the installed files carry our signature too
    setup = build_setup(bundle, output, meta)
    msi = build_msi(bundle, output, meta)
    if download_base is None:
        print("winget: manifests skipped - pass --download-base URL (set automatically in GitHub Actions)")
        return [setup, msi]
    return [setup, msi, render_winget(setup, output, meta, download_base)]
