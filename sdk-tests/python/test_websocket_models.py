"""The WebSocket message models accept every example of the AsyncAPI spec and reject the unknown."""
import json
import pathlib

import pytest
from pydantic import ValidationError

from ilenia_sdk.live_event_ws import MESSAGE_MODELS, SubtitleFinal, parse_message

spec = json.loads((pathlib.Path(__file__).parents[2] / "generated/specs/live-event-ws.json").read_text())
json_examples = [
    (name, example["payload"])
    for name, message in spec["components"]["messages"].items()
    for example in message.get("examples", [])
    if isinstance(example.get("payload"), dict)
]


def test_every_json_message_of_the_spec_has_examples() -> None:
    assert len({name for name, _ in json_examples}) == len(MESSAGE_MODELS)


@pytest.mark.parametrize("name,payload", json_examples, ids=[name for name, _ in json_examples])
def test_each_spec_example_parses_into_its_model(name: str, payload: dict) -> None:
    message = parse_message(payload)
    assert type(message).__name__ == name
    assert message.model_dump(mode="json", by_alias=True, exclude_none=True)["type"] == payload["type"]


def test_a_subtitle_missing_its_text_is_rejected() -> None:
    example = next(payload for name, payload in json_examples if name == "SubtitleFinal")
    with pytest.raises(ValidationError):
        SubtitleFinal.model_validate({key: value for key, value in example.items() if key != "text"})


def test_an_unknown_message_type_is_rejected() -> None:
    with pytest.raises(ValueError):
        parse_message({"type": "no_such_message"})
