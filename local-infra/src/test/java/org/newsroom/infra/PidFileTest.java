package org.newsroom.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

    @TempDir
    Path dir;

    @Test
    void writesThePidAloneOnALine() throws IOException {
        PidFile file = new PidFile(dir.resolve("x.pid"));

        file.write(4242);

        assertThat(Files.readString(file.path())).isEqualTo("4242\n");
        assertThat(file.pid()).contains(4242L);
    }

    @Test
    void namesALiveProcessThatStartedBeforeItWasWritten() throws IOException {
        PidFile file = new PidFile(dir.resolve("x.pid"));
        file.write(ProcessHandle.current().pid());

        assertThat(file.liveProcess()).map(ProcessHandle::pid).contains(ProcessHandle.current().pid());
    }

    @Test
    void distrustsAPidWhoseProcessStartedAfterTheFileWasWritten() throws IOException {
        PidFile file = new PidFile(dir.resolve("x.pid"));
        file.write(ProcessHandle.current().pid());
        Files.setLastModifiedTime(file.path(), FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));

        assertThat(file.liveProcess()).isEmpty();
    }

    @Test
    void aDeadProcessIsNotLive() throws Exception {
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        PidFile file = new PidFile(dir.resolve("x.pid"));
        file.write(exited.pid());

        assertThat(file.liveProcess()).isEmpty();
    }

    @Test
    void aMissingOrGarbledFileNamesNoProcess() throws IOException {
        PidFile file = new PidFile(dir.resolve("x.pid"));
        assertThat(file.liveProcess()).isEmpty();

        Files.writeString(file.path(), "not a pid\n");

        assertThat(file.pid()).isEmpty();
        assertThat(file.liveProcess()).isEmpty();
    }

    @Test
    void deleteIsIdempotent() throws IOException {
        PidFile file = new PidFile(dir.resolve("x.pid"));
        file.write(1);

        file.delete();
        file.delete();

        assertThat(file.path()).doesNotExist();
    }
}
