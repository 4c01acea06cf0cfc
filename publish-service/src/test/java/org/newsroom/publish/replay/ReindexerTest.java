package org.newsroom.publish.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.newsroom.publish.index.ArticleIndex;

class ReindexerTest {

    @Test
    void theNextIndexCountsUp() {
        assertThat(Reindexer.nextIndex("articles-v1")).isEqualTo("articles-v2");
        assertThat(Reindexer.nextIndex("articles-v9")).isEqualTo("articles-v10");
    }

    @Test
    void anIndexWithoutVersionIsRefused() {
        assertThatIllegalStateException().isThrownBy(() -> Reindexer.nextIndex("articles"));
    }

    @Test
    void settingsAfterTheLoadAreTheTemplates() throws Exception {
        assertThat(ArticleIndex.settingsAfterLoad())
                .containsEntry("refresh_interval", "1s")
                .containsEntry("auto_expand_replicas", "0-1");
    }
}
