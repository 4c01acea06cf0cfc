package org.newsroom.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void neverHandsOutTheSamePortTwice() {
        Set<Integer> ports = new HashSet<>();
        IntStream.range(0, 50).forEach(i -> ports.add(FreePorts.next()));

        assertThat(ports).hasSize(50).allMatch(port -> port > 0 && port < 65536);
    }

    @Test
    void theEphemeralRangeIsReadWholeFromProc() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.Files.isReadable(java.nio.file.Path.of("/proc/sys/net/ipv4/ip_local_port_range")),
                "no /proc here");

        assertThat(FreePorts.ephemeralStart()).isGreaterThanOrEqualTo(1024);
    }

    @Test
    void portsComeFromBelowTheEphemeralRangeWhichOutgoingConnectionsTake() {
        int ephemeralStart = FreePorts.ephemeralStart();
        org.junit.jupiter.api.Assumptions.assumeTrue(ephemeralStart - FreePorts.LOWEST >= 1_000,
                "the ephemeral range starts at " + ephemeralStart + ": no room below it");

        assertThat(IntStream.range(0, 50).map(i -> FreePorts.next()))
                .allMatch(port -> port >= FreePorts.LOWEST && port < ephemeralStart);
    }

    @Test
    void aBoundPortIsNotFree() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(FreePorts.isFree(socket.getLocalPort())).isFalse();
        }
    }

    @Test
    void aPortJustHandedOutIsFree() {
        assertThat(FreePorts.isFree(FreePorts.next())).isTrue();
    }
}
