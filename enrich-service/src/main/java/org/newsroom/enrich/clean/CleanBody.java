package org.newsroom.enrich.clean;

import java.util.List;

/**
 * A cleaned article body.
 *
 * @param html               sanitized body HTML without teaser blocks, NFC; never null ("" for no body)
 * @param text               plain text of {@code html}, paragraphs separated by a blank line; never null
 * @param boilerplateRemoved the text of each removed teaser block, in document order; never null
 */
public record CleanBody(String html, String text, List<String> boilerplateRemoved) {

    /** Copies the list. */
    public CleanBody {
        boilerplateRemoved = List.copyOf(boilerplateRemoved);
    }
}
