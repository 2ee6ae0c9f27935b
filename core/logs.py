"""Per-session log files under the user's log directory, with secrets kept out.

Each run writes ``<user log dir>/<UTC timestamp>-<pid>/boot-integrity.log`` so a helpdesk agent can attach one
session's folder to a ticket. Bearer tokens and secrets are masked before any handler sees a record; the Azure
SDK already redacts headers except the request and correlation ids we want to keep.
"""

from __future__ import annotations

import logging
import os
import re
from datetime import UTC, datetime
from pathlib import Path

APP_NAME = "BootIntegrityWizard"
APP_AUTHOR = "BootIntegrityWizard"

_SECRET_PATTERNS = (
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9\-._~+/]+=*"),
    re.compile(
        r"(?i)((?:access_token|refresh_token|id_token|client_secret|password)[\"']?\s*[:=]\s*[\"']?)[^\"'\s,&]+"
    ),
)


def redact(text: str) -> str:
    """Mask bearer tokens and secret-looking key/value pairs."""
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(r"\1***", text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def log_root() -> Path:
    override = os.environ.get("BOOT_INTEGRITY_LOG_DIR")
    if override:
        return Path(override)
    import platformdirs  # not at module import: the crash hook imports this module before the first window

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def start_session_log(level: int = logging.INFO) -> Path:
    """Create this session's log folder, attach a redacting file handler to the root logger, return the folder."""
    folder = log_root() / f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{os.getpid()}"
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(folder / "boot-integrity.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    # Azure SDK HTTP logging at INFO lists every request with its (redacted) headers: useful, not noisy.
    logging.getLogger("azure.core.pipeline.policies.http_logging_policy").setLevel(logging.INFO)
    return folder
