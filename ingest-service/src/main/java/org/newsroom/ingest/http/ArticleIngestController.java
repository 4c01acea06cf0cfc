package org.newsroom.ingest.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.newsroom.events.TraceParent;
import org.newsroom.ingest.agency.Agency;
import org.newsroom.ingest.agency.AgencyAuthenticator;
import org.newsroom.ingest.delivery.DocumentDelivery;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireDocument;
import org.newsroom.ingest.format.WireFormatException;
import org.newsroom.ingest.format.WireParser;
import org.newsroom.ingest.format.WireParsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MimeType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/articles}: an agency pushes one wire document (ninjs, NewsML-G2, NITF, RSS, Atom). A single
 * story answers 202 with its URI and version; a container (feed, {@code newsMessage}) answers 202 with every item's
 * fate ({@link BatchResult}). Either way only after Kafka acknowledged every accepted article. Asynchronous: the request
 * thread reads, parses and sends, then is free while Kafka acknowledges; the answer is written from the
 * acknowledgement, so requests waiting for Kafka hold no thread ({@link InFlightLimit}, in front, still bounds them).
 */
@RestController
class ArticleIngestController {

    private final AgencyAuthenticator authenticator;
    private final AgencyRateLimiter rateLimiter;
    private final WireParsers parsers;
    private final DocumentDelivery delivery;
    private final IngestHttpProperties properties;

    ArticleIngestController(AgencyAuthenticator authenticator, AgencyRateLimiter rateLimiter, WireParsers parsers,
            DocumentDelivery delivery, IngestHttpProperties properties) {
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.parsers = parsers;
        this.delivery = delivery;
        this.properties = properties;
    }

    @Operation(summary = "Push one wire document",
            description = """
                    One story (ninjs 1.x/2.x/3.x, NewsML-G2 newsItem, NITF 3.x) or a container of stories (RSS 2.0, \
                    Atom 1.0, NewsML-G2 newsMessage). Content-Type picks the parser; application/xml and text/xml are \
                    read by root element. Encoding: BOM, then the XML declaration, then the Content-Type charset. \
                    The answer comes only after Kafka acknowledged every accepted article. Body limit 2 MB by default \
                    (413); per-agency rate limit (429 with Retry-After); an agency may only send URIs it owns (403).""",
            security = @SecurityRequirement(name = "agencyKey"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/json"), @Content(mediaType = "application/ninjs+json"),
                    @Content(mediaType = "application/vnd.iptc.g2.newsitem+xml"),
                    @Content(mediaType = "application/vnd.iptc.g2.newsmessage+xml"),
                    @Content(mediaType = "application/nitf+xml"), @Content(mediaType = "application/rss+xml"),
                    @Content(mediaType = "application/atom+xml"), @Content(mediaType = "application/xml"),
                    @Content(mediaType = "text/xml")}),
            responses = {
                    @ApiResponse(responseCode = "202", description = "Accepted: one story ({uri, version}) or, for a "
                            + "feed or newsMessage, every item's fate",
                            content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {
                                    AcceptedArticle.class, BatchResult.class}))),
                    @ApiResponse(responseCode = "400", description = "Invalid document or no item acceptable; "
                            + "detail and location (XPath, JSON Pointer or line/column) say what and where",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "401", description = "Missing or unknown agency key",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "403", description = "The story URI belongs to another agency",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "413", description = "Body over the limit",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "415", description = "No parser for the Content-Type or root element",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "429", description = "Rate limit exceeded (problem type "
                            + "rate-limited), or ingest is working on as many requests as it may (overloaded); nothing "
                            + "was accepted, send again after Retry-After",
                            headers = @Header(name = "Retry-After", description = "seconds"),
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "503", description = "Kafka cannot take the story now; nothing "
                            + "was accepted, send again after Retry-After",
                            headers = @Header(name = "Retry-After", description = "seconds"),
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    @PostMapping("/api/v1/articles")
    CompletableFuture<ResponseEntity<?>> ingest(@Parameter(hidden = true) HttpServletRequest request,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestHeader(name = "traceparent", required = false) String traceparent) throws IOException {
        Instant receivedAt = Instant.now();
        String trace = TraceParent.continueOrStart(traceparent);
        Agency agency = authenticator.authenticate(authorization);
        rateLimiter.acquire(agency);
        // the request thread is free once this returns: the answer is written when Kafka acknowledged (or failed), and
        // the push's in-flight permit is given back then, not after its answer has waited for a thread
        InFlightLimit.Permit permit = InFlightLimit.permitOf(request);
        return accept(request, agency, contentType, receivedAt, trace).whenComplete((answer, failure) -> {
            if (permit != null) {
                permit.close();
            }
        });
    }

    private CompletableFuture<ResponseEntity<?>> accept(HttpServletRequest request, Agency agency, String contentType,
            Instant receivedAt, String trace) throws IOException {
        byte[] body = RequestBodies.read(request.getInputStream(), request.getContentLengthLong(),
                properties.maxBodySize());
        Charset charset = transportCharset(contentType);
        WireParser parser = parsers.forDelivery(contentType, body, charset);
        WireDocument document = parser.read(body, new WireContext(agency.id(), agency.namespace(), receivedAt, charset));
        CompletableFuture<DocumentDelivery.Outcome> delivered = delivery.deliverAsync(document, agency, "push",
                receivedAt, trace);
        if (delivered.isDone() && !delivered.isCompletedExceptionally()) {
            // nothing had to wait for Kafka (every item refused): a refusal is thrown here, answered before any async
            return CompletableFuture.completedFuture(answer(document, delivered.join(), trace));
        }
        return delivered.thenApply(outcome -> answer(document, outcome, trace));
    }

    private static ResponseEntity<?> answer(WireDocument document, DocumentDelivery.Outcome outcome, String trace) {
        if (!document.container() && !outcome.refused().isEmpty()) {
            throw outcome.refused().get(0).cause();
        }
        List<BatchResult.Rejected> rejected = outcome.refused().stream().map(ArticleIngestController::rejected).toList();
        if (outcome.accepted().isEmpty()) {
            throw new NothingAcceptedException(document.items().size(), rejected);
        }
        List<BatchResult.Accepted> accepted = outcome.accepted().stream()
                .map(a -> new BatchResult.Accepted(a.item().index(), a.item().article().uri(), a.item().article().version(),
                        a.item().warnings()))
                .toList();
        var response = ResponseEntity.status(HttpStatus.ACCEPTED).header("traceparent", trace);
        if (!document.container()) {
            BatchResult.Accepted only = accepted.get(0);
            return response.body(new AcceptedArticle(only.uri(), only.version(), only.warnings()));
        }
        return response.body(new BatchResult(document.items().size(), accepted, rejected));
    }

    private static BatchResult.Rejected rejected(DocumentDelivery.Refused refused) {
        String location = refused.cause() instanceof WireFormatException wire ? wire.location() : null;
        String type = refused.status() == 403 ? "uri-not-owned" : "invalid-wire-document";
        return new BatchResult.Rejected(refused.index(), refused.wireId(), refused.uri(), refused.status(),
                IngestProblems.type(type).toString(), location, refused.cause().getMessage());
    }

    private static Charset transportCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            return MimeType.valueOf(contentType).getCharset();
        } catch (IllegalArgumentException e) {
            throw new WireFormatException("header Content-Type", "unknown or malformed charset in \"" + contentType + "\"");
        }
    }
}
