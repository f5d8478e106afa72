package bench;

import ai.axhub.sdk.AxHubClient;
import ai.axhub.sdk.models.Deployment;
import ai.axhub.sdk.models.DeploymentPage;
import ai.axhub.sdk.models.FailureReason;
import ai.axhub.sdk.params.DeployGetApiV1AppsByAppIDDeploymentsByDidParams;
import ai.axhub.sdk.params.DeployGetApiV1AppsByAppIDDeploymentsParams;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Per-call overhead of the Java SDK against bare {@code java.net.http.HttpClient} + Jackson
 * ({@code readTree}) on the same request, blocking ({@code java}) or through the futures
 * ({@code java-async}). tests/bench/call_overhead_bench.py builds it beside the SDK's sources and
 * runs it with the JSON config it describes as the only argument.
 *
 * <p>Both paths send the same GET (Accept, User-Agent, Authorization) over a kept-alive HTTP/1.1
 * connection and decode the whole answer: the SDK into its models, the bare path into a JSON tree.
 * They run in alternating timed blocks (the order flips every round). Prints one JSON line with
 * per path the median wall-clock microseconds per call over the blocks, and this process's CPU time
 * per call (a mean over all blocks).
 */
public final class CallOverhead {
    private static final String BARE_USER_AGENT = "call-overhead-bare";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CallOverhead() {}

    /** One call of one path; returns the decoded answer. */
    @FunctionalInterface
    interface Path {
        Object call() throws Exception;
    }

    /** The harness's settings, from the config (a plain class: the SDK compiles at --release 11). */
    static final class Config {
        private final String baseUrl;
        private final String token;
        private final String app;
        private final String did;
        private final long limit;
        private final int n;
        private final int warmup;
        private final int block;

        private Config(JsonNode node) {
            this.baseUrl = node.get("base_url").asText();
            this.token = node.get("token").asText();
            this.app = node.get("app").asText();
            this.did = node.get("did").asText();
            this.limit = node.get("limit").asLong();
            this.n = node.get("n").asInt();
            this.warmup = node.get("warmup").asInt();
            this.block = node.get("block").asInt();
        }

        static Config of(JsonNode node) {
            return new Config(node);
        }

        String baseUrl() {
            return baseUrl;
        }

        String token() {
            return token;
        }

        String app() {
            return app;
        }

        String did() {
            return did;
        }

        long limit() {
            return limit;
        }

        int n() {
            return n;
        }

        int warmup() {
            return warmup;
        }

        int block() {
            return block;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java bench.CallOverhead CONFIG_JSON");
            System.exit(2);
        }
        JsonNode node = MAPPER.readTree(args[0]);
        Config config = Config.of(node);
        List<String> clients = new ArrayList<>();
        node.path("clients").forEach(c -> clients.add(c.asText()));
        if (clients.isEmpty()) {
            clients.addAll(List.of("java", "java-async"));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (AxHubClient sdk = AxHubClient.builder().baseUrl(config.baseUrl()).token(config.token()).build()) {
            for (String client : clients) {
                boolean async = client.equals("java-async");
                if (!async && !client.equals("java")) {
                    throw new IllegalArgumentException("unknown client " + client);
                }
                for (JsonNode call : node.get("calls")) {
                    rows.add(measureCall(sdk, http, config, client, call.asText(), async));
                }
            }
        }
        System.out.println(MAPPER.writeValueAsString(Map.of("rows", rows)));
    }

    private static Map<String, Object> measureCall(
            AxHubClient sdk, HttpClient http, Config config, String client, String call, boolean async)
            throws Exception {
        String base = config.baseUrl() + "/api/v1/apps/" + encode(config.app()) + "/deployments";
        switch (call) {
            case "get": {
                DeployGetApiV1AppsByAppIDDeploymentsByDidParams params =
                        DeployGetApiV1AppsByAppIDDeploymentsByDidParams.builder()
                                .appID(config.app()).did(config.did()).build();
                HttpRequest request = bareRequest(base + "/" + encode(config.did()), config.token());
                Path sdkPath = async
                        ? () -> sdk.deployments().deployGetApiV1AppsByAppIDDeploymentsByDidAsync(params).join()
                        : () -> sdk.deployments().deployGetApiV1AppsByAppIDDeploymentsByDid(params);
                return measure(config, client, call, sdkPath, barePath(http, request, async),
                        value -> deploymentSummary((Deployment) value));
            }
            case "get_resource": {
                HttpRequest request = bareRequest(base + "/" + encode(config.did()), config.token());
                Path sdkPath = async
                        ? () -> sdk.deployments().getAsync(config.app(), config.did()).join()
                        : () -> sdk.deployments().get(config.app(), config.did());
                return measure(config, client, call, sdkPath, barePath(http, request, async),
                        value -> deploymentSummary((Deployment) value));
            }
            case "list": {
                DeployGetApiV1AppsByAppIDDeploymentsParams params = DeployGetApiV1AppsByAppIDDeploymentsParams.builder()
                        .appID(config.app()).limit(config.limit()).build();
                HttpRequest request = bareRequest(base + "?limit=" + config.limit(), config.token());
                Path sdkPath = async
                        ? () -> sdk.deployments().deployGetApiV1AppsByAppIDDeploymentsAsync(params).join()
                        : () -> sdk.deployments().deployGetApiV1AppsByAppIDDeployments(params);
                return measure(config, client, call, sdkPath, barePath(http, request, async),
                        value -> pageSummary((DeploymentPage) value));
            }
            default:
                throw new IllegalArgumentException("unknown call " + call);
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }

    /** The bare request, built once (HttpRequest is immutable and reusable), as a user would. */
    private static HttpRequest bareRequest(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json")
                .header("User-Agent", BARE_USER_AGENT)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }

    private static JsonNode parse(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("bare: status " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("bare: not JSON", e);
        }
    }

    private static Path barePath(HttpClient http, HttpRequest request, boolean async) {
        if (async) {
            return () -> http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .thenApply(CallOverhead::parse)
                    .join();
        }
        return () -> parse(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    private static Map<String, Object> deploymentSummary(Deployment d) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", d.id());
        summary.put("status", d.status().value());
        summary.put("image_uri", d.imageUri().orElse(null));
        return summary;
    }

    private static Map<String, Object> pageSummary(DeploymentPage page) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("total", page.total());
        summary.put("ids", page.items().stream().map(Deployment::id).collect(Collectors.toList()));
        List<Object> codes = new ArrayList<>();
        for (Deployment item : page.items()) {
            item.failureReason().ifPresent((FailureReason reason) -> codes.add(reason.code().orElse(null)));
        }
        summary.put("failure_codes", codes);
        return summary;
    }

    private static Map<String, Object> genericSummary(String call, JsonNode tree) {
        Map<String, Object> summary = new LinkedHashMap<>();
        if (call.equals("get") || call.equals("get_resource")) {
            summary.put("id", tree.get("id"));
            summary.put("status", tree.get("status"));
            summary.put("image_uri", tree.get("image_uri"));
            return summary;
        }
        List<JsonNode> ids = new ArrayList<>();
        List<JsonNode> codes = new ArrayList<>();
        for (JsonNode item : tree.get("items")) {
            ids.add(item.get("id"));
            JsonNode reason = item.get("failure_reason");
            if (reason != null && !reason.isNull()) {
                codes.add(reason.get("code"));
            }
        }
        summary.put("total", tree.get("total"));
        summary.put("ids", ids);
        summary.put("failure_codes", codes);
        return summary;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static Map<String, Object> measure(Config config, String client, String call, Path sdk, Path bare,
            Function<Object, Map<String, Object>> sdkSummary) throws Exception {
        for (int i = 0; i < config.warmup(); i++) {
            sdk.call();
            bare.call();
        }
        Map<String, List<Double>> wall = Map.of("sdk", new ArrayList<>(), "bare", new ArrayList<>());
        Map<String, List<Double>> cpu = Map.of("sdk", new ArrayList<>(), "bare", new ArrayList<>());
        Map<String, Object> last = new LinkedHashMap<>();
        Map<String, Path> paths = Map.of("sdk", sdk, "bare", bare);
        int rounds = Math.max(1, (config.n() + config.block() - 1) / config.block());
        for (int round = 0; round < rounds; round++) {
            List<String> order = round % 2 == 0 ? List.of("sdk", "bare") : List.of("bare", "sdk");
            for (String name : order) {
                Path path = paths.get(name);
                long startWall = System.nanoTime();
                long startCpu = cpuNanos();
                Object value = null;
                for (int i = 0; i < config.block(); i++) {
                    value = path.call();
                }
                long endCpu = cpuNanos();
                long endWall = System.nanoTime();
                last.put(name, value);
                wall.get(name).add((endWall - startWall) / 1000.0 / config.block());
                cpu.get(name).add((endCpu - startCpu) / 1000.0 / config.block());
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("client", client);
        row.put("call", call);
        row.put("sdk_us_per_call", median(wall.get("sdk")));
        row.put("bare_us_per_call", median(wall.get("bare")));
        // CPU time as a mean over all blocks: the process CPU clock ticks coarsely (10 ms on Linux).
        row.put("sdk_cpu_us_per_call", cpu.get("sdk").stream().mapToDouble(Double::doubleValue).average().orElse(0));
        row.put("bare_cpu_us_per_call", cpu.get("bare").stream().mapToDouble(Double::doubleValue).average().orElse(0));
        row.put("sdk_blocks", wall.get("sdk"));
        row.put("bare_blocks", wall.get("bare"));
        row.put("sdk_value", sdkSummary.apply(last.get("sdk")));
        row.put("bare_value", genericSummary(call, (JsonNode) last.get("bare")));
        return row;
    }
}
