"""Azure Firewall evaluator: network-semantics.md §3 rule by rule, the §7 worked examples and ARM examples."""

from __future__ import annotations

from typing import Any

import pytest

from core.diagnosis.firewall import (
    FIX_NETWORK_ALLOW,
    FirewallInputs,
    FirewallResult,
    evaluate_firewall,
    evaluation_order,
)
from core.diagnosis.ipranges import IpRangeSet
from core.diagnosis.model import Blocker, BlockerKind, Verdict
from tests.core.diagnosis.fixtures_firewall import (
    FW_ID,
    WEU_HOST,
    app_rule,
    arm_example,
    classic_app_rule,
    classic_collection,
    classic_firewall,
    classic_net_rule,
    filter_collection,
    group,
    ip_group,
    ip_group_id,
    nat_collection,
    net_rule,
    policy,
    policy_firewall,
    policy_id,
    public_tags,
)

VM_IP = "10.1.0.4"
WEU = IpRangeSet.parse_all(["13.69.109.140/30", "20.61.99.100/30"])  # AzureAttestation.WestEurope


def attestation() -> IpRangeSet:
    tag = public_tags().resolve("AzureAttestation")
    assert tag is not None
    return tag


def run(
    inputs: FirewallInputs | dict[str, Any],
    *,
    destination: IpRangeSet | None = None,
    port: int = 443,
    fqdn: str | None = WEU_HOST,
    source_ip: str = VM_IP,
) -> FirewallResult:
    if not isinstance(inputs, FirewallInputs):
        inputs = FirewallInputs(inputs)
    return evaluate_firewall(
        inputs,
        source_ip=source_ip,
        destination=WEU if destination is None else destination,
        port=port,
        fqdn=fqdn,
        service_tags=public_tags(),
    )


def codes(result: FirewallResult) -> set[str]:
    return {f.code for f in result.findings}


# -- classic rules --------------------------------------------------------------------------------------------

ALLOW_TAG = classic_net_rule("allow-attest", dest=["AzureAttestation"])
DENY_ALL_443 = classic_net_rule("deny-443", dest=["*"])

CLASSIC_CASES: list[tuple[str, dict[str, Any], Verdict, str | None]] = [
    ("no rules: default deny", classic_firewall(), Verdict.BLOCKED, None),
    (
        "network allow by service tag",
        classic_firewall(network=[classic_collection("net", 200, "Allow", [ALLOW_TAG])]),
        Verdict.ALLOWED,
        "allow-attest",
    ),
    (
        "lower priority number wins across collections",
        classic_firewall(
            network=[
                classic_collection("allow", 300, "Allow", [ALLOW_TAG]),
                classic_collection("deny", 150, "Deny", [DENY_ALL_443]),
            ]
        ),
        Verdict.BLOCKED,
        "deny-443",
    ),
    (
        "rules top-down inside a collection: first match decides",
        classic_firewall(
            network=[
                classic_collection(
                    "mixed",
                    100,
                    "Allow",
                    [classic_net_rule("udp-only", dest=["*"], protocols=["UDP"]), ALLOW_TAG],
                )
            ]
        ),
        Verdict.ALLOWED,
        "allow-attest",
    ),
    (
        "network deny beats an application allow (inverse of §7 example 1)",
        classic_firewall(
            network=[classic_collection("deny", 500, "Deny", [DENY_ALL_443])],
            application=[classic_collection("app", 100, "Allow", [classic_app_rule("fqdn", fqdns=["*"])])],
        ),
        Verdict.BLOCKED,
        "deny-443",
    ),
    (
        "application allow for *.attest.azure.net",
        classic_firewall(
            application=[
                classic_collection("app", 100, "Allow", [classic_app_rule("attest", fqdns=["*.attest.azure.net"])])
            ]
        ),
        Verdict.ALLOWED,
        "attest",
    ),
    (
        "application rule on Http:80 does not cover HTTPS",
        classic_firewall(
            application=[
                classic_collection("app", 100, "Allow", [classic_app_rule("http", fqdns=["*"], port=80, kind="Http")])
            ]
        ),
        Verdict.BLOCKED,
        None,
    ),
    (
        "application allow for another host does not match",
        classic_firewall(
            application=[classic_collection("app", 100, "Allow", [classic_app_rule("x", fqdns=["www.test.com"])])]
        ),
        Verdict.BLOCKED,
        None,
    ),
    (
        "source outside the rule's dash range does not match",
        classic_firewall(
            network=[
                classic_collection(
                    "net", 100, "Allow", [classic_net_rule("r", dest=["*"], sources=["10.1.0.10-10.1.0.20"])]
                )
            ]
        ),
        Verdict.BLOCKED,
        None,
    ),
    (
        "source inside the rule's dash range matches",
        classic_firewall(
            network=[
                classic_collection(
                    "net", 100, "Allow", [classic_net_rule("r", dest=["*"], sources=["10.1.0.1-10.1.0.9"])]
                )
            ]
        ),
        Verdict.ALLOWED,
        "r",
    ),
    (
        "port range and Any protocol",
        classic_firewall(
            network=[
                classic_collection(
                    "net", 100, "Allow", [classic_net_rule("r", dest=["*"], ports=["440-444"], protocols=["Any"])]
                )
            ]
        ),
        Verdict.ALLOWED,
        "r",
    ),
    (
        "port outside the rule's ports",
        classic_firewall(
            network=[classic_collection("net", 100, "Allow", [classic_net_rule("r", dest=["*"], ports=["8443"])])]
        ),
        Verdict.BLOCKED,
        None,
    ),
    (
        "AzureCloud covers AzureAttestation",
        classic_firewall(
            network=[classic_collection("net", 100, "Allow", [classic_net_rule("cloud", dest=["azurecloud"])])]
        ),
        Verdict.ALLOWED,
        "cloud",
    ),
]


@pytest.mark.parametrize(("case", "firewall", "verdict", "rule"), CLASSIC_CASES, ids=[c[0] for c in CLASSIC_CASES])
def test_classic_rules(case: str, firewall: dict[str, Any], verdict: Verdict, rule: str | None) -> None:
    result = run(firewall)
    assert result.verdict is verdict
    assert {d.match.rule for d in result.decisions if d.match} == {rule}
    if verdict is Verdict.BLOCKED:
        assert result.blockers()[0].resource_id == FW_ID
        assert result.blockers()[0].rule == rule


def test_worked_example_1_network_rules_before_application_rules() -> None:
    """FW-RP §7 #1: Allow-web (TCP 80, 443 to *) allows google.com despite an application Deny for it."""
    firewall = classic_firewall(
        network=[
            classic_collection("web", 200, "Allow", [classic_net_rule("Allow-web", dest=["*"], ports=["80", "443"])])
        ],
        application=[
            classic_collection(
                "deny-google",
                100,
                "Deny",
                [
                    classic_app_rule("google-http", fqdns=["google.com"], port=80, kind="Http"),
                    classic_app_rule("google-https", fqdns=["google.com"]),
                ],
            )
        ],
    )
    google = IpRangeSet.parse_all(["142.250.185.78"])
    for port in (80, 443):
        result = run(firewall, destination=google, port=port, fqdn="google.com")
        assert result.verdict is Verdict.ALLOWED
        assert [d.match.rule for d in result.decisions if d.match] == ["Allow-web"]
        assert all(d.stage == "network" for d in result.decisions)


def test_worked_example_2_lower_priority_number_first() -> None:
    """FW-RP §7 #2: Allow SSH at 200, Deny SSH at 100 → denied by the priority-100 collection."""
    ssh = {"ports": ["22"], "dest": ["*"]}
    firewall = classic_firewall(
        network=[
            classic_collection("allow-ssh", 200, "Allow", [classic_net_rule("allow-ssh", **ssh)]),
            classic_collection("deny-ssh", 100, "Deny", [classic_net_rule("deny-ssh", **ssh)]),
        ]
    )
    result = run(firewall, port=22)
    assert result.verdict is Verdict.BLOCKED
    assert result.blockers() == [Blocker(BlockerKind.FIREWALL, FW_ID, "deny-ssh", 100)]
    assert "FW_DENY_RULE" in codes(result)


def test_partial_allow_is_split_exactly() -> None:
    """A rule covering half of one /30 leaves exactly the other addresses to the default deny."""
    firewall = classic_firewall(
        network=[classic_collection("net", 100, "Allow", [classic_net_rule("half", dest=["13.69.109.140/31"])])]
    )
    result = run(firewall)
    assert result.verdict is Verdict.PARTIAL
    assert result.ranges(Verdict.ALLOWED) == IpRangeSet.parse_all(["13.69.109.140/31"])
    assert result.ranges(Verdict.BLOCKED) == IpRangeSet.parse_all(["13.69.109.142/31", "20.61.99.100/30"])
    assert result.blockers() == [Blocker(BlockerKind.FIREWALL, FW_ID, None, None)]


def test_default_deny_finding_carries_fix_and_infrastructure_note() -> None:
    result = run(classic_firewall())
    by_code = {f.code: f for f in result.findings}
    assert by_code["FW_DEFAULT_DENY"].fix_id == FIX_NETWORK_ALLOW
    assert by_code["FW_DEFAULT_DENY"].args == {"port": 443}
    assert by_code["FW_INFRASTRUCTURE_RULES"].severity.value == "info"
    assert all(d.match is not None and d.match.is_default for d in result.decisions)


def test_application_only_allow_reports_sni_note() -> None:
    firewall = classic_firewall(
        application=[classic_collection("app", 100, "Allow", [classic_app_rule("a", fqdns=["*.attest.azure.net"])])]
    )
    result = run(firewall)
    assert result.verdict is Verdict.ALLOWED
    sni = [f for f in result.findings if f.code == "FW_APP_RULE_ONLY_SNI"]
    assert [f.args for f in sni] == [{"rule": "a", "collection": "app"}]


def test_full_attestation_tag_against_regional_allow_is_partial() -> None:
    firewall = classic_firewall(
        network=[classic_collection("net", 100, "Allow", [classic_net_rule("r", dest=["AzureAttestation.WestEurope"])])]
    )
    result = run(firewall, destination=attestation())
    assert result.verdict is Verdict.PARTIAL
    regional = public_tags().resolve("AzureAttestation.WestEurope")
    assert regional is not None and result.ranges(Verdict.ALLOWED) == regional
    assert result.ranges(Verdict.BLOCKED) == attestation().difference(regional)


# -- ARM examples ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source_ip", "fqdn", "verdict", "rule", "priority"),
    [
        ("10.1.4.20", WEU_HOST, Verdict.BLOCKED, "L4-traffic", 112),  # inside 10.1.4.12-10.1.4.255
        ("192.168.1.12", WEU_HOST, Verdict.BLOCKED, "L4-traffic", 112),  # range end is inclusive
        ("192.168.1.13", WEU_HOST, Verdict.BLOCKED, None, None),  # just outside: default deny
        ("10.0.0.7", "WWW.TEST.COM", Verdict.BLOCKED, "rule1", 110),  # application Deny by FQDN
        ("10.0.0.7", WEU_HOST, Verdict.BLOCKED, None, None),
    ],
)
def test_arm_example_azure_firewall_put(
    source_ip: str, fqdn: str, verdict: Verdict, rule: str | None, priority: int | None
) -> None:
    firewall = arm_example("AzureFirewallPut.2025-05-01.json")
    result = run(firewall, source_ip=source_ip, fqdn=fqdn, destination=attestation())
    assert result.verdict is verdict
    assert [(b.rule, b.priority) for b in result.blockers()] == [(rule, priority)]
    assert result.blockers()[0].resource_id == firewall["id"]
    # the FQDN network rule never matches without DNS proxy, and NAT rules are ignored outbound
    assert "FW_NETWORK_FQDN_NO_DNS_PROXY" not in codes(result)


def test_arm_example_policy_rule_collection_group() -> None:
    rcg = arm_example("FirewallPolicyRuleCollectionGroupPut.2024-07-01.json")
    pid = rcg["id"].split("/ruleCollectionGroups/")[0]
    pol = {"name": "firewallPolicy", "id": pid, "properties": {}}
    firewall = {"id": FW_ID, "properties": {"firewallPolicy": {"id": pid}}}
    inputs = FirewallInputs(firewall, {pid.lower(): pol}, {pid.lower(): [rcg]})
    inside = run(inputs, source_ip="10.1.25.9")
    assert inside.blockers() == [Blocker(BlockerKind.FIREWALL, pid, "network-rule1", 100)]
    assert {d.match.collection for d in inside.decisions if d.match} == {
        "ruleCollectionGroup1/Example-Filter-Rule-Collection"
    }
    outside = run(inputs, source_ip="10.1.26.9")
    assert outside.blockers() == [Blocker(BlockerKind.FIREWALL, FW_ID, None, None)]


@pytest.mark.parametrize(
    ("groups", "verdict", "blocker_rule", "finding"),
    [
        (
            {"ipGroups1": ["10.1.0.0/24"], "ipGroups2": ["13.0.0.0/8", "20.61.99.100-20.61.99.103"]},
            Verdict.BLOCKED,
            "network-1",
            None,
        ),
        ({"ipGroups1": ["10.2.0.0/24"], "ipGroups2": ["0.0.0.0/0"]}, Verdict.BLOCKED, None, None),
        # a Deny rule that may match agrees with the default deny: still decided, with the finding
        ({"ipGroups1": ["10.1.0.0/24"]}, Verdict.BLOCKED, None, "FW_IP_GROUP_MISSING"),
        ({"ipGroups2": ["0.0.0.0/0"]}, Verdict.BLOCKED, None, "FW_IP_GROUP_MISSING"),
    ],
)
def test_arm_example_ip_groups(
    groups: dict[str, list[str]], verdict: Verdict, blocker_rule: str | None, finding: str | None
) -> None:
    rcg = arm_example("FirewallPolicyRuleCollectionGroupWithIpGroupsPut.2025-05-01.json")
    pid = rcg["id"].split("/ruleCollectionGroups/")[0]
    prefix = "/subscriptions/subid/providers/Microsoft.Network/resourceGroup/rg1/ipGroups/"
    ip_groups = {(prefix + name).lower(): ip_group(name, addrs) for name, addrs in groups.items()}
    inputs = FirewallInputs(
        {"id": FW_ID, "properties": {"firewallPolicy": {"id": pid}}},
        {pid.lower(): {"id": pid, "properties": {}}},
        {pid.lower(): [rcg]},
        ip_groups,
    )
    result = run(inputs)
    assert result.verdict is verdict
    if verdict is Verdict.BLOCKED:
        assert [b.rule for b in result.blockers()] == [blocker_rule]
    # the example's collection has no priority: treated as last, with a note
    assert "FW_PRIORITY_MISSING" in codes(result)
    if finding:
        assert finding in codes(result)


# -- Firewall Policy ------------------------------------------------------------------------------------------


def policy_inputs(
    policies: list[dict[str, Any]],
    groups: dict[str, list[dict[str, Any]]],
    attached: str,
    ip_groups: list[dict[str, Any]] | None = None,
) -> FirewallInputs:
    return FirewallInputs(
        policy_firewall(attached),
        {p["id"].lower(): p for p in policies},
        {policy_id(name).lower(): gs for name, gs in groups.items()},
        {g["id"].lower(): g for g in ip_groups or []},
    )


def test_worked_ordering_parent_before_child() -> None:
    """azure-docs 09f2a3b1: NetworkRC1, NetworkRC2, ChNetRC1, ChNetRC2, AppRC2, ChAppRC1, ChAppRC2 (DNAT aside).

    Groups and collections are listed out of order on purpose.
    """
    anything = [net_rule("n", dest=["*"])]
    app = [app_rule("a", fqdns=["*"])]
    base_groups = [
        group("base", "app", 300, [filter_collection("AppRC2", 200, "Allow", app)]),
        group("base", "dnat", 100, [nat_collection("DNATRC3", 300), nat_collection("DNATRC1", 100)]),
        group(
            "base",
            "net",
            200,
            [
                filter_collection("NetworkRC2", 200, "Allow", anything),
                filter_collection("NetworkRC1", 100, "Deny", anything),
            ],
        ),
    ]
    child_groups = [
        group(
            "child",
            "app",
            300,
            [filter_collection("ChAppRC2", 200, "Allow", app), filter_collection("ChAppRC1", 100, "Allow", app)],
        ),
        group(
            "child",
            "net",
            200,
            [
                filter_collection("ChNetRC2", 200, "Allow", anything),
                filter_collection("ChNetRC1", 100, "Allow", anything),
            ],
        ),
        group("child", "dnat", 100, [nat_collection("ChDNATRC3", 300)]),
    ]
    inputs = policy_inputs(
        [policy("base"), policy("child", parent="base")], {"base": base_groups, "child": child_groups}, "child"
    )
    assert [label.split("/")[-1] for label in evaluation_order(inputs)] == [
        "NetworkRC1",
        "NetworkRC2",
        "ChNetRC1",
        "ChNetRC2",
        "AppRC2",
        "ChAppRC1",
        "ChAppRC2",
    ]
    # NetworkRC1 denies first; the blocker names the parent policy that holds it
    result = run(inputs)
    assert result.blockers() == [Blocker(BlockerKind.FIREWALL, policy_id("base"), "n", 100)]
    assert {d.match.collection for d in result.decisions if d.match} == {"net/NetworkRC1"}


@pytest.mark.parametrize(
    ("child_group_priority", "parent_action", "expected"),
    [
        (100, "Deny", Verdict.BLOCKED),  # parent rules precede child rules whatever the group priorities
        (100, "Allow", Verdict.ALLOWED),
    ],
)
def test_parent_rules_take_precedence(child_group_priority: int, parent_action: str, expected: Verdict) -> None:
    groups = {
        "base": [
            group("base", "g", 65000, [filter_collection("p", 65000, parent_action, [net_rule("pr", dest=["*"])])])
        ],
        "child": [
            group(
                "child",
                "g",
                child_group_priority,
                [
                    filter_collection(
                        "c", 100, "Deny" if parent_action == "Allow" else "Allow", [net_rule("cr", dest=["*"])]
                    )
                ],
            )
        ],
    }
    result = run(policy_inputs([policy("base"), policy("child", parent="base")], groups, "child"))
    assert result.verdict is expected
    assert {d.match.rule for d in result.decisions if d.match} == {"pr"}


def test_network_rules_of_child_precede_application_rules_of_parent() -> None:
    groups = {
        "base": [group("base", "g", 100, [filter_collection("app", 100, "Allow", [app_rule("pa", fqdns=["*"])])])],
        "child": [group("child", "g", 200, [filter_collection("net", 200, "Deny", [net_rule("cn", dest=["*"])])])],
    }
    result = run(policy_inputs([policy("base"), policy("child", parent="base")], groups, "child"))
    assert result.blockers() == [Blocker(BlockerKind.FIREWALL, policy_id("child"), "cn", 200)]


def test_group_priority_orders_before_collection_priority() -> None:
    groups = {
        "p": [
            group("p", "late", 500, [filter_collection("deny", 100, "Deny", [net_rule("d", dest=["*"])])]),
            group("p", "early", 200, [filter_collection("allow", 60000, "Allow", [net_rule("a", dest=["*"])])]),
        ]
    }
    result = run(policy_inputs([policy("p")], groups, "p"))
    assert result.verdict is Verdict.ALLOWED
    assert {d.match.collection for d in result.decisions if d.match} == {"early/allow"}


def test_missing_priority_sorts_last_with_finding() -> None:
    groups = {
        "p": [
            group(
                "p",
                "g",
                100,
                [
                    filter_collection("nopri", None, "Deny", [net_rule("d", dest=["*"])]),
                    filter_collection("pri", 65000, "Allow", [net_rule("a", dest=["*"])]),
                ],
            )
        ]
    }
    result = run(policy_inputs([policy("p")], groups, "p"))
    assert result.verdict is Verdict.ALLOWED
    assert [f.args for f in result.findings if f.code == "FW_PRIORITY_MISSING"] == [{"collection": "g/nopri"}]


@pytest.mark.parametrize(
    ("policies", "attached", "missing"),
    [
        ([], "child", "child"),
        ([policy("child", parent="base")], "child", "base"),
    ],
)
def test_missing_policy_is_unknown(policies: list[dict[str, Any]], attached: str, missing: str) -> None:
    result = run(policy_inputs(policies, {}, attached))
    assert result.verdict is Verdict.UNKNOWN
    found = [f for f in result.findings if f.code == "FW_POLICY_MISSING"]
    assert [f.args["policy"] for f in found] == [policy_id(missing)]


def test_policy_cycle_is_cut_with_finding() -> None:
    groups = {"a": [group("a", "g", 100, [filter_collection("c", 100, "Allow", [net_rule("r", dest=["*"])])])]}
    result = run(policy_inputs([policy("a", parent="b"), policy("b", parent="a")], groups, "a"))
    assert result.verdict is Verdict.ALLOWED
    assert "FW_POLICY_CYCLE" in codes(result)


def test_listed_but_unread_rule_collection_group_is_unknown() -> None:
    pol = policy("p")
    pol["properties"]["ruleCollectionGroups"] = [{"id": f"{policy_id('p')}/ruleCollectionGroups/hidden"}]
    result = run(policy_inputs([pol], {}, "p"))
    assert result.verdict is Verdict.UNKNOWN
    assert "FW_RULE_COLLECTION_GROUP_MISSING" in codes(result)


@pytest.mark.parametrize(
    ("proxy_where", "verdict", "finding"),
    [
        (None, Verdict.BLOCKED, "FW_NETWORK_FQDN_NO_DNS_PROXY"),
        ("child", Verdict.ALLOWED, "FW_NETWORK_FQDN_DNS_PROXY"),
        ("base", Verdict.ALLOWED, "FW_NETWORK_FQDN_DNS_PROXY"),  # inherited from the parent policy
    ],
)
def test_network_rule_fqdn_needs_dns_proxy(proxy_where: str | None, verdict: Verdict, finding: str) -> None:
    groups = {
        "child": [group("child", "g", 100, [filter_collection("c", 100, "Allow", [net_rule("f", fqdns=[WEU_HOST])])])]
    }
    policies = [
        policy("base", dns_proxy=True if proxy_where == "base" else None),
        policy("child", parent="base", dns_proxy=True if proxy_where == "child" else None),
    ]
    result = run(policy_inputs(policies, groups, "child"))
    assert result.verdict is verdict
    assert finding in codes(result)


def test_classic_dns_proxy_setting() -> None:
    coll = classic_collection("c", 100, "Allow", [classic_net_rule("f", fqdns=[WEU_HOST.upper()])])
    assert run(classic_firewall(network=[coll], dns_proxy=True)).verdict is Verdict.ALLOWED
    assert run(classic_firewall(network=[coll], dns_proxy=False)).verdict is Verdict.BLOCKED


def test_threat_intel_deny_is_flagged() -> None:
    assert "FW_THREAT_INTEL_DENY" in codes(run(classic_firewall(threat_intel="Deny")))
    assert "FW_THREAT_INTEL_DENY" not in codes(run(classic_firewall(threat_intel="Alert")))
    groups: dict[str, list[dict[str, Any]]] = {"p": []}
    assert "FW_THREAT_INTEL_DENY" in codes(run(policy_inputs([policy("p", threat_intel="deny")], groups, "p")))


# -- undecidable parts ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rules", "verdict"),
    [
        # an unreadable Allow before a definite Deny: either way the answer could differ → unknown
        ([net_rule("maybe", dest_groups=[ip_group_id("gone")]), net_rule("deny", dest=["*"])], Verdict.UNKNOWN),
        # the same unreadable rule after a definite match never matters
        ([net_rule("deny", dest=["*"]), net_rule("maybe", dest_groups=[ip_group_id("gone")])], Verdict.BLOCKED),
    ],
)
def test_maybe_matches_only_matter_before_a_decision(rules: list[dict[str, Any]], verdict: Verdict) -> None:
    actions = {"maybe": "Allow", "deny": "Deny"}
    colls = [filter_collection(r["name"], 100 + i, actions[r["name"]], [r]) for i, r in enumerate(rules)]
    result = run(policy_inputs([policy("p")], {"p": [group("p", "g", 100, colls)]}, "p"))
    assert result.verdict is verdict
    assert "FW_IP_GROUP_MISSING" in codes(result)


def test_unreadable_deny_before_default_deny_is_still_blocked() -> None:
    """A rule that may match but can only deny agrees with the default deny: decided, not unknown."""
    coll = filter_collection("c", 100, "Deny", [net_rule("d", dest=["NoSuchTag"])])
    result = run(policy_inputs([policy("p")], {"p": [group("p", "g", 100, [coll])]}, "p"))
    assert result.verdict is Verdict.BLOCKED
    assert "FW_SERVICE_TAG_UNKNOWN" in codes(result)


@pytest.mark.parametrize(
    ("extra", "fqdn", "verdict", "finding"),
    [
        (
            {"targetFqdns": [], "webCategories": ["ComputersAndTechnology"]},
            WEU_HOST,
            Verdict.UNKNOWN,
            "FW_WEB_CATEGORY",
        ),
        ({"targetFqdns": [], "targetUrls": [f"{WEU_HOST}/attest/*"]}, WEU_HOST, Verdict.UNKNOWN, "FW_URL_PATH"),
        ({"targetFqdns": [], "targetUrls": [f"{WEU_HOST}/*"]}, WEU_HOST, Verdict.ALLOWED, None),
        ({"targetFqdns": [], "targetUrls": ["www.test.com/*"]}, WEU_HOST, Verdict.BLOCKED, None),
        ({"targetFqdns": [], "fqdnTags": ["WindowsUpdate"]}, WEU_HOST, Verdict.BLOCKED, None),
        ({"targetFqdns": ["*.attest.azure.net"]}, None, Verdict.UNKNOWN, "FW_HOST_UNKNOWN"),
        ({"targetFqdns": ["*"]}, None, Verdict.ALLOWED, None),
        ({"destinationAddresses": ["AzureAttestation"], "targetFqdns": ["*"]}, WEU_HOST, Verdict.ALLOWED, None),
        ({"destinationAddresses": ["192.0.2.0/24"], "targetFqdns": ["*"]}, WEU_HOST, Verdict.BLOCKED, None),
    ],
)
def test_application_rule_targets(
    extra: dict[str, Any], fqdn: str | None, verdict: Verdict, finding: str | None
) -> None:
    coll = filter_collection("c", 100, "Allow", [app_rule("a", **extra)])
    result = run(policy_inputs([policy("p")], {"p": [group("p", "g", 300, [coll])]}, "p"), fqdn=fqdn)
    assert result.verdict is verdict
    if finding:
        assert finding in codes(result)


# -- odd payloads ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("firewall", "verdict", "finding"),
    [
        ({}, Verdict.BLOCKED, "FW_DEFAULT_DENY"),
        ({"id": FW_ID, "properties": None}, Verdict.BLOCKED, "FW_DEFAULT_DENY"),
        (
            {"id": FW_ID, "properties": {"networkRuleCollections": None, "applicationRuleCollections": [None, 3]}},
            Verdict.BLOCKED,
            "FW_DEFAULT_DENY",
        ),
        (  # case variants of keys, a lone protocol string, an integer port
            {
                "id": FW_ID,
                "Properties": {
                    "NetworkRuleCollections": [
                        {
                            "Name": "c",
                            "Properties": {
                                "Priority": "100",
                                "Action": {"Type": "allow"},
                                "Rules": [
                                    {
                                        "name": "r",
                                        "SourceAddresses": ["*"],
                                        "DestinationAddresses": ["AZUREATTESTATION"],
                                        "DestinationPorts": [443],
                                        "Protocols": "tcp",
                                    }
                                ],
                            },
                        }
                    ]
                },
            },
            Verdict.ALLOWED,
            None,
        ),
        (  # no action: the collection could allow or deny
            {
                "id": FW_ID,
                "properties": {
                    "networkRuleCollections": [
                        {"name": "c", "properties": {"priority": 100, "rules": [classic_net_rule("r", dest=["*"])]}}
                    ]
                },
            },
            Verdict.UNKNOWN,
            "FW_RULE_UNREADABLE",
        ),
        (  # an Allow rule missing its ports cannot be judged
            {
                "id": FW_ID,
                "properties": {
                    "networkRuleCollections": [
                        classic_collection(
                            "c",
                            100,
                            "Allow",
                            [
                                {
                                    "name": "r",
                                    "sourceAddresses": ["*"],
                                    "destinationAddresses": ["*"],
                                    "protocols": ["TCP"],
                                }
                            ],
                        )
                    ]
                },
            },
            Verdict.UNKNOWN,
            "FW_RULE_UNREADABLE",
        ),
    ],
)
def test_odd_payloads(firewall: dict[str, Any], verdict: Verdict, finding: str | None) -> None:
    result = run(firewall)
    assert result.verdict is verdict
    if finding:
        assert finding in codes(result)


def test_unreadable_source_ip_is_unknown() -> None:
    firewall = classic_firewall(network=[classic_collection("c", 100, "Allow", [ALLOW_TAG])])
    assert run(firewall, source_ip="not-an-ip").verdict is Verdict.UNKNOWN


def test_empty_destination_is_unknown() -> None:
    result = run(classic_firewall(), destination=IpRangeSet.EMPTY)
    assert result.verdict is Verdict.UNKNOWN and result.decisions == ()


def test_findings_are_deduplicated() -> None:
    rules = [net_rule(f"r{i}", dest_groups=[ip_group_id("gone")]) for i in range(3)]
    coll = filter_collection("c", 100, "Deny", rules)
    result = run(policy_inputs([policy("p")], {"p": [group("p", "g", 100, [coll])]}, "p"))
    missing = [f for f in result.findings if f.code == "FW_IP_GROUP_MISSING"]
    assert sorted(f.args["rule"] for f in missing) == ["r0", "r1", "r2"]
