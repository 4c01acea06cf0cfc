/** Settling an article's language. */
package org.newsroom.enrich.language;
