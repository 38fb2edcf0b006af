package dev.ocfcloud.aggregate.shard;

import dev.ocfcloud.aggregate.Decision;
import dev.ocfcloud.aggregate.DeviceAggregates;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.command.CommandResult;
import dev.ocfcloud.model.event.EventEnvelope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Several commands decided one after the other and appended in one transaction (group commit).
 * Each command sees the state its predecessors in the batch left, kept in a staged overlay that
 * becomes the shard's state only once the append succeeds.
 */
final class CommandBatch {
    private final Function<DeviceId, DeviceAggregates> committed;
    private final Map<DeviceId, DeviceAggregates> staged = new HashMap<>();
    private final List<QueuedCommand> commands = new ArrayList<>();
    private final List<CommandResult> results = new ArrayList<>();
    private final List<EventEnvelope> events = new ArrayList<>();

    CommandBatch(Function<DeviceId, DeviceAggregates> committed) {
        this.committed = committed;
    }

    void decide(QueuedCommand queued, Instant now) {
        DeviceId device = queued.command().deviceId();
        DeviceAggregates before = staged.computeIfAbsent(device, committed);
        commands.add(queued);
        switch (before.decide(queued.command(), now)) {
            case Decision.Reject reject -> results.add(CommandResult.rejected(reject.error()));
            case Decision.Emit emit -> {
                List<EventEnvelope> envelopes = before.envelop(queued.command(), emit.events(), now);
                DeviceAggregates after = before;
                for (EventEnvelope envelope : envelopes) {
                    after = after.apply(envelope);
                }
                staged.put(device, after);
                events.addAll(envelopes);
                results.add(CommandResult.accepted(envelopes));
            }
        }
    }

    List<EventEnvelope> events() {
        return events;
    }

    /** The states to adopt once the batch's events are in the log. */
    Map<DeviceId, DeviceAggregates> staged() {
        return staged;
    }

    void answerAll() {
        for (int i = 0; i < commands.size(); i++) {
            commands.get(i).answer(results.get(i));
        }
    }

    /** Every command of a batch whose append failed gets the same answer: what it decided is void. */
    void answerAll(CommandResult failure) {
        commands.forEach(command -> command.answer(failure));
    }
}
