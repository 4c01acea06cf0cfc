/**
 * A drop folder per agency ({@code <root>/<agency id>/}): files that stopped changing are ingested, then moved to
 * {@code processed/} or {@code failed/} with an error file beside; a file still being written is never read early, and
 * nothing is deleted. Off by default.
 */
package org.newsroom.ingest.dropfolder;
