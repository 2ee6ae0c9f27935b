"""Async credentials: a static token for the simulated tenant and a thread wrapper for sync sign-in flows."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from azure.core.credentials import AccessToken, AccessTokenInfo, TokenCredential, TokenRequestOptions


class StaticTokenCredential:
    """Returns a constant bearer token. Only for the simulated tenant, which accepts any non-empty token."""

    def __init__(self, token: str = "simulated-tenant-token", lifetime_s: int = 3600) -> None:
        self._token = token
        self._lifetime_s = lifetime_s

    async def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken(self._token, int(time.time()) + self._lifetime_s)

    async def get_token_info(self, *scopes: str, options: TokenRequestOptions | None = None) -> AccessTokenInfo:
        return AccessTokenInfo(self._token, int(time.time()) + self._lifetime_s)

    async def close(self) -> None:
        return None

    async def __aenter__(self) -> StaticTokenCredential:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


class SyncToAsyncCredential:
    """Runs a synchronous azure-identity credential (browser, device code) in a worker thread.

    Those credentials are sync-only because MSAL has no async API; calling them on the event loop would freeze
    the GUI for the whole sign-in (azure-sdk-notes §4).
    """

    def __init__(self, sync_credential: TokenCredential) -> None:
        self._credential = sync_credential

    async def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return await asyncio.to_thread(self._credential.get_token, *scopes, **kwargs)

    async def get_token_info(self, *scopes: str, options: TokenRequestOptions | None = None) -> AccessTokenInfo:
        get_info = getattr(self._credential, "get_token_info", None)
        if get_info is None:
            token = await self.get_token(*scopes)
            return AccessTokenInfo(token.token, token.expires_on)
        result: AccessTokenInfo = await asyncio.to_thread(get_info, *scopes, options=options)
        return result

    async def close(self) -> None:
        close = getattr(self._credential, "close", None)
        if close is not None:
            await asyncio.to_thread(close)

    async def __aenter__(self) -> SyncToAsyncCredential:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
