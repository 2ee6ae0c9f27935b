"""ARM's shapes for the resource types the product reads: types, required fields, ranges, allowed values.

Only what the evaluators rely on is described; any other field is left as it is (ARM adds fields over API
versions, and exports carry more than we read). Field names follow ARM's GET bodies; a key is found exactly
or, as the evaluators read them, ignoring case. Ranges are Azure's, cited in docs/azure-behaviour.md
("Input validation").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache


class Node:
    """A shape of one JSON value."""


@dataclass(frozen=True)
class Obj(Node):
    fields: Mapping[str, Node] = field(default_factory=dict)
    required: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Arr(Node):
    item: Node


@dataclass(frozen=True)
class Str(Node):
    nullable: bool = True  # ARM omits or nulls optional strings (e.g. nextHopIpAddress)


@dataclass(frozen=True)
class Bool(Node):
    nullable: bool = True


@dataclass(frozen=True)
class Int(Node):
    low: int
    high: int


@dataclass(frozen=True)
class OneOf(Node):
    """A string from a fixed set (compared ignoring case, as ARM's enums are)."""

    values: tuple[str, ...]

    @property
    def folded(self) -> frozenset[str]:
        return _folded(self.values)


@lru_cache(maxsize=64)
def _folded(values: tuple[str, ...]) -> frozenset[str]:
    return frozenset(v.casefold() for v in values)


@dataclass(frozen=True)
class Port(Node):
    """``*``, ``N`` or ``A-B`` with 0 ≤ A ≤ B ≤ 65535 (comma lists as the portal writes them are accepted)."""


@dataclass(frozen=True)
class Ref(Node):
    """``{"id": "<ARM resource id>"}``: a reference to another resource."""


@dataclass(frozen=True)
class Opaque(Node):
    """Any JSON value, or the given container type only."""

    kind: str | None = None  # "object" or "list"


PORT_LOW, PORT_HIGH = 0, 65535
NSG_PRIORITY = (100, 4096)  # custom security rules
NSG_DEFAULT_PRIORITY = (65000, 65500)  # AllowVnetOutBound 65000 … DenyAllOutBound 65500
FIREWALL_PRIORITY = (100, 65000)  # classic rule collections, policy rule collection groups and collections

_REF = Ref()
_REFS = Arr(_REF)
_STRINGS = Arr(Str(nullable=False))
_PORTS = Arr(Port())


def _security_rule(priority: tuple[int, int]) -> Obj:
    return Obj(
        {
            "name": Str(),
            "id": Str(),
            "properties": Obj(
                {
                    "priority": Int(*priority),
                    "access": OneOf(("Allow", "Deny")),
                    "direction": OneOf(("Inbound", "Outbound")),
                    "protocol": OneOf(("Tcp", "Udp", "Icmp", "Esp", "Ah", "*")),
                    "sourcePortRange": Port(),
                    "destinationPortRange": Port(),
                    "sourcePortRanges": _PORTS,
                    "destinationPortRanges": _PORTS,
                    "sourceAddressPrefix": Str(),
                    "destinationAddressPrefix": Str(),
                    "sourceAddressPrefixes": _STRINGS,
                    "destinationAddressPrefixes": _STRINGS,
                    "sourceApplicationSecurityGroups": _REFS,
                    "destinationApplicationSecurityGroups": _REFS,
                },
                required=frozenset({"priority", "access", "direction"}),
            ),
        },
        required=frozenset({"properties"}),
    )


SECURITY_RULE = _security_rule(NSG_PRIORITY)
DEFAULT_SECURITY_RULE = _security_rule(NSG_DEFAULT_PRIORITY)

SUBNET = Obj(
    {
        "id": Str(),
        "properties": Obj(
            {
                "addressPrefix": Str(),
                "addressPrefixes": _STRINGS,
                "networkSecurityGroup": _REF,
                "routeTable": _REF,
            }
        ),
    }
)

ROUTE = Obj(
    {
        "properties": Obj(
            {
                "addressPrefix": Str(),
                "nextHopType": OneOf(
                    (
                        "VirtualNetworkGateway",
                        "VnetLocal",
                        "Internet",
                        "VirtualAppliance",
                        "None",
                        "VirtualNetworkServiceEndpoint",
                    )
                ),
                "nextHopIpAddress": Str(),
            },
            required=frozenset({"nextHopType"}),
        )
    },
    required=frozenset({"properties"}),
)

_COLLECTION_ACTION = Obj({"type": OneOf(("Allow", "Deny", "Dnat", "Snat"))})
_FIREWALL_RULE = Obj(
    {
        "sourceAddresses": _STRINGS,
        "destinationAddresses": _STRINGS,
        "destinationFqdns": _STRINGS,
        "targetFqdns": _STRINGS,
        "fqdnTags": _STRINGS,
        "sourceIpGroups": _STRINGS,
        "destinationIpGroups": _STRINGS,
        "destinationPorts": _PORTS,
        "protocols": Opaque("list"),  # strings in network rules, {protocolType, port} in application rules
        "ipProtocols": _STRINGS,
    }
)
_CLASSIC_COLLECTION = Obj(
    {
        "properties": Obj(
            {"priority": Int(*FIREWALL_PRIORITY), "action": _COLLECTION_ACTION, "rules": Arr(_FIREWALL_RULE)},
            required=frozenset({"priority", "rules"}),
        )
    },
    required=frozenset({"properties"}),
)
_POLICY_COLLECTION = Obj(
    {
        "ruleCollectionType": Str(),
        "priority": Int(*FIREWALL_PRIORITY),  # optional: the IP-groups example of the REST spec has none
        "action": _COLLECTION_ACTION,
        "rules": Arr(_FIREWALL_RULE),
    }
)

_PROPERTIES_ONLY = Obj({"properties": Obj()})

# Resource type (lower case) → shape of the whole resource. `id` and `type` are checked for every resource.
RESOURCE_SHAPES: Mapping[str, Obj] = {
    "microsoft.compute/virtualmachines": Obj(
        {
            "name": Str(),
            "location": Str(),
            "properties": Obj(
                {
                    "networkProfile": Obj({"networkInterfaces": _REFS}),
                    "securityProfile": Obj(
                        {
                            "securityType": Str(),
                            "uefiSettings": Obj({"secureBootEnabled": Bool(), "vTpmEnabled": Bool()}),
                        }
                    ),
                    "storageProfile": Obj(),
                    "osProfile": Obj(),
                    "instanceView": Obj({"statuses": Arr(Obj()), "extensions": Arr(Obj())}),
                }
            ),
            "resources": Arr(Obj()),
        },
        required=frozenset({"properties"}),
    ),
    "microsoft.compute/virtualmachines/extensions": Obj(
        {
            "properties": Obj(
                {
                    "publisher": Str(),
                    "type": Str(),
                    "typeHandlerVersion": Str(),
                    "settings": Opaque("object"),
                    "provisioningState": Str(),
                    "autoUpgradeMinorVersion": Bool(),
                    "enableAutomaticUpgrade": Bool(),
                }
            )
        },
        required=frozenset({"properties"}),
    ),
    "microsoft.network/networkinterfaces": Obj(
        {
            "properties": Obj(
                {
                    "ipConfigurations": Arr(
                        Obj(
                            {
                                "id": Str(),
                                "properties": Obj(
                                    {
                                        "privateIPAddress": Str(),
                                        "privateIPAddressVersion": OneOf(("IPv4", "IPv6")),
                                        "primary": Bool(),
                                        "subnet": _REF,
                                        "applicationSecurityGroups": _REFS,
                                    }
                                ),
                            }
                        )
                    ),
                    "networkSecurityGroup": _REF,
                    "primary": Bool(),
                }
            )
        },
        required=frozenset({"properties"}),
    ),
    "microsoft.network/networksecuritygroups": Obj(
        {
            "name": Str(),
            "properties": Obj(
                {"securityRules": Arr(SECURITY_RULE), "defaultSecurityRules": Arr(DEFAULT_SECURITY_RULE)}
            ),
        },
        required=frozenset({"properties"}),
    ),
    "microsoft.network/networksecuritygroups/securityrules": SECURITY_RULE,
    "microsoft.network/routetables": Obj(
        {"properties": Obj({"routes": Arr(ROUTE), "disableBgpRoutePropagation": Bool()})},
        required=frozenset({"properties"}),
    ),
    "microsoft.network/routetables/routes": ROUTE,
    "microsoft.network/virtualnetworks": Obj(
        {
            "properties": Obj(
                {
                    "addressSpace": Obj({"addressPrefixes": _STRINGS}),
                    "subnets": Arr(SUBNET),
                    "virtualNetworkPeerings": Arr(
                        Obj(
                            {
                                "properties": Obj(
                                    {
                                        "remoteVirtualNetwork": _REF,
                                        "remoteAddressSpace": Obj({"addressPrefixes": _STRINGS}),
                                        "peeringState": Str(),
                                    }
                                )
                            }
                        )
                    ),
                }
            )
        },
        required=frozenset({"properties"}),
    ),
    "microsoft.network/virtualnetworks/subnets": SUBNET,
    "microsoft.network/azurefirewalls": Obj(
        {
            "properties": Obj(
                {
                    "firewallPolicy": _REF,
                    "ipConfigurations": Arr(Obj({"properties": Obj({"privateIPAddress": Str(), "subnet": _REF})})),
                    "networkRuleCollections": Arr(_CLASSIC_COLLECTION),
                    "applicationRuleCollections": Arr(_CLASSIC_COLLECTION),
                    "natRuleCollections": Arr(_CLASSIC_COLLECTION),
                    "threatIntelMode": Str(),
                }
            )
        },
        required=frozenset({"properties"}),
    ),
    "microsoft.network/firewallpolicies": Obj(
        {"properties": Obj({"basePolicy": _REF, "ruleCollectionGroups": _REFS})},
        required=frozenset({"properties"}),
    ),
    "microsoft.network/firewallpolicies/rulecollectiongroups": Obj(
        {
            "properties": Obj(
                {"priority": Int(*FIREWALL_PRIORITY), "ruleCollections": Arr(_POLICY_COLLECTION)},
                required=frozenset({"priority"}),
            )
        },
        required=frozenset({"properties"}),
    ),
    "microsoft.network/ipgroups": Obj(
        {"properties": Obj({"ipAddresses": _STRINGS})}, required=frozenset({"properties"})
    ),
    "microsoft.network/publicipaddresses": _PROPERTIES_ONLY,
    "microsoft.network/applicationsecuritygroups": _PROPERTIES_ONLY,
    "microsoft.authorization/locks": Obj(
        {"properties": Obj({"level": OneOf(("CanNotDelete", "ReadOnly"))}, required=frozenset({"level"}))},
        required=frozenset({"properties"}),
    ),
    "microsoft.security/assessments": Obj(
        {"properties": Obj({"status": Obj({"code": Str()}), "resourceDetails": Opaque("object")})},
        required=frozenset({"properties"}),
    ),
    "microsoft.resources/resourcegroups": Obj({"location": Str(), "properties": Obj()}),
}
