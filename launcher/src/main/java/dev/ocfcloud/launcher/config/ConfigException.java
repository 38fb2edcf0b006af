package dev.ocfcloud.launcher.config;

/** The configuration cannot be read or holds a bad value; the message names the key and its source. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
