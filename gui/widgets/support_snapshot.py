""" "Save snapshot for support…": the ``boot-integrity export`` of the chosen VM, written where the user says.

The snapshot holds exactly what a diagnosis of the VM reads, without secrets or tag values (see
core/cli/export.py); support replays it with ``boot-integrity diagnose --snapshot FILE``. The work (a fresh
diagnosis) runs as a cancellable :class:`~gui.tasks.PageTask`; writing the file runs off the GUI thread.
"""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from gui.state import WizardState
from gui.tasks import PageTask

log = logging.getLogger(__name__)


class SupportSnapshotButton(QPushButton):
    def __init__(self, state: WizardState, status: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._status = status
        self._task = PageTask(self._failed, self)
        self._task.busyChanged.connect(lambda busy: self.setEnabled(not busy))
        self.clicked.connect(self._clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Save &snapshot for support…"))
        self.setToolTip(
            self.tr(
                "Saves what the diagnosis of this VM reads (no secrets, no tag values), so that support can "
                "reproduce it with: boot-integrity diagnose --snapshot FILE"
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _clicked(self) -> None:
        if self._state.session is None or self._state.vm is None:
            return
        name = f"boot-integrity-snapshot-{self._state.vm.name}.json"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save snapshot for support"), name, self.tr("JSON (*.json)")
        )
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> asyncio.Task[object]:
        """Diagnose the chosen VM again and write its support snapshot to ``path``."""
        self._status.setText(self.tr("Collecting the snapshot…"))
        return self._task.start(self._save(path))

    async def _save(self, path: Path) -> None:
        from core.cli.export import build_export, secrets_in
        from core.usecases.diagnose import diagnose_vm

        assert self._state.session is not None and self._state.vm is not None
        run = await diagnose_vm(self._state.session, self._state.vm.id)
        snapshot = build_export(run.collected)
        text = json.dumps(snapshot, indent=2, ensure_ascii=False) + "\n"
        if secrets_in(text):
            self._status.setText(self.tr("The snapshot was not saved: it would contain something secret."))
            return
        await asyncio.to_thread(path.write_text, text, encoding="utf-8")
        log.info("support snapshot saved to %s", path)
        omitted = len(snapshot["exportInfo"]["omitted"])
        self._status.setText(
            self.tr("Snapshot saved: {file} ({count} resources, %n item(s) left out).", "", omitted).format(
                file=path, count=len(snapshot["resources"])
            )
        )

    def _failed(self, error: BaseException) -> None:
        from core.azure.errors import to_arm_error

        self._status.setText(
            self.tr("The snapshot could not be saved: {error}").format(error=to_arm_error(error).render(self.tr))
        )
