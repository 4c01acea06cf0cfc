package org.newsroom.ingest.http;

import java.util.List;

/** Every item of a container document was refused. Permanent for that document: 400, or 403 when all were not owned. */
class NothingAcceptedException extends RuntimeException {

    private final List<BatchResult.Rejected> rejected;

    NothingAcceptedException(int items, List<BatchResult.Rejected> rejected) {
        super("none of the " + items + " items was accepted; see rejected[] for each reason");
        this.rejected = List.copyOf(rejected);
    }

    /** Each item's reason. */
    List<BatchResult.Rejected> rejected() {
        return rejected;
    }

    /** 403 when every item was refused for URI ownership, else 400. */
    int status() {
        return !rejected.isEmpty() && rejected.stream().allMatch(r -> r.status() == 403) ? 403 : 400;
    }
}
