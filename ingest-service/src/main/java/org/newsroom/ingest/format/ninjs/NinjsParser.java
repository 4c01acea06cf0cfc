package org.newsroom.ingest.format.ninjs;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.ingest.format.Headlines;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireDates;
import org.newsroom.ingest.format.WireDocument;
import org.newsroom.ingest.format.WireFormatException;
import org.newsroom.ingest.format.WireItem;
import org.newsroom.ingest.format.WireParser;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads IPTC ninjs documents (https://iptc.org/standards/ninjs/) of every major version, each through its own mapper:
 * 1.x ({@link Ninjs1Mapper}), 2.x ({@link Ninjs2Mapper}), 3.x ({@link Ninjs3Mapper}). The version comes from
 * {@code standard.version} or {@code $schema}, else from the document's shape (camelCase names → 3.x; {@code headlines[]},
 * {@code bodies[]}, {@code subjects[]} or an {@code associations} array → 2.x). Common rules: {@code version} as a number
 * or a string, else {@code versioncreated} in epoch ms; {@code versioncreated} missing → receipt time;
 * {@code firstcreated} missing → {@code versioncreated}; headline missing → first sentence of the body, flagged.
 */
@Component
public class NinjsParser implements WireParser {

    private static final NinjsMapper V1 = new Ninjs1Mapper();
    private static final NinjsMapper V2 = new Ninjs2Mapper();
    private static final NinjsMapper V3 = new Ninjs3Mapper();

    @Override
    public String format() {
        return "ninjs";
    }

    @Override
    public List<MimeType> mediaTypes() {
        return List.of(MediaType.APPLICATION_JSON, MimeType.valueOf("application/ninjs+json"));
    }

    @Override
    public List<Article> parse(byte[] content, WireContext context) {
        return read(content, context).articlesOrThrow();
    }

    @Override
    public WireDocument read(byte[] content, WireContext context) {
        JsonNode root = readTree(content, context.transportCharset());
        if (!root.isObject()) {
            throw new WireFormatException("", "a ninjs document is a JSON object, got " + root.getNodeType());
        }
        NinjsMapper mapper = mapperFor(root);
        var versioncreated = WireDates.parse(mapper.versioncreated(root), mapper.pointer("versioncreated"));
        if (versioncreated == null) {
            versioncreated = context.receivedAt();
        }
        Article.Builder builder = mapper.map(root, context, versioncreated).source(context.agencyId()).format(format());
        List<String> warnings = new ArrayList<>();
        try {
            return WireDocument.single(new WireItem.Parsed(0, build(builder, mapper, root, warnings), warnings));
        } catch (IllegalArgumentException invalid) {
            throw new WireFormatException(mapper.pointer(invalid.getMessage().split(" ", 2)[0]), invalid.getMessage());
        }
    }

    private static Article build(Article.Builder builder, NinjsMapper mapper, JsonNode root, List<String> warnings) {
        try {
            return builder.build();
        } catch (IllegalArgumentException invalid) {
            String derived = invalid.getMessage().startsWith("headline ") ? Headlines.fromBody(mapper.bodyHtml(root)) : null;
            if (derived == null) {
                throw invalid;
            }
            warnings.add(Headlines.DERIVED_WARNING);
            return builder.headline(derived).build();
        }
    }

    /** The mapper for the document's ninjs major version. */
    static NinjsMapper mapperFor(JsonNode root) {
        String declared = NinjsFields.firstText(root.path("standard"), "version");
        if (declared == null) {
            declared = NinjsFields.firstText(root, "$schema");
        }
        if (declared != null) {
            var major = Pattern.compile("(?:^|[_/ -])([123])(?:\\.\\d+)*(?:\\.json)?$|^([123])(?:\\.|$)")
                    .matcher(declared.strip());
            if (major.find()) {
                String digit = major.group(1) != null ? major.group(1) : major.group(2);
                return switch (digit) {
                    case "3" -> V3;
                    case "2" -> V2;
                    default -> V1;
                };
            }
        }
        if (root.has("versionCreated") || root.has("pubStatus") || root.has("firstCreated")) {
            return V3;
        }
        if (root.has("headlines") || root.has("bodies") || root.has("subjects") || root.path("associations").isArray()) {
            return V2;
        }
        return V1;
    }

    /**
     * JSON is UTF-8 (RFC 8259; Jackson also detects UTF-16/32), but an agency that labels its bytes with another charset
     * (windows-1256, ISO-8859-1) gets them decoded by that label.
     */
    private static JsonNode readTree(byte[] content, Charset charset) {
        try {
            if (charset != null && !charset.name().startsWith("UTF-")) {
                return ArticleCodec.mapper().readTree(new String(content, charset));
            }
            return ArticleCodec.mapper().readTree(content);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw new WireFormatException(location == null ? null : "line " + location.getLineNr() + ", column "
                    + location.getColumnNr(), "not valid JSON: " + e.getOriginalMessage());
        }
    }
}
