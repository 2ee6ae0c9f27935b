"""Fast checks of the packaging configuration: one source for name, version and ids; slimming rules; CLI.

The bundle itself is built and smoke-tested by ``packaging/ci_smoke.sh`` (too slow for pytest).
"""

from __future__ import annotations

import importlib.util
import plistlib
import re
import string
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))  # build.py, project.py, slim.py, windows/, macos/ import each other this way

import project  # noqa: E402
import slim  # noqa: E402
from windows import installers  # noqa: E402

# Loaded under its own name: "build" is also the name of PyPA's build frontend.
_spec = importlib.util.spec_from_file_location("packaging_build", PACKAGING / "build.py")
assert _spec and _spec.loader
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

SPEC_TEXT = project.SPEC.read_text(encoding="utf-8")


def test_version_comes_from_pyproject() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project.read_metadata().version == pyproject["project"]["version"]


@pytest.mark.parametrize(
    ("version", "numeric"),
    [("0.1.0", (0, 1, 0)), ("1.2", (1, 2, 0)), ("2", (2, 0, 0)), ("1.4.2rc1", (1, 4, 2)), ("3.0.0.post1", (3, 0, 0))],
)
def test_numeric_version(version: str, numeric: tuple[int, int, int]) -> None:
    assert project.numeric_version(version) == numeric


@pytest.mark.parametrize("version", ["v1.0", "256.0.0", "1.2.65536", ""])
def test_numeric_version_rejects_what_msi_cannot_express(version: str) -> None:
    with pytest.raises(ValueError, match="version"):
        project.numeric_version(version)


def test_names_match_the_installed_scripts() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["gui-scripts"][project.EXE_NAME] == "gui.app:main"
    assert "from gui.app import main" in (PACKAGING / "entry_wizard.py").read_text(encoding="utf-8")


def test_spec_takes_identity_from_project_and_sets_the_mac_keys() -> None:
    for needle in ("project.BUNDLE_ID", "project.EXE_NAME", "project.APP_NAME", "META.short_version",
                   '"NSHighResolutionCapable": True', "project.ENTITLEMENTS", "version_resource()"):  # fmt: skip
        assert needle in SPEC_TEXT
    assert re.fullmatch(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", project.BUNDLE_ID)


def test_spec_hidden_imports_exist() -> None:
    hidden = re.search(r"HIDDEN_IMPORTS = \[(.*?)\]", SPEC_TEXT, re.DOTALL)
    assert hidden
    names = re.findall(r'"([\w.]+)"', hidden.group(1))
    assert "azure.mgmt.network.aio" in names
    missing = [name for name in names if importlib.util.find_spec(name) is None]
    assert not missing


def test_icons_exist_in_every_format() -> None:
    assert project.ICON_ICO.read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert project.ICON_ICNS.read_bytes()[:4] == b"icns"
    assert (ROOT / "resources" / "icons" / "app.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_entitlements_allow_what_python_needs_under_the_hardened_runtime() -> None:
    entitlements = plistlib.loads(project.ENTITLEMENTS.read_bytes())
    assert entitlements["com.apple.security.cs.allow-unsigned-executable-memory"] is True
    assert "com.apple.security.app-sandbox" not in entitlements


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "PySide6/Qt6Gui.dll",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
        "PySide6/Qt/translations/qtbase_de.qm",
        "translations/boot_integrity_de.qm",
        "resources/data/attestation_shared_endpoints.json",
    ],
)
def test_slim_keeps(dest: str) -> None:
    assert slim.keep(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/plugins/imageformats/qpdf.dll",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6QuickControls2.so.6",
        "PySide6/Qt6Pdf.dll",
        "PySide6/Qt/lib/QtSvg.framework/Versions/A/QtSvg",
        "PySide6/opengl32sw.dll",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/translations/qtdeclarative_de.qm",
    ],
)
def test_slim_drops(dest: str) -> None:
    assert not slim.keep(dest)


def test_slim_prunes_libraries_only_dropped_plugins_needed() -> None:
    toc = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libglib-2.0.so.0", "/src/libglib-2.0.so.0", "BINARY"),
    ]
    links = {
        "/src/libqgtk3.so": {"libgtk-3.so.0", "libglib-2.0.so.0"},
        "/src/libgtk-3.so.0": {"libcairo.so.2", "libglib-2.0.so.0"},
        "/src/libqxcb.so": {"libglib-2.0.so.0"},
    }
    kept = [dest for dest, _, _ in slim.slim(toc, lambda source: links.get(source, set()))]
    assert kept == ["PySide6/Qt/plugins/platforms/libqxcb.so", "libglib-2.0.so.0"]


def _iss_defines() -> set[str]:
    text = installers.ISS.read_text(encoding="utf-8")
    return set(re.findall(r"\{#(?:StringChange\()?(\w+)", text)) | set(re.findall(r"#ifn?def (\w+)", text))


def test_installer_templates_use_only_values_build_py_defines(tmp_path: Path) -> None:
    defines = installers.installer_defines(tmp_path / "bundle", tmp_path, project.read_metadata())
    iss_used = _iss_defines() - {"SignTool"}  # SignTool is defined only when signing is configured
    wxs_used = set(re.findall(r"\$\(var\.(\w+)\)", installers.WXS.read_text(encoding="utf-8")))
    assert iss_used and wxs_used
    assert iss_used <= defines.keys()
    assert wxs_used <= defines.keys()
    assert defines["AppGuid"] in project.WINDOWS_APP_ID
    assert defines["UpgradeCode"] == project.MSI_UPGRADE_CODE


def test_installers_offer_per_user_and_per_machine() -> None:
    iss = installers.ISS.read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "PrivilegesRequiredOverridesAllowed=dialog commandline" in iss
    assert 'Scope="perUserOrMachine"' in installers.WXS.read_text(encoding="utf-8")


def test_winget_manifests_render_completely(tmp_path: Path) -> None:
    setup = tmp_path / "BootIntegrityWizard-0.1.0-Setup.exe"
    setup.write_bytes(b"MZ fake installer")
    meta = project.read_metadata()
    folder = installers.render_winget(setup, tmp_path, meta, "https://example.org/releases/v0.1.0")
    files = {path.name: path.read_text(encoding="utf-8") for path in folder.iterdir()}
    assert set(files) == {name.format(id=project.WINGET_ID) for name in installers.WINGET_TEMPLATES.values()}
    for text in files.values():
        assert "${" not in text
        assert f"PackageIdentifier: {project.WINGET_ID}" in text
        assert f"PackageVersion: {meta.version}" in text
    installer = files[f"{project.WINGET_ID}.installer.yaml"]
    assert "InstallerUrl: https://example.org/releases/v0.1.0/BootIntegrityWizard-0.1.0-Setup.exe" in installer
    assert "Scope: user" in installer and "Scope: machine" in installer
    for template in installers.WINGET_TEMPLATES:
        assert string.Template((installers.HERE / "winget" / template).read_text(encoding="utf-8")).is_valid()


def test_signing_is_skipped_without_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WINDOWS_SIGN_CERT_SHA1", "WINDOWS_SIGN_PFX"):
        monkeypatch.delenv(name, raising=False)
    assert installers.signtool_command() is None
    from macos import dmg

    for name in ("MACOS_NOTARY_PROFILE", "MACOS_NOTARY_KEY", "MACOS_NOTARY_APPLE_ID"):
        monkeypatch.delenv(name, raising=False)
    assert dmg.notary_credentials() is None
    monkeypatch.setenv("MACOS_NOTARY_PROFILE", "release")
    assert dmg.notary_credentials() == ["--keychain-profile", "release"]


def test_build_arguments() -> None:
    args = build.parse_args([])
    assert (args.smoke, args.package, args.build, args.timeout) == (False, False, True, 90.0)
    args = build.parse_args(["--smoke", "--no-build", "--timeout", "30", "--download-base", "https://x/y"])
    assert (args.smoke, args.build, args.timeout, args.download_base) == (True, False, 30.0, "https://x/y")
    if sys.platform.startswith("linux"):
        assert args.max_size_mb == build.LINUX_SIZE_LIMIT_MB


def test_workflow_builds_and_smoke_tests_on_every_os() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    for runner in ("ubuntu-", "windows-latest", "macos-latest", "macos-15-intel"):
        assert runner in workflow
    assert workflow.count("packaging/build.py --smoke --package") == 3  # linux, windows, macos (matrix)


def test_ci_smoke_script_is_valid_bash() -> None:
    script = PACKAGING / "ci_smoke.sh"
    assert "set -euo pipefail" in script.read_text(encoding="utf-8")
    subprocess.run(["bash", "-n", str(script)], check=True)


def test_xml_configurations_are_well_formed() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(installers.WXS).getroot()
    package = root.find("{http://wixtoolset.org/schemas/v4/wxs}Package")
    assert package is not None and package.get("UpgradeCode") == "$(var.UpgradeCode)"
    ET.parse(project.ENTITLEMENTS)
