"""Compatibility alias: the AxHub fixtures live in ``reference_server.apis.axhub.fixtures``.

Kept for callers outside the server's own tree that import the old path
(``tests/bench/server_bench.py``). Not part of the API-neutral layer: nothing
in ``reference_server/`` imports it.
"""

from reference_server.apis.axhub.fixtures import DEFAULT_FIXTURE, FixtureError, ensure_fixtures

__all__ = ["DEFAULT_FIXTURE", "FixtureError", "ensure_fixtures"]
