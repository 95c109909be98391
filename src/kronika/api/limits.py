"""ASGI middleware: request size limits and the security headers on every response.

Bodies over `max_body` bytes get 413 whether or not they announce their length; query strings
over `max_query` bytes get 414. Every response carries a Content-Security-Policy that allows
scripts, styles and data only from this server (plus the tile server, when one is configured),
so text from an article can never run as code even if it reached the page as HTML.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.exceptions import HTTPException

Scope = dict[str, Any]


class BodyTooLarge(HTTPException):
    """The request body passed the limit while it was being read (an HTTPException, so that
    FastAPI's body parsing lets it through to the JSON error handler as a 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body over {limit} bytes")


def content_security_policy(*, img_sources: str = "", docs: bool = False) -> str:
    """Return the CSP header value; `docs` relaxes styles for Swagger UI's inline styles."""
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'" + (" 'unsafe-inline'" if docs else ""),
            f"img-src 'self' data:{' ' + img_sources if img_sources else ''}",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


class LimitsAndHeaders:
    """Wrap an ASGI app: enforce the size limits, add the security headers."""

    def __init__(self, app: Any, *, max_body: int, max_query: int, img_sources: str = "") -> None:
        self.app = app
        self.max_body = max_body
        self.max_query = max_query
        self.csp = content_security_policy(img_sources=img_sources).encode()
        self.csp_docs = content_security_policy(img_sources=img_sources, docs=True).encode()

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope.get("query_string", b"")) > self.max_query:
            await _error(send, 414, f"query string over {self.max_query} bytes")
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    length = int(value)
                except ValueError:
                    await _error(send, 400, "Content-Length is not a number")
                    return
                if length > self.max_body:
                    await _error(send, 413, f"request body over {self.max_body} bytes")
                    return
        csp = self.csp_docs if scope["path"] == "/docs" else self.csp
        started = False
        received = 0

        async def limited_receive() -> Any:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        async def send_with_headers(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [
                    (k, v) for k, v in message.get("headers", []) if k != b"content-security-policy"
                ]
                headers += [
                    (b"content-security-policy", csp),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except BodyTooLarge:
            if not started:
                await _error(send, 413, f"request body over {self.max_body} bytes")


async def _error(send: Any, status: int, message: str) -> None:
    body = json.dumps({"error": message, "status": status}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"content-security-policy", content_security_policy().encode()),
                (b"x-content-type-options", b"nosniff"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
