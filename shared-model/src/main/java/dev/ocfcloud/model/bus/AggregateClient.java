package dev.ocfcloud.model.bus;

import dev.ocfcloud.model.command.Command;
import dev.ocfcloud.model.command.CommandResult;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.ErrorCode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.ReplyException;
import java.time.Duration;

/**
 * Sends commands to the aggregate shard that owns the device's partition, wherever it runs. The
 * answer is always a {@link CommandResult}: transport failures become coded rejections, so a
 * partition with no owner (rebalancing) fails fast with the retryable {@code aggregate.unavailable}.
 */
public final class AggregateClient {
    private final EventBus bus;
    private final DevicePartitioner partitioner;
    private final DeliveryOptions options;

    public AggregateClient(Vertx vertx, DevicePartitioner partitioner, Duration timeout) {
        BusCodecs.registerAll(vertx);
        this.bus = vertx.eventBus();
        this.partitioner = partitioner;
        this.options = new DeliveryOptions().setSendTimeout(timeout.toMillis());
    }

    public Future<CommandResult> send(Command command) {
        String address = Addresses.aggregatePartition(partitioner.partitionOf(command.deviceId()));
        return bus.<CommandResult>request(address, command, options)
                .map(reply -> reply.body())
                .recover(failure -> Future.succeededFuture(CommandResult.rejected(errorOf(failure, address))));
    }

    private static CloudError errorOf(Throwable failure, String address) {
        if (failure instanceof ReplyException reply) {
            return switch (reply.failureType()) {
                case NO_HANDLERS -> CloudError.of(ErrorCode.AGGREGATE_UNAVAILABLE, "no owner for " + address + " yet");
                case TIMEOUT -> CloudError.of(ErrorCode.TIMEOUT, "no answer from " + address + " in time");
                case RECIPIENT_FAILURE, ERROR ->
                    ErrorCode.fromCode(reply.getMessage())
                            .map(code -> CloudError.of(code, "failed at " + address))
                            .orElseGet(() -> CloudError.of(ErrorCode.INTERNAL, String.valueOf(reply.getMessage())));
            };
        }
        return CloudError.of(ErrorCode.INTERNAL, String.valueOf(failure));
    }
}
