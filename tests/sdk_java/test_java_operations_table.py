"""What the Java target writes into Operations.java for security schemes and server-sent events
(the runtime's side of both is tested by the SDK's own JUnit tests; compiling is the matrix's job)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.cli import main

CASES = Path(__file__).resolve().parents[1] / "generation" / "cases"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("java-tables")
    for case in ("security.yaml", "params_bodies.yaml", "composition.yaml"):
        assert main(["generate", "--spec", str(CASES / case), "--lang", "java", "--out", str(folder)]) == 0
    return folder


def factories(root: Path) -> dict[str, str]:
    """operationId -> the builder chain of its factory method in Operations.java."""
    (table,) = root.glob("src/main/java/**/Operations.java")
    text = table.read_text(encoding="utf-8")
    return {m.group(1): m.group(2) for m in re.finditer(r'builder\("([^"]+)", [^\n]*\n(.*?)\.build\(\);', text, re.S)}


def test_each_operation_lists_the_schemes_it_accepts(out: Path) -> None:
    chains = factories(out / "security" / "java")
    expected = {
        "withBearer": '.security(SecurityScheme.http("bearer"))',
        "withBasic": '.security(SecurityScheme.http("basic"))',
        "withHeaderKey": '.security(SecurityScheme.apiKey(Operation.Location.HEADER, "X-API-Key"))',
        "withQueryKey": '.security(SecurityScheme.apiKey(Operation.Location.QUERY, "api_key"))',
        "withCookieKey": '.security(SecurityScheme.apiKey(Operation.Location.COOKIE, "session_key"))',
        "withOauth": '.security(SecurityScheme.oauth2("https://auth.example.com/token"))',
        "publicCall": ".security()",
    }
    assert set(chains) == set(expected)
    for operation_id, line in expected.items():
        assert [s.strip() for s in chains[operation_id].splitlines() if ".security(" in s] == [line], operation_id


def test_an_api_without_schemes_declares_no_security(out: Path) -> None:
    chains = factories(out / "composition" / "java")
    assert chains and not any(".security(" in chain for chain in chains.values())


def test_an_event_stream_operation_returns_an_event_stream(out: Path) -> None:
    root = out / "params_bodies" / "java"
    (table,) = root.glob("src/main/java/**/Operations.java")
    text = table.read_text(encoding="utf-8")
    assert "public static final Operation<EventStream> STREAM_EVENTS = streamEvents();" in text
    assert '.response("200", Operation.ResponseKind.EVENTS)' in factories(root)["streamEvents"]
    resources = "\n".join(p.read_text(encoding="utf-8") for p in root.glob("src/main/java/**/resources/*.java"))
    assert "public EventStream streamEvents(" in resources
    assert "public CompletableFuture<EventStream> streamEventsAsync(" in resources
