"""What the user agrees to before the tool runs anything inside a VM (shown by the GUI and the CLI)."""

from __future__ import annotations

from core.i18n import QT_TRANSLATE_NOOP

CONSENT_TITLE = QT_TRANSLATE_NOOP("Probe", "Look inside the VM?")
CONSENT_TEXT = QT_TRANSLATE_NOOP(
    "Probe",
    "To check the proxy, DNS, TLS and operating system firewall settings, the tool runs a short read-only script "
    "in the VM {vm} through Azure Run Command. The script runs as {account}, changes nothing, contacts only "
    "{host}, the Instance Metadata Service and the Azure wire server, and ends within a minute. Azure records "
    "the run in the activity log. Only one Run Command can run on a VM at a time.",
)
CONSENT_ACCEPT = QT_TRANSLATE_NOOP("Probe", "Run the check")
CONSENT_DECLINE = QT_TRANSLATE_NOOP("Probe", "Not now")

ACCOUNT_LINUX = "root"
ACCOUNT_WINDOWS = "SYSTEM"


def consent_args(vm_name: str, host: str, os_type: str) -> dict[str, str]:
    """Placeholder values for :data:`CONSENT_TEXT` (account names are never translated)."""
    account = ACCOUNT_WINDOWS if os_type.lower() == "windows" else ACCOUNT_LINUX
    return {"vm": vm_name, "account": account, "host": host}
