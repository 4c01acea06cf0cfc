package org.newsroom.infra;

/**
 * A component could not start because its TCP port was taken, either when checked before the start or when the
 * component itself bound it. A caller that chose the port with {@link FreePorts#next()} may try another one.
 */
public final class PortInUseException extends StartFailedException {

    private static final long serialVersionUID = 1L;

    private final int port;

    /**
     * @param port    the port that was taken, 1–65535
     * @param message what failed to start, with what holds the port where that is known
     */
    public PortInUseException(int port, String message) {
        super(message);
        this.port = port;
    }

    /** @return the port that was taken */
    public int port() {
        return port;
    }
}
