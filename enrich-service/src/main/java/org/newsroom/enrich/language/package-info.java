/**
 * Settling an article's language: the wire's tag, checked by Apache OpenNLP's language detector (chosen over Lingua
 * for its 10 MB model, sub-second load and lower heap at equal accuracy on our corpora; figures in
 * docs/architecture.md), which replaces the tag only when it disagrees with high confidence.
 */
package org.newsroom.enrich.language;
