"""Which Qt files PyInstaller collected that a Qt Widgets wizard never loads; the spec drops them.

PyInstaller's PySide6 hooks collect every plugin of a used Qt module (QtGui brings Wayland, EGLFS, VNC, PDF and
SVG image formats, the virtual keyboard that pulls in Qt Quick/QML...) and every Qt ``.qm`` catalog. We use
QtCore, QtGui and QtWidgets only, render with the raster engine, and load ``qtbase_de.qm`` only.

Paths are the bundle-relative destination names from the spec's TOCs, e.g. ``PySide6/Qt/plugins/platforms/
libqwayland.so`` (Linux), ``PySide6/plugins/platforms/qwindows.dll`` (Windows), ``PySide6/Qt/lib/QtSvg.framework/
...`` (macOS). Matching is on name fragments so one rule covers the three layouts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePath

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (bundle-relative destination, source path, typecode)

# Whole plugin directories: display servers we do not support (Wayland, EGLFS, framebuffer, evdev input),
# QML/Designer/SQL/TLS/network-information/print plugins of modules we do not import.
_PLUGIN_DIRS = (
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-graphics-integration-server",
    "wayland-shell-integration",
    "egldeviceintegrations",
    "generic",
    "qmltooling",
    "designer",
    "sqldrivers",
    "tls",
    "networkinformation",
    "vectorimageformats",
    "printsupport",
    "iconengines",  # only qsvgicon, which needs QtSvg
)

# Individual plugins: keep xcb/offscreen (Linux), windows (Windows), cocoa (macOS); raster image formats only.
_PLUGINS = (
    "platforms/*wayland*",
    "platforms/*eglfs*",
    "platforms/*linuxfb*",
    "platforms/*minimal*",
    "platforms/*vnc*",
    "platforms/*vkkhrdisplay*",
    "platforms/*direct2d*",
    "platformthemes/*gtk3*",  # needs libgtk-3 from the host; Qt falls back to its own theme without it
    "platforminputcontexts/*virtualkeyboard*",  # pulls in Qt Quick and QML
    "imageformats/*pdf*",
    "imageformats/*svg*",
    "imageformats/*tiff*",
    "imageformats/*webp*",
    "imageformats/*tga*",
    "imageformats/*wbmp*",
    "imageformats/*icns*",
)

# Qt libraries only the dropped plugins need (lib prefix on Linux, DLL on Windows, framework on macOS).
_LIBRARIES = ("Wayland", "Svg", "Pdf", "Quick", "Qml", "EglFs", "VirtualKeyboard", "Designer", "OpenGLWidgets")

# Qt's software OpenGL fallback (Windows, ~20 MB): Widgets paint with the raster engine and never need it.
_FILES = ("opengl32sw.dll",)

# Qt's own catalogs we load: gui/i18n.py installs qtbase_<lang> for German (English is Qt's source language).
_QT_CATALOGS = {"qtbase_de.qm"}


def _glob_to_regex(pattern: str) -> str:
    return "".join(".*" if char == "*" else re.escape(char) for char in pattern)


_DROP = re.compile(
    "|".join(
        [
            *(rf"(^|/)plugins/{re.escape(name)}/" for name in _PLUGIN_DIRS),
            *(rf"(^|/)plugins/{_glob_to_regex(pattern)}$" for pattern in _PLUGINS),
            *(rf"(^|/)(lib)?Qt6?{name}[^/]*$" for name in _LIBRARIES),  # libQt6Svg.so.6, Qt6Svg.dll
            *(rf"(^|/)Qt{name}[^/]*\.framework/" for name in _LIBRARIES),  # QtSvg.framework/...
            *(rf"(^|/){re.escape(name)}$" for name in _FILES),
        ]
    ),
    re.IGNORECASE,
)


def keep(dest: str) -> bool:
    """True when the bundle needs the file at bundle-relative path ``dest``."""
    path = dest.replace("\\", "/")
    if "/translations/" in f"/{path}" and path.endswith(".qm") and "PySide6" in path:
        return path.rsplit("/", 1)[-1] in _QT_CATALOGS
    return not _DROP.search(path)


def _name(path: str) -> str:
    return PurePath(path.replace("\\", "/")).name.lower()


def slim(toc: list[Entry], imports: Callable[[str], set[str]] | None = None) -> list[Entry]:
    """The entries ``keep`` accepts, minus the libraries only the dropped entries needed.

    PyInstaller resolves binary dependencies before the spec can filter, so dropping the GTK theme plugin
    leaves GTK's libatk, pango and cairo behind, and dropping Wayland leaves libQt6WlShellIntegration.
    ``imports(source)`` gives the file names a binary links against; a library that a dropped binary pulled in
    stays only if something we keep still links against it (directly or through other kept libraries).
    """
    kept = [entry for entry in toc if keep(entry[0])]
    if imports is None:
        return kept
    dropped = [entry for entry in toc if not keep(entry[0])]
    by_name = {_name(entry[0]): entry for entry in kept}
    candidates: set[str] = set()
    frontier = [entry[1] for entry in dropped]
    while frontier:  # everything the dropped binaries link against, transitively, that is in the bundle
        for name in imports(frontier.pop()):
            if name in by_name and name not in candidates:
                candidates.add(name)
                frontier.append(by_name[name][1])
    needed: set[str] = set()
    frontier = [entry[1] for entry in kept if _name(entry[0]) not in candidates]
    while frontier:  # what the remaining binaries still link against
        for name in imports(frontier.pop()):
            if name in candidates and name not in needed:
                needed.add(name)
                frontier.append(by_name[name][1])
    return [entry for entry in kept if _name(entry[0]) not in candidates - needed]
