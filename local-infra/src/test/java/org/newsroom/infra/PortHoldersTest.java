package org.newsroom.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortHoldersTest {

    @Test
    void readsAnIpv4EntryOfProcNetTcp() {
        assertThat(PortHolders.portOf("0100007F:5262")).isEqualTo(21090);
        assertThat(PortHolders.address("0100007F:5262")).isEqualTo("127.0.0.1:21090");
        assertThat(PortHolders.address("00000000:0000")).isEqualTo("0.0.0.0:0");
    }

    @Test
    void readsAnIpv4MappedIpv6EntryAsIpv4() {
        assertThat(PortHolders.address("0000000000000000FFFF00000100007F:8F5B")).isEqualTo("127.0.0.1:36699");
    }

    @Test
    void showsAnIpv6EntryRaw() {
        assertThat(PortHolders.address("00000000000000000000000001000000:1F90"))
                .isEqualTo("[00000000000000000000000001000000]:8080");
    }

    @Test
    void aPortNothingHoldsHasNoHolders() {
        assertThat(PortHolders.of(FreePorts.next())).isEmpty();
    }
}
