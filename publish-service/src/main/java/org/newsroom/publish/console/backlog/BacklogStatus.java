package org.newsroom.publish.console.backlog;

/** A partition's or a group's backlog status, worst last. The gauge value is the ordinal. */
public enum BacklogStatus {
    /** Caught up at some point of the window, or the lag is shrinking. */
    OK,
    /** The consumer moves, but its lag did not decrease anywhere in the window: it falls behind. */
    WARN,
    /** The group has members, yet its committed offset did not move for the whole window while lag exists. */
    STALL,
    /** Lag exists and nobody commits: the group has no active member. */
    STOP
}
