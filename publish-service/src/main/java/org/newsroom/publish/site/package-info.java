/**
 * The site's read API: one article by URI, search, section listings. Only visible articles are served: usable, not
 * killed, embargo passed.
 */
package org.newsroom.publish.site;
