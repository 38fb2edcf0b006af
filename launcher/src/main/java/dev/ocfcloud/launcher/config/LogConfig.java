package dev.ocfcloud.launcher.config;

/**
 * Log levels, applied once the configuration is read.
 *
 * @param level the level of everything but Kafka (e.g. {@code INFO})
 * @param kafkaLevel the level of the Kafka broker and clients (e.g. {@code WARN})
 */
public record LogConfig(String level, String kafkaLevel) {}
