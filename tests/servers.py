"""Helpers for tests that run the site in a server process of its own (runserver or gunicorn) and talk HTTP to it."""

import html
import http.cookiejar
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

TIMEOUT = 20


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """A visitor or editor talking to one server: cookies kept, redirects not followed."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
        )

    def request(self, path, data=None, headers=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body, headers=headers or {})  # noqa: S310
        try:
            with self.opener.open(request, timeout=TIMEOUT) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()

    def csrf_token(self, path):
        status, _headers, text = self.request(path)
        assert status == 200, (path, status, text[:500])
        return html.unescape(re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text)[1])


def wait_until_healthy(process, base, log_path, timeout=60):
    """Until /healthz answers 200; fails with the server's log if it exits or takes too long."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server exited with {process.returncode}:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=5) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"{base} did not become healthy within {timeout} s:\n{log_path.read_text()}")
