package org.newsroom.publish.console.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.publish.console.ConsoleProperties;
import org.springframework.stereotype.Component;

/**
 * Positions of each recent story's records, by URI: the most recently seen {@code storyIndexSize} URIs, at most
 * {@value #MAX_POSITIONS} records each (the newest). Fed by the console's topic follower. Thread-safe.
 */
@Component
public class StoryIndex {

    static final int MAX_POSITIONS = 50;

    private final Map<String, List<StoryPosition>> positions;

    StoryIndex(ConsoleProperties properties) {
        int capacity = properties.storyIndexSize();
        this.positions = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<StoryPosition>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Remembers that a record of {@code uri} lies at {@code position}. */
    public synchronized void add(String uri, StoryPosition position) {
        List<StoryPosition> list = positions.computeIfAbsent(uri, key -> new ArrayList<>(4));
        if (list.size() == MAX_POSITIONS) {
            list.remove(0);
        }
        list.add(position);
    }

    /** The known positions of {@code uri}, in the order they were seen; empty when unknown. */
    public synchronized List<StoryPosition> positions(String uri) {
        List<StoryPosition> list = positions.get(uri);
        return list == null ? List.of() : List.copyOf(list);
    }
}
