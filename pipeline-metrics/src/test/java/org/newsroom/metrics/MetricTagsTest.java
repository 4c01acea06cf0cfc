package org.newsroom.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricTagsTest {

    @Test
    void tokensAreLowerCasedAndAnythingElseIsOther() {
        assertThat(MetricTags.token("AFP")).isEqualTo("afp");
        assertThat(MetricTags.token("newsml-g2")).isEqualTo("newsml-g2");
        assertThat(MetricTags.token("<script>")).isEqualTo("other");
        assertThat(MetricTags.token("x".repeat(41))).isEqualTo("other");
        assertThat(MetricTags.token(null)).isEqualTo("unknown");
        assertThat(MetricTags.token(" ")).isEqualTo("unknown");
    }

    @Test
    void languageKeepsThePrimarySubtag() {
        assertThat(MetricTags.language("ar-EG")).isEqualTo("ar");
        assertThat(MetricTags.language("EN")).isEqualTo("en");
        assertThat(MetricTags.language("zh_Hant")).isEqualTo("zh");
        assertThat(MetricTags.language("12")).isEqualTo("other");
        assertThat(MetricTags.language(null)).isEqualTo("unknown");
    }
}
