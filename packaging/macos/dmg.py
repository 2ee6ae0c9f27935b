"""macOS packaging: verify the signed .app, notarize and staple it, wrap it in a signed, notarized .dmg.

PyInstaller already signed every binary and the .app itself when MACOS_SIGN_IDENTITY was set at build time
(hardened runtime, secure timestamp, ``entitlements.plist``; see the spec). Environment variables:

    MACOS_SIGN_IDENTITY      "Developer ID Application: Name (TEAMID)" in the login or CI keychain
    notarization, one of:
      MACOS_NOTARY_PROFILE   a keychain profile made with `xcrun notarytool store-credentials`
      MACOS_NOTARY_KEY, MACOS_NOTARY_KEY_ID, MACOS_NOTARY_ISSUER     App Store Connect API key (.p8 path)
      MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_PASSWORD, MACOS_NOTARY_TEAM_ID   Apple ID + app-specific password

Without an identity the .app stays ad-hoc signed (runs on the build Mac; Gatekeeper blocks it elsewhere);
without notary credentials it is signed but not notarized. Both cases print a clear message.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import tempfile
from pathlib import Path

import project


def notary_credentials() -> list[str] | None:
    """``notarytool`` authentication arguments from the environment, or None when not configured."""
    env = os.environ
    if env.get("MACOS_NOTARY_PROFILE"):
        return ["--keychain-profile", env["MACOS_NOTARY_PROFILE"]]
    if all(env.get(name) for name in ("MACOS_NOTARY_KEY", "MACOS_NOTARY_KEY_ID", "MACOS_NOTARY_ISSUER")):
        return ["--key", env["MACOS_NOTARY_KEY"], "--key-id", env["MACOS_NOTARY_KEY_ID"],
                "--issuer", env["MACOS_NOTARY_ISSUER"]]  # fmt: skip
    if all(env.get(name) for name in ("MACOS_NOTARY_APPLE_ID", "MACOS_NOTARY_PASSWORD", "MACOS_NOTARY_TEAM_ID")):
        return ["--apple-id", env["MACOS_NOTARY_APPLE_ID"], "--password", env["MACOS_NOTARY_PASSWORD"],
                "--team-id", env["MACOS_NOTARY_TEAM_ID"]]  # fmt: skip
    return None


def run(*command: str | Path) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(map(str, command)), flush=True)
    return subprocess.run([str(part) for part in command], check=True, capture_output=True, text=True)


def notarize(path: Path, credentials: list[str]) -> None:
    """Submit to Apple's notary service, wait, fail with Apple's log unless accepted, then staple the ticket."""
    submit = path
    if path.suffix == ".app":  # notarytool takes .zip, .pkg or .dmg; ditto keeps the bundle's symlinks and xattrs
        submit = path.with_suffix(".zip")
        run("ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", path, submit)
    result = subprocess.run(
        ["xcrun", "notarytool", "submit", str(submit), "--wait", "--timeout", "30m", "--output-format", "json",
         *credentials],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if submit != path:
        submit.unlink()
    outcome = json.loads(result.stdout or "{}")
    if outcome.get("status") != "Accepted":
        if outcome.get("id"):
            log = subprocess.run(["xcrun", "notarytool", "log", outcome["id"], *credentials],
                                 capture_output=True, text=True, check=False)  # fmt: skip
            print(log.stdout)
        raise SystemExit(f"notarization of {path.name} failed: {outcome or result.stderr}")
    run("xcrun", "stapler", "staple", path)


def build_dmg(app: Path, output: Path, meta: project.Metadata) -> Path:
    identity = os.environ.get("MACOS_SIGN_IDENTITY")
    credentials = notary_credentials()
    if identity:
        run("codesign", "--verify", "--deep", "--strict", "--verbose=2", app)
    else:
        print("signing: MACOS_SIGN_IDENTITY not set - the .app is ad-hoc signed and will not pass Gatekeeper")
    if identity and credentials is None:
        print("notarization: no MACOS_NOTARY_* credentials - signed but NOT notarized")
    # Notarize and staple the .app first, so a copy dragged out of the .dmg launches offline too.
    if identity and credentials:
        notarize(app, credentials)

    target = output / f"BootIntegrityWizard-{meta.version}-macos-{platform.machine()}.dmg"
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as staging:
        run("ditto", app, Path(staging) / app.name)
        (Path(staging) / "Applications").symlink_to("/Applications")  # drag-to-install target
        run("hdiutil", "create", "-volname", project.APP_NAME, "-srcfolder", staging, "-fs", "HFS+",
            "-format", "UDZO", "-ov", target)  # fmt: skip
    if identity:
        run("codesign", "--sign", identity, "--timestamp", target)
    if identity and credentials:
        notarize(target, credentials)
        run("spctl", "--assess", "--type", "open", "--context", "context:primary-signature", "--verbose", target)
    return target
