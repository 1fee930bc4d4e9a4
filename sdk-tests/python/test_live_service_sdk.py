"""A Python script's view of LiveKit mode's sessions and transcripts: what answers before any agent runs, and the typed problems."""
import uuid
from typing import Callable

import pytest

from ilenia_sdk import BadRequestError, ConflictError, Credentials, EventsClient, ForbiddenError, LiveServiceClient, NotFoundError
from ilenia_sdk.events import ChannelCreate, EventCreate
from ilenia_sdk.live_service import Health, LiveEventTranscript, SessionList, StartSessionRequest


def test_the_organiser_lists_the_demo_event_sessions_none_before_anyone_spoke(
    sign_in: Callable[[str], Credentials], live_service_url: str, demo_event_id: str
) -> None:
    sessions = LiveServiceClient(live_service_url, sign_in("manager")).list_event_sessions(demo_event_id, status=["starting", "active"], limit=5)
    assert isinstance(sessions, SessionList)
    assert (sessions.items, sessions.total, sessions.limit, sessions.offset) == ([], 0, 5, 0)


def test_a_session_that_does_not_exist_raises_not_found(sign_in: Callable[[str], Credentials], live_service_url: str) -> None:
    client = LiveServiceClient(live_service_url, sign_in("speaker1"))
    missing = str(uuid.uuid4())
    with pytest.raises(NotFoundError) as raised:
        client.get_session(missing)
    assert raised.value.operation == "getSession"
    assert missing in (raised.value.detail or "")
    with pytest.raises(NotFoundError):
        client.list_session_transcripts(missing)


def test_a_listener_may_not_start_the_agents(sign_in: Callable[[str], Credentials], live_service_url: str, demo_event_id: str, demo_channel_id: str) -> None:
    with pytest.raises(ForbiddenError) as raised:
        LiveServiceClient(live_service_url, sign_in("listener1")).start_session(StartSessionRequest(event_id=demo_event_id, channel_id=demo_channel_id))
    assert raised.value.status == 403
    assert raised.value.operation == "startSession"


def test_a_start_without_a_channel_raises_a_bad_request_naming_it(sign_in: Callable[[str], Credentials], live_service_url: str, demo_event_id: str) -> None:
    with pytest.raises(BadRequestError) as raised:
        LiveServiceClient(live_service_url, sign_in("speaker1")).start_session({"event_id": demo_event_id})
    issues = raised.value.problem.model_extra["errors"]
    assert any("channel_id" in (issue.get("path") or "") + issue["message"] for issue in issues)


def test_an_event_in_draft_refuses_to_start_with_a_conflict_naming_its_status(
    sign_in: Callable[[str], Credentials], events_url: str, live_service_url: str
) -> None:
    manager = sign_in("manager")
    events = EventsClient(events_url, manager)
    event = events.create_event(
        EventCreate(title=f"Dry run {uuid.uuid4()}", starts_at="2026-12-10T10:00:00Z", ends_at="2026-12-10T11:00:00Z", timezone="UTC")
    )
    channel = events.create_channel(event.id, ChannelCreate(name="Main", source_language="en", target_languages=["es"]), if_match=f'"{event.version}"')
    with pytest.raises(ConflictError) as raised:
        LiveServiceClient(live_service_url, manager).start_session({"event_id": event.id, "channel_id": channel.id})
    assert raised.value.type == "https://ilenia.dev/problems/event-not-open"
    assert raised.value.problem.model_extra["event_status"] == "draft"


def test_a_listener_reads_the_event_transcript_empty_before_anyone_spoke_in_json_and_webvtt(
    sign_in: Callable[[str], Credentials], live_service_url: str, demo_event_id: str
) -> None:
    listener = LiveServiceClient(live_service_url, sign_in("listener1"))
    transcript = listener.get_live_event_transcript(demo_event_id, "es")
    assert isinstance(transcript, LiveEventTranscript)
    assert (transcript.language, transcript.sessions, transcript.segments, transcript.complete) == ("es", [], [], True)
    subtitles = listener.get_live_event_transcript(demo_event_id, "es", format="vtt")
    assert isinstance(subtitles, str)
    assert subtitles.startswith("WEBVTT")
    # A language the event does not offer.
    with pytest.raises(NotFoundError):
        listener.get_live_event_transcript(demo_event_id, "fr")


def test_health_answers_without_signing_in(live_service_url: str) -> None:
    health = LiveServiceClient(live_service_url).get_health()
    assert isinstance(health, Health)
    assert (health.status, health.service) == ("ok", "live-service")
