package dev.ocfcloud.aggregate.shard;

import dev.ocfcloud.aggregate.DeviceAggregates;
import dev.ocfcloud.aggregate.resource.PendingRequest;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.command.CancelPendingCommand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * When each pending device request of a shard runs out. The shard asks for the due ones
 * periodically and ends them with a {@code CancelPendingCommand} marked as timed out, so every
 * request ends with an event even if the device never answers.
 */
final class PendingExpiries {
    private record Due(Instant at, ResourceId resource, PendingRequest request) {}

    private final PriorityQueue<Due> queue = new PriorityQueue<>(Comparator.comparing(Due::at));

    void add(ResourceId resource, PendingRequest request) {
        queue.add(new Due(request.validUntil(), resource, request));
    }

    /** Every pending request of these devices, e.g. after a replay. */
    void addAll(Map<DeviceId, DeviceAggregates> devices) {
        devices.forEach((device, aggregates) -> aggregates
                .resources()
                .forEach((href, state) ->
                        state.pending().values().forEach(request -> add(new ResourceId(device, href), request))));
    }

    /** The expiry commands of the requests due by {@code now}; requests already ended are skipped by the decider. */
    List<CancelPendingCommand> due(Instant now) {
        List<CancelPendingCommand> expired = new ArrayList<>();
        while (!queue.isEmpty() && !queue.peek().at().isAfter(now)) {
            Due due = queue.poll();
            expired.add(new CancelPendingCommand(
                    due.resource(), due.request().owner(), due.request().correlationId(), true));
        }
        return expired;
    }

    int size() {
        return queue.size();
    }
}
