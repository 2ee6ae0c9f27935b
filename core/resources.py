"""Locate files bundled under ``resources/``, both from a source checkout and from a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def _resources_dir() -> Path:
    # PyInstaller unpacks data next to sys._MEIPASS; the source tree keeps resources/ beside core/.
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        return Path(meipass) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES_DIR: Path = _resources_dir()


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("data", "attestation_shared_endpoints.json")``."""
    return RESOURCES_DIR.joinpath(*parts)
