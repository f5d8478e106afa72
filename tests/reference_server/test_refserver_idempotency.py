"""Idempotency keys: record, replay, conflicts, abandon, expiry."""

from __future__ import annotations

import threading

from refserver_testlib import Users, raises

from reference_server.apis.axhub.domain.idempotency import Proceed, Replay, request_hash
from reference_server.apis.axhub.domain.service import Platform

OP = "deployPostApiV1AppsByAppIDDeployments"


def test_first_request_proceeds_then_replays(platform: Platform, users: Users):
    assert platform.idempotency_begin(users.owner.id, "k1", OP, {"a": 1}) == Proceed()
    platform.idempotency_complete(users.owner.id, "k1", 202, {"Content-Type": "application/json"}, '{"id": "x"}')
    replay = platform.idempotency_begin(users.owner.id, "k1", OP, {"a": 1})
    assert replay == Replay(202, {"Content-Type": "application/json"}, '{"id": "x"}')


def test_same_key_other_body_is_409(platform: Platform, users: Users):
    platform.idempotency_begin(users.owner.id, "k1", OP, {"a": 1})
    platform.idempotency_complete(users.owner.id, "k1", 202, {}, "{}")
    raises("idempotency_key_reused", 409, platform.idempotency_begin, users.owner.id, "k1", OP, {"a": 2})
    raises(
        "idempotency_key_reused",
        409,
        platform.idempotency_begin,
        users.owner.id,
        "k1",
        "deployPutApiV1AppsByAppIDStaging",
        {"a": 1},
    )


def test_key_order_in_body_does_not_matter():
    assert request_hash(OP, {"a": 1, "b": 2}) == request_hash(OP, {"b": 2, "a": 1})
    assert request_hash(OP, None) != request_hash(OP, {})


def test_in_flight_duplicate_is_409(platform: Platform, users: Users):
    platform.idempotency_begin(users.owner.id, "k1", OP, {})
    raises("conflict", 409, platform.idempotency_begin, users.owner.id, "k1", OP, {})


def test_keys_are_per_principal(platform: Platform, users: Users):
    platform.idempotency_begin(users.owner.id, "k1", OP, {})
    assert platform.idempotency_begin(users.admin.id, "k1", OP, {"other": True}) == Proceed()


def test_abandon_lets_a_retry_run(platform: Platform, users: Users):
    platform.idempotency_begin(users.owner.id, "k1", OP, {})
    platform.idempotency_abandon(users.owner.id, "k1")
    assert platform.idempotency_begin(users.owner.id, "k1", OP, {}) == Proceed()


def test_abandon_keeps_completed_responses(platform: Platform, users: Users):
    platform.idempotency_begin(users.owner.id, "k1", OP, {})
    platform.idempotency_complete(users.owner.id, "k1", 202, {}, "{}")
    platform.idempotency_abandon(users.owner.id, "k1")
    assert isinstance(platform.idempotency_begin(users.owner.id, "k1", OP, {}), Replay)


def test_keys_expire(platform: Platform, users: Users):
    platform.idempotency_begin(users.owner.id, "k1", OP, {"a": 1})
    platform.idempotency_complete(users.owner.id, "k1", 202, {}, "{}")
    platform.clock.advance(24 * 3600 + 1)
    assert platform.idempotency_begin(users.owner.id, "k1", OP, {"a": 2}) == Proceed()


def test_bad_keys_are_400(platform: Platform, users: Users):
    for key in ("", "x" * 256, "new\nline"):
        raises("validation_failed", 400, platform.idempotency_begin, users.owner.id, key, OP, {})


def test_replay_of_a_204_without_body(platform: Platform, users: Users):
    platform.idempotency_begin(users.owner.id, "k2", OP, None)
    platform.idempotency_complete(users.owner.id, "k2", 204, {}, None)
    assert platform.idempotency_begin(users.owner.id, "k2", OP, None) == Replay(204, {}, None)


def test_concurrent_begins_let_exactly_one_proceed(platform: Platform, users: Users):
    outcomes: list[str] = []
    barrier = threading.Barrier(10)

    def worker() -> None:
        barrier.wait()
        try:
            outcome = platform.idempotency_begin(users.owner.id, "race", OP, {})
            outcomes.append(type(outcome).__name__)
        except Exception as exc:
            outcomes.append(getattr(exc, "code", repr(exc)))

    threads = [threading.Thread(target=worker) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert sorted(outcomes) == ["Proceed"] + ["conflict"] * 9


def test_hash_covers_the_parameters():
    assert request_hash(OP, {}, {"path": {"did": "a"}}) != request_hash(OP, {}, {"path": {"did": "c"}})
    assert request_hash(OP, {}, {"path": {"did": "a"}}) == request_hash(OP, {}, {"path": {"did": "a"}})
