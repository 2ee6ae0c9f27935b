"""Sign in: system browser (default), device code (not recommended) or the Azure CLI login; then the tenant.

The browser and device-code flows block (MSAL is synchronous), so they run in a worker thread via
``asyncio.to_thread``; the device code arrives on that thread and reaches the GUI through a Qt signal (a queued
connection, because the page lives in the GUI thread). A saved sign-in is tried silently when the page opens.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.azure.clouds import CloudName
from core.azure.signin import METHOD_NAMES, IdentityEndpoint, SignedIn, SignIn, reset_authentication
from core.azure.signin_errors import CONTEXT, KEYRING_MISSING, KEYRING_NO_LIBRARY, KEYRING_NO_SERVICE, cancelled
from core.azure.signin_method import SignInMethod
from core.azure.signin_store import (
    AuthRecordStore,
    CacheProtection,
    KeyringProblem,
    TokenCachePlan,
    plan_token_cache,
)
from core.tenant import TenantConnector
from gui.pages.base import WizardPage
from gui.settings import AppSettings
from gui.state import WizardState
from gui.tasks import PageTask
from gui.widgets.error_banner import ErrorBanner

if TYPE_CHECKING:
    from core.azure.errors import ArmError

EndpointFactory = Callable[[CloudName], IdentityEndpoint]


class SignInPage(WizardPage):
    devicePrompt = Signal(str, str)  # verification URL, user code; emitted on the sign-in worker thread
    browserOpened = Signal()  # the system browser really opened the sign-in page; from the worker thread

    def __init__(
        self,
        state: WizardState,
        connector: TenantConnector,
        settings: AppSettings,
        *,
        endpoint_for: EndpointFactory = IdentityEndpoint.for_cloud,
        records: AuthRecordStore | None = None,
        cache_plan: TokenCachePlan | None = None,
    ) -> None:
        super().__init__(state)
        self._connector = connector
        self._settings = settings
        self._endpoint_for = endpoint_for
        self._records = records
        self._cache_plan = cache_plan  # None: probe the keyring when the page first opens
        self.signin: SignIn | None = None
        self._forgotten = False  # saved sign-ins were just removed: said until the next sign-in
        self.signed_in: SignedIn | None = None
        self._closing: set[asyncio.Future[None]] = set()
        self._handed_over = False  # the connector closes a SignIn once a session uses it; until then we do
        self._browser_opened = False  # the status claims a browser window only once one opened
        self._notice = ""  # the result of "Forget saved sign-ins", kept until the next sign-in

        self._methods: dict[SignInMethod, QRadioButton] = {}
        self._method_group = QButtonGroup(self)
        for method in SignInMethod:
            button = QRadioButton()
            self._methods[method] = button
            self._method_group.addButton(button)
        self._method_hint = QLabel()
        self._method_hint.setWordWrap(True)
        self._sign_in = QPushButton()
        self._sign_in.clicked.connect(self.start_sign_in)
        self._cancel = QPushButton()
        self._cancel.clicked.connect(self.cancel_sign_in)
        # Not named like the coroutine _reset: an attribute of that name shadowed it and the button never worked.
        self._forget_button = QPushButton()
        self._forget_button.clicked.connect(self._reset_authentication)
        self.device_box = QFrame()
        self.device_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.device_text = QLabel()
        self.device_text.setWordWrap(True)
        self.device_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.device_text.setOpenExternalLinks(True)
        self.device_code = QLabel()
        self.device_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.device_code.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.device_code.setFont(font)
        self._copy_code = QPushButton()
        self._copy_code.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.device_code.text()))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.keyring_warning = QLabel()
        self.keyring_warning.setWordWrap(True)
        self.keyring_warning.hide()
        self.tenant = QComboBox()
        self.tenant.currentIndexChanged.connect(self._tenant_changed)
        self._tenant_label = QLabel()
        self._tenant_label.setBuddy(self.tenant)
        self.error = ErrorBanner()
        self.error.retryRequested.connect(self.start_sign_in)
        self.task = PageTask(self._failed, self)
        self.task.busyChanged.connect(self._busy_changed)
        self.devicePrompt.connect(self._show_device_code)
        self.browserOpened.connect(self._on_browser_opened)

        device_layout = QVBoxLayout(self.device_box)
        device_layout.addWidget(self.device_text)
        code_row = QHBoxLayout()
        code_row.addWidget(self.device_code)
        code_row.addWidget(self._copy_code)
        code_row.addStretch(1)
        device_layout.addLayout(code_row)
        self.device_box.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self._sign_in)
        buttons.addWidget(self._cancel)
        buttons.addStretch(1)
        buttons.addWidget(self._forget_button)
        tenant_form = QFormLayout()
        tenant_form.addRow(self._tenant_label, self.tenant)
        layout = QVBoxLayout(self)
        for method in SignInMethod:
            layout.addWidget(self._methods[method])
        layout.addWidget(self._method_hint)
        layout.addLayout(buttons)
        layout.addWidget(self.device_box)
        layout.addWidget(self.status)
        layout.addWidget(self.keyring_warning)
        layout.addWidget(self.error)
        layout.addLayout(tenant_form)
        layout.addStretch(1)
        self._methods[settings.sign_in_method].setChecked(True)
        for button in self._methods.values():
            button.toggled.connect(self._method_changed)
        self._busy_changed(False)
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Sign in to Azure"))
        self.setSubTitle(self.tr("Sign in with your work or school account, then choose the tenant."))
        for method, button in self._methods.items():
            button.setText(QCoreApplication.translate("SignInMethods", METHOD_NAMES[method]))
        self._sign_in.setText(self.tr("&Sign in"))
        self._cancel.setText(self.tr("Ca&ncel sign-in"))
        self._forget_button.setText(self.tr("&Forget saved sign-ins"))
        self._forget_button.setToolTip(self.tr("Removes the remembered accounts and cached tokens from this computer."))
        self._copy_code.setText(self.tr("&Copy code"))
        self._tenant_label.setText(self.tr("&Tenant:"))
        self._update_method_hint()
        self._update_status()
        self._update_keyring_warning()

    def _update_method_hint(self) -> None:
        method = self.method
        if method is SignInMethod.BROWSER:
            hint = self.tr(
                "Your default web browser opens the Microsoft sign-in page. Multi-factor authentication and "
                "Conditional Access work as usual. Your sign-in is remembered for the next start."
            )
        elif method is SignInMethod.DEVICE_CODE:
            hint = self.tr(
                "For computers without a browser: you get a code to enter on another device. Many organizations "
                "block this method with Conditional Access; use it only if the browser sign-in is impossible."
            )
        else:
            hint = self.tr(
                "Uses the account you signed in with in the Azure CLI ('az login'). The Azure CLI must be "
                "installed on this computer."
            )
        self._method_hint.setText(hint)

    def _update_status(self) -> None:
        if self._forgotten and self.signed_in is None and not self.task.busy:
            self.status.setText(self.tr("Saved sign-ins were removed from this computer."))
            return
        if self.signed_in is not None:
            text = self.tr("Signed in as {user}.").format(user=self.signed_in.username or self.tr("unknown user"))
        elif self.task.busy and self.method is SignInMethod.DEVICE_CODE:
            if self.device_box.isHidden():
                text = self.tr("Signing in… Asking Microsoft Entra ID for a device code.")
            else:
                text = self.tr("Signing in… Waiting for the code to be entered.")
        elif self.task.busy and self.method is SignInMethod.BROWSER:
            if self._browser_opened:
                text = self.tr("Signing in… Complete the sign-in in the browser window that opened.")
            else:
                text = self.tr("Signing in… Connecting to Microsoft Entra ID.")
        elif self.task.busy:
            text = self.tr("Signing in… Asking the Azure CLI for its sign-in.")
        else:
            text = self._notice or self.tr("Not signed in.")
        self.status.setText(text)

    def _update_keyring_warning(self) -> None:
        plan = self._cache_plan
        memory_only = plan is not None and plan.protection is CacheProtection.MEMORY_ONLY
        if memory_only and plan is not None:
            # A plain cause and next step; the backend's own words ("Unable to import module 'gi'") are in the log.
            template = {KeyringProblem.NO_LIBRARY: KEYRING_NO_LIBRARY, KeyringProblem.NO_SERVICE: KEYRING_NO_SERVICE}
            chosen = template.get(plan.problem) if plan.problem is not None else None
            text = QCoreApplication.translate(CONTEXT, chosen or KEYRING_MISSING)
            self.keyring_warning.setText(text.format(detail=plan.reason))
        self.keyring_warning.setVisible(memory_only)

    # --- state ---------------------------------------------------------------------------------------------
    @property
    def method(self) -> SignInMethod:
        for method, button in self._methods.items():
            if button.isChecked():
                return method
        return SignInMethod.BROWSER

    def select_method(self, method: SignInMethod) -> None:
        self._methods[method].setChecked(True)

    def _method_changed(self) -> None:
        self._update_method_hint()
        if self.signin is not None and self.signin.method is not self.method and not self.task.busy:
            self._forget_sign_in()

    def isComplete(self) -> bool:
        return self.state.session is not None and not self.task.busy

    def first_focus(self) -> QWidget | None:
        return self._sign_in

    def initializePage(self) -> None:
        if self.signed_in is None:
            self.task.start(self._try_saved_sign_in())

    def cleanupPage(self) -> None:
        self.cancel_sign_in()

    def cancel_work(self) -> None:
        self.task.cancel()

    # --- sign-in -------------------------------------------------------------------------------------------
    async def _ensure_cache_plan(self) -> TokenCachePlan:
        if self._cache_plan is None:
            self._cache_plan = await asyncio.to_thread(plan_token_cache)
            self._update_keyring_warning()
        return self._cache_plan

    def _new_sign_in(self, plan: TokenCachePlan) -> SignIn:
        if self.signin is not None:
            self._forget_sign_in()
        self.signin = SignIn(
            self.method,
            self._endpoint_for(self.state.cloud),
            records=self._records or AuthRecordStore(),
            cache=plan,
            prompt=self._prompt_from_worker,
            on_browser_opened=self.browserOpened.emit,  # queued to the GUI thread
        )
        return self.signin

    def _prompt_from_worker(self, verification_uri: str, user_code: str, expires_on: datetime) -> None:
        self.devicePrompt.emit(verification_uri, user_code)  # queued to the GUI thread

    def _show_device_code(self, verification_uri: str, user_code: str) -> None:
        self.device_text.setText(
            self.tr('On any device, open <a href="{url}">{url}</a> and enter this code:').format(url=verification_uri)
        )
        self.device_code.setText(user_code)
        self.device_box.show()
        self._update_status()

    def _on_browser_opened(self) -> None:
        self._browser_opened = True
        self._update_status()

    async def _try_saved_sign_in(self) -> None:
        plan = await self._ensure_cache_plan()
        signin = self._new_sign_in(plan)
        signed_in = await asyncio.to_thread(signin.try_silent)
        if signed_in is not None:
            await self._signed_in(signin, signed_in)

    def start_sign_in(self) -> None:
        self._forgotten = False
        self.error.clear()
        self._browser_opened = False
        self._notice = ""
        self.task.start(self._interactive())

    async def _interactive(self) -> None:
        plan = await self._ensure_cache_plan()
        signin = self._new_sign_in(plan)
        self._settings.sign_in_method = signin.method
        signed_in = await asyncio.to_thread(signin.interactive)
        await self._signed_in(signin, signed_in)

    def cancel_sign_in(self) -> None:
        busy = self.task.busy
        if self.signin is not None:
            self.signin.cancel()  # ends the worker thread (next poll / redirect); the task's result is dropped
        self.task.cancel()
        self.device_box.hide()
        if busy:
            self.error.show_error(cancelled())

    async def _signed_in(self, signin: SignIn, signed_in: SignedIn) -> None:
        self.signed_in = signed_in
        self.device_box.hide()
        self._update_status()
        home = await self._connector.open_signed_in(signin, None)
        self._handed_over = True
        tenants = [t async for t in home.subscriptions().tenants.list()]
        self.tenant.blockSignals(True)
        self.tenant.clear()
        for tenant in sorted(tenants, key=lambda t: (t.tenant_id != signed_in.home_tenant_id, t.display_name or "")):
            label = f"{tenant.display_name} ({tenant.tenant_id})" if tenant.display_name else str(tenant.tenant_id)
            self.tenant.addItem(label, tenant.tenant_id)
        self.tenant.blockSignals(False)
        preferred = self.tenant.findData(self._settings.last_tenant)
        self.tenant.setCurrentIndex(max(preferred, 0))
        if self.tenant.count():
            self._use_tenant(str(self.tenant.currentData()))
        else:
            self.state.session = home  # no tenant listed (e.g. guest without tenant read access): home tenant

    def _tenant_changed(self) -> None:
        tenant = self.tenant.currentData()
        if tenant is not None and self.signin is not None:
            self._use_tenant(str(tenant))

    def _use_tenant(self, tenant_id: str) -> None:
        self.task.start(self._open_tenant(tenant_id))

    async def _open_tenant(self, tenant_id: str) -> None:
        assert self.signin is not None
        self.state.session = await self._connector.open_signed_in(self.signin, tenant_id)
        self.state.extra["tenant_id"] = tenant_id
        self._settings.last_tenant = tenant_id
        self._settings.cloud = self.state.cloud

    def _forget_sign_in(self) -> None:
        signin, self.signin = self.signin, None
        if signin is not None and not self._handed_over:
            signin.cancel()
            # close() waits for a cancelled worker to end (up to one poll interval): not on the GUI thread.
            closing = asyncio.ensure_future(asyncio.to_thread(signin.close))
            self._closing.add(closing)  # keep a reference until done, or the task may be collected
            closing.add_done_callback(self._closing.discard)
        self._handed_over = False
        self.signed_in = None
        self.state.session = None
        self.tenant.clear()
        self._update_status()
        self.completeChanged.emit()

    def _reset_authentication(self) -> None:
        self.cancel_sign_in()
        self.error.clear()
        self._forget_sign_in()
        self.task.start(self._forget_saved_sign_ins())

    async def _forget_saved_sign_ins(self) -> None:
        plan = await self._ensure_cache_plan()
        await asyncio.to_thread(reset_authentication, self._records or AuthRecordStore(), plan)
        self._forgotten = True  # shown by _update_status when the task ends

    def _failed(self, error: ArmError) -> None:
        self.device_box.hide()
        self.error.show_error(error)  # SignInError renders its plain AADSTS text
        self._update_status()

    def _busy_changed(self, busy: bool) -> None:
        self._sign_in.setEnabled(not busy)
        self._cancel.setEnabled(busy)
        self._forget_button.setEnabled(not busy)
        for button in self._methods.values():
            button.setEnabled(not busy)
        self._update_status()
        self.completeChanged.emit()
