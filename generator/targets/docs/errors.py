"""The error classes of every SDK, by what went wrong, for the errors page. The names are the
runtimes' own (tests/unit/test_docs_site.py checks each is defined in its runtime's sources)."""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("python", "go", "java", "kotlin", "node", "ruby")


@dataclass(frozen=True)
class ErrorRow:
    what: str
    status: str  # the HTTP status it stands for, or "" for a failure with no answer
    names: dict[str, str]  # language -> class (Go: the type behind the pointer errors.As finds)


def _row(what: str, status: str, stem: str, go: str | None = None, jvm: str | None = None) -> ErrorRow:
    """Python, Node and Ruby spell `<stem>Error`; Go the same unless told; Java and Kotlin
    `<stem>Exception` unless told."""
    error = stem + "Error"
    exception = jvm or stem + "Exception"
    return ErrorRow(what, status, {"python": error, "go": go or error, "java": exception, "kotlin": exception,
                                   "node": error, "ruby": error})


ERROR_ROWS: tuple[ErrorRow, ...] = (
    _row("any answer outside 2xx (the base of the rows below)", "4xx, 5xx", "APIStatus", go="APIError",
         jvm="ApiStatusException"),
    _row("bad request", "400", "BadRequest"),
    _row("missing or rejected credentials", "401", "Authentication"),
    _row("not allowed", "403", "PermissionDenied"),
    _row("not found", "404", "NotFound"),
    _row("conflict", "409", "Conflict"),
    _row("precondition failed", "412", "PreconditionFailed"),
    _row("validation failed", "422", "UnprocessableEntity"),
    _row("precondition required", "428", "PreconditionRequired"),
    _row("rate limited (retried after Retry-After first)", "429", "RateLimit"),
    _row("another 4xx", "4xx", "Client", jvm="ClientErrorException"),
    _row("internal server error", "500", "InternalServer", jvm="InternalServerErrorException"),
    _row("another 5xx", "5xx", "Server", jvm="ServerErrorException"),
    _row("no answer: connection failed", "", "APIConnection", go="ConnectionError", jvm="ApiConnectionException"),
    _row("no answer: timed out", "", "APITimeout", go="TimeoutError", jvm="ApiTimeoutException"),
    _row("a bad argument, refused before sending", "", "InvalidArgument"),
    _row("an answer that does not decode as declared", "", "ResponseDecode"),
    _row("a waiter gave up (timeout, poll limit or stop)", "", "WaiterTimeout"),
)
