"""Following a talk's subtitles from Python, against the real live-event (with auth and events) that
scripts/generate/python/python-sdk.test.ts starts: the demo speaker streams English speech (flite) in
real time while the demo listener follows the demo event with follow_subtitles."""
import os
import threading
import time

import pytest

from ilenia_sdk import (
    Credentials,
    LiveEventClient,
    SubtitleConnectionClosed,
    SubtitleStreamError,
    follow_subtitles,
)
from ilenia_sdk._websocket import WebSocket
from ilenia_sdk.live_event_ws import SubtitleFinal

DEMO_EVENT = "00000000-0000-4000-8000-0000000000e1"
DEMO_CHANNEL = "00000000-0000-4000-8000-0000000000c1"

pytestmark = pytest.mark.skipif(
    "ILENIA_LIVE_EVENT_URL" not in os.environ, reason="needs the live-event stack of python-sdk.test.ts"
)


def live_event(user: str) -> LiveEventClient:
    credentials = Credentials.sign_in(os.environ["ILENIA_AUTH_URL"], f"{user}@ilenia.dev", os.environ["ILENIA_DEMO_PASSWORD"])
    return LiveEventClient(os.environ["ILENIA_LIVE_EVENT_URL"], credentials)


def speak(pcm: bytes) -> None:
    """The demo speaker says `pcm` (16 kHz mono s16le) in real time, then ends the session."""
    ticket = live_event("speaker1").create_speaker_ticket({"event_id": DEMO_EVENT, "channel_id": DEMO_CHANNEL})
    socket = WebSocket(f"{ticket.websocket_url}?ticket={ticket.ticket}")
    socket.send_text('{"type": "audio_config", "format": {"encoding": "pcm_s16le", "sample_rate_hz": 16000, "channels": 1}}')
    while '"audio_accepted"' not in str(socket.receive()):
        pass
    started = time.monotonic()
    for frame, offset in enumerate(range(0, len(pcm), 640)):
        socket.send_binary(pcm[offset : offset + 640])
        time.sleep(max(0.0, started + (frame + 1) * 0.02 - time.monotonic()))
    socket.send_text('{"type": "end_session"}')
    socket.close()


def test_a_listener_follows_the_talk_as_subtitle_models() -> None:
    with open(os.environ["ILENIA_SPEECH_PCM"], "rb") as file:
        pcm = file.read()
    ticket = live_event("listener1").create_listener_ticket({"event_id": DEMO_EVENT})
    with follow_subtitles(ticket, ["en", "es"], channel_id=DEMO_CHANNEL) as subtitles:
        assert subtitles.subscribed.channel_id == DEMO_CHANNEL
        speaker = threading.Thread(target=speak, args=(pcm,), daemon=True)
        speaker.start()
        final = next(message for message in subtitles if isinstance(message, SubtitleFinal))
    speaker.join()
    assert final.language in ("en", "es")
    assert final.text.strip()
    assert final.sequence >= 1


def test_a_language_the_channel_does_not_offer_is_a_typed_error() -> None:
    ticket = live_event("listener1").create_listener_ticket({"event_id": DEMO_EVENT})
    with pytest.raises(SubtitleStreamError) as raised:
        follow_subtitles(ticket, "de", channel_id=DEMO_CHANNEL)
    assert raised.value.code == "language_not_available"
    assert "es" in raised.value.details["available"]


def test_a_used_ticket_is_refused_with_its_close_code() -> None:
    ticket = live_event("listener1").create_listener_ticket({"event_id": DEMO_EVENT})
    follow_subtitles(ticket, "es", channel_id=DEMO_CHANNEL).close()
    with pytest.raises(SubtitleConnectionClosed) as raised:
        follow_subtitles(ticket, "es", channel_id=DEMO_CHANNEL)
    assert (raised.value.code, raised.value.name) == (4001, "TicketInvalid")
