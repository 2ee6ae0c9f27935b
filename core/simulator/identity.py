"""A simulated Microsoft identity platform (Entra ID v2.0 endpoints) for the real azure-identity credentials.

Holds the grants in flight (device codes, authorization codes with their PKCE challenge, refresh tokens) and
issues tokens. The HTTP side lives in :mod:`core.simulator.handlers.identity`; this module knows nothing of
aiohttp so it can be unit-tested and driven directly by tests (approve a device code, script an AADSTS error).

Tokens are unsigned but well-formed JWTs (``alg: none``): MSAL ≥ 1.38 does not validate ID tokens, and the
simulated ARM accepts any bearer token, so a signature would prove nothing here.

Thread safety: the server runs on its own loop thread (``BackgroundSimulator``) while a test thread approves
device codes or scripts failures, so every public method takes the lock.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from typing import Any

# Tenants MSAL may name instead of a GUID; each resolves to the signing-in user's home tenant.
META_TENANTS = frozenset({"common", "organizations", "consumers"})


class AadError(Enum):
    """AADSTS errors the simulator can answer with: (OAuth error, AADSTS number, Entra's description)."""

    AUTHORIZATION_PENDING = ("authorization_pending", 70016, "OAuth 2.0 device flow error. Authorization is pending.")
    DEVICE_CODE_EXPIRED = ("expired_token", 70019, "Verification code expired.")
    AUTHORIZATION_DECLINED = ("authorization_declined", 70020, "The user declined the authorization request.")
    CODE_EXPIRED = (
        "invalid_grant",
        70008,
        "The provided authorization code or refresh token has expired due to inactivity. Send a new interactive "
        "authorization request for this user and resource.",
    )
    MFA_REQUIRED = (
        "invalid_grant",
        50076,
        "Due to a configuration change made by your administrator, or because you moved to a new location, you "
        "must use multi-factor authentication to access '797f4846-ba00-4fd7-ba43-dac1f8f63013'.",
    )
    CONDITIONAL_ACCESS_BLOCKED = ("invalid_grant", 53003, "Access has been blocked by Conditional Access policies.")
    REFRESH_TOKEN_INACTIVE = (
        "invalid_grant",
        700082,
        "The refresh token has expired due to inactivity. The token was issued on 2025-01-01T00:00:00Z and was "
        "inactive for 90.00:00:00.",
    )
    USER_NOT_IN_TENANT = (
        "invalid_grant",
        50020,
        "User account from identity provider does not exist in tenant and cannot access the application.",
    )
    TENANT_NOT_FOUND = ("invalid_request", 90002, "Tenant not found.")
    APPLICATION_NOT_FOUND = (
        "unauthorized_client",
        700016,
        "Application with identifier was not found in the directory.",
    )
    PUBLIC_CLIENT_DISABLED = (
        "invalid_client",
        7000218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    )
    PKCE_MISMATCH = ("invalid_grant", 501481, "The Code_Verifier does not match the code_challenge supplied.")
    REDIRECT_URI_MISMATCH = (
        "invalid_request",
        50011,
        "The redirect URI specified in the request does not match the redirect URIs configured for the application.",
    )
    USER_DECLINED_CONSENT = ("access_denied", 65004, "User declined to consent to access the app.")

    @property
    def error(self) -> str:
        return str(self.value[0])

    @property
    def code(self) -> int:
        return int(self.value[1])

    @property
    def description(self) -> str:
        return str(self.value[2])


def error_body(error: AadError, *, now: float | None = None) -> dict[str, Any]:
    """The JSON body Entra ID sends with a 400/401: the AADSTS number leads ``error_description``."""
    trace_id, correlation_id = str(uuid.uuid4()), str(uuid.uuid4())
    stamp = datetime.fromtimestamp(now if now is not None else time.time(), UTC).strftime("%Y-%m-%d %H:%M:%SZ")
    return {
        "error": error.error,
        "error_description": (
            f"AADSTS{error.code}: {error.description} Trace ID: {trace_id} Correlation ID: {correlation_id} "
            f"Timestamp: {stamp}"
        ),
        "error_codes": [error.code],
        "timestamp": stamp,
        "trace_id": trace_id,
        "correlation_id": correlation_id,
        "error_uri": f"https://login.microsoftonline.com/error?code={error.code}",
    }


class IdentityError(Exception):
    """A token-endpoint or authorize failure, answered as an AADSTS error body."""

    def __init__(self, error: AadError, status: int = 400) -> None:
        super().__init__(f"AADSTS{error.code}")
        self.error = error
        self.status = status


@dataclass(frozen=True)
class SimUser:
    upn: str
    display_name: str
    home_tenant: str
    tenants: tuple[str, ...]
    oid: str = field(default_factory=lambda: str(uuid.uuid4()))


@dataclass
class _DeviceGrant:
    device_code: str
    user_code: str
    client_id: str
    tenant: str
    scopes: tuple[str, ...]
    expires_at: float
    user: SimUser | None = None
    declined: bool = False


@dataclass
class _AuthCodeGrant:
    client_id: str
    redirect_uri: str
    code_challenge: str
    code_challenge_method: str
    scopes: tuple[str, ...]
    nonce: str | None
    tenant: str
    user: SimUser
    expires_at: float


@dataclass
class _RefreshGrant:
    client_id: str
    user: SimUser
    scopes: tuple[str, ...]


@dataclass(frozen=True)
class AuthorizeResult:
    """Where the "browser" goes after the sign-in page: ``redirect_uri`` with these parameters."""

    redirect_uri: str
    params: dict[str, str]
    response_mode: str  # "query" (302 redirect) or "form_post" (auto-submitted HTML form)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unsigned_jwt(claims: dict[str, Any]) -> str:
    """A well-formed JWT without signature (RFC 7519 §6 "unsecured JWT")."""
    header = {"typ": "JWT", "alg": "none"}
    return f"{_b64url(json.dumps(header).encode())}.{_b64url(json.dumps(claims).encode())}."


def pkce_matches(verifier: str, challenge: str, method: str) -> bool:
    if method.upper() == "S256":
        return secrets.compare_digest(_b64url(hashlib.sha256(verifier.encode("ascii")).digest()), challenge)
    return secrets.compare_digest(verifier, challenge)  # "plain", allowed by RFC 7636 but never sent by MSAL


class IdentityPlatform:
    """The grants and users of one simulated Entra ID; ``issuer_base`` is the simulator's https origin."""

    DEVICE_CODE_LIFETIME_S = 900
    AUTH_CODE_LIFETIME_S = 600

    def __init__(self, home_tenant: str, *, poll_interval_s: int = 1, access_token_lifetime_s: int = 3600) -> None:
        self._lock = threading.Lock()
        self.home_tenant = home_tenant
        self.issuer_base = "https://127.0.0.1"  # the handler sets the simulator's origin (port known only then)
        self.poll_interval_s = poll_interval_s  # Entra says 5; tests want fast polling
        self.access_token_lifetime_s = access_token_lifetime_s
        self.users: dict[str, SimUser] = {}
        self.default_user = self.add_user("alex.admin@contoso.example", "Alex Admin")
        self._device: dict[str, _DeviceGrant] = {}
        self._codes: dict[str, _AuthCodeGrant] = {}
        self._refresh: dict[str, _RefreshGrant] = {}
        self._scripted: deque[AadError] = deque()
        self.grants_seen: list[str] = []  # grant_type of every token request, for assertions

    # -- set-up and scripting (tests) ----------------------------------------------------------------------

    def add_user(self, upn: str, display_name: str, *, tenants: tuple[str, ...] = ()) -> SimUser:
        user = SimUser(upn, display_name, self.home_tenant, (self.home_tenant, *tenants))
        self.users[upn.lower()] = user
        return user

    def fail_next_token_request(self, error: AadError) -> None:
        """The next token request (any grant) fails with ``error``; queue several for several requests."""
        with self._lock:
            self._scripted.append(error)

    def revoke_refresh_tokens(self) -> None:
        """Every refresh token is forgotten: silent sign-in then fails with AADSTS700082."""
        with self._lock:
            self._refresh.clear()

    def expire_device_codes(self) -> None:
        with self._lock:
            for grant in self._device.values():
                grant.expires_at = 0.0

    # -- the user at the browser ---------------------------------------------------------------------------

    def approve_device_code(self, user_code: str, upn: str | None = None, *, decline: bool = False) -> bool:
        """The user entered ``user_code`` at the verification page and signed in (or declined)."""
        with self._lock:
            for grant in self._device.values():
                if grant.user_code.upper() == user_code.strip().upper():
                    grant.user = self._user(upn)
                    grant.declined = decline
                    return True
        return False

    def authorize(self, query: dict[str, str], upn: str | None = None, *, decline: bool = False) -> AuthorizeResult:
        """The sign-in page: validate the request, issue a one-time code bound to the PKCE challenge.

        ``decline``: the user cancelled on the sign-in page; Entra then redirects with ``access_denied``.
        """
        redirect_uri = query.get("redirect_uri", "")
        if not redirect_uri.startswith(("http://localhost", "http://127.0.0.1")):
            raise IdentityError(AadError.REDIRECT_URI_MISMATCH)
        mode = query.get("response_mode") or "query"
        params = {"state": query.get("state", "")}
        if query.get("response_type") != "code" or not query.get("code_challenge"):
            # Public clients must use PKCE; Entra rejects a code request without a challenge (AADSTS9002325).
            params.update(
                error="invalid_request",
                error_description="AADSTS9002325: Proof Key for Code Exchange is required for cross-origin "
                "authorization code redemption.",
            )
            return AuthorizeResult(redirect_uri, params, mode)
        if decline:
            body = error_body(AadError.USER_DECLINED_CONSENT)
            params.update(error=body["error"], error_description=body["error_description"])
            return AuthorizeResult(redirect_uri, params, mode)
        with self._lock:
            tenant = self._tenant_for(query.get("tenant", "organizations"))
            code = secrets.token_urlsafe(32)
            user = self._user(upn)
            self._codes[code] = _AuthCodeGrant(
                client_id=query.get("client_id", ""),
                redirect_uri=redirect_uri,
                code_challenge=query["code_challenge"],
                code_challenge_method=query.get("code_challenge_method", "plain"),
                scopes=tuple(query.get("scope", "").split()),
                nonce=query.get("nonce"),
                tenant=tenant,
                user=user,
                expires_at=time.time() + self.AUTH_CODE_LIFETIME_S,
            )
        params.update(code=code, client_info=self._client_info(user), session_state=str(uuid.uuid4()))
        return AuthorizeResult(redirect_uri, params, mode)

    # -- endpoints -----------------------------------------------------------------------------------------

    def openid_configuration(self, tenant: str) -> dict[str, Any]:
        with self._lock:
            if tenant.lower() not in META_TENANTS and tenant.lower() not in self._known_tenants():
                raise IdentityError(AadError.TENANT_NOT_FOUND)
        base = self.issuer_base
        # Entra publishes the literal "{tenantid}" in the issuer of the meta tenants.
        issuer_tenant = "{tenantid}" if tenant.lower() in META_TENANTS else tenant
        return {
            "issuer": f"{base}/{issuer_tenant}/v2.0",
            "authorization_endpoint": f"{base}/{tenant}/oauth2/v2.0/authorize",
            "token_endpoint": f"{base}/{tenant}/oauth2/v2.0/token",
            "device_authorization_endpoint": f"{base}/{tenant}/oauth2/v2.0/devicecode",
            "end_session_endpoint": f"{base}/{tenant}/oauth2/v2.0/logout",
            "jwks_uri": f"{base}/{tenant}/discovery/v2.0/keys",
            "response_modes_supported": ["query", "fragment", "form_post"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt", "client_secret_basic"],
            "claims_supported": ["sub", "iss", "aud", "exp", "iat", "nonce", "tid", "oid", "preferred_username"],
            "tenant_region_scope": "EU",
            "cloud_instance_name": "simulated.localhost",
            "request_uri_parameter_supported": False,
            "http_logout_supported": True,
            "frontchannel_logout_supported": True,
        }

    def instance_discovery(self, authorization_endpoint: str) -> dict[str, Any]:
        """``/common/discovery/instance``: MSAL's authority validation, answered for our own host."""
        host = self.issuer_base.split("://", 1)[-1]
        tenant = authorization_endpoint.split(host, 1)[-1].strip("/").split("/", 1)[0] or "common"
        return {
            "tenant_discovery_endpoint": f"{self.issuer_base}/{tenant}/v2.0/.well-known/openid-configuration",
            "api-version": "1.1",
            "metadata": [{"preferred_network": host, "preferred_cache": host, "aliases": [host]}],
        }

    def start_device_flow(self, tenant: str, form: dict[str, str]) -> dict[str, Any]:
        with self._lock:
            tenant_id = self._tenant_for(tenant)
            device_code = secrets.token_urlsafe(48)
            user_code = "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9))
            self._device[device_code] = _DeviceGrant(
                device_code=device_code,
                user_code=user_code,
                client_id=form.get("client_id", ""),
                tenant=tenant_id,
                scopes=tuple(form.get("scope", "").split()),
                expires_at=time.time() + self.DEVICE_CODE_LIFETIME_S,
            )
        verification_uri = f"{self.issuer_base}/devicelogin"
        return {
            "user_code": user_code,
            "device_code": device_code,
            "verification_uri": verification_uri,
            "expires_in": self.DEVICE_CODE_LIFETIME_S,
            "interval": self.poll_interval_s,
            "message": (
                f"To sign in, use a web browser to open the page {verification_uri} and enter the code {user_code} "
                "to authenticate."
            ),
        }

    def token(self, tenant: str, form: dict[str, str]) -> dict[str, Any]:
        grant_type = form.get("grant_type", "")
        with self._lock:
            self.grants_seen.append(grant_type)
            if self._scripted:
                raise IdentityError(self._scripted.popleft())
            if grant_type == "urn:ietf:params:oauth:grant-type:device_code":
                return self._redeem_device_code(form)
            if grant_type == "authorization_code":
                return self._redeem_auth_code(form)
            if grant_type == "refresh_token":
                return self._redeem_refresh_token(tenant, form)
        raise IdentityError(AadError.CODE_EXPIRED)  # unsupported grant: Entra says invalid_grant too

    # -- internals (lock held) -----------------------------------------------------------------------------

    def _known_tenants(self) -> set[str]:
        return {t.lower() for user in self.users.values() for t in user.tenants}

    def _tenant_for(self, tenant: str) -> str:
        if tenant.lower() in META_TENANTS:
            return self.home_tenant
        if tenant.lower() not in self._known_tenants():
            raise IdentityError(AadError.TENANT_NOT_FOUND)
        return tenant.lower()

    def _user(self, upn: str | None) -> SimUser:
        if upn is None:
            return self.default_user
        user = self.users.get(upn.lower())
        if user is None:
            raise IdentityError(AadError.USER_NOT_IN_TENANT)
        return user

    def _redeem_device_code(self, form: dict[str, str]) -> dict[str, Any]:
        grant = self._device.get(form.get("device_code", ""))
        if grant is None or grant.expires_at < time.time():
            self._device.pop(form.get("device_code", ""), None)
            raise IdentityError(AadError.DEVICE_CODE_EXPIRED)
        if grant.declined:
            del self._device[grant.device_code]
            raise IdentityError(AadError.AUTHORIZATION_DECLINED)
        if grant.user is None:
            raise IdentityError(AadError.AUTHORIZATION_PENDING)
        del self._device[grant.device_code]
        return self._issue(grant.client_id, grant.user, grant.tenant, grant.scopes, nonce=None)

    def _redeem_auth_code(self, form: dict[str, str]) -> dict[str, Any]:
        grant = self._codes.pop(form.get("code", ""), None)  # one-time use, even when redemption fails
        if grant is None or grant.expires_at < time.time():
            raise IdentityError(AadError.CODE_EXPIRED)
        if form.get("redirect_uri") != grant.redirect_uri:
            raise IdentityError(AadError.REDIRECT_URI_MISMATCH)
        if not pkce_matches(form.get("code_verifier", ""), grant.code_challenge, grant.code_challenge_method):
            raise IdentityError(AadError.PKCE_MISMATCH)
        scopes = tuple(form.get("scope", "").split()) or grant.scopes
        return self._issue(grant.client_id, grant.user, grant.tenant, scopes, nonce=grant.nonce)

    def _redeem_refresh_token(self, tenant: str, form: dict[str, str]) -> dict[str, Any]:
        old = self._refresh.pop(form.get("refresh_token", ""), None)
        if old is None:
            raise IdentityError(AadError.REFRESH_TOKEN_INACTIVE)
        tenant_id = self._tenant_for(tenant)
        if tenant_id not in {t.lower() for t in old.user.tenants}:
            raise IdentityError(AadError.USER_NOT_IN_TENANT)
        scopes = tuple(form.get("scope", "").split()) or old.scopes
        return self._issue(old.client_id, old.user, tenant_id, scopes, nonce=None)

    def _client_info(self, user: SimUser) -> str:
        return _b64url(json.dumps({"uid": user.oid, "utid": user.home_tenant}).encode())

    def _issue(
        self, client_id: str, user: SimUser, tenant: str, scopes: tuple[str, ...], *, nonce: str | None
    ) -> dict[str, Any]:
        now = int(time.time())
        resource_scopes = [s for s in scopes if s not in {"openid", "profile", "offline_access", "email"}]
        audience = resource_scopes[0].rsplit("/.default", 1)[0] if resource_scopes else client_id
        common = {
            "iss": f"{self.issuer_base}/{tenant}/v2.0",
            "iat": now,
            "nbf": now,
            "tid": tenant,
            "oid": user.oid,
            "sub": user.oid,
        }
        access = unsigned_jwt(
            {
                **common,
                "aud": audience,
                "exp": now + self.access_token_lifetime_s,
                "upn": user.upn,
                "name": user.display_name,
                "appid": client_id,
                "scp": "user_impersonation",
                "ver": "2.0",
            }
        )
        id_claims = {
            **common,
            "aud": client_id,
            "exp": now + 3600,
            "preferred_username": user.upn,
            "name": user.display_name,
            "ver": "2.0",
        }
        if nonce:
            id_claims["nonce"] = nonce
        refresh = secrets.token_urlsafe(48)
        self._refresh[refresh] = _RefreshGrant(client_id, user, scopes)
        return {
            "token_type": "Bearer",
            "scope": " ".join(resource_scopes) or "openid profile",
            "expires_in": self.access_token_lifetime_s,
            "ext_expires_in": self.access_token_lifetime_s,
            "access_token": access,
            "refresh_token": refresh,
            "id_token": unsigned_jwt(id_claims),
            "client_info": self._client_info(user),
        }
