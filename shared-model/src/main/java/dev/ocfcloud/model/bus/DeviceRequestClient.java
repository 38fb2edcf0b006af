package dev.ocfcloud.model.bus;

import dev.ocfcloud.model.command.CommandResult;
import dev.ocfcloud.model.command.DeviceRequestCommand;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.event.DeviceRequestCompleted;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import java.time.Clock;
import java.time.Duration;

/**
 * Makes a cloud→device request and waits for its end, for callers that answer someone (the HTTP
 * API, a device client through the cloud): sends the command to the aggregate, then completes
 * when the request's completion event (same correlation id) is published on the device's event
 * address — with the device's answer, or TIMEOUT/CANCELED from the aggregate. The listener is in
 * place before the command is sent, so the event cannot slip by.
 */
public final class DeviceRequestClient {
    /** Waiting goes on this long past the request's validity, for the aggregate's own timeout event. */
    static final Duration GRACE = Duration.ofSeconds(2);

    private final Vertx vertx;
    private final AggregateClient aggregates;
    private final Clock clock;

    public DeviceRequestClient(Vertx vertx, AggregateClient aggregates, Clock clock) {
        BusCodecs.registerAnswers(vertx);
        this.vertx = vertx;
        this.aggregates = aggregates;
        this.clock = clock;
    }

    /**
     * @return the outcome; a failed future with {@code device.offline}, {@code device.not_found},
     *     {@code resource.not_found} … when the aggregate refused the request
     */
    public Future<DeviceRequestOutcome> execute(DeviceRequestCommand command) {
        Promise<DeviceRequestOutcome> outcome = Promise.promise();
        MessageConsumer<EventEnvelope> listener = vertx.eventBus()
                .consumer(
                        Addresses.deviceEvents(command.deviceId()),
                        message -> completes(command, message.body(), outcome));
        long waitMillis = Math.max(
                1,
                Duration.between(clock.instant(), command.validUntil())
                        .plus(GRACE)
                        .toMillis());
        long timer = vertx.setTimer(
                waitMillis,
                id -> outcome.tryComplete(new DeviceRequestOutcome(
                        command.correlationId(), OperationStatus.TIMEOUT, ResourceContent.EMPTY)));
        listener.completion()
                .compose(registered -> aggregates.send(command))
                .onSuccess(result -> {
                    if (result instanceof CommandResult.Rejected rejected) {
                        outcome.tryFail(new CloudException(rejected.error()));
                    }
                })
                .onFailure(failure -> outcome.tryFail(new CloudException(
                        CloudError.of(ErrorCode.AGGREGATE_UNAVAILABLE, String.valueOf(failure.getMessage())))));
        return outcome.future().onComplete(done -> {
            vertx.cancelTimer(timer);
            listener.unregister();
        });
    }

    private static void completes(
            DeviceRequestCommand command, EventEnvelope event, Promise<DeviceRequestOutcome> outcome) {
        if (event.correlationId().equals(command.correlationId())
                && event.event() instanceof DeviceRequestCompleted completed
                && event.aggregateId().equals(command.aggregateId())) {
            outcome.tryComplete(
                    new DeviceRequestOutcome(command.correlationId(), completed.status(), completed.content()));
        }
    }
}
