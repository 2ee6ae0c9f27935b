"""Turn SDK and transport exceptions into typed errors the front ends can show: code, message, request id.

Every failure becomes an :class:`ArmError`; the kind of refusal is its *type* (``NotFound``, ``Forbidden``,
``PolicyDenied``, ``Locked``, ``Throttled``, ``Conflict``, ``PreconditionFailed``, ``ConnectionFailed``,
``ServiceError``), chosen from ARM's error code and HTTP status, never from the message text. Details the
next step needs (the missing action and the role that grants it, the policy assignment and definition, the
locked scope) are read from the error body. Sources: docs/azure-behaviour.md, "Errors and refusals".
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.i18n import QT_TRANSLATE_NOOP

NETWORK_FAILURE = QT_TRANSLATE_NOOP(
    "Errors", "The connection to Azure failed: {detail}. Check the network or proxy and try again."
)
AUTH_FAILURE = QT_TRANSLATE_NOOP("Errors", "Sign-in failed or expired: {detail}. Please sign in again.")
THROTTLED = QT_TRANSLATE_NOOP("Errors", "Azure is throttling requests (HTTP 429). Wait a moment, then select Retry.")
FORBIDDEN = QT_TRANSLATE_NOOP(
    "Errors", "You are not allowed to do this: {detail}. Ask an owner of the resource for a suitable role."
)
FORBIDDEN_ACTION = QT_TRANSLATE_NOOP(
    "Errors",
    "You are not allowed to do this: your account lacks the permission {action} on {scope}. Ask an owner of "
    "that scope to assign you the role {role} (or another role that grants {action}), then try again.",
)
POLICY_DENIED = QT_TRANSLATE_NOOP(
    "Errors",
    "Azure Policy denied this change (RequestDisallowedByPolicy): the policy assignment {assignment} applies the "
    "policy definition {definition}, which forbids it. Nothing was changed. Ask whoever manages that assignment "
    "for an exemption for this resource, or make the change in a way the policy allows.",
)
LOCKED = QT_TRANSLATE_NOOP(
    "Errors",
    "A resource lock prevents this change (ScopeLocked): {locks}. Nothing was changed. Ask an owner to remove "
    "the lock for the time of the change, then try again.",
)
NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "Azure could not find it: {detail}")
CONFLICT = QT_TRANSLATE_NOOP(
    "Errors", "Azure refused the change because of a conflict (HTTP 409): {detail}. Wait a minute and try again."
)
PRECONDITION = QT_TRANSLATE_NOOP(
    "Errors",
    "The resource was changed by someone else since it was read (HTTP 412): {detail}. Nothing was overwritten; "
    "read it again and retry.",
)
SERVICE_ERROR = QT_TRANSLATE_NOOP(
    "Errors", "Azure had a problem answering (HTTP {status}): {detail}. Try again in a few minutes."
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

    def fields(self) -> dict[str, Any]:
        """The values the message template is formatted with (subclasses add their own)."""
        return {"detail": self.detail, "status": self.status if self.status is not None else "?"}

    def render(self, translate: object = None) -> str:
        template = translate("Errors", self.message) if callable(translate) else self.message
        return str(template).format(**self.fields())


@dataclass(frozen=True, slots=True)
class NotFound(ArmError):  # noqa: N818 (names from issue 12: the kind of refusal)
    """404: the resource (or its parent, group or subscription) does not exist."""


@dataclass(frozen=True, slots=True)
class Forbidden(ArmError):  # noqa: N818 (names from issue 12: the kind of refusal)
    """403 AuthorizationFailed: a role assignment is missing. ``action`` and ``scope`` come from ARM's message."""

    action: str | None = None
    scope: str | None = None
    role: str | None = None  # the built-in role to ask for

    def fields(self) -> dict[str, Any]:
        return {
            **ArmError.fields(self),
            "action": self.action or "?",
            "scope": self.scope or "?",
            "role": self.role or "?",
        }


@dataclass(frozen=True, slots=True)
class PolicyDenied(ArmError):  # noqa: N818 (names from issue 12: the kind of refusal)
    """403 RequestDisallowedByPolicy: an Azure Policy deny; assignment and definition from ``additionalInfo``."""

    assignment: str | None = None  # display name (or name) of the policy assignment
    assignment_id: str | None = None
    definition: str | None = None  # display name (or name) of the policy definition
    definition_id: str | None = None

    def fields(self) -> dict[str, Any]:
        assignment = _named(self.assignment, self.assignment_id)
        definition = _named(self.definition, self.definition_id)
        return {**ArmError.fields(self), "assignment": assignment, "definition": definition}


@dataclass(frozen=True, slots=True)
class Locked(ArmError):  # noqa: N818 (names from issue 12: the kind of refusal)
    """409 ScopeLocked: a management lock on the resource or a scope above it refuses the write or delete."""

    scopes: tuple[str, ...] = ()  # the locked scopes ARM names
    lock_names: tuple[str, ...] = ()  # lock names, when known (ARM's error names only the scopes)

    def fields(self) -> dict[str, Any]:
        if self.lock_names:
            locks = ", ".join(f"'{n}' ({s})" for n, s in zip(self.lock_names, self.scopes, strict=False))
        else:
            locks = ", ".join(self.scopes) or self.detail
        return {**ArmError.fields(self), "locks": locks}


@dataclass(frozen=True, slots=True)
class Throttled(ArmError):  # noqa: N818 (names from issue 12: the kind of refusal)
    """429: too many requests; ``retry_after`` seconds as Azure asked (``None`` when it did not say)."""

    retry_after: float | None = None


@dataclass(frozen=True, slots=True)
class Conflict(ArmError):  # noqa: N818 (names from issue 12: the kind of refusal)
    """409 other than a lock: another operation in progress, a name or priority taken, a state that forbids it."""


@dataclass(frozen=True, slots=True)
class PreconditionFailed(ArmError):  # noqa: N818 (names from issue 12: the kind of refusal)
    """412: the ETag sent with If-Match (or If-None-Match) no longer holds."""


@dataclass(frozen=True, slots=True)
class ConnectionFailed(ArmError):  # noqa: N818 (names from issue 12: the kind of refusal)
    """No answer from Azure: DNS, TLS, proxy, a dropped connection or a timeout."""


@dataclass(frozen=True, slots=True)
class ServiceError(ArmError):
    """5xx: Azure failed; usually worth retrying later."""


def _named(name: str | None, rid: str | None) -> str:
    if name and rid:
        return f"'{name}' ({rid})"
    return f"'{name}'" if name else (rid or "?")


# The built-in role to ask for, by the action that was refused (most specific prefix first).
_ROLE_FOR_ACTION: tuple[tuple[str, str], ...] = (
    ("microsoft.authorization/policyassignments/", "Resource Policy Contributor"),
    ("microsoft.authorization/locks/", "Owner"),
    ("microsoft.authorization/", "User Access Administrator"),
    ("microsoft.policyinsights/", "Resource Policy Contributor"),
    ("microsoft.network/", "Network Contributor"),
    ("microsoft.compute/virtualmachines/", "Virtual Machine Contributor"),
    ("microsoft.resourcegraph/", "Reader"),
)
_AUTHORIZATION_FAILED = re.compile(
    r"authorization to perform action '(?P<action>[^']+)' over scope '(?P<scope>[^']+)'", re.IGNORECASE
)
_LOCKED_SCOPES = re.compile(r"following scope\(s\) are locked:\s*(?P<scopes>.+?)(?:\.\s|\.$|$)", re.IGNORECASE)


def role_for_action(action: str) -> str:
    """The least built-in role that grants ``action`` among those this tool's changes need."""
    lowered = action.lower()
    if lowered.endswith("/read"):
        return "Reader"
    for prefix, role in _ROLE_FOR_ACTION:
        if lowered.startswith(prefix):
            return role
    return "Contributor"


def _policy_fields(additional_info: Sequence[Any]) -> dict[str, str | None]:
    """Assignment and definition of the first ``PolicyViolation`` entry of ARM's ``additionalInfo``."""
    for entry in additional_info:
        kind = getattr(entry, "type", None) if not isinstance(entry, Mapping) else entry.get("type")
        info = getattr(entry, "info", None) if not isinstance(entry, Mapping) else entry.get("info")
        if str(kind or "").lower() == "policyviolation" and isinstance(info, Mapping):
            return {
                "assignment": info.get("policyAssignmentDisplayName") or info.get("policyAssignmentName"),
                "assignment_id": info.get("policyAssignmentId"),
                "definition": info.get("policyDefinitionDisplayName") or info.get("policyDefinitionName"),
                "definition_id": info.get("policyDefinitionId"),
            }
    return {}


def _locked_scopes(message: str) -> tuple[str, ...]:
    found = _LOCKED_SCOPES.search(message)
    if not found:
        return ()
    return tuple(s.strip().strip("'\"") for s in found.group("scopes").split(",") if s.strip().strip("'\""))


def _retry_after(headers: Mapping[str, Any]) -> float | None:
    value = headers.get("Retry-After") or headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def from_arm_response(
    status: int | None,
    code: str | None,
    message: str,
    *,
    additional_info: Sequence[Any] = (),
    headers: Mapping[str, Any] | None = None,
    request_id: str | None = None,
) -> ArmError:
    """The typed error for one ARM error answer (status, ``error.code``, ``error.message``, ``additionalInfo``)."""
    detail = f"{code}: {message}" if code else message
    common: dict[str, Any] = {"detail": detail, "code": code, "status": status, "request_id": request_id}
    lowered = (code or "").lower()
    if lowered == "requestdisallowedbypolicy":
        policy = _policy_fields(additional_info)
        return PolicyDenied(
            POLICY_DENIED,
            retryable=False,
            assignment=policy.get("assignment"),
            assignment_id=policy.get("assignment_id"),
            definition=policy.get("definition"),
            definition_id=policy.get("definition_id"),
            **common,
        )
    if lowered == "scopelocked":
        return Locked(LOCKED, retryable=False, scopes=_locked_scopes(message), **common)
    if status == 403 or lowered in ("authorizationfailed", "linkedauthorizationfailed"):
        found = _AUTHORIZATION_FAILED.search(message)
        if found is None:
            return Forbidden(FORBIDDEN, retryable=False, **common)
        action = found.group("action")
        return Forbidden(
            FORBIDDEN_ACTION,
            retryable=False,
            action=action,
            scope=found.group("scope"),
            role=role_for_action(action),
            **common,
        )
    if status == 429:
        return Throttled(THROTTLED, retry_after=_retry_after(headers or {}), **common)
    if status == 404:
        return NotFound(NOT_FOUND, retryable=False, **common)
    if status == 409:
        return Conflict(CONFLICT, **common)
    if status == 412:
        return PreconditionFailed(PRECONDITION, **common)
    if status is not None and status >= 500:
        return ServiceError(SERVICE_ERROR, **common)
    return ArmError(GENERIC, **common)


if TYPE_CHECKING:
    from azure.core.exceptions import HttpResponseError


def _headers(error: HttpResponseError) -> Mapping[str, Any]:
    response = error.response
    return (getattr(response, "headers", None) or {}) if response is not None else {}


def _request_id(error: HttpResponseError) -> str | None:
    headers = _headers(error)
    value = headers.get("x-ms-request-id") or headers.get("x-ms-correlation-request-id")
    return str(value) if value else None


def to_arm_error(error: BaseException) -> ArmError:
    """Map any exception raised by an SDK call to a typed :class:`ArmError`; cancellation is never mapped.

    An :class:`ArmError` is returned as it is, so a message is never wrapped twice.
    """
    if isinstance(error, asyncio.CancelledError):
        raise error
    if isinstance(error, ArmError):
        return error
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
        body = error.error
        code = body.code if body is not None else None
        message = (body.message if body is not None else None) or str(error.message or error)
        return from_arm_response(
            error.status_code,
            code,
            str(message),
            additional_info=getattr(body, "additional_info", None) or (),
            headers=_headers(error),
            request_id=_request_id(error),
        )
    if isinstance(error, ServiceRequestError | ServiceResponseError | OSError | asyncio.TimeoutError):
        return ConnectionFailed(NETWORK_FAILURE, str(error) or type(error).__name__)
    return ArmError(GENERIC, f"{type(error).__name__}: {error}")
