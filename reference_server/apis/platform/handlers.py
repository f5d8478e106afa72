"""One handler per operationId of ``spec/platform/openapi.yaml``, and who may call each."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from typing import Any

from reference_server.api import DomainError, RequestFacts, parse_bearer
from reference_server.apis.platform.domain import (
    EVENT_TYPES,
    INVITATION_TTL,
    RESEND_INTERVAL,
    RESET_TTL,
    VERIFY_TTL,
    Caller,
    Platform,
    Scope,
    check_password,
    digest,
    event_stream,
    forbidden,
    hash_password,
    invalid_token,
    member_view,
    new_id,
    not_found,
    parse_stamp,
    random_text,
    stamp,
    tenant_view,
    user_view,
)

P = Mapping[str, Any]
Handler = Callable[[Platform, Caller, P, P, Any], Any]
HANDLERS: dict[str, Handler] = {}
SUCCESS_STATUS: dict[str, int] = {}

# Operations anybody may call (``security: []`` in the spec).
PUBLIC_OPERATIONS = frozenset({
    "register", "login", "refreshSession", "verifyEmail", "resendVerification", "requestPasswordReset",
    "resetPassword",
})
SAME_ANSWER = "If the address has an account, an email is on its way"


def handler(op_id: str, status: int = 200) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[op_id] = fn
        SUCCESS_STATUS[op_id] = status
        return fn

    return register


def authenticate_request(platform: Platform, op_id: str, facts: RequestFacts) -> Caller:
    tenant = facts.headers.get("x-tenant-id")
    last_event = facts.headers.get("last-event-id")
    if op_id in PUBLIC_OPERATIONS:
        return Caller(kind="public")
    caller = platform.caller_for(parse_bearer(facts.headers.get("authorization")))
    return Caller(kind=caller.kind, user_id=caller.user_id, authority=caller.authority, key_id=caller.key_id,
                  jti=caller.jti, tenant_header=tenant, last_event_id=last_event)


def message(text: str) -> dict[str, str]:
    return {"message": text}


def _user(p: Platform, caller: Caller) -> dict[str, Any]:
    user = p.get("user", caller.user_id)
    if user is None:
        raise DomainError(401, "unauthorized", "the account is gone")
    return user


# -- auth ------------------------------------------------------------------------------------------
@handler("register", 201)
def register(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        if p.user_by_email(body["email"]) is not None:
            raise DomainError(409, "email_taken", "an account with this email exists: sign in or reset the password")
        invitation = None
        if body.get("invitationToken"):
            invitation = _invitation_for(p, body["invitationToken"], body["email"])
        moment = stamp(p.now())
        user = {
            "id": new_id("u"), "email": body["email"], "displayName": body["displayName"],
            "passwordHash": hash_password(body["password"]), "emailVerified": False, "isActive": True,
            "createdAt": moment, "updatedAt": moment, "lastLoginAt": moment,
        }
        p.put("user", user["id"], user)
        p.create_tenant(f"{body['displayName']}'s Team", user["id"])
        if invitation is not None:
            _join(p, invitation, user["id"])
        p.send_email(user["email"], "verify", p.email_token("verify", VERIFY_TTL, userId=user["id"]))
        return p.open_session(user)


@handler("login")
def login(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    email = str(body["email"]).lower()
    with p.changed:
        locked = p.lockout_retry_after(email)
        if locked is not None:
            raise DomainError(423, "account_locked", "too many failed sign-ins: the account is locked for now",
                              retry_after=locked)
        user = p.user_by_email(email)
        good = user is not None and check_password(body["password"], user["passwordHash"])
        if user is None or not good:
            p.record_failure(email)  # counted for unknown addresses too: the answer reveals nothing
            raise DomainError(401, "invalid_credentials", "wrong email or password")
        if not user["isActive"]:
            raise DomainError(401, "invalid_credentials", "wrong email or password")
        p.remove("login_failures", email)
        user = {**user, "lastLoginAt": stamp(p.now())}
        p.put("user", user["id"], user)
        return p.open_session(user)


@handler("refreshSession")
def refresh_session(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    key = digest(body["refreshToken"])
    with p.changed:
        record = p.get("refresh_token", key)
        if record is None or record["revokedAt"] is not None or parse_stamp(record["expiresAt"]) <= p.now():
            raise DomainError(401, "invalid_refresh_token", "this refresh token is unknown, revoked or expired")
        user = p.get("user", record["userId"])
        if user is None or not user["isActive"]:
            raise DomainError(401, "invalid_refresh_token", "the session's account is not active")
        p.put("refresh_token", key, {**record, "revokedAt": stamp(p.now())})  # rotation
        return p.open_session(user)


@handler("logout")
def logout(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        if c.jti:
            p.put("revoked_access", c.jti, {"at": stamp(p.now())})
        token = body.get("refreshToken") if isinstance(body, dict) else None
        if token:
            record = p.get("refresh_token", digest(token))
            if record is not None and record["userId"] == c.user_id and record["revokedAt"] is None:
                p.put("refresh_token", digest(token), {**record, "revokedAt": stamp(p.now())})
    return message("Signed out")


@handler("getProfile")
def get_profile(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        return {"user": user_view(_user(p, c)), "memberships": p.memberships(c.user_id)}


@handler("verifyEmail")
def verify_email(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        record = p.use_email_token("verify", body["token"])
        user = p.get("user", record["userId"])
        if user is None:
            raise invalid_token("verification")
        p.put("user", user["id"], {**user, "emailVerified": True, "updatedAt": stamp(p.now())})
    return message("Email verified")


@handler("resendVerification")
def resend_verification(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    email = str(body["email"]).lower()
    with p.changed:
        last = p.get("resend", email)
        if last is not None:
            wait = (parse_stamp(last["at"]) + RESEND_INTERVAL - p.now()).total_seconds()
            if wait > 0:
                raise DomainError(429, "rate_limited", "a verification email was asked for this address a moment ago",
                                  retry_after=max(1, int(wait + 0.999)))
        p.put("resend", email, {"at": stamp(p.now())})
        user = p.user_by_email(email)
        if user is not None and not user["emailVerified"]:
            p.send_email(user["email"], "verify", p.email_token("verify", VERIFY_TTL, userId=user["id"]))
    return message(SAME_ANSWER)


@handler("requestPasswordReset")
def request_password_reset(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        user = p.user_by_email(body["email"])
        if user is not None and user.get("passwordHash"):
            p.send_email(user["email"], "reset", p.email_token("reset", RESET_TTL, userId=user["id"]))
    return message(SAME_ANSWER)


@handler("resetPassword")
def reset_password(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        record = p.use_email_token("reset", body["token"])
        user = p.get("user", record["userId"])
        if user is None:
            raise invalid_token("reset")
        p.put("user", user["id"], {**user, "passwordHash": hash_password(body["newPassword"]),
                                   "updatedAt": stamp(p.now())})
        p.revoke_refresh_tokens(user["id"])
        p.remove("login_failures", user["email"].lower())
    return message("Password changed: every session was signed out")


# -- tenants ---------------------------------------------------------------------------------------
@handler("listTenants")
def list_tenants(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        return {"memberships": p.memberships(c.user_id)}


@handler("createTenant", 201)
def create_tenant(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        return tenant_view(p.create_tenant(body["name"], c.user_id))


@handler("getCurrentTenant")
def get_current_tenant(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        return tenant_view(p.scope(c).tenant)


@handler("listMembers")
def list_members(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        tenant = p.scope(c).tenant
        return {"members": [member_view(p, tenant, user_id) for user_id in tenant["members"]]}  # in joining order


@handler("inviteMember", 201)
def invite_member(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        scope = p.scope(c)
        role = body["role"]
        if scope.role == "user" or (scope.role == "admin" and role != "user"):
            raise forbidden("owners invite admins and users; admins invite users only")
        invitee = p.user_by_email(body["email"])
        if invitee is not None and invitee["id"] in scope.tenant["members"]:
            raise DomainError(409, "already_member", "this address already belongs to a member")
        invitation = {
            "id": new_id("inv"), "tenantId": scope.tenant["id"], "email": body["email"], "role": role,
            "expiresAt": stamp(p.now() + INVITATION_TTL),
        }
        token = p.email_token("invite", INVITATION_TTL, invitationId=invitation["id"])
        p.put("invitation", invitation["id"], {**invitation, "invitedBy": c.user_id})
        p.send_email(body["email"], "invite", token)
        return {"invitation": invitation}


def _invitation_for(p: Platform, token: str, email: str) -> dict[str, Any]:
    """The invitation behind ``token`` if it is addressed to ``email`` (the token is used up)."""
    record = p.get("email_token", digest(token))
    invitation = p.get("invitation", str(record.get("invitationId"))) if record is not None else None
    if invitation is None or invitation["email"].lower() != email.lower():
        raise invalid_token("invitation")
    p.use_email_token("invite", token)
    tenant = p.get("tenant", invitation["tenantId"])
    if tenant is None or not tenant["isActive"]:
        raise invalid_token("invitation")
    return invitation


def _join(p: Platform, invitation: dict[str, Any], user_id: str) -> None:
    tenant = p.get("tenant", invitation["tenantId"])
    assert tenant is not None
    members = {**tenant["members"], user_id: {"role": invitation["role"], "joinedAt": stamp(p.now())}}
    tenant = {**tenant, "members": members, "updatedAt": stamp(p.now())}
    p.put("tenant", tenant["id"], tenant)
    p.emit(tenant["id"], "member.added", {"member": member_view(p, tenant, user_id)})


@handler("acceptInvitation")
def accept_invitation(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        user = _user(p, c)
        record = p.get("email_token", digest(body["token"]))
        invitation = p.get("invitation", str(record.get("invitationId"))) if record is not None else None
        tenant = p.get("tenant", invitation["tenantId"]) if invitation is not None else None
        if tenant is not None and user["id"] in tenant["members"]:
            raise DomainError(409, "already_member", "you are already a member of this tenant")
        invitation = _invitation_for(p, body["token"], user["email"])
        _join(p, invitation, user["id"])
        return {"memberships": p.memberships(user["id"])}


def _target(p: Platform, scope: Scope, user_id: str) -> dict[str, Any]:
    member = scope.tenant["members"].get(user_id)
    if member is None:
        raise not_found("member")
    return dict(member)


def _set_members(p: Platform, tenant: dict[str, Any], members: dict[str, Any]) -> dict[str, Any]:
    tenant = {**tenant, "members": members, "updatedAt": stamp(p.now())}
    p.put("tenant", tenant["id"], tenant)
    return tenant


@handler("removeMember")
def remove_member(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        scope = p.scope(c)
        if scope.role == "user":
            raise forbidden("users may not remove members")
        user_id = path["userId"]
        target = _target(p, scope, user_id)
        if target["role"] == "owner":
            raise forbidden("the owner cannot be removed (transfer the ownership first)")
        if user_id == c.user_id:
            raise forbidden("you cannot remove yourself")
        if scope.role == "admin" and target["role"] != "user":
            raise forbidden("admins remove users only")
        members = {k: v for k, v in scope.tenant["members"].items() if k != user_id}
        _set_members(p, scope.tenant, members)
        p.emit(scope.tenant["id"], "member.removed", {"userId": user_id})
    return message("Member removed")


@handler("changeMemberRole")
def change_member_role(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        scope = p.scope(c)
        if scope.role != "owner":
            raise forbidden("only the tenant's owner changes roles")
        user_id = path["userId"]
        target = _target(p, scope, user_id)
        if target["role"] == "owner":
            raise forbidden("the owner's role changes only by transferring the ownership")
        members = {**scope.tenant["members"], user_id: {**target, "role": body["role"]}}
        tenant = _set_members(p, scope.tenant, members)
        view = member_view(p, tenant, user_id)
        if target["role"] != body["role"]:
            p.emit(tenant["id"], "member.role_changed", {"member": view, "previousRole": target["role"]})
        return view


@handler("transferOwnership")
def transfer_ownership(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        scope = p.scope(c)
        if scope.role != "owner":
            raise forbidden("only the tenant's owner transfers the ownership")
        user_id = path["userId"]
        target = _target(p, scope, user_id)
        if user_id == c.user_id:
            raise DomainError(400, "validation_failed", "you already own this tenant")
        members = dict(scope.tenant["members"])
        members[user_id] = {**target, "role": "owner"}
        members[c.user_id] = {**members[c.user_id], "role": "admin"}
        tenant = _set_members(p, scope.tenant, members)
        p.emit(tenant["id"], "member.role_changed",
               {"member": member_view(p, tenant, user_id), "previousRole": target["role"]})
        p.emit(tenant["id"], "member.role_changed",
               {"member": member_view(p, tenant, c.user_id), "previousRole": "owner"})
    return message("Ownership transferred")


# -- API keys ------------------------------------------------------------------------------------------
def key_view(k: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "name", "keyPreview", "authority", "createdBy", "createdAt", "lastUsedAt", "isActive")
    return {key: k.get(key) for key in keys}


@handler("listApiKeys")
def list_api_keys(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        p.require_root_admin(c)
        keys = [k for k in p.all("api_key").values() if k["isActive"]]
        keys.sort(key=lambda k: (k["createdAt"], k["seq"]), reverse=True)
        return {"apiKeys": [key_view(k) for k in keys]}


@handler("createApiKey", 201)
def create_api_key(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        p.require_root_admin(c)
        raw = "lsk_" + random_text(43)
        key = {
            "id": new_id("k"), "name": body["name"], "hash": digest(raw), "keyPreview": raw[-8:],
            "authority": body["authority"], "createdBy": c.user_id, "createdAt": stamp(p.now()),
            "lastUsedAt": None, "isActive": True, "seq": p.next_number("api_key"),
        }
        p.put("api_key", key["id"], key)
        return {"apiKey": key_view(key), "rawKey": raw}


@handler("revokeApiKey")
def revoke_api_key(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        p.require_root_admin(c)
        key = p.get("api_key", path["keyId"])
        if key is None or not key["isActive"]:
            raise not_found("API key")
        p.put("api_key", key["id"], {**key, "isActive": False, "revokedAt": stamp(p.now())})
    return {"status": "deleted"}


# -- webhooks -------------------------------------------------------------------------------------------
def webhook_view(w: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "tenantId", "name", "description", "url", "events", "isActive", "createdBy", "createdAt",
            "updatedAt")
    out = {k: w[k] for k in keys}
    out["secretPreview"] = w["secret"][-8:]
    return out


def delivery_view(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k != "seq"}


def _manage(p: Platform, c: Caller) -> Scope:
    scope = p.scope(c)
    if scope.role not in ("owner", "admin"):
        raise forbidden("only the tenant's owner and admins manage webhooks")
    return scope


def _webhook(p: Platform, c: Caller, webhook_id: str) -> dict[str, Any]:
    scope = _manage(p, c)
    hook = p.get("webhook", webhook_id)
    if hook is None or hook.get("deletedAt") or hook["tenantId"] != scope.tenant["id"]:
        raise not_found("webhook")
    return hook


def _deliveries(p: Platform, webhook_id: str, limit: int) -> list[dict[str, Any]]:
    rows = [d for d in p.all("delivery").values() if d["webhookId"] == webhook_id]
    rows.sort(key=lambda d: int(d["seq"]), reverse=True)
    return [delivery_view(d) for d in rows[:limit]]


def _new_secret() -> str:
    return "whsec_" + random_text(32)


@handler("listWebhooks")
def list_webhooks(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        scope = _manage(p, c)
        hooks = [w for w in p.all("webhook").values() if w["tenantId"] == scope.tenant["id"] and not w.get("deletedAt")]
        hooks.sort(key=lambda w: int(w["seq"]), reverse=True)
        return {"webhooks": [webhook_view(w) for w in hooks]}


@handler("createWebhook", 201)
def create_webhook(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        scope = _manage(p, c)
        moment = stamp(p.now())
        hook = {
            "id": new_id("wh"), "tenantId": scope.tenant["id"], "name": body["name"],
            "description": body.get("description", ""), "url": body["url"], "events": list(body["events"]),
            "isActive": True, "createdBy": c.key_id or c.user_id, "createdAt": moment, "updatedAt": moment,
            "secret": _new_secret(), "seq": p.next_number("webhook"),
        }
        p.put("webhook", hook["id"], hook)
        return {"webhook": webhook_view(hook), "secret": hook["secret"]}


@handler("listWebhookEventTypes")
def list_webhook_event_types(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    return {"eventTypes": [{"type": name, "description": text} for name, text in EVENT_TYPES.items()]}


@handler("getWebhook")
def get_webhook(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        hook = _webhook(p, c, path["webhookId"])
        return {"webhook": webhook_view(hook), "secret": hook["secret"], "deliveries": _deliveries(p, hook["id"], 20)}


@handler("updateWebhook")
def update_webhook(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        hook = _webhook(p, c, path["webhookId"])
        changes = {k: body[k] for k in ("name", "description", "url", "events", "isActive") if k in body}
        hook = {**hook, **changes, "updatedAt": stamp(p.now())}
        p.put("webhook", hook["id"], hook)
        return {"webhook": webhook_view(hook)}


@handler("deleteWebhook")
def delete_webhook(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        hook = _webhook(p, c, path["webhookId"])
        p.put("webhook", hook["id"], {**hook, "isActive": False, "deletedAt": stamp(p.now())})
    return {"status": "deleted"}


@handler("rotateWebhookSecret")
def rotate_webhook_secret(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        hook = _webhook(p, c, path["webhookId"])
        hook = {**hook, "secret": _new_secret(), "updatedAt": stamp(p.now())}
        p.put("webhook", hook["id"], hook)
        return {"secret": hook["secret"], "secretPreview": hook["secret"][-8:]}


@handler("testWebhook")
def test_webhook(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        hook = _webhook(p, c, path["webhookId"])
        tenant = p.get("tenant", hook["tenantId"])
        assert tenant is not None
        event = {"id": f"test_{secrets.token_hex(6)}", "type": "tenant.created", "tenantId": tenant["id"],
                 "createdAt": stamp(p.now()), "data": {"tenant": tenant_view(tenant)}}
    # Delivered outside the lock: the receiver may take its time (or call this server back).
    return {"delivery": delivery_view(p.deliver(hook["id"], event, True))}


@handler("listWebhookDeliveries")
def list_webhook_deliveries(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        hook = _webhook(p, c, path["webhookId"])
        return {"deliveries": _deliveries(p, hook["id"], int(query.get("limit", 20)))}


# -- events -------------------------------------------------------------------------------------------------
@handler("streamEvents")
def stream_events(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        tenant = p.scope(c).tenant
    after = int(c.last_event_id) if c.last_event_id and c.last_event_id.isdigit() else 0
    return event_stream(p, tenant["id"], after)
