"""The Go target reads the IR's hosts and request signatures (issue 19): each descriptor names its
host, a signed scheme carries its signature as data, and the options and names follow from the
spec; an API without hosts or signatures gets none of it."""

from __future__ import annotations

from pathlib import Path

from generator.build import load_api
from generator.diagnostics import Diagnostics
from generator.settings import load_settings
from generator.targets.base import render_target
from generator.targets.go import GoTarget

REPO = Path(__file__).resolve().parents[2]


def render(api_name: str) -> dict[str, str]:
    spec = REPO / "spec" / api_name / "openapi.yaml"
    files = render_target(GoTarget(), load_api(spec), load_settings(spec, Diagnostics()))
    return {name: data.decode() for name, data in files.items() if name.endswith((".go", ".md"))}


def test_deplite_routes_the_agent_host_and_signs_its_scheme() -> None:
    files = render("deplite")
    operations = files["operations.go"]
    stream = operations[operations.index("var opOpenAgentStream = "):]
    stream = stream[:stream.index("\n}\n")]
    assert 'Host:' in stream and '"agent"' in stream and "securityAgentSignature" in stream
    jobs = operations[operations.index("var opGetJob = "):]
    assert "Host:" not in jobs[:jobs.index("\n}\n")]
    assert 'KeyIDHeader: "X-Agent-Id"' in operations and 'Encoding: "hex", NonceBytes: 16' in operations
    assert "core.SignMethod, core.SignTarget, core.SignTimestamp, core.SignNonce, core.SignBodySHA256" in operations
    aliases, client = files["aliases.go"], files["client.go"]
    option = 'func WithAgentBaseURL(baseURL string) RequestOption {\n\treturn core.WithHostBaseURL("agent", baseURL)'
    assert option in aliases
    assert "func WithSigningKey(keyID, secret string) RequestOption" in aliases
    assert "securityAgentSignature.Signature" in aliases[aliases.index("func NewAgentSignatureSigner"):]
    assert 'const DefaultAgentBaseURL = "https://api.deplite.io"' in client
    assert "Hosts: hosts, Signed: true" in client and "func (c *Client) AgentBaseURL() string" in client
    assert "DEPLITE_AGENT_BASE_URL" in files["README.md"] and "DEPLITE_SIGNING_SECRET" in files["README.md"]


def test_axhub_has_no_hosts_or_signing() -> None:
    files = render("axhub")
    for name in ("WithSigningKey", "RequestSigner", "BaseURL:", "Hosts:", "Signed:"):
        assert name not in files["aliases.go"], name
    assert "Hosts:" not in files["client.go"] and "Signed:" not in files["client.go"]
    assert "Host:" not in files["operations.go"]
    assert "### Signed requests" not in files["README.md"] and "### Hosts" not in files["README.md"]
