package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.platformexample.sdk.core.Fakes.Item;
import io.platformexample.sdk.core.TestServer.Reply;
import io.platformexample.sdk.errors.InvalidArgumentException;
import io.platformexample.sdk.errors.NotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page object of the list methods: items, hasNextPage, nextPage, autoPager, async forms. */
class PagedTest {
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

    private void threePages() {
        server.enqueue(
                Reply.json(200, "{\"items\":" + items("a", "b") + ",\"total\":5}"),
                Reply.json(200, "{\"items\":" + items("c", "d") + ",\"total\":5}"),
                Reply.json(200, "{\"items\":" + items("e") + ",\"total\":5}"));
    }

    private static List<String> ids(List<Item> items) {
        return items.stream().map(Item::id).collect(Collectors.toList());
    }

    @Test
    void aPageHasItsItemsAndTheNextOneByHand() {
        threePages();
        Paged<Item> first = client.firstPage(Fakes.LIST_OFFSET, null, Map.of("limit", 2), null);
        assertEquals(List.of("a", "b"), ids(first.items()));
        assertEquals(5, first.json().get("total").asInt());
        assertTrue(first.hasNextPage());
        Paged<Item> second = first.nextPage();
        assertEquals(List.of("c", "d"), ids(second.items()));
        assertEquals("2", server.last().query("offset"));
        Paged<Item> third = second.nextPage();
        assertEquals(List.of("e"), ids(third.items()));
        assertFalse(third.hasNextPage());
        InvalidArgumentException none = assertThrows(InvalidArgumentException.class, third::nextPage);
        assertTrue(none.getMessage().contains("hasNextPage"), none.getMessage());
        assertEquals(3, server.requests().size());
    }

    @Test
    void iteratingAPageVisitsEveryItemFromThereOn() {
        threePages();
        Paged<Item> first = client.firstPage(Fakes.LIST_OFFSET, null, Map.of("limit", 2), null);
        List<String> all = new ArrayList<>();
        for (Item item : first.autoPager()) {
            all.add(item.id());
        }
        assertEquals(List.of("a", "b", "c", "d", "e"), all);
        assertEquals(3, server.requests().size());
        threePages();
        assertEquals(List.of("a", "b", "c", "d", "e"),
                client.<Item>firstPage(Fakes.LIST_OFFSET, null, Map.of("limit", 2), null).stream().map(Item::id)
                        .collect(Collectors.toList()));
    }

    @Test
    void theAsyncFormsFetchWithoutBlocking() throws Exception {
        server.enqueue(
                Reply.json(200, "{\"items\":" + items("a", "b") + ",\"total\":5}"),
                Reply.json(200, "{\"items\":" + items("c", "d") + ",\"total\":5}"));
        Paged<Item> first = client.<Item>firstPageAsync(Fakes.LIST_OFFSET, null, Map.of("limit", 2), null).get();
        assertEquals(List.of("a", "b"), ids(first.items()));
        assertEquals(List.of("c", "d"), ids(first.nextPageAsync().get().items()));
        threePages();
        Paged<Item> again = client.<Item>firstPageAsync(Fakes.LIST_OFFSET, null, Map.of("limit", 2), null).get();
        List<String> all = new ArrayList<>();
        again.forEachAsync(item -> all.add(item.id())).get();
        assertEquals(List.of("a", "b", "c", "d", "e"), all);
    }

    @Test
    void errorsAndMisuse() {
        server.enqueue(Reply.json(200, "{\"items\":" + items("a", "b") + ",\"total\":5}"), Reply.json(404, "{}"));
        Paged<Item> first = client.firstPage(Fakes.LIST_OFFSET, null, Map.of("limit", 2), null);
        assertThrows(NotFoundException.class, first::nextPage);
        server.enqueue(Reply.json(404, "{}"));
        ExecutionException failed = assertThrows(ExecutionException.class, () -> first.nextPageAsync().get());
        assertInstanceOf(NotFoundException.class, failed.getCause());
        assertThrows(InvalidArgumentException.class, () -> client.firstPage(Fakes.GET_ITEM, Map.of("id", "a"), null, null));
        assertTrue(client.firstPageAsync(Fakes.GET_ITEM, Map.of("id", "a"), null, null).isCompletedExceptionally());
    }
}
