"""Tell an Azure failure from a bug: the front ends show the first as a message, the second as a crash report.

Adapters raise :class:`~core.azure.errors.ArmError` (and its subclasses); exceptions of the SDK and the transport
that still reach a front end directly are mapped here, once. Anything else is not an Azure error but a bug, and
is never dressed up as one ("Azure returned an error: TypeError …").
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import sys

from core.azure.errors import ArmError, to_arm_error
from core.i18n import QT_TRANSLATE_NOOP

VM_UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors", "The virtual machine could not be read: {detail}. It may have been deleted, or you may lack read access."
)


def azure_error(error: BaseException) -> ArmError | None:
    """The typed Azure error ``error`` stands for, or ``None`` when it is not an Azure failure (a bug)."""
    if isinstance(error, ArmError):
        return error
    if isinstance(error, asyncio.CancelledError):
        return None
    # A dropped or refused connection, a timeout, DNS or TLS: the network, not the code. Other OSErrors (a file
    # that cannot be written) are not Azure's and stay unexpected here.
    if isinstance(error, ConnectionError | TimeoutError | socket.gaierror | ssl.SSLError):
        return to_arm_error(error)
    path = sys.modules.get("core.diagnosis.path")  # the evaluators could not find the VM in what was read
    if path is not None and isinstance(error, path.VmNotFoundError):
        return ArmError(VM_UNREADABLE, str(error))  # not found or forbidden: the detail says which
    for module, name in (("azure.core.exceptions", "AzureError"), ("aiohttp", "ClientError")):
        loaded = sys.modules.get(module)  # not loaded: nothing of it can have raised
        if loaded is not None and isinstance(error, getattr(loaded, name)):
            return to_arm_error(error)
    return None
