package dev.ocfcloud.simulator.resource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One resource of a simulated device: its link (href, resource types, interfaces, policy) and its
 * properties. Updates come from the cloud ({@link #update}) or from the program ({@link #set}); either
 * tells the change listener, which notifies observers.
 *
 * <p>Confined to its device's event loop.
 */
public final class Resource {
    /** OCF Core §7.8.2.1.2 policy bits: discoverable 1, observable 2. */
    static final int DISCOVERABLE = 1;

    static final int OBSERVABLE = 2;

    private final String href;
    private final List<String> types;
    private final List<String> interfaces;
    private final Set<String> writable;
    private final boolean observable;
    private final Map<String, Object> properties;
    private Consumer<Resource> changeListener = resource -> {};

    /**
     * @param interfaces the first is the default interface (used when a request names none)
     * @param writable the properties an update may change
     */
    public Resource(
            String href,
            List<String> types,
            List<String> interfaces,
            Map<String, Object> properties,
            Set<String> writable,
            boolean observable) {
        if (!href.startsWith("/")) {
            throw new IllegalArgumentException("an href starts with /: " + href);
        }
        if (interfaces.isEmpty() || types.isEmpty()) {
            throw new IllegalArgumentException(href + " needs a resource type and an interface");
        }
        this.href = href;
        this.types = List.copyOf(types);
        this.interfaces = List.copyOf(interfaces);
        this.writable = Set.copyOf(writable);
        this.observable = observable;
        this.properties = new LinkedHashMap<>();
        properties.forEach((name, value) -> this.properties.put(name, PropertyValues.normalize(value)));
    }

    public String href() {
        return href;
    }

    public List<String> types() {
        return types;
    }

    public List<String> interfaces() {
        return interfaces;
    }

    public String defaultInterface() {
        return interfaces.get(0);
    }

    public boolean observable() {
        return observable;
    }

    /** The {@code p.bm} of its link. */
    public int policyBitmask() {
        return DISCOVERABLE | (observable ? OBSERVABLE : 0);
    }

    /** Whether the resource takes updates at all (has a POST handler, in iotivity-lite's terms). */
    public boolean acceptsUpdates() {
        return !writable.isEmpty();
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public Object property(String name) {
        return properties.get(name);
    }

    public void onChange(Consumer<Resource> listener) {
        this.changeListener = Objects.requireNonNull(listener, "listener");
    }

    /** Applies an update from the cloud: all of it, or nothing if one property may not take its value. */
    public UpdateOutcome update(Map<String, Object> changes) {
        Map<String, Object> normalized = new LinkedHashMap<>();
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            String name = change.getKey();
            Object current = properties.get(name);
            if (!writable.contains(name) || !PropertyValues.sameType(current, change.getValue())) {
                return UpdateOutcome.REJECTED;
            }
            normalized.put(name, PropertyValues.coerce(current, change.getValue()));
        }
        return apply(normalized) ? UpdateOutcome.CHANGED : UpdateOutcome.UNCHANGED;
    }

    /** Sets a property from the program (any property, even read-only ones); notifies if it changed. */
    public void set(String name, Object value) {
        apply(Map.of(name, PropertyValues.normalize(value)));
    }

    private boolean apply(Map<String, Object> changes) {
        boolean changed = false;
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            Object previous = properties.put(change.getKey(), change.getValue());
            changed |= !Objects.equals(previous, change.getValue());
        }
        if (changed) {
            changeListener.accept(this);
        }
        return changed;
    }

    @Override
    public String toString() {
        return href + properties;
    }
}
