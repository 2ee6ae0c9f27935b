"""The page contract of gui/pages/base.py holds for every page, and no page reaches up to the wizard."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import gui.pages
from gui.pages.base import AsyncWizardPage, WizardPage

GUI = Path(gui.pages.__file__).resolve().parent.parent


def _pages() -> list[type[WizardPage]]:
    """The concrete pages: every subclass in gui/pages that nothing derives from (shared bases are not pages)."""
    for module in pkgutil.iter_modules(gui.pages.__path__):
        importlib.import_module(f"gui.pages.{module.name}")
    found: list[type[WizardPage]] = []
    todo: list[type[WizardPage]] = [WizardPage]
    while todo:
        cls = todo.pop()
        subclasses = [sub for sub in cls.__subclasses__() if sub.__module__.startswith("gui.pages.")]
        todo.extend(subclasses)
        if not subclasses and cls.__module__ != "gui.pages.base":
            found.append(cls)
    return found


PAGES = _pages()


def test_every_page_module_was_found() -> None:
    assert {"WelcomePage", "ChooseVmPage", "DiagnosisPage", "SignInPage"} <= {page.__name__ for page in PAGES}


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.__name__)
def test_each_page_implements_the_contract(page: type[WizardPage]) -> None:
    assert page.retranslate is not WizardPage.retranslate
    if issubclass(page, AsyncWizardPage):
        assert page.load is not AsyncWizardPage.load, "load: what entering the page and Retry start"
        assert page.on_busy_changed is not AsyncWizardPage.on_busy_changed


def _wizard_calls(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"wizard", "main_wizard"}
    ]


def test_no_page_or_widget_reaches_up_to_the_wizard() -> None:
    files = sorted((GUI / "pages").glob("*.py")) + sorted((GUI / "widgets").glob("*.py")) + [GUI / "probe_dialog.py"]
    offenders = {str(path.relative_to(GUI)): lines for path in files if (lines := _wizard_calls(path))}
    assert offenders == {}, "pages get the session and services from their PageContext"
