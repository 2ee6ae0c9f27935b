"""What survives a restart: the AuthenticationRecord (no secrets) and the encrypted MSAL token cache.

Together they give a silent sign-in after a restart: the record names the account, the cache holds its refresh
token. The cache is encrypted by the OS (DPAPI on Windows, Keychain on macOS, the Secret Service via libsecret on
Linux). Where no keyring is available (headless Linux, SSH, no gnome-keyring/KWallet, no PyGObject) the wizard
keeps tokens **in memory only** and says so: it never falls back to a plaintext file
(``allow_unencrypted_storage`` stays False; azure-identity's TOKEN_CACHING.md calls that fallback
"not recommended" — a copied file would fully compromise the account).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from azure.identity import AuthenticationRecord, TokenCachePersistenceOptions

log = logging.getLogger(__name__)

APP_DIR_NAME = "BootIntegrityWizard"
DATA_DIR_ENV = "BOOT_INTEGRITY_DATA_DIR"  # tests and portable installs point this elsewhere
TOKEN_CACHE_NAME = "boot-integrity-wizard"  # isolates our cache from other apps' shared "msal.cache"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


class CacheProtection(StrEnum):
    ENCRYPTED = "encrypted"  # persisted, protected by the OS keyring / DPAPI / Keychain
    MEMORY_ONLY = "memory-only"  # no keyring: tokens live as long as the process


class KeyringProblem(StrEnum):
    """Why no keyring could be used: the next step differs (install a library vs. start a keyring)."""

    NO_LIBRARY = "no-library"  # PyGObject or libsecret's typelib missing: the backend cannot even be loaded
    NO_SERVICE = "no-service"  # the backend loaded, but no Secret Service answered (SSH, headless, locked)


@dataclass(frozen=True)
class TokenCachePlan:
    """How tokens are kept; ``reason`` says why encryption is unavailable (shown to the user)."""

    options: TokenCachePersistenceOptions | None
    protection: CacheProtection
    reason: str = ""  # the backend's own words, for the log
    problem: KeyringProblem | None = None

    @classmethod
    def memory_only(cls, reason: str = "", problem: KeyringProblem | None = None) -> TokenCachePlan:
        return cls(None, CacheProtection.MEMORY_ONLY, reason, problem)


def plan_token_cache(name: str = TOKEN_CACHE_NAME) -> TokenCachePlan:
    """Probe the OS keyring (may block on D-Bus: call off the GUI thread) and decide how to cache tokens."""
    options = TokenCachePersistenceOptions(name=name, allow_unencrypted_storage=False)
    if not sys.platform.startswith("linux"):
        return TokenCachePlan(options, CacheProtection.ENCRYPTED)  # DPAPI / Keychain are always present
    # The same check azure-identity would fail on later, done now so the user is told before signing in.
    try:
        from msal_extensions.libsecret import trial_run  # type: ignore[import-untyped]
    except Exception as error:  # ImportError (no PyGObject), ValueError (no libsecret typelib)
        return _memory_only(error, KeyringProblem.NO_LIBRARY)
    try:
        trial_run()
    except Exception as error:  # RuntimeError/GLib.Error: no Secret Service on the session bus, or it is locked
        return _memory_only(error, KeyringProblem.NO_SERVICE)
    return TokenCachePlan(options, CacheProtection.ENCRYPTED)


def _memory_only(error: Exception, problem: KeyringProblem) -> TokenCachePlan:
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    log.warning("no keyring for the token cache (%s), keeping tokens in memory only: %s", problem.value, reason)
    return TokenCachePlan.memory_only(reason, problem)


class AuthRecordStore:
    """One AuthenticationRecord per cloud and sign-in method, as JSON under the user data directory."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = (directory or data_dir()) / "sign-in"

    def _path(self, cloud: str, method: str) -> Path:
        return self.directory / f"{cloud}.{method}.record.json"

    def load(self, cloud: str, method: str) -> AuthenticationRecord | None:
        path = self._path(cloud, method)
        try:
            return AuthenticationRecord.deserialize(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError) as error:  # damaged file: sign in again rather than crash
            log.warning("ignoring unreadable authentication record %s: %s", path, error)
            return None

    def save(self, cloud: str, method: str, record: AuthenticationRecord) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self._path(cloud, method)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(record.serialize(), encoding="utf-8")
        temporary.replace(path)  # atomic: a crash never leaves half a record

    def usernames(self) -> dict[str, str]:
        """``{file stem: username}`` of every saved record (for "signed in as" hints)."""
        found: dict[str, str] = {}
        for path in sorted(self.directory.glob("*.record.json")):
            try:
                found[path.name.removesuffix(".record.json")] = json.loads(path.read_text("utf-8"))["username"]
            except (OSError, ValueError, KeyError):
                continue
        return found

    def delete_all(self) -> int:
        removed = 0
        for path in self.directory.glob("*.record.json"):
            path.unlink(missing_ok=True)
            removed += 1
        return removed


def clear_token_cache(plan: TokenCachePlan) -> int:
    """Delete every entry of our persistent token cache; returns how many were removed.

    azure-identity exposes no way to clear a persistent cache, so this opens it through its loader
    (``azure.identity._persistent_cache``, private; checked against azure-identity 1.27) and removes the entries
    with MSAL's public ``TokenCache.modify``. Failing here must not stop the reset of the records.
    """
    if plan.options is None:
        return 0
    try:
        from azure.identity._persistent_cache import _load_persistent_cache
        from msal import TokenCache  # type: ignore[import-untyped]

        removed = 0
        for is_cae in (False, True):
            cache = _load_persistent_cache(plan.options, is_cae)
            for kind in (
                TokenCache.CredentialType.ACCESS_TOKEN,
                TokenCache.CredentialType.REFRESH_TOKEN,
                TokenCache.CredentialType.ID_TOKEN,
                TokenCache.CredentialType.ACCOUNT,
            ):
                for entry in list(cache.search(kind)):
                    cache.modify(kind, entry)  # no new values = remove
                    removed += 1
        return removed
    except Exception as error:  # a keyring that went away since start-up, a changed private API
        log.warning("could not clear the token cache: %s", error)
        return 0
