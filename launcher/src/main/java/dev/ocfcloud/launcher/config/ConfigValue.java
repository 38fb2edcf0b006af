package dev.ocfcloud.launcher.config;

/**
 * A raw configuration value and where it came from, for error messages.
 *
 * @param text the value as written
 * @param source e.g. {@code environment variable OCF_GATEWAY_COAP_TCP_PORT} or {@code file x.yaml}
 */
record ConfigValue(String text, String source) {}
