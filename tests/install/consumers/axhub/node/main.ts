// A TypeScript program as an AxHub user writes it, compiled by tests/install/test_node_install.py in
// a "type": "module" project and in a "type": "commonjs" one (module NodeNext, strict,
// exactOptionalPropertyTypes): the same source resolves the package's ESM types in the first and
// its CommonJS types in the second. It lists the deployments of the fixture app "shop" and reads a
// typed error; what it prints is what the test compares.
import { AxHub, NotFoundError } from "@axhub/sdk";
import type { DeploymentPage } from "@axhub/sdk";

const SHOP = "0c000000-0000-4000-8000-000000000001";
const UNKNOWN_APP = "0c000000-0000-4000-8000-0000000000ff";

async function main(): Promise<void> {
  // Both are `string | undefined`: the client options take that under exactOptionalPropertyTypes.
  const sdk = new AxHub({ baseUrl: process.env.AXHUB_BASE_URL, token: process.env.AXHUB_TOKEN });
  const page: DeploymentPage = await sdk.deployments.deployGetApiV1AppsByAppIDDeployments(
    { appID: SHOP },
    { limit: 2, offset: undefined },
  );
  const first = page.items[0];
  console.log(`deployments total=${page.total} items=${page.items.length} first=${first?.id} status=${first?.status}`);
  try {
    await sdk.deployments.deployGetApiV1AppsByAppIDDeployments({ appID: UNKNOWN_APP });
    console.log("error none");
  } catch (error) {
    if (!(error instanceof NotFoundError)) {
      throw error;
    }
    console.log(`error ${error.constructor.name} status=${error.status} code=${error.code}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
