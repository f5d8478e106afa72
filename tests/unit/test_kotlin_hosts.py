"""The Kotlin target reads named hosts (Operation.host, Api.hosts) and request signatures
(SecurityScheme.signature): the descriptor carries the host key and the scheme's Signature, and
the client gets one constructor parameter and one default constant per host. Also: the runtime
lives in each SDK's own package, descriptors list the declared error bodies, and the client offers
withRawResponse."""

from __future__ import annotations

from pathlib import Path

from generator.build import load_api
from generator.diagnostics import Diagnostics
from generator.settings import load_settings
from generator.targets import TARGETS
from generator.targets.base import render_target

ROOT = Path(__file__).resolve().parents[2]


def render(api_name: str) -> dict[str, bytes]:
    spec = ROOT / "spec" / api_name / "openapi.yaml"
    diagnostics = Diagnostics()
    return render_target(TARGETS["kotlin"], load_api(spec, diagnostics), load_settings(spec, diagnostics))


def text(files: dict[str, bytes], suffix: str) -> str:
    [name] = [n for n in files if n.endswith(suffix)]
    return files[name].decode()


def test_deplite_descriptors_name_the_agent_host_and_the_signature() -> None:
    files = render("deplite")
    operations = text(files, "/Operations.kt")
    assert operations.count('host = "agent",') == 7  # runTrigger and the six agent operations
    assert 'keyIdHeader = "X-Agent-Id",' in operations and 'signatureHeader = "X-Signature",' in operations
    assert "import io.deplite.sdk.kotlin.core.Signature\n" in operations
    client = text(files, "/DepliteClient.kt")
    assert "        agentBaseUrl: String? = null,\n" in client
    assert 'options.withHostBaseUrls("agent" to agentBaseUrl),' in client
    assert 'const val DEFAULT_AGENT_BASE_URL: String = "https://api.deplite.io"' in client
    assert 'hosts = mapOf("agent" to DEFAULT_AGENT_BASE_URL),' in client
    assert "`DEPLITE_AGENT_BASE_URL`" in client and "DEPLITE_SIGNING_KEY_ID" in client


def test_axhub_has_no_hosts_and_no_signature() -> None:
    files = render("axhub")
    client = text(files, "/AxHubClient.kt")
    plain = "constructor(options: ClientOptions = ClientOptions()) : this(ClientCore(options, SDK, Operations.ALL))"
    assert plain in client
    assert "hosts" not in client and "BaseUrl" not in client.replace("DEFAULT_BASE_URL", "")
    operations = text(files, "/Operations.kt")
    assert "host =" not in operations and "Signature(" not in operations


def test_each_sdk_carries_the_runtime_in_its_own_package() -> None:
    axhub, deplite = render("axhub"), render("deplite")
    for files, package in ((axhub, "ai.axhub.sdk.kotlin"), (deplite, "io.deplite.sdk.kotlin")):
        folder = package.replace(".", "/")
        core = sorted(n for n in files if f"/{folder}/core/" in n)
        assert f"src/main/kotlin/{folder}/core/ClientCore.kt" in core
        assert f"src/test/kotlin/{folder}/core/SigningTest.kt" in core
        assert not [n for n in files if "sdkgen/kotlin/runtime" in n]
        text = b"".join(files.values()).decode()
        assert "sdkgen.kotlin.runtime" not in text
        assert files[f"src/main/kotlin/{folder}/core/ClientCore.kt"].startswith(f"package {package}.core\n".encode())
    assert "fun interface DebugHook" in axhub["src/main/kotlin/ai/axhub/sdk/kotlin/core/Options.kt"].decode()


def test_descriptors_list_the_declared_error_bodies_and_the_client_offers_raw_responses() -> None:
    files = render("axhub")
    operations = text(files, "/Operations.kt")
    assert '                    "404" to Error::class.java,\n' in operations
    client = text(files, "/AxHubClient.kt")
    assert "suspend fun <T> withRawResponse(block: suspend AxHubClient.() -> T): WithResponse<T>" in client
    assert "import ai.axhub.sdk.kotlin.core.captureResponse\n" in client
