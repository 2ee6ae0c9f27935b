"""The GUI fixtures of tests/gui (qasync loop on pytest-qt's app, a wizard on a simulated tenant), reused here."""

from tests.gui.conftest import (  # noqa: F401  (fixtures are found by name)
    collect_after_each_test,
    collect_garbage_on_the_gui_thread,
    collect_on_gui_thread,
    compiled_translations,
    languages,
    make_wizard,
    qloop,
)
