package org.newsroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpenLoopLoadTest {

    @Test
    void eachPhaseGoesOnFromThePreviousPhasesLastText() {
        // the failing input of stop 13: every phase started again at text 0, so nearly every measured story was an
        // exact copy of an earlier one (nothing listens on port 9: the requests fail, which this test ignores)
        OpenLoopLoad load = new OpenLoopLoad(HttpClient.newHttpClient(), "http://127.0.0.1:9", "key",
                StoryCorpus.synthetic());
        OpenLoopLoad.Run first = load.start("warmup", 10, Duration.ofSeconds(1));
        OpenLoopLoad.Run second = load.start("latency", 20, Duration.ofSeconds(2));
        OpenLoopLoad.Run third = load.start("step", 5, Duration.ofSeconds(1));
        assertThat(first.firstText()).isZero();
        assertThat(second.firstText()).isEqualTo(first.count());
        assertThat(third.firstText()).isEqualTo(first.count() + second.count());
    }
}
