"""Drive welcome → Choose VM against the simulated demo tenant through the real async SDK."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from core.simulator.scenarios import demo_tenant
from core.tenant import TenantConnector
from core.wizard_flow import PageId
from gui.pages.choose_vm import ChooseVmPage
from gui.vm_table import VM_ROLE
from gui.wizard import MainWizard


def demo_vm_names() -> set[str]:
    return {r["name"] for r in demo_tenant()["resources"] if r["type"].lower() == "microsoft.compute/virtualmachines"}


@pytest.fixture
def wizard(qtbot: Any, qloop: Any, languages: Any) -> Any:
    connector = TenantConnector(demo_tenant)
    wizard = MainWizard(connector, languages, simulated=True)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    yield wizard
    wizard.reject()
    task = qloop.create_task(connector.close())
    qtbot.waitUntil(task.done, timeout=10000)


def go_to_choose_vm(qtbot: Any, wizard: MainWizard) -> ChooseVmPage:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert isinstance(page, ChooseVmPage)
    qtbot.waitUntil(lambda: not page.task.busy and page.model.rowCount() > 0, timeout=20000)
    return page


def test_welcome_then_choose_vm_lists_every_demo_vm(qtbot: Any, wizard: MainWizard) -> None:
    assert wizard.currentId() == PageId.WELCOME
    page = go_to_choose_vm(qtbot, wizard)
    listed = {page.model.index(row, 0).data() for row in range(page.model.rowCount())}
    assert listed == demo_vm_names()
    assert not page.isComplete()  # nothing selected yet: the user cannot go on


def test_selecting_a_vm_completes_the_page_and_search_filters(qtbot: Any, wizard: MainWizard) -> None:
    page = go_to_choose_vm(qtbot, wizard)
    assert not page.isComplete()
    name = sorted(demo_vm_names())[0]
    assert page.select_vm(name)
    assert page.isComplete()
    assert wizard.state.vm is not None and wizard.state.vm.name == name
    page._search.setText(name)
    assert page.proxy.rowCount() >= 1
    assert all(
        page.proxy.index(r, 0).data() == name or name in page.proxy.index(r, 0).data()
        for r in range(page.proxy.rowCount())
    )
    page._search.setText("no-such-vm-anywhere")
    assert page.proxy.rowCount() == 0


def test_back_cancels_loading(qtbot: Any, wizard: MainWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert isinstance(page, ChooseVmPage)
    assert page.task.busy
    wizard.back()
    assert not page.task.busy
    assert wizard.currentId() == PageId.WELCOME


def test_monitoring_column_comes_from_resource_graph(qtbot: Any, wizard: MainWizard) -> None:
    page = go_to_choose_vm(qtbot, wizard)
    column = 7
    qtbot.waitUntil(lambda: page.model.index(0, column).data() != "Unknown", timeout=10000)
    shown = {page.model.index(r, 0).data(): page.model.index(r, column).data() for r in range(page.model.rowCount())}
    tenant = demo_tenant()
    vms = {
        r["id"].lower(): r["name"]
        for r in tenant["resources"]
        if r["type"].lower() == "microsoft.compute/virtualmachines"
    }
    with_extension = {
        vms[e["id"].rsplit("/extensions/", 1)[0].lower()]: e["properties"].get("provisioningState")
        for e in tenant["resources"]
        if e["type"].lower() == "microsoft.compute/virtualmachines/extensions"
        and e["properties"].get("type") == "GuestAttestation"
    }
    assert with_extension, "the demo tenant has VMs with the extension"
    for name, label in shown.items():
        if name not in with_extension:
            assert label == "Not installed", name
        elif with_extension[name] == "Succeeded":
            assert label == "On", name
        elif with_extension[name] == "Failed":
            assert label == "Failed", name


def test_the_demo_shows_every_scenario_story_for_its_vm(qtbot: Any, wizard: MainWizard) -> None:
    from core.simulator.scenarios import demo_tenant
    from core.simulator.stories import STORIES

    page = go_to_choose_vm(qtbot, wizard)
    scenarios = demo_tenant()["simulation"]["scenarios"]
    assert len(scenarios) >= 15
    for name, vm_id in scenarios.items():
        assert page.select_vm(vm_id.rsplit("/", 1)[-1])
        assert page.story.isVisibleTo(page), name
        assert STORIES[name].title in page.story.text(), name


def test_the_chosen_subscription_is_remembered_for_the_next_start(qtbot: Any, qloop: Any, languages: Any) -> None:
    first = MainWizard(TenantConnector(demo_tenant), languages, simulated=True)
    qtbot.addWidget(first)
    first.show()
    page = go_to_choose_vm(qtbot, first)
    assert page._subscription.currentIndex() == 0  # nothing remembered: all subscriptions
    assert page._subscription.count() > 2
    page._subscription.setCurrentIndex(2)
    chosen = page._subscription.currentData()
    assert first.settings.last_subscription(simulated=True) == chosen
    assert first.settings.last_subscription(simulated=False) is None  # the demo keeps its own choice
    first.reject()
    closing = qloop.create_task(first.connector.close())
    qtbot.waitUntil(closing.done, timeout=10000)

    second = MainWizard(TenantConnector(demo_tenant), languages, simulated=True)
    qtbot.addWidget(second)
    second.show()
    page = go_to_choose_vm(qtbot, second)
    assert page._subscription.currentData() == chosen
    shown = {page.proxy.index(r, 0).data(VM_ROLE).subscription_id for r in range(page.proxy.rowCount())}
    assert shown == {chosen}
    second.reject()
    closing = qloop.create_task(second.connector.close())
    qtbot.waitUntil(closing.done, timeout=10000)


def test_thousands_of_vms_in_large_pages_all_arrive_and_can_be_searched(qtbot: Any, make_wizard: Any) -> None:
    from core.simulator import SimulatorOptions, load_scenario

    wizard = make_wizard(snapshot=lambda: load_scenario("large-tenant"), options=SimulatorOptions(page_size=1000))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert isinstance(page, ChooseVmPage)
    qtbot.waitUntil(lambda: not page.task.busy, timeout=60000)
    assert page.model.rowCount() == 5400
    assert page.proxy.rowCount() == 5400
    name = page.proxy.index(0, 0).data()
    page._search.setText(name)
    assert 1 <= page.proxy.rowCount() < 5400
    assert page.select_vm(name) and page.isComplete()


def test_the_count_follows_the_filter_and_enter_chooses_the_only_hit(qtbot: Any, wizard: MainWizard) -> None:
    page = go_to_choose_vm(qtbot, wizard)
    total = len(demo_vm_names())
    assert page._status.text() == f"{total} virtual machines found."
    page._search.setText("vm-fin-09")
    assert page.proxy.rowCount() == 1
    assert page._status.text() == f"1 of {total} virtual machines shown."
    assert wizard.state.vm is None
    qtbot.keyClick(page._search, Qt.Key.Key_Return)
    assert wizard.state.vm is not None and wizard.state.vm.name == "vm-fin-09"
    page._search.clear()
    assert page._status.text() == f"{total} virtual machines found."
