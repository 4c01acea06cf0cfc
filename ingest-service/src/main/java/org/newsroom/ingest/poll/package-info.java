/**
 * Polling configured feed URLs on a schedule (conditional GET), sending only items that are new or changed since the
 * last successful poll. Off by default.
 */
package org.newsroom.ingest.poll;
