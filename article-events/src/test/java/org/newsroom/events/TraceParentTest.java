package org.newsroom.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceParentTest {

    @Test
    void generatedValuesAreValidAndDistinct() {
        String a = TraceParent.generate();
        String b = TraceParent.generate();

        assertThat(TraceParent.traceId(a)).hasSize(32);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void childKeepsTheTraceIdAndChangesTheParent() {
        String parent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        String child = TraceParent.childOf(parent);

        assertThat(TraceParent.traceId(child)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(child).isNotEqualTo(parent);
    }

    @Test
    void malformedOrAllZeroValuesAreReplaced() {
        assertThat(TraceParent.traceId("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isNull();
        assertThat(TraceParent.traceId("garbage")).isNull();
        assertThat(TraceParent.continueOrStart("garbage")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }
}
