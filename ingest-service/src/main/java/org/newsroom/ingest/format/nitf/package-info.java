/** IPTC NITF 3.x (News Industry Text Format), https://iptc.org/standards/nitf/, one story per document. */
package org.newsroom.ingest.format.nitf;
