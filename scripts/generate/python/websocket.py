"""A small synchronous WebSocket client (RFC 6455) on the standard library, for live-event's protocol.

The machine's Python has no WebSocket package (Debian's python3-websockets serves only Debian's own
Python, and its 10.x has no synchronous client), and the protocol needs little: text frames out,
text frames in, pings answered, a clean close. Frames from the client are masked, as RFC 6455 requires.
"""
from __future__ import annotations

import base64
import hashlib
import os
import socket
import ssl
import struct
from typing import Optional, Tuple
from urllib.parse import urlsplit

__all__ = ["WebSocket", "WebSocketClosed", "WebSocketHandshakeError"]

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_TEXT, _BINARY, _CLOSE, _PING, _PONG, _CONTINUATION = 0x1, 0x2, 0x8, 0x9, 0xA, 0x0


class WebSocketHandshakeError(Exception):
    """The server did not upgrade the connection to a WebSocket."""


class WebSocketClosed(Exception):
    """The connection is closed; `code` and `reason` are the server's (1006 when it just went away)."""

    def __init__(self, code: int, reason: str = "") -> None:
        super().__init__(f"WebSocket closed with {code}" + (f": {reason}" if reason else ""))
        self.code = code
        self.reason = reason


class WebSocket:
    """One client connection: `send_text`, `send_binary`, `receive` (the next text or binary message), `close`."""

    def __init__(self, url: str, timeout: Optional[float] = 30.0, max_message_bytes: int = 16 * 1024 * 1024) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("ws", "wss"):
            raise ValueError(f"not a ws:// or wss:// URL: {url}")
        host = parts.hostname or "localhost"
        port = parts.port or (443 if parts.scheme == "wss" else 80)
        self._max_message_bytes = max_message_bytes
        self._closed: Optional[WebSocketClosed] = None
        raw = socket.create_connection((host, port), timeout=timeout)
        self._socket = ssl.create_default_context().wrap_socket(raw, server_hostname=host) if parts.scheme == "wss" else raw
        self._buffer = b""
        key = base64.b64encode(os.urandom(16)).decode()
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        host_header = host if parts.port is None else f"{host}:{parts.port}"
        self._socket.sendall(
            (
                f"GET {target} HTTP/1.1\r\nHost: {host_header}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        head = self._read_until(b"\r\n\r\n").decode("latin-1")
        status_line, *header_lines = head.split("\r\n")
        headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in header_lines if line)}
        if status_line.split(" ")[1:2] != ["101"]:
            self._socket.close()
            raise WebSocketHandshakeError(f"the server answered {status_line!r} instead of switching protocols")
        expected = base64.b64encode(hashlib.sha1((key + _GUID).encode()).digest()).decode()
        if headers.get("sec-websocket-accept") != expected:
            self._socket.close()
            raise WebSocketHandshakeError("the server's Sec-WebSocket-Accept does not match the key")
        # Waiting for subtitles may take long: only the handshake is bounded by `timeout`.
        self._socket.settimeout(None)

    def send_text(self, text: str) -> None:
        self._send_frame(_TEXT, text.encode("utf-8"))

    def send_binary(self, data: bytes) -> None:
        self._send_frame(_BINARY, data)

    def receive(self) -> str | bytes:
        """The next message; answers pings on the way; raises WebSocketClosed at the close."""
        message = b""
        message_opcode: Optional[int] = None
        while True:
            fin, opcode, payload = self._read_frame()
            if opcode == _PING:
                self._send_frame(_PONG, payload)
            elif opcode == _PONG:
                continue
            elif opcode == _CLOSE:
                code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1005
                reason = payload[2:].decode("utf-8", "replace")
                self._finish_close(code, reason)
                raise self._closed  # type: ignore[misc]
            else:
                if opcode != _CONTINUATION:
                    message_opcode, message = opcode, b""
                message += payload
                if len(message) > self._max_message_bytes:
                    self.close(1009, "message too big")
                    raise WebSocketClosed(1009, "message too big")
                if fin:
                    return message.decode("utf-8") if message_opcode == _TEXT else message

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Sends a close frame and waits for the server's (the clean closing handshake)."""
        if self._closed:
            return
        try:
            self._send_frame(_CLOSE, struct.pack("!H", code) + reason.encode("utf-8"))
            while True:
                _, opcode, payload = self._read_frame()
                if opcode == _CLOSE:
                    code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else code
                    break
        except (OSError, WebSocketClosed):
            pass
        self._closed = WebSocketClosed(code, reason)
        self._socket.close()

    def _finish_close(self, code: int, reason: str) -> None:
        try:
            self._send_frame(_CLOSE, struct.pack("!H", code) if code not in (1005, 1006) else b"")
        except OSError:
            pass
        self._closed = WebSocketClosed(code, reason)
        self._socket.close()

    def _send_frame(self, opcode: int, payload: bytes) -> None:
        if self._closed:
            raise self._closed
        mask = os.urandom(4)
        length = len(payload)
        if length < 126:
            header = struct.pack("!BB", 0x80 | opcode, 0x80 | length)
        elif length < 1 << 16:
            header = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, length)
        else:
            header = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, length)
        masked = bytes(byte ^ mask[index % 4] for index, byte in enumerate(payload))
        self._socket.sendall(header + mask + masked)

    def _read_frame(self) -> Tuple[bool, int, bytes]:
        first, second = self._read_exactly(2)
        length = second & 0x7F
        if length == 126:
            length = struct.unpack("!H", self._read_exactly(2))[0]
        elif length == 127:
            length = struct.unpack("!Q", self._read_exactly(8))[0]
        if length > self._max_message_bytes:
            self.close(1009, "frame too big")
            raise WebSocketClosed(1009, "frame too big")
        mask = self._read_exactly(4) if second & 0x80 else None
        payload = self._read_exactly(length)
        if mask:
            payload = bytes(byte ^ mask[index % 4] for index, byte in enumerate(payload))
        return bool(first & 0x80), first & 0x0F, payload

    def _read_exactly(self, count: int) -> bytes:
        while len(self._buffer) < count:
            chunk = self._socket.recv(65536)
            if not chunk:
                self._closed = self._closed or WebSocketClosed(1006, "the connection was lost without a close frame")
                raise self._closed
            self._buffer += chunk
        data, self._buffer = self._buffer[:count], self._buffer[count:]
        return data

    def _read_until(self, marker: bytes) -> bytes:
        while marker not in self._buffer:
            chunk = self._socket.recv(65536)
            if not chunk:
                raise WebSocketHandshakeError("the server closed the connection during the handshake")
            self._buffer += chunk
            if len(self._buffer) > 65536:
                raise WebSocketHandshakeError("the handshake answer is too long")
        head, _, self._buffer = self._buffer.partition(marker)
        return head
