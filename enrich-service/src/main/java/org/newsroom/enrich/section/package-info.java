/**
 * Settling an article's site section: the agency's IPTC subject codes with broader-code expansion, then opinion
 * genres, then a trained text classifier with a probability and an editor-review threshold; every decision records
 * which rule decided and why.
 */
package org.newsroom.enrich.section;
