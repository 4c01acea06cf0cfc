package org.newsroom.ingest.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.newsroom.events.Article;
import org.newsroom.events.TraceParent;
import org.newsroom.ingest.agency.Agency;
import org.newsroom.ingest.agency.AgencyAuthenticator;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireParser;
import org.newsroom.ingest.format.WireParsers;
import org.newsroom.ingest.kafka.IngestedArticleProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/articles}: an agency pushes one wire document. Answers 202 with the stored URI and version only
 * after Kafka acknowledged every article of the document.
 */
@RestController
class ArticleIngestController {

    private static final Logger log = LoggerFactory.getLogger(ArticleIngestController.class);

    private final AgencyAuthenticator authenticator;
    private final WireParsers parsers;
    private final IngestedArticleProducer producer;
    private final IngestHttpProperties properties;

    ArticleIngestController(AgencyAuthenticator authenticator, WireParsers parsers, IngestedArticleProducer producer,
            IngestHttpProperties properties) {
        this.authenticator = authenticator;
        this.parsers = parsers;
        this.producer = producer;
        this.properties = properties;
    }

    @PostMapping("/api/v1/articles")
    ResponseEntity<?> ingest(HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestHeader(name = "traceparent", required = false) String traceparent) throws IOException {
        Instant receivedAt = Instant.now();
        String trace = TraceParent.continueOrStart(traceparent);
        Agency agency = authenticator.authenticate(authorization);
        WireParser parser = parsers.forContentType(contentType);
        byte[] body = RequestBodies.read(request.getInputStream(), request.getContentLengthLong(),
                properties.maxBodySize());
        List<Article> articles = parser.parse(body, new WireContext(agency.id(), agency.namespace(), receivedAt));

        List<AcceptedArticle> accepted = articles.stream().map(article -> {
            var metadata = producer.send(article, receivedAt, trace);
            log.atInfo()
                    .addKeyValue("uri", article.uri())
                    .addKeyValue("version", article.version())
                    .addKeyValue("agency", agency.id())
                    .addKeyValue("format", parser.format())
                    .addKeyValue("trace_id", TraceParent.traceId(trace))
                    .addKeyValue("partition", metadata.partition())
                    .addKeyValue("offset", metadata.offset())
                    .log("article accepted");
            return new AcceptedArticle(article.uri(), article.version());
        }).toList();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("traceparent", trace)
                .body(accepted.size() == 1 ? accepted.get(0) : accepted);
    }
}
