package org.newsroom.ingest.agency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The agencies allowed to deliver, prefix {@code newsroom.ingest}.
 *
 * @param agencies every agency with its hashed key; at least one
 */
@Validated
@ConfigurationProperties("newsroom.ingest")
public record AgencyProperties(@NotEmpty @Valid List<AgencyEntry> agencies) {

    /** The configured agency with this id, if any. */
    public Optional<Agency> agency(String id) {
        return agencies.stream().filter(e -> e.id().equals(id)).map(AgencyEntry::agency).findFirst();
    }

    /**
     * One agency.
     *
     * @param id        agency id ({@code source} of its articles); letters, digits, {@code -} and {@code _}
     * @param keySha256 lowercase hex SHA-256 of the agency's API key (the key itself is never stored); 64 hex digits
     * @param namespace URI namespace for wire ids that are not URIs; defaults to {@code id}; letters, digits,
     *                  {@code .}, {@code -} and {@code _}
     * @param uriPrefixes further URI prefixes the agency owns besides {@code urn:newsroom:<namespace>:}, e.g. its
     *                  own {@code tag:reuters.com,}; default none. A story whose URI no prefix of the agency covers,
     *                  or that a longer prefix of another agency covers, is refused with 403.
     */
    public record AgencyEntry(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]+") String id,
            @NotBlank @Pattern(regexp = "[0-9a-f]{64}") String keySha256,
            @Pattern(regexp = "[A-Za-z0-9._-]*") String namespace,
            List<@NotBlank String> uriPrefixes) {

        /** The agency this entry configures. */
        public Agency agency() {
            return new Agency(id, namespace == null || namespace.isBlank() ? id : namespace, uriPrefixes);
        }
    }
}
