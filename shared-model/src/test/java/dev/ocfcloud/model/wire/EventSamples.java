package dev.ocfcloud.model.wire;

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
import dev.ocfcloud.model.event.ResourceCreatePending;
import dev.ocfcloud.model.event.ResourceCreated;
import dev.ocfcloud.model.event.ResourceDeletePending;
import dev.ocfcloud.model.event.ResourceDeleted;
import dev.ocfcloud.model.event.ResourceLinksPublished;
import dev.ocfcloud.model.event.ResourceLinksUnpublished;
import dev.ocfcloud.model.event.ResourceRetrievePending;
import dev.ocfcloud.model.event.ResourceRetrieved;
import dev.ocfcloud.model.event.ResourceUpdatePending;
import dev.ocfcloud.model.event.ResourceUpdated;
import dev.ocfcloud.model.resource.Bytes;
import dev.ocfcloud.model.resource.ConnectionStatus;
import dev.ocfcloud.model.resource.ContentFormat;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import dev.ocfcloud.model.resource.ResourceLink;
import java.time.Instant;
import java.util.List;

/** One fixed envelope per event type, as pinned by the golden files. */
final class EventSamples {
    static final DeviceId DEVICE = DeviceId.of("aded1776-0ebd-4772-534b-8becf3ebb367");
    static final ResourceId LIGHT = new ResourceId(DEVICE, ResourceHref.of("/light/1"));
    static final OwnerId OWNER = OwnerId.of("interop-user-1");
    static final CorrelationId CORRELATION = CorrelationId.of("4a1c2f9e-5d1b-4a34-9a7e-0b6e1c2d3f40");
    static final Instant AT = Instant.parse("2026-11-22T10:15:30.123Z");
    static final Instant VALID_UNTIL = Instant.parse("2026-11-22T10:15:40.123Z");
    /** {"state": true, "power": 42} as a device sends it (indefinite-length map). */
    static final ResourceContent LIGHT_ON =
            new ResourceContent(ContentFormat.OCF_CBOR, Bytes.fromHex("bf657374617465f565706f776572182aff"));

    private EventSamples() {}

    static List<EventEnvelope> all() {
        return List.of(
                device(1, new DeviceRegistered()),
                device(2, new DeviceConnectionUpdated(ConnectionStatus.ONLINE, "conn-7", "gateway-a")),
                device(3, new ResourceLinksPublished("cs-insecure", 0, List.of(lightLink()))),
                device(4, new ResourceLinksUnpublished(List.of(LIGHT.href()))),
                device(5, new DeviceUnregistered()),
                resource(1, new ResourceChanged(LIGHT_ON, OperationStatus.OK)),
                resource(2, new ResourceUpdatePending(LIGHT_ON, "oic.if.rw", VALID_UNTIL)),
                resource(3, new ResourceUpdated(OperationStatus.CHANGED, ResourceContent.EMPTY)),
                resource(4, new ResourceRetrievePending("", VALID_UNTIL)),
                resource(5, new ResourceRetrieved(OperationStatus.OK, LIGHT_ON)),
                resource(6, new ResourceCreatePending(LIGHT_ON, VALID_UNTIL)),
                resource(7, new ResourceCreated(OperationStatus.CREATED, LIGHT_ON)),
                resource(8, new ResourceDeletePending(VALID_UNTIL)),
                resource(9, new ResourceDeleted(OperationStatus.TIMEOUT, ResourceContent.EMPTY)));
    }

    static ResourceLink lightLink() {
        return new ResourceLink(
                LIGHT.href(), List.of("core.light"), List.of("oic.if.rw", "oic.if.baseline"), 3, 1665536298L);
    }

    private static EventEnvelope device(long version, DomainEvent event) {
        return new EventEnvelope(AggregateId.ofDevice(DEVICE), version, AT, OWNER, CORRELATION, event);
    }

    private static EventEnvelope resource(long version, DomainEvent event) {
        return new EventEnvelope(AggregateId.ofResource(LIGHT), version, AT, OWNER, CORRELATION, event);
    }
}
