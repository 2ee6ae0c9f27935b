"""Identity of the packaged app: the one place the spec, build.py and every installer template take it from.

The version is read from ``pyproject.toml`` (``[project] version``); nothing else in ``packaging/`` repeats it.
The GUIDs identify the product to Windows across upgrades and must never change once released.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"

APP_NAME = "Boot Integrity Wizard"
EXE_NAME = "boot-integrity-wizard"  # also the one-folder name under dist/ and the pyproject gui-script
BUNDLE_ID = "org.bootintegritywizard.BootIntegrityWizard"  # macOS; msauth.<BUNDLE_ID>://auth for the broker
PUBLISHER = "Boot Integrity Wizard contributors"
COPYRIGHT = f"Copyright (c) {PUBLISHER}"
WINDOWS_APP_ID = "{084DDE2F-CDA7-4542-9F42-B7AB65AA17EB}"  # Inno Setup AppId (upgrade identity)
MSI_UPGRADE_CODE = "{F4E0B247-B6D4-47D6-AA77-C37AD56ADD8C}"  # WiX UpgradeCode (major-upgrade identity)
WINGET_ID = "BootIntegrityWizard.BootIntegrityWizard"

ICON_ICO = ROOT / "resources" / "icons" / "app.ico"
ICON_ICNS = ROOT / "resources" / "icons" / "app.icns"
SPEC = PACKAGING / "boot_integrity_wizard.spec"
ENTITLEMENTS = PACKAGING / "macos" / "entitlements.plist"


@dataclass(frozen=True)
class Metadata:
    version: str  # as written in pyproject.toml, e.g. "0.1.0" or "0.2.0rc1"
    numeric: tuple[int, int, int]  # release segment: Windows version resource, MSI, CFBundleShortVersionString
    description: str
    license: str

    @property
    def windows_version(self) -> str:
        """Four-part version for the VERSIONINFO resource and Inno Setup's VersionInfoVersion."""
        return ".".join(map(str, (*self.numeric, 0)))

    @property
    def short_version(self) -> str:
        return ".".join(map(str, self.numeric))


def numeric_version(version: str) -> tuple[int, int, int]:
    """The release segment of a PEP 440 version, padded to three parts ("1.2" -> (1, 2, 0)).

    MSI accepts major.minor.build with major/minor < 256 and build < 65536; Apple wants up to three integers.
    Pre-release suffixes cannot be expressed there, so they are dropped (the full string still goes into the
    product version texts).
    """
    match = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?", version)
    if not match:
        raise ValueError(f"version {version!r} does not start with a numeric release segment")
    major, minor, micro = (int(part or 0) for part in match.groups())
    if major > 255 or minor > 255 or micro > 65535:
        raise ValueError(f"version {version!r} exceeds the MSI limits 255.255.65535")
    return major, minor, micro


def read_metadata(pyproject: Path = ROOT / "pyproject.toml") -> Metadata:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    version = str(project["version"])
    return Metadata(
        version=version,
        numeric=numeric_version(version),
        description=str(project.get("description", APP_NAME)),
        license=str(project.get("license", "Proprietary")),
    )
