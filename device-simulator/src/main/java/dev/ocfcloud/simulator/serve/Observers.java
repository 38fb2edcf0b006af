package dev.ocfcloud.simulator.serve;

import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.resource.Resource;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * The cloud's observations on one connection (RFC 7641 over RFC 8323), keyed by token as iotivity-lite
 * keys them (PROTOCOL.md §2). The registration answer carries Observe 2; each notification is a 2.05
 * with the same token and the next number, wrapping below 2^24. Changes are sent after the request
 * being handled is answered, and several changes of one resource in one event-loop turn make one
 * notification. Closing the connection ends them all ({@link #clear}).
 *
 * <p>Confined to the device's event loop.
 */
public final class Observers {
    /** The Observe value of the registration answer. */
    static final int FIRST_SEQUENCE = 2;

    private static final int SEQUENCE_MASK = 0xFF_FFFF;

    private final Context context;
    private final Function<CoapMessage, Future<Void>> sender;
    private final SimulatorMetrics metrics;
    private final Map<Token, Observation> observations = new LinkedHashMap<>();
    private final Set<Resource> changed = new LinkedHashSet<>();
    private boolean flushScheduled;
    private boolean cleared;

    private static final class Observation {
        private final Resource resource;
        private final String iface;
        private int sequence = FIRST_SEQUENCE;

        private Observation(Resource resource, String iface) {
            this.resource = resource;
            this.iface = iface;
        }

        private int next() {
            sequence = (sequence + 1) & SEQUENCE_MASK;
            return sequence;
        }
    }

    public Observers(Context context, Function<CoapMessage, Future<Void>> sender, SimulatorMetrics metrics) {
        this.context = context;
        this.sender = sender;
        this.metrics = metrics;
    }

    /** Registers (or re-registers) the observation of {@code token}; returns the answer's Observe value. */
    int register(Token token, Resource resource, String iface) {
        observations.put(token, new Observation(resource, iface));
        return FIRST_SEQUENCE;
    }

    /** RFC 7641 §3.6 over TCP: a GET with Observe 1 and the registration's token. */
    boolean cancel(Token token) {
        return observations.remove(token) != null;
    }

    public int size() {
        return observations.size();
    }

    /** Queues a notification to every observer of {@code resource}. */
    public void resourceChanged(Resource resource) {
        if (cleared || observations.values().stream().noneMatch(o -> o.resource == resource)) {
            return;
        }
        changed.add(resource);
        if (!flushScheduled) {
            flushScheduled = true;
            context.runOnContext(ignored -> flush());
        }
    }

    private void flush() {
        flushScheduled = false;
        if (cleared) {
            return;
        }
        List<Resource> resources = new ArrayList<>(changed);
        changed.clear();
        for (Map.Entry<Token, Observation> entry : observations.entrySet()) {
            Observation observation = entry.getValue();
            if (resources.contains(observation.resource)) {
                notify(entry.getKey(), observation);
            }
        }
    }

    private void notify(Token token, Observation observation) {
        Object body = Representations.of(observation.resource, observation.iface);
        OptionalInt sequence = OptionalInt.of(observation.next());
        sender.apply(Representations.content(token, body, sequence)).onSuccess(sent -> metrics.notificationSent());
    }

    /** The connection ended: its observations with it. */
    public void clear() {
        cleared = true;
        observations.clear();
        changed.clear();
    }
}
