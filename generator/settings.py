"""Per-API settings: `sdkgen.toml` beside the spec, or defaults derived from it.

A spec without settings (any document from elsewhere) still generates: the
names then come from the API's folder or file name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostics, Location
from .naming import kebab, pascal, snake, split_words

SPEC_FILE_NAMES = ("openapi.yaml", "openapi.yml", "openapi.json")


@dataclass
class Settings:
    api_name: str  # folder name under sdks/
    version: str
    title: str
    # Prefix of the environment variables every SDK reads (<PREFIX>_TOKEN, <PREFIX>_BASE_URL, <PREFIX>_LOG).
    env_prefix: str = "API"
    languages: dict[str, dict[str, Any]] = field(default_factory=dict)

    def for_language(self, language: str) -> dict[str, Any]:
        return self.languages.get(language, {})


def find_spec_file(path: Path) -> Path | None:
    if path.is_file():
        return path
    for name in SPEC_FILE_NAMES:
        candidate = path / name
        if candidate.is_file():
            return candidate
    return None


def api_name_for(spec_file: Path) -> str:
    """The folder name an API's SDKs go to: the spec's folder, or the file's stem."""
    base = spec_file.parent.name if spec_file.name in SPEC_FILE_NAMES else spec_file.stem
    return snake(split_words(base)) or "api"


def load_settings(spec_file: Path, diagnostics: Diagnostics) -> Settings:
    name = api_name_for(spec_file)
    settings_file = spec_file.parent / "sdkgen.toml"
    raw: dict[str, Any] = {}
    if settings_file.is_file() and spec_file.name in SPEC_FILE_NAMES:
        import tomllib  # here: most specs come without settings

        try:
            raw = tomllib.loads(settings_file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, OSError) as exc:
            diagnostics.error("settings-invalid", f"cannot read settings: {exc}", Location(str(settings_file)))
    api = raw.get("api", {}) if isinstance(raw.get("api"), dict) else {}
    if "env_prefix" in api and env_prefix_for(api["env_prefix"], []) != api["env_prefix"]:
        diagnostics.warning("settings-env-prefix", f"[api] env_prefix {api['env_prefix']!r} is not an upper-case "
                            "variable name (A-Z, 0-9, _); the API's name is used instead", Location(str(settings_file)))
    words = split_words(str(api.get("name") or name)) or ["api"]
    defaults = default_language_settings(words)
    languages = {}
    for language, values in defaults.items():
        given = raw.get(language, {})
        languages[language] = {**values, **(given if isinstance(given, dict) else {})}
    return Settings(
        api_name=snake(words),
        version=str(api.get("version") or "0.1.0"),
        title=str(api.get("title") or pascal(words)),
        env_prefix=env_prefix_for(api.get("env_prefix"), words),
        languages=languages,
    )


def env_prefix_for(given: object, words: list[str]) -> str:
    """The environment prefix: `[api] env_prefix` when it is a valid variable name, else the API's
    name in SCREAMING_SNAKE (`axhub` -> `AXHUB`, `museum-api` -> `MUSEUM_API`)."""
    text = str(given) if isinstance(given, str) else ""
    if re.fullmatch(r"[A-Z][A-Z0-9_]*", text):
        return text
    derived = re.sub(r"[^A-Z0-9_]", "", snake(words).upper())
    return derived if derived[:1].isalpha() else "API" + (f"_{derived}" if derived else "")


def default_language_settings(words: list[str]) -> dict[str, dict[str, Any]]:
    package = snake(words)
    client = pascal(words) + "Client"
    return {
        "python": {"package": package, "client": client, "async_client": "Async" + client},
        "go": {"module": f"example.com/{kebab(words)}-go", "package": package.replace("_", ""), "client": "Client"},
        "java": {"group_id": "com.example", "artifact_id": kebab(words) + "-sdk",
                 "package": "com.example." + package.replace("_", ""), "client": client},
        "kotlin": {"group_id": "com.example", "artifact_id": kebab(words) + "-sdk-kotlin",
                   "package": "com.example." + package.replace("_", "") + ".kotlin", "client": client},
        "ruby": {"gem": package, "module": pascal(words), "client": "Client"},
        "node": {"package": kebab(words) + "-sdk", "client": pascal(words)},
    }
