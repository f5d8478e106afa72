"""One handler per operationId of ``spec/deplite/openapi.yaml``, and who may call each."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Mapping
from typing import Any

from reference_server.api import DomainError, Reply, RequestFacts, parse_bearer
from reference_server.apis.deplite.domain import (
    ENROLLMENT_TTL,
    ONLINE_SECONDS,
    SLACK_STATE_TTL,
    Caller,
    Platform,
    _digest,
    agent_stream,
    check_rate,
    new_id,
    not_found,
    now,
    parse_stamp,
    presigned,
    ref_allowed,
    stamp,
)

P = Mapping[str, Any]
Handler = Callable[[Platform, Caller, P, P, Any], Any]
HANDLERS: dict[str, Handler] = {}
SUCCESS_STATUS: dict[str, int] = {}

# Operations whose callers are not dashboard users (everything else: ``userJwt``).
AGENT_OPERATIONS = frozenset(
    {"openAgentStream", "sendAgentHeartbeat", "reportAgentWorkflows", "uploadJobLogs", "submitJobResult"}
)


def handler(op_id: str, status: int = 200) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[op_id] = fn
        SUCCESS_STATUS[op_id] = status
        return fn

    return register


def authenticate_request(platform: Platform, op_id: str, facts: RequestFacts) -> Caller:
    host = facts.headers.get("host", "")
    if op_id == "slackOauthCallback":
        return Caller(id="public", kind="public", host=host)
    if op_id in ("receiveSlackEvent", "receiveSlackCommand"):
        return platform.slack_for(facts)
    if op_id in AGENT_OPERATIONS:
        return platform.agent_for(facts)
    token = parse_bearer(facts.headers.get("authorization"))
    if op_id == "enrollAgent":
        if not token.startswith("enr_"):
            raise DomainError(401, "unauthorized", "enrollment needs an enrollment token (enr_...)")
        return Caller(id=token, kind="enrollment", host=host)
    if op_id == "runTrigger" or (op_id in ("getJob", "getJobLogs") and token.startswith("tk_")):
        caller = platform.api_token_for(token)
        return Caller(id=caller.id, kind="token", host=host)
    caller = platform.user_for(token)
    return Caller(id=caller.id, kind="user", role=caller.role, host=host)


# -- views ------------------------------------------------------------------------------------
def trigger_view(t: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "orgId", "agentId", "name", "workflowName", "scopeType", "type", "responseMode", "allowedRefs")
    out = {k: t[k] for k in keys}
    out["createdAt"] = t["createdAt"]
    out["updatedAt"] = t.get("updatedAt") or t["createdAt"]
    return out


def token_view(t: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "orgId", "name", "prefix", "scopeType", "triggerIds", "rateLimitPerMinute", "rateLimitPerHour")
    out = {k: t.get(k) for k in keys}
    out.update(expiresAt=t.get("expiresAt"), lastUsedAt=t.get("lastUsedAt"), createdAt=t["createdAt"])
    return out


def agent_view(platform: Platform, a: dict[str, Any]) -> dict[str, Any]:
    seen = a.get("lastSeenAt")
    online = platform.streams.get(a["id"], 0) > 0 or (
        seen is not None and (now() - parse_stamp(seen)).total_seconds() < ONLINE_SECONDS
    )
    out = {k: a[k] for k in ("id", "orgId", "name", "enrolledAt")}
    out["status"] = "online" if online else "offline"
    out["lastSeenAt"] = seen
    for key in ("hostname", "version"):
        if a.get(key) is not None:
            out[key] = a[key]
    return out


def job_view(j: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "triggerId", "agentId", "workflowName", "status", "ref", "debug", "params", "queuedAt")
    out = {k: j[k] for k in keys}
    for key in ("exitCode", "output", "startedAt", "finishedAt"):
        out[key] = j.get(key)
    return out


def file_view(f: dict[str, Any]) -> dict[str, Any]:
    out = {k: f[k] for k in ("id", "orgId", "fileName", "contentType", "size", "state", "createdAt")}
    out["uploadedAt"] = f.get("uploadedAt")
    return out


# -- triggers ---------------------------------------------------------------------------------
@handler("listTriggers")
def list_triggers(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        p.org(path["orgId"], c)
        items = [t for t in p.all("trigger").values() if t["orgId"] == path["orgId"]]
        return [trigger_view(t) for t in sorted(items, key=lambda t: (t["createdAt"], t["id"]))]


def _agent_in_org(p: Platform, org_id: str, agent_id: str) -> dict[str, Any]:
    agent = p.get("agent", agent_id)
    if agent is None or agent["orgId"] != org_id or agent.get("revokedAt"):
        raise DomainError(422, "agent_not_found", f"no agent {agent_id!r} in this organisation")
    return agent


@handler("createTrigger", 201)
def create_trigger(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        p.org(path["orgId"], c, write=True)
        _agent_in_org(p, path["orgId"], body["agentId"])
        trigger = {
            "id": new_id("trg"),
            "orgId": path["orgId"],
            "agentId": body["agentId"],
            "name": body["name"],
            "workflowName": body["workflowName"],
            "scopeType": body.get("scopeType", "workflow"),
            "type": body["type"],
            "responseMode": body.get("responseMode", "async"),
            "allowedRefs": list(body.get("allowedRefs") or []),
            "createdAt": stamp(now()),
        }
        p.put("trigger", trigger["id"], trigger)
        return trigger_view(trigger)


@handler("getTrigger")
def get_trigger(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        return trigger_view(p.visible("trigger", path["triggerId"], c))


@handler("updateTrigger")
def update_trigger(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        trigger = p.visible("trigger", path["triggerId"], c, write=True)
        changes = {
            k: body[k] for k in ("name", "workflowName", "scopeType", "responseMode", "allowedRefs") if k in body
        }
        updated = {**trigger, **changes, "updatedAt": stamp(now())}
        p.put("trigger", trigger["id"], updated)
        return trigger_view(updated)


@handler("deleteTrigger", 204)
def delete_trigger(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        trigger = p.visible("trigger", path["triggerId"], c, write=True)
        p.remove("trigger", trigger["id"])
        return None


def _start_job(p: Platform, trigger: dict[str, Any], body: Any, rate_key: str | None) -> Any:
    """Queue a job of ``trigger`` (checks refs and workflow limits), then answer as its responseMode says."""
    body = body or {}
    ref = str(body.get("ref", "main"))
    if not ref_allowed(ref, trigger["allowedRefs"]):
        raise DomainError(422, "ref_not_allowed", f"ref {ref!r} matches none of {trigger['allowedRefs']}")
    workflow = trigger["workflowName"]
    if trigger["scopeType"] == "agent" and body.get("workflowName"):
        workflow = str(body["workflowName"])
    agent = p.get("agent", trigger["agentId"])
    if agent is None or agent.get("revokedAt"):
        raise DomainError(422, "agent_not_found", "the trigger's agent is gone")
    reported = agent.get("workflows") or {}
    limits = reported.get(workflow) or {}
    flow_key = f"{agent['id']}/{workflow}"
    uses = p.docs.setdefault("_uses", {})
    flow_uses = uses.setdefault(flow_key, {"times": []})["times"]
    check_rate(flow_uses, limits.get("rateLimitPerMinute"), limits.get("rateLimitPerHour"), f"workflow {workflow}")
    if rate_key is not None:
        token = p.get("api_token", rate_key)
        assert token is not None
        token_uses = uses.setdefault(rate_key, {"times": []})["times"]
        check_rate(token_uses, token.get("rateLimitPerMinute"), token.get("rateLimitPerHour"), "this API token")
        token_uses.append(time.time())
        p.put("api_token", token["id"], {**token, "lastUsedAt": stamp(now())})
    flow_uses.append(time.time())
    job = {
        "id": new_id("job"),
        "orgId": trigger["orgId"],
        "triggerId": trigger["id"],
        "agentId": trigger["agentId"],
        "workflowName": workflow,
        "status": "queued",
        "ref": ref,
        "debug": bool(body.get("debug", False)),
        "params": dict(body.get("params") or {}),
        "queuedAt": stamp(now()),
    }
    p.put("job", job["id"], job)
    queued = Reply(
        202,
        {"jobId": job["id"], "status": "queued", "statusUrl": f"/api/jobs/{job['id']}"},
        headers={"location": f"/api/jobs/{job['id']}"},
    )
    if trigger["responseMode"] != "sync":
        return queued
    give_up = time.monotonic() + p.settings.sync_wait_seconds
    while True:
        current = p.get("job", job["id"]) or job
        if current["status"] in ("success", "failed"):
            finished = {"jobId": job["id"], "status": current["status"], "exitCode": current["exitCode"]}
            if current.get("output") is not None:
                finished["output"] = current["output"]
            return Reply(200, finished)
        left = give_up - time.monotonic()
        if left <= 0:
            current_status = current["status"]
            return Reply(202, {"jobId": job["id"], "status": current_status, "statusUrl": f"/api/jobs/{job['id']}"})
        p.changed.wait(left)


@handler("runTriggerManually", 202)
def run_trigger_manually(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        trigger = p.visible("trigger", path["triggerId"], c)
        return _start_job(p, trigger, body, None)


@handler("runTrigger", 202)
def run_trigger(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        token = p.get("api_token", c.id)
        trigger = p.get("trigger", path["triggerId"])
        if token is None or trigger is None or trigger["orgId"] != token["orgId"]:
            raise not_found("trigger")
        if token["scopeType"] == "trigger" and trigger["id"] not in token["triggerIds"]:
            raise DomainError(403, "token_out_of_scope", "this API token may not run this trigger")
        return _start_job(p, trigger, body, token["id"])


# -- jobs --------------------------------------------------------------------------------------
def _job(p: Platform, c: Caller, job_id: str) -> dict[str, Any]:
    job = p.get("job", job_id)
    if job is None:
        raise not_found("job")
    if c.kind == "token":
        token = p.get("api_token", c.id)
        if token is None or token["orgId"] != job["orgId"]:
            raise not_found("job")
        if token["scopeType"] == "trigger" and job["triggerId"] not in token["triggerIds"]:
            raise DomainError(403, "token_out_of_scope", "this API token may not read this job")
        return job
    try:
        p.org(job["orgId"], c)
    except DomainError:
        raise not_found("job") from None
    return job


@handler("getJob")
def get_job(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        return job_view(_job(p, c, path["jobId"]))


@handler("getJobLogs")
def get_job_logs(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        job = _job(p, c, path["jobId"])
        since = int(query.get("sinceSeq", 0))
        limit = int(query.get("limit", 200))
        lines = (p.get("logs", job["id"]) or {}).get("lines", {})
        items = [lines[k] for k in sorted(lines, key=int) if int(k) >= since][:limit]
        next_seq = items[-1]["seq"] + 1 if items else since
        return {"items": items, "nextSeq": next_seq}


# -- API tokens --------------------------------------------------------------------------------
@handler("listApiTokens")
def list_api_tokens(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        p.org(path["orgId"], c, write=True)
        items = [t for t in p.all("api_token").values() if t["orgId"] == path["orgId"]]
        return [token_view(t) for t in sorted(items, key=lambda t: (t["createdAt"], t["id"]))]


def _issue(p: Platform, record: dict[str, Any]) -> dict[str, Any]:
    value = "tk_" + secrets.token_hex(20)
    record = {**record, "hash": _digest(value), "prefix": value[:7]}
    p.put("api_token", record["id"], record)
    return {**token_view(record), "plainToken": value}


@handler("createApiToken", 201)
def create_api_token(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        p.org(path["orgId"], c, write=True)
        scope = body.get("scopeType", "org")
        trigger_ids = list(body.get("triggerIds") or [])
        for trigger_id in trigger_ids:
            trigger = p.get("trigger", trigger_id)
            if trigger is None or trigger["orgId"] != path["orgId"]:
                raise DomainError(422, "validation_failed", f"no trigger {trigger_id!r} in this organisation")
        if scope == "trigger" and not trigger_ids:
            raise DomainError(422, "validation_failed", "a token of scopeType trigger needs triggerIds")
        return _issue(
            p,
            {
                "id": new_id("tok"),
                "orgId": path["orgId"],
                "name": body["name"],
                "scopeType": scope,
                "triggerIds": trigger_ids,
                "rateLimitPerMinute": body.get("rateLimitPerMinute"),
                "rateLimitPerHour": body.get("rateLimitPerHour"),
                "expiresAt": body.get("expiresAt"),
                "lastUsedAt": None,
                "createdAt": stamp(now()),
            },
        )


def _org_token(p: Platform, c: Caller, org_id: str, token_id: str) -> dict[str, Any]:
    p.org(org_id, c, write=True)
    token = p.get("api_token", token_id)
    if token is None or token["orgId"] != org_id:
        raise not_found("API token")
    return token


@handler("rotateApiToken")
def rotate_api_token(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        return _issue(p, _org_token(p, c, path["orgId"], path["tokenId"]))


@handler("revokeApiToken", 204)
def revoke_api_token(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        token = _org_token(p, c, path["orgId"], path["tokenId"])
        p.remove("api_token", token["id"])
        return None


# -- agents ------------------------------------------------------------------------------------
@handler("listAgents")
def list_agents(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        p.org(path["orgId"], c)
        items = [a for a in p.all("agent").values() if a["orgId"] == path["orgId"] and not a.get("revokedAt")]
        return [agent_view(p, a) for a in sorted(items, key=lambda a: (a["enrolledAt"], a["id"]))]


@handler("createEnrollmentToken", 201)
def create_enrollment_token(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        p.org(path["orgId"], c, write=True)
        value = "enr_" + secrets.token_hex(16)
        expires = stamp(now() + ENROLLMENT_TTL)
        p.put("enrollment", _digest(value), {"orgId": path["orgId"], "label": body["label"], "expiresAt": expires})
        return {"token": value, "expiresAt": expires}


@handler("enrollAgent", 201)
def enroll_agent(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    body = body or {}
    with p.changed:
        record = p.get("enrollment", _digest(c.id))
        if record is None or parse_stamp(record["expiresAt"]) <= now():
            raise DomainError(401, "unauthorized", "unknown, used or expired enrollment token")
        p.remove("enrollment", _digest(c.id))  # single use
        secret = secrets.token_hex(32)
        agent = {
            "id": new_id("agt"),
            "orgId": record["orgId"],
            "name": body.get("hostname") or record["label"],
            "hostname": body.get("hostname"),
            "version": body.get("version"),
            "secret": secret,
            "enrolledAt": stamp(now()),
            "lastSeenAt": None,
            "workflows": {},
        }
        p.put("agent", agent["id"], agent)
        return {"agentId": agent["id"], "agentSecret": secret}


@handler("getAgent")
def get_agent(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        return agent_view(p, p.visible("agent", path["agentId"], c))


@handler("renameAgent")
def rename_agent(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        agent = {**p.visible("agent", path["agentId"], c, write=True), "name": body["name"]}
        p.put("agent", agent["id"], agent)
        return agent_view(p, agent)


@handler("revokeAgent", 204)
def revoke_agent(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        agent = p.visible("agent", path["agentId"], c, write=True)
        p.put("agent", agent["id"], {**agent, "revokedAt": stamp(now())})
        return None


def workflow_view(name: str, w: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": name,
        "secretsKeys": list(w.get("secretsKeys") or []),
        "rateLimitPerMinute": w.get("rateLimitPerMinute"),
        "rateLimitPerHour": w.get("rateLimitPerHour"),
        "reportedAt": w["reportedAt"],
    }


@handler("listAgentWorkflows")
def list_agent_workflows(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        agent = p.visible("agent", path["agentId"], c)
        flows = agent.get("workflows") or {}
        return [workflow_view(name, flows[name]) for name in sorted(flows)]


@handler("setWorkflowRateLimit")
def set_workflow_rate_limit(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        agent = p.visible("agent", path["agentId"], c, write=True)
        flows = dict(agent.get("workflows") or {})
        name = path["workflowName"]
        if name not in flows:
            raise DomainError(422, "workflow_not_found", f"agent reported no workflow {name!r}")
        flows[name] = {
            **flows[name],
            "rateLimitPerMinute": body["rateLimitPerMinute"],
            "rateLimitPerHour": body["rateLimitPerHour"],
        }
        p.put("agent", agent["id"], {**agent, "workflows": flows})
        return workflow_view(name, flows[name])


@handler("refreshAgentWorkflows", 202)
def refresh_agent_workflows(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        agent = p.visible("agent", path["agentId"], c, write=True)
        p.put("agent", agent["id"], {**agent, "refreshRequestedAt": stamp(now())})
        return {"agentId": agent["id"], "delivered": p.streams.get(agent["id"], 0) > 0}


# -- the agent API -----------------------------------------------------------------------------
@handler("openAgentStream")
def open_agent_stream(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    return agent_stream(p, c.id)


@handler("sendAgentHeartbeat")
def send_agent_heartbeat(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    body = body or {}
    with p.changed:
        agent = p.get("agent", c.id)
        if agent is not None and body.get("version"):
            p.put("agent", c.id, {**agent, "version": body["version"]})
    return {"serverTime": stamp(now())}


@handler("reportAgentWorkflows")
def report_agent_workflows(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        agent = p.get("agent", c.id)
        if agent is None:
            raise DomainError(401, "unknown_agent", "unknown agent")
        old = agent.get("workflows") or {}
        flows: dict[str, Any] = {}
        for item in body["workflows"]:
            name = str(item["name"])
            flows[name] = {
                "secretsKeys": list(item.get("secretsKeys") or []),
                "rateLimitPerMinute": (old.get(name) or {}).get("rateLimitPerMinute"),
                "rateLimitPerHour": (old.get(name) or {}).get("rateLimitPerHour"),
                "reportedAt": stamp(now()),
            }
        p.put("agent", c.id, {**agent, "workflows": flows})
        return {"count": len(flows)}


def _agent_job(p: Platform, c: Caller, job_id: str) -> dict[str, Any]:
    job = p.get("job", job_id)
    if job is None or job["agentId"] != c.id:
        raise not_found("job")
    if job["status"] in ("success", "failed"):
        raise DomainError(409, "job_finished", "the job already has its result")
    return job


@handler("uploadJobLogs")
def upload_job_logs(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        job = _agent_job(p, c, path["jobId"])
        record = p.get("logs", job["id"]) or {"lines": {}}
        lines = dict(record["lines"])
        accepted = 0
        for item in body["items"]:
            key = str(int(item["seq"]))
            if key not in lines:
                lines[key] = dict(item)
                accepted += 1
        p.put("logs", job["id"], {"lines": lines})
        next_seq = max((int(k) for k in lines), default=-1) + 1
        return {"accepted": accepted, "nextSeq": next_seq}


@handler("submitJobResult")
def submit_job_result(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        job = _agent_job(p, c, path["jobId"])
        done = {
            **job,
            "status": body["status"],
            "exitCode": body["exitCode"],
            "output": body.get("output"),
            "startedAt": job.get("startedAt") or stamp(now()),
            "finishedAt": stamp(now()),
        }
        p.put("job", job["id"], done)
        return job_view(done)


# -- Slack -------------------------------------------------------------------------------------
@handler("getSlackInstallUrl")
def get_slack_install_url(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        p.org(path["orgId"], c, write=True)
        state = secrets.token_urlsafe(18)
        expires = stamp(now() + SLACK_STATE_TTL)
        p.put("slack_state", state, {"orgId": path["orgId"], "expiresAt": expires})
        url = f"https://slack.com/oauth/v2/authorize?client_id=deplite-demo&scope=commands&state={state}"
        return {"url": url, "expiresAt": expires}


@handler("slackOauthCallback", 302)
def slack_oauth_callback(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        state = p.get("slack_state", query["state"])
        if state is None or parse_stamp(state["expiresAt"]) <= now():
            raise DomainError(400, "invalid_state", "unknown or expired state")
        p.remove("slack_state", query["state"])
        team_id = "T" + _digest(query["code"])[:10].upper()
        p.put(
            "slack_installation",
            f"{state['orgId']}/{team_id}",
            {
                "orgId": state["orgId"],
                "teamId": team_id,
                "teamName": f"Workspace {team_id}",
                "installedAt": stamp(now()),
            },
        )
        return {"location": f"https://app.deplite.io/orgs/{state['orgId']}/slack?installed={team_id}"}


@handler("listSlackInstallations")
def list_slack_installations(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        p.org(path["orgId"], c)
        items = [i for i in p.all("slack_installation").values() if i["orgId"] == path["orgId"]]
        return [
            {k: i[k] for k in ("teamId", "teamName", "installedAt")}
            for i in sorted(items, key=lambda i: (i["installedAt"], i["teamId"]))
        ]


@handler("deleteSlackInstallation", 204)
def delete_slack_installation(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        p.org(path["orgId"], c, write=True)
        key = f"{path['orgId']}/{path['teamId']}"
        if p.get("slack_installation", key) is None:
            raise not_found("Slack installation")
        p.remove("slack_installation", key)
        return None


@handler("receiveSlackEvent")
def receive_slack_event(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    if body.get("type") == "url_verification":
        return {"challenge": str(body.get("challenge", ""))}
    return {"ok": True}


@handler("receiveSlackCommand")
def receive_slack_command(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        orgs = {i["orgId"] for i in p.all("slack_installation").values() if i["teamId"] == body["team_id"]}
        if not orgs:
            return {"response_type": "ephemeral", "text": "Deplite is not installed in this workspace."}
        words = str(body.get("text") or "").split()
        if len(words) >= 2 and words[0] == "run":
            trigger = next(
                (
                    t
                    for t in p.all("trigger").values()
                    if t["orgId"] in orgs and t["type"] == "slack" and words[1] in (t["id"], t["name"])
                ),
                None,
            )
            if trigger is None:
                return {"response_type": "ephemeral", "text": f"No Slack trigger named {words[1]}."}
            try:
                reply = _start_job(
                    p, {**trigger, "responseMode": "async"}, {"ref": words[2]} if len(words) > 2 else {}, None
                )
            except DomainError as exc:
                return {"response_type": "ephemeral", "text": f"Refused: {exc.message}"}
            job_id = reply.body["jobId"] if isinstance(reply, Reply) else ""
            return {"response_type": "in_channel", "text": f"Started job {job_id} of {trigger['name']}."}
        return {"response_type": "ephemeral", "text": "Usage: /deplite run <trigger> [ref]"}


# -- files -------------------------------------------------------------------------------------
@handler("presignFileUpload", 201)
def presign_file_upload(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        p.org(path["orgId"], c)
        record = {
            "id": new_id("file"),
            "orgId": path["orgId"],
            "fileName": body["fileName"],
            "contentType": body["contentType"],
            "size": body["size"],
            "state": "pending",
            "createdAt": stamp(now()),
            "uploadedAt": None,
        }
        p.put("file", record["id"], record)
        url, expires = presigned(p, c, "PUT", record["id"])
        return {
            "fileId": record["id"],
            "uploadUrl": url,
            "method": "PUT",
            "headers": {"Content-Type": body["contentType"]},
            "expiresAt": stamp(expires),
        }


def _org_file(p: Platform, c: Caller, org_id: str, file_id: str) -> dict[str, Any]:
    p.org(org_id, c)
    record = p.get("file", file_id)
    if record is None or record["orgId"] != org_id:
        raise not_found("file")
    return record


@handler("completeFileUpload")
def complete_file_upload(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        record = _org_file(p, c, path["orgId"], path["fileId"])
        blob = p.get("blob", record["id"])
        if blob is None or int(blob["size"]) != int(record["size"]):
            raise DomainError(409, "upload_incomplete", "the file's bytes have not all arrived")
        if record["state"] != "uploaded":
            record = {**record, "state": "uploaded", "uploadedAt": stamp(now())}
            p.put("file", record["id"], record)
        return file_view(record)


@handler("getFileDownloadUrl")
def get_file_download_url(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        record = _org_file(p, c, path["orgId"], path["fileId"])
        if record["state"] != "uploaded":
            raise DomainError(409, "upload_incomplete", "the file has not been uploaded")
        url, expires = presigned(p, c, "GET", record["id"])
        return {"url": url, "expiresAt": stamp(expires)}


@handler("getFile")
def get_file(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        return file_view(_org_file(p, c, path["orgId"], path["fileId"]))


@handler("deleteFile", 204)
def delete_file(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        record = _org_file(p, c, path["orgId"], path["fileId"])
        p.remove("file", record["id"])
        p.remove("blob", record["id"])
        return None


@handler("listFiles")
def list_files(p: Platform, c: Caller, path: P, query: P, body: Any) -> Any:
    with p.changed:
        p.org(path["orgId"], c)
        items = sorted(
            (f for f in p.all("file").values() if f["orgId"] == path["orgId"]),
            key=lambda f: (f["createdAt"], f["id"]),
            reverse=True,
        )
        start = 0
        cursor = query.get("cursor")
        if cursor is not None:
            ids = [f["id"] for f in items]
            if cursor not in ids:
                raise DomainError(400, "validation_failed", "cursor: not a cursor this server issued (or gone)")
            start = ids.index(cursor) + 1
        limit = int(query.get("limit", 20))
        page = items[start : start + limit]
        out: dict[str, Any] = {"items": [file_view(f) for f in page]}
        if start + limit < len(items):
            out["nextCursor"] = page[-1]["id"]
        return out
