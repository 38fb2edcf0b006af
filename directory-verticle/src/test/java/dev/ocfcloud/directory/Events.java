package dev.ocfcloud.directory;

import dev.ocfcloud.model.AggregateId;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.event.DeviceConnectionUpdated;
import dev.ocfcloud.model.event.DeviceRegistered;
import dev.ocfcloud.model.event.DeviceUnregistered;
import dev.ocfcloud.model.event.DomainEvent;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.event.ResourceChanged;
import dev.ocfcloud.model.event.ResourceLinksPublished;
import dev.ocfcloud.model.resource.ConnectionStatus;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import dev.ocfcloud.model.resource.ResourceLink;
import java.time.Instant;
import java.util.List;

/** Hand-made event envelopes for read-model tests. */
final class Events {
    static final OwnerId ALICE = OwnerId.of("alice");
    static final OwnerId BOB = OwnerId.of("bob");
    static final DeviceId LAMP = DeviceId.of("aded1776-0ebd-4772-534b-8becf3ebb367");
    static final ResourceHref LIGHT = ResourceHref.of("/light/1");
    static final ResourceId LAMP_LIGHT = new ResourceId(LAMP, LIGHT);
    static final Instant AT = Instant.parse("2026-11-22T12:00:00Z");

    private Events() {}

    static EventEnvelope device(long version, OwnerId owner, DomainEvent event) {
        return new EventEnvelope(
                AggregateId.ofDevice(LAMP), version, AT, owner, CorrelationId.of("c" + version), event);
    }

    static EventEnvelope resource(long version, OwnerId owner, DomainEvent event) {
        return new EventEnvelope(
                AggregateId.ofResource(LAMP_LIGHT), version, AT, owner, CorrelationId.of("r" + version), event);
    }

    static EventEnvelope registered(OwnerId owner, long version) {
        return device(version, owner, new DeviceRegistered());
    }

    static EventEnvelope unregistered(OwnerId owner, long version) {
        return device(version, owner, new DeviceUnregistered());
    }

    static EventEnvelope online(OwnerId owner, long version) {
        return device(version, owner, new DeviceConnectionUpdated(ConnectionStatus.ONLINE, "c", "gw-1"));
    }

    static EventEnvelope published(OwnerId owner, long version) {
        return device(
                version,
                owner,
                new ResourceLinksPublished(
                        "lamp",
                        0,
                        List.of(new ResourceLink(LIGHT, List.of("core.light"), List.of("oic.if.rw"), 3, 7))));
    }

    static EventEnvelope changed(OwnerId owner, long version, int value) {
        return resource(
                version,
                owner,
                new ResourceChanged(
                        ResourceContent.ocfCbor(new byte[] {(byte) 0xa1, 0x61, 'v', (byte) value}),
                        OperationStatus.OK));
    }
}
