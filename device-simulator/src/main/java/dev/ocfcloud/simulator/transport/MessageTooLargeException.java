package dev.ocfcloud.simulator.transport;

/** A message that does not fit the cloud's Max-Message-Size (RFC 8323 §5.3.1), so it was not sent. */
public final class MessageTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MessageTooLargeException(int frameSize, long limit) {
        super("a frame of " + frameSize + " bytes exceeds the cloud's Max-Message-Size " + limit, null, false, false);
    }
}
