package dev.ocfcloud.projection.example;

import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.config.EventLogConfig;
import dev.ocfcloud.projection.ProjectionRunner;
import dev.ocfcloud.projection.Subscription;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;

/**
 * Runs the example projection in its own consumer group and answers {@value #ADDRESS} with the
 * number of online devices of the owner named in the request body. Deploy it like any verticle,
 * in the cloud's JVM or your own.
 */
public final class OnlineDevicesVerticle extends VerticleBase {
    public static final String ADDRESS = "example.online-devices";

    private final EventLogConfig log;
    private final String groupId;
    private final OnlineDevicesProjection projection = new OnlineDevicesProjection();
    private ProjectionRunner runner;

    public OnlineDevicesVerticle(EventLogConfig log, String groupId) {
        this.log = log;
        this.groupId = groupId;
    }

    @Override
    public Future<?> start() {
        // An in-memory model must see the whole log again on every start: replay from the beginning.
        runner = new ProjectionRunner(vertx, log, groupId, new Subscription.Group(groupId, true), projection);
        vertx.eventBus()
                .<String>consumer(
                        ADDRESS, message -> message.reply(projection.onlineCount(OwnerId.of(message.body()))));
        return runner.start();
    }

    @Override
    public Future<?> stop() {
        return runner.stop();
    }
}
