package dev.ocfcloud.model.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stable wire names of the event types. These strings are a contract with every consumer of
 * {@code ocf.events}, third-party projections included: never rename one; a changed schema gets a
 * new version suffix and both versions stay readable.
 */
public final class EventTypes {
    private static final Map<Class<? extends DomainEvent>, String> NAMES = new LinkedHashMap<>();
    private static final Map<String, Class<? extends DomainEvent>> CLASSES = new LinkedHashMap<>();

    static {
        register(DeviceRegistered.class, "device.registered.v1");
        register(DeviceUnregistered.class, "device.unregistered.v1");
        register(DeviceConnectionUpdated.class, "device.connection.updated.v1");
        register(ResourceLinksPublished.class, "resource.links.published.v1");
        register(ResourceLinksUnpublished.class, "resource.links.unpublished.v1");
        register(ResourceChanged.class, "resource.changed.v1");
        register(ResourceUpdatePending.class, "resource.update.pending.v1");
        register(ResourceUpdated.class, "resource.updated.v1");
        register(ResourceRetrievePending.class, "resource.retrieve.pending.v1");
        register(ResourceRetrieved.class, "resource.retrieved.v1");
        register(ResourceCreatePending.class, "resource.create.pending.v1");
        register(ResourceCreated.class, "resource.created.v1");
        register(ResourceDeletePending.class, "resource.delete.pending.v1");
        register(ResourceDeleted.class, "resource.deleted.v1");
    }

    private EventTypes() {}

    private static void register(Class<? extends DomainEvent> type, String name) {
        NAMES.put(type, name);
        CLASSES.put(name, type);
    }

    /** The wire name of an event's type. */
    public static String nameOf(DomainEvent event) {
        return nameOf(event.getClass());
    }

    public static String nameOf(Class<? extends DomainEvent> type) {
        String name = NAMES.get(type);
        if (name == null) {
            throw new IllegalStateException("event class without a wire name: " + type.getName());
        }
        return name;
    }

    /** The event class of a wire name, if this version of the cloud knows it. */
    public static Optional<Class<? extends DomainEvent>> classOf(String name) {
        return Optional.ofNullable(CLASSES.get(name));
    }

    /** All wire names, in registration order. */
    public static Iterable<String> names() {
        return CLASSES.keySet();
    }
}
