"""The main QWizard: builds the pages, delegates branching to ``core.wizard_flow``, owns the tenant session."""

from __future__ import annotations

import gc
import importlib
import logging
import sys
from collections.abc import Callable
from functools import cache, partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QPushButton, QWidget, QWizard

from core.wizard_flow import PageId, next_page
from gui.crash import CrashReporter
from gui.gc_guard import collection_held
from gui.i18n import LanguageManager
from gui.pages.base import WizardPage
from gui.pages.welcome import WelcomePage
from gui.runtime import freeze_startup_objects
from gui.services import PageContext, SessionProvider
from gui.settings import AppSettings
from gui.state import WizardState

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtGui import (  # the QtGui binding costs ~50 ms to import: not before the first window
        QKeyEvent,
        QShowEvent,
    )

    from core.azure.session import ArmSession
    from core.tenant import TenantConnector

log = logging.getLogger(__name__)

# Importing these takes about a second on first use (the SDK's generated clients, named by core.azure.sdk_warmup,
# and the evaluators). Done on the GUI thread that is a visible freeze; a worker thread loads them while the user
# reads the welcome page.
PRELOAD_MODULES = (
    "core.azure.session",
    "core.azure.sdk_warmup",  # its CLIENT_MODULES follow
    "core.usecases.diagnose",
    "core.usecases.enable",
    "core.usecases.fix",
    "core.probe.run",
)


def _preload() -> None:
    # Importing allocates a lot, so the cycle collector would likely run in this worker thread and could destroy
    # unreachable QObjects here, off the GUI thread. Pause it for the second this takes.
    was_enabled = gc.isenabled()
    gc.disable()
    with collection_held():
        try:
            _import_and_warm()
        finally:
            freeze_startup_objects()
    if was_enabled:
        gc.enable()


def _warm_tags() -> None:
    from core.diagnosis.tag_source import bundled_tags

    bundled_tags("AzureCloud")  # the extract every diagnosis falls back on: read once, here, not mid-click


@cache  # once per process: the SDK keeps what it worked out
def _warm_models() -> None:
    from core.azure.sdk_warmup import warm_sdk_models

    warm_sdk_models()  # the SDK models' first-use cost, here rather than on the GUI thread mid-click


def _import_sdk_clients() -> None:
    from core.azure.sdk_warmup import CLIENT_MODULES

    for name in CLIENT_MODULES:
        importlib.import_module(name)


def _import_and_warm() -> None:
    steps: list[tuple[str, Callable[[], object]]] = [
        (name, partial(importlib.import_module, name)) for name in PRELOAD_MODULES
    ]
    steps.append(("the SDK's clients", _import_sdk_clients))
    steps += [("the bundled service tags", _warm_tags), ("the SDK models", _warm_models)]
    for name, step in steps:
        try:
            step()
        except Exception:  # a broken optional import shows up later where it is used, with context
            log.warning("preloading %s failed", name, exc_info=True)


class MainWizard(QWizard):
    def __init__(
        self,
        connector: TenantConnector,
        languages: LanguageManager,
        *,
        simulated: bool,
        settings: AppSettings | None = None,
        crash: CrashReporter | None = None,
    ) -> None:
        super().__init__()
        self.connector = connector
        self.languages = languages
        self.settings = settings or AppSettings()
        self.crash = crash or CrashReporter(parent=self)
        self.state = WizardState(simulated=simulated and connector.demo_available, cloud=self.settings.cloud)
        self.sessions = SessionProvider(connector, self.state)
        self.context = PageContext(
            state=self.state,
            sessions=self.sessions,
            connector=connector,
            settings=self.settings,
            languages=languages,
            navigator=self,
            crash=self.crash,
        )
        self._preloaded: asyncio.Future[None] | None = None
        self._warm_up: asyncio.Future[None] | None = None
        # One look everywhere except macOS, where users expect the native style.
        self.setWizardStyle(
            QWizard.WizardStyle.MacStyle if sys.platform == "darwin" else QWizard.WizardStyle.ModernStyle
        )
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setMinimumSize(900, 620)
        # Only the welcome page is built before the first window; the others (and the SDK they import) follow
        # right after it is shown, before the user can press Next (see build_pages).
        self.pages: dict[PageId, WizardPage] = {
            PageId.WELCOME: WelcomePage(
                self.state,
                current_language=languages.language,
                on_language=self.switch_language,
                demo_available=connector.demo_available,
            ),
        }
        self.setPage(int(PageId.WELCOME), self.pages[PageId.WELCOME])
        self.setStartId(int(PageId.WELCOME))
        self._pages_built = False
        self._focus_choice: QWidget | None = None  # see settle_focus
        self.retranslate()
        # Back while changes are being applied asks first (see leave_current_page); QWizard's own slot goes.
        back = self.button(QWizard.WizardButton.BackButton)
        back.clicked.disconnect()
        back.clicked.connect(lambda: self.leave_current_page(self.back))
        # The keyboard starts where the page says (see WizardPage.first_focus), once the page is shown and again
        # when its work ends (its first choice may only be visible then), unless the user has moved it.
        self.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, lambda: self.settle_focus(entered=True)))
        self.pages[PageId.WELCOME].completeChanged.connect(self.settle_focus)

    def build_pages(self) -> None:
        """Create every page after the welcome page; idempotent, called after show and before leaving a page."""
        if self._pages_built:
            return
        self._pages_built = True
        from gui.pages.choose_vm import ChooseVmPage
        from gui.pages.diagnosis import DiagnosisPage
        from gui.pages.enable import EnablePage
        from gui.pages.fix import FixPage
        from gui.pages.fleet import FleetPage
        from gui.pages.prerequisites import PrerequisitesPage
        from gui.pages.summary import SummaryPage
        from gui.pages.upgrade import UpgradePage
        from gui.pages.verify import VerifyPage

        context = self.context
        more: dict[PageId, WizardPage] = {
            PageId.CHOOSE_VM: ChooseVmPage(context),
            PageId.PREREQUISITES: PrerequisitesPage(context),
            PageId.ENABLE: EnablePage(context),
            PageId.DIAGNOSIS: DiagnosisPage(context),
            PageId.FIX: FixPage(context),
            PageId.VERIFY: VerifyPage(context),
            PageId.SUMMARY: SummaryPage(context),
            PageId.UPGRADE: UpgradePage(context),
            PageId.FLEET: FleetPage(context),
        }
        for page_id, page in more.items():
            self.pages[page_id] = page
            self.setPage(int(page_id), page)
            page.completeChanged.connect(self.settle_focus)
        from gui.widgets.elided_tips import show_full_text_everywhere

        show_full_text_everywhere(self)  # an elided cell or header shows its full text on hover
        self.enter_means_forward()

    def enter_means_forward(self) -> None:
        """Enter is the page's step forward (see :meth:`enter_target`), never a side action.

        In a dialog every push button is an "auto default" one: while it has focus, Enter presses it, so Enter
        opened "Inside the VM…" on the diagnosis page and went Back after Apply. Only Next and Finish keep it;
        a page's own Apply is pressed by :meth:`keyPressEvent`.
        """
        forward = {self.button(QWizard.WizardButton.NextButton), self.button(QWizard.WizardButton.FinishButton)}
        for button in self.findChildren(QPushButton):
            if button not in forward:
                button.setAutoDefault(False)
                button.setDefault(False)

    def build_sign_in_page(self) -> None:
        """The Sign in page, only when real Azure is chosen: azure-identity and MSAL are slow to import."""
        if PageId.SIGN_IN in self.pages:
            return
        from gui.pages.sign_in import SignInPage

        page = SignInPage(self.state, self.connector, self.settings)
        self.pages[PageId.SIGN_IN] = page
        self.setPage(int(PageId.SIGN_IN), page)
        page.completeChanged.connect(self.settle_focus)
        self.enter_means_forward()

    def validateCurrentPage(self) -> bool:
        self.build_pages()  # QWizard.next() validates before it asks nextId() where to go
        if self.currentId() == PageId.WELCOME and not self.state.simulated:
            self.build_sign_in_page()
        if not super().validateCurrentPage():
            return False
        if self.currentId() == PageId.CHOOSE_VM:
            self.forget_previous_vm()
        return True

    def forget_previous_vm(self) -> None:
        """Leaving Choose VM with another VM than before: every page and the state start afresh for it."""
        if self.state.begin_vm():
            for page in self.pages.values():
                page.forget_vm()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Boot Integrity Wizard"))
        # QWizard translates its own buttons only when its style is set, not on a language change:
        # re-apply the style so "< Back" / "Next >" follow the new translator at once.
        style = self.wizardStyle()
        other = QWizard.WizardStyle.ClassicStyle
        if style == other:
            other = QWizard.WizardStyle.ModernStyle
        self.setWizardStyle(other)
        self.setWizardStyle(style)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def return_to(self, page_id: PageId) -> bool:
        """Go back through the visited pages to ``page_id`` and prepare it afresh (Azure may have changed since it
        was shown); ``False`` when it was not visited. Each page left this way cancels its work, as Back does."""
        if int(page_id) not in self.visitedIds():
            return False
        while self.currentId() != int(page_id):
            self.back()
        self.pages[page_id].initializePage()
        return True

    def has_page(self, page_id: PageId) -> bool:
        return page_id in self.pages

    def advance(self) -> None:
        self.next()

    def switch_language(self, language: str) -> None:
        self.languages.switch(language)
        self.settings.language = language  # the next start opens in it (an explicit --lang still wins)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._pages_built:
            QTimer.singleShot(0, self.build_pages)
        self.start_background_work()

    def start_background_work(self) -> None:
        """While the user reads the welcome page: import the SDK in a worker thread and, for the demo, start the
        simulated tenant, so that neither happens in the middle of the first click. Idempotent; needs the loop
        (the app shows its window before the loop exists and calls this again once it runs)."""
        if self._preloaded is not None or "asyncio" not in sys.modules:
            return  # no loop can run before asyncio is imported; importing it here would delay the first window
        import asyncio

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop yet; called again when it runs
        self._preloaded = asyncio.ensure_future(asyncio.to_thread(_preload))
        self.sessions.wait_for(self._preloaded)
        if self.state.simulated:
            self._warm_up = asyncio.ensure_future(self._open_demo_tenant())

    async def _open_demo_tenant(self) -> None:
        try:
            await self.ensure_session()
        except Exception:  # the page that needs the session shows the error, with Retry
            log.warning("opening the demo tenant in the background failed", exc_info=True)

    def nextId(self) -> int:
        # Before build_pages every page is about to exist; answering as if it did keeps "Next >" on the welcome
        # page without building the rest before the first window.
        available = frozenset(self.pages) if self._pages_built else frozenset(PageId)
        if not self.state.simulated:
            available |= {PageId.SIGN_IN}  # built on the way out of the welcome page
        return next_page(PageId(self.currentId()), self.state.flow(), available)

    async def ensure_session(self) -> ArmSession:
        """The session for the mode chosen on the welcome page (what the pages get from ``context.session``)."""
        return await self.sessions.session()

    def cancel_work(self) -> None:
        for page in self.pages.values():
            page.cancel_work()

    def leave_current_page(self, action: Callable[[], None]) -> None:
        """Back, Cancel, Escape or closing the window: a page that is applying changes asks first and stops after
        the step in flight (``gui.pages.applying.StopGuard``); any other page is left at once."""
        page = self.currentPage()
        if isinstance(page, WizardPage) and page.applying:
            page.leave_after_stop(action)
        else:
            action()

    def enter_target(self) -> QPushButton | None:
        """What Enter presses now: the page's Apply (Enable, Upgrade…) while it can be pressed, else Next or Finish
        (whichever QWizard made the default button), else nothing."""
        page = self.currentPage()
        primary = page.primary_action() if isinstance(page, WizardPage) else None
        if primary is not None and primary.isVisible() and primary.isEnabled():
            return primary
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.NextButton):
            button = self.button(which)
            if isinstance(button, QPushButton) and button.isVisible() and button.isEnabled() and button.isDefault():
                return button
        return None

    def settle_focus(self, entered: bool = False) -> None:
        """Focus the page's first choice, else its step forward, when the page was just ``entered`` or that choice
        changed with the page's work (a plan became ready to consent to; after Apply, Next). Otherwise the
        user's own place on the page stays; a place off the page (after Apply the pressed button is disabled and
        Qt moves the focus on to Back) is never kept."""
        page = self.currentPage()
        if not isinstance(page, WizardPage):
            return
        usable = [w for w in (page.first_focus(), self.enter_target()) if w is not None and w.isVisible()]
        choice = next((w for w in usable if w.isEnabled()), None)
        focused = self.focusWidget()
        stays = focused is not None and focused.isVisible() and focused.isEnabled() and page.isAncestorOf(focused)
        if choice is not None and (entered or choice is not self._focus_choice or not stays):
            choice.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_choice = choice

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys a focused widget did not use arrive here (a line edit, check box or table leaves Enter to the dialog).
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            target = self.enter_target()
            if target is not None:
                target.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:  # Cancel, Escape, and closing the window (QDialog.closeEvent calls reject)
        self.leave_current_page(self._reject_now)

    def _reject_now(self) -> None:
        self.cancel_work()
        super().reject()

    def done(self, result: int) -> None:
        self.cancel_work()
        super().done(result)
