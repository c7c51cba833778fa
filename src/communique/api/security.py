"""Two ASGI middlewares: a ``Host`` allow-list answering in JSON, and security headers.

* :class:`HostCheck` runs Starlette's :class:`~starlette.middleware.trustedhost.TrustedHostMiddleware`
  (a page on another name, e.g. by DNS rebinding, is refused) and turns its plain-text refusal
  into the API's JSON error (400, E152).
* :class:`SecurityHeaders` adds ``X-Content-Type-Options: nosniff``, ``Referrer-Policy``,
  ``X-Frame-Options`` and a ``Content-Security-Policy``: nothing may load from elsewhere; on an
  HTML page only its own inline scripts (by SHA-256 hash) run.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Sequence

from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["API_CSP", "HostCheck", "SecurityHeaders", "html_csp"]

API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)
_PASSED = "communique.host_ok"


def html_csp(page: bytes) -> str:
    """The policy of an HTML page: its inline scripts by hash, inline styles, images from data: URLs."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(body).digest()).decode()}'"
                      for body in _SCRIPT.findall(page))
    return ("default-src 'none'; " + (f"script-src {hashes}; " if hashes else "")
            + "style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; "
            "form-action 'self'")


class HostCheck:
    """Refuse requests whose ``Host`` is not in ``allowed_hosts``, with a JSON 400 (E152)."""

    def __init__(self, app: ASGIApp, allowed_hosts: Sequence[str]) -> None:
        async def passed(scope: Scope, receive: Receive, send: Send) -> None:
            scope[_PASSED] = True
            await app(scope, receive, send)

        self.allowed_hosts = list(allowed_hosts)
        self._checked = TrustedHostMiddleware(passed, allowed_hosts=self.allowed_hosts, www_redirect=False)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._checked(scope, receive, send)
            return
        body = json.dumps({"ok": False, "code": "E152",
                           "error": "[E152] this server answers only to "
                                    f"{', '.join(self.allowed_hosts)} (Host header refused); "
                                    "start it with --allow-host NAME to add a name"}).encode()

        async def refuse(message: Message) -> None:
            if scope.get(_PASSED):
                await send(message)
            elif message["type"] == "http.response.start":
                await send({"type": "http.response.start", "status": 400,
                            "headers": [(b"content-type", b"application/json"),
                                        (b"content-length", str(len(body)).encode())]})
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                await send({"type": "http.response.body", "body": body})

        await self._checked(scope, receive, refuse)


class SecurityHeaders:
    """Add ``nosniff``, no framing, no referrer and a Content-Security-Policy to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start: list[Message] = []

        async def add(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.append(message)  # held until the body is known (an HTML page's hashes)
                return
            if start:
                first = start.pop()
                headers = list(first.get("headers", []))
                html = any(k.lower() == b"content-type" and v.startswith(b"text/html") for k, v in headers)
                csp = html_csp(message.get("body", b"")) if html and not message.get("more_body") else API_CSP
                headers += [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                            (b"referrer-policy", b"no-referrer"), (b"content-security-policy", csp.encode())]
                await send({**first, "headers": headers})
            await send(message)

        await self.app(scope, receive, add)
