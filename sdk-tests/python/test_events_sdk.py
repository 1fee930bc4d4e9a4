"""A Python script's view of Ilenia: sign in, manage and list events, and typed problems."""
import uuid

import pytest

from ilenia_sdk import BadRequestError, Credentials, EventsClient, ForbiddenError, NotFoundError, PreconditionFailedError, ProblemError, UnauthorizedError
from ilenia_sdk.events import Event, EventCreate, EventPage, EventUpdate


def new_event(title: str) -> EventCreate:
    return EventCreate(title=title, starts_at="2026-11-28T18:00:00+01:00", ends_at="2026-11-28T19:30:00+01:00", timezone="Europe/Madrid")


def test_a_manager_creates_an_event_and_finds_it_in_the_list(manager_events: EventsClient) -> None:
    title = f"Python SDK keynote {uuid.uuid4()}"
    created = manager_events.create_event(new_event(title))
    assert isinstance(created, Event)
    assert created.title == title
    assert created.status == "draft"

    page = manager_events.list_events(q=title)
    assert isinstance(page, EventPage)
    assert [event.id for event in page.items] == [created.id]
    assert page.total == 1
    assert manager_events.get_event(created.id).title == title


def test_list_filters_are_sent_as_the_spec_names_them(manager_events: EventsClient) -> None:
    title = f"Filtered {uuid.uuid4()}"
    manager_events.create_event(new_event(title))
    assert manager_events.list_events(q=title, status=["live"]).total == 0
    assert manager_events.list_events(q=title, status=["draft", "live"]).total == 1


def test_an_unknown_event_raises_a_typed_not_found_problem(manager_events: EventsClient) -> None:
    with pytest.raises(NotFoundError) as raised:
        manager_events.get_event(str(uuid.uuid4()))
    error = raised.value
    assert isinstance(error, ProblemError)
    assert error.status == 404
    assert error.problem.status == 404
    assert error.title
    assert error.operation == "getEvent"


def test_an_invalid_body_raises_a_bad_request_naming_the_field(manager_events: EventsClient) -> None:
    with pytest.raises(BadRequestError) as raised:
        manager_events.create_event({"title": "No dates", "timezone": "Europe/Madrid"})
    issues = raised.value.problem.model_extra["errors"]
    assert any("starts_at" in (issue.get("path") or "") + issue["message"] for issue in issues)


def test_a_listener_may_not_create_events(auth_url: str, events_url: str, demo_password: str) -> None:
    listener = Credentials.sign_in(auth_url, "listener1@ilenia.dev", demo_password)
    with pytest.raises(ForbiddenError) as raised:
        EventsClient(events_url, listener).create_event(new_event("Not mine to make"))
    assert raised.value.status == 403


def test_a_wrong_password_raises_unauthorized(auth_url: str) -> None:
    with pytest.raises(UnauthorizedError):
        Credentials.sign_in(auth_url, "manager@ilenia.dev", "not-the-password")


def test_a_rejected_access_token_is_refreshed_once_and_the_call_retried(manager_events: EventsClient, manager: Credentials) -> None:
    first_refresh_token = manager.refresh_token
    assert first_refresh_token
    manager.access_token = "expired.or.revoked"
    page = manager_events.list_events(limit=1)
    assert isinstance(page, EventPage)
    assert manager.access_token != "expired.or.revoked"
    # Refresh tokens are single-use: the SDK keeps the rotated one for the next refresh.
    assert manager.refresh_token and manager.refresh_token != first_refresh_token
    manager.refresh()
    assert manager_events.list_events(limit=1).limit == 1


def test_without_a_refresh_token_a_rejected_token_raises_unauthorized(events_url: str) -> None:
    with pytest.raises(UnauthorizedError):
        EventsClient(events_url, Credentials("not.a.token")).list_events()


def test_signing_out_ends_refreshing(manager: Credentials) -> None:
    refresh_token = manager.refresh_token
    manager.sign_out()
    assert not manager.can_refresh
    with pytest.raises(ProblemError):
        Credentials("unused", refresh_token, manager.auth_url).refresh()


def test_an_update_sends_only_the_fields_set_and_a_stale_version_raises_precondition_failed(manager_events: EventsClient) -> None:
    created = manager_events.create_event(new_event(f"Before {uuid.uuid4()}").model_copy(update={"description": "Old"}))
    updated = manager_events.update_event(created.id, EventUpdate(title="After", description=None), if_match=f'"{created.version}"')
    assert updated.title == "After"
    assert not updated.description
    assert updated.timezone == "Europe/Madrid"
    with pytest.raises(PreconditionFailedError) as raised:
        manager_events.update_event(created.id, EventUpdate(title="Too late"), if_match=f'"{created.version}"')
    assert raised.value.status == 412
