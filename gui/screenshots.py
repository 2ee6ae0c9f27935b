"""Walk the demo tenant through every page and save one PNG per page state (README, reviews, docs)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from gui.pages.choose_vm import ChooseVmPage
from gui.wizard import MainWizard

DEMO_VM = "vm-web-01"


async def _until(condition: object, timeout_s: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not condition():  # type: ignore[operator]
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("page did not settle")
        await asyncio.sleep(0.05)


async def take_screenshots(wizard: MainWizard, folder: Path, language: str) -> int:
    await asyncio.to_thread(folder.mkdir, parents=True, exist_ok=True)
    saved: list[Path] = []

    def save(name: str) -> None:
        path = folder / f"{language}-{len(saved) + 1:02d}-{name}.png"
        wizard.grab().save(str(path))
        saved.append(path)

    try:
        wizard.resize(1000, 680)
        wizard.show()
        await asyncio.sleep(0.1)
        save("welcome")
        wizard.next()
        page = wizard.currentPage()
        assert isinstance(page, ChooseVmPage)
        await _until(lambda: not page.task.busy and page.model.rowCount() > 0)
        if not page.select_vm(DEMO_VM) and page.proxy.rowCount():
            page.table.selectRow(0)
        await asyncio.sleep(0.05)
        save("choose-vm")
        wizard.reject()
    finally:
        await wizard.connector.close()
    for path in saved:
        print(path)
    return 0
