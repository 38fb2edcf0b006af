package dev.ocfcloud.embedded.kafka;

/** A topic could not be listed, described or created. */
public final class KafkaTopicException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KafkaTopicException(String message, Throwable cause) {
        super(message, cause);
    }
}
