"""The listening socket, bound before the server starts so the caller knows the real port (``--port
0`` asks the system for a free one), and uvicorn serving an app on it.

>>> sock = listen("127.0.0.1", 0); sock.getsockname()[1] > 0
True
>>> sock.close(); url("::1", 8000)
'http://[::1]:8000/'
"""

from __future__ import annotations

import socket

__all__ = ["listen", "serve_on", "url", "BACKLOG"]

# Connections the system queues before the server accepts them (uvicorn's own default).
BACKLOG = 2048


def listen(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host``:``port`` (IPv4 or IPv6 by the address); OSError if it cannot be."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        # listening from here on: a client told the address connects (and waits in the backlog)
        # even before uvicorn starts accepting
        sock.listen(BACKLOG)
    except OSError:
        sock.close()
        raise
    return sock


def url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def serve_on(app, sock: socket.socket) -> None:
    """Serve ``app`` on ``sock`` until Ctrl-C (uvicorn, quiet but for warnings)."""
    import uvicorn

    host, port = sock.getsockname()[:2]
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False, backlog=BACKLOG)
    uvicorn.Server(config).run(sockets=[sock])
