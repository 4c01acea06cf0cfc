/**
 * Training and evaluating the section classifier: readers of the labelled corpora, the {@code train} and {@code eval}
 * commands (plain main classes the {@code ./newsroom} script calls), and the provenance written beside a model.
 */
package org.newsroom.enrich.section.training;
