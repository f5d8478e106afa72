// Per-call overhead of the Node SDK against bare fetch + JSON.parse on the same request.
//
//   node dist/bench.js CONFIG_JSON
//
// CONFIG_JSON is the config described in tests/bench/call_overhead_bench.py, which builds and
// runs this file. Both paths send the same GET (Accept, User-Agent, Authorization) over kept-alive
// connections and decode the whole answer. They run in alternating timed blocks (the order flips
// every round). Prints one JSON line: per path, the median wall-clock microseconds per call over
// the blocks, and this process's CPU time per call (a mean over all blocks).

import { AxHub, type Deployment, type DeploymentPage } from "@axhub/sdk";

const BARE_USER_AGENT = "call-overhead-bare";

interface Config {
  base_url: string;
  token: string;
  app: string;
  did: string;
  limit: number;
  n: number;
  warmup: number;
  block: number;
  calls: string[];
}

type Path = () => Promise<unknown>;
type Summary = Record<string, unknown>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
}

function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

function deploymentSummary(d: Deployment): Summary {
  return { id: d.id, status: d.status, image_uri: d.image_uri };
}

function pageSummary(page: DeploymentPage): Summary {
  return {
    total: page.total,
    ids: page.items.map((item) => item.id),
    failure_codes: page.items.filter((item) => item.failure_reason !== null).map((item) => item.failure_reason?.code),
  };
}

// The bare answer is a plain JSON tree: read it as such, without the SDK's types.
function genericSummary(call: string, tree: unknown): Summary {
  const object = tree as Record<string, unknown>;
  if (call === "get") {
    return { id: object["id"], status: object["status"], image_uri: object["image_uri"] };
  }
  const items = object["items"] as Record<string, unknown>[];
  return {
    total: object["total"],
    ids: items.map((item) => item["id"]),
    failure_codes: items
      .filter((item) => item["failure_reason"] !== null)
      .map((item) => (item["failure_reason"] as Record<string, unknown>)["code"]),
  };
}

async function measure(config: Config, call: string, sdk: Path, bare: Path, sdkSummary: (v: unknown) => Summary) {
  const paths: Record<"sdk" | "bare", Path> = { sdk, bare };
  for (let i = 0; i < config.warmup; i++) {
    await sdk();
    await bare();
  }
  const wall: Record<string, number[]> = { sdk: [], bare: [] };
  const cpu: Record<string, number[]> = { sdk: [], bare: [] };
  const last: Record<string, unknown> = {};
  const rounds = Math.max(1, Math.ceil(config.n / config.block));
  for (let round = 0; round < rounds; round++) {
    const order: ("sdk" | "bare")[] = round % 2 === 0 ? ["sdk", "bare"] : ["bare", "sdk"];
    for (const name of order) {
      const path = paths[name];
      const startWall = process.hrtime.bigint();
      const startCpu = cpuMicros();
      for (let i = 0; i < config.block; i++) {
        last[name] = await path();
      }
      wall[name]?.push(Number(process.hrtime.bigint() - startWall) / 1000 / config.block);
      cpu[name]?.push((cpuMicros() - startCpu) / config.block);
    }
  }
  return {
    client: "node",
    call,
    sdk_us_per_call: median(wall["sdk"] ?? []),
    bare_us_per_call: median(wall["bare"] ?? []),
    sdk_cpu_us_per_call: mean(cpu["sdk"] ?? []),
    bare_cpu_us_per_call: mean(cpu["bare"] ?? []),
    sdk_blocks: wall["sdk"],
    bare_blocks: wall["bare"],
    sdk_value: sdkSummary(last["sdk"]),
    bare_value: genericSummary(call, last["bare"]),
  };
}

async function bareGet(url: string, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(url, { headers });
  const text = await response.text();
  if (response.status !== 200) {
    throw new Error(`bare ${url}: status ${response.status}: ${text}`);
  }
  return JSON.parse(text) as unknown;
}

async function main(config: Config): Promise<void> {
  const sdk = new AxHub({ baseUrl: config.base_url, token: config.token });
  const deployments = sdk.deployments;
  const headers = {
    Accept: "application/json",
    "User-Agent": BARE_USER_AGENT,
    Authorization: `Bearer ${config.token}`,
  };
  const base = `${config.base_url}/api/v1/apps/${encodeURIComponent(config.app)}/deployments`;
  const rows = [];
  for (const call of config.calls) {
    if (call === "get") {
      const pathParams = { appID: config.app, did: config.did };
      const url = `${base}/${encodeURIComponent(config.did)}`;
      rows.push(
        await measure(
          config,
          call,
          () => deployments.deployGetApiV1AppsByAppIDDeploymentsByDid(pathParams),
          () => bareGet(url, headers),
          (v) => deploymentSummary(v as Deployment),
        ),
      );
    } else if (call === "list") {
      const pathParams = { appID: config.app };
      const query = { limit: config.limit };
      const url = `${base}?limit=${config.limit}`;
      rows.push(
        await measure(
          config,
          call,
          () => deployments.deployGetApiV1AppsByAppIDDeployments(pathParams, query),
          () => bareGet(url, headers),
          (v) => pageSummary(v as DeploymentPage),
        ),
      );
    } else {
      throw new Error(`unknown call ${call}`);
    }
  }
  process.stdout.write(`${JSON.stringify({ rows })}\n`);
}

const argument = process.argv[2];
if (argument === undefined || process.argv.length !== 3) {
  process.stderr.write("usage: node dist/bench.js CONFIG_JSON\n");
  process.exit(2);
}
await main(JSON.parse(argument) as Config);
