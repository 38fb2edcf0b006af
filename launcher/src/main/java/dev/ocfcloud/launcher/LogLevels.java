package dev.ocfcloud.launcher;

import dev.ocfcloud.launcher.config.LogConfig;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/** Applies the configured log levels to Log4j 2, the logging backend of the launcher. */
final class LogLevels {
    /** The loggers of the Kafka broker (Scala and Java parts, and its state-change log) and clients. */
    private static final String[] KAFKA_LOGGERS = {"kafka", "org.apache.kafka", "state.change.logger"};

    private LogLevels() {}

    static void apply(LogConfig log) {
        Configurator.setRootLevel(Level.toLevel(log.level()));
        for (String logger : KAFKA_LOGGERS) {
            Configurator.setLevel(logger, Level.toLevel(log.kafkaLevel()));
        }
    }
}
