package dev.ocfcloud.aggregate;

import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.event.DomainEvent;
import java.util.List;
import java.util.Objects;

/** What an aggregate decided about a command: the events to append (maybe none), or a rejection. */
public sealed interface Decision {
    record Emit(List<DomainEvent> events) implements Decision {
        public Emit {
            events = List.copyOf(events);
        }
    }

    record Reject(CloudError error) implements Decision {
        public Reject {
            Objects.requireNonNull(error, "error");
        }
    }

    /** Nothing to change: the command is already in effect. */
    static Decision nothing() {
        return new Emit(List.of());
    }

    static Decision emit(DomainEvent... events) {
        return new Emit(List.of(events));
    }

    static Decision reject(ErrorCode code, String detail) {
        return new Reject(CloudError.of(code, detail));
    }
}
