package consumer;

import ai.axhub.sdk.AxHubClient;
import ai.axhub.sdk.errors.NotFoundException;
import ai.axhub.sdk.models.Deployment;
import ai.axhub.sdk.models.DeploymentPage;
import ai.axhub.sdk.params.DeployGetApiV1AppsByAppIDDeploymentsByDidParams;
import ai.axhub.sdk.params.DeployGetApiV1AppsByAppIDDeploymentsParams;

/**
 * A Java 11 program as an AxHub user writes it, compiled by tests/install/test_java_install.py
 * with {@code --release 11} against the SDK installed in the local Maven repository. It lists the
 * deployments of the fixture app "shop", reads one of them, and reads a typed error; what it prints
 * is what the test compares. Arguments: the server's base URL and a bearer token.
 */
public final class Main {
    private static final String SHOP = "0c000000-0000-4000-8000-000000000001";
    private static final String UNKNOWN_APP = "0c000000-0000-4000-8000-0000000000ff";
    private static final String FIRST_DEPLOYMENT = "0d000000-0000-4000-8000-000000000101";

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: Main BASE_URL TOKEN");
            System.exit(2);
        }
        try (AxHubClient client = AxHubClient.builder().baseUrl(args[0]).token(args[1]).build()) {
            var deployments = client.deployments();
            DeploymentPage page = deployments.deployGetApiV1AppsByAppIDDeployments(
                    DeployGetApiV1AppsByAppIDDeploymentsParams.builder().appID(SHOP).limit(2L).build());
            Deployment first = page.items().get(0);
            System.out.println("deployments total=" + page.total() + " items=" + page.items().size()
                    + " first=" + first.id() + " status=" + first.status());

            Deployment one = deployments.deployGetApiV1AppsByAppIDDeploymentsByDid(
                    DeployGetApiV1AppsByAppIDDeploymentsByDidParams.builder().appID(SHOP).did(FIRST_DEPLOYMENT).build());
            System.out.println("deployment " + one.id() + " status=" + one.status() + " commit=" + one.commitSha());

            try {
                deployments.deployGetApiV1AppsByAppIDDeployments(
                        DeployGetApiV1AppsByAppIDDeploymentsParams.builder().appID(UNKNOWN_APP).build());
                System.out.println("error none");
            } catch (NotFoundException error) {
                System.out.println("error " + error.getClass().getSimpleName() + " status=" + error.status()
                        + " code=" + error.code());
            }
        }
    }
}
