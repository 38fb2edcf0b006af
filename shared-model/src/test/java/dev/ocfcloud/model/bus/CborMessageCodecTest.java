package dev.ocfcloud.model.bus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.model.AggregateId;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.command.Command;
import dev.ocfcloud.model.command.CommandResult;
import dev.ocfcloud.model.command.DeliveryMode;
import dev.ocfcloud.model.command.PublishResourceLinks;
import dev.ocfcloud.model.command.UnpublishResourceLinks;
import dev.ocfcloud.model.command.UpdateResource;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.event.DeviceRegistered;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.resource.ResourceContent;
import dev.ocfcloud.model.resource.ResourceLink;
import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CborMessageCodecTest {
    private static final ResourceId LIGHT = ResourceId.of("aded1776-0ebd-4772-534b-8becf3ebb367", "/light/1");
    private static final OwnerId OWNER = OwnerId.of("user-1");

    @Test
    void commandsCrossTheWireUnchanged() {
        List<Command> commands = List.of(
                new PublishResourceLinks(
                        LIGHT.deviceId(),
                        OWNER,
                        CorrelationId.of("c1"),
                        "lamp",
                        0,
                        List.of(new ResourceLink(LIGHT.href(), List.of("core.light"), List.of("oic.if.rw"), 3, 7))),
                new UnpublishResourceLinks(
                        LIGHT.deviceId(), OWNER, CorrelationId.of("c2"), List.of(ResourceHref.of("/x")), List.of(7L)),
                new UpdateResource(
                        LIGHT,
                        OWNER,
                        CorrelationId.of("c3"),
                        ResourceContent.ocfCbor(new byte[] {(byte) 0xa0}),
                        "",
                        Instant.parse("2026-01-01T00:00:00Z"),
                        DeliveryMode.QUEUE));
        for (Command command : commands) {
            assertThat(roundTrip(command)).isEqualTo(command);
        }
    }

    @Test
    void resultsCrossTheWireWithTheirEvents() {
        EventEnvelope event = new EventEnvelope(
                AggregateId.ofDevice(LIGHT.deviceId()),
                1,
                Instant.parse("2026-01-01T00:00:00Z"),
                OWNER,
                CorrelationId.of("c1"),
                new DeviceRegistered());
        assertThat(roundTrip(CommandResult.accepted(List.of(event)))).isEqualTo(CommandResult.accepted(List.of(event)));
        CommandResult rejected = CommandResult.rejected(CloudError.of(ErrorCode.DEVICE_NOT_OWNED, "x"));
        assertThat(roundTrip(rejected)).isEqualTo(rejected);
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) {
        CborMessageCodec<T> codec = new CborMessageCodec<>((Class<T>) value.getClass());
        Buffer buffer = Buffer.buffer().appendString("prefix");
        codec.encodeToWire(buffer, value);
        return codec.decodeFromWire(6, buffer);
    }
}
