package org.newsroom.ingest.format;

import java.util.List;
import java.util.stream.IntStream;
import org.newsroom.events.Article;

/**
 * What one wire document yielded: every item in document order, each parsed or rejected. A feed or a NewsML-G2
 * {@code newsMessage} can hold several; a single-story format holds one.
 *
 * @param items     never empty
 * @param container true when the document is a container of items (a feed, a {@code newsMessage}), whatever their
 *                  number: its items succeed or fail one by one
 */
public record WireDocument(List<WireItem> items, boolean container) {

    /** @throws IllegalArgumentException when items is null or empty */
    public WireDocument {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("a wire document yields at least one item");
        }
        items = List.copyOf(items);
    }

    /** A single-story document. */
    public static WireDocument single(WireItem item) {
        return new WireDocument(List.of(item), false);
    }

    /** A container document (feed, message) with its items in order. */
    public static WireDocument container(List<WireItem> items) {
        return new WireDocument(items, true);
    }

    /** A document whose items all parsed, without warnings. */
    public static WireDocument of(List<Article> articles) {
        return new WireDocument(IntStream.range(0, articles.size())
                .<WireItem>mapToObj(i -> new WireItem.Parsed(i, articles.get(i), List.of()))
                .toList(), articles.size() > 1);
    }

    /** The parsed items. */
    public List<WireItem.Parsed> parsed() {
        return items.stream().filter(WireItem.Parsed.class::isInstance).map(WireItem.Parsed.class::cast).toList();
    }

    /** The rejected items. */
    public List<WireItem.Rejected> rejected() {
        return items.stream().filter(WireItem.Rejected.class::isInstance).map(WireItem.Rejected.class::cast).toList();
    }

    /**
     * The articles, all or nothing.
     *
     * @throws WireFormatException the first rejection, when any item was rejected
     */
    public List<Article> articlesOrThrow() {
        List<WireItem.Rejected> rejected = rejected();
        if (!rejected.isEmpty()) {
            throw rejected.get(0).error();
        }
        return parsed().stream().map(WireItem.Parsed::article).toList();
    }
}
