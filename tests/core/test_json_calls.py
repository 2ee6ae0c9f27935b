"""ARM JSON without SDK models: a body that is not a JSON object is a typed SDK error, never a crash or a guess."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from azure.core.exceptions import AzureError, DecodeError

from core.azure.json_calls import json_body


async def _answer(*chunks: bytes) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


async def _operation(*chunks: bytes) -> AsyncIterator[bytes]:
    """What a generated operation called with ``stream=True`` returns: the body's byte chunks."""
    return _answer(*chunks)


def test_chunks_are_joined_and_decoded() -> None:
    body = asyncio.run(json_body(_operation(b'{"id": "/subscriptions/s", "properties": {"a"', b": [1, 2]}}")))
    assert body == {"id": "/subscriptions/s", "properties": {"a": [1, 2]}}


@pytest.mark.parametrize(
    "chunks",
    [(b"<html>proxy login</html>",), (b'{"id": "cut off',), (b"[1, 2]",), (b"",), (b"\xff\xfe",)],
)
def test_a_body_that_is_not_a_json_object_is_a_decode_error(chunks: tuple[bytes, ...]) -> None:
    with pytest.raises(DecodeError) as raised:
        asyncio.run(json_body(_operation(*chunks)))
    assert isinstance(raised.value, AzureError)  # the collector marks the resource unreadable, as for any SDK error
