package dev.ocfcloud.simulator.cbor;

/** Bytes that are not one well-formed CBOR data item (iotivity-lite answers such a request 4.00). */
public final class MalformedCborException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedCborException(String message) {
        super(message, null, false, false);
    }
}
