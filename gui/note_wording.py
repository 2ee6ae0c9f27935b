"""The GUI's own wording for plan notes whose core text tells a command-line user what to type next.

Core notes end with "run fix again" or "boot-integrity fix --vm …", which is right on the CLI and wrong on a
page. The front end supplies the next step (issue 19, item 4): a note whose code is listed here is shown with the
GUI text, formatted with the note's own arguments; every other note is shown as core wrote it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.display_names import render_args
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.plan import Label, Note

CONTEXT = "GuiNotes"

GUI_TEXT: dict[str, str] = {
    "EXT_NETWORK_BLOCKED": QT_TRANSLATE_NOOP(
        "GuiNotes",
        "The network path from {vm} to Azure Attestation is {verdict}, so the extension is likely to fail until it "
        "is fixed. Go to Network diagnosis first (Next), fix the path, then come back to enable monitoring.",
    ),
    "EXT_LINUX_AUTO_UPGRADE": QT_TRANSLATE_NOOP(
        "GuiNotes",
        "Automatic upgrade is on. On some Linux VMs the extension then stays in the Transitioning state; if that "
        "happens, clear \"Upgrade the extension automatically\" and enable monitoring again.",
    ),
    "EXT_VM_NOT_RUNNING": QT_TRANSLATE_NOOP(
        "GuiNotes",
        "The VM is {state}. Azure installs extensions only on a running VM: start it in the Azure portal, then "
        "open this page again (Back, then Next).",
    ),
    "NSG_NO_FREE_PRIORITY": QT_TRANSLATE_NOOP(
        "GuiNotes",
        "No free priority is left ahead of the blocking rule {blocker} in {nsg}. Ask the owner of the network "
        "security group to free a priority below {priority}, then go back to Network diagnosis and choose Recheck.",
    ),
    "FW_NO_FREE_PRIORITY": QT_TRANSLATE_NOOP(
        "GuiNotes",
        "No free priority is left before {blocker} in {holder}. Ask the firewall's owner to make room, then go back "
        "to Network diagnosis and choose Recheck.",
    ),
    "LOCKED_READ_ONLY": QT_TRANSLATE_NOOP(
        "GuiNotes",
        "The ReadOnly lock {lock} on {scope} makes {resource} read-only: Azure would refuse the change (ScopeLocked), "
        "so nothing is tried. Ask an owner of {scope} to remove the lock for the time of the change, then go back to "
        "Network diagnosis and choose Recheck; or hand the change to whoever owns the lock, with this command: "
        "{command}",
    ),
}


def note_text(note: Note) -> str:
    """The note as the GUI shows it, in the current language."""
    source = GUI_TEXT.get(note.code)
    if source is None:
        return note.render(QCoreApplication.translate)
    args = {
        k: QCoreApplication.translate("Remediation", v) if isinstance(v, Label) else v for k, v in note.args.items()
    }
    return QCoreApplication.translate(CONTEXT, source).format(**render_args(args, QCoreApplication.translate))
