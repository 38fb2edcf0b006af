package dev.ocfcloud.model.wire;

import java.io.Serial;

/** A record of {@code ocf.events} that this version cannot read: an unknown type or broken bytes. */
public final class EventDecodingException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String eventType;

    public EventDecodingException(String message, String eventType, Throwable cause) {
        super(message, cause);
        this.eventType = eventType;
    }

    /** The wire type name, when the record got that far; null otherwise. */
    public String eventType() {
        return eventType;
    }

    /** Whether the record is intact but of a type this version does not know (a newer producer's). */
    public boolean isUnknownType() {
        return eventType != null && getCause() == null;
    }
}
