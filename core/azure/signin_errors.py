"""Sign-in failures in plain language: AADSTS codes, cancellation, timeouts, a missing keyring.

Entra ID puts ``AADSTS<number>: <English text>`` at the start of ``error_description``; azure-identity passes it
on inside ``ClientAuthenticationError.message``. The number is stable, the text is not, so messages are keyed by
number (https://learn.microsoft.com/entra/identity-platform/reference-error-codes). The original text stays in
``detail`` for the ticket.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.azure.errors import ArmError
from core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "SignInErrors"  # the translation context of every template below

CANCELLED = QT_TRANSLATE_NOOP("SignInErrors", "Sign-in was canceled.")
TIMED_OUT = QT_TRANSLATE_NOOP(
    "SignInErrors", "Sign-in timed out: nobody completed it in the browser in time. Select Sign in to try again."
)
BROWSER_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "SignInErrors",
    "No web browser could be opened on this computer ({detail}). Use the device code sign-in instead.",
)
KEYRING_MISSING = QT_TRANSLATE_NOOP(
    "SignInErrors",
    "Your sign-in cannot be remembered on this computer because no keyring is available ({detail}). You will be "
    "asked to sign in each time you start the wizard. Install and unlock GNOME Keyring or KWallet to change this.",
)
AZURE_CLI_MISSING = QT_TRANSLATE_NOOP(
    "SignInErrors",
    "The Azure CLI sign-in could not be used: {detail}. Install the Azure CLI and run 'az login', or choose "
    "another sign-in method.",
)
NO_NETWORK = QT_TRANSLATE_NOOP(
    "SignInErrors",
    "The Microsoft sign-in service could not be reached ({detail}). Check that this computer is connected to the "
    "network; if your organization uses a proxy, set HTTPS_PROXY to it. Then select Sign in again.",
)
PROXY_FAILED = QT_TRANSLATE_NOOP(
    "SignInErrors",
    "The proxy did not let the sign-in through ({detail}). Check the proxy address in HTTPS_PROXY and NO_PROXY, "
    "or ask your IT department which proxy to use. Then select Sign in again.",
)
TLS_NOT_TRUSTED = QT_TRANSLATE_NOOP(
    "SignInErrors",
    "The connection to the Microsoft sign-in service is not trusted ({detail}). A proxy or firewall that inspects "
    "TLS may be in the way: ask your IT department to add its root certificate to this computer's certificate "
    "store (the wizard trusts the system store). Then select Sign in again.",
)
KEYRING_NO_LIBRARY = QT_TRANSLATE_NOOP(
    "SignInErrors",
    "Your sign-in cannot be remembered on this computer: the Secret Service support (PyGObject) is not installed. "
    "You will be asked to sign in each time you start the wizard. Install the package python3-gi (or the "
    "wizard's installer, which includes it) to change this.",
)
KEYRING_NO_SERVICE = QT_TRANSLATE_NOOP(
    "SignInErrors",
    "Your sign-in cannot be remembered on this computer: no keyring answered (GNOME Keyring or KWallet). You "
    "will be asked to sign in each time you start the wizard. Install and unlock GNOME Keyring or KWallet to "
    "change this.",
)
SILENT_FAILED = QT_TRANSLATE_NOOP("SignInErrors", "Your saved sign-in is no longer valid. Please sign in again.")
UNKNOWN_AADSTS = QT_TRANSLATE_NOOP("SignInErrors", "Microsoft Entra ID refused the sign-in: {detail}")
OTHER = QT_TRANSLATE_NOOP("SignInErrors", "Sign-in failed: {detail}")

# Plain-language meaning and what to do, per AADSTS number.
AADSTS_MESSAGES: dict[int, str] = {
    50011: QT_TRANSLATE_NOOP(
        "SignInErrors",
        "The app's reply address is not registered (AADSTS50011). Ask your administrator to check the app "
        "registration.",
    ),
    50020: QT_TRANSLATE_NOOP(
        "SignInErrors",
        "Your account does not exist in the selected tenant (AADSTS50020). Sign in with an account of that "
        "tenant or choose another tenant.",
    ),
    50058: QT_TRANSLATE_NOOP("SignInErrors", "You are not signed in any more (AADSTS50058). Please sign in again."),
    50076: QT_TRANSLATE_NOOP(
        "SignInErrors",
        "Your organization requires multi-factor authentication (AADSTS50076). Sign in again with the browser "
        "and complete the additional verification.",
    ),
    50079: QT_TRANSLATE_NOOP(
        "SignInErrors",
        "You need to register for multi-factor authentication (AADSTS50079). Sign in with the browser to set it up.",
    ),
    50105: QT_TRANSLATE_NOOP(
        "SignInErrors",
        "Your account is not assigned to this app (AADSTS50105). Ask your administrator to grant you access.",
    ),
    50126: QT_TRANSLATE_NOOP("SignInErrors", "The user name or password is incorrect (AADSTS50126)."),
    50173: QT_TRANSLATE_NOOP(
        "SignInErrors",
        "Your password or security settings changed (AADSTS50173). Please sign in again.",
    ),
    53003: QT_TRANSLATE_NOOP(
        "SignInErrors",
        "A Conditional Access policy of your organization blocked this sign-in (AADSTS53003). Device code "
        "sign-in is often blocked; try the browser sign-in or ask your administrator.",
    ),
    65001: QT_TRANSLATE_NOOP(
        "SignInErrors",
        "The app has not been given consent in your organization (AADSTS65001). Ask an administrator to grant consent.",
    ),
    65004: QT_TRANSLATE_NOOP(
        "SignInErrors", "You declined to give the app access (AADSTS65004). Sign in again and accept to continue."
    ),
    70008: QT_TRANSLATE_NOOP(
        "SignInErrors",
        "The sign-in took too long or was used twice and has expired (AADSTS70008). Please sign in again.",
    ),
    70016: QT_TRANSLATE_NOOP("SignInErrors", "Still waiting for you to enter the code in the browser (AADSTS70016)."),
    70019: QT_TRANSLATE_NOOP(
        "SignInErrors", "The device code has expired (AADSTS70019). Select Sign in to get a new code."
    ),
    70020: QT_TRANSLATE_NOOP("SignInErrors", "The sign-in was declined in the browser (AADSTS70020)."),
    70043: QT_TRANSLATE_NOOP(
        "SignInErrors",
        "Your organization requires you to sign in again regularly (AADSTS70043). Please sign in again.",
    ),
    90002: QT_TRANSLATE_NOOP(
        "SignInErrors",
        "The tenant was not found (AADSTS90002). Check the tenant and the selected cloud (global, US Government "
        "or China).",
    ),
    700016: QT_TRANSLATE_NOOP(
        "SignInErrors",
        "The app is not known in this tenant (AADSTS700016). Check the cloud and tenant, or the client ID set in "
        "BOOT_INTEGRITY_CLIENT_ID.",
    ),
    700082: QT_TRANSLATE_NOOP(
        "SignInErrors",
        "Your saved sign-in expired after 90 days without use (AADSTS700082). Please sign in again.",
    ),
    7000218: QT_TRANSLATE_NOOP(
        "SignInErrors",
        "Device code sign-in is not enabled for this app (AADSTS7000218). Use the browser sign-in.",
    ),
    501481: QT_TRANSLATE_NOOP(
        "SignInErrors", "The sign-in response did not match the request (AADSTS501481). Please sign in again."
    ),
}

_AADSTS = re.compile(r"AADSTS(\d+)")


def aadsts_code(text: str) -> int | None:
    """The first AADSTS number in an error text, if any."""
    found = _AADSTS.search(text)
    return int(found.group(1)) if found else None


@dataclass(frozen=True, slots=True)
class SignInError(ArmError):
    """A sign-in failure the GUI shows inline; templates are in context ``SignInErrors``, not ``Errors``."""

    def render(self, translate: object = None) -> str:
        template = translate(CONTEXT, self.message) if callable(translate) else self.message
        return str(template).format(detail=self.detail)


def cancelled() -> SignInError:
    return SignInError(CANCELLED, "", retryable=True)


def explain(error: BaseException) -> SignInError:
    """A :class:`SignInError` for anything a credential raised; AADSTS numbers get their plain meaning."""
    if isinstance(error, SignInError):
        return error
    text = str(getattr(error, "message", None) or error)
    code = aadsts_code(text)
    if code is not None:
        template = AADSTS_MESSAGES.get(code, UNKNOWN_AADSTS)
        return SignInError(template, _first_line(text), code=f"AADSTS{code}", retryable=True)
    connection = _connection_problem(error)
    if connection is not None:
        return connection
    if "Timed out" in text:
        return SignInError(TIMED_OUT, text, retryable=True)
    if "Failed to open a browser" in text:
        return SignInError(BROWSER_UNAVAILABLE, text, retryable=False)
    if type(error).__name__ == "AuthenticationRequiredError":
        return SignInError(SILENT_FAILED, text, retryable=True)
    return SignInError(OTHER, text, retryable=True)


def _first_line(text: str) -> str:
    # Entra appends "Trace ID … Correlation ID … Timestamp": keep it (helpdesk needs it) but on one line.
    return " ".join(text.split())


def _causes(error: BaseException) -> list[BaseException]:
    """The error and everything it wraps (cause, context, azure-core's inner_exception, urllib3's reason)."""
    found: list[BaseException] = []
    stack: list[object] = [error]
    while stack and len(found) < 50:
        item = stack.pop()
        if not isinstance(item, BaseException) or any(item is seen for seen in found):
            continue
        found.append(item)
        stack += [item.__cause__, item.__context__, getattr(item, "inner_exception", None)]
        stack += [getattr(item, "reason", None), *(a for a in item.args if isinstance(a, BaseException))]
    return found


def _connection_problem(error: BaseException) -> SignInError | None:
    """No network, a proxy in the way, or TLS inspection: told apart by the types in the error's chain."""
    import socket
    import ssl

    from urllib3.exceptions import NameResolutionError, NewConnectionError, ProxyError

    causes = _causes(error)
    deepest = str(causes[-1]) or type(causes[-1]).__name__
    for cause in causes:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return SignInError(TLS_NOT_TRUSTED, cause.verify_message or deepest, retryable=True)
    for cause in causes:
        if isinstance(cause, ProxyError):
            return SignInError(PROXY_FAILED, _plain(causes[-1]), retryable=True)
    for cause in causes:
        if isinstance(
            cause, NameResolutionError | socket.gaierror | NewConnectionError | ConnectionError | TimeoutError
        ):
            return SignInError(NO_NETWORK, _plain(causes[-1]), retryable=True)
    return None


def _plain(error: BaseException) -> str:
    """The OS's own words for a socket error ("Connection refused"), without Python's wrapping."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    text = str(error)
    return text.rsplit(": ", 1)[-1] if text else "?"
