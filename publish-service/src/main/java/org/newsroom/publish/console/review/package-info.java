/**
 * The review queue: published articles whose section the classifier was unsure of ({@code needs_review}), newest
 * first, read from the index. Editors' decisions (the section-override event) are designed in {@code docs/console.md}
 * and not built yet.
 */
package org.newsroom.publish.console.review;
