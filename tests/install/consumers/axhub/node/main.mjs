// The AxHub SDK from plain JavaScript as an ES module (`import`); see main.ts for what it prints.
import { AxHub, NotFoundError } from "@axhub/sdk";

const SHOP = "0c000000-0000-4000-8000-000000000001";
const UNKNOWN_APP = "0c000000-0000-4000-8000-0000000000ff";

const sdk = new AxHub({ baseUrl: process.env.AXHUB_BASE_URL, token: process.env.AXHUB_TOKEN });
const page = await sdk.deployments.deployGetApiV1AppsByAppIDDeployments({ appID: SHOP }, { limit: 2 });
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
