"""The layers view shows the layers Azure's computed views add (issue 15): admin rules, outbound connectivity,
an effective route with its source, and what decided each layer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.diagnosis.model import Layer, RuleMatch, Verdict
from gui.widgets.layers_view import LayersView

NM = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkManagers/nm1"
RULE = f"{NM}/securityAdminConfigurations/c/ruleCollections/rc/rules/Deny-Internet"
SUBNET = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a"


@dataclass(frozen=True)
class Layer15:
    layer: Layer
    resource_id: str | None
    name: str | None
    verdict: Verdict
    matches: tuple[RuleMatch, ...]
    present: bool
    basis: str = "configured"


def test_new_layers_show_the_deciding_rule_route_and_basis(qtbot: Any) -> None:
    view = LayersView()
    qtbot.addWidget(view)
    view.set_layers(
        [
            Layer15(
                Layer.AVNM,
                RULE,
                "nm1",
                Verdict.BLOCKED,
                (RuleMatch(Layer.AVNM, RULE, "Deny-Internet", 200, "Deny", "rc"),),
                True,
                "effective",
            ),
            Layer15(
                Layer.ROUTE,
                None,
                None,
                Verdict.UNKNOWN,
                (
                    RuleMatch(
                        Layer.ROUTE, None, "0.0.0.0/0", None, "VirtualNetworkGateway", source="VirtualNetworkGateway"
                    ),
                ),
                True,
                "effective",
            ),
            Layer15(
                Layer.OUTBOUND,
                SUBNET,
                "a",
                Verdict.BLOCKED,
                (RuleMatch(Layer.OUTBOUND, SUBNET, "none", None, "None"),),
                True,
            ),
            Layer15(Layer.AVNM, None, None, Verdict.UNKNOWN, (), True, "not-checked"),
        ]
    )
    avnm = view.topLevelItem(0)
    assert avnm.text(0) == "1. Virtual Network Manager admin rules"
    assert [avnm.text(c) for c in range(1, 5)] == ["nm1", "rc / Deny-Internet", "200", "Deny"]
    assert avnm.isExpanded()
    evidence = [avnm.child(i).text(0) for i in range(avnm.childCount())]
    assert "Decided by Azure's effective view" in evidence
    route = view.topLevelItem(1)
    assert route.text(2) == "0.0.0.0/0 — Learned from the gateway (BGP)" and route.text(4) == "Virtual network gateway"
    route_evidence = [route.child(i).text(0) for i in range(route.childCount())]
    assert "Route source reported by Azure: VirtualNetworkGateway" in route_evidence
    outbound = view.topLevelItem(2)
    assert outbound.text(0) == "3. Outbound connectivity" and outbound.text(2) == "No way out"
    assert view.topLevelItem(3).text(1) == "Not checked"
