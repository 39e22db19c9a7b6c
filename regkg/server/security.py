"""What the server tells browsers and checks of every request: the security headers, a
Content-Security-Policy that lets a page run only the scripts regkg itself ships, and the hosts a
request may name.

>>> page_csp(script_hashes("<script>let a = 1;</script><script type='application/json'>{}</script>"))
"default-src 'none'; script-src 'sha256-xY6QKfH9PRsQnLz56nj6MBwiK5oHg+im1Jkpdp1x/Ck='; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'self'"
>>> allowed_hosts("0.0.0.0", ["kg.example.org"])
['127.0.0.1', 'localhost', '[::1]', '0.0.0.0', 'kg.example.org']
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable

__all__ = ["SECURITY_HEADERS", "LOOPBACK_HOSTS", "script_hashes", "page_csp", "allowed_hosts"]

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "SAMEORIGIN",
}
# Host names a request to a loopback-bound server may carry (a browser's own names for the machine).
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
# An inline script element with no attributes: code. Data blocks carry a type (application/json) and
# are never run, so they need no hash.
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def script_hashes(page: str) -> tuple[str, ...]:
    """CSP source expressions (``'sha256-…'``) for the inline scripts of ``page``, in order."""
    return tuple(f"'sha256-{base64.b64encode(hashlib.sha256(body.encode('utf-8')).digest()).decode('ascii')}'"
                 for body in _INLINE_SCRIPT.findall(page))


def page_csp(scripts: Iterable[str], *, own_files: bool = False) -> str:
    """The policy for every HTML page: nothing from elsewhere, no inline script but the ones hashed
    in ``scripts`` (vis-network and regkg's view script: whatever an attacker gets into a page, its
    hash is not on the list), inline styles (pages colour legend swatches with them), data: images.
    ``own_files``: also the server's own script files and JSON (the workbench's /static/ scripts
    and the neighbourhoods they fetch).

    >>> page_csp([], own_files=True).split("; ")[1:3]
    ["script-src 'self'", "connect-src 'self'"]
    """
    sources = " ".join(("'self'",) * own_files + tuple(scripts)) or "'none'"
    fetch = "connect-src 'self'; " if own_files else ""
    return (f"default-src 'none'; script-src {sources}; {fetch}style-src 'unsafe-inline'; img-src data:; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'self'")


def allowed_hosts(bound: str, extra: Iterable[str] = ()) -> list[str]:
    """The Host header values (without port) the server answers: the loopback names, the address it
    is bound to, and ``extra`` (names clients use for a server bound to all interfaces). Anything
    else is refused, so a web page on another site cannot reach the server through DNS rebinding."""
    named = f"[{bound}]" if ":" in bound and not bound.startswith("[") else bound
    hosts = list(LOOPBACK_HOSTS)
    for host in (named, *extra):
        if host.lower() not in hosts:
            hosts.append(host.lower())
    return hosts
