package sdkgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sdkgen.runtime.core.Fakes.Item;
import sdkgen.runtime.core.TestServer.Reply;
import sdkgen.runtime.errors.InvalidArgumentException;
import sdkgen.runtime.errors.NotFoundException;

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
}
