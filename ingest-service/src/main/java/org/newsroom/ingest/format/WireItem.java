package org.newsroom.ingest.format;

import java.util.List;
import org.newsroom.events.Article;

/** One item of a wire document: an article ready to send, or the reason this item was refused. */
public sealed interface WireItem permits WireItem.Parsed, WireItem.Rejected {

    /** Position of the item in its document, from 0. */
    int index();

    /**
     * An item that became an article.
     *
     * @param index    position in the document, from 0
     * @param article  the event
     * @param warnings what ingest repaired or derived on the way ("headline derived from the body"); never null
     */
    record Parsed(int index, Article article, List<String> warnings) implements WireItem {

        /** @throws IllegalArgumentException when article is null */
        public Parsed {
            if (article == null) {
                throw new IllegalArgumentException("article must not be null");
            }
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }

        /** True when the headline was not on the wire but derived from the body. */
        public boolean headlineDerived() {
            return warnings.contains(Headlines.DERIVED_WARNING);
        }
    }

    /**
     * An item that was refused; the others of its document are not affected.
     *
     * @param index  position in the document, from 0
     * @param wireId the item's id on the wire (guid, link, doc-id) when it could be read; may be null
     * @param error  what is wrong and where
     */
    record Rejected(int index, String wireId, WireFormatException error) implements WireItem {
    }
}
