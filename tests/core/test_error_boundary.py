"""Which exceptions are Azure failures (shown as messages) and which are bugs (shown as crash reports)."""

from __future__ import annotations

import asyncio
import socket
import ssl

import pytest
from azure.core.exceptions import ServiceRequestError

from core.azure.error_boundary import VM_UNREADABLE, azure_error
from core.azure.errors import FORBIDDEN, NETWORK_FAILURE, ArmError
from core.azure.signin_errors import cancelled
from core.diagnosis.path import VmNotFoundError


def test_a_typed_error_is_returned_as_it_is_never_wrapped_again() -> None:
    error = ArmError(FORBIDDEN, "AuthorizationFailed: no", code="AuthorizationFailed", status=403, retryable=False)
    assert azure_error(error) is error
    signin = cancelled()  # a subclass of ArmError
    assert azure_error(signin) is signin


@pytest.mark.parametrize(
    "error",
    [
        ConnectionResetError("Connection reset by peer"),
        TimeoutError(),
        socket.gaierror("Name or service not known"),
        ssl.SSLError("certificate verify failed"),
        ServiceRequestError("Cannot connect to host"),
    ],
    ids=["reset", "timeout", "dns", "tls", "sdk-request"],
)
def test_network_failures_are_azure_errors_with_the_connection_message(error: BaseException) -> None:
    typed = azure_error(error)
    assert typed is not None and typed.message == NETWORK_FAILURE and typed.retryable


def test_an_unreadable_vm_is_an_azure_error_not_a_bug() -> None:
    typed = azure_error(VmNotFoundError("virtual machine /subscriptions/s/x not found (forbidden: no)"))
    assert typed is not None and typed.message == VM_UNREADABLE and typed.retryable
    assert typed.render().startswith("The virtual machine could not be read: virtual machine /subscriptions/s/x")


@pytest.mark.parametrize(
    "error",
    [
        TypeError("'NoneType' object is not subscriptable"),
        KeyError("properties"),
        AttributeError("'Diagnosis' object has no attribute 'blocker'"),
        ValueError("not a valid host name"),
        FileNotFoundError(2, "No such file or directory"),  # an OSError, but not the network
        PermissionError(13, "Permission denied"),
        asyncio.CancelledError(),
    ],
    ids=["type", "key", "attribute", "value", "file-not-found", "permission", "cancelled"],
)
def test_anything_else_is_not_an_azure_error(error: BaseException) -> None:
    assert azure_error(error) is None
