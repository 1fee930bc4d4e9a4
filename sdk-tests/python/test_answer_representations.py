"""
How the clients read answers the real services of these stories cannot give on demand: a transcript with
text in it as WebVTT (no charset in its media type), and an OAuth error body. A local HTTP server plays
the service, answering with exactly the bytes the spec allows.
"""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, Iterator, Tuple

import pytest

from ilenia_sdk import AuthClient, Credentials, LiveServiceClient, UnauthorizedError
from ilenia_sdk.live_service import LiveEventTranscript

event_id = "3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d"
subtitles = "WEBVTT\n\n1\n00:00:01.200 --> 00:00:04.350\nHola a todos, ¿qué tal? Buenos días.\n"
answers: Dict[str, Tuple[int, str, bytes]] = {
    f"/v1/events/{event_id}/transcripts/es?format=vtt": (200, "text/vtt", subtitles.encode("utf-8")),
    f"/v1/events/{event_id}/transcripts/es": (
        200,
        "application/json; charset=utf-8",
        json.dumps({"event_id": event_id, "channel_id": None, "language": "es", "complete": True, "sessions": [], "segments": []}).encode(),
    ),
    "/v2/oauth/token": (
        401,
        "application/json",
        json.dumps({"error": "invalid_client", "error_description": "Client authentication failed."}).encode(),
    ),
}


class Answers(BaseHTTPRequestHandler):
    def answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        status, media_type, body = answers[self.path]
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = answer
    do_POST = answer

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def service_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Answers)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_transcript_asked_as_webvtt_is_utf8_text_and_as_json_a_model(service_url: str) -> None:
    client = LiveServiceClient(service_url, Credentials("a.token.here"))
    assert client.get_live_event_transcript(event_id, "es", format="vtt") == subtitles
    assert isinstance(client.get_live_event_transcript(event_id, "es"), LiveEventTranscript)


def test_an_oauth_error_raises_the_typed_exception_titled_by_its_code(service_url: str) -> None:
    with pytest.raises(UnauthorizedError) as raised:
        AuthClient(service_url).issue_token({"grant_type": "client_credentials", "client_id": "c", "client_secret": "s"})
    assert (raised.value.status, raised.value.title, raised.value.detail) == (401, "invalid_client", "Client authentication failed.")
