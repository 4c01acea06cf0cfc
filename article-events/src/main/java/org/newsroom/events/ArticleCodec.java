package org.newsroom.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON encoding of {@link Article} events (UTF-8, ISO-8601 instants, nulls and empty values omitted). Unknown fields
 * are ignored when reading, so older consumers accept newer producers' events. Thread-safe.
 */
public final class ArticleCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ArticleCodec() {
    }

    /** The shared mapper configured for the contract; services reuse it for their own JSON. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Encodes an article as UTF-8 JSON bytes. */
    public static byte[] encode(Article article) {
        return MAPPER.writeValueAsBytes(article);
    }

    /**
     * Decodes UTF-8 JSON bytes into an article.
     *
     * @throws ArticleFormatException when the bytes are not JSON or violate the contract; the message names the path
     */
    public static Article decode(byte[] json) {
        if (json == null) {
            throw new ArticleFormatException("record value is null (a tombstone), not an article", null);
        }
        try {
            return MAPPER.readValue(json, Article.class);
        } catch (DatabindException e) {
            Throwable root = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new ArticleFormatException("invalid article at " + e.getPathReference() + ": "
                    + (root == e ? e.getOriginalMessage() : root.getMessage()), e);
        } catch (JacksonException e) {
            throw new ArticleFormatException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
