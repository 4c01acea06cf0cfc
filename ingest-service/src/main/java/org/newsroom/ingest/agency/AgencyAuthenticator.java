package org.newsroom.ingest.agency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/** Resolves an {@code Authorization: Bearer <key>} header to an agency by comparing SHA-256 hashes. Thread-safe. */
@Component
public class AgencyAuthenticator {

    private static final String BEARER = "Bearer ";

    private final List<Entry> entries;

    AgencyAuthenticator(AgencyProperties properties) {
        this.entries = properties.agencies().stream()
                .map(e -> new Entry(HexFormat.of().parseHex(e.keySha256()), e.agency()))
                .toList();
    }

    /**
     * The agency owning the bearer key in {@code authorization}.
     *
     * @param authorization the raw {@code Authorization} header value; may be null
     * @throws AgencyAuthenticationException when the header is missing, not a bearer token, or the key is unknown
     */
    public Agency authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new AgencyAuthenticationException("missing header Authorization: Bearer <agency key>");
        }
        byte[] hash = sha256(authorization.substring(BEARER.length()).strip());
        Agency found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.keySha256, hash)) {
                found = entry.agency;
            }
        }
        if (found == null) {
            throw new AgencyAuthenticationException("unknown agency key");
        }
        return found;
    }

    /** Lowercase hex SHA-256 of a key: what {@code key-sha256} holds for it. */
    public static String hashKey(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private record Entry(byte[] keySha256, Agency agency) {
    }
}
