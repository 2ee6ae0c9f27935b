"""Walk the demo tenant through every page and save one PNG per page state (README, reviews, docs).

The walk: welcome → Choose VM → prerequisites of a VM with Secure Boot off (fix offered) → a VM without
monitoring: prerequisites, enable preview, enabled → a VM blocked by its NIC's NSG: diagnosis, fix preview,
fix applied, verify, summary.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from core.wizard_flow import PageId
from gui.pages.choose_vm import ChooseVmPage
from gui.wizard import MainWizard

DEMO_VM = "vm-web-01"
SECURE_BOOT_OFF_VM = "vm-sql-04"
NOT_ENABLED_VM = "vm-app-02"
BLOCKED_VM = "vm-web-07"


async def _until(condition: Callable[[], Any], timeout_s: float = 60.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("page did not settle")
        await asyncio.sleep(0.05)


async def _settled(wizard: MainWizard) -> Any:
    page = wizard.currentPage()
    task = getattr(page, "task", None)
    await asyncio.sleep(0.05)
    if task is not None:
        await _until(lambda: not task.busy)
    await asyncio.sleep(0.15)  # let layouts and the re-plan timer settle before grabbing
    return page


async def _next(wizard: MainWizard, expected: PageId) -> Any:
    wizard.next()
    if wizard.currentId() != expected:
        raise RuntimeError(f"expected page {expected.name}, got {PageId(wizard.currentId()).name}")
    return await _settled(wizard)


async def _click(wizard: MainWizard, button: QPushButton) -> Any:
    button.click()
    return await _settled(wizard)


async def _choose(wizard: MainWizard, name: str) -> ChooseVmPage:
    while wizard.currentId() not in (int(PageId.CHOOSE_VM), int(PageId.WELCOME)):
        wizard.back()
        await asyncio.sleep(0)  # one click at a time, as a user's clicks arrive: each its own event
    if wizard.currentId() == PageId.WELCOME:
        wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, ChooseVmPage)
    await _until(lambda: not page.task.busy and page.model.rowCount() > 0)
    if not page.select_vm(name) and page.proxy.rowCount():
        page.table.selectRow(0)
    await asyncio.sleep(0.05)
    return page


async def walk_demo(wizard: MainWizard, save: Callable[[str], None]) -> None:
    """Drive every page state of the demo; ``save(name)`` is called at each state (a PNG, or nothing)."""
    await _choose(wizard, DEMO_VM)
    save("choose-vm")

    await _choose(wizard, SECURE_BOOT_OFF_VM)
    page = await _next(wizard, PageId.PREREQUISITES)
    page.consent.setChecked(True)
    save("prerequisites-secure-boot-off")

    await _choose(wizard, NOT_ENABLED_VM)
    await _next(wizard, PageId.PREREQUISITES)
    save("prerequisites-met")
    page = await _next(wizard, PageId.ENABLE)
    save("enable-preview")
    await _click(wizard, page.enable_button)
    save("enable-done")
    await _next(wizard, PageId.SUMMARY)
    save("summary-enabled")

    await _choose(wizard, BLOCKED_VM)
    await _next(wizard, PageId.PREREQUISITES)
    await _next(wizard, PageId.ENABLE)
    save("enable-extension-failed")
    await _next(wizard, PageId.DIAGNOSIS)
    save("diagnosis-blocked-by-nsg")
    page = await _next(wizard, PageId.FIX)
    save("fix-preview")
    page.consent.setChecked(True)
    page.renumber_consent.setChecked(True)
    await _click(wizard, page.apply_button)
    save("fix-applied")
    page = await _next(wizard, PageId.VERIFY)
    save("verify")
    # The path is open now, but the extension failed while it was blocked: deploy it again from the Enable page.
    page = await _click(wizard, page.redeploy)
    if wizard.currentId() != PageId.ENABLE:
        raise RuntimeError(f"expected page ENABLE, got {PageId(wizard.currentId()).name}")
    save("enable-redeploy")
    await _click(wizard, page.enable_button)
    save("enable-redeployed")
    page = await _next(wizard, PageId.SUMMARY)
    page.details.setFocus(Qt.FocusReason.OtherFocusReason)
    save("summary-fixed")
    await walk_fleet(wizard, save)


async def walk_fleet(wizard: MainWizard, save: Callable[[str], None]) -> None:
    """Many VMs: the fleet scan, a status filter, shared causes, the plan, applied and scanned again."""
    from core.fleet.status import STATUS_ORDER, FleetStatus

    while wizard.currentId() != PageId.WELCOME:
        wizard.back()
        await asyncio.sleep(0)
    wizard.state.fleet = True
    wizard.pages[PageId.WELCOME]._many_vms.setChecked(True)  # type: ignore[attr-defined]
    page = await _next(wizard, PageId.FLEET)
    save("fleet-scan")
    page.chart.set_selected(STATUS_ORDER[0])
    page.chart.statusClicked.emit(FleetStatus.FAILED)
    save("fleet-failed")
    await _click(wizard, page.find_button)
    await _click(wizard, page.plan_fix_button)
    save("fleet-plan")
    page.consent.setChecked(True)
    await _click(wizard, page.apply_button)
    save("fleet-applied")


async def take_screenshots(wizard: MainWizard, folder: Path, language: str) -> int:
    await asyncio.to_thread(folder.mkdir, parents=True, exist_ok=True)
    saved: list[Path] = []

    def save(name: str) -> None:
        path = folder / f"{language}-{len(saved) + 1:02d}-{name}.png"
        wizard.grab().save(str(path))
        saved.append(path)

    try:
        wizard.resize(1000, 700)
        wizard.show()
        await asyncio.sleep(0.1)
        save("welcome")
        await walk_demo(wizard, save)
        wizard.reject()
    finally:
        await wizard.connector.close()
    for path in saved:
        print(path)
    return 0
