"""`x-sdkgen-session` on an operation: the call that logs in, refreshes the session or logs out.

    x-sdkgen-session:
      role: login                 # login | refresh | logout
      accessToken: accessToken    # login, refresh: dotted path of wire names in the answer
      refreshToken: refreshToken  # login, refresh
      expiresIn: expiresIn        # login, refresh, optional: seconds until the access token expires
      requestField: refreshToken  # refresh (required), logout (optional): the body field of the token

`apply` reads one operation's value (ir.SessionRole); `gather` runs once the whole API is built: it
checks the answer paths against the success response's model and that there is exactly one refresh
operation beside at least one login, and records ir.Api.session. Every runtime implements the one
mechanism of ir.SessionRole, whatever the API calls its fields.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from .. import ir
from .base import OperationExtension, Site

KEY = "x-sdkgen-session"
_PATH_KEYS = {"accessToken": "access_token_path", "refreshToken": "refresh_token_path", "expiresIn": "expires_in_path"}
_KNOWN = ("role", *_PATH_KEYS, "requestField")


def _path(value: dict[str, Any], key: str, problems: list[str]) -> tuple[str, ...]:
    raw = value.get(key)
    if raw is None:
        return ()
    if not isinstance(raw, str) or not raw or any(not part for part in raw.split(".")):
        problems.append(f"{key} must be a dotted path of field names, like accessToken or data.token")
        return ()
    return tuple(raw.split("."))


def read(value: Any, problems: list[str]) -> ir.SessionRole | None:
    if not isinstance(value, dict):
        problems.append("must be a mapping with a role")
        return None
    unknown = sorted(str(k) for k in value if k not in _KNOWN)
    if unknown:
        problems.append(f"unknown key(s) {', '.join(unknown)} (known: {', '.join(_KNOWN)})")
    role = value.get("role")
    if role not in ir.SESSION_ROLES:
        problems.append(f"role must be one of {', '.join(ir.SESSION_ROLES)} (got {role!r})")
        return None
    paths = {field: _path(value, key, problems) for key, field in _PATH_KEYS.items()}
    request_field = value.get("requestField", "")
    if not isinstance(request_field, str):
        problems.append("requestField must be a field name")
        request_field = ""
    if role in ("login", "refresh"):
        for key in ("accessToken", "refreshToken"):
            if not paths[_PATH_KEYS[key]]:
                problems.append(f"a {role} operation needs {key}: the path of that token in its answer")
    elif any(paths.values()):
        problems.append(
            "a logout operation reads nothing from its answer: leave out accessToken, refreshToken and expiresIn"
        )
    if role == "refresh" and not request_field:
        problems.append("a refresh operation needs requestField: the body field that carries the refresh token")
    if problems:
        return None
    return ir.SessionRole(role=role, request_field=request_field, **paths)


def apply(value: Any, op: ir.Operation, site: Site) -> None:
    problems: list[str] = []
    role = read(value, problems)
    if role is None:
        site.error(
            f"{KEY}: " + "; ".join(problems),
            "e.g. {role: login, accessToken: accessToken, refreshToken: refreshToken}",
        )
        return
    op.session = role


def resolve_alias(api: ir.Api, t: ir.Type | None) -> ir.Type | None:
    """`t` with named aliases followed to what they stand for (a cycle stops where it closes)."""
    seen: set[str] = set()
    while isinstance(t, ir.NamedType) and t.name not in seen:
        seen.add(t.name)
        model = api.models.get(t.name)
        if not isinstance(model, ir.AliasModel):
            break
        t = model.target
    return t


def field_type(api: ir.Api, start: ir.Type | None, path: tuple[str, ...]) -> ir.Type | None:
    """The type at `path` (wire names) inside `start`, through named object models; None if absent."""
    current = start
    for name in path:
        current = resolve_alias(api, current)
        model = api.models.get(current.name) if isinstance(current, ir.NamedType) else None
        if not isinstance(model, ir.ObjectModel):
            return None
        found = next((f for f in model.fields if f.wire_name == name), None)
        if found is None:
            return None
        current = found.type
    return current


def _is_primitive(api: ir.Api, t: ir.Type | None, names: tuple[str, ...]) -> bool:
    t = resolve_alias(api, t)
    return isinstance(t, ir.Primitive) and t.name in names


def _body_type(op: ir.Operation) -> ir.Type | None:
    for response in op.success_responses:
        if response.type is not None and response.content_type and "json" in response.content_type:
            return response.type
    return None


def _check_operation(api: ir.Api, op: ir.Operation, role: ir.SessionRole, report: Callable[[str], None]) -> None:
    answer = _body_type(op)
    checks = (
        ("accessToken", role.access_token_path, ("string",)),
        ("refreshToken", role.refresh_token_path, ("string",)),
        ("expiresIn", role.expires_in_path, ("integer", "number")),
    )
    for key, path, kinds in checks:
        if not path:
            continue
        if answer is None:
            report(f"{op.operation_id}: {key} names {'.'.join(path)} but the operation answers no JSON body")
            return
        if not _is_primitive(api, field_type(api, answer, path), kinds):
            report(f"{op.operation_id}: {key} path {'.'.join(path)} is not a {' or '.join(kinds)} field of the answer")
    if role.request_field:
        body = op.body.type if op.body is not None else None
        if body is None or not _is_primitive(api, field_type(api, body, (role.request_field,)), ("string",)):
            report(f"{op.operation_id}: requestField {role.request_field} is not a string field of the request body")


def gather(api: ir.Api, report: Callable[[ir.Operation, str], None]) -> None:
    """Check every marked operation and record `api.session` (left None when something is wrong)."""
    marked = [op for op in api.operations if op.session is not None]
    if not marked:
        return
    problems = 0

    def problem(op: ir.Operation, message: str) -> None:
        nonlocal problems
        problems += 1
        report(op, message)

    for op in marked:
        assert op.session is not None
        _check_operation(api, op, op.session, functools.partial(problem, op))
    by_role: dict[str, list[ir.Operation]] = {role: [] for role in ir.SESSION_ROLES}
    for op in marked:
        assert op.session is not None
        by_role[op.session.role].append(op)
    if len(by_role["refresh"]) != 1:
        names = ", ".join(op.operation_id for op in by_role["refresh"]) or "none"
        problem(marked[0], f"exactly one operation must have role refresh (found: {names})")
    if not by_role["login"]:
        problem(marked[0], "no operation has role login: nothing opens a session")
    if len(by_role["logout"]) > 1:
        problem(by_role["logout"][1], "more than one operation has role logout")
    if problems:
        return
    api.session = ir.Session(
        login=tuple(op.operation_id for op in by_role["login"]),
        refresh=by_role["refresh"][0].operation_id,
        logout=by_role["logout"][0].operation_id if by_role["logout"] else "",
    )


EXTENSION = OperationExtension(KEY, "the operations that open, refresh and close a token session", apply)
