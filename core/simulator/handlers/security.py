"""Microsoft.Security: Defender for Cloud assessments of a resource and the subscription's pricings (plans).

Assessments are snapshot resources of type ``Microsoft.Security/assessments`` whose ids sit under the assessed
resource (``{vm}/providers/Microsoft.Security/assessments/{key}``). A subscription without a stored pricing is
on the Free tier, as in Azure (every plan exists; Free until enabled).
"""

from __future__ import annotations

from typing import Any

from core.simulator.errors import ArmError
from core.simulator.handlers.common import require
from core.simulator.handlers.scoped import ScopedRoute, check_scope_exists
from core.simulator.http import Call, Reply
from core.simulator.ids import id_key, parse_id
from core.simulator.paging import paged

ASSESSMENT_TYPE = "microsoft.security/assessments"
PRICING_TYPE = "Microsoft.Security/pricings"
_NS = r"/providers/Microsoft\.Security"


def _assessments_under(call: Call, scope: str) -> list[dict[str, Any]]:
    prefix = id_key(scope) + "/providers/microsoft.security/assessments/"
    return [
        r
        for r in call.state.store.all_resources()
        if str(r.get("type", "")).lower() == ASSESSMENT_TYPE and id_key(str(r["id"])).startswith(prefix)
    ]


def _scope_resource(call: Call) -> str:
    scope = call.params["scope"]
    check_scope_exists(call, scope)
    if "/providers/" in scope.lower():
        require(call, scope)  # the assessed resource must exist
    return scope


async def list_assessments(call: Call) -> Reply:
    return paged(call, _assessments_under(call, _scope_resource(call)))


async def get_assessment(call: Call) -> Reply:
    scope = _scope_resource(call)
    wanted = id_key(f"{scope}/providers/Microsoft.Security/assessments/{call.params['name']}")
    for item in _assessments_under(call, scope):
        if id_key(str(item["id"])) == wanted:
            return Reply(200, item)
    raise ArmError(404, "NotFound", "The requested assessment was not found.")


def _pricing(call: Call, sub: str, name: str) -> dict[str, Any]:
    rid = f"/subscriptions/{sub}/providers/Microsoft.Security/pricings/{name}"
    stored = call.state.store.get(rid)
    if stored is not None:
        return stored
    return {
        "id": rid,
        "name": name,
        "type": PRICING_TYPE,
        "properties": {"pricingTier": "Free", "freeTrialRemainingTime": "P30D"},
    }


async def get_pricing(call: Call) -> Reply:
    scope = call.params["scope"]
    check_scope_exists(call, scope)
    return Reply(200, _pricing(call, parse_id(scope).subscription, call.params["name"]))




def routes() -> list[ScopedRoute]:
    read = "Microsoft.Security/assessments/read"
    return [
        ScopedRoute("GET", "", "Assessments_List", list_assessments, read, suffix=rf"{_NS}/assessments"),
        ScopedRoute("GET", "", "Assessments_Get", get_assessment, read, suffix=rf"{_NS}/assessments/(?P<name>[^/]+)"),
        ScopedRoute(
            "GET",
            "",
            "Pricings_Get",
            get_pricing,
            "Microsoft.Security/pricings/read",
            suffix=rf"{_NS}/pricings/(?P<name>[^/]+)",
        ),
    ]
