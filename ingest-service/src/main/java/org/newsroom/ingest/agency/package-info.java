/** Agencies: who may deliver stories, and their API keys (stored as SHA-256 hashes). */
package org.newsroom.ingest.agency;
