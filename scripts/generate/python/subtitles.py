"""Following a talk's subtitles over live-event's listener WebSocket, as generated message models.

    ticket = LiveEventClient(url, credentials).create_listener_ticket({"event_id": event_id})
    with follow_subtitles(ticket, "es", channel_id=channel_id) as subtitles:
        for message in subtitles:            # SubtitleFinal, SubtitlePartial, Gap, SessionState, ...
            if isinstance(message, SubtitleFinal):
                print(message.sequence, message.text)

The stream ends when the talk does (close 1000 or 4011) and does not reconnect: another close raises
`SubtitleConnectionClosed` (its `name` from the AsyncAPI close codes says what to do), an `error`
message raises `SubtitleStreamError` with the protocol's `code`. To catch up after a reconnection, take
a new ticket and pass `resume_from` (the last sequence received without holes).
"""
from __future__ import annotations

import json
from typing import Any, Iterator, List, Optional, Sequence, Union
from urllib.parse import quote

from pydantic import BaseModel

from ._websocket import WebSocket, WebSocketClosed
from .live_event_ws import CLOSE_CODES, ErrorMessage, Pong, Subscribed, parse_message

__all__ = ["SubtitleConnectionClosed", "SubtitleStream", "SubtitleStreamError", "follow_subtitles"]

#: Close codes that end a listener's stream on purpose (the conversation is over, the talk ended).
_FINISHED = {1000, 4011}


class SubtitleStreamError(Exception):
    """live-event refused a message or reported a problem: `code` is the protocol's error code."""

    def __init__(self, error: ErrorMessage) -> None:
        super().__init__(f"{error.code}: {error.message}")
        self.error = error
        self.code = str(getattr(error.code, "value", error.code))
        self.fatal = error.fatal
        self.details = error.details or {}


class SubtitleConnectionClosed(Exception):
    """live-event closed the connection with `code`; `name` is its AsyncAPI name (e.g. `TicketInvalid`)."""

    def __init__(self, code: int, reason: str = "") -> None:
        self.code = code
        self.name = CLOSE_CODES.get(code, "Unknown")
        self.reason = reason
        super().__init__(f"closed with {code} ({self.name})" + (f": {reason}" if reason else ""))


class SubtitleStream:
    """An open, subscribed listener connection; iterate it for the server's messages (see the module)."""

    def __init__(
        self,
        ticket: Any,
        languages: Sequence[str],
        channel_id: str,
        include_partials: bool = False,
        resume_from: Optional[int] = None,
        timeout: Optional[float] = 30.0,
    ) -> None:
        self._socket = WebSocket(f"{ticket.websocket_url}?ticket={quote(ticket.ticket, safe='')}", timeout=timeout)
        subscribe: dict = {
            "type": "subscribe",
            "request_id": "sdk-subscribe",
            "channel_id": str(channel_id),
            "languages": list(languages),
            "include_partials": include_partials,
        }
        if resume_from is not None:
            subscribe["resume_from"] = resume_from
        self._socket.send_text(json.dumps(subscribe))
        #: The subscription in force (languages, session, what is replayed).
        self.subscribed: Subscribed = self._until_subscribed()

    def _until_subscribed(self) -> Subscribed:
        while True:
            message = self._receive()
            if message is None:
                raise SubtitleConnectionClosed(1000, "closed before the subscription was confirmed")
            if isinstance(message, Subscribed):
                return message

    def _receive(self) -> Optional[BaseModel]:
        """The next message other than a pong; None at a finished close; raises on errors and other closes."""
        while True:
            try:
                frame = self._socket.receive()
            except WebSocketClosed as closed:
                if closed.code in _FINISHED:
                    return None
                raise SubtitleConnectionClosed(closed.code, closed.reason) from None
            if isinstance(frame, bytes):
                continue
            message = parse_message(json.loads(frame))
            if isinstance(message, ErrorMessage):
                close_code = (message.details or {}).get("close_code")
                if message.fatal and isinstance(close_code, int):
                    # A refused connection (ticket, role, event) is told by its close code.
                    raise SubtitleConnectionClosed(close_code, message.message)
                raise SubtitleStreamError(message)
            if not isinstance(message, Pong):
                return message

    def __iter__(self) -> Iterator[BaseModel]:
        return self

    def __next__(self) -> BaseModel:
        message = self._receive()
        if message is None:
            raise StopIteration
        return message

    def close(self) -> None:
        """Leaves the talk (close 1000)."""
        self._socket.close(1000)

    def __enter__(self) -> "SubtitleStream":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def follow_subtitles(
    ticket: Any,
    language: Union[str, List[str]],
    *,
    channel_id: str,
    include_partials: bool = False,
    resume_from: Optional[int] = None,
    timeout: Optional[float] = 30.0,
) -> SubtitleStream:
    """Opens the listener WebSocket with `ticket` (a `WebSocketTicket` of role listener), subscribes to
    `channel_id` in `language` (one tag or several), and returns the stream of messages. Raises
    `SubtitleConnectionClosed` when the ticket is refused (4001, 4003, 4004, 4009) and
    `SubtitleStreamError` when the subscription is (`language_not_available`, `channel_not_found`, ...)."""
    languages = [language] if isinstance(language, str) else list(language)
    return SubtitleStream(ticket, languages, channel_id, include_partials, resume_from, timeout)
