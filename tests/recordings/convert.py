"""Turn the recorded YAML cassettes into JSON the replay test reads (no YAML parser at test time).

    uv run --with pyyaml python tests/recordings/convert.py

Each ``<name>.yaml`` becomes ``<name>.json``: ``{"source_sha256", "interactions": [{"method", "uri", "body",
"status", "headers" (lower-case names, first value), "response" (parsed JSON or null)}]}``.
"""

from __future__ import annotations

import ast
import hashlib
import json
from pathlib import Path

import yaml  # type: ignore[import-untyped]

HERE = Path(__file__).resolve().parent


def convert(path: Path) -> dict[str, object]:
    raw = path.read_bytes()
    data = yaml.safe_load(raw)
    interactions = []
    for item in data["interactions"]:
        request, response = item["request"], item["response"]
        text = (response.get("body") or {}).get("string") or ""
        body = request.get("body")
        while isinstance(body, bytes) or (isinstance(body, str) and body.startswith(("b'", 'b"'))):
            body = body.decode() if isinstance(body, bytes) else ast.literal_eval(body)  # bytes kept as repr
        try:
            parsed = json.loads(text) if text.strip() else None
        except json.JSONDecodeError:
            parsed = None
        headers = {
            str(k).lower(): (v[0] if isinstance(v, list) else v) for k, v in (response.get("headers") or {}).items()
        }
        interactions.append(
            {
                "method": request["method"],
                "uri": request["uri"],
                "body": body,
                "status": response["status"]["code"],
                "headers": headers,
                "response": parsed,
            }
        )
    return {"source_sha256": hashlib.sha256(raw).hexdigest(), "interactions": interactions}


if __name__ == "__main__":
    for source in sorted(HERE.glob("*.yaml")):
        target = source.with_suffix(".json")
        target.write_text(json.dumps(convert(source), indent=1) + "\n", encoding="utf-8")
        print(target.name)
