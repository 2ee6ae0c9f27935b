from __future__ import annotations

import pytest

from core.wizard_flow import END, FlowState, PageId, next_page

ALL = frozenset(PageId)


@pytest.mark.parametrize(
    ("current", "state", "available", "expected"),
    [
        (PageId.WELCOME, FlowState(simulated=True), ALL, PageId.CHOOSE_VM),
        (PageId.WELCOME, FlowState(simulated=False), ALL, PageId.SIGN_IN),
        # Sign-in page not built yet: real Azure goes straight to Choose VM
        (PageId.WELCOME, FlowState(simulated=False), ALL - {PageId.SIGN_IN}, PageId.CHOOSE_VM),
        (PageId.CHOOSE_VM, FlowState(), ALL, PageId.PREREQUISITES),
        (PageId.CHOOSE_VM, FlowState(), frozenset({PageId.WELCOME, PageId.CHOOSE_VM}), END),
        (PageId.PREREQUISITES, FlowState(prerequisites_met=False), ALL, PageId.SUMMARY),
        (PageId.PREREQUISITES, FlowState(prerequisites_met=True), ALL, PageId.ENABLE),
        (PageId.ENABLE, FlowState(monitoring_healthy=True), ALL, PageId.SUMMARY),
        (PageId.ENABLE, FlowState(monitoring_healthy=False), ALL, PageId.DIAGNOSIS),
        (PageId.DIAGNOSIS, FlowState(path_blocked=True), ALL, PageId.FIX),
        (PageId.DIAGNOSIS, FlowState(path_blocked=False), ALL, PageId.VERIFY),
        (PageId.FIX, FlowState(fix_applied=True), ALL, PageId.VERIFY),
        (PageId.FIX, FlowState(fix_applied=False), ALL, PageId.SUMMARY),
        (PageId.FIX, FlowState(fix_applied=True), ALL - {PageId.VERIFY}, PageId.SUMMARY),
        # Unknown path (e.g. effective rules unreadable): nothing to fix, recheck instead
        (PageId.DIAGNOSIS, FlowState(path_blocked=None), ALL, PageId.VERIFY),
        (PageId.PREREQUISITES, FlowState(prerequisites_met=None), ALL, PageId.ENABLE),
        (PageId.ENABLE, FlowState(monitoring_healthy=None), ALL, PageId.DIAGNOSIS),
        (PageId.VERIFY, FlowState(), ALL, PageId.SUMMARY),
        (PageId.SUMMARY, FlowState(), ALL, END),
        # "Many VMs": the fleet page, after sign-in for real Azure; it is the last page
        (PageId.WELCOME, FlowState(simulated=True, fleet=True), ALL, PageId.FLEET),
        (PageId.WELCOME, FlowState(simulated=False, fleet=True), ALL, PageId.SIGN_IN),
        (PageId.SIGN_IN, FlowState(simulated=False, fleet=True), ALL, PageId.FLEET),
        (PageId.FLEET, FlowState(fleet=True), ALL, END),
    ],
)
def test_next_page(current: PageId, state: FlowState, available: frozenset[PageId], expected: int) -> None:
    assert next_page(current, state, available) == expected
