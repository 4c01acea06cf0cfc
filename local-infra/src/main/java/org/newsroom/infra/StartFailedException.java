package org.newsroom.infra;

import java.io.IOException;

/**
 * A component did not become ready: its process exited or its deadline passed. The message names the component
 * and, where there is one, ends with the tail of its log.
 */
public sealed class StartFailedException extends IOException permits PortInUseException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed to start and why, with the log tail; may not be null */
    public StartFailedException(String message) {
        super(message);
    }
}
