"""What the wizard's pages receive: the shared state and the services they use, never the wizard itself.

``gui/wizard.py`` builds one :class:`PageContext` and hands it to every page's constructor; a page that needs the
tenant session, the demo tenant's stories, the settings, the language or a jump back asks the context.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # asyncio and the SDK are not imported before the first window (see gui/app.py)
    import asyncio

    from core.azure.session import ArmSession
    from core.tenant import TenantConnector
    from core.wizard_flow import PageId
    from gui.crash import CrashReporter
    from gui.i18n import LanguageManager
    from gui.settings import AppSettings
    from gui.state import WizardState


class Navigator(Protocol):
    """The wizard's navigation, as far as a page may use it."""

    def return_to(self, page_id: PageId) -> bool: ...

    def has_page(self, page_id: PageId) -> bool: ...

    def advance(self) -> None:
        """Go on as the Next button does (core.wizard_flow decides where)."""
        ...


class SessionProvider:
    """Opens the tenant session for the mode chosen on the welcome page, once, and hands it to every page.

    Real Azure: the Sign in page has opened it for the chosen tenant; the Azure CLI login is the fallback when
    the wizard is driven without that page.
    """

    def __init__(self, connector: TenantConnector, state: WizardState) -> None:
        self._connector = connector
        self._state = state
        self._lock: asyncio.Lock | None = None
        self._preloaded: asyncio.Future[None] | None = None

    def wait_for(self, preloaded: asyncio.Future[None]) -> None:
        """Open no session before this is done (the SDK's import in a worker thread)."""
        self._preloaded = preloaded

    async def session(self) -> ArmSession:
        import asyncio

        if self._preloaded is not None:
            await asyncio.shield(self._preloaded)  # wait without blocking the GUI thread on the import lock
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            session = self._state.session
            if session is not None and session.endpoint.is_simulated == self._state.simulated:
                return session
            if self._state.simulated:
                session = await self._connector.open_simulated()
            else:
                session = await self._connector.open_azure_cli(self._state.cloud)
            self._state.session = session
            return session


@dataclass(frozen=True, slots=True)
class PageContext:
    """Everything a page may use besides its own widgets."""

    state: WizardState
    sessions: SessionProvider
    connector: TenantConnector  # the demo tenant's stories (``scenario_story``) and its export
    settings: AppSettings
    languages: LanguageManager
    navigator: Navigator
    crash: CrashReporter

    async def session(self) -> ArmSession:
        return await self.sessions.session()
