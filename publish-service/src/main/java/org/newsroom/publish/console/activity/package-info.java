/**
 * What flows: stories per minute per stage, agency and section, read from the topics themselves (record timestamps
 * and headers) plus this instance's own publish counts; agencies' last story and idle alerts; latency history.
 */
package org.newsroom.publish.console.activity;
