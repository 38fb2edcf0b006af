package dev.ocfcloud.model.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import dev.ocfcloud.model.AggregateId;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.event.DomainEvent;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.event.EventTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * The stored form of an event: a CBOR map, always written in this order —
 * {@code type, deviceId, href (resource aggregates only), version, occurredAt (epoch ms), owner,
 * correlationId, data}. {@code data} holds the event's own fields. Readers accept the keys in
 * any order and ignore keys they do not know. The schema is documented in docs/events.md.
 */
public final class EventCodec {
    private EventCodec() {}

    public static byte[] encode(EventEnvelope envelope) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (CBORGenerator out = (CBORGenerator) CborMappers.mapper().createGenerator(bytes)) {
            boolean resource = !envelope.aggregateId().isDevice();
            out.writeStartObject(resource ? 8 : 7);
            out.writeStringField("type", envelope.type());
            out.writeStringField("deviceId", envelope.deviceId().value());
            if (resource) {
                out.writeStringField(
                        "href", envelope.aggregateId().resourceId().href().value());
            }
            out.writeNumberField("version", envelope.version());
            out.writeNumberField("occurredAt", envelope.occurredAt().toEpochMilli());
            out.writeStringField("owner", envelope.owner().value());
            out.writeStringField("correlationId", envelope.correlationId().value());
            out.writeFieldName("data");
            CborMappers.mapper().writeValue(out, envelope.event());
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + envelope.type(), e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads one stored event.
     *
     * @throws EventDecodingException when the bytes are not an event this version can read
     */
    public static EventEnvelope decode(byte[] bytes) {
        Fields fields = new Fields();
        try (JsonParser in = CborMappers.mapper().createParser(bytes)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new EventDecodingException("an event is a CBOR map", null, null);
            }
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                fields.read(in.currentName(), in);
            }
            return fields.toEnvelope();
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new EventDecodingException("unreadable event: " + e.getMessage(), fields.type, e);
        }
    }

    /** What has been read of one envelope so far. */
    private static final class Fields {
        String type;
        String deviceId;
        String href;
        long version;
        long occurredAt;
        String owner;
        String correlationId;
        DomainEvent event;
        JsonNode earlyData;

        void read(String name, JsonParser in) throws IOException {
            in.nextToken();
            switch (name) {
                case "type" -> type = in.getValueAsString();
                case "deviceId" -> deviceId = in.getValueAsString();
                case "href" -> href = in.getValueAsString();
                case "version" -> version = in.getLongValue();
                case "occurredAt" -> occurredAt = in.getLongValue();
                case "owner" -> owner = in.getValueAsString();
                case "correlationId" -> correlationId = in.getValueAsString();
                case "data" -> readData(in);
                default -> in.skipChildren();
            }
        }

        private void readData(JsonParser in) throws IOException {
            if (type == null) {
                earlyData = CborMappers.mapper().readTree(in);
            } else {
                event = CborMappers.mapper().readValue(in, eventClass());
            }
        }

        private Class<? extends DomainEvent> eventClass() {
            return EventTypes.classOf(type)
                    .orElseThrow(() -> new EventDecodingException("unknown event type " + type, type, null));
        }

        EventEnvelope toEnvelope() throws IOException {
            if (type == null || deviceId == null || owner == null || correlationId == null) {
                throw new EventDecodingException("an event needs type, deviceId, owner and correlationId", type, null);
            }
            if (event == null && earlyData != null) {
                event = CborMappers.mapper().treeToValue(earlyData, eventClass());
            }
            if (event == null) {
                throw new EventDecodingException("event " + type + " has no data", type, null);
            }
            DeviceId device = DeviceId.of(deviceId);
            AggregateId aggregate =
                    new AggregateId(device, Optional.ofNullable(href).map(ResourceHref::of));
            return new EventEnvelope(
                    aggregate,
                    version,
                    Instant.ofEpochMilli(occurredAt),
                    OwnerId.of(owner),
                    CorrelationId.of(correlationId),
                    event);
        }
    }
}
