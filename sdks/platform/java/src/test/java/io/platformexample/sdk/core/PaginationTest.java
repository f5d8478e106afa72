package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.platformexample.sdk.core.Fakes.Item;
import io.platformexample.sdk.core.TestServer.Reply;
import io.platformexample.sdk.errors.InvalidArgumentException;
import io.platformexample.sdk.errors.NotFoundException;
import io.platformexample.sdk.internal.Paging;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaginationTest {
    private TestServer server;
    private ApiClient client;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        client = Fakes.client(server, new RecordingSleeper()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String items(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> "{\"id\":\"" + id + "\"}").collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void offsetPagesUntilTheTotal() {
        server.enqueue(
                Reply.json(200, "{\"items\":" + items("a", "b") + ",\"total\":5,\"next_cursor\":\"\"}"),
                Reply.json(200, "{\"items\":" + items("c", "d") + ",\"total\":5}"),
                Reply.json(200, "{\"items\":" + items("e") + ",\"total\":5}"));
        PageIterable<Item> all = client.iterate(Fakes.LIST_OFFSET, null, Map.of("limit", 2), null);
        List<String> ids = new ArrayList<>();
        for (Item item : all) {
            ids.add(item.id());
        }
        assertEquals(List.of("a", "b", "c", "d", "e"), ids);
        assertEquals(3, server.requests().size());
        assertEquals(List.of("0", "2", "4"), server.requests().stream()
                .map(r -> r.query("offset") == null ? "0" : r.query("offset")).collect(Collectors.toList()));
        assertEquals("2", server.last().query("limit"));
    }

    @Test
    void offsetStopsOnAShortOrEmptyPage() {
        server.enqueue(
                Reply.json(200, "{\"items\":" + items("a", "b") + "}"),
                Reply.json(200, "{\"items\":" + items("c") + "}"));
        PageIterable<Item> all = client.iterate(Fakes.LIST_OFFSET, null, Map.of("limit", 2), null);
        assertEquals(3, all.stream().count());
        server.enqueue(Reply.json(200, "{\"items\":[]}"));
        assertEquals(0, client.iterate(Fakes.LIST_OFFSET, null, null, null).stream().count());
    }

    @Test
    void pageNumbersUntilTheTotal() {
        server.enqueue(
                Reply.json(200, "{\"repositories\":" + items("a", "b") + ",\"total_count\":3}"),
                Reply.json(200, "{\"repositories\":" + items("c") + ",\"total_count\":3}"));
        PageIterable<Item> all = client.iterate(Fakes.LIST_PAGE, null, Map.of("per_page", 2), null);
        assertEquals(List.of("a", "b", "c"), all.stream().map(Item::id).collect(Collectors.toList()));
        assertEquals("2", server.last().query("page"));
        assertEquals("2", server.last().query("per_page"));
    }

    @Test
    void cursorsUntilTheyStop() {
        server.enqueue(
                Reply.json(200, "{\"items\":" + items("a") + ",\"next_cursor\":\"c1\",\"has_more\":true}"),
                Reply.json(200, "{\"items\":" + items("b") + ",\"next_cursor\":\"c2\",\"has_more\":true}"),
                Reply.json(200, "{\"items\":" + items("c") + ",\"next_cursor\":\"c3\",\"has_more\":false}"));
        List<String> ids = client.<Item>iterate(Fakes.LIST_CURSOR, null, null, null).stream()
                .map(Item::id).collect(Collectors.toList());
        assertEquals(List.of("a", "b", "c"), ids);
        assertEquals("c2", server.last().query("cursor"));
        server.enqueue(
                Reply.json(200, "{\"items\":" + items("x") + ",\"next_cursor\":\"same\"}"),
                Reply.json(200, "{\"items\":" + items("y") + ",\"next_cursor\":\"same\"}"));
        assertEquals(2, client.iterate(Fakes.LIST_CURSOR, null, null, null).stream().count());
    }

    @Test
    void pagesAreFetchedLazilyAndErrorsSurface() {
        server.enqueue(
                Reply.json(200, "{\"items\":" + items("a", "b") + ",\"total\":9}"),
                Reply.json(404, "{\"code\":\"not_found\"}"));
        var iterator = client.<Item>iterate(Fakes.LIST_OFFSET, null, Map.of("limit", 2), null).iterator();
        assertEquals(0, server.requests().size());
        assertEquals("a", iterator.next().id());
        assertEquals("b", iterator.next().id());
        assertEquals(1, server.requests().size());
        assertThrows(NotFoundException.class, iterator::hasNext);
    }

    @Test
    void onlyPaginatedOperationsIterate() {
        assertThrows(InvalidArgumentException.class, () -> client.iterate(Fakes.GET_ITEM, Map.of("id", "a"), null, null));
    }

    @Test
    void aContinueTokenInMetadataUntilItIsAbsent() {
        server.enqueue(
                Reply.json(200, "{\"items\":" + items("a", "b") + ",\"metadata\":{\"continue\":\"c1\"}}"),
                Reply.json(200, "{\"items\":" + items("c", "d") + ",\"metadata\":{\"continue\":\"c2\"}}"),
                Reply.json(200, "{\"items\":" + items("e") + ",\"metadata\":{}}"));
        PageIterable<Item> all = client.iterate(Fakes.LIST_PODS, null, Map.of("limit", 2), null);
        assertEquals(List.of("a", "b", "c", "d", "e"), all.stream().map(Item::id).collect(Collectors.toList()));
        List<String> sent = new ArrayList<>();
        server.requests().forEach(r -> sent.add(String.valueOf(r.query("continue"))));
        assertEquals(List.of("null", "c1", "c2"), sent);
    }

    @Test
    void startingAfterTheLastIdUntilHasMoreIsFalse() {
        server.enqueue(
                Reply.json(200, "{\"data\":" + items("a", "b") + ",\"has_more\":true}"),
                Reply.json(200, "{\"data\":" + items("c", "d") + ",\"has_more\":true}"),
                Reply.json(200, "{\"data\":" + items("e") + ",\"has_more\":false}"));
        PageIterable<Item> all = client.iterate(Fakes.LIST_CUSTOMERS, null, Map.of("limit", 2), null);
        assertEquals(List.of("a", "b", "c", "d", "e"), all.stream().map(Item::id).collect(Collectors.toList()));
        List<String> sent = new ArrayList<>();
        server.requests().forEach(r -> sent.add(String.valueOf(r.query("starting_after"))));
        assertEquals(List.of("null", "b", "d"), sent);
        server.enqueue(Reply.json(200, "{\"data\":[],\"has_more\":true}"));
        assertEquals(0, client.iterate(Fakes.LIST_CUSTOMERS, null, Map.of("limit", 2), null).stream().count());
    }

    @Test
    void pagesOfABareListWithoutATotalStopOnAShortPage() {
        server.enqueue(
                Reply.json(200, items("a", "b")),
                Reply.json(200, items("c", "d")),
                Reply.json(200, items("e")));
        PageIterable<Item> all = client.iterate(Fakes.LIST_DAYS, null, Map.of("limit", 2), null);
        assertEquals(List.of("a", "b", "c", "d", "e"), all.stream().map(Item::id).collect(Collectors.toList()));
        List<String> sent = new ArrayList<>();
        server.requests().forEach(r -> sent.add(String.valueOf(r.query("page"))));
        assertEquals(List.of("null", "2", "3"), sent);
    }

    private static Operation<Map<String, Object>> messages(Operation.Pagination pagination) {
        return Operation.<Map<String, Object>>builder("listMessages", "GET", "/v1/messages")
                .param("PageSize", Operation.Location.QUERY, false, "form", true)
                .security(SecurityScheme.http("bearer"), SecurityScheme.apiKey(Operation.Location.QUERY, "api_key"))
                .json("200", new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {})
                .pagination(pagination)
                .build();
    }

    private static final Operation<Map<String, Object>> NEXT_URL = messages(
            Operation.Pagination.of(Operation.PageStyle.NEXT_URL, Item.class).items("messages")
                    .sizeParam("PageSize").next("next_page_uri").stop("token"));

    private static final Operation<Map<String, Object>> LINK_HEADER = messages(
            Operation.Pagination.of(Operation.PageStyle.LINK_HEADER, Item.class).items("messages")
                    .sizeParam("PageSize").stop("token"));

    private ApiClient keyed() {
        return Fakes.client(server, new RecordingSleeper()).token("tok").apiKey("k3y").build();
    }

    private List<String> sentQueries() {
        return server.requests().stream().map(r -> r.rawQuery() == null || r.rawQuery().isEmpty() ? r.path() : r.path() + "?" + r.rawQuery()).collect(Collectors.toList());
    }

    @Test
    void aNextUrlInThePageRelativeThenAbsoluteKeepsTheCredentials() {
        server.enqueue(
                Reply.json(200, "{\"messages\":" + items("a") + ",\"next_page_uri\":\"/v1/messages?Page=1&PageToken=p1\"}"),
                Reply.json(200, "{\"messages\":" + items("b") + ",\"next_page_uri\":\"" + server.baseUrl()
                        + "/v1/messages?Page=2\"}"),
                Reply.json(200, "{\"messages\":" + items("c") + ",\"next_page_uri\":null}"));
        List<String> ids = keyed().<Item>iterate(NEXT_URL, null, Map.of("PageSize", 1), null).stream()
                .map(Item::id).collect(Collectors.toList());
        assertEquals(List.of("a", "b", "c"), ids);
        assertEquals(List.of("/v1/messages?PageSize=1&api_key=k3y", "/v1/messages?Page=1&PageToken=p1&api_key=k3y",
                "/v1/messages?Page=2&api_key=k3y"), sentQueries());
        server.requests().forEach(r -> assertEquals("Bearer tok", r.header("Authorization")));
    }

    @Test
    void aNextUrlRelativeToThePageAndOneThatRepeatsThePageEnds() {
        server.enqueue(
                Reply.json(200, "{\"messages\":" + items("a") + ",\"next_page_uri\":\"messages?after=a\"}"),
                Reply.json(200, "{\"messages\":" + items("b") + ",\"next_page_uri\":\"messages?after=a\"}"),
                Reply.json(200, "{\"messages\":" + items("never") + "}"));
        assertEquals(2, client.iterate(NEXT_URL, null, null, null).stream().count());
        assertEquals(List.of("/v1/messages", "/v1/messages?after=a"), sentQueries());
    }

    @Test
    void aNextUrlOnAnotherOriginIsRefusedBeforeSending() {
        String elsewhere = server.baseUrl().replace("127.0.0.1", "localhost") + "/v1/messages?api_key=theirs&Page=1";
        server.enqueue(Reply.json(200, "{\"messages\":" + items("a") + ",\"next_page_uri\":\"" + elsewhere + "\"}"));
        var iterator = keyed().<Item>iterate(NEXT_URL, null, null, null).iterator();
        assertEquals("a", iterator.next().id());
        InvalidArgumentException error = assertThrows(InvalidArgumentException.class, iterator::hasNext);
        assertTrue(error.getMessage().contains("not on " + server.baseUrl()), error.getMessage());
        assertFalse(error.getMessage().contains("theirs"), error.getMessage());
        assertEquals(1, server.requests().size());
    }

    @Test
    void aLinkHeaderNextUntilThereIsNone() {
        String first = "<" + server.baseUrl() + "/v1/messages?page=1>; rel=\"first\", <" + server.baseUrl()
                + "/v1/messages?page=2>; title=\"a; b, c\"; rel=\"next last\"";
        server.enqueue(
                Reply.json(200, "{\"messages\":" + items("a") + "}").header("Link", first),
                Reply.json(200, "{\"messages\":" + items("b") + "}").header("Link", "</v1/messages?page=3>; rel=next"),
                Reply.json(200, "{\"messages\":" + items("c") + "}").header("Link", "</v1/messages?page=1>; rel=\"prev\""));
        List<String> ids = keyed().<Item>iterate(LINK_HEADER, null, null, null).stream()
                .map(Item::id).collect(Collectors.toList());
        assertEquals(List.of("a", "b", "c"), ids);
        assertEquals(List.of("/v1/messages?api_key=k3y", "/v1/messages?page=2&api_key=k3y",
                "/v1/messages?page=3&api_key=k3y"), sentQueries());
    }

    @Test
    void linkHeaderParsing() {
        assertEquals("/b", Paging.linkNext("</a>; rel=\"prev\", </b>; rel=\"next\""));
        assertEquals("/c", Paging.linkNext("</a>; title=\"x, rel=next; y\"; rel=prev, </c>; REL=\"Next\""));
        assertEquals("/d", Paging.linkNext("</d>; rel=\"next last\"; type=\"text/html\""));
        assertEquals("/e?x=1,2", Paging.linkNext("</e?x=1,2>; rel=next"));
        assertNull(Paging.linkNext("</a>; rel=\"prev\""));
        assertNull(Paging.linkNext(null));
        assertNull(Paging.linkNext("garbage"));
        assertEquals("http://h/v1/x?b=2", Paging.resolve("http://h/v1/x?a=1", "?b=2"));
        assertEquals("http://h/v1/y", Paging.resolve("http://h/v1/x", "y#frag"));
    }
}
