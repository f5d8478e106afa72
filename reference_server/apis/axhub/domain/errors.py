"""The one error type of the domain layer.

Every refusal carries an HTTP status, a stable machine code and a message; the
HTTP layer turns it 1:1 into the shared error body
``{"statusCode", "code", "message", "retryAfter"}``.
"""

from __future__ import annotations

from reference_server.api import DomainError

__all__ = ["DomainError", "ERROR_STATUS", "fail"]

# Every code the domain layer uses, with the status it travels with by default
# (codes follow spec/axhub/openapi.yaml). ``invalid_state`` is the one code
# used with several statuses: 400 for an unknown install state token, 409 for
# cancelling a finished deployment, 412 for retrying a promotion that is not
# retryable; those call sites pass the status explicitly.
ERROR_STATUS: dict[str, int] = {
    "validation_failed": 400,
    "invalid_state": 400,
    "state_expired": 400,
    "invalid_branch": 400,
    "unknown_template": 400,
    "installation_owner_mismatch": 400,
    "installation_verification_failed": 400,
    "unauthorized": 401,
    "forbidden": 403,
    "release_not_approved": 403,
    "state_app_mismatch": 403,
    "state_owner_mismatch": 403,
    "installation_not_owned": 403,
    "not_found": 404,
    "conflict": 409,
    "deployment_in_progress": 409,
    "idempotency_key_reused": 409,
    "precondition_failed": 412,
    "no_subdomain": 412,
    "no_git_connection": 412,
    "staging_required": 412,
    "no_image": 412,
    "confirm_schema_skew_required": 412,
    "no_production_deployment": 412,
    "confirm_discard_ops_required": 412,
    "pending_review": 412,
    "github_app_not_installed": 422,
    "github_relogin_required": 428,
    "rate_limited": 429,
    "internal_error": 500,
    "github_upstream_error": 502,
    "logs_unavailable": 503,
}


def fail(code: str, message: str, *, status: int | None = None, retry_after: int | None = None) -> DomainError:
    """Build the error for ``code`` with its registered status (or ``status``)."""
    return DomainError(status if status is not None else ERROR_STATUS[code], code, message, retry_after)


def validation(message: str) -> DomainError:
    return fail("validation_failed", message)


def not_found(message: str = "not found") -> DomainError:
    return fail("not_found", message)


def forbidden(message: str = "forbidden") -> DomainError:
    return fail("forbidden", message)


def unauthorized(message: str = "authentication required") -> DomainError:
    return fail("unauthorized", message)


def conflict(message: str) -> DomainError:
    return fail("conflict", message)
