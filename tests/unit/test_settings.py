"""Per-API settings: the environment prefix every SDK reads its token, base URL and log level under."""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Diagnostics
from generator.settings import env_prefix_for, load_settings

REPO = Path(__file__).resolve().parents[2]


def _settings_in(tmp_path: Path, toml: str) -> tuple[str, Diagnostics]:
    (tmp_path / "openapi.yaml").write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n")
    (tmp_path / "sdkgen.toml").write_text(toml)
    diagnostics = Diagnostics()
    return load_settings(tmp_path / "openapi.yaml", diagnostics).env_prefix, diagnostics


def test_axhub_declares_its_prefix() -> None:
    assert load_settings(REPO / "spec/axhub/openapi.yaml", Diagnostics()).env_prefix == "AXHUB"


def test_prefix_is_derived_from_the_api_name() -> None:
    assert env_prefix_for(None, ["museum", "api"]) == "MUSEUM_API"
    assert env_prefix_for(None, ["9", "lives"]) == "API_9_LIVES"  # a variable name cannot start with a digit
    assert env_prefix_for(None, []) == "API"


def test_a_given_prefix_wins(tmp_path: Path) -> None:
    prefix, diagnostics = _settings_in(tmp_path, '[api]\nname = "shop"\nenv_prefix = "SHOP_V2"\n')
    assert (prefix, list(diagnostics)) == ("SHOP_V2", [])


def test_an_invalid_prefix_warns_and_falls_back(tmp_path: Path) -> None:
    prefix, diagnostics = _settings_in(tmp_path, '[api]\nname = "shop"\nenv_prefix = "shop-x"\n')
    assert prefix == "SHOP"
    assert [d.code for d in diagnostics.warnings] == ["settings-env-prefix"]
    assert "shop-x" in diagnostics.warnings[0].message
