"""What a generated gem loads: the standard library features its entry file requires, the
runtime files in load order, and the gem's own files in the order the entry file requires them."""

from __future__ import annotations

# The runtime files, in the order they are loaded into the SDK's module (a file's
# superclasses and load-time constants come before it). tests/sdk_ruby checks that this
# names every file of templates/ruby/runtime.
RUNTIME_FILES = (
    "internal/constants",
    "internal/text",
    "internal/headers",
    "errors",
    "results",
    "server_sent_event",
    "options",
    "file_part",
    "operation",
    "model",
    "internal/serde",
    "internal/retry_policy",
    "internal/path_style",
    "internal/request_builder",
    "internal/arguments",
    "internal/body_encoder",
    "internal/response_parser",
    "internal/event_parser",
    "internal/auth",
    "internal/config",
    "internal/session",
    "internal/hosts",
    "internal/pager",
    "transport",
    "request_signer",
    "webhook",
    "internal/resume",
    "raw_response",
    "page",
    "base_client",
)

# The oldest Ruby a generated gem supports: the gemspec's `required_ruby_version`, RuboCop's
# `TargetRubyVersion` and the README all say it (Debian 12's Ruby, which the tests install and run on).
RUBY_FLOOR = "3.1"
# The Ruby release the tests run on, as the README states it (tests/install checks it is the floor).
RUBY_TESTED = "3.1.2"
RUBY_TESTED_ON = "Debian 12"
# What a gem's entry file requires: the whole of what the runtime uses, all standard library (a
# generated gem has no dependency).
STANDARD_LIBRARY = ("date", "json", "net/http", "openssl", "securerandom", "set", "time", "uri", "zlib")


def gem_files(gem: str, resource_files: list[str]) -> list[str]:
    """The files the entry file requires (relative to it, without `.rb`), in load order: what a
    file refers to at load time comes before it."""
    return [f"{gem}/version", f"{gem}/runtime", f"{gem}/models", f"{gem}/operations",
            *(f"{gem}/resources/{file}" for file in resource_files), f"{gem}/client"]
