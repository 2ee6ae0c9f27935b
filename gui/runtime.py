"""Process-wide tuning the GUI needs before it loads the Azure SDK: shared by the app and the GUI benchmark.

* Cycle collection on the GUI thread only (see :mod:`gui.gc_guard`).
* A short GIL switch interval. The SDK preload and the demo tenant run in worker threads; whenever Qt calls
  into Python on the GUI thread (a slot, a timer, the first call of each virtual of a new widget) that thread
  has to wait for the GIL, by default up to 5 ms a time. A page shown while a worker was busy paid that dozens
  of times: 86-126 ms stalls at 5 ms against 33-42 ms at 0.2 ms (benchmarks/bench_gui.py, five runs each).
* Start-up objects frozen (``gc.freeze``) once the SDK is preloaded: see :func:`freeze_startup_objects`.
* PySide6's module check without the source cache. After Qt is imported, PySide6 inspects every newly imported
  module for the string "PySide6" (its ``__feature__`` switching) with ``inspect.getsource``: that decodes each
  file and keeps all its lines in ``linecache`` for the rest of the process. The Azure SDK's generated modules
  are up to 6.5 MB of source, so the preload paid ~0.5 s and 58 MB (RSS 200 → 142 MB, measured) for it. The
  same question is answered by searching the file's bytes, which caches nothing. Anything other than a plain
  ``.py`` file, or an unreadable one, still goes to PySide6's own check.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from types import ModuleType

from PySide6.QtCore import QCoreApplication

from gui.gc_guard import GuiThreadCollector

_MARKER = b"PySide6"
GUI_SWITCH_INTERVAL_S = 0.0002
STARTUP_GRACE_S = 30.0  # the longest a slow machine may take to preload before collection resumes anyway
_collectors: list[GuiThreadCollector] = []
_freeze = {"wanted": False, "done": False}
_freeze_lock = threading.Lock()


def tune_runtime(app: QCoreApplication) -> GuiThreadCollector:
    """Install the tunings; the returned collector is parented to ``app`` (call ``stop()`` to undo it)."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    install_fast_pyside_module_check()
    with _freeze_lock:
        _freeze["wanted"] = True
    collector = GuiThreadCollector(parent=app, startup_grace_s=STARTUP_GRACE_S)
    _collectors[:] = [collector]
    return collector


def freeze_startup_objects() -> bool:
    """Move every object alive now out of the collector's reach, once per process and only in a tuned app.

    Called when the SDK preload ends: what importing created (modules, classes, functions, the tag index) lives
    as long as the process, yet the first collections after the preload — on the GUI thread — re-scanned those
    ~240,000 objects for 90-130 ms each. Frozen objects are still freed by reference counting; only cycles among
    them are never collected, which is why this happens once, at start-up, and not in tests (no
    :func:`tune_runtime` there), where it would keep the first test's wizard alive.
    """
    with _freeze_lock:
        if not _freeze["wanted"] or _freeze["done"]:
            return False
        _freeze["done"] = True
    gc.freeze()
    for collector in _collectors:
        collector.startup_done()
    return True


def freeze_bulk_load() -> bool:
    """Move what a bulk load just created (the fleet table's rows) out of the collector's reach; tuned app only.

    The GUI thread's collector runs on a timer, so everything a long load allocates survives into the older
    generations together, and the first older-generation collection afterwards re-scanned all of it: 109 ms
    for the fleet page's 10,030 rows (benchmarks/bench_fleet.py). The rows live as long as the table shows
    them and hold no cycles; when the table is cleared they are freed by reference counting as before. Call it
    after a load run under :func:`gui.gc_guard.collection_held`. Not in tests (see above).
    """
    with _freeze_lock:
        if not _freeze["wanted"]:
            return False
    gc.freeze()
    return True


def install_fast_pyside_module_check() -> bool:
    """Replace PySide6's private source check when it has the known shape; ``False`` when it was left alone."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, "_reads_bytes", False):
        return False
    vars(feature)["_mod_uses_pyside"] = _bytes_check(original)  # a private hook: set in the module's namespace
    return True


def _bytes_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return _MARKER in source.read()
            except OSError:
                pass
        return original(module)

    vars(mod_uses_pyside)["_reads_bytes"] = True  # marks the replacement, so it is never wrapped twice
    return mod_uses_pyside
