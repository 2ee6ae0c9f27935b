"""Sign-in to Microsoft Entra ID: system browser (default), device code, or the Azure CLI's existing login.

The browser and device-code credentials of azure-identity are synchronous (MSAL has no async API), so
:class:`SignIn`'s blocking methods must run in a worker thread (``asyncio.to_thread``); the credential handed to
the async SDK clients is wrapped in :class:`SyncToAsyncCredential` for the same reason (azure-sdk-notes §4).

Silent sign-in after a restart = the saved :class:`AuthenticationRecord` (which account) + the encrypted
persistent token cache (its refresh token); see :mod:`core.azure.signin_store`. The credential is built with
``disable_automatic_authentication=True`` so a background token refresh never pops up a browser: it raises
``AuthenticationRequiredError`` and the GUI decides to ask.

The same code signs in against the simulated identity platform (tests, demos): an
:class:`IdentityEndpoint` with the simulator's ``127.0.0.1:port`` authority and its CA. Instance discovery is
then switched off, because MSAL would ask ``login.microsoftonline.com`` whether the host is a known authority and
azure-identity cannot redirect that request (it only takes a bool, not MSAL's discovery URL).
"""

from __future__ import annotations

import logging
import os
import socket
import ssl
import threading
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from azure.core.credentials import AccessToken, AccessTokenInfo, TokenRequestOptions
from azure.core.pipeline.transport import RequestsTransport
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from core.azure.clouds import CLOUDS, Cloud, CloudName
from core.azure.credentials import SyncToAsyncCredential
from core.azure.session import Endpoint
from core.azure.signin_browser import announcing_browser
from core.azure.signin_errors import SignInError, cancelled, explain
from core.azure.signin_method import SignInMethod
from core.azure.signin_store import AuthRecordStore, TokenCachePlan, clear_token_cache
from core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# Our Entra app registration (public client; redirect URI http://localhost; "Allow public client flows" on for
# device code; delegated permission Azure Service Management / user_impersonation). Not registered yet: until
# then the Azure SDK's development client id is used, which Microsoft asks not to use in production
# (Azure/azure-sdk-for-python#35825). See docs/sign-in.md.
REGISTERED_CLIENT_ID: str | None = None
DEVELOPMENT_CLIENT_ID = "04b07795-8ddb-461a-bbee-02f9e1bf7b46"  # azure-identity's DEVELOPER_SIGN_ON_CLIENT_ID
CLIENT_ID_ENV = "BOOT_INTEGRITY_CLIENT_ID"
DEFAULT_TENANT = "organizations"  # work and school accounts; the tenant is chosen after sign-in
BROWSER_TIMEOUT_S = 300


def client_id() -> str:
    """The client id to sign in with: ``BOOT_INTEGRITY_CLIENT_ID``, else our registration, else the SDK's."""
    return os.environ.get(CLIENT_ID_ENV) or REGISTERED_CLIENT_ID or DEVELOPMENT_CLIENT_ID


METHOD_NAMES = {
    SignInMethod.BROWSER: QT_TRANSLATE_NOOP("SignInMethods", "System browser (recommended)"),
    SignInMethod.DEVICE_CODE: QT_TRANSLATE_NOOP("SignInMethods", "Device code (not recommended)"),
    SignInMethod.AZURE_CLI: QT_TRANSLATE_NOOP("SignInMethods", "Azure CLI sign-in (az login)"),
}


@dataclass(frozen=True, slots=True)
class IdentityEndpoint:
    """Where to sign in: a cloud's Entra authority, or the simulator (``simulator_url`` and its CA)."""

    cloud: Cloud
    authority_host: str
    simulator_url: str | None = None
    ca_path: Path | None = None

    @classmethod
    def for_cloud(cls, name: CloudName) -> IdentityEndpoint:
        cloud = CLOUDS[name]
        return cls(cloud, cloud.authority_host)

    @classmethod
    def simulated(cls, url: str, ca_path: Path) -> IdentityEndpoint:
        return cls(CLOUDS[CloudName.PUBLIC], url.split("://", 1)[-1], url, ca_path)

    @property
    def is_simulated(self) -> bool:
        return self.simulator_url is not None

    def arm_endpoint(self) -> Endpoint:
        if self.simulator_url is not None and self.ca_path is not None:
            return Endpoint.simulated(self.simulator_url, self.ca_path)
        return Endpoint(self.cloud)


@dataclass(frozen=True, slots=True)
class SignedIn:
    username: str
    home_tenant_id: str
    silent: bool  # True when no user interaction was needed (saved record + cache, or the Azure CLI)


DevicePrompt = Callable[[str, str, datetime], None]  # verification URL, user code, expiry; on the worker thread


class SignInCancelledError(Exception):
    """Raised inside the worker thread once the user pressed Cancel."""


class _OsTrustAdapter(HTTPAdapter):
    """HTTPS verified against the OS certificate store (truststore), as the ARM calls are (see session.py).

    ``requests`` alone trusts only certifi's bundle, so behind a TLS-inspecting proxy whose CA the company put into
    the OS store, sign-in failed although every other request worked. certifi's bundle, which requests still
    loads into the context, is trusted in addition.
    """

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, ssl_context=_os_trust_context(), **kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        return super().proxy_manager_for(proxy, ssl_context=_os_trust_context(), **proxy_kwargs)


def _os_trust_context() -> ssl.SSLContext:
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class _CancellableTransport(RequestsTransport):  # type: ignore[misc]
    """Fails the credential's next HTTP request after :meth:`SignIn.cancel`.

    The device-code credential polls the token endpoint until the code expires (15 minutes) and exposes no way to
    stop; its requests are the one place we can interrupt it. With ``os_trust`` (real Azure), HTTPS is verified
    against the OS certificate store (:class:`_OsTrustAdapter`).
    """

    def __init__(self, cancelled_event: threading.Event, *, os_trust: bool = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._cancelled = cancelled_event
        self._os_trust = os_trust

    def _init_session(self, session: Any) -> None:
        super()._init_session(session)
        if self._os_trust:
            # As azure-core's own adapter: no retries in requests, the pipeline's retry policy decides.
            session.mount(
                "https://", _OsTrustAdapter(max_retries=Retry(total=False, redirect=False, raise_on_status=False))
            )

    def send(self, request: Any, **kwargs: Any) -> Any:
        if self._cancelled.is_set():
            raise SignInCancelledError()
        return super().send(request, **kwargs)


def _free_localhost_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("localhost", 0))
        port: int = probe.getsockname()[1]
        return port


class SignIn:
    """One user's sign-in with one method against one cloud (or the simulator).

    Blocking methods (:meth:`try_silent`, :meth:`interactive`) run the MSAL flows; call them with
    ``asyncio.to_thread``. :meth:`cancel` may be called from any thread. Close with :meth:`close`.
    """

    def __init__(
        self,
        method: SignInMethod,
        endpoint: IdentityEndpoint,
        *,
        records: AuthRecordStore,
        cache: TokenCachePlan,
        tenant_id: str = DEFAULT_TENANT,
        prompt: DevicePrompt | None = None,
        timeout_s: int = BROWSER_TIMEOUT_S,
        app_client_id: str | None = None,
        on_browser_opened: Callable[[], None] | None = None,
    ) -> None:
        self.method = method
        self.endpoint = endpoint
        self.records = records
        self.cache = cache
        self.tenant_id = tenant_id
        self.client_id = app_client_id or client_id()
        self._prompt = prompt
        self._on_browser_opened = on_browser_opened
        self._timeout_s = timeout_s
        self._cancelled = threading.Event()
        self._idle = threading.Event()  # cleared while a flow runs in a worker thread
        self._idle.set()
        self._redirect_uri: str | None = None
        self._credential: Any = None
        self.signed_in: SignedIn | None = None

    # -- flows (blocking) ----------------------------------------------------------------------------------

    def try_silent(self) -> SignedIn | None:
        """Sign in without asking the user; None when interaction is needed (no record, cache empty/lost)."""
        if self.method is SignInMethod.AZURE_CLI:
            return self._azure_cli()
        record = self.records.load(self.endpoint.cloud.name.value, self.method.value)
        if record is None:
            return None
        from azure.identity import AuthenticationRequiredError

        self._credential = self._build(record)
        failure: SignInError | None = None
        try:
            self._credential.get_token_info(self.endpoint.cloud.arm_scope)
        except AuthenticationRequiredError:
            return None
        except Exception as error:
            failure = self._failure(error)
        if failure is not None:
            raise failure
        self.signed_in = SignedIn(record.username, record.tenant_id, silent=True)
        return self.signed_in

    def interactive(self) -> SignedIn:
        """Run the browser or device-code flow; saves the AuthenticationRecord for the next start."""
        if self.method is SignInMethod.AZURE_CLI:
            return self._azure_cli()
        self._cancelled.clear()
        if self._credential is None:
            self._credential = self._build(None)
        failure: SignInError | None = None
        self._idle.clear()
        try:
            with announcing_browser(self._on_browser_opened):  # tells when a browser window really opened
                record = self._credential.authenticate(scopes=[self.endpoint.cloud.arm_scope])
        except BaseException as error:
            failure = self._failure(error)
        finally:
            self._idle.set()
        if failure is not None:
            raise failure  # outside the except block: no __context__ (see _failure)
        if self._cancelled.is_set():
            raise cancelled()
        self.records.save(self.endpoint.cloud.name.value, self.method.value, record)
        self.signed_in = SignedIn(record.username, record.tenant_id, silent=False)
        return self.signed_in

    def cancel(self) -> None:
        """Stop a running :meth:`interactive` (from any thread); the worker ends within one poll interval."""
        self._cancelled.set()
        redirect_uri = self._redirect_uri
        if self.method is SignInMethod.BROWSER and redirect_uri:
            # The browser credential blocks in its localhost redirect server until something arrives: send it an
            # error response, as Entra would after "Cancel". MSAL then fails (state mismatch) and the thread ends.
            try:
                with urllib.request.urlopen(
                    f"{redirect_uri}/?error=access_denied&error_description=cancelled", timeout=2
                ):
                    pass
            except OSError:
                pass  # already gone

    def _failure(self, error: BaseException) -> SignInError:
        """The error to show. Raised without chaining on purpose: azure-identity's exception carries the HTTP
        response, and keeping that alive keeps its TLS connection open after close() (measured); its text is kept
        in ``detail``."""
        log.warning("%s sign-in failed: %s", self.method.value, str(error))  # str: keep no reference
        return cancelled() if self._cancelled.is_set() else explain(error)

    # -- credentials for the SDK ---------------------------------------------------------------------------

    def async_credential(self, tenant_id: str | None = None) -> Any:
        """An async credential for ARM clients, pinned to ``tenant_id`` (default: the sign-in tenant)."""
        if self.method is SignInMethod.AZURE_CLI:
            from azure.identity.aio import AzureCliCredential

            return AzureCliCredential(tenant_id=tenant_id) if tenant_id else AzureCliCredential()
        if self._credential is None:
            raise RuntimeError("not signed in")
        return TenantCredential(SyncToAsyncCredential(self._credential), tenant_id)

    def close(self, wait_s: float = 10.0) -> None:
        """Cancel a running flow, wait (bounded) for its worker thread to let go, then close the credential."""
        if not self._idle.is_set():
            self.cancel()
            self._idle.wait(wait_s)
        credential, self._credential = self._credential, None
        if credential is not None:
            credential.close()

    # -- internals -----------------------------------------------------------------------------------------

    def _common_kwargs(self) -> dict[str, Any]:
        simulated = self.endpoint.is_simulated
        transport_kwargs: dict[str, Any] = {"use_env_settings": not simulated}  # never proxy loopback
        if self.endpoint.ca_path is not None:
            transport_kwargs["connection_verify"] = str(self.endpoint.ca_path)
        else:
            transport_kwargs["os_trust"] = True
        kwargs: dict[str, Any] = {
            "client_id": self.client_id,
            "tenant_id": self.tenant_id,
            "authority": self.endpoint.authority_host,
            "additionally_allowed_tenants": ["*"],  # the tenant is chosen after sign-in
            "disable_automatic_authentication": True,
            "transport": _CancellableTransport(self._cancelled, **transport_kwargs),
        }
        if simulated:
            kwargs["disable_instance_discovery"] = True
        if self.cache.options is not None:
            kwargs["cache_persistence_options"] = self.cache.options
        return kwargs

    def _build(self, record: Any) -> Any:
        from azure.identity import DeviceCodeCredential, InteractiveBrowserCredential

        kwargs = self._common_kwargs()
        if record is not None:
            # The record names its own authority and home tenant; azure-identity refuses both being given twice.
            kwargs["authentication_record"] = record
            del kwargs["authority"], kwargs["tenant_id"]
        if self.method is SignInMethod.DEVICE_CODE:
            return DeviceCodeCredential(prompt_callback=self._device_prompt, **kwargs)  # polls until the code expires
        # Our own port, so that Cancel can reach the credential's redirect server (see cancel()). Entra ignores
        # the port of http://localhost redirect URIs of public clients.
        self._redirect_uri = f"http://localhost:{_free_localhost_port()}"
        return InteractiveBrowserCredential(redirect_uri=self._redirect_uri, timeout=self._timeout_s, **kwargs)

    def _device_prompt(self, verification_uri: str, user_code: str, expires_on: datetime) -> None:
        if self._cancelled.is_set():
            raise SignInCancelledError()
        if self._prompt is not None:
            self._prompt(verification_uri, user_code, expires_on)

    def _azure_cli(self) -> SignedIn:
        from azure.identity import AzureCliCredential

        tenant = self.tenant_id if self.tenant_id not in {DEFAULT_TENANT, "common"} else None
        try:
            token = AzureCliCredential(tenant_id=tenant or "").get_token(self.endpoint.cloud.arm_scope)
        except Exception as error:
            from core.azure.signin_errors import AZURE_CLI_MISSING

            raise SignInError(AZURE_CLI_MISSING, str(error), retryable=True) from error
        claims = _claims(token.token)
        self.signed_in = SignedIn(
            str(claims.get("upn") or claims.get("unique_name") or ""), str(claims.get("tid", "")), silent=True
        )
        return self.signed_in


def _claims(jwt: str) -> dict[str, Any]:
    """Unverified JWT claims (display only: who is signed in, which tenant)."""
    import base64
    import json

    try:
        payload = jwt.split(".")[1]
        decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return decoded
    except (IndexError, ValueError):
        return {}


class TenantCredential:
    """Asks the shared signed-in credential for tokens of one tenant.

    Does not own the inner credential: :meth:`SignIn.close` does, so several sessions (one per tenant) can share
    one sign-in and one token cache.
    """

    def __init__(self, inner: SyncToAsyncCredential, tenant_id: str | None) -> None:
        self._inner = inner
        self.tenant_id = tenant_id

    async def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        if self.tenant_id:
            kwargs["tenant_id"] = self.tenant_id
        return await self._inner.get_token(*scopes, **kwargs)

    async def get_token_info(self, *scopes: str, options: TokenRequestOptions | None = None) -> AccessTokenInfo:
        merged: TokenRequestOptions = dict(options or {})  # type: ignore[assignment]
        if self.tenant_id:
            merged["tenant_id"] = self.tenant_id
        return await self._inner.get_token_info(*scopes, options=merged)

    async def close(self) -> None:
        return None

    async def __aenter__(self) -> TenantCredential:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


def reset_authentication(records: AuthRecordStore | None = None, cache: TokenCachePlan | None = None) -> int:
    """Forget every saved sign-in: authentication records and the persistent token cache ("Help > Reset").

    Returns the number of records and cache entries removed. Blocking (keyring): run off the GUI thread.
    """
    removed = (records or AuthRecordStore()).delete_all()
    if cache is not None:
        removed += clear_token_cache(cache)
    return removed
