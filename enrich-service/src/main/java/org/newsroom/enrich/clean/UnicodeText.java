package org.newsroom.enrich.clean;

import java.text.Normalizer;

/**
 * Unicode normalization for storage: Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) folded to the ordinary
 * letters by their compatibility decomposition (NFKC of that character only, so other compatibility characters such
 * as ligatures or full-width digits are left alone), U+FEFF (byte-order mark / zero-width no-break space) dropped, then
 * NFC (Unicode Standard Annex #15).
 */
public final class UnicodeText {

    private UnicodeText() {
    }

    /**
     * @param text any text; null gives null
     * @return the text folded and in NFC
     */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        if (!hasPresentationForms(text)) {
            return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                    : Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF') {
                continue;
            }
            if (isPresentationForm(c)) {
                folded.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else {
                folded.append(c);
            }
        }
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    private static boolean hasPresentationForms(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFB50' && (isPresentationForm(c) || c == '\uFEFF')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
    }
}
