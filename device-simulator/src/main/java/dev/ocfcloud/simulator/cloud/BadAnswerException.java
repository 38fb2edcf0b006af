package dev.ocfcloud.simulator.cloud;

/**
 * A success answer the device cannot use: no CBOR Content-Format, bad CBOR, or a required field missing
 * or of the wrong type (PROTOCOL.md §6.1–6.3). iotivity-lite treats it as an error answer.
 */
public final class BadAnswerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadAnswerException(String operation, String detail) {
        super(operation + ": " + detail, null, false, false);
    }
}
