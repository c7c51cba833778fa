"""Safe fetching against servers these tests start on 127.0.0.1 (loopback only, bounded in time).

Loopback is a private address, so the tests that need a page pass ``allow_private=True`` (or
allow the name ``localhost``) and the others check that it is refused.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.errors import ConfigError, InputError
from communique.ingest import FetchPolicy, HttpFetcher, fetch_url, read_paths
from communique.ingest.fetch import check_url, refused_address
from communique.model import Article
from communique.settings import Settings

PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{body} The talks lasted most of the afternoon and ended with a short joint statement
read out to reporters waiting outside the ministry building in the capital.</p>
<p>Both delegations said they would meet again before the end of the year to review progress
on the trade agreement signed last spring.</p></article></body></html>"""

ALLOW = FetchPolicy(allow_private=True, timeout=10.0)


def page(title: str, body: str) -> bytes:
    return PAGE.format(title=title, body=body).encode()


def rss(*links: str) -> bytes:
    items = "".join(f"<item><title>{n}</title><link>{link}</link></item>" for n, link in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


@dataclass
class Site:
    """What the test server serves, and what it saw."""

    base: str = ""
    routes: dict[str, bytes] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)
    sent: dict[str, int] = field(default_factory=dict)
    done: threading.Event = field(default_factory=threading.Event)


def make_handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        timeout = 20  # the server side gives up too: no test can hang on it

        def log_message(self, *_: object) -> None:
            pass

        def do_GET(self) -> None:
            site.hits.append(self.path)
            if self.path in site.redirects:
                self.send_response(302)
                self.send_header("Location", site.redirects[self.path])
                self.end_headers()
            elif self.path == "/drip":  # one byte every 0.25 s, 60 bytes (15 s) in all
                self._stream(b"<", 60, pause=0.25)
            elif self.path == "/big":  # 4 MB in 64 kB pieces, no Content-Length
                self._stream(b"x" * 65536, 64, pause=0.0)
            elif self.path == "/big-declared":
                self.send_response(200)
                self.send_header("Content-Length", str(50_000_000))
                self.end_headers()
                site.done.set()
            elif self.path in site.routes:
                body = site.routes[self.path]
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_error(404)

        def _stream(self, piece: bytes, count: int, pause: float) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            sent = 0
            try:
                for _ in range(count):
                    self.wfile.write(piece)
                    self.wfile.flush()
                    sent += len(piece)
                    time.sleep(pause)
            except OSError:  # the client hung up: what we want to see
                pass
            finally:
                site.sent[self.path] = sent
                site.done.set()

    return Handler


#: starts a loopback server and returns its Site: ``serve()`` over HTTP, ``serve(context, "localhost")``
#: over TLS with the URL naming ``localhost``
Serve = Callable[..., Site]


@pytest.fixture
def serve() -> Iterator[Serve]:
    """Threaded HTTP servers on 127.0.0.1 (ephemeral ports) made on demand, every one stopped after the test."""
    running: list[tuple[ThreadingHTTPServer, threading.Thread]] = []

    def start(context: ssl.SSLContext | None = None, host: str = "127.0.0.1") -> Site:
        state = Site()
        server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
        server.daemon_threads = True
        if context is not None:
            server.socket = context.wrap_socket(server.socket, server_side=True)
        state.base = f"{'https' if context is not None else 'http'}://{host}:{server.server_address[1]}"
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        running.append((server, thread))
        return state

    try:
        yield start
    finally:
        for server, thread in running:
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)


@pytest.fixture
def site(serve: Serve) -> Site:
    """A plain HTTP server on 127.0.0.1, stopped after the test."""
    return serve()


def only(items: list[Article | InputError], kind: type) -> list:  # type: ignore[type-arg]
    return [i for i in items if isinstance(i, kind)]


def test_fetch_file_link_in_feed_is_refused_and_not_read(site: Site, tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_bytes(page("Secret", "The secret ledger lists every private key of the office."))
    site.routes["/page"] = page("Ministers meet", "The ministers met in the capital on Monday.")
    site.routes["/feed"] = rss(secret.as_uri(), f"{site.base}/page", "ftp://127.0.0.1/pub/a.html")
    items = list(fetch_url(f"{site.base}/feed", policy=ALLOW))
    file_error, article, ftp_error = items
    assert isinstance(file_error, InputError) and file_error.code == "E140" and "file:" in str(file_error)
    assert isinstance(ftp_error, InputError) and ftp_error.code == "E140" and "ftp" in str(ftp_error)
    assert isinstance(article, Article) and "met in the capital" in article.text  # the good item is kept
    assert not any("secret ledger" in a.text for a in only(items, Article))


def test_fetch_refuses_other_schemes_before_calling_any_fetcher() -> None:
    called: list[str] = []

    def fetcher(url: str) -> bytes:
        called.append(url)
        return rss("file:///etc/hostname", "ftp://example.org/x", "javascript:alert(1)", "data:text/html,hi")

    items = list(fetch_url("https://news.example/feed", fetcher=fetcher))
    assert [getattr(i, "code", None) for i in items] == ["E140"] * 4
    assert called == ["https://news.example/feed"]  # no item link reached the fetcher
    [cli_arg] = list(read_paths(["ftp://example.org/news.html"], fetcher=fetcher))
    assert isinstance(cli_arg, InputError) and cli_arg.code == "E140"
    assert called == ["https://news.example/feed"]


def test_fetch_loopback_refused_unless_allowed(site: Site) -> None:
    site.routes["/page"] = page("Envoys talk", "Two envoys spoke by phone on Tuesday.")
    [refused] = list(fetch_url(f"{site.base}/page"))
    assert isinstance(refused, InputError) and refused.code == "E141"
    assert "--allow-private" in str(refused) and site.hits == []  # refused before connecting
    [article] = list(fetch_url(f"{site.base}/page", policy=ALLOW))
    assert isinstance(article, Article) and "spoke by phone" in article.text


def test_fetch_redirect_to_127_0_0_1_refused(site: Site) -> None:
    site.routes["/page"] = page("Envoys talk", "Two envoys spoke by phone on Tuesday.")
    site.redirects["/go"] = f"{site.base}/page"
    port = site.base.rsplit(":", 1)[1]
    start = f"http://localhost:{port}/go"  # 'localhost' is allowed by name; its redirect target is not
    fetcher = HttpFetcher(FetchPolicy(allow_hosts=frozenset({"localhost"}), timeout=10.0))
    with pytest.raises(InputError) as refused:
        fetcher(start)
    assert refused.value.code == "E141" and "127.0.0.1" in str(refused.value)
    assert site.hits == ["/go"]  # the redirect was answered, its target never asked
    assert b"spoke by phone" in HttpFetcher(ALLOW)(start)  # allowed: followed


def test_fetch_redirect_to_other_scheme_and_too_many_redirects(site: Site) -> None:
    site.redirects["/to-file"] = "file:///etc/passwd"
    site.redirects.update({f"/loop{n}": f"{site.base}/loop{n + 1}" for n in range(10)})
    with pytest.raises(InputError) as to_file:
        HttpFetcher(ALLOW)(f"{site.base}/to-file")
    assert to_file.value.code == "E140" and "redirect" in str(to_file.value)
    with pytest.raises(InputError) as looping:
        HttpFetcher(FetchPolicy(allow_private=True, max_redirects=3, timeout=10.0))(f"{site.base}/loop0")
    assert looping.value.code == "E144"
    assert site.hits[-1] == "/loop3"  # the start and three redirects, no more


def test_fetch_slow_drip_cut_at_the_deadline(site: Site) -> None:
    with pytest.raises(InputError) as cut:
        HttpFetcher(FetchPolicy(allow_private=True, timeout=1.0))(f"{site.base}/drip")
    assert cut.value.code == "E143" and "1 s" in str(cut.value)
    assert site.done.wait(10)  # the server noticed the hang-up ...
    assert 0 < site.sent["/drip"] < 60  # ... before it had dripped its whole body


def test_fetch_oversized_body_cut_at_the_limit(site: Site) -> None:
    fetcher = HttpFetcher(FetchPolicy(allow_private=True, max_bytes=200_000, timeout=10.0))
    with pytest.raises(InputError) as cut:
        fetcher(f"{site.base}/big")
    assert cut.value.code == "E142" and "200,000 bytes" in str(cut.value)
    assert site.done.wait(10)
    assert site.sent["/big"] < 64 * 65536  # the stream was abandoned, not read to the end
    with pytest.raises(InputError) as declared:
        fetcher(f"{site.base}/big-declared")  # refused on its Content-Length, before any body
    assert declared.value.code == "E142"


def test_fetch_feed_item_cap(site: Site) -> None:
    for n in range(5):
        site.routes[f"/p{n}"] = page(f"Story {n}", f"Envoy number {n} met a minister on Monday.")
    site.routes["/feed"] = rss(*(f"{site.base}/p{n}" for n in range(5)))
    items = list(fetch_url(f"{site.base}/feed", policy=FetchPolicy(allow_private=True, max_items=2, timeout=10.0)))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "InputError"]
    assert items[2].code == "E145" and "5 items" in str(items[2])  # type: ignore[union-attr]
    assert site.hits == ["/feed", "/p0", "/p1"]


def test_fetch_http_error_is_e109(site: Site) -> None:
    [error] = list(fetch_url(f"{site.base}/missing", policy=ALLOW))
    assert isinstance(error, InputError) and error.code == "E109" and "404" in str(error)


@pytest.mark.parametrize("address,refused", [
    ("127.0.0.1", True), ("10.1.2.3", True), ("172.16.0.1", True), ("192.168.1.1", True),
    ("169.254.169.254", True), ("100.64.0.1", True), ("0.0.0.0", True), ("224.0.0.1", True),
    ("240.0.0.1", True), ("::1", True), ("fe80::1%eth0", True), ("fc00::1", True), ("::ffff:127.0.0.1", True),
    ("2002:7f00:1::", True), ("93.184.216.34", False), ("2606:4700::1111", False), ("8.8.8.8", False),
])
def test_fetch_refused_addresses(address: str, refused: bool) -> None:
    assert refused_address(address) is refused


@pytest.mark.parametrize("url,ok", [
    ("https://example.org/a", True), ("HTTP://example.org", True), ("file:///etc/passwd", False),
    ("ftp://example.org/", False), ("javascript:alert(1)", False), ("http:///nohost", False), ("//x.org/a", False),
])
def test_fetch_check_url(url: str, ok: bool) -> None:
    assert (check_url(url) is None) is ok


def test_fetch_settings_and_cli_flag(site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMUNIQUE_FETCH_TIMEOUT", "2.5")
    monkeypatch.setenv("COMMUNIQUE_FETCH_ALLOW_HOSTS", "Intranet.example, feeds.local")
    settings = Settings.from_env()
    assert settings.fetch_timeout == 2.5 and settings.allow_private is False
    assert settings.fetch_allow_hosts == frozenset({"intranet.example", "feeds.local"})
    assert Settings.from_env(allow_private="yes").allow_private is True
    for bad in ({"fetch_timeout": "-3"}, {"allow_private": "maybe"}, {"feed_max_items": "-1"}):
        with pytest.raises(ConfigError) as error:
            Settings.from_env(**bad)
        assert error.value.code == "E502" and next(iter(bad)) in str(error.value)
    site.routes["/page"] = page("Envoys talk", "Two envoys spoke by phone on Tuesday.")
    run: Callable[..., object] = CliRunner().invoke
    db = str(tmp_path / "f.duckdb")
    refused = run(app, ["ingest", f"{site.base}/page", "--db", db])
    assert refused.exit_code == 3 and "E141" in refused.stderr and "--allow-private" in refused.stderr  # type: ignore[attr-defined]
    allowed = run(app, ["ingest", "--allow-private", f"{site.base}/page", "--db", db])
    assert allowed.exit_code == 0 and "1 new" in allowed.stdout  # type: ignore[attr-defined]


def fake_dns(monkeypatch: pytest.MonkeyPatch, answers: list[str], delay: float = 0.0) -> None:
    """Make every host resolve to ``answers`` (after ``delay`` seconds)."""
    import socket

    def getaddrinfo(host: str, port: int, *_: object, **__: object) -> list[tuple[object, ...]]:
        time.sleep(delay)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in answers]

    monkeypatch.setattr("communique.ingest.fetch.socket.getaddrinfo", getaddrinfo)


def test_fetch_every_resolved_address_is_checked(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dns(monkeypatch, ["93.184.216.34", "127.0.0.1"])  # one public address does not hide a private one
    port = site.base.rsplit(":", 1)[1]
    with pytest.raises(InputError) as refused:
        HttpFetcher(FetchPolicy(timeout=5.0))(f"http://news.example:{port}/page")
    assert refused.value.code == "E141" and "127.0.0.1" in str(refused.value) and site.hits == []


def test_fetch_slow_dns_cut_at_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dns(monkeypatch, ["93.184.216.34"], delay=3.0)
    with pytest.raises(InputError) as cut:
        HttpFetcher(FetchPolicy(timeout=0.5))("http://slow-dns.example/")
    assert cut.value.code == "E143"


@pytest.fixture
def tls_site(serve: Serve, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Site:
    """The same handler over TLS, with a self-signed certificate for 'localhost' (made by openssl) trusted
    through SSL_CERT_FILE."""
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"],
                   check=True, capture_output=True, timeout=60)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    return serve(context, "localhost")


def test_fetch_https_checks_the_certificate_against_the_url_host(tls_site: Site) -> None:
    tls_site.routes["/page"] = page("Envoys talk", "Two envoys spoke by phone on Tuesday.")
    policy = FetchPolicy(allow_hosts=frozenset({"localhost"}), timeout=10.0)
    assert b"spoke by phone" in HttpFetcher(policy)(f"{tls_site.base}/page")  # connected to 127.0.0.1, SNI localhost
    by_address = tls_site.base.replace("localhost", "127.0.0.1")  # the certificate does not name 127.0.0.1
    with pytest.raises(InputError) as mismatch:
        HttpFetcher(ALLOW)(f"{by_address}/page")
    assert mismatch.value.code == "E109" and "certificate" in str(mismatch.value).lower()
