package org.newsroom.publish.replay;

import java.io.PrintStream;
import java.util.Locale;
import org.newsroom.publish.PublishApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code reindex}: rebuilds the site's index by replay ({@link Reindexer}) and exits. Runs publish-service's own
 * configuration (same properties, environment variables and defaults) without its web server and without its live
 * listener, so it can run beside a live publisher:
 *
 * <pre>
 * java -jar publish-service-VERSION-exec.jar reindex \
 *     --spring.kafka.bootstrap-servers=127.0.0.1:9092 --newsroom.elasticsearch.uris=http://127.0.0.1:9200
 * </pre>
 *
 * Progress goes to standard error, the summary line to standard output. Exit status 0 when the alias points to the new
 * index, 1 when the reindex failed (the site then keeps the old index).
 */
public final class ReindexCommand {

    /** The first argument of {@link PublishApplication#main(String[])} that selects this command. */
    public static final String NAME = "reindex";

    private static final String[] COMMAND_DEFAULTS = {
            "spring.kafka.listener.auto-startup=false",
            "logging.structured.format.console=",
            "logging.level.root=WARN",
            "logging.level.org.newsroom=WARN",
    };

    private ReindexCommand() {
    }

    /** Runs the reindex and exits with its status; arguments are Spring Boot's ({@code --key=value}). */
    public static void main(String[] args) {
        System.exit(run(args, new ConsoleProgress(System.err, System.console() != null), System.out));
    }

    /**
     * Runs the reindex.
     *
     * @param args     Spring Boot arguments ({@code --key=value})
     * @param progress told of each step and of the replay's progress
     * @param out      where the summary or the failure goes
     * @return 0 on success, 1 on failure
     */
    public static int run(String[] args, ReindexProgress progress, PrintStream out) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PublishApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .properties(COMMAND_DEFAULTS)
                .run(args)) {
            Reindexer.Result result = context.getBean(Reindexer.class).reindex(progress);
            // Locale.ROOT: one format whatever the machine's locale, for scripts (the bench) that read it
            out.printf(Locale.ROOT, "reindexed %s -> %s: %,d records (%,d dead-lettered) in %.1f s%n", result.from(),
                    result.to(), result.records(), result.rejected(), result.took().toMillis() / 1000.0);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("reindex interrupted; the alias still points to the old index");
            return 1;
        } catch (Exception e) {
            out.println("reindex failed: " + e.getMessage() + " (the alias still points to the old index)");
            return 1;
        }
    }
}
