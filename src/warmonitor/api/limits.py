"""Request limits, checked before any route runs (a plain ASGI middleware).

- a request line (path and query) over `max_url_bytes`: 414 URI Too Long;
- request headers over `max_header_bytes` in all: 431;
- a body over `max_body_bytes` (by Content-Length, or counted as it streams
  in when there is none): 413 Content Too Large;
- a NUL character in the path or the query, raw or as %00: 400 (no field of
  ours holds one, and PostgreSQL refuses it in any text parameter).

Each refusal is a JSON body {"detail": "<one line>"}, like FastAPI's own errors.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# A posted report is its text plus a few short fields, JSON-escaped: room for
# the envelope over the report size limit.
BODY_ENVELOPE_BYTES = 1024 * 1024


class RequestLimits:
    """ASGI middleware refusing oversized or NUL-bearing requests with 4xx."""

    def __init__(
        self, app: ASGIApp, *, max_url_bytes: int, max_header_bytes: int, max_body_bytes: int
    ) -> None:
        self.app = app
        self.max_url_bytes = max_url_bytes
        self.max_header_bytes = max_header_bytes
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal is not None:
            await _refuse(send, *refusal)
            return
        if scope.get("method") in ("GET", "HEAD", "OPTIONS", "DELETE"):
            await self.app(scope, receive, send)
            return
        body = await self._body(receive)
        if body is None:
            await _refuse(send, 413, f"request body over the limit of {self.max_body_bytes} bytes")
            return
        await self.app(scope, _replay(body, receive), send)

    def _refusal(self, scope: Scope) -> tuple[int, str] | None:
        raw_path: bytes = scope.get("raw_path") or scope.get("path", "").encode("utf-8", "surrogatepass")
        query: bytes = scope.get("query_string") or b""
        if len(raw_path) + len(query) + 1 > self.max_url_bytes:
            return 414, f"URL over the limit of {self.max_url_bytes} bytes"
        headers: list[tuple[bytes, bytes]] = scope.get("headers") or []
        if sum(len(k) + len(v) + 4 for k, v in headers) > self.max_header_bytes:
            return 431, f"request headers over the limit of {self.max_header_bytes} bytes"
        for part in (raw_path, query):
            if b"\x00" in part or b"%00" in part.lower():
                return 400, "a NUL character (%00) in the URL"
        for name, value in headers:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    return 400, "Content-Length is not a number"
                if declared > self.max_body_bytes:
                    return 413, f"request body over the limit of {self.max_body_bytes} bytes"
        return None

    async def _body(self, receive: Receive) -> list[Message] | None:
        """Every body message, or None once their size passes the limit."""
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                return messages  # a disconnect: the app sees it as it would have
            size += len(message.get("body", b""))
            if size > self.max_body_bytes:
                return None
            if not message.get("more_body", False):
                return messages


def _replay(messages: list[Message], receive: Receive) -> Receive:
    queue = list(messages)

    async def replay() -> Message:
        return queue.pop(0) if queue else await receive()

    return replay


async def _refuse(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
