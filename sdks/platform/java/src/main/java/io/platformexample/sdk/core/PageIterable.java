package io.platformexample.sdk.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.platformexample.sdk.internal.Paging;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Public: every item of a paginated operation across all its pages, fetched lazily as the loop
 * (or stream) consumes them. Each {@link #iterator()} starts again from the first page.
 *
 * @param <I> the item type
 */
public final class PageIterable<I> implements Iterable<I> {
    private final Operation.Pagination pagination;
    private final Map<String, Object> firstQuery;
    private final BiFunction<Map<String, Object>, String, Paging.Page> fetch;
    private final Function<JsonNode, Object> decode;

    PageIterable(
            Operation.Pagination pagination,
            Map<String, Object> firstQuery,
            BiFunction<Map<String, Object>, String, Paging.Page> fetch,
            Function<JsonNode, Object> decode) {
        this.pagination = pagination;
        this.firstQuery = Map.copyOf(firstQuery);
        this.fetch = fetch;
        this.decode = decode;
    }

    @Override
    public Iterator<I> iterator() {
        return new Pages();
    }

    /**
     * The items as a sequential stream.
     *
     * @return the stream
     */
    public Stream<I> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    private final class Pages implements Iterator<I> {
        private final Deque<JsonNode> buffer = new ArrayDeque<>();
        private Map<String, Object> query = new LinkedHashMap<>(firstQuery);
        private String url; // the next page's URL (the URL styles), null for the first page
        private long seen;

        @Override
        public boolean hasNext() {
            while (buffer.isEmpty() && query != null) {
                Paging.Page fetched = fetch.apply(query, url);
                JsonNode page = fetched == null ? null : fetched.body();
                List<JsonNode> items = Paging.items(page, pagination);
                buffer.addAll(items);
                seen += items.size();
                if (page == null) {
                    query = null;
                } else if (Paging.followsUrl(pagination)) {
                    url = Paging.nextUrl(pagination, query, page, items, seen, fetched.url(), fetched.link());
                    query = url == null ? null : query;
                } else {
                    query = Paging.nextQuery(pagination, query, page, items, seen);
                }
            }
            return !buffer.isEmpty();
        }

        @Override
        @SuppressWarnings("unchecked")
        public I next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return (I) decode.apply(buffer.removeFirst()); // the operation's pagination declares the item type
        }
    }
}
