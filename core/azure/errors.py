"""Turn SDK and transport exceptions into one error type the front ends can show: code, message, request id."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.i18n import QT_TRANSLATE_NOOP

NETWORK_FAILURE = QT_TRANSLATE_NOOP(
    "Errors", "The connection to Azure failed: {detail}. Check the network or proxy and try again."
)
AUTH_FAILURE = QT_TRANSLATE_NOOP("Errors", "Sign-in failed or expired: {detail}. Please sign in again.")
THROTTLED = QT_TRANSLATE_NOOP("Errors", "Azure is throttling requests (HTTP 429). Wait a moment, then select Retry.")
FORBIDDEN = QT_TRANSLATE_NOOP(
    "Errors", "You are not allowed to do this: {detail}. Ask an owner of the resource for a suitable role."
)
GENERIC = QT_TRANSLATE_NOOP("Errors", "Azure returned an error: {detail}")


@dataclass(frozen=True, slots=True)
class ArmError(Exception):
    """A failed Azure call, reduced to what a helpdesk agent can act on and quote in a ticket."""

    message: str  # translatable template, context "Errors", with a {detail} placeholder
    detail: str
    code: str | None = None
    status: int | None = None
    request_id: str | None = None
    retryable: bool = True

    def __str__(self) -> str:
        return self.render()

    def render(self, translate: object = None) -> str:
        template = translate("Errors", self.message) if callable(translate) else self.message
        return str(template).format(detail=self.detail)


if TYPE_CHECKING:
    from azure.core.exceptions import HttpResponseError


def _request_id(error: HttpResponseError) -> str | None:
    response = error.response
    if response is None:
        return None
    headers = getattr(response, "headers", None) or {}
    value = headers.get("x-ms-request-id") or headers.get("x-ms-correlation-request-id")
    return str(value) if value else None


def to_arm_error(error: BaseException) -> ArmError:
    """Map any exception raised by an SDK call to an :class:`ArmError`; cancellation is never mapped."""
    if isinstance(error, asyncio.CancelledError):
        raise error
    # azure.core is imported here, not with the module: the GUI's error banner imports this before any Azure call.
    from azure.core.exceptions import (
        ClientAuthenticationError,
        HttpResponseError,
        ServiceRequestError,
        ServiceResponseError,
    )

    if isinstance(error, ClientAuthenticationError):
        return ArmError(AUTH_FAILURE, str(error.message or error), retryable=False)
    if isinstance(error, HttpResponseError):
        code = error.error.code if error.error is not None else None
        message = error.error.message if error.error is not None else str(error.message or error)
        detail = f"{code}: {message}" if code else str(message)
        status = error.status_code
        if status == 429:
            template = THROTTLED
        elif status == 403 or code == "AuthorizationFailed":
            template = FORBIDDEN
        else:
            template = GENERIC
        return ArmError(template, detail, code, status, _request_id(error), retryable=status != 403)
    if isinstance(error, ServiceRequestError | ServiceResponseError | OSError | asyncio.TimeoutError):
        return ArmError(NETWORK_FAILURE, str(error) or type(error).__name__)
    return ArmError(GENERIC, f"{type(error).__name__}: {error}")
