/**
 * The one hardened XML reader every XML wire format goes through (after TIKA's {@code XMLReaderUtils}): encoding
 * detection (BOM, then XML declaration, then transport charset, per XML 1.0 Appendix F and RFC 7303), repair of HTML
 * entities XML does not declare, and a DOM parser with external entities and external DTDs off and entity expansion
 * bounded (XXE and "billion laughs" safe). A DOCTYPE itself is allowed: agencies send them.
 */
package org.newsroom.ingest.format.xml;
