package org.newsroom.publish.console.backlog;

import java.util.List;

/**
 * Burrow's lag evaluation rules adapted to sampled offsets. Burrow (LinkedIn) works from the stream of offset commits;
 * the AdminClient shows only the latest commit, so "no commits" is read from the group having no active member, and a
 * stall from the committed offset not moving across the window. In order:
 * <ol>
 *   <li>lag is zero now, or at any sample of the window: {@link BacklogStatus#OK};</li>
 *   <li>the group has no active member: {@link BacklogStatus#STOP};</li>
 *   <li>the window has at least two samples and the committed offset is the same in all: {@link BacklogStatus#STALL};</li>
 *   <li>the window has at least two samples and the lag never decreases from one sample to the next:
 *       {@link BacklogStatus#WARN};</li>
 *   <li>otherwise {@link BacklogStatus#OK}.</li>
 * </ol>
 * Pure; thread-safe.
 */
public final class BurrowRules {

    private BurrowRules() {
    }

    /**
     * @param window     samples of one partition, oldest first; may be empty
     * @param hasMembers whether the group has at least one active member
     * @return the partition's status
     */
    public static BacklogStatus evaluate(List<OffsetSample> window, boolean hasMembers) {
        if (window.isEmpty() || window.stream().anyMatch(sample -> sample.lag() == 0)) {
            return BacklogStatus.OK;
        }
        if (!hasMembers) {
            return BacklogStatus.STOP;
        }
        if (window.size() < 2) {
            return BacklogStatus.OK;
        }
        long firstCommitted = window.get(0).committed();
        if (window.stream().allMatch(sample -> sample.committed() == firstCommitted)) {
            return BacklogStatus.STALL;
        }
        for (int i = 1; i < window.size(); i++) {
            if (window.get(i).lag() < window.get(i - 1).lag()) {
                return BacklogStatus.OK;
            }
        }
        return BacklogStatus.WARN;
    }

    /** The worst of several statuses; {@link BacklogStatus#OK} for none. */
    public static BacklogStatus worst(Iterable<BacklogStatus> statuses) {
        BacklogStatus worst = BacklogStatus.OK;
        for (BacklogStatus status : statuses) {
            if (status.compareTo(worst) > 0) {
                worst = status;
            }
        }
        return worst;
    }
}
