package org.newsroom.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ServiceProcess} on a stand-in service jar ({@link HealthStub}). */
class ServiceProcessIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Path jar;

    @BeforeEach
    void buildStubJar() throws IOException, URISyntaxException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, HealthStub.class.getName());
        Path classes = Path.of(HealthStub.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        jar = dir.resolve("stub-exec.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
    }

    @Test
    void startsOnceHealthIsUpAndStopsOnRequest() throws IOException {
        int port = FreePorts.next();
        ServiceProcess service = ServiceProcess.start("stub", jar, port, Map.of(), List.of("-Xmx64m"), dir, TIMEOUT);
        try {
            assertThat(service.health()).contains("UP");
            assertThat(dir.resolve("stub.pid")).hasContent(Long.toString(service.pid()));
            assertThat(dir.resolve("stub.port")).hasContent(Integer.toString(port));
            assertThat(Files.readString(service.log())).contains("stub up on port " + port);
        } finally {
            service.stop();
        }
        assertThat(ProcessHandle.of(service.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(dir.resolve("stub.pid")).doesNotExist();
    }

    @Test
    void startingAgainAttachesToTheRunningProcess() throws IOException {
        int port = FreePorts.next();
        try (ServiceProcess first = ServiceProcess.start("stub", jar, port, Map.of(), List.of(), dir, TIMEOUT)) {
            ServiceProcess second = ServiceProcess.start("stub", jar, port, Map.of(), List.of(), dir, TIMEOUT);

            assertThat(second.pid()).isEqualTo(first.pid());
            assertThat(ServiceProcess.attach("stub", dir)).map(ServiceProcess::port).contains(port);
            assertThatThrownBy(() -> ServiceProcess.start("stub", jar, port + 1, Map.of(), List.of(), dir, TIMEOUT))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("on port " + port);
        }
    }

    @Test
    void killEndsTheProcessAtOnce() throws IOException {
        ServiceProcess service = ServiceProcess.start("stub", jar, FreePorts.next(), Map.of(), List.of(), dir, TIMEOUT);

        service.kill();

        assertThat(ProcessHandle.of(service.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(ServiceProcess.attach("stub", dir)).isEmpty();
    }

    @Test
    void aServiceThatExitsFailsWithTheEndOfItsLog() {
        assertThatThrownBy(() -> ServiceProcess.start("stub", jar, FreePorts.next(),
                Map.of("fail", "cannot reach kafka"), List.of(), dir, TIMEOUT))
                .isInstanceOf(StartFailedException.class)
                .hasMessageContaining("stub (pid ")
                .hasMessageContaining("exited during start")
                .hasMessageContaining("cannot reach kafka");
    }

    @Test
    void aPortTakenAtTheCheckOrAtTheBindIsSwappedForAnother() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int takenAtBind = FreePorts.next();
            int free = FreePorts.next();
            Iterator<Integer> ports = List.of(taken.getLocalPort(), takenAtBind, free).iterator();

            try (ServiceProcess service = ServiceProcess.startOnFreePort("stub", jar, ports::next,
                    Map.of("taken-port", Integer.toString(takenAtBind)), List.of(), dir, TIMEOUT)) {
                assertThat(service.port()).isEqualTo(free);
                assertThat(service.health()).contains("UP");
            }
        }
    }

    @Test
    void aPortTakenEveryTimeFailsNamingWhatHoldsIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> ServiceProcess.startOnFreePort("stub", jar, () -> port, Map.of(), List.of(), dir,
                    TIMEOUT))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("stub: port 127.0.0.1:" + port + " is already in use")
                    .satisfies(e -> assertThat(((PortInUseException) e).port()).isEqualTo(port));
            if (Files.isReadable(Path.of("/proc/net/tcp"))) {
                assertThatThrownBy(() -> FreePorts.requireFree(port, "stub"))
                        .hasMessageContaining("127.0.0.1:" + port + " LISTEN")
                        .hasMessageContaining("pid " + ProcessHandle.current().pid());
            }
        }
    }
}
