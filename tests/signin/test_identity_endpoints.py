"""The simulated identity endpoints' wire shapes, and the parts of the platform tests cannot reach through MSAL."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from core.azure.signin_errors import AADSTS_MESSAGES, UNKNOWN_AADSTS, aadsts_code, explain
from core.simulator.identity import AadError, IdentityError, IdentityPlatform, pkce_matches
from tests.signin.conftest import SimIdentity


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _error(sim: SimIdentity, url: str, data: dict[str, str] | None = None) -> tuple[int, dict[str, object]]:
    with pytest.raises(urllib.error.HTTPError) as caught:
        sim.get(url, data)
    with caught.value as response:
        return response.code, json.loads(response.read())


def test_openid_configuration_points_back_at_the_simulator(sim: SimIdentity) -> None:
    config = json.loads(sim.get(f"{sim.background.endpoint}/organizations/v2.0/.well-known/openid-configuration"))
    base = sim.background.endpoint
    assert config["issuer"] == f"{base}/{{tenantid}}/v2.0"
    assert config["token_endpoint"] == f"{base}/organizations/oauth2/v2.0/token"
    assert config["device_authorization_endpoint"] == f"{base}/organizations/oauth2/v2.0/devicecode"
    assert config["authorization_endpoint"] == f"{base}/organizations/oauth2/v2.0/authorize"


def test_unknown_tenant_answers_aadsts90002(sim: SimIdentity) -> None:
    status, body = _error(
        sim, f"{sim.background.endpoint}/00000000-0000-0000-0000-000000000000/v2.0/.well-known/openid-configuration"
    )
    assert status == 400
    assert body["error"] == "invalid_request" and body["error_codes"] == [90002]
    assert str(body["error_description"]).startswith("AADSTS90002: ")


def test_token_endpoint_errors_have_entra_shape(sim: SimIdentity) -> None:
    url = f"{sim.background.endpoint}/organizations/oauth2/v2.0/token"
    status, body = _error(sim, url, {"grant_type": "refresh_token", "refresh_token": "nope", "client_id": "c"})
    assert status == 400 and body["error"] == "invalid_grant" and body["error_codes"] == [700082]
    assert {"trace_id", "correlation_id", "timestamp", "error_uri"} <= body.keys()


def test_authorize_with_query_mode_redirects_with_code_and_state(sim: SimIdentity) -> None:
    query = {
        "client_id": "c",
        "response_type": "code",
        "redirect_uri": "http://localhost:1234",
        "scope": "openid",
        "state": "s1",
        "code_challenge": "x" * 43,
        "code_challenge_method": "S256",
    }
    opener = urllib.request.build_opener(_NoRedirect, urllib.request.HTTPSHandler(context=sim.context))
    url = f"{sim.background.endpoint}/organizations/oauth2/v2.0/authorize?{urllib.parse.urlencode(query)}"
    with pytest.raises(urllib.error.HTTPError) as caught:
        opener.open(url, timeout=10)
    with caught.value as response:
        assert response.code == 302
        location = urllib.parse.urlsplit(response.headers["Location"])
    params = dict(urllib.parse.parse_qsl(location.query))
    assert location.netloc == "localhost:1234" and params["state"] == "s1" and params["code"]


def test_authorization_code_is_bound_to_pkce_and_single_use() -> None:
    platform = IdentityPlatform("5a1d8e2c-7f43-4b9a-9e61-0c2b7d4f8a35")
    verifier = "v" * 50
    import base64
    import hashlib

    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    query = {
        "client_id": "c",
        "response_type": "code",
        "redirect_uri": "http://localhost:1",
        "state": "s",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "scope": "openid offline_access",
    }
    code = platform.authorize(query).params["code"]
    redeem = {"grant_type": "authorization_code", "code": code, "redirect_uri": "http://localhost:1"}
    with pytest.raises(IdentityError) as wrong:
        platform.token("organizations", {**redeem, "code_verifier": "w" * 50})
    assert wrong.value.error is AadError.PKCE_MISMATCH
    with pytest.raises(IdentityError) as reused:  # the failed attempt consumed the code
        platform.token("organizations", {**redeem, "code_verifier": verifier})
    assert reused.value.error is AadError.CODE_EXPIRED
    code = platform.authorize(query).params["code"]
    tokens = platform.token("organizations", {**redeem, "code": code, "code_verifier": verifier})
    assert tokens["access_token"].count(".") == 2 and tokens["refresh_token"]
    assert pkce_matches(verifier, challenge, "S256") and not pkce_matches(verifier, challenge, "plain")


def test_every_simulated_aadsts_error_has_a_plain_message() -> None:
    for error in AadError:
        if error is AadError.AUTHORIZATION_PENDING:
            continue  # MSAL keeps polling; never shown
        explained = explain(RuntimeError(f"Authentication failed: AADSTS{error.code}: {error.description}"))
        assert explained.code == f"AADSTS{error.code}"
        assert explained.message == AADSTS_MESSAGES[error.code]
    assert explain(RuntimeError("AADSTS1234: new")).message == UNKNOWN_AADSTS
    assert aadsts_code("no code here") is None
