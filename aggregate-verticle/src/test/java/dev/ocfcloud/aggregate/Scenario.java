package dev.ocfcloud.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.model.command.Command;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.event.DomainEvent;
import dev.ocfcloud.model.event.EventEnvelope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Given/when/then for the aggregates of one device: pure, no store, no event loop. */
final class Scenario {
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private DeviceAggregates state = DeviceAggregates.INITIAL;
    private final List<EventEnvelope> history = new ArrayList<>();
    private Decision decision;
    private Command lastCommand;

    /** Given these commands were accepted (each must be). */
    static Scenario given(Command... commands) {
        Scenario scenario = new Scenario();
        for (Command command : commands) {
            scenario.accept(command);
        }
        return scenario;
    }

    Scenario when(Command command) {
        lastCommand = command;
        decision = state.decide(command, NOW);
        return this;
    }

    Scenario thenEvents(DomainEvent... expected) {
        assertThat(decision).as("decision on %s", lastCommand).isInstanceOf(Decision.Emit.class);
        assertThat(((Decision.Emit) decision).events()).containsExactly(expected);
        return this;
    }

    Scenario thenNothing() {
        return thenEvents();
    }

    Scenario thenRejected(ErrorCode code) {
        assertThat(decision).as("decision on %s", lastCommand).isInstanceOf(Decision.Reject.class);
        assertThat(((Decision.Reject) decision).error().code()).isEqualTo(code);
        return this;
    }

    /** The envelopes the last decision would append, versioned after the history. */
    List<EventEnvelope> envelopes() {
        return state.envelop(lastCommand, ((Decision.Emit) decision).events(), NOW);
    }

    DeviceAggregates state() {
        return state;
    }

    List<EventEnvelope> history() {
        return history;
    }

    private void accept(Command command) {
        Decision given = state.decide(command, NOW);
        assertThat(given).as("given %s", command).isInstanceOf(Decision.Emit.class);
        for (EventEnvelope envelope : state.envelop(command, ((Decision.Emit) given).events(), NOW)) {
            state = state.apply(envelope);
            history.add(envelope);
        }
    }
}
