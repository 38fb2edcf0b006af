package dev.ocfcloud.model.bus;

import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.query.DeviceView;
import dev.ocfcloud.model.query.DirectoryQuery;
import dev.ocfcloud.model.query.GetDevice;
import dev.ocfcloud.model.query.GetResource;
import dev.ocfcloud.model.query.ListDevices;
import dev.ocfcloud.model.query.ListPendingRequests;
import dev.ocfcloud.model.query.ListResourceLinks;
import dev.ocfcloud.model.query.ListResources;
import dev.ocfcloud.model.query.ResourceView;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.ReplyException;
import java.time.Duration;

/**
 * Asks the directory's read models over the event bus. Failures arrive as {@link CloudException}s
 * with stable codes ({@code device.not_found}, {@code directory.unavailable}, …).
 */
public final class DirectoryClient {
    private final EventBus bus;
    private final DeliveryOptions options;

    public DirectoryClient(Vertx vertx, Duration timeout) {
        BusCodecs.registerAll(vertx, DirectoryQuery.class);
        BusCodecs.registerAnswers(vertx);
        this.bus = vertx.eventBus();
        this.options = new DeliveryOptions().setSendTimeout(timeout.toMillis());
    }

    public Future<DeviceView> device(GetDevice query) {
        return ask(query);
    }

    public Future<ListDevices.DeviceList> devices(ListDevices query) {
        return ask(query);
    }

    public Future<ListResourceLinks.LinkList> links(ListResourceLinks query) {
        return ask(query);
    }

    public Future<ResourceView> resource(GetResource query) {
        return ask(query);
    }

    public Future<ListResources.ResourceList> resources(ListResources query) {
        return ask(query);
    }

    public Future<ListPendingRequests.PendingRequestList> pendingRequests(ListPendingRequests query) {
        return ask(query);
    }

    private <T> Future<T> ask(DirectoryQuery query) {
        return bus.<T>request(Addresses.DIRECTORY_QUERIES, query, options)
                .map(reply -> reply.body())
                .recover(failure -> Future.failedFuture(new CloudException(errorOf(failure))));
    }

    private static CloudError errorOf(Throwable failure) {
        if (failure instanceof ReplyException reply) {
            return switch (reply.failureType()) {
                case NO_HANDLERS -> CloudError.of(ErrorCode.DIRECTORY_UNAVAILABLE, "no directory is running");
                case TIMEOUT -> CloudError.of(ErrorCode.DIRECTORY_UNAVAILABLE, "the directory did not answer in time");
                case RECIPIENT_FAILURE, ERROR ->
                    ErrorCode.fromCode(reply.getMessage())
                            .map(code -> CloudError.of(code, "not visible to this owner, or absent"))
                            .orElseGet(() -> CloudError.of(ErrorCode.INTERNAL, String.valueOf(reply.getMessage())));
            };
        }
        return CloudError.of(ErrorCode.INTERNAL, String.valueOf(failure));
    }
}
