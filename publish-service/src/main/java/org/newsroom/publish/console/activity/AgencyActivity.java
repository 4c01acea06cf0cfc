package org.newsroom.publish.console.activity;

/**
 * One agency as the console shows it.
 *
 * @param agency       agency id (tag-normalized)
 * @param firstStoryMs first story within the history, epoch ms
 * @param lastStoryMs  last story received, epoch ms
 * @param stories      stories within the history
 * @param idle         whether it has gone quiet by {@link IdleRule}
 */
public record AgencyActivity(String agency, long firstStoryMs, long lastStoryMs, long stories, boolean idle) {
}
