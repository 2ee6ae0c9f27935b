"""The user's choices that outlive a session, in QSettings: language, cloud, sign-in method, tenant, subscription.

Only choices are stored here, never tokens or account data (the AuthenticationRecord lives in the data
directory, tokens in the OS keyring; see core/azure/signin_store.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from core.azure.clouds import CloudName
from core.azure.signin_method import SignInMethod

ORGANIZATION = "BootIntegrityWizard"
APPLICATION = "Boot Integrity Wizard"


class AppSettings:
    """Typed access to QSettings; unknown or damaged values fall back to the defaults."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(ORGANIZATION, APPLICATION)

    def _text(self, key: str) -> str | None:
        value = self._settings.value(key)
        return str(value) if value not in (None, "") else None

    def _set(self, key: str, value: str | None) -> None:
        if value is None:
            self._settings.remove(key)
        else:
            self._settings.setValue(key, value)

    @property
    def language(self) -> str | None:
        return self._text("ui/language")

    @language.setter
    def language(self, value: str | None) -> None:
        self._set("ui/language", value)

    @property
    def cloud(self) -> CloudName:
        try:
            return CloudName(self._text("azure/cloud") or CloudName.PUBLIC.value)
        except ValueError:
            return CloudName.PUBLIC

    @cloud.setter
    def cloud(self, value: CloudName) -> None:
        self._set("azure/cloud", value.value)

    @property
    def sign_in_method(self) -> SignInMethod:
        try:
            return SignInMethod(self._text("azure/signInMethod") or SignInMethod.BROWSER.value)
        except ValueError:
            return SignInMethod.BROWSER  # the recommended default

    @sign_in_method.setter
    def sign_in_method(self, value: SignInMethod) -> None:
        self._set("azure/signInMethod", value.value)

    @property
    def last_tenant(self) -> str | None:
        return self._text("azure/lastTenant")

    @last_tenant.setter
    def last_tenant(self, value: str | None) -> None:
        self._set("azure/lastTenant", value)

    # The demo tenant's subscriptions are not the user's: remembered apart, so a demo never replaces the choice
    # made in real Azure.
    def last_subscription(self, *, simulated: bool) -> str | None:
        return self._text(_subscription_key(simulated))

    def set_last_subscription(self, value: str | None, *, simulated: bool) -> None:
        self._set(_subscription_key(simulated), value)

    def sync(self) -> None:
        self._settings.sync()


def _subscription_key(simulated: bool) -> str:
    return "demo/lastSubscription" if simulated else "azure/lastSubscription"
