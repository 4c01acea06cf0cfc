package org.newsroom.enrich.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SubjectHierarchyTest {

    private final SubjectHierarchy hierarchy = SubjectHierarchy.bundled();

    @Test
    void deepMediaTopicImpliesItsParents() {
        assertThat(hierarchy.selfAndAncestors("medtop", "20000849"))
                .containsExactly("medtop:20000849", "medtop:20000822", "medtop:15000000");
    }

    @Test
    void levelTwoMediaTopicsHangUnderTheirTopLevelTopic() {
        assertThat(hierarchy.selfAndAncestors("medtop", "20000638")).containsExactly("medtop:20000638",
                "medtop:11000000");
        assertThat(hierarchy.selfAndAncestors("medtop", "20000523")).containsExactly("medtop:20000523",
                "medtop:09000000");
        assertThat(hierarchy.label("medtop:20000822")).isEqualTo("competition discipline");
    }

    @Test
    void unknownAndTopLevelCodesHaveNoParents() {
        assertThat(hierarchy.selfAndAncestors("medtop", "11000000")).containsExactly("medtop:11000000");
        assertThat(hierarchy.selfAndAncestors("medtop", "29999999")).containsExactly("medtop:29999999");
        assertThat(hierarchy.selfAndAncestors("N2", "POL")).containsExactly("N2:POL");
    }

    @Test
    void legacySubjectCodesExpandByStructure() {
        assertThat(hierarchy.selfAndAncestors("subj", "04008024"))
                .containsExactly("subj:04008024", "subj:04008000", "subj:04000000");
        assertThat(hierarchy.selfAndAncestors("subj", "15007000")).containsExactly("subj:15007000", "subj:15000000");
        assertThat(hierarchy.selfAndAncestors("subj", "11000000")).containsExactly("subj:11000000");
    }

    @Test
    void malformedTableRowIsRejectedNamingItsLine() {
        String table = "# comment\n11000000\t\tpolitics\n2000063\t11000000\tbad code\n";
        assertThatThrownBy(() -> SubjectHierarchy.read(
                new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "custom.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("custom.tsv line 3");
    }

    @Test
    void cyclesInATableDoNotLoopForever() throws Exception {
        String table = "20000001\t20000002\ta\n20000002\t20000001\tb\n";
        SubjectHierarchy cyclic = SubjectHierarchy.read(
                new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "cyclic.tsv");
        assertThat(cyclic.selfAndAncestors("medtop", "20000001")).hasSizeLessThanOrEqualTo(17);
    }
}
