package dev.ocfcloud.directory;

import dev.ocfcloud.directory.registry.DeviceEntry;
import dev.ocfcloud.directory.registry.DeviceRegistry;
import dev.ocfcloud.directory.shadow.ResourceShadow;
import dev.ocfcloud.directory.shadow.ShadowEntry;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.event.DeviceUnregistered;
import dev.ocfcloud.model.event.EventEnvelope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory's read models and the rule that keeps them exact under at-least-once delivery
 * (DESIGN §2.3): version n of an aggregate applies only right after n−1; a repeat is ignored; a
 * gap is an alarm and is not applied. Remembers what changed since the last checkpoint.
 */
public final class ReadModels {
    private static final Logger LOG = LoggerFactory.getLogger(ReadModels.class);

    /** What became of one event. */
    public enum Outcome {
        APPLIED,
        DUPLICATE,
        GAP
    }

    private final DeviceRegistry registry = new DeviceRegistry();
    private final ResourceShadow shadow = new ResourceShadow();
    private final Set<DeviceId> dirtyDevices = new HashSet<>();
    private final Set<ResourceId> dirtyShadows = new HashSet<>();
    private long gaps;

    public DeviceRegistry registry() {
        return registry;
    }

    public ResourceShadow shadow() {
        return shadow;
    }

    /** Events seen out of order since start: each one is a lost event upstream, an alarm. */
    public long gapCount() {
        return gaps;
    }

    public Outcome apply(EventEnvelope envelope) {
        return envelope.aggregateId().isDevice() ? applyToDevice(envelope) : applyToResource(envelope);
    }

    private Outcome applyToDevice(EventEnvelope envelope) {
        DeviceId device = envelope.deviceId();
        DeviceEntry before = registry.entry(device).orElseGet(() -> DeviceEntry.unknown(device, envelope.owner()));
        Outcome outcome = check(before.version(), envelope);
        if (outcome == Outcome.APPLIED) {
            registry.put(before.apply(envelope));
            dirtyDevices.add(device);
            if (envelope.event() instanceof DeviceUnregistered) {
                forgetShadows(device);
            }
        }
        return outcome;
    }

    private Outcome applyToResource(EventEnvelope envelope) {
        ResourceId resource = envelope.aggregateId().resourceId();
        ShadowEntry before = shadow.entry(resource).orElseGet(() -> ShadowEntry.unknown(resource));
        Outcome outcome = check(before.version(), envelope);
        if (outcome == Outcome.APPLIED) {
            shadow.put(before.apply(envelope));
            dirtyShadows.add(resource);
        }
        return outcome;
    }

    private Outcome check(long appliedVersion, EventEnvelope envelope) {
        if (envelope.version() <= appliedVersion) {
            return Outcome.DUPLICATE;
        }
        if (envelope.version() != appliedVersion + 1) {
            gaps++;
            LOG.error(
                    "ALARM: {} of {} arrived after version {}: events are missing upstream; not applied",
                    envelope.type(),
                    envelope.aggregateId(),
                    appliedVersion);
            return Outcome.GAP;
        }
        return Outcome.APPLIED;
    }

    private void forgetShadows(DeviceId device) {
        for (ShadowEntry entry : List.copyOf(shadow.ofDevice(device))) {
            shadow.put(entry.forgotten());
            dirtyShadows.add(entry.resourceId());
        }
    }

    /** Loads a stored entry at start, before any event is applied. */
    public void restore(DeviceEntry entry) {
        registry.put(entry);
    }

    public void restore(ShadowEntry entry) {
        shadow.put(entry);
    }

    /** The entries changed since the last call, for a checkpoint. */
    public Changes takeChanges() {
        List<DeviceEntry> devices = new ArrayList<>(dirtyDevices.size());
        dirtyDevices.forEach(id -> registry.entry(id).ifPresent(devices::add));
        List<ShadowEntry> shadows = new ArrayList<>(dirtyShadows.size());
        dirtyShadows.forEach(id -> shadow.entry(id).ifPresent(shadows::add));
        dirtyDevices.clear();
        dirtyShadows.clear();
        return new Changes(devices, shadows);
    }

    /** Marks entries of a failed checkpoint as changed again. */
    public void markChanged(Changes changes) {
        changes.devices().forEach(entry -> dirtyDevices.add(entry.deviceId()));
        changes.shadows().forEach(entry -> dirtyShadows.add(entry.resourceId()));
    }

    /** Entries changed since the last checkpoint. */
    public record Changes(List<DeviceEntry> devices, List<ShadowEntry> shadows) {
        public boolean isEmpty() {
            return devices.isEmpty() && shadows.isEmpty();
        }
    }
}
