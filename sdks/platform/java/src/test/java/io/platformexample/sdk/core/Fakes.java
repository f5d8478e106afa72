package io.platformexample.sdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A small fake API described the way generated code describes one, and test doubles. */
final class Fakes {
    static final Operation<Map<String, Object>> GET_ITEM = Operation.<Map<String, Object>>builder("getItem", "GET", "/items/{id}")
            .param("id", Operation.Location.PATH, true, "simple", false)
            .param("tags", Operation.Location.QUERY, false, "form", true)
            .param("ids", Operation.Location.QUERY, false, "form", false)
            .param("active", Operation.Location.QUERY, false, "form", true)
            .param("X-Trace", Operation.Location.HEADER, false, "simple", false)
            .param("session", Operation.Location.COOKIE, false, "form", true)
            .json("200", new TypeReference<Map<String, Object>>() {})
            .json("default", new TypeReference<Map<String, Object>>() {})
            .build();

    static final Operation<Map<String, Object>> CREATE_ITEM = Operation.<Map<String, Object>>builder("createItem", "POST", "/items")
            .param("Idempotency-Key", Operation.Location.HEADER, false, "simple", false)
            .body("application/json", true)
            .json("201", new TypeReference<Map<String, Object>>() {})
            .build();

    static final Operation<Map<String, Object>> PATCH_ITEM = Operation.<Map<String, Object>>builder("patchItem", "PATCH", "/items/{id}")
            .param("id", Operation.Location.PATH, true, "simple", false)
            .body("application/json", false)
            .json("200", new TypeReference<Map<String, Object>>() {})
            .build();

    static final Operation<EmptyResult> DELETE_ITEM = Operation.<EmptyResult>builder("deleteItem", "DELETE", "/items/{id}")
            .param("id", Operation.Location.PATH, true, "simple", false)
            .response("204", Operation.ResponseKind.EMPTY)
            .build();

    static final Operation<RedirectResult> INSTALL = Operation.<RedirectResult>builder("installStart", "GET", "/install")
            .response("302", Operation.ResponseKind.REDIRECT)
            .build();

    static final Operation<Object> UPLOAD_FORM = Operation.<Object>builder("uploadForm", "POST", "/form")
            .body("application/x-www-form-urlencoded", true)
            .json("200", Object.class)
            .build();

    static final Operation<Object> UPLOAD_FILE = Operation.<Object>builder("uploadFile", "POST", "/files")
            .body("multipart/form-data", true)
            .json("200", Object.class)
            .build();

    static final Operation<Map<String, Object>> LIST_PODS = Operation.<Map<String, Object>>builder("listPods", "GET", "/pods")
            .param("limit", Operation.Location.QUERY, false, "form", true)
            .param("continue", Operation.Location.QUERY, false, "form", true)
            .json("200", new TypeReference<Map<String, Object>>() {})
            .pagination(Operation.Pagination.of(Operation.PageStyle.CURSOR, Item.class).items("items").param("continue")
                    .sizeParam("limit").next("metadata", "continue").stop("token"))
            .build();

    static final Operation<Map<String, Object>> LIST_CUSTOMERS = Operation.<Map<String, Object>>builder("listCustomers", "GET", "/customers")
            .param("limit", Operation.Location.QUERY, false, "form", true)
            .param("starting_after", Operation.Location.QUERY, false, "form", true)
            .json("200", new TypeReference<Map<String, Object>>() {})
            .pagination(Operation.Pagination.of(Operation.PageStyle.STARTING_AFTER, Item.class).items("data")
                    .param("starting_after").sizeParam("limit").next("id").hasMore("has_more").stop("has_more", "empty", "token"))
            .build();

    static final Operation<Object> LIST_DAYS = Operation.<Object>builder("listDays", "GET", "/days")
            .param("page", Operation.Location.QUERY, false, "form", true)
            .param("limit", Operation.Location.QUERY, false, "form", true)
            .json("200", new TypeReference<Object>() {})
            .pagination(Operation.Pagination.of(Operation.PageStyle.PAGE, Item.class).param("page").sizeParam("limit")
                    .stop("empty", "short"))
            .build();

    static final Operation<String> TEXT = Operation.<String>builder("getText", "GET", "/text")
            .response("200", Operation.ResponseKind.TEXT)
            .build();

    static final Operation<Map<String, Object>> LIST_OFFSET = Operation.<Map<String, Object>>builder("listOffset", "GET", "/offset")
            .param("limit", Operation.Location.QUERY, false, "form", true)
            .param("offset", Operation.Location.QUERY, false, "form", true)
            .json("200", new TypeReference<Map<String, Object>>() {})
            .pagination(Operation.Pagination.of(Operation.PageStyle.OFFSET, Item.class).items("items").param("offset")
                    .sizeParam("limit").total("total").stop("empty", "short", "total"))
            .build();

    static final Operation<Map<String, Object>> LIST_PAGE = Operation.<Map<String, Object>>builder("listPage", "GET", "/pages")
            .param("page", Operation.Location.QUERY, false, "form", true)
            .param("per_page", Operation.Location.QUERY, false, "form", true)
            .json("200", new TypeReference<Map<String, Object>>() {})
            .pagination(Operation.Pagination.of(Operation.PageStyle.PAGE, Item.class).items("repositories").param("page")
                    .sizeParam("per_page").total("total_count").stop("empty", "short", "total"))
            .build();

    static final Operation<Map<String, Object>> LIST_CURSOR = Operation.<Map<String, Object>>builder("listCursor", "GET", "/cursor")
            .param("cursor", Operation.Location.QUERY, false, "form", true)
            .json("200", new TypeReference<Map<String, Object>>() {})
            .pagination(Operation.Pagination.of(Operation.PageStyle.CURSOR, Item.class).items("items").param("cursor")
                    .next("next_cursor").hasMore("has_more").stop("has_more", "token"))
            .build();

    static final Operation<Map<String, Object>> LOGS = Operation.<Map<String, Object>>builder("getLogs", "GET", "/apps/{app}/logs")
            .param("app", Operation.Location.PATH, true, "simple", false)
            .param("direction", Operation.Location.QUERY, false, "form", true)
            .param("cursor", Operation.Location.QUERY, false, "form", true)
            .param("limit", Operation.Location.QUERY, false, "form", true)
            .json("200", new TypeReference<Map<String, Object>>() {})
            .pagination(Operation.Pagination.of(Operation.PageStyle.CURSOR, Line.class).items("lines").param("cursor")
                    .sizeParam("limit").next("next_cursor").hasMore("has_more").stop("has_more", "token"))
            .tail("logs", "direction", "forward")
            .build();

    static final Operation<Map<String, Object>> GET_JOB = Operation.<Map<String, Object>>builder("getJob", "GET", "/jobs/{id}")
            .param("id", Operation.Location.PATH, true, "simple", false)
            .json("200", new TypeReference<Map<String, Object>>() {})
            .waiter("job", "status", "done", "failed")
            .build();

    static final Map<String, Operation<?>> OPERATIONS = operations(
            GET_ITEM, CREATE_ITEM, PATCH_ITEM, DELETE_ITEM, INSTALL, UPLOAD_FORM, UPLOAD_FILE, TEXT, LIST_OFFSET,
            LIST_PAGE, LIST_CURSOR, LOGS, GET_JOB);

    /** An item of a list. */
    static final class Item {
        @JsonProperty("id") private final String id;

        @JsonCreator
        Item(@JsonProperty("id") String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Item)) {
                return false;
            }
            Item that = (Item) other;
            return Objects.equals(id, that.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id);
        }

        @Override
        public String toString() {
            return "Item[id=" + id + "]";
        }
    }

    /** A log line. */
    static final class Line {
        @JsonProperty("message") private final String message;

        @JsonCreator
        Line(@JsonProperty("message") String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Line)) {
                return false;
            }
            Line that = (Line) other;
            return Objects.equals(message, that.message);
        }

        @Override
        public int hashCode() {
            return Objects.hash(message);
        }

        @Override
        public String toString() {
            return "Line[message=" + message + "]";
        }
    }

    private Fakes() {}

    private static Map<String, Operation<?>> operations(Operation<?>... operations) {
        Map<String, Operation<?>> map = new LinkedHashMap<>();
        for (Operation<?> operation : operations) {
            map.put(operation.operationId(), operation);
        }
        return map;
    }

    /** A client for the fake API on a test server: no real waiting, jitter 0.5. */
    static ClientBuilder<ApiClient> client(TestServer server, RecordingSleeper sleeper) {
        return ClientBuilder.create(c -> c, OPERATIONS)
                .baseUrl(server.baseUrl())
                .sleeper(sleeper)
                .clock(sleeper.clock())
                .jitter(() -> 0.5)
                .sdk("fake-sdk", "1.2.3");
    }
}
