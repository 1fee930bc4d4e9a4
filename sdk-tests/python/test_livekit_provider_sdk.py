"""A Python script's view of LiveKit mode's tokens and rooms: who may speak, listen and close a room, and the typed problems."""
import uuid
from typing import Callable, Tuple

import pytest
from pydantic import ValidationError

from ilenia_sdk import AuthClient, BadRequestError, ClientCredentials, ConflictError, Credentials, EventsClient, ForbiddenError, LivekitProviderClient, NotFoundError, UnauthorizedError
from ilenia_sdk.auth import TokenRequest, TokenResponse
from ilenia_sdk.events import ChannelCreate, EventCreate
from ilenia_sdk.livekit_provider import (
    AgentToken,
    AgentTokenRequest,
    CreateOrJoinRoomRequest,
    JoinRoomRequest,
    ListenerRoomAccess,
    RoomDetail,
    RoomList,
    SpeakerRoomAccess,
)


def test_a_speaker_opens_the_channel_room_to_publish_and_a_listener_joins_it_to_subscribe(
    sign_in: Callable[[str], Credentials], auth_url: str, livekit_provider_url: str, demo_event_id: str, demo_channel_id: str
) -> None:
    speaker = sign_in("speaker1")
    opened = LivekitProviderClient(livekit_provider_url, speaker).create_or_join_room(CreateOrJoinRoomRequest(event_id=demo_event_id, channel_id=demo_channel_id))
    assert isinstance(opened, SpeakerRoomAccess)
    assert opened.room_name == f"event-{demo_event_id}-channel-{demo_channel_id}"
    assert opened.identity == f"speaker-{AuthClient(auth_url, speaker).get_current_user().id}"
    assert opened.livekit_token.count(".") == 2
    assert opened.track_name == "original"
    assert opened.grants.can_publish and opened.grants.can_publish_sources == ["microphone"]
    assert not opened.grants.can_publish_data

    listener = LivekitProviderClient(livekit_provider_url, sign_in("listener1"))
    joined = listener.join_room(JoinRoomRequest(event_id=demo_event_id))
    assert isinstance(joined, ListenerRoomAccess)
    assert joined.room_name == opened.room_name
    assert joined.identity.startswith("listener-")
    assert (joined.source_language, joined.target_languages) == ("en", ["es"])
    assert joined.grants.can_subscribe and not joined.grants.can_publish
    assert {track.track_name for track in joined.tracks} == {"original", "translation-es"}
    # Asking for Spanish only narrows the tracks to its synthetic voice.
    spanish = listener.join_room({"event_id": demo_event_id, "channel_id": demo_channel_id, "languages": ["es"]})
    assert [(track.track_name, track.kind, track.language) for track in spanish.tracks] == [("translation-es", "translation", "es")]


def test_a_listener_may_not_open_a_room_to_speak(sign_in: Callable[[str], Credentials], livekit_provider_url: str, demo_event_id: str, demo_channel_id: str) -> None:
    listener = LivekitProviderClient(livekit_provider_url, sign_in("listener1"))
    with pytest.raises(ForbiddenError) as raised:
        listener.create_or_join_room({"event_id": demo_event_id, "channel_id": demo_channel_id})
    assert raised.value.status == 403
    assert raised.value.operation == "createOrJoinRoom"
    assert raised.value.problem.model_extra["missing_permissions"] == ["rooms:speak"]


def test_the_manager_lists_reads_and_closes_the_room_and_the_next_speaker_opens_a_fresh_one(
    sign_in: Callable[[str], Credentials], livekit_provider_url: str, demo_event_id: str, demo_channel_id: str
) -> None:
    speaker = LivekitProviderClient(livekit_provider_url, sign_in("speaker2"))
    room_name = speaker.create_or_join_room({"event_id": demo_event_id, "channel_id": demo_channel_id}).room_name
    manager = LivekitProviderClient(livekit_provider_url, sign_in("manager"))

    rooms = manager.list_rooms(event_id=demo_event_id, limit=10)
    assert isinstance(rooms, RoomList)
    assert [room.room_name for room in rooms.items] == [room_name]
    assert (rooms.total, rooms.limit) == (1, 10)
    detail = manager.get_room(room_name)
    assert isinstance(detail, RoomDetail)
    assert (detail.event_id, detail.channel_id) == (demo_event_id, demo_channel_id)

    assert manager.delete_room(room_name) is None
    with pytest.raises(NotFoundError):
        manager.get_room(room_name)
    assert manager.list_rooms(event_id=demo_event_id).total == 0
    assert speaker.create_or_join_room({"event_id": demo_event_id, "channel_id": demo_channel_id}).room_created


def test_a_room_of_an_event_in_draft_raises_a_conflict_naming_its_status(
    sign_in: Callable[[str], Credentials], events_url: str, livekit_provider_url: str
) -> None:
    manager = sign_in("manager")
    events = EventsClient(events_url, manager)
    event = events.create_event(
        EventCreate(title=f"Rehearsal {uuid.uuid4()}", starts_at="2026-12-10T10:00:00Z", ends_at="2026-12-10T11:00:00Z", timezone="UTC")
    )
    channel = events.create_channel(event.id, ChannelCreate(name="Main", source_language="en", target_languages=["es"]), if_match=f'"{event.version}"')
    with pytest.raises(ConflictError) as raised:
        LivekitProviderClient(livekit_provider_url, manager).create_or_join_room({"event_id": event.id, "channel_id": channel.id})
    assert raised.value.type == "https://ilenia.dev/problems/event-not-open"
    assert raised.value.problem.model_extra["event_status"] == "draft"
    assert raised.value.problem.model_extra["allowed"] == ["ready", "live"]


def test_an_unknown_event_raises_not_found_and_a_missing_event_id_a_bad_request_naming_it(
    sign_in: Callable[[str], Credentials], livekit_provider_url: str
) -> None:
    listener = LivekitProviderClient(livekit_provider_url, sign_in("listener1"))
    with pytest.raises(NotFoundError):
        listener.join_room(JoinRoomRequest(event_id=str(uuid.uuid4())))
    # The models refuse it before sending; a dict goes to the service, which names the field.
    with pytest.raises(ValidationError):
        JoinRoomRequest(channel_id=str(uuid.uuid4()))
    with pytest.raises(BadRequestError) as raised:
        listener.join_room({"channel_id": str(uuid.uuid4())})
    issues = raised.value.problem.model_extra["errors"]
    assert any("event_id" in (issue.get("path") or "") + issue["message"] for issue in issues)


def test_the_live_service_signs_in_with_client_credentials_and_gets_its_agent_token(
    sign_in: Callable[[str], Credentials], auth_url: str, livekit_provider_url: str, live_service_client: Tuple[str, str], demo_event_id: str, demo_channel_id: str
) -> None:
    client_id, client_secret = live_service_client
    issued = AuthClient(auth_url).issue_token(TokenRequest(grant_type="client_credentials", client_id=client_id, client_secret=client_secret, scope="agents:token"))
    assert isinstance(issued, TokenResponse)
    assert issued.scope == "agents:token"

    service = ClientCredentials(auth_url, client_id, client_secret, scope="agents:token")
    provider = LivekitProviderClient(livekit_provider_url, service)
    agent = provider.create_agent_token(AgentTokenRequest(event_id=demo_event_id, channel_id=demo_channel_id))
    assert isinstance(agent, AgentToken)
    assert (agent.identity, agent.room_name) == ("agent-translator", f"event-{demo_event_id}-channel-{demo_channel_id}")
    assert agent.grants.hidden and agent.grants.agent and agent.grants.can_publish_data
    # An expired token has no refresh token to trade: the client asks again with its secret.
    service.access_token = "expired.access.token"
    assert provider.create_agent_token({"event_id": demo_event_id, "channel_id": demo_channel_id}).identity == "agent-translator"
    assert service.access_token != "expired.access.token"

    # A person's token lacks agents:token; a wrong secret is an OAuth error, raised like a problem.
    with pytest.raises(ForbiddenError):
        LivekitProviderClient(livekit_provider_url, sign_in("speaker1")).create_agent_token({"event_id": demo_event_id, "channel_id": demo_channel_id})
    with pytest.raises(UnauthorizedError) as raised:
        ClientCredentials(auth_url, client_id, "not-the-secret")
    assert raised.value.title == "invalid_client"
    assert raised.value.problem.model_extra["error"] == "invalid_client"
