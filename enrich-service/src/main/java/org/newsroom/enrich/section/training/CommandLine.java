package org.newsroom.enrich.section.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options of the train and eval commands; a bad option exits with status 2 and a message. */
record CommandLine(Map<String, String> values) {

    static CommandLine parse(String[] args, String... known) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!List.of(known).contains(args[i]) || i + 1 >= args.length) {
                fail("unknown option or missing value: " + args[i] + " (options: " + String.join(" ", known) + ")");
            }
            values.put(args[i], args[++i]);
        }
        return new CommandLine(values);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            fail(name + " is required");
        }
        return value;
    }

    String optional(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            fail(name + " must be an integer, was " + value);
            return fallback;
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
