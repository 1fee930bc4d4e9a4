"""The services under test, as the vitest wrappers in scripts/generate/python/ started them."""
import os
from typing import Callable, Tuple

import pytest

from ilenia_sdk import Credentials, EventsClient


@pytest.fixture(scope="session")
def auth_url() -> str:
    return os.environ["ILENIA_AUTH_URL"]


@pytest.fixture(scope="session")
def events_url() -> str:
    return os.environ["ILENIA_EVENTS_URL"]


@pytest.fixture(scope="session")
def livekit_provider_url() -> str:
    return os.environ["ILENIA_LIVEKIT_PROVIDER_URL"]


@pytest.fixture(scope="session")
def live_service_url() -> str:
    return os.environ["ILENIA_LIVE_SERVICE_URL"]


@pytest.fixture(scope="session")
def demo_password() -> str:
    return os.environ["ILENIA_DEMO_PASSWORD"]


@pytest.fixture(scope="session")
def demo_event_id() -> str:
    """The demo event (status ready): channel demo_channel_id, English into Spanish, speakers speaker1 and speaker2."""
    return os.environ["ILENIA_DEMO_EVENT_ID"]


@pytest.fixture(scope="session")
def demo_channel_id() -> str:
    return os.environ["ILENIA_DEMO_CHANNEL_ID"]


@pytest.fixture(scope="session")
def live_service_client() -> Tuple[str, str]:
    """The live service's OAuth client (id, secret), as the development fixtures seed it."""
    return os.environ["ILENIA_LIVE_SERVICE_CLIENT_ID"], os.environ["ILENIA_LIVE_SERVICE_CLIENT_SECRET"]


@pytest.fixture()
def sign_in(auth_url: str, demo_password: str) -> Callable[[str], Credentials]:
    """Signs in one of the demo users by the name before `@ilenia.dev` (`speaker1`, `listener1`, `manager`)."""
    return lambda user: Credentials.sign_in(auth_url, f"{user}@ilenia.dev", demo_password)


@pytest.fixture()
def manager(sign_in: Callable[[str], Credentials]) -> Credentials:
    return sign_in("manager")


@pytest.fixture()
def manager_events(events_url: str, manager: Credentials) -> EventsClient:
    return EventsClient(events_url, manager)
