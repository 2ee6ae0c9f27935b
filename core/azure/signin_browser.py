"""Knowing whether the system browser really opened the sign-in page, so the wizard never claims it did.

azure-identity opens the page with ``webbrowser.open`` and only says afterwards whether that worked ("Failed to
open a browser"). A browser registered first in Python's ``webbrowser`` registry wraps the one Python would
have used and reports a successful open to the sign-in that is running on this thread. Where no browser can be
found at all, nothing is registered, nothing is reported, and azure-identity's own failure explains it.
"""

from __future__ import annotations

import threading
import webbrowser
from collections.abc import Callable, Iterator
from contextlib import contextmanager

NAME = "boot-integrity-announcing"
_flow = threading.local()  # the callback of the sign-in running on this (worker) thread
_lock = threading.Lock()
_registered: list[bool] = []


class _AnnouncingBrowser(webbrowser.BaseBrowser):
    def __init__(self, inner: webbrowser.BaseBrowser) -> None:
        super().__init__(NAME)
        self._inner = inner

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        opened = bool(self._inner.open(url, new, autoraise))
        callback: Callable[[], None] | None = getattr(_flow, "on_open", None)
        if opened and callback is not None:
            callback()
        return opened


def _register() -> None:
    with _lock:
        if _registered:
            return
        try:
            inner = webbrowser.get()  # Python's choice: $BROWSER, else the desktop's default
        except webbrowser.Error:
            inner = None
        if inner is not None:
            webbrowser.register(NAME, None, _AnnouncingBrowser(inner), preferred=True)
        _registered.append(inner is not None)


@contextmanager
def announcing_browser(on_open: Callable[[], None] | None) -> Iterator[None]:
    """While inside, a successful ``webbrowser.open`` on this thread calls ``on_open``."""
    if on_open is not None:
        _register()
    _flow.on_open = on_open
    try:
        yield
    finally:
        _flow.on_open = None
