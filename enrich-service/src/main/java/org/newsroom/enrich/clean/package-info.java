/**
 * Cleaning article bodies: Unicode normalization (NFC, Arabic presentation forms folded), sanitizing to the newsroom
 * HTML policy (OWASP java-html-sanitizer), stripping injected teaser lines by per-language patterns, and plain text
 * with paragraph breaks.
 */
package org.newsroom.enrich.clean;
