"""The Fix page asks for the separate consent when a firewall rule collection (group) has to move, names every moved
collection with its old and new priority, and keeps Apply disabled until both consents are given."""

from __future__ import annotations

from typing import Any

import pytest

from gui.pages.fix import FixPage
from tests.gui.drive import next_page
from tests.gui.test_diagnosis import go_to_diagnosis


@pytest.mark.parametrize(
    ("vm", "moved", "kind"),
    [
        ("vm-fin-21", "Deny-Egress 100 → 101, Allow-Platform-DNS 101 → 102", "rule collections of the Azure Firewall"),
        ("vm-hr-22", "Baseline-Deny 100 → 101", "rule collection groups of the firewall policy"),
    ],
)
def test_fix_page_names_the_moved_collections_and_apply_waits_for_that_consent(
    qtbot: Any, make_wizard: Any, vm: str, moved: str, kind: str
) -> None:
    wizard = make_wizard()
    go_to_diagnosis(qtbot, wizard, vm)
    fix = next_page(qtbot, wizard, FixPage)
    assert fix.preview is not None and fix.preview.plan.changes_existing_rules
    consent = fix.renumber_consent
    assert consent.isVisible() and consent.isEnabled() and not consent.isChecked()
    text = consent.text().replace("&", "")
    assert moved in text and kind in text and "Undo changes restores them" in text
    assert text.splitlines()[-1] == moved  # a check box does not wrap: the moves are a line of their own
    fix.consent.setChecked(True)
    assert not fix.apply_button.isEnabled()  # the general "yes" is not enough
    consent.setChecked(True)
    assert fix.apply_button.isEnabled()
    fix.consent.setChecked(False)
    assert not fix.apply_button.isEnabled()  # and the move consent alone is not enough either


def test_an_nsg_renumbering_keeps_the_rule_wording(qtbot: Any, make_wizard: Any) -> None:
    wizard = make_wizard()
    go_to_diagnosis(qtbot, wizard, "vm-web-07")
    fix = next_page(qtbot, wizard, FixPage)
    assert fix.renumber_consent.isVisible()
    assert fix.renumber_consent.text().replace("&", "") == (
        "I agree that an existing rule gets a new priority number (Undo changes restores it)"
    )
