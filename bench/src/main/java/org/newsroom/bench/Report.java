package org.newsroom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.events.ArticleCodec;

/** The run's figures: a table for people (figure, value, goal) and the same as JSON for tools. */
final class Report {

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();

    /** Adds a JSON section. */
    void put(String key, Object value) {
        json.put(key, value);
    }

    /** Adds a table row. */
    void row(String figure, String value, String goal) {
        rows.add(new String[] {figure, value, goal});
    }

    /** @return the table, aligned */
    String table() {
        int[] widths = {6, 5, 4};
        for (String[] row : rows) {
            for (int i = 0; i < 3; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        String format = "%-" + widths[0] + "s  %" + widths[1] + "s  %-" + widths[2] + "s%n";
        StringBuilder table = new StringBuilder(String.format(format, "figure", "value", "goal"));
        table.append("-".repeat(widths[0] + widths[1] + widths[2] + 4)).append('\n');
        for (String[] row : rows) {
            table.append(String.format(format, (Object[]) row));
        }
        return table.toString();
    }

    /** Writes the JSON to {@code file}, creating its directory. */
    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ArticleCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
    }
}
