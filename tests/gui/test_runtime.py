"""Process tuning for the GUI: PySide6's module check by bytes, the one-time freeze, collection held off."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QApplication

import core.diagnosis.ipranges
import gui.wizard
from gui import runtime
from gui.gc_guard import GuiThreadCollector, collection_held


@pytest.fixture
def feature(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    module = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(module, "_mod_uses_pyside", module._mod_uses_pyside)  # restored after the test
    return module


def test_the_byte_check_answers_like_pysides_own(feature: ModuleType, tmp_path: Path) -> None:
    original = feature._mod_uses_pyside
    if getattr(original, "_reads_bytes", False):
        pytest.skip("already installed in this process")
    assert runtime.install_fast_pyside_module_check() is True
    assert runtime.install_fast_pyside_module_check() is False  # never wrapped twice
    fast = feature._mod_uses_pyside
    assert fast is not original
    gone = ModuleType("gone")
    gone.__file__ = str(tmp_path / "deleted.py")  # unreadable: falls back to PySide6's check
    for module in (gui.wizard, core.diagnosis.ipranges, sys, gc, gone):
        assert fast(module) == original(module), module
    assert fast(gui.wizard) is True and fast(core.diagnosis.ipranges) is False


def test_the_freeze_happens_once_and_only_when_the_app_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen: list[bool] = []
    monkeypatch.setattr(runtime.gc, "freeze", lambda: frozen.append(True))
    monkeypatch.setattr(runtime, "_freeze", {"wanted": False, "done": False})
    assert runtime.freeze_startup_objects() is False  # tests never call tune_runtime
    runtime._freeze["wanted"] = True
    assert runtime.freeze_startup_objects() is True
    assert runtime.freeze_startup_objects() is False
    assert frozen == [True]


def test_no_collection_while_held(qapp: QApplication) -> None:
    guard = GuiThreadCollector(interval_ms=3_600_000, parent=qapp)
    try:
        gc.collect()
        keep = [[] for _ in range(gc.get_threshold()[0] * 2)]  # container allocations count towards gen 0
        assert gc.get_count()[0] > gc.get_threshold()[0]
        with collection_held():
            guard.check()
            assert gc.get_count()[0] > gc.get_threshold()[0]
        guard.check()
        assert gc.get_count()[0] < gc.get_threshold()[0]
        del keep
    finally:
        guard._timer.stop()  # not stop(): that would switch automatic collection back on for the session


def test_no_collection_during_startup_until_it_is_done(qapp: QApplication) -> None:
    guard = GuiThreadCollector(interval_ms=3_600_000, parent=qapp, startup_grace_s=3600)
    try:
        gc.collect()
        keep = [[] for _ in range(gc.get_threshold()[0] * 2)]
        guard.check()
        assert gc.get_count()[0] > gc.get_threshold()[0]  # still starting: nothing collected
        guard.startup_done()
        guard.check()
        assert gc.get_count()[0] < gc.get_threshold()[0]
        del keep
    finally:
        guard._timer.stop()
