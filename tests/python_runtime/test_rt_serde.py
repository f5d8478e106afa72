"""Models, encoding and decoding: the three states, unknowns kept, unions, dates."""

from __future__ import annotations

import copy
import datetime
import pickle
from typing import Any

import fakeapi.models as m
import pytest
from fakeapi._runtime import UNSET, EmptyResult, Unset, decode, encode
from fakeapi._runtime.serde import format_datetime, parse_datetime

UTC = datetime.timezone.utc  # noqa: UP017

DEPLOYMENT: dict[str, Any] = {
    "id": "dep_1",
    "app_id": "app_1",
    "status": "running",
    "created_at": "2024-05-06T07:08:09Z",
    "completed_at": None,
}


def test_unset_is_a_falsy_singleton() -> None:
    assert repr(UNSET) == "UNSET"
    assert not UNSET
    assert Unset() is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET


def test_empty_result_is_an_empty_dict() -> None:
    assert EmptyResult() == {}
    assert isinstance(EmptyResult(), dict)


def test_decode_model_with_wire_names_and_types() -> None:
    dep = m.Deployment.from_dict({**DEPLOYMENT, "replicas": 3, "cpu": 1, "tags": ["a"],
                                  "labels": {"k": "v"}, "release_date": "2024-05-06"})
    assert dep.id == "dep_1"
    assert dep.app_id == "app_1"
    assert dep.status is m.DeploymentStatus.RUNNING
    assert dep.created_at == datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert dep.replicas == 3
    assert dep.cpu == 1.0 and isinstance(dep.cpu, float)
    assert dep.tags == ["a"]
    assert dep.labels == {"k": "v"}
    assert dep.release_date == datetime.date(2024, 5, 6)


def test_absent_null_and_value_are_three_states() -> None:
    absent = m.Deployment.from_dict(DEPLOYMENT)
    null = m.Deployment.from_dict({**DEPLOYMENT, "image_uri": None})
    value = m.Deployment.from_dict({**DEPLOYMENT, "image_uri": "reg/app:1"})
    assert absent.image_uri is UNSET
    assert null.image_uri is None
    assert value.image_uri == "reg/app:1"
    assert "image_uri" not in absent.to_dict()
    assert null.to_dict()["image_uri"] is None
    assert value.to_dict()["image_uri"] == "reg/app:1"
    # a required nullable field keeps its null
    assert absent.completed_at is None
    assert absent.to_dict()["completed_at"] is None


def test_unknown_fields_are_kept_and_re_encoded() -> None:
    data = {**DEPLOYMENT, "region": "kr", "limits": {"cpu": 2}}
    dep = m.Deployment.from_dict(data)
    assert dep.additional_properties == {"region": "kr", "limits": {"cpu": 2}}
    assert dep.to_dict() == data


def test_unknown_enum_value_is_kept_as_str() -> None:
    dep = m.Deployment.from_dict({**DEPLOYMENT, "status": "hibernating", "priority": 7})
    assert dep.status == "hibernating"
    assert not isinstance(dep.status, m.DeploymentStatus)
    assert dep.priority == 7
    assert m.Deployment.from_dict({**DEPLOYMENT, "priority": 2}).priority is m.Priority.HIGH
    assert dep.to_dict()["status"] == "hibernating"


def test_required_field_missing_becomes_unset_and_does_not_crash() -> None:
    data = {"id": "dep_1", "status": "running"}
    dep = m.Deployment.from_dict(data)
    assert dep.app_id is UNSET
    assert dep.created_at is UNSET
    assert dep.completed_at is UNSET  # not None: the server did not say null
    assert dep.to_dict() == data  # nothing invented on the way back


def test_value_of_the_wrong_type_is_kept_raw() -> None:
    dep = m.Deployment.from_dict({**DEPLOYMENT, "created_at": "yesterday", "tags": "x"})
    assert dep.created_at == "yesterday"
    assert dep.tags == "x"


def test_nested_models_and_lists() -> None:
    page = m.DeploymentPage.from_dict(
        {"items": [DEPLOYMENT, {**DEPLOYMENT, "id": "dep_2", "previous": DEPLOYMENT}],
         "total": 2}
    )
    assert [d.id for d in page.items] == ["dep_1", "dep_2"]
    assert isinstance(page.items[1].previous, m.Deployment)
    assert page.to_dict()["items"][1]["previous"]["id"] == "dep_1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-06T07:08:09Z", datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)),
        ("2024-05-06T07:08:09.5Z", datetime.datetime(2024, 5, 6, 7, 8, 9, 500000, tzinfo=UTC)),
        ("2024-05-06T07:08:09.123456789Z",
         datetime.datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)),
        ("2024-05-06T16:08:09+09:00",
         datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)),
        ("2024-05-06 07:08:09", datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)),
    ],
)
def test_parse_datetime(text: str, expected: datetime.datetime) -> None:
    assert parse_datetime(text) == expected


def test_datetime_round_trip_in_utc_z_form() -> None:
    for text in ("2024-05-06T07:08:09Z", "2024-05-06T07:08:09.250Z", "2024-05-06T07:08:09.000001Z"):
        assert format_datetime(parse_datetime(text)) == text
    seoul = datetime.timezone(datetime.timedelta(hours=9))
    assert encode(datetime.datetime(2024, 1, 1, 9, 0, tzinfo=seoul)) == "2024-01-01T00:00:00Z"
    assert encode(datetime.datetime(2024, 1, 1, 9, 0)) == "2024-01-01T09:00:00Z"  # naive = UTC
    assert encode(datetime.date(2024, 1, 1)) == "2024-01-01"
    dep = m.Deployment.from_dict(DEPLOYMENT)
    assert m.Deployment.from_dict(dep.to_dict()) == dep


def test_encode_values() -> None:
    body = m.DeploymentCreate(image_uri="img", env={"A": "1"})
    assert encode(body) == {"image_uri": "img", "env": {"A": "1"}}
    assert encode(m.DeploymentCreate(image_uri="img", note=None)) == {"image_uri": "img",
                                                                      "note": None}
    assert encode({"a": UNSET, "b": None, "c": [m.DeploymentStatus.FAILED, (1, 2)]}) == {
        "b": None, "c": ["failed", [1, 2]]}
    assert encode(m.Priority.HIGH) == 2
    plain = {"image_uri": "img", "x": {"y": True}}
    assert encode(plain) == plain  # plain mappings pass through with their own keys


def test_discriminated_union_both_ways_and_unknown_value() -> None:
    connected = decode({"connected": True, "provider": "github", "account": "acme"},
                       m.GitConnectionStatus)
    assert isinstance(connected, m.GitConnected)
    assert connected.account == "acme"
    not_connected = decode({"connected": False}, m.GitConnectionStatus)
    assert isinstance(not_connected, m.GitNotConnected)
    unknown = decode({"connected": "maybe", "x": 1}, m.GitConnectionStatus)
    assert unknown == {"connected": "maybe", "x": 1}
    assert isinstance(unknown, dict)


def test_union_without_discriminator_first_strict_fit_wins() -> None:
    cat = decode({"name": "Tom", "meows": True}, m.Pet)
    assert isinstance(cat, m.Cat)
    dog = decode({"name": "Rex", "barks": 3}, m.Pet)
    assert isinstance(dog, m.Dog)
    # "meows" is not a bool, so it is no Cat; it is a Dog (extra keys are allowed)
    dog2 = decode({"name": "Rex", "meows": "no", "barks": 1}, m.Pet)
    assert isinstance(dog2, m.Dog)
    assert dog2.additional_properties == {"meows": "no"}
    # a Literal (const) value that does not match excludes the member
    assert isinstance(decode({"name": "T", "meows": True, "kind": "dog", "barks": 1}, m.Pet),
                      m.Dog)
    # nothing fits: the raw value is kept
    raw = {"name": "Nemo", "swims": True}
    assert decode(raw, m.Pet) == raw
    assert decode(None, m.Pet | None) is None
    assert decode(1.5, int | float) == 1.5
    assert decode(True, int | bool) is True
    assert decode("x", list[m.Pet]) == "x"


def test_decode_containers_and_primitives() -> None:
    assert decode([{"name": "a", "meows": False}], list[m.Cat])[0].meows is False
    decoded = decode({"a": DEPLOYMENT}, dict[str, m.Deployment])
    assert decoded["a"].id == "dep_1"
    assert decode("x", Any) == "x"
    assert decode(3, float) == 3.0


def test_from_dict_rejects_non_mappings() -> None:
    with pytest.raises(TypeError):
        m.Deployment.from_dict(["not", "a", "dict"])  # type: ignore[arg-type]
