// One application that uses two SDKs generated from two different specs, both installed from their
// packed tarballs (tests/install/test_node_install.py::test_two_sdks_in_one_node_app). Each SDK
// carries its own copy of the runtime, so their classes and options stay apart: AxHub lists the
// deployments of the fixture app "shop" page by page; Deplite enrolls an agent whose calls are
// signed, and a wrong secret is Deplite's own AuthenticationError. What it prints is compared.
import { AxHub, SDKError as AxHubError, type Deployment, type DeploymentPage, type Page } from "@axhub/sdk";
import {
  AuthenticationError,
  Deplite,
  SDKError as DepliteError,
  RequestSigner,
  SIGNATURES,
  type AgentCredentials,
  type DepliteOptions,
} from "@deplite/sdk";

const SHOP = "0c000000-0000-4000-8000-000000000001";

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set`);
  }
  return value;
}

async function main(): Promise<void> {
  // AxHub reads AXHUB_BASE_URL and AXHUB_TOKEN itself; Deplite's variables are its own.
  const axhub = new AxHub();
  const first: Page<Deployment, DeploymentPage> = await axhub.deployments.list(SHOP, { limit: 2 });
  const ids = new Set<string>();
  for await (const deployment of axhub.deployments.list(SHOP, { limit: 2 })) {
    ids.add(deployment.id);
  }
  console.log(`axhub first=${first.data.length} next=${first.hasNextPage()} all=${ids.size} total=${first.body.total}`);

  const root = required("DEPLITE_ROOT_URL");
  const hosts: DepliteOptions = { baseUrl: `${root}/api`, agentBaseUrl: root };
  const owner = new Deplite({ ...hosts, token: "tok_owner" });
  const enrollment = await owner.agents.createEnrollmentToken({ orgId: "org-abc" }, null, { label: "two-sdks" });
  const credentials: AgentCredentials = await new Deplite({ ...hosts, token: enrollment.token }).agent.enroll({
    hostname: "two-sdks",
  });
  const agent = new Deplite({ ...hosts, signingKeyId: credentials.agentId, signingSecret: credentials.agentSecret });
  const reported = await agent.agent.reportWorkflows({ workflows: [{ name: "build", secretsKeys: [] }] });
  console.log(`deplite signed report count=${reported.count}`);

  const vector = new RequestSigner(SIGNATURES.agentSignature, "agt_1", "ags_test_secret", {
    now: () => 1_700_000_000_000,
    nonce: () => "00112233445566778899aabbccddeeff",
  }).sign("GET", "/agent/stream");
  console.log(`deplite vector ${vector["X-Signature"]}`);

  const impostor = new Deplite({ ...hosts, signingKeyId: credentials.agentId, signingSecret: "wrong" });
  try {
    await impostor.agent.heartbeat({ version: "1.0" });
    console.log("deplite impostor accepted");
  } catch (error) {
    if (!(error instanceof AuthenticationError)) {
      throw error;
    }
    const apart = !(error instanceof AxHubError) && error instanceof DepliteError;
    console.log(`deplite impostor ${error.constructor.name} code=${error.code} runtimes-apart=${apart}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
