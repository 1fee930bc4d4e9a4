"""The services under test, as scripts/generate/python/python-sdk.test.ts started them."""
import os

import pytest

from ilenia_sdk import Credentials, EventsClient


@pytest.fixture(scope="session")
def auth_url() -> str:
    return os.environ["ILENIA_AUTH_URL"]


@pytest.fixture(scope="session")
def events_url() -> str:
    return os.environ["ILENIA_EVENTS_URL"]


@pytest.fixture(scope="session")
def demo_password() -> str:
    return os.environ["ILENIA_DEMO_PASSWORD"]


@pytest.fixture()
def manager(auth_url: str, demo_password: str) -> Credentials:
    return Credentials.sign_in(auth_url, "manager@ilenia.dev", demo_password)


@pytest.fixture()
def manager_events(events_url: str, manager: Credentials) -> EventsClient:
    return EventsClient(events_url, manager)
