"""Safe fetching: one policy for every URL ingest reads (pages, feeds, feed items, redirects).

::

    policy = FetchPolicy(allow_private=False, max_bytes=10_000_000, timeout=30.0)
    body = HttpFetcher(policy)("https://example.org/feed.xml")   # bytes, or raises InputError

What the policy enforces, at every hop (the URL given, each feed item's link, each redirect,
which are followed here one by one so each target is checked):

====  ==================================================================================
E140  a scheme other than ``http``/``https`` (``file:``, ``ftp:``, ``data:``...): never fetched
E141  a host that resolves to a private, loopback, link-local, reserved or multicast address
      (every address of the host is checked, and the connection goes to a checked address, so
      DNS rebinding cannot swap one in); allowed with ``--allow-private``
E142  a body larger than ``max_bytes`` (read as a stream and cut there; never held whole)
E143  no complete answer within ``timeout`` seconds: one deadline for the whole fetch (DNS,
      connect, redirects and body), so a server dripping a byte at a time is cut on time
E144  more than ``max_redirects`` redirects
E145  a feed with more than ``max_items`` items (the first ``max_items`` are read)
E109  any other failure (refused connection, HTTP 404, TLS error...)
====  ==================================================================================

Built on :mod:`httpx`; the address check and the deadline live in a small :mod:`httpcore` network
backend (httpx's own transport layer), so they apply to the socket httpx actually uses.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

from communique.errors import InputError

__all__ = ["USER_AGENT", "FetchPolicy", "HttpFetcher", "check_url", "refused_address"]

USER_AGENT = "communique/0.1 (+https://github.com/communique)"

_SCHEMES = ("http", "https")
_REDIRECTS = (301, 302, 303, 307, 308)
_ALLOW_PRIVATE = "pass --allow-private to 'communique ingest' or set COMMUNIQUE_ALLOW_PRIVATE=1"

_IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class FetchPolicy:
    """The limits every fetch runs under; the defaults are safe for URLs from anywhere."""

    allow_private: bool = False
    #: Hosts (as written in URLs) whose private addresses may be fetched anyway (an intranet feed).
    allow_hosts: frozenset[str] = field(default_factory=frozenset)
    max_bytes: int = 10_000_000
    timeout: float = 30.0
    max_redirects: int = 5
    max_items: int = 200


def check_url(url: str) -> InputError | None:
    """An E140 :class:`InputError` unless ``url`` is an ``http(s)`` URL with a host, else ``None``."""
    try:
        parts = urlsplit(url.strip())
        scheme, host = parts.scheme.lower(), parts.hostname
    except ValueError as exc:
        return InputError(f"refused: not a valid URL ({exc})", origin=url, code="E140")
    if scheme not in _SCHEMES:
        return InputError(f"refused: only http:// and https:// URLs are fetched, not {scheme or 'a relative'}:",
                          origin=url, code="E140",
                          hint="other schemes cannot be allowed; save the page and ingest the file instead")
    if not host:
        return InputError("refused: the URL has no host", origin=url, code="E140")
    return None


def refused_address(address: str) -> bool:
    """Whether ``address`` is one the policy refuses without ``allow_private``: private (RFC 1918,
    fc00::/7), loopback, link-local, shared (100.64/10), reserved, multicast or unspecified."""
    ip: _IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and (ip.ipv4_mapped or ip.sixtofour):
        ip = ip.ipv4_mapped or ip.sixtofour or ip
    return (not ip.is_global or ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
            or ip.is_multicast or ip.is_unspecified)


def _deadline_error(origin: str, timeout: float) -> InputError:
    return InputError(f"no complete answer within {timeout:g} s (the fetch deadline)", origin=origin,
                      code="E143", hint="raise COMMUNIQUE_FETCH_TIMEOUT (seconds) for slow servers")


class _Deadline:
    """One fetch's deadline: the time left, never below zero."""

    def __init__(self, timeout: float, origin: str) -> None:
        self.timeout = timeout
        self.origin = origin
        self.end = time.monotonic() + timeout

    def left(self) -> float:
        """Seconds left; raises E143 when none are."""
        left = self.end - time.monotonic()
        if left <= 0:
            raise _deadline_error(self.origin, self.timeout)
        return left

    def clamp(self, timeout: float | None) -> float:
        """``timeout`` cut to the time left."""
        left = self.left()
        return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    """A socket stream whose every operation ends by the deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: _Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.clamp(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._deadline.clamp(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._deadline.clamp(timeout))
        return _Stream(inner, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves the host, refuses it if any of its addresses is refused, connects to a checked one."""

    def __init__(self, policy: FetchPolicy, deadline: _Deadline) -> None:
        self._policy = policy
        self._deadline = deadline
        self._tcp = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        addresses = self._resolve(host, port)
        if not (self._policy.allow_private or host.lower() in self._policy.allow_hosts):
            refused = [a for a in addresses if refused_address(a)]
            if refused:
                which = "" if refused == [host] else f" ({', '.join(refused)})"
                raise InputError(f"refused: {host} is a private, loopback or reserved address{which}",
                                 origin=self._deadline.origin, code="E141", hint=_ALLOW_PRIVATE)
        failure: Exception = httpcore.ConnectError(f"{host} has no address")
        for address in addresses:  # the checked addresses, never a second lookup
            try:
                stream = self._tcp.connect_tcp(address, port, self._deadline.clamp(timeout), local_address,
                                               socket_options)
            except httpcore.ConnectError as exc:
                failure = exc
                continue
            return _Stream(stream, self._deadline)
        raise failure

    def _resolve(self, host: str, port: int) -> list[str]:
        """The host's addresses, looked up in a thread so a slow resolver cannot pass the deadline."""
        found: list[list[str] | OSError] = []

        def lookup() -> None:
            try:
                infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
                found.append(list(dict.fromkeys(str(info[4][0]) for info in infos)))
            except OSError as exc:
                found.append(exc)

        thread = threading.Thread(target=lookup, name="communique-dns", daemon=True)
        thread.start()
        thread.join(self._deadline.left())
        if not found:
            raise _deadline_error(self._deadline.origin, self._deadline.timeout)
        result = found[0]
        if isinstance(result, OSError):
            raise httpcore.ConnectError(f"cannot resolve {host}: {result}")
        return result

    def sleep(self, seconds: float) -> None:
        time.sleep(min(seconds, self._deadline.left()))


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's transport over a connection pool that connects through :class:`_GuardedBackend`."""

    def __init__(self, backend: _GuardedBackend) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(),
                                             max_connections=4, network_backend=backend)


class HttpFetcher:
    """A fetcher (``(url) -> bytes``) that obeys a :class:`FetchPolicy`; raises :class:`InputError`."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()

    def __call__(self, url: str) -> bytes:
        """The body of ``url`` after at most ``max_redirects`` checked redirects.

        Raises :class:`InputError` E140-E144 for what the policy refuses, E109 for other failures.
        """
        policy = self.policy
        deadline = _Deadline(policy.timeout, url)
        transport = _GuardedTransport(_GuardedBackend(policy, deadline))
        try:
            with httpx.Client(transport=transport, timeout=policy.timeout, follow_redirects=False, trust_env=False,
                              headers={"User-Agent": USER_AGENT}) as client:
                return self._hops(client, url, deadline)
        except httpx.TimeoutException as exc:
            raise _deadline_error(url, policy.timeout) from exc
        except httpx.HTTPError as exc:
            raise InputError(f"cannot fetch: {exc or type(exc).__name__}", origin=url, code="E109") from exc

    def _hops(self, client: httpx.Client, url: str, deadline: _Deadline) -> bytes:
        current = url
        for _ in range(self.policy.max_redirects + 1):
            refused = check_url(current)
            if refused is not None:
                raise InputError(f"{refused.reason} (reached by a redirect from {url})" if current != url
                                 else refused.reason, origin=current, code=refused.code, hint=refused.hint)
            deadline.left()
            with client.stream("GET", current) as response:
                location = response.headers.get("location")
                if response.status_code in _REDIRECTS and location:
                    current = str(response.url.join(location))
                    continue
                if not response.is_success:
                    raise InputError(f"cannot fetch: HTTP {response.status_code} {response.reason_phrase}",
                                     origin=current, code="E109")
                return self._body(response, deadline)
        raise InputError(f"more than {self.policy.max_redirects} redirects", origin=url, code="E144",
                         hint="raise COMMUNIQUE_FETCH_MAX_REDIRECTS to follow more")

    def _body(self, response: httpx.Response, deadline: _Deadline) -> bytes:
        limit = self.policy.max_bytes
        too_big = InputError(f"refused: the body is larger than {limit:,} bytes", origin=str(response.url),
                             code="E142", hint="raise COMMUNIQUE_FETCH_MAX_BYTES to read larger pages")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise too_big
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > limit:
                raise too_big
            deadline.left()
        return bytes(body)
