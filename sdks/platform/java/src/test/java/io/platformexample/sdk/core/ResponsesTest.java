package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.platformexample.sdk.core.TestServer.Reply;
import io.platformexample.sdk.errors.ApiStatusException;
import io.platformexample.sdk.errors.AuthenticationException;
import io.platformexample.sdk.errors.BadRequestException;
import io.platformexample.sdk.errors.ClientErrorException;
import io.platformexample.sdk.errors.ConflictException;
import io.platformexample.sdk.errors.InternalServerErrorException;
import io.platformexample.sdk.errors.NotFoundException;
import io.platformexample.sdk.errors.PermissionDeniedException;
import io.platformexample.sdk.errors.PreconditionFailedException;
import io.platformexample.sdk.errors.PreconditionRequiredException;
import io.platformexample.sdk.errors.RateLimitException;
import io.platformexample.sdk.errors.ResponseDecodeException;
import io.platformexample.sdk.errors.ServerErrorException;
import io.platformexample.sdk.errors.UnprocessableEntityException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResponsesTest {
    private TestServer server;
    private ApiClient client;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        client = Fakes.client(server, new RecordingSleeper()).maxRetries(0).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void noContentIsAnEmptyMap() {
        server.enqueue(Reply.empty(204));
        EmptyResult result = client.call(Fakes.DELETE_ITEM, Map.of("id", "a"), null, null, null);
        assertSame(EmptyResult.INSTANCE, result);
        assertEquals(Map.of(), result);
        assertEquals("{}", Json.toJson(result));
    }

    @Test
    void aSuccessWithoutBodyIsAnEmptyMap() {
        server.enqueue(Reply.empty(200));
        Object result = client.request("getItem", Map.of("id", "a"), null, null, null);
        assertEquals(Map.of(), result);
    }

    @Test
    void redirectsAreReturnedNotFollowed() {
        server.enqueue(Reply.empty(302).header("Location", "https://github.com/apps/x/installations/new?state=s"));
        RedirectResult result = client.call(Fakes.INSTALL, null, null, null, null);
        assertEquals(new RedirectResult(302, "https://github.com/apps/x/installations/new?state=s"), result);
        assertEquals(Map.of("status", 302, "location", "https://github.com/apps/x/installations/new?state=s"), result.toMap());
        assertEquals("{\"status\":302,\"location\":\"https://github.com/apps/x/installations/new?state=s\"}", Json.toJson(result));
        assertEquals(1, server.requests().size());
    }

    @Test
    void textResponses() {
        server.enqueue(Reply.text(200, "text/plain", "hello"));
        assertEquals("hello", client.call(Fakes.TEXT, null, null, null, null));
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class),
                Arguments.of(401, AuthenticationException.class),
                Arguments.of(403, PermissionDeniedException.class),
                Arguments.of(404, NotFoundException.class),
                Arguments.of(409, ConflictException.class),
                Arguments.of(412, PreconditionFailedException.class),
                Arguments.of(422, UnprocessableEntityException.class),
                Arguments.of(428, PreconditionRequiredException.class),
                Arguments.of(429, RateLimitException.class),
                Arguments.of(418, ClientErrorException.class),
                Arguments.of(500, InternalServerErrorException.class),
                Arguments.of(503, ServerErrorException.class),
                Arguments.of(599, ServerErrorException.class));
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void everyErrorStatusHasItsClass(int status, Class<? extends ApiStatusException> type) {
        server.enqueue(Reply.json(status, "{\"statusCode\":" + status + ",\"code\":\"c\",\"message\":\"m\"}"));
        ApiStatusException error = assertThrows(
                ApiStatusException.class, () -> client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null));
        assertSame(type, error.getClass());
        assertEquals(status, error.status());
        assertTrue(status < 500 ? error instanceof ClientErrorException : error instanceof ServerErrorException);
    }

    /** An error body as a caller may decode it. */
    static final class ErrorBody {
        @JsonProperty("statusCode") private final int statusCode;
        @JsonProperty("code") private final String code;
        @JsonProperty("message") private final String message;

        @JsonCreator
        ErrorBody(@JsonProperty("statusCode") int statusCode, @JsonProperty("code") String code, @JsonProperty("message") String message) {
            this.statusCode = statusCode;
            this.code = code;
            this.message = message;
        }

        public int statusCode() {
            return statusCode;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof ErrorBody)) {
                return false;
            }
            ErrorBody that = (ErrorBody) other;
            return Objects.equals(statusCode, that.statusCode)
                    && Objects.equals(code, that.code)
                    && Objects.equals(message, that.message);
        }

        @Override
        public int hashCode() {
            return Objects.hash(statusCode, code, message);
        }

        @Override
        public String toString() {
            return "ErrorBody[statusCode=" + statusCode + ", code=" + code + ", message=" + message + "]";
        }
    }

    @Test
    void errorsCarryEverythingAndSayWhatFailed() {
        server.enqueue(Reply.json(412, "{\"statusCode\":412,\"code\":\"no_subdomain\",\"message\":\"the app has no subdomain\",\"retryAfter\":5,\"extra\":[1]}")
                .header("X-Request-Id", "req-9"));
        PreconditionFailedException error = assertThrows(
                PreconditionFailedException.class,
                () -> client.call(Fakes.CREATE_ITEM, null, null, Map.of(), null));
        assertEquals(412, error.status());
        assertEquals("no_subdomain", error.code());
        assertEquals("the app has no subdomain", error.errorMessage());
        assertEquals(Duration.ofSeconds(5), error.retryAfter().orElseThrow());
        assertEquals("createItem", error.operationId());
        assertEquals("POST", error.method());
        assertEquals("req-9", error.requestId().orElseThrow());
        assertEquals("req-9", error.headers().firstValue("x-request-id").orElseThrow());
        assertInstanceOf(Map.class, error.body());
        assertEquals("no_subdomain", ((Map<?, ?>) error.body()).get("code"));
        assertEquals(
                "createItem: POST /items returned 412 no_subdomain: the app has no subdomain (retry after 5s) [request id req-9]",
                error.getMessage());
        assertEquals(new ErrorBody(412, "no_subdomain", "the app has no subdomain"), error.bodyAs(ErrorBody.class).orElseThrow());
    }

    @Test
    void nonJsonErrorBodiesAreKeptAsText() {
        server.enqueue(Reply.text(502, "text/html", "<html>bad gateway</html>"));
        ServerErrorException error = assertThrows(
                ServerErrorException.class, () -> client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null));
        assertEquals("<html>bad gateway</html>", error.body());
        assertNull(error.code());
        assertTrue(error.bodyAs(Map.class).isEmpty());
    }

    @Test
    void nestedErrorBodies() {
        server.enqueue(Reply.json(400, "{\"error\":{\"code\":\"bad\",\"message\":\"nope\"}}"));
        BadRequestException error = assertThrows(
                BadRequestException.class, () -> client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null));
        assertEquals("bad", error.code());
        assertEquals("nope", error.errorMessage());
    }

    @Test
    void undecodableSuccessIsADecodeError() {
        server.enqueue(Reply.json(200, "{not json"));
        ResponseDecodeException error = assertThrows(
                ResponseDecodeException.class, () -> client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null));
        assertEquals(200, error.status());
        assertEquals("{not json", error.text());
    }

    @Test
    void rawResponsesForAnyStatus() {
        server.enqueue(Reply.json(404, "{\"code\":\"not_found\"}").header("X-Thing", "1"));
        RawResponse raw = client.rawRequest("getItem", Map.of("id", "a"), null, null, null);
        assertEquals(404, raw.status());
        assertEquals("1", raw.headers().firstValue("x-thing").orElseThrow());
        assertArrayEquals("{\"code\":\"not_found\"}".getBytes(StandardCharsets.UTF_8), raw.body());
        assertEquals("not_found", raw.json().get("code").asText());
        assertThrows(NotFoundException.class, raw::parsed);
    }
}
