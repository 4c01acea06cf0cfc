package org.newsroom.ingest.format.ninjs;

import static org.newsroom.ingest.format.ninjs.NinjsFields.text;

import java.time.Instant;
import org.newsroom.events.Article;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireDates;
import org.newsroom.ingest.format.WireFormatException;
import tools.jackson.databind.JsonNode;

/**
 * The mapping steps several ninjs versions share, written once; each mapper adds its own fields around them. The
 * steps read the fields in the order the mappers always did, so a document with several bad values is still refused
 * for the same first one.
 */
final class NinjsSteps {

    private NinjsSteps() {
    }

    /**
     * The fields of every version: the article URI from the wire id, {@code version} (else {@code versioncreated} in
     * epoch ms), the parsed {@code versioncreated}, {@code firstcreated}, {@code pubstatus}, {@code embargoed} (under
     * the names the version spells them), {@code urgency}, {@code language} and {@code located}.
     *
     * @param wireId       the document's {@code uri} (1.x: or {@code guid}); null when missing
     * @param firstcreated the version's name of {@code firstcreated}; likewise {@code pubstatus}, {@code embargoed}
     * @throws WireFormatException at {@code /uri} when {@code wireId} is null, or at the pointer of a bad value
     */
    static Article.Builder everyVersion(JsonNode root, WireContext context, Instant versioncreated, String wireId,
            String firstcreated, String pubstatus, String embargoed) {
        if (wireId == null) {
            throw new WireFormatException("/uri", "required field uri is missing or blank");
        }
        return Article.builder()
                .uri(context.articleUri(wireId))
                .version(NinjsFields.version(root.get("version"), versioncreated.toEpochMilli()))
                .versioncreated(versioncreated)
                .firstcreated(WireDates.parse(text(root, firstcreated), "/" + firstcreated))
                .pubstatus(NinjsFields.pubstatus(text(root, pubstatus), "/" + pubstatus))
                .embargoed(WireDates.parse(text(root, embargoed), "/" + embargoed))
                .urgency(NinjsFields.urgency(root.get("urgency")))
                .language(text(root, "language"))
                .located(text(root, "located"));
    }

    /**
     * The 2.x structure, which 3.x keeps: {@code by}, {@code subjects[]}, {@code genres[]} and {@code associations[]}.
     *
     * @throws WireFormatException at {@code /subjects} or {@code /genres} when not an array
     */
    static Article.Builder structure2(Article.Builder article, JsonNode root) {
        return article
                .byline(text(root, "by"))
                .subject(NinjsFields.concepts2(root.get("subjects"), "/subjects"))
                .genre(NinjsFields.concepts2(root.get("genres"), "/genres"))
                .associations(NinjsFields.associationArray(root.get("associations")));
    }
}
