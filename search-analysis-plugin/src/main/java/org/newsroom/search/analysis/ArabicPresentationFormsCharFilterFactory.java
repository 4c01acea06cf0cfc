package org.newsroom.search.analysis;

import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/**
 * Char filter {@value #NAME}: folds the presentation forms block range U+FB50–U+FEFF (Arabic Presentation Forms-A and
 * -B, the contextual and ligature glyphs old encoders and PDF extraction produce) to the letters they show, by
 * Unicode NFKC ({@link Normalizer.Form#NFKC}); the ligature U+FEFB becomes lam and alef, U+FDF2 the four letters of
 * "الله". Code points of the range that NFKC keeps but that are default-ignorable (variation selectors, U+FEFF zero
 * width no-break space) are removed, so they cannot glue a token. Everything else passes unchanged. Offsets are
 * corrected (Lucene's {@link MappingCharFilter}), so highlights fall on the original text.
 */
@NamedComponent(ArabicPresentationFormsCharFilterFactory.NAME)
public class ArabicPresentationFormsCharFilterFactory implements CharFilterFactory {

    /** The component's name in index settings. */
    public static final String NAME = "newsroom_arabic_presentation_forms";

    /** First code point folded. */
    static final int FIRST = 0xFB50;

    /** Last code point folded. */
    static final int LAST = 0xFEFF;

    private static final NormalizeCharMap MAP = buildMap();

    @Override
    public Reader create(Reader reader) {
        return new MappingCharFilter(MAP, reader);
    }

    @Override
    public Reader normalize(Reader reader) {
        return create(reader);
    }

    /** The replacement of one code point of the range, or null when it stays as it is. */
    static String replacement(int codePoint) {
        String original = Character.toString(codePoint);
        String folded = Normalizer.normalize(original, Normalizer.Form.NFKC);
        if (!folded.equals(original)) {
            return folded;
        }
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK ? "" : null;
    }

    private static NormalizeCharMap buildMap() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (int codePoint = FIRST; codePoint <= LAST; codePoint++) {
            String replacement = replacement(codePoint);
            if (replacement != null) {
                builder.add(Character.toString(codePoint), replacement);
            }
        }
        return builder.build();
    }
}
