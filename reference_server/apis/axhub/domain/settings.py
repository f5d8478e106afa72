"""Tunables of the simulated platform (durations, URLs)."""

from __future__ import annotations

from dataclasses import dataclass


def seconds_to_us(seconds: float) -> int:
    return int(round(seconds * 1_000_000))


@dataclass(frozen=True)
class Settings:
    # Each deployment stage (pending, building, pushing, deploying) lasts this long.
    stage_seconds: float = 2.0
    # Each bootstrap saga stage (app, repo, push, connect, deploy) lasts this long.
    bootstrap_stage_seconds: float = 1.0
    # A promotion (re)run finishes this long after it started.
    promotion_seconds: float = 2.0
    # A promotion still "promoting" after this long is stuck, hence retryable.
    promotion_stuck_seconds: float = 600.0
    # Lifetime of a GitHub App install state token.
    state_ttl_seconds: float = 600.0
    # Where pushed images live.
    image_registry: str = "gcr.io/axhub-apps"
    # Idempotency keys are remembered this long.
    idempotency_ttl_seconds: float = 24 * 3600.0

    @property
    def stage_us(self) -> int:
        return seconds_to_us(self.stage_seconds)

    @property
    def bootstrap_stage_us(self) -> int:
        return seconds_to_us(self.bootstrap_stage_seconds)

    @property
    def promotion_us(self) -> int:
        return seconds_to_us(self.promotion_seconds)

    @property
    def promotion_stuck_us(self) -> int:
        return seconds_to_us(self.promotion_stuck_seconds)

    @property
    def state_ttl_us(self) -> int:
        return seconds_to_us(self.state_ttl_seconds)

    @property
    def idempotency_ttl_us(self) -> int:
        return seconds_to_us(self.idempotency_ttl_seconds)
