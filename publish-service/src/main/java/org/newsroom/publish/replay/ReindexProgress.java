package org.newsroom.publish.replay;

/** What a reindex reports while it runs. Called from the reindexing thread only. */
public interface ReindexProgress {

    /**
     * A step begins.
     *
     * @param step a short description, e.g. {@code "load articles-v2"}
     */
    void step(String step);

    /**
     * Offsets replayed so far in the current copy.
     *
     * @param done  offsets consumed since the copy began
     * @param total offsets to consume in this copy (compaction leaves gaps, so records may be fewer)
     */
    void copied(long done, long total);

    /** Reports nothing. */
    ReindexProgress NONE = new ReindexProgress() {
        @Override
        public void step(String step) {
        }

        @Override
        public void copied(long done, long total) {
        }
    };
}
