package dev.ocfcloud.aggregate;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.command.ConfirmResourceUpdate;
import dev.ocfcloud.model.command.DeliveryMode;
import dev.ocfcloud.model.command.NotifyResourceChanged;
import dev.ocfcloud.model.command.PublishResourceLinks;
import dev.ocfcloud.model.command.RegisterDevice;
import dev.ocfcloud.model.command.UnregisterDevice;
import dev.ocfcloud.model.command.UpdateDeviceConnection;
import dev.ocfcloud.model.command.UpdateResource;
import dev.ocfcloud.model.resource.ConnectionStatus;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import dev.ocfcloud.model.resource.ResourceLink;
import java.time.Duration;
import java.util.List;

/** Test commands for one device of one owner, with short names. */
final class Commands {
    static final DeviceId DEVICE = DeviceId.of("aded1776-0ebd-4772-534b-8becf3ebb367");
    static final OwnerId ALICE = OwnerId.of("alice");
    static final OwnerId BOB = OwnerId.of("bob");
    static final ResourceHref LIGHT = ResourceHref.of("/light/1");
    static final ResourceId LIGHT_ID = new ResourceId(DEVICE, LIGHT);
    static final ResourceContent ON =
            ResourceContent.ocfCbor(new byte[] {(byte) 0xa1, 0x65, 's', 't', 'a', 't', 'e', (byte) 0xf5});
    static final ResourceContent OFF =
            ResourceContent.ocfCbor(new byte[] {(byte) 0xa1, 0x65, 's', 't', 'a', 't', 'e', (byte) 0xf4});

    private Commands() {}

    static CorrelationId id(String value) {
        return CorrelationId.of(value);
    }

    static RegisterDevice register(OwnerId owner) {
        return new RegisterDevice(DEVICE, owner, id("register"));
    }

    static UnregisterDevice unregister(OwnerId owner) {
        return new UnregisterDevice(DEVICE, owner, id("unregister"));
    }

    static UpdateDeviceConnection online(OwnerId owner, String connection) {
        return new UpdateDeviceConnection(DEVICE, owner, id("online"), ConnectionStatus.ONLINE, connection, "gw-1");
    }

    static UpdateDeviceConnection offline(OwnerId owner, String connection) {
        return new UpdateDeviceConnection(DEVICE, owner, id("offline"), ConnectionStatus.OFFLINE, connection, "gw-1");
    }

    static ResourceLink link(String href, long ins) {
        return new ResourceLink(
                ResourceHref.of(href), List.of("core.light"), List.of("oic.if.rw", "oic.if.baseline"), 3, ins);
    }

    static PublishResourceLinks publish(OwnerId owner, ResourceLink... links) {
        return new PublishResourceLinks(DEVICE, owner, id("publish"), "lamp", 0, List.of(links));
    }

    static NotifyResourceChanged report(OwnerId owner, ResourceContent content) {
        return new NotifyResourceChanged(LIGHT_ID, owner, id("notify"), content, OperationStatus.OK);
    }

    static UpdateResource update(OwnerId owner, String correlation) {
        return new UpdateResource(
                LIGHT_ID,
                owner,
                id(correlation),
                ON,
                "",
                Scenario.NOW.plus(Duration.ofSeconds(10)),
                DeliveryMode.QUEUE);
    }

    static ConfirmResourceUpdate confirmUpdate(OwnerId owner, String correlation) {
        return new ConfirmResourceUpdate(
                LIGHT_ID, owner, id(correlation), OperationStatus.CHANGED, ResourceContent.EMPTY);
    }
}
