from __future__ import annotations

import logging
from pathlib import Path

import pytest

from core.logs import redact, start_session_log


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Authorization: Bearer eyJ0eXAiOiJKV1Qi.abc-def_ghi", "eyJ0eXAiOiJKV1Qi"),
        ('{"access_token": "s3cr3t-value", "x": 1}', "s3cr3t-value"),
        ("client_secret=hunter2&scope=x", "hunter2"),
    ],
)
def test_redact_masks_secrets(text: str, secret: str) -> None:
    assert secret not in redact(text)
    assert "***" in redact(text)


def test_session_log_is_per_session_and_redacted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOOT_INTEGRITY_LOG_DIR", str(tmp_path))
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        folder = start_session_log()
        logging.getLogger("test").warning("token Bearer abc.def.ghi used")
        for handler in root.handlers:
            handler.flush()
        text = (folder / "boot-integrity.log").read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
    assert folder.parent == tmp_path
    assert "abc.def.ghi" not in text and "Bearer ***" in text
