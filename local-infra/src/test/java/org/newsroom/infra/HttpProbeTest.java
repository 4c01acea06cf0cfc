package org.newsroom.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpProbeTest {

    @Test
    void overallStatusOfASpringBoot4HealthBodyIsTheTopLevelOneNotTheFirstComponents() {
        // publish-service's /actuator/health while Elasticsearch is down: components come first
        String body = "{\"components\":{\"diskSpace\":{\"details\":{\"path\":\"/tmp/{x}\\\"\"},\"status\":\"UP\"},"
                + "\"elasticsearch\":{\"details\":{\"error\":\"Connection refused\"},\"status\":\"DOWN\"}},"
                + "\"groups\":[\"liveness\",\"readiness\"],\"status\":\"DOWN\"}";
        assertThat(new HttpProbe.Answer(503, body).statusField()).contains("DOWN");
    }

    @Test
    void statusFirstAsInClusterHealth() {
        String body = "{\"cluster_name\":\"newsroom-local\",\"status\":\"yellow\",\"timed_out\":false}";
        assertThat(new HttpProbe.Answer(200, body).statusField()).contains("yellow");
    }

    @Test
    void noTopLevelStatusIsEmpty() {
        assertThat(new HttpProbe.Answer(200, "{\"a\":{\"status\":\"UP\"}}").statusField()).isEmpty();
    }
}
