/** Cleaning article bodies: plain text with paragraph breaks. */
package org.newsroom.enrich.clean;
