/** Server-side SVG charts: no script, no CDN, readable offline and in a screenshot. */
package org.newsroom.publish.console.chart;
