package org.newsroom.publish.site;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets {@code %2F} through Tomcat undecoded, so {@code /api/v1/articles/{uri}} takes percent-encoded URIs such as
 * {@code http%3A%2F%2Fexample.com%2Fstory} as one path segment (Tomcat rejects them by default).
 */
@Component
class EncodedSlashes implements TomcatConnectorCustomizer {

    @Override
    public void customize(org.apache.catalina.connector.Connector connector) {
        connector.setEncodedSolidusHandling("passthrough");
    }
}
