"""The in-guest probe scripts with the attestation host filled in, as the line lists Run Command takes.

The host is the only value that goes into a script. It is checked to be a plain DNS name (letters, digits,
hyphens and dots) before it replaces the placeholder, so nothing the user or an ARM payload supplies can end the
quoted string and run as code. The scripts repeat the check themselves.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache

from core.resources import resource_path

PLACEHOLDER = "__BIW_HOST__"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = re.compile(rf"^{_LABEL}(?:\.{_LABEL})*$")


class ScriptKind(StrEnum):
    """Run Command's built-in command ids for the two scripts."""

    LINUX = "RunShellScript"
    WINDOWS = "RunPowerShellScript"


_FILES = {ScriptKind.LINUX: "probe-linux.sh", ScriptKind.WINDOWS: "probe-windows.ps1"}


def is_valid_host(host: str) -> bool:
    """A DNS host name of at most 253 characters; no IP literal check needed (digits and dots are harmless)."""
    return len(host) <= 253 and bool(_HOST.match(host))


def script_kind(os_type: str) -> ScriptKind:
    """``Linux`` -> RunShellScript, ``Windows`` -> RunPowerShellScript (case-insensitive); ValueError otherwise."""
    lowered = os_type.lower()
    if lowered == "linux":
        return ScriptKind.LINUX
    if lowered == "windows":
        return ScriptKind.WINDOWS
    raise ValueError(f"no probe script for OS type {os_type!r}")


@cache
def script_template(kind: ScriptKind) -> str:
    return resource_path("probe", _FILES[kind]).read_text(encoding="utf-8")


def render_script(kind: ScriptKind, host: str) -> str:
    """The script text for ``host``; ``ValueError`` when ``host`` is not a plain DNS name."""
    if not is_valid_host(host):
        raise ValueError(f"not a valid host name: {host!r}")
    template = script_template(kind)
    if template.count(PLACEHOLDER) != 1:  # a broken resource must not run half-filled
        raise RuntimeError(f"{_FILES[kind]} must contain {PLACEHOLDER} exactly once")
    return template.replace(PLACEHOLDER, host)


def script_lines(kind: ScriptKind, host: str) -> list[str]:
    """The rendered script as ``RunCommandInput.script`` lines."""
    return render_script(kind, host).splitlines()
