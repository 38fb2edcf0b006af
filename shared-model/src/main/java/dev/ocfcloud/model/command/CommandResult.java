package dev.ocfcloud.model.command;

import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.event.EventEnvelope;
import java.util.List;
import java.util.Objects;

/** The aggregate's answer to a command: the events it appended (none when nothing changed), or why not. */
public sealed interface CommandResult {
    record Accepted(List<EventEnvelope> events) implements CommandResult {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    record Rejected(CloudError error) implements CommandResult {
        public Rejected {
            Objects.requireNonNull(error, "error");
        }
    }

    static CommandResult accepted(List<EventEnvelope> events) {
        return new Accepted(events);
    }

    static CommandResult rejected(CloudError error) {
        return new Rejected(error);
    }
}
