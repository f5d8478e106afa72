package io.platformexample.sdk.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.platformexample.sdk.errors.InvalidArgumentException;
import io.platformexample.sdk.internal.Paging;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Public: one page of a list method: its {@link #items()}, whether there is a next one ({@link
 * #hasNextPage()}) and that page ({@link #nextPage()}, {@link #nextPageAsync()}). Iterating it
 * (or its {@link #autoPager()}, or {@link #stream()}) visits every item from this page on,
 * fetching the following pages as the loop goes; {@link #forEachAsync} does so without blocking.
 * Immutable; each call of {@code nextPage()} fetches again.
 *
 * @param <I> the item type
 */
public final class Paged<I> implements Iterable<I> {
    /** How pages are fetched and items decoded: the client's side of a list method. */
    interface Source {
        Paging.Page fetch(Map<String, Object> query, String url);

        CompletableFuture<Paging.Page> fetchAsync(Map<String, Object> query, String url);

        Object decode(JsonNode item);
    }

    private final Source source;
    private final Operation.Pagination pagination;
    private final JsonNode body;
    private final List<I> items;
    private final Map<String, Object> nextQuery;
    private final String nextUrl;
    private final long seen;

    private Paged(Source source, Operation.Pagination pagination, JsonNode body, List<I> items,
            Map<String, Object> nextQuery, String nextUrl, long seen) {
        this.source = source;
        this.pagination = pagination;
        this.body = body;
        this.items = items;
        this.nextQuery = nextQuery;
        this.nextUrl = nextUrl;
        this.seen = seen;
    }

    /** The page fetched with {@code query} (and {@code url}, for the URL styles), after {@code seenBefore} items. */
    @SuppressWarnings("unchecked")
    static <I> Paged<I> of(Source source, Operation.Pagination pagination, Map<String, Object> query,
            Paging.Page fetched, long seenBefore) {
        JsonNode body = fetched == null ? null : fetched.body();
        List<JsonNode> nodes = Paging.items(body, pagination);
        long seen = seenBefore + nodes.size();
        List<I> items = new ArrayList<>(nodes.size());
        for (JsonNode node : nodes) {
            items.add((I) source.decode(node)); // the operation's pagination declares the item type
        }
        Map<String, Object> nextQuery = null;
        String nextUrl = null;
        if (body != null) {
            if (Paging.followsUrl(pagination)) {
                nextUrl = Paging.nextUrl(pagination, query, body, nodes, seen, fetched.url(), fetched.link());
                nextQuery = nextUrl == null ? null : query;
            } else {
                nextQuery = Paging.nextQuery(pagination, query, body, nodes, seen);
            }
        }
        return new Paged<>(source, pagination, body, Collections.unmodifiableList(items),
                nextQuery == null ? null : new LinkedHashMap<>(nextQuery), nextUrl, seen);
    }

    /**
     * The items of this page.
     *
     * @return an unmodifiable list
     */
    public List<I> items() {
        return items;
    }

    /**
     * The page's body as it came, as a JSON tree (totals, cursors, other fields).
     *
     * @return the tree; a missing node when there was none (a redirect)
     */
    public JsonNode json() {
        return body == null ? MissingNode.getInstance() : body;
    }

    /**
     * Whether the API says there is a next page (it may still turn out empty).
     *
     * @return true when {@link #nextPage()} can be called
     */
    public boolean hasNextPage() {
        return nextQuery != null;
    }

    /**
     * Fetches the next page.
     *
     * @return the next page
     * @throws InvalidArgumentException when there is none ({@link #hasNextPage()} is false)
     */
    public Paged<I> nextPage() {
        checkNext();
        return of(source, pagination, nextQuery, source.fetch(nextQuery, nextUrl), seen);
    }

    /**
     * Fetches the next page without blocking.
     *
     * @return the next page; completes exceptionally with the same exceptions as {@link #nextPage()}
     */
    public CompletableFuture<Paged<I>> nextPageAsync() {
        try {
            checkNext();
        } catch (InvalidArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        Map<String, Object> query = nextQuery;
        return source.fetchAsync(query, nextUrl).thenApply(fetched -> of(source, pagination, query, fetched, seen));
    }

    private void checkNext() {
        if (nextQuery == null) {
            throw new InvalidArgumentException("there is no next page: check hasNextPage() first");
        }
    }

    /**
     * Every item from this page on, fetching the following pages as the loop goes.
     *
     * @return an iterable over every item
     */
    public Iterable<I> autoPager() {
        return this;
    }

    /**
     * Every item from this page on, as a sequential stream fetching pages as it is consumed.
     *
     * @return the stream
     */
    public Stream<I> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    @Override
    public Iterator<I> iterator() {
        return new Iterator<>() {
            private Paged<I> page = Paged.this;
            private int index;

            @Override
            public boolean hasNext() {
                while (index >= page.items.size() && page.hasNextPage()) {
                    page = page.nextPage();
                    index = 0;
                }
                return index < page.items.size();
            }

            @Override
            public I next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.items.get(index++);
            }
        };
    }

    /**
     * Visits every item from this page on without blocking, fetching each following page once
     * the items before it were visited.
     *
     * @param action called with each item, in order
     * @return completes when every item was visited; exceptionally with a page's error (or the
     *     action's), after which nothing more is fetched
     */
    public CompletableFuture<Void> forEachAsync(Consumer<? super I> action) {
        Objects.requireNonNull(action, "action");
        return visit(this, action);
    }

    private static <I> CompletableFuture<Void> visit(Paged<I> page, Consumer<? super I> action) {
        try {
            page.items.forEach(action);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (!page.hasNextPage()) {
            return CompletableFuture.completedFuture(null);
        }
        return page.nextPageAsync().thenCompose(next -> visit(next, action));
    }

    @Override
    public String toString() {
        return "Paged[" + items.size() + " items" + (hasNextPage() ? ", more" : "") + "]";
    }
}
