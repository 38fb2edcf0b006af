package dev.ocfcloud.model.bus;

import dev.ocfcloud.model.command.Command;
import dev.ocfcloud.model.command.CommandResult;
import dev.ocfcloud.model.delivery.DeviceRequestDelivery;
import dev.ocfcloud.model.delivery.GatewayHeartbeat;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.query.DeviceView;
import dev.ocfcloud.model.query.ListDevices;
import dev.ocfcloud.model.query.ListPendingRequests;
import dev.ocfcloud.model.query.ListResourceLinks;
import dev.ocfcloud.model.query.ListResources;
import dev.ocfcloud.model.query.ResourceView;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.EventBus;
import java.util.ArrayDeque;
import java.util.Deque;

/** Registers the codecs of every record that travels on the event bus. */
public final class BusCodecs {
    private BusCodecs() {}

    /**
     * Registers a default codec for each concrete type under the given sealed roots (commands and
     * their results always). Safe to call from every verticle: types already registered are kept.
     */
    public static void registerAll(Vertx vertx, Class<?>... sealedRoots) {
        EventBus bus = vertx.eventBus();
        registerTree(bus, Command.class);
        registerTree(bus, CommandResult.class);
        for (Class<?> root : sealedRoots) {
            registerTree(bus, root);
        }
    }

    /** The answer types of directory queries. */
    public static void registerAnswers(Vertx vertx) {
        EventBus bus = vertx.eventBus();
        register(bus, DeviceView.class);
        register(bus, ResourceView.class);
        register(bus, ListDevices.DeviceList.class);
        register(bus, ListResourceLinks.LinkList.class);
        register(bus, ListResources.ResourceList.class);
        register(bus, ListPendingRequests.PendingRequestList.class);
        register(bus, EventEnvelope.class);
    }

    /** The messages from the aggregates to the gateways. */
    public static void registerDeliveries(Vertx vertx) {
        register(vertx.eventBus(), DeviceRequestDelivery.class);
        register(vertx.eventBus(), GatewayHeartbeat.class);
    }

    private static void registerTree(EventBus bus, Class<?> root) {
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (type.isSealed()) {
                for (Class<?> permitted : type.getPermittedSubclasses()) {
                    pending.push(permitted);
                }
            } else if (!type.isInterface()) {
                register(bus, type);
            }
        }
    }

    private static <T> void register(EventBus bus, Class<T> type) {
        try {
            bus.registerDefaultCodec(type, new CborMessageCodec<>(type));
        } catch (IllegalStateException alreadyRegistered) {
            // Another verticle of this Vert.x instance registered it first: one codec per type is enough.
        }
    }
}
