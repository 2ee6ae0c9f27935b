from __future__ import annotations

from core.arm_ids import ResourceId, normalize, same_id

RULE = (
    "/subscriptions/0000-1/resourceGroups/RG-Net/providers/Microsoft.Network/networkSecurityGroups/"
    "nsg-web/securityRules/Deny-Internet"
)


def test_parse_child_resource() -> None:
    rid = ResourceId.parse(RULE)
    assert rid.subscription_id == "0000-1"
    assert rid.resource_group == "RG-Net"
    assert rid.provider == "Microsoft.Network"
    assert rid.types == ("networkSecurityGroups", "securityRules")
    assert rid.names == ("nsg-web", "Deny-Internet")
    assert rid.name == "Deny-Internet"
    assert rid.full_type == "Microsoft.Network/networkSecurityGroups/securityRules"


def test_ids_compare_case_insensitively_and_ignore_trailing_slash() -> None:
    assert same_id(RULE, RULE.upper() + "/")
    assert not same_id(RULE, RULE.replace("nsg-web", "nsg-app"))
    assert not same_id(RULE, None)
    assert normalize(" /Subscriptions/A/ ") == "/subscriptions/a"


def test_parse_tolerates_garbage() -> None:
    rid = ResourceId.parse("not an id")
    assert rid.subscription_id is None and rid.name == ""
