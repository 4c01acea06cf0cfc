package org.newsroom.ingest.http;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the push API, served by springdoc at {@code /v3/api-docs} (JSON) and {@code .yaml}. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Newsroom ingest API", version = "v1",
        description = "Wire agencies push stories in ninjs, NewsML-G2, NITF, RSS and Atom; errors are RFC 9457 problems."))
@SecurityScheme(name = "agencyKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The agency's API key (configured as its SHA-256 hash)")
class OpenApiDescription {
}
