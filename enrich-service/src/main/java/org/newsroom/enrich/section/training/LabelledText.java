package org.newsroom.enrich.section.training;

/**
 * One labelled item of a classification corpus.
 *
 * @param corpus   the corpus folder name ({@code ant-corpus-v1.1}, …); never blank
 * @param id       stable id within the corpus (file path or line number), used for the deterministic split
 * @param language BCP 47 primary tag of the text
 * @param label    the dataset's own label
 * @param section  the site section the label maps to; null when the label maps to none (left out of training)
 * @param text     headline and body as plain text
 */
public record LabelledText(String corpus, String id, String language, String label, String section, String text) {

    /**
     * @param percent share of the corpus held out, 0–100
     * @return true when this item is in the held-out share: a fixed hash of {@code corpus/id}, the same on every run
     */
    public boolean heldOut(int percent) {
        int hash = (corpus + "/" + id).hashCode() * 0x9E3779B1;
        return Math.floorMod(hash >>> 7, 100) < percent;
    }
}
