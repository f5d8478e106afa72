package consumer;

import ai.axhub.sdk.AxHubClient;
import ai.axhub.sdk.core.Paged;
import ai.axhub.sdk.models.Deployment;
import ai.axhub.sdk.params.DeploymentsListParams;
import io.deplite.sdk.DepliteClient;
import io.deplite.sdk.core.Signer;
import io.deplite.sdk.models.Trigger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One application using two SDKs generated from two specs, both installed as jars: AxHub's
 * deployments of the fixture app "shop" and Deplite's triggers of the fixture organisation, each
 * against its own reference server, and Deplite's public signer on the shared test vector. Each SDK
 * carries its runtime in its own package, so the two never clash.
 *
 * <p>Arguments: the AxHub server's URL, then the Deplite server's root URL.
 */
public final class Main {
    private static final String SHOP = "0c000000-0000-4000-8000-000000000001";

    private Main() {
    }

    public static void main(String[] args) {
        try (AxHubClient axhub = AxHubClient.builder().baseUrl(args[0]).token("tok_owner").build();
                DepliteClient deplite = DepliteClient.builder().baseUrl(args[1] + "/api").agentBaseUrl(args[1])
                        .token("tok_owner").build()) {
            Paged<Deployment> page = axhub.deployments().list(SHOP, DeploymentsListParams.builder().limit(2).build());
            System.out.println("axhub deployments items=" + page.items().size() + " first=" + page.items().get(0).id()
                    + " more=" + page.hasNextPage());
            List<Trigger> triggers = deplite.triggers().list("org-abc");
            System.out.println("deplite triggers " + triggers.size());
            Signer signer = DepliteClient.signer("agt_1", "ags_test_secret");
            byte[] body = "{\"status\":\"success\",\"exitCode\":0}".getBytes(StandardCharsets.UTF_8);
            System.out.println("deplite signature " + signer.signature(
                    "POST", "/agent/jobs/job_1/result?x=1", body, 1700000000L, "00112233445566778899aabbccddeeff"));
        }
    }
}
