package org.newsroom.ingest.metrics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts pushes to {@code POST /api/v1/articles} answered with a status of 400 or more as
 * {@code newsroom.records.failed{stage=ingest, reason=http_<status>}}: the rejection happens in the problem handlers,
 * so the answer's status is the one place that sees every kind; an asynchronous answer is counted on its async dispatch,
 * once. Registered by {@link IngestMetricsConfiguration}.
 */
class RejectedPushMetricsFilter extends OncePerRequestFilter {

    private static final String PUSH_PATH = "/api/v1/articles";

    private final IngestMetrics metrics;

    RejectedPushMetricsFilter(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && PUSH_PATH.equals(request.getRequestURI()));
    }

    /** A push answered from Kafka's acknowledgement gets its status on the async dispatch: counted there. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (!request.isAsyncStarted() && response.getStatus() >= 400) {
                metrics.rejected(response.getStatus());
            }
        }
    }
}
