package dev.ocfcloud.simulator.transport;

import java.time.Duration;

/** No answer with the request's token within its timeout. */
public final class RequestTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RequestTimeoutException(Duration timeout) {
        super("no answer within " + timeout.toMillis() + " ms", null, false, false);
    }
}
