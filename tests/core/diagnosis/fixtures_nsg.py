"""Shared test data for the IP range, service tag and NSG tests: real data files loaded once per session."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from core.diagnosis.service_tags import ServiceTagIndex

SHARED_DATA = Path("/work/shared/data")
PUBLIC_TAGS_FILE = SHARED_DATA / "ServiceTags_Public_2025-11-09.json"
ARM_EXAMPLES = SHARED_DATA / "arm-examples"


@functools.cache
def public_tags() -> ServiceTagIndex:
    """The full public-cloud Service Tags file (3,041 entries); parsed once, the index is immutable."""
    return ServiceTagIndex.load(PUBLIC_TAGS_FILE, date="2025-11-09")


def arm_example(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((ARM_EXAMPLES / name).read_text(encoding="utf-8-sig"))
    return body
