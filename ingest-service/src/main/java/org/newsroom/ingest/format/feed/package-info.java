/**
 * RSS (0.9x, 1.0, 2.0) and Atom 1.0 feeds, read with ROME (https://rometools.github.io/rome/) from the hardened DOM;
 * each entry becomes an article under the delivering agency's URI namespace.
 */
package org.newsroom.ingest.format.feed;
