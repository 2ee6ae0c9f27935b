"""Where the wizard goes around the upgrade page (pure, no Qt)."""

from __future__ import annotations

from core.wizard_flow import FlowState, PageId, next_page

ALL = frozenset(PageId)


def test_prerequisites_lead_to_the_upgrade_page_only_when_asked() -> None:
    standard = FlowState(vm_chosen=True, prerequisites_met=False)
    assert next_page(PageId.PREREQUISITES, standard, ALL) == PageId.SUMMARY
    asked = FlowState(vm_chosen=True, prerequisites_met=False, upgrade_requested=True)
    assert next_page(PageId.PREREQUISITES, asked, ALL) == PageId.UPGRADE


def test_after_the_upgrade_enable_follows_when_the_prerequisites_are_met() -> None:
    upgraded = FlowState(vm_chosen=True, prerequisites_met=True, upgrade_requested=True)
    assert next_page(PageId.UPGRADE, upgraded, ALL) == PageId.ENABLE
    refused = FlowState(vm_chosen=True, prerequisites_met=False, upgrade_requested=True)
    assert next_page(PageId.UPGRADE, refused, ALL) == PageId.SUMMARY


def test_without_the_upgrade_page_built_the_flow_is_unchanged() -> None:
    asked = FlowState(vm_chosen=True, prerequisites_met=False, upgrade_requested=True)
    assert next_page(PageId.PREREQUISITES, asked, ALL - {PageId.UPGRADE}) == PageId.SUMMARY
