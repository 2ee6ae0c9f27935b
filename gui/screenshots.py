"""Walk the demo tenant through every page and save one PNG per page state (README, reviews, docs).

The walk: welcome → Choose VM → prerequisites of a VM with Secure Boot off (fix offered) → a VM without
monitoring: prerequisites, enable preview, enabled → a VM blocked by its NIC's NSG: diagnosis, fix preview,
fix applied, verify, summary.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWizardPage

from core.wizard_flow import PageId
from gui.pages.choose_vm import ChooseVmPage
from gui.pages.enable import EnablePage
from gui.pages.fix import FixPage
from gui.pages.prerequisites import PrerequisitesPage
from gui.pages.summary import SummaryPage
from gui.pages.upgrade import UpgradePage
from gui.pages.verify import VerifyPage
from gui.wizard import MainWizard

P = TypeVar("P", bound=QWizardPage)

DEMO_VM = "vm-web-01"
SECURE_BOOT_OFF_VM = "vm-sql-04"
NOT_ENABLED_VM = "vm-app-02"
BLOCKED_VM = "vm-web-07"
UPGRADE_VM = "vm-std-41"
GEN1_VM = "vm-gen1-42"


async def _until(condition: Callable[[], object], timeout_s: float = 60.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("page did not settle")
        await asyncio.sleep(0.05)


async def _settled(wizard: MainWizard, kind: type[P]) -> P:
    page = wizard.pages[PageId(wizard.currentId())]
    await asyncio.sleep(0.05)
    await _until(lambda: not page.busy)
    await asyncio.sleep(0.15)  # let layouts and the re-plan timer settle before grabbing
    if not isinstance(page, kind):
        raise RuntimeError(f"expected {kind.__name__}, got {type(page).__name__}")
    return page


async def _next(wizard: MainWizard, expected: PageId, kind: type[P]) -> P:
    wizard.next()
    if wizard.currentId() != expected:
        raise RuntimeError(f"expected page {expected.name}, got {PageId(wizard.currentId()).name}")
    return await _settled(wizard, kind)


async def _click(wizard: MainWizard, button: QPushButton, kind: type[P]) -> P:
    button.click()
    return await _settled(wizard, kind)


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
    prerequisites = await _next(wizard, PageId.PREREQUISITES, PrerequisitesPage)
    prerequisites.consent.setChecked(True)
    save("prerequisites-secure-boot-off")

    await _choose(wizard, NOT_ENABLED_VM)
    await _next(wizard, PageId.PREREQUISITES, PrerequisitesPage)
    save("prerequisites-met")
    enable = await _next(wizard, PageId.ENABLE, EnablePage)
    save("enable-preview")
    enable.consent.setChecked(True)
    await _click(wizard, enable.enable_button, EnablePage)
    save("enable-done")
    await _next(wizard, PageId.SUMMARY, SummaryPage)
    save("summary-enabled")

    await _choose(wizard, BLOCKED_VM)
    await _next(wizard, PageId.PREREQUISITES, PrerequisitesPage)
    await _next(wizard, PageId.ENABLE, EnablePage)
    save("enable-extension-failed")
    await _next(wizard, PageId.DIAGNOSIS, QWizardPage)
    save("diagnosis-blocked-by-nsg")
    fix = await _next(wizard, PageId.FIX, FixPage)
    save("fix-preview")
    fix.consent.setChecked(True)
    fix.renumber_consent.setChecked(True)
    await _click(wizard, fix.apply_button, FixPage)
    save("fix-applied")
    verify = await _next(wizard, PageId.VERIFY, VerifyPage)
    save("verify")
    # The path is open now, but the extension failed while it was blocked: deploy it again from the Enable page.
    enable = await _click(wizard, verify.redeploy, EnablePage)
    save("enable-redeploy")
    enable.consent.setChecked(True)
    await _click(wizard, enable.enable_button, EnablePage)
    save("enable-redeployed")
    summary = await _next(wizard, PageId.SUMMARY, SummaryPage)
    summary.details.setFocus(Qt.FocusReason.OtherFocusReason)
    save("summary-fixed")
    await walk_azure_status(wizard, save)
    await walk_fleet(wizard, save)


async def walk_azure_status(wizard: MainWizard, save: Callable[[str], None]) -> None:
    """Defender and policy explanations on Prerequisites for the three scenarios that show them."""
    from gui.widgets.azure_status import AzureStatusBox

    for vm, name in (("vm-web-61", "defender"), ("vm-lnx-62", "policy-dne"), ("vm-app-63", "policy-role")):
        await _choose(wizard, vm)
        page = await _next(wizard, PageId.PREREQUISITES, PrerequisitesPage)
        found = page.findChild(AzureStatusBox)
        assert found is not None
        box: AzureStatusBox = found
        await _until(lambda box=box: not box.task.busy)  # type: ignore[misc]
        save(f"prerequisites-{name}")

    # Trusted Launch upgrade: a Standard Generation 2 VM is upgraded, then a Generation 1 VM is refused.
    await _choose(wizard, UPGRADE_VM)
    prerequisites = await _next(wizard, PageId.PREREQUISITES, PrerequisitesPage)
    save("prerequisites-standard")
    upgrade = await _click(wizard, prerequisites.upgrade_button, UpgradePage)
    upgrade.consent.setChecked(True)
    save("upgrade-preview")
    await _click(wizard, upgrade.apply_button, UpgradePage)
    save("upgrade-done")
    await _next(wizard, PageId.ENABLE, EnablePage)
    save("enable-after-upgrade")
    await _choose(wizard, GEN1_VM)
    prerequisites = await _next(wizard, PageId.PREREQUISITES, PrerequisitesPage)
    gen1 = await _click(wizard, prerequisites.upgrade_button, UpgradePage)
    save("upgrade-gen1-refused")
    await _click(wizard, gen1.inside_button, UpgradePage)
    save("upgrade-gen1-check")


async def walk_fleet(wizard: MainWizard, save: Callable[[str], None]) -> None:
    """Many VMs: the fleet scan, a status filter, shared causes, the plan, applied and scanned again."""
    from core.fleet.status import STATUS_ORDER, FleetStatus
    from gui.pages.fleet import FleetPage

    while wizard.currentId() != PageId.WELCOME:
        wizard.back()
        await asyncio.sleep(0)
    wizard.state.fleet = True
    wizard.pages[PageId.WELCOME]._many_vms.setChecked(True)  # type: ignore[attr-defined]
    page = await _next(wizard, PageId.FLEET, FleetPage)
    save("fleet-scan")
    page.chart.set_selected(STATUS_ORDER[0])
    page.chart.statusClicked.emit(FleetStatus.FAILED)
    save("fleet-failed")
    await _click(wizard, page.find_button, FleetPage)
    await _click(wizard, page.plan_fix_button, FleetPage)
    save("fleet-plan")
    page.consent.setChecked(True)
    await _click(wizard, page.apply_button, FleetPage)
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
