package dev.ocfcloud.gateway.ocf;

import dev.ocfcloud.model.bus.AggregateClient;
import dev.ocfcloud.model.command.Command;
import dev.ocfcloud.model.command.CommandResult;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.event.EventEnvelope;
import io.vertx.core.Future;
import java.util.List;

/** Sends a command to the aggregates; a rejection becomes a failed future with its error. */
public final class Commands {
    private final AggregateClient aggregates;

    public Commands(AggregateClient aggregates) {
        this.aggregates = aggregates;
    }

    public Future<List<EventEnvelope>> send(Command command) {
        return aggregates.send(command).compose(result -> switch (result) {
            case CommandResult.Accepted accepted -> Future.succeededFuture(accepted.events());
            case CommandResult.Rejected rejected -> Future.failedFuture(new CloudException(rejected.error()));
        });
    }
}
